// Hover Markdown from untrusted text: escaped where Markdown would read markup and nowhere else
// (eglot showed `Japan\'s ground\, maritime`). The cases pin what is written; the property checks
// with a real parser (remark with GitHub's extensions, as the engine uses) that any text comes back
// as that very text and nothing else: no link, image, HTML, emphasis, code, heading or list. One
// exception, of remark's making: it finds bare web and e-mail addresses in the text after the
// escapes are read (a renderer that reads escapes first, as VS Code's, does not), so such an
// address may show as the link it spells, and only as that: http(s) or mailto, its own text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { escapeMarkdown, escapeMarkdownParagraph } from '../../src/server/markdown';

const CASES: Array<[input: string, inline: string]> = [
  ["Japan's ground, maritime and air self-defense forces (JSDF).", "Japan's ground, maritime and air self-defense forces (JSDF)."],
  ['統合作戦司令部（JJOC）は2025年3月に発足した。', '統合作戦司令部（JJOC）は2025年3月に発足した。'],
  ['snake_case and 統合_作戦 stay; _this_ and *that* do not', 'snake_case and 統合_作戦 stay; \\_this\\_ and \\*that\\* do not'],
  ['[run](command:workbench.action.quit) ![x](y)', '\\[run\\](command:workbench.action.quit) !\\[x\\](y)'],
  ['<img src=x onerror=alert(1)> a > b', '\\<img src=x onerror=alert(1)> a > b'],
  ['`code` ~~gone~~ a\\b', '\\`code\\` \\~\\~gone\\~\\~ a\\\\b'],
  ['AT&T &amp; &#60;', 'AT&T \\&amp; \\&#60;'],
  ['see https://example.org, www.example.org or pao@example.org', 'see https\\://example.org, www\\.example.org or pao\\@example.org'],
  ['50% of 1,000; x = y? {a} | b # c - d + e 1. f', '50% of 1,000; x = y? {a} | b # c - d + e 1. f'],
];

const PARAGRAPH_CASES: Array<[input: string, paragraph: string]> = [
  ['# Not a heading', '\\# Not a heading'],
  ['#hashtag', '#hashtag'],
  ['> not a quote', '\\> not a quote'],
  ['- not a list', '\\- not a list'],
  ['-5 degrees', '-5 degrees'],
  ['---', '\\---'],
  ['1. not a list', '1\\. not a list'],
  ['2025) was the year', '2025\\) was the year'],
  ['    not code', 'not code'],
];

const parser = unified().use(remarkParse).use(remarkGfm);

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

/** A link remark made of an address in the text: its own text, to an http(s) or mailto target. */
const isAddressLink = (n: MdNode) =>
  n.type === 'link' && n.children?.length === 1 && n.children[0]!.type === 'text' && [n.children[0]!.value, `http://${n.children[0]!.value}`, `mailto:${n.children[0]!.value}`].includes(n.url) && /^(?:https?|mailto):/.test(n.url!);

/** The node types of a parse, depth first (links to the address they spell left out), and the text of its text nodes. */
function read(markdown: string): { types: string[]; text: string } {
  const types: string[] = [];
  let text = '';
  const walk = (n: MdNode) => {
    if (!isAddressLink(n)) types.push(n.type);
    if (n.type === 'text') text += n.value;
    n.children?.forEach(walk);
  };
  walk(parser.parse(markdown) as MdNode);
  return { types, text };
}

/**
 * What the reader should see: lines flattened as the escaper does, a run of white space with a
 * line break in it as one space (controls are left out of the alphabet).
 */
const shown = (s: string) => s.replace(/[ \t]*[\r\n][ \t\r\n]*/g, ' ');

// Markdown's own characters, weighted towards the ones that make markup, with letters, digits and Japanese.
const alphabet = fc.constantFrom(...'\\`*_[]()<>!~&#;:/.@-+=|{}"\'$%^?,01234567 abcwWhtpsx統合作\n'.split(''));
const markdownish = fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join(''));

describe('hover markdown escaping', () => {
  it('escapes only what Markdown would read as markup in running text', () => {
    for (const [input, inline] of CASES) assert.equal(escapeMarkdown(input), inline, input);
  });

  it('also escapes what would start a heading, quote, list or code block at the start of a paragraph', () => {
    for (const [input, paragraph] of PARAGRAPH_CASES) assert.equal(escapeMarkdownParagraph(input), paragraph, input);
    for (const [input, inline] of CASES) assert.equal(escapeMarkdownParagraph(input), inline, `unchanged further in: ${input}`);
  });

  it('reads back as exactly the text, in running text, in bold, in a link label and as a paragraph (property)', () => {
    // Found by CI (seed 54163909): a blank line with a space in it is one space, as any break is.
    assert.equal(read(`x ${escapeMarkdown('\n \n')} y`).text, 'x   y');
    fc.assert(
      fc.property(markdownish, (raw) => {
        const text = shown(raw);
        const inline = escapeMarkdown(raw);
        const running = read(`x ${inline} y`);
        assert.deepEqual([...new Set(running.types)].filter((t) => t !== 'root' && t !== 'paragraph' && t !== 'text'), [], `running text: ${JSON.stringify(inline)}`);
        assert.equal(running.text, `x ${text} y`.replace(/ +$/, ''));

        // (Names in bold: letters at both ends here, since `** x**` is no bold in any case.)
        const bold = read(`a **x${inline}x** b`);
        assert.deepEqual(bold.types.filter((t) => t !== 'root' && t !== 'paragraph' && t !== 'text'), ['strong'], `in bold: ${JSON.stringify(inline)}`);
        assert.equal(bold.text, `a x${text}x b`);

        const link = parser.parse(`a [${inline}](file:///notes/x.md#L1) b`) as MdNode;
        const links: MdNode[] = [];
        const collect = (n: MdNode) => ((n.type === 'link' || n.type === 'image') && !isAddressLink(n) ? links.push(n) : n.children?.forEach(collect));
        collect(link);
        assert.deepEqual(links.map((l) => l.url), ['file:///notes/x.md#L1'], `one link, ours: ${JSON.stringify(inline)}`);

        const paragraph = escapeMarkdownParagraph(raw);
        const block = read(paragraph);
        assert.deepEqual([...new Set(block.types)].filter((t) => t !== 'root' && t !== 'paragraph' && t !== 'text'), [], `paragraph: ${JSON.stringify(paragraph)}`);
        assert.equal(block.text, text.trim());
      }),
      { numRuns: 1000 },
    );
  });
});
