// Driving the VS Code workbench (code-server) in Chromium through playwright: the few gestures
// the scenarios use (quick open, command palette, F12, hover, quick fix, Problems panel) and
// reading what the user sees (status bar, underlines, hover cards, tabs, webview text). Every
// wait polls the DOM until a condition holds or a deadline passes; no fixed sleeps for results.

const ENTITY_LENS_STATUS = '#entity-lens\\.entity-lens\\.entityLens\\.status';

export class E2EError extends Error {}

/** Polls `fn` until it returns a truthy value; throws with `what` and the last value seen. */
export async function poll(what, fn, { timeout = 15_000, interval = 150 } = {}) {
  const until = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > until) {
      const seen = lastError ? `error: ${lastError.message.split('\n')[0]}` : `last value: ${JSON.stringify(last)?.slice(0, 400)}`;
      throw new E2EError(`timed out after ${timeout / 1000} s waiting for ${what} (${seen})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

export function assert(condition, message) {
  if (!condition) throw new E2EError(message);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Workbench {
  constructor(page) {
    this.page = page;
  }

  /** Loads the workbench and waits until the Explorer lists the workspace's files. */
  async load(url) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await poll('the Explorer to list the workspace', () => this.page.locator('.explorer-folders-view .monaco-list-row').count(), { timeout: 60_000 });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'domcontentloaded' });
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await poll('the Explorer to list the workspace', () => this.page.locator('.explorer-folders-view .monaco-list-row').count(), { timeout: 60_000 });
  }

  async quickInputVisible() {
    return this.page.locator('.quick-input-widget input').isVisible();
  }

  async dismissQuickInput() {
    for (let i = 0; i < 3 && (await this.quickInputVisible()); i++) {
      await this.page.keyboard.press('Escape');
      await sleep(100);
    }
  }

  /**
   * Quick Open (Ctrl+P): opens a workspace file by name; waits until its tab is active. A file
   * created a moment ago may be missing from Quick Open's file list: it is retried, and then
   * opened from the Explorer.
   */
  async openFile(name) {
    const input = this.page.locator('.quick-input-widget input');
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
    const viaQuickOpen = await poll(`"${name}" in Quick Open`, async () => {
      await this.dismissQuickInput();
      await this.page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(name);
      try {
        await row.waitFor({ state: 'visible', timeout: 3000 });
        return true;
      } catch {
        return false;
      }
    }, { timeout: 10_000, interval: 500 }).catch(() => false);
    if (viaQuickOpen) await row.click();
    else {
      await this.dismissQuickInput();
      await this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first().click();
    }
    await this.waitForActiveTab(name);
    await this.editorLines();
  }

  /**
   * Runs a command from the palette (F1), by its title as shown there. Commands of lazily
   * loaded parts of the workbench appear a moment after it loads: the palette is retried.
   * `prepare` runs before each try: a command offered only with a selection needs it made again
   * when closing the palette of a try before reached the editor and collapsed it.
   */
  async runCommand(title, timeout = 30_000, prepare = undefined) {
    const input = this.page.locator('.quick-input-widget input');
    const row = this.page.locator(`.quick-input-widget .monaco-list-row[aria-label^="${title.replace(/"/g, '\\"')}"]`).first();
    await poll(`the command "${title}" in the palette`, async () => {
      await this.dismissQuickInput();
      if (prepare) await prepare();
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${title}`);
      try {
        await row.waitFor({ state: 'visible', timeout: 3000 });
        return true;
      } catch {
        return false;
      }
    }, { timeout, interval: 500 });
    await row.click();
  }

  /** The command palette rows shown for `text` (palette left open). */
  async paletteRows(text) {
    await this.dismissQuickInput();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${text}`);
    return poll(`command palette rows for "${text}"`, async () => {
      const rows = await this.page.$$eval('.quick-input-widget .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      return rows.length ? rows : undefined;
    });
  }

  /** Tab labels of the active editor group: [{ label, active }]. */
  async tabs() {
    return this.page.$$eval('.editor-group-container .tab', (els) => els.map((e) => ({ label: e.getAttribute('aria-label') ?? '', active: e.classList.contains('active') && !!e.closest('.editor-group-container.active') })));
  }

  async activeTab() {
    return (await this.tabs()).find((t) => t.active)?.label;
  }

  async waitForActiveTab(prefix, timeout = 15_000) {
    return poll(`the active tab to be "${prefix}"`, async () => {
      const label = await this.activeTab();
      return label?.startsWith(prefix) ? label : undefined;
    }, { timeout });
  }

  /** The text of the status bar item of Entity Lens (what the user reads). */
  async entityLensStatus() {
    const el = this.page.locator(ENTITY_LENS_STATUS);
    if (!(await el.count())) return undefined;
    return (await el.first().textContent())?.replace(/\s+/g, ' ').trim();
  }

  async waitForEntityLensStatus(re, timeout = 30_000) {
    return poll(`the Entity Lens status bar item to match ${re}`, async () => {
      const text = await this.entityLensStatus();
      return text && re.test(text) ? text : undefined;
    }, { timeout });
  }

  async statusItem(id) {
    const el = this.page.locator(`#${id.replace(/\./g, '\\.')}`);
    if (!(await el.count())) return undefined;
    return { text: (await el.first().textContent())?.replace(/\s+/g, ' ').trim(), label: await el.first().getAttribute('aria-label') };
  }

  /** A status bar item once its label matches `re` (VS Code adds its own items after the window opens); the last seen on timeout. */
  async waitForStatusItem(id, re, timeout = 15_000) {
    let last;
    try {
      return await poll(`the status bar item ${id} to match ${re}`, async () => {
        last = await this.statusItem(id);
        return re.test(last?.label ?? '') ? last : undefined;
      }, { timeout });
    } catch {
      return last;
    }
  }

  /** "Ln 5, Col 14" etc. from the status bar. */
  async cursor() {
    const s = await this.statusItem('status.editor.selection');
    const m = /Ln (\d+), Col (\d+)/.exec(s?.text ?? '');
    return m ? { line: Number(m[1]), col: Number(m[2]), text: s.text } : undefined;
  }

  /** Visible lines of the active editor (not peek views), in order; waits for the editor. */
  async editorLines() {
    return poll('an editor in the active group', () =>
      this.page.evaluate(() => {
        const group = document.querySelector('.editor-group-container.active');
        const vl = group && [...group.querySelectorAll('.view-lines')].find((v) => !v.closest('.zone-widget'));
        if (!vl) return undefined;
        const rows = [...vl.querySelectorAll(':scope > .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
        return rows.map((r) => r.textContent.replace(/\u00a0/g, ' '));
      }),
    );
  }

  /**
   * Where `text` is drawn in the active editor: the nth occurrence on lines containing `inLine`.
   * Returns the rectangle of exactly those characters (a DOM Range over the text nodes).
   */
  async locate(text, { inLine, nth = 0 } = {}) {
    return poll(`"${text}"${inLine ? ` on the line with "${inLine}"` : ''} in the editor`, () =>
      this.page.evaluate(
        ({ text, inLine, nth }) => {
          const group = document.querySelector('.editor-group-container.active');
          const vl = group && [...group.querySelectorAll('.view-lines')].find((v) => !v.closest('.zone-widget'));
          if (!vl) return undefined;
          const rows = [...vl.querySelectorAll(':scope > .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
          let count = 0;
          for (const row of rows) {
            const full = row.textContent.replace(/\u00a0/g, ' ');
            if (inLine && !full.includes(inLine)) continue;
            for (let idx = full.indexOf(text); idx >= 0; idx = full.indexOf(text, idx + 1)) {
              if (count++ !== nth) continue;
              const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
              let pos = 0;
              let start;
              let end;
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const len = n.data.length;
                if (!start && idx < pos + len) start = [n, idx - pos];
                if (start && idx + text.length <= pos + len) {
                  end = [n, idx + text.length - pos];
                  break;
                }
                pos += len;
              }
              if (!start || !end) return undefined;
              const range = document.createRange();
              range.setStart(...start);
              range.setEnd(...end);
              const r = range.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, width: r.width };
            }
          }
          return undefined;
        },
        { text, inLine, nth },
      ),
    );
  }

  /** Clicks into the middle of `text` in the active editor (puts the cursor there). */
  async clickText(text, opts) {
    const at = await this.locate(text, opts);
    await this.page.mouse.click(at.x, at.y);
    return at;
  }

  /** Texts drawn with a dotted underline (Entity Lens's mention decoration) in the active editor. */
  async markedTexts() {
    return this.page.evaluate(() => {
      const group = document.querySelector('.editor-group-container.active');
      const vl = group && [...group.querySelectorAll('.view-lines')].find((v) => !v.closest('.zone-widget'));
      if (!vl) return [];
      return [...vl.querySelectorAll('span')]
        .filter((s) => s.children.length === 0)
        .filter((s) => {
          const cs = getComputedStyle(s);
          return cs.textDecorationLine.includes('underline') && cs.textDecorationStyle === 'dotted';
        })
        .map((s) => s.textContent.replace(/\u00a0/g, ' '));
    });
  }

  async waitForMarked(texts, timeout = 20_000) {
    return poll(`mentions ${texts.map((t) => `"${t}"`).join(', ')} to be underlined`, async () => {
      const marked = await this.markedTexts();
      return texts.every((t) => marked.includes(t)) ? marked : undefined;
    }, { timeout });
  }

  /** Squiggles in the active editor by severity class (squiggly-warning, squiggly-error …). */
  async squiggles() {
    return this.page.evaluate(() => {
      const group = document.querySelector('.editor-group-container.active');
      const ed = group && [...group.querySelectorAll('.monaco-editor')].find((v) => !v.closest('.zone-widget'));
      if (!ed) return [];
      return [...ed.querySelectorAll('[class*="squiggly-"]')].map((e) => [...e.classList].find((c) => c.startsWith('squiggly-')));
    });
  }

  /** Texts of the hover widgets currently shown. */
  async hoverTexts() {
    return this.page.$$eval('.monaco-hover', (els) => els.filter((e) => !e.classList.contains('hidden') && e.offsetParent !== null && e.innerText.trim()).map((e) => e.innerText));
  }

  /** Moves the mouse onto `text` until a hover containing every string of `expect` shows. */
  async hover(text, opts, expect) {
    let attempt = 0;
    return poll(`a hover on "${text}" containing ${expect.map((e) => `"${e}"`).join(', ')}`, async () => {
      if (attempt++ % 20 === 0) {
        // (Re)enter the word from outside, so the hover controller sees a fresh mouse move.
        await this.page.mouse.move(5, 5);
        const at = await this.locate(text, opts);
        await this.page.mouse.move(at.x - 2, at.y);
        await this.page.mouse.move(at.x, at.y);
      }
      const texts = await this.hoverTexts();
      return texts.find((t) => expect.every((e) => t.includes(e)));
    }, { timeout: 20_000 });
  }

  /** Opens the Problems panel (Ctrl+Shift+M) if it is not shown. */
  async showProblems() {
    if (!(await this.page.locator('.markers-panel').isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await this.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10_000 });
    }
  }

  /** Rows of the Problems panel: their accessible labels (message, line, column, file). */
  async problems() {
    await this.showProblems();
    return this.page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => ({ label: e.getAttribute('aria-label') ?? '', text: e.innerText.replace(/\s+/g, ' ').trim() })));
  }

  async waitForProblems(what, predicate, timeout = 20_000) {
    return poll(`the Problems panel to show ${what}`, async () => {
      const rows = await this.problems();
      return predicate(rows) ? rows : undefined;
    }, { timeout });
  }

  /** Ctrl+. at the cursor; returns the labels of the code-action menu. */
  async openQuickFix() {
    const rows = () => this.page.$$eval('.action-widget .monaco-list-row.action', (els) => els.map((e) => e.getAttribute('aria-label') ?? e.innerText));
    return poll('the quick-fix menu', async () => {
      // Ctrl+. right after the cursor moved can come before the editor has the code actions.
      if (!(await rows()).length) {
        await this.page.keyboard.press('Control+.');
        await poll('the menu', async () => (await rows()).length > 0, { timeout: 3000 }).catch(() => {});
      }
      const found = await rows();
      return found.length ? found : undefined;
    }, { timeout: 20_000, interval: 300 });
  }

  async chooseQuickFix(title) {
    const row = this.page.locator('.action-widget .monaco-list-row.action', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await row.click();
  }

  /** The peek view's result rows (F12 with several locations), or undefined if none is open. */
  async peekRows() {
    const rows = await this.page.$$eval('.reference-zone-widget .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return rows.length ? rows : undefined;
  }

  /**
   * F12 at the cursor, then: if VS Code jumped straight to a file, that is the answer; if it
   * showed a peek view (several locations), double-click the row `pickRow` chooses. Returns
   * how it went ({ via: 'jump' | 'peek', rows, locations }); `beforePick` runs while the
   * peek view is shown.
   */
  async goToDefinition(targetFile, pickRow, { beforePick } = {}) {
    const before = await this.activeTab();
    await this.page.keyboard.press('F12');
    const outcome = await poll('F12 to open a file or a peek view', async () => {
      const tab = await this.activeTab();
      if (tab && tab !== before && tab.startsWith(targetFile)) return { via: 'jump' };
      const rows = await this.peekRows();
      return rows && rows.some((r) => r.includes(' on line ')) ? { via: 'peek', rows } : undefined;
    });
    if (outcome.via === 'peek') {
      // The peek's tree expands only some files: expand the target's if its rows are hidden.
      let expanded = false;
      const label = await poll(`a row for ${targetFile} in the peek view`, async () => {
        const rows = (await this.peekRows()) ?? [];
        const found = rows.find(pickRow);
        if (found) return found;
        const header = rows.find((r) => r.includes(` in ${targetFile}, full path `));
        if (header && !expanded) {
          expanded = true;
          await this.page.locator(`.reference-zone-widget .monaco-list-row[aria-label="${header.replace(/"/g, '\\"')}"]`).click();
        }
        return undefined;
      }, { timeout: 10_000, interval: 400 });
      outcome.rows = (await this.peekRows()) ?? outcome.rows;
      outcome.locations = outcome.rows.reduce((n, r) => n + Number(/^(\d+) symbols? in /.exec(r)?.[1] ?? 0), 0);
      if (beforePick) await beforePick();
      await this.page.locator(`.reference-zone-widget .monaco-list-row[aria-label="${label.replace(/"/g, '\\"')}"]`).dblclick();
    }
    await this.waitForActiveTab(targetFile);
    return outcome;
  }

  /** Text of every frame (webviews live in nested iframes). */
  async frameTexts() {
    const out = [];
    for (const f of this.page.frames()) {
      if (f === this.page.mainFrame()) continue;
      try {
        out.push(await f.evaluate(() => document.body?.innerText ?? ''));
      } catch {
        /* a frame that went away meanwhile */
      }
    }
    return out;
  }

  /** Back to an empty editor area: no quick input, menus, dialogs or editors. */
  async reset() {
    await this.dismissQuickInput();
    await this.page.keyboard.press('Escape');
    await this.runCommand('View: Close All Editor Groups');
    const dontSave = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
    if (await dontSave.isVisible().catch(() => false)) await dontSave.click();
    await poll('all editors to close', async () => (await this.tabs()).length === 0, { timeout: 10_000 });
  }

  async screenshot(file) {
    await this.page.screenshot({ path: file, type: 'png' });
  }
}
