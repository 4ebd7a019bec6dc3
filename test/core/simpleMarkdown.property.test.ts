// Plain Markdown notes skip remark (src/core/markdown/simpleMarkdown.ts): whatever the gate
// admits, the linear segmenter must read exactly as remark does (text, blocks, annotations,
// directives). Documents are drawn from lines that are plain, that use the admitted constructs,
// and that use constructs the segmenter reads differently, so the gate's refusals are tested too.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { extractFastMarkdownProse, extractRemarkProse } from '../../src/core/markdown/prose';
import { isSimpleMarkdown } from '../../src/core/markdown/simpleMarkdown';

const LINES = [
  // Plain and admitted.
  'The JJOC has 300 personnel.',
  '統合作戦司令部の人員は240人である。',
  'Gen. Nagumo met USFJ in Tokyo (on Monday).',
  '# Heading about the JJOC',
  '## Heading ##',
  '###### Small heading  ',
  '#hashtag is text',
  '- item JJOC',
  '* starred item',
  '+ plus item',
  '1. first',
  '2) second',
  '2025. A year at the start',
  '> quoted USFJ',
  '> - quoted item',
  '> > nested quote',
  '- > quote in an item',
  '| a | b |\n| --- | --- |\n| JJOC | 240 |',
  '| a | b |',
  'a | b',
  '```\nJJOC in code <b> & _x_\n```',
  '```text\nconfig: `x`\n```',
  '````\n```\n````',
  '```',
  '> ````',
  '- ```',
  'See [the JJOC](https://example.org/1) and `code JJOC`.',
  'The [Command](entity:jjoc) met.',
  '詳細は[資料](https://example.jp/2)を参照。',
  'A *word* here, *two words*.',
  '(*parenthesised*)',
  'trailing spaces  ',
  'x',
  '',
  // Refused: the segmenter and remark may differ on these.
  'foo*bar*baz and **bold**',
  '* not emphasis *',
  'snake_case and _under_',
  '<b>html</b> and <https://example.org>',
  '&amp; entity and \\* escape',
  '    indented code JJOC',
  '  continued item text',
  '\tTabbed',
  'Setext heading\n===',
  '---',
  '***',
  '+++\ntitle = "x"\n+++',
  '[ref]: https://example.org',
  'A [ref] and [x][y] and [^1]',
  '- [ ] task',
  '![image](x.png)',
  'Bare https://example.org/a. and www.example.com and a@b.co',
  '~~struck~~',
  '[link with *emphasis*](x)',
  '[unclosed](x',
];
const doc = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 16 }).chain((lines) =>
  fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n'), { minLength: lines.length, maxLength: lines.length }).map((seps) => lines.map((l, k) => l + seps[k]).join('')),
);

function assertSameView(text: string): void {
  const remark = extractRemarkProse(text);
  // As the service reads it: no bare-URL pass (the gate admits none).
  const fast = extractFastMarkdownProse(text, false);
  assert.equal(fast.masked, remark.masked, `masked text of ${JSON.stringify(text)}`);
  assert.deepEqual(fast.blocks, remark.blocks, `blocks of ${JSON.stringify(text)}`);
  assert.deepEqual(fast.annotations, remark.annotations, `annotations of ${JSON.stringify(text)}`);
  assert.deepEqual(fast.directives, remark.directives, `directives of ${JSON.stringify(text)}`);
}

describe('plain Markdown without remark', () => {
  it('admits plain notes and refuses what the segmenter reads differently (fixtures)', () => {
    assert.ok(isSimpleMarkdown('# Notes\n\nThe JJOC has *300* personnel. See [it](https://example.org).\n\n- one\n- two\n'));
    assert.ok(isSimpleMarkdown('統合作戦司令部の人員は240人である。\n'));
    for (const refused of ['a_b', '<b>x</b>', 'a &amp; b', '    code', '---\ntitle: x\n---\n', 'Title\n===', '[a]: b', 'x [a] y', 'http://x.org.', 'a**b**', '- [ ] task', '```\nopen', '2. se\n```\n>```\n```\nond\n', '> q\n```\ncode\n```\nafter\n', '|` a |` b |\n| --- | --- |\n| JJOC | 240 |\n', '```\n> ````\n\n| a | b |\n| --- | --- |\n| JJOC | 240 |\n\n```\n', '```\n- ```\n\nThe JJOC has 300 personnel.\n\n```\n'])
      assert.equal(isSimpleMarkdown(refused), false, JSON.stringify(refused));
  });

  it('reads every admitted document exactly as remark does', () => {
    let admitted = 0;
    let runs = 0;
    fc.assert(
      fc.property(doc, (text) => {
        runs++;
        if (!isSimpleMarkdown(text)) return;
        admitted++;
        assertSameView(text);
      }),
      { numRuns: 10000 },
    );
    // The property has teeth only if the gate lets a fair share through.
    assert.ok(admitted > runs / 20, `${admitted} of ${runs} documents admitted`);
  });

  const REALPROSE = path.join(__dirname, '..', '..', '..', 'shared', 'realprose', 'texts');
  if (!fs.existsSync(REALPROSE)) {
    it('real prose: skipped (../shared/realprose is absent)', function () {
      this.skip();
    });
  } else {
    it('reads the admitted real-prose notes exactly as remark does', () => {
      for (const name of fs.readdirSync(REALPROSE).filter((n) => n.endsWith('.md'))) {
        const text = fs.readFileSync(path.join(REALPROSE, name), 'utf8');
        if (isSimpleMarkdown(text)) assertSameView(text);
      }
    });
  }
});
