// The fold with a sparse offset map (foldCodes, FoldedText) against the frozen reference fold
// (test/core/reference/normalize.ts) that wrote the full map for every unit: same folded units,
// same source range for every unit, on random text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { FoldBuffer, FoldedText, foldCodes, foldInto, normalizeForMatch, normalizeKey } from '../../src/core/text/normalize';
import * as ref from './reference/normalize';

/** Text that exercises every folding rule: ASCII, spaced capitals, kana, marks, dots, pairs. */
const pieces = fc.constantFrom(
  'a', 'B', 'C', 'JJOC', 'A M R A A M', 'I A', ' ', '  ', '\n', '\t', '\r\n', '\u3000', '\u00a0', 'é', 'e\u0301', '\u0301', 'Tōhoku',
  'ア', 'ピ', 'ー', 'ｰ', '・', '･', '·', '゠', 'ヶ', 'ヵ', 'ｶ', 'ﾞ', 'ﾟ', 'ﾊﾟ', 'ｶﾞ', '統', '合', '々', 'の', '。', '𠮷', '\ud842', '\udfb7',
  'ＪＪＯＣ', '（', '）', '㍻', 'ﬁ', '’', "'", '¨', '\u200b', '\u00ad', 'ß', 'İ', '0', '9', '.', '\u0000', '\u001f',
);
const mixed = fc.oneof(
  fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

function check(text: string, from: number, to: number): void {
  const want = ref.foldInto(new ref.FoldBuffer(4), text, from, to);
  const got = foldInto(new FoldBuffer(4), text, from, to);
  const sparse = foldCodes(new FoldedText(4), text, from, to);
  assert.equal(got.length, want.length);
  assert.equal(sparse.length, want.length);
  for (let k = 0; k < want.length; k++) {
    const at = `unit ${k} of ${JSON.stringify(text.slice(from, to))}`;
    assert.equal(got.codes[k], want.codes[k], at);
    assert.equal(sparse.codes[k], want.codes[k], at);
    assert.equal(got.srcStart[k], want.srcStart[k], at);
    assert.equal(got.srcEnd[k], want.srcEnd[k], at);
    assert.equal(sparse.srcStartAt(k), want.srcStart[k], at);
    assert.equal(sparse.srcEndAt(k), want.srcEnd[k], at);
  }
}

describe('fold with a sparse offset map', () => {
  it('equals the reference fold on random text, whole or in part', () => {
    fc.assert(
      fc.property(mixed, fc.nat(), fc.nat(), (text, a, b) => {
        check(text, 0, text.length);
        const from = text.length === 0 ? 0 : a % text.length;
        check(text, from, from + (b % (text.length - from + 1)));
      }),
      { numRuns: 4000 },
    );
  });

  it('reuses one buffer across texts of any size', () => {
    const buffer = new FoldBuffer(2);
    const sparse = new FoldedText(2);
    fc.assert(
      fc.property(mixed, (text) => {
        const want = ref.normalizeForMatch(text);
        foldInto(buffer, text);
        foldCodes(sparse, text);
        assert.deepEqual(Array.from(buffer.codes.subarray(0, buffer.length)), Array.from(want.codes.subarray(0, want.length)));
        assert.deepEqual(Array.from(buffer.srcStart.subarray(0, buffer.length)), Array.from(want.srcStart.subarray(0, want.length)));
        assert.deepEqual(Array.from(buffer.srcEnd.subarray(0, buffer.length)), Array.from(want.srcEnd.subarray(0, want.length)));
        for (let k = 0; k < want.length; k++) assert.equal(sparse.srcEndAt(k), want.srcEnd[k]);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizeKey and normalizeForMatch are unchanged', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        assert.equal(normalizeKey(text), ref.normalizeKey(text));
        const got = normalizeForMatch(text);
        const want = ref.normalizeForMatch(text);
        assert.equal(got.length, want.length);
        for (let k = 0; k < want.length; k++) assert.equal(got.srcStart[k], want.srcStart[k]);
      }),
      { numRuns: 2000 },
    );
  });
});
