// Incremental re-check: parsing a note chunk by chunk (reusing the chunks an edit left alone)
// must give exactly what parsing it whole gives, after any sequence of edits; and so must the
// service's analyses of an edited document.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { extractMarkdownProse, extractMarkdownProseIncremental, type ProseChunkCache } from '../../src/core/markdown/prose';
import { serviceWith } from '../helpers';

// Pieces that open or close things across blank lines, or look like they might.
const PIECES = [
  'The JJOC has 300 personnel.',
  '統合作戦司令部の人員は240人である。',
  'Gen. Nagumo met USFJ in Tokyo.',
  '# Heading about the JJOC',
  'Setext heading\n===',
  '---',
  '+++',
  '```',
  '```js',
  '~~~',
  '````',
  '   ```',
  '    ```',
  '```  ',
  '\t```',
  '~~~~~',
  '``` `x`',
  '~~~ a`b',
  'code line',
  '    indented code JJOC',
  '- item JJOC',
  '1. first',
  '2. second',
  '  continued item text',
  '> quoted USFJ',
  '| a | b |\n| --- | --- |\n| JJOC | 240 |',
  '<!-- entity-lens-disable -->',
  '<!-- entity-lens-enable -->',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  '<script>',
  '</script>',
  'See [the JJOC](entity:jjoc) and <https://example.org>.',
  'www.example.com and a@b.co',
  '[^1]',
  '[ref]',
  'title: JJOC',
  '*emphasis* and `code JJOC`',
  '',
  ' ',
  '\t',
];
const piece = fc.constantFrom(...PIECES);
const doc = fc.array(piece, { minLength: 1, maxLength: 24 }).chain((lines) =>
  fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n'), { minLength: lines.length, maxLength: lines.length }).map((seps) => lines.map((l, k) => l + seps[k]).join('')),
);
const SNIPPETS = ['\n', '\n\n', 'a', ' ', '`', '```', '\n```\n', '\n~~~~\n', '\n   ```\n', '---\n', '<!--', '-->', '\n<div>\n', '- ', '> ', '|', 'JJOC', '[x]: https://example.org\n', '\r', '\n\n# H\n\n'];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.constantFrom('', ...SNIPPETS) });

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('incremental Markdown prose', () => {
  it('equals a whole parse after every edit', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(doc, fc.array(edit, { maxLength: 12 }), (start, edits) => {
        let text = start;
        let cache: ProseChunkCache = new Map();
        for (const e of [{ at: 0, remove: 0, insert: '' }, ...edits]) {
          text = applyEdit(text, e);
          const next: ProseChunkCache = new Map();
          const got = extractMarkdownProseIncremental(text, cache, next, 0);
          assert.deepEqual(got, extractMarkdownProse(text), JSON.stringify(text));
          cache = next;
        }
      }),
      // Cases found once by chance: backticks on both sides of a table's pipe; a delimiter row under a line with no pipe (seed 374979778).
      {
        numRuns: Number(process.env.PROSE_RUNS ?? 400),
        examples: [
          ['| a | b |\n| --- | --- |\n| JJOC | 240 |\n\n', [{ at: 326545649, remove: 0, insert: '`' }, { at: 710864118, remove: 0, insert: '`' }]],
          ['The JJOC has 300 personnel.\n---\n~~~\n\n\n', [{ at: 1537788638, remove: 0, insert: ' ' }, { at: 1199308788, remove: 2, insert: '|' }, { at: 0, remove: 2, insert: '' }, { at: 1073046689, remove: 0, insert: '\n\n' }, { at: 873031174, remove: 4, insert: '' }]],
        ],
      },
    );
  });

  it('keeps front matter whole, even with blank lines inside', () => {
    const text = '---\ntitle: JJOC\n\nnote: USFJ\n---\n\nThe JJOC met.\n\nMore text.\n';
    assert.deepEqual(extractMarkdownProseIncremental(text, undefined, new Map(), 0), extractMarkdownProse(text));
  });

  it('reuses the chunks an edit did not touch', () => {
    const paragraphs = Array.from({ length: 200 }, (_, k) => `Paragraph ${k} mentions the JJOC and USFJ in passing.`);
    const text = paragraphs.join('\n\n') + '\n';
    const first: ProseChunkCache = new Map();
    extractMarkdownProseIncremental(text, undefined, first);
    const edited = text.replace('Paragraph 100 ', 'Paragraph 100 also ');
    const second: ProseChunkCache = new Map();
    const view = extractMarkdownProseIncremental(edited, first, second);
    assert.deepEqual(view, extractMarkdownProse(edited));
    const reused = [...second.entries()].filter(([key, chunk]) => first.get(key) === chunk).length;
    assert.ok(reused >= second.size - 2, `${reused} of ${second.size} chunks reused`);
  });
});

