// One rule for invisible controls wherever document or dataset text is shown: hover cards
// (Markdown) and the terminal escape the same characters, and leave everything else alone.
import { strict as assert } from 'node:assert';
import { escapeControls } from '../../src/core/text/visibleControls';
import { escapeMarkdown } from '../../src/server/markdown';
import { terminalSafe } from '../../src/cli/formatters/safe';

const INVISIBLE = [
  ...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  ...Array.from({ length: 0x21 }, (_, k) => 0x7f + k),
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  // Characters that show nothing: zero-width space, word joiner and invisible operators, the
  // byte-order mark, line and paragraph separators, the soft hyphen, interlinear annotation marks.
  0x200b, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x2028, 0x2029, 0x00ad, 0x180e, 0xfff9, 0xfffa, 0xfffb,
];

describe('visible controls', () => {
  it('escapes every control character and bidi mark or override, in hovers and in the terminal alike', () => {
    for (const c of INVISIBLE) {
      const ch = String.fromCharCode(c);
      const escape = `\\u${c.toString(16).padStart(4, '0')}`;
      assert.equal(escapeControls(`a${ch}b`), `a${escape}b`, `U+${c.toString(16)}`);
      assert.equal(terminalSafe(`a${ch}b`), `a${escape}b`, `terminal, U+${c.toString(16)}`);
      // In Markdown the escape's backslash is escaped too, so that it shows.
      assert.equal(escapeMarkdown(`a${ch}b`), `a\\${escape}b`, `hover, U+${c.toString(16)}`);
    }
  });

  it('escapes tag characters (beyond the BMP) as \\u{…}', () => {
    for (const c of [0xe0001, 0xe0041, 0xe007f]) {
      const ch = String.fromCodePoint(c);
      assert.equal(escapeControls(`a${ch}b`), `a\\u{${c.toString(16)}}b`);
      assert.equal(terminalSafe(`a${ch}b`), `a\\u{${c.toString(16)}}b`);
    }
  });

  it('leaves tabs, letters, Japanese, emoji and joiners alone', () => {
    const text = 'JJOC\t統合作戦司令部 ＪＪＯＣ e\u0301 👍 \u200d \u3000';
    assert.equal(escapeControls(text), text);
    assert.equal(terminalSafe(text), text);
  });
});

describe('hover text', () => {
  const old = (t: string) => t.replace(/\s*[\r\n]+\s*/g, ' ');

  it('flattens line breaks and the white space around them as the one-pattern rule did', () => {
    for (const t of ['a\nb', 'a  \n  b', 'a\r\n\r\nb', ' \n ', 'x\n', '\nx', 'a \t\n\u3000b c', 'a\u2028b', '\n\n\n', 'a \u00a0\r\n\u2003 b']) {
      assert.equal(escapeMarkdown(t), escapeMarkdown(old(t).replace(/[\r\n]/g, ' ')), JSON.stringify(t));
    }
  });

  it('reads runs of hundreds of thousands of spaces and breaks in one pass (the old pattern backtracked on them)', () => {
    const spaces = 'x' + ' '.repeat(400_000) + 'y\n';
    assert.equal(escapeMarkdown(spaces), 'x' + ' '.repeat(1999) + '…');
    assert.equal(escapeMarkdown(' \n'.repeat(800)).trim(), '');
  });

  it('cuts a field to its budget, never inside a surrogate pair', () => {
    assert.equal(escapeMarkdown('a'.repeat(5000)).length, 2001);
    const pairs = '𠮷'.repeat(1500);
    const cut = escapeMarkdown(pairs);
    assert.ok(cut.endsWith('…') && !/[\ud800-\udbff]…$/.test(cut));
  });
});
