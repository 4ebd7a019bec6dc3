// @ts-check
// The entity card's script. It receives the card as JSON (`{ type: 'show', view }`, built by
// src/extension/pure/cardView.ts) and builds the page with DOM calls; every piece of data goes in
// through `textContent`, never as HTML. Clicks are posted back to the extension, which decides
// what may be opened.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('card'));

  /**
   * @param {string} tag
   * @param {string} [className]
   * @param {string} [text]
   */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** A button that looks like a link and posts `message` when used. */
  function action(text, title, message) {
    const b = /** @type {HTMLButtonElement} */ (el('button', 'link', text));
    b.type = 'button';
    if (title) b.title = title;
    b.addEventListener('click', () => vscode.postMessage(message));
    return b;
  }

  function section(heading) {
    const s = el('section');
    s.appendChild(el('h2', undefined, heading));
    root.appendChild(s);
    return s;
  }

  function render(view) {
    root.replaceChildren();
    const S = view.strings || {};
    const other = view.lang === 'ja' ? 'en' : 'ja';

    const header = el('header');
    const h1 = el('h1', 'title', view.title);
    h1.lang = view.lang;
    header.appendChild(h1);
    if (view.otherTitle) {
      const p = el('p', 'other-title', view.otherTitle);
      p.lang = other;
      header.appendChild(p);
    }
    const meta = el('dl', 'meta');
    const addMeta = (term, value) => {
      meta.appendChild(el('dt', undefined, term));
      meta.appendChild(el('dd', undefined, value));
    };
    if (view.type) addMeta(S.type, view.type);
    addMeta(S.id, view.id);
    for (const r of view.readings || []) addMeta(`${S.reading} (${r.lang})`, r.text);
    header.appendChild(meta);
    if (view.description) header.appendChild(el('p', 'description', view.description));
    root.appendChild(header);

    if (!view.found) {
      root.appendChild(el('p', 'empty', S.notFound));
      return;
    }

    if (view.aliases && view.aliases.length) {
      const s = section(S.aliases);
      const dl = el('dl', 'aliases');
      for (const group of view.aliases) {
        dl.appendChild(el('dt', undefined, group.lang));
        const dd = el('dd');
        for (const name of group.names) dd.appendChild(el('span', 'chip', name));
        dl.appendChild(dd);
      }
      s.appendChild(dl);
    }

    const facts = section(S.facts);
    if (!view.facts.length) facts.appendChild(el('p', 'empty', S.noFacts));
    else {
      const table = el('table', 'facts');
      for (const f of view.facts) {
        const tr = el('tr');
        tr.appendChild(el('th', undefined, f.label));
        const td = el('td');
        td.appendChild(el('span', 'value', f.value));
        if (f.qualifiers) td.appendChild(el('span', 'qualifiers', f.qualifiers));
        if (f.sources.length) {
          const ul = el('ul', 'sources');
          ul.setAttribute('aria-label', S.sources);
          for (const src of f.sources) {
            const li = el('li');
            if (src.url) li.appendChild(action(src.document, src.url, { type: 'openExternal', url: src.url }));
            else li.appendChild(el('span', 'source-doc', src.document));
            if (src.quote) li.appendChild(el('q', undefined, src.quote));
            ul.appendChild(li);
          }
          td.appendChild(ul);
        }
        tr.appendChild(td);
        table.appendChild(tr);
      }
      facts.appendChild(table);
    }

    if (view.sameAs && view.sameAs.length) {
      const s = section(S.sameAs);
      const ul = el('ul', 'same-as');
      for (const link of view.sameAs) {
        const li = el('li');
        li.appendChild(link.url ? action(link.text, link.url, { type: 'openExternal', url: link.url }) : el('span', undefined, link.text));
        ul.appendChild(li);
      }
      s.appendChild(ul);
    }

    if (view.definition) {
      const s = section(S.definedIn);
      const d = view.definition;
      s.appendChild(action(`${d.path}:${d.position}`, S.openDefinition, { type: 'open', uri: d.uri, range: d.range }));
    }

    const m = section(`${S.mentions} (${view.mentionCount})`);
    if (!view.mentions.length) m.appendChild(el('p', 'empty', S.noMentions));
    for (const group of view.mentions) {
      const h3 = el('h3', undefined, group.heading);
      h3.lang = view.lang;
      m.appendChild(h3);
      for (const file of group.files) {
        const details = /** @type {HTMLDetailsElement} */ (el('details', 'file'));
        details.open = true;
        const summary = el('summary');
        summary.appendChild(el('span', 'path', file.path));
        summary.appendChild(el('span', 'count', String(file.mentions.length)));
        details.appendChild(summary);
        const ul = el('ul', 'mentions');
        for (const mention of file.mentions) {
          const li = el('li');
          const b = action('', S.openMention, { type: 'open', uri: mention.uri, range: mention.range });
          b.appendChild(el('span', 'position', mention.position));
          const text = el('span', 'mention-text', mention.text);
          text.lang = group.lang;
          b.appendChild(text);
          li.appendChild(b);
          ul.appendChild(li);
        }
        details.appendChild(ul);
        m.appendChild(details);
      }
    }
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'show' && message.view) {
      vscode.setState(message.view);
      render(message.view);
    }
  });

  const saved = vscode.getState();
  if (saved) render(saved);
  vscode.postMessage({ type: 'ready' });
})();