describe('incremental analysis through the service', () => {
  const { service } = serviceWith();
  const full = serviceWith().service;
  const base = [
    '# Notes on the JJOC',
    '',
    'The Joint Operations Command (JJOC) was set up in 2025. The JJOC has 300 personnel.',
    '',
    '統合作戦司令部は2025年3月24日に発足した。統合作戦司令部の人員は240人である。',
    '',
    '- Gen. Nagumo commands the JJOC.',
    '- Nagumo met USFJ officials.',
    '',
    '```',
    'The JJOC has 999 personnel.',
    '```',
    '',
    '<!-- entity-lens-disable-next-line -->',
    'The JJOC has 500 personnel.',
    '',
  ].join('\n');
  const long = Array.from({ length: 12 }, () => base).join('\n');

  it('a reused block adds the names it holds even where they were known before it (found by CI)', () => {
    // The first heading's JJOC edited into "- JOC" (a short form that needs context): the
    // paragraph after it, reused from the last analysis, must make the JJOC known again itself.
    let text = long;
    let version = 1;
    service.forget('reuse.md');
    service.analyze({ file: 'reuse.md', text, version });
    for (const e of [{ at: 0, remove: 3, insert: '> ' }, { at: 13, remove: 2, insert: '- ' }, { at: 80697, remove: 4, insert: '-->' }]) {
      text = applyEdit(text, e);
      const got = service.analyze({ file: 'reuse.md', text, version: ++version });
      const want = full.analyze({ file: 'whole.md', text });
      full.forget('whole.md');
      assert.deepEqual(got?.mentions, want?.mentions);
    }
  });

  it('reads a reused block again when the year written before it changes (a month alone beside an event is in that year)', () => {
    service.forget('years.md');
    const before = '2024年の話。\n\n日米両政府は3月の日米首脳会談で合意した。\n';
    const first = service.analyze({ file: 'years.md', text: before, version: 1 });
    assert.ok(first?.mentions.some((m) => m.entity === 'us-japan-summit-2024-04'), 'March of 2024 is near the April 2024 summit');
    const after = before.replace('2024年', '2021年');
    const got = service.analyze({ file: 'years.md', text: after, version: 2 });
    const want = full.analyze({ file: 'whole.md', text: after });
    full.forget('whole.md');
    assert.ok(!want?.mentions.some((m) => m.entity === 'us-japan-summit-2024-04'), 'March of 2021 is another summit');
    assert.deepEqual(got?.mentions, want?.mentions);
  });

  // A headline is judged against what the whole document says (relocation.ts, bareTitle.ts): an edit
  // below it must judge the reused headline again.
  const headlineCases = [
    { why: 'the story below starts naming the move (a headline’s move)', before: '東京移設を明記\n\n政府は首都機能の一部を移す案をまとめた。\n', from: '首都機能の一部を移す案', to: '普天間飛行場の移設案' },
    { why: 'the story below starts titling the post in full (a bare 「田中大臣」 above 防衛大臣)', before: '田中大臣、監視強化を表明\n\n政府は記者会見で中国軍の動きについて述べた。\n', from: '政府は', to: '中谷元防衛大臣は' },
  ];
  for (const c of headlineCases) {
    it(`judges a reused headline again when ${c.why}`, () => {
      const file = 'headline.md';
      service.forget(file);
      const first = service.analyze({ file, text: c.before, version: 1 });
      assert.ok(!first?.diagnostics.some((d) => d.code === 'fact-conflict'), 'nothing to judge the headline by yet');
      const after = c.before.replace(c.from, c.to);
      const got = service.analyze({ file, text: after, version: 2 });
      const want = full.analyze({ file: 'whole.md', text: after });
      full.forget('whole.md');
      assert.ok(want?.diagnostics.some((d) => d.code === 'fact-conflict' && d.range.start.line === 0), 'the headline is now judged');
      assert.deepEqual(got?.diagnostics, want?.diagnostics.map((d) => ({ ...d, file })));
    });
  }

  it('gives the analysis a fresh service gives, edit after edit', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => {
        let text = long;
        let version = 1;
        const file = 'edited.md';
        service.forget(file);
        service.analyze({ file, text, version });
        for (const e of edits) {
          text = applyEdit(text, e);
          const got = service.analyze({ file, text, version: ++version });
          const want = full.analyze({ file: 'whole.md', text });
          full.forget('whole.md');
          assert.deepEqual(got?.mentions, want?.mentions.map((m) => m));
          assert.deepEqual(got?.diagnostics, want?.diagnostics.map((d) => ({ ...d, file })));
        }
      }),
      { numRuns: 30 },
    );
  });
});
