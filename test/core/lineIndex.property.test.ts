// LineIndex against a naive count of line breaks, asked in any order (it remembers the line of
// its last answer to skip the search for offsets asked in document order).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LineIndex } from '../../src/core/text/lineIndex';

function naive(text: string, offset: number): { line: number; character: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  let start = 0;
  for (let i = 0; i < o; i++) {
    const c = text[i];
    // \r\n ends a line at its \n: an offset between the two is still on the line.
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: o - start };
}

describe('LineIndex', () => {
  it('answers like a naive count, for offsets in any order and out of range', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', '\n', '\r\n', '\r', '統', '𠮷', '\n\n'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -3, max: 90 }), { maxLength: 30 }), (t, offsets) => {
        const lines = new LineIndex(t);
        for (const o of [...offsets, ...[...offsets].sort((a, b) => a - b)]) {
          assert.deepEqual(lines.positionAt(o), naive(t, o), `offset ${o} in ${JSON.stringify(t)}`);
          assert.equal(lines.offsetAt(lines.positionAt(o)), Math.max(0, Math.min(o, t.length)), 'offsetAt inverts positionAt');
        }
      }),
      { numRuns: 3000 },
    );
  });
});
