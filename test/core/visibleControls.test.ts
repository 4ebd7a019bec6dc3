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

  it('leaves tabs, letters, Japanese, emoji and joiners alone', () => {
    const text = 'JJOC\t統合作戦司令部 ＪＪＯＣ e\u0301 👍 \u200d \u3000';
    assert.equal(escapeControls(text), text);
    assert.equal(terminalSafe(text), text);
  });
});
