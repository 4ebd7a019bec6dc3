// The entity card's content (cardView), its page shell (cardHtml) and escaping.
import { strict as assert } from 'node:assert';
import { allowedTargets, cardHtml, cardView, escapeHtml, sameAsLink } from '../../src/extension/pure/cardView';
import { cardResult, displayPath, marked, t, XSS } from './fixtures';

describe('extension: entity card view', () => {
  it('shows both names, the reading, the type, facts and sources in the UI language', () => {
    const en = cardView('jjoc', cardResult, { lang: 'en', t, displayPath });
    assert.equal(en.found, true);
    assert.equal(en.title, 'Japan Joint Operations Command');
    assert.equal(en.otherTitle, '統合作戦司令部');
    assert.deepEqual(en.readings, [{ lang: 'Japanese', text: 'とうごうさくせんしれいぶ' }]);
    assert.equal(en.type, 'organization');
    assert.equal(en.description, 'Commands the SDF in joint operations.');
    assert.deepEqual(en.facts[0], {
      label: 'personnel',
      value: '240 persons',
      qualifiers: 'as of 2025',
      sources: [
        { document: 'seed-000.txt', quote: 'about 240 personnel', url: 'https://example.org/seed' },
        { document: 'seed-001.txt', quote: '' },
      ],
    });
    // Aliases leave out the label itself.
    assert.deepEqual(en.aliases, [
      { lang: 'English', names: ['JJOC'] },
      { lang: 'Japanese', names: ['統作司'] },
    ]);

    const ja = cardView('jjoc', cardResult, { lang: 'ja', t, displayPath });
    assert.equal(ja.title, '統合作戦司令部');
    assert.equal(ja.otherTitle, 'Japan Joint Operations Command');
    assert.equal(ja.facts[0]!.label, '人員');
    assert.equal(ja.facts[0]!.value, '240人');
    assert.equal(ja.facts[0]!.qualifiers, '時点 2025年');
    assert.equal(ja.description, '自衛隊の統合運用を指揮する。');
  });

  it('groups mentions by language (UI language first), then by file, in document order', () => {
    const en = cardView('jjoc', cardResult, { lang: 'en', t, displayPath });
    assert.equal(en.mentionCount, 4);
    assert.deepEqual(
      en.mentions.map((g) => [g.heading, g.files.map((f) => [f.path, f.mentions.map((m) => `${m.position} ${m.text}`)])]),
      [
        ['English (3)', [['notes/a.md', ['2:3 Japan Joint Operations Command', '4:1 JJOC']], ['notes/b.md', ['10:5 JJOC']]]],
        ['Japanese (1)', [['notes/c.md', ['1:1 統合作戦司令部']]]],
      ],
    );
    const ja = cardView('jjoc', cardResult, { lang: 'ja', t, displayPath });
    assert.deepEqual(ja.mentions.map((g) => g.lang), ['ja', 'en']);
    assert.deepEqual(en.definition, { uri: 'file:///w/dataset/x.entities.yaml', range: cardResult.definition!.range, path: 'dataset/x.entities.yaml', position: '41:5' });
  });

  it('only web links become links; Wikidata ids link to Wikidata', () => {
    assert.deepEqual(sameAsLink('Q123'), { text: 'Q123', url: 'https://www.wikidata.org/wiki/Q123' });
    assert.deepEqual(sameAsLink('javascript:alert(1)'), { text: 'javascript:alert(1)' });
    const v = cardView('jjoc', cardResult, { lang: 'en', t, displayPath });
    const targets = allowedTargets(v);
    assert.deepEqual([...targets.urls].sort(), ['https://example.org/jjoc', 'https://example.org/seed', 'https://www.wikidata.org/wiki/Q123']);
    assert.deepEqual([...targets.uris].sort(), ['file:///w/dataset/x.entities.yaml', 'file:///w/notes/a.md', 'file:///w/notes/b.md', 'file:///w/notes/c.md']);
  });

  it('an unknown id gives a card that says so', () => {
    const v = cardView('nope', { card: null, mentions: {}, definition: null }, { lang: 'ja', t, displayPath });
    assert.equal(v.found, false);
    assert.equal(v.title, 'nope');
    assert.deepEqual(v.facts, []);
    assert.deepEqual(v.mentions, []);
    assert.equal(v.strings['notFound'], 'No entity with this ID is in the loaded datasets.');
  });

  it('every string the page shows goes through the translation function', () => {
    const v = cardView('jjoc', cardResult, { lang: 'en', t: marked, displayPath });
    for (const [k, s] of Object.entries(v.strings)) assert.match(s, /^«.*»$/, k);
    assert.match(v.mentions[0]!.heading, /^«English» \(3\)$/);
  });
});

describe('extension: entity card page', () => {
  const base = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abcdefghijklmnopqrstuvwx', styleUri: 'https://r/media/entityCard.css', scriptUri: 'https://r/media/entityCard.js', lang: 'en' as const };

  it('escapes every HTML-significant character', () => {
    assert.equal(escapeHtml(XSS), '&lt;img src=x onerror=alert(1)&gt;');
    assert.equal(escapeHtml(`a&b"c'd`), 'a&amp;b&quot;c&#39;d');
  });

  it('has a strict CSP: our stylesheet, one nonce script, nothing else', () => {
    const html = cardHtml({ ...base, title: 'Entity: JJOC' });
    assert.ok(html.includes(`content="default-src 'none'; style-src ${base.cspSource}; script-src 'nonce-${base.nonce}';"`.replace(/'/g, '&#39;')), html);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, [`<script nonce="${base.nonce}" src="${base.scriptUri}">`]);
    assert.ok(!/\son\w+=/.test(html), 'no inline event handlers');
    assert.ok(!/<style\b|style="/.test(html), 'no inline styles');
  });

  it('a hostile title is shown as text', () => {
    const html = cardHtml({ ...base, title: `Entity: ${XSS}` });
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('<title>Entity: &lt;img src=x onerror=alert(1)&gt;</title>'));
  });

  it('refuses a missing or short nonce', () => {
    assert.throws(() => cardHtml({ ...base, nonce: '', title: 'x' }));
    assert.throws(() => cardHtml({ ...base, nonce: 'abc"><script>', title: 'x' }));
  });
});
