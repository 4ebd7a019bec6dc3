// The folding rules, and the offset map back to the original text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { normalizeForMatch, normalizeKey } from '../../src/core/text/normalize';
import { KeywordMatcher } from '../../src/core/match/keywordMatcher';

describe('normalizeKey', () => {
  const cases: Array<[string, string]> = [
    ['ＪＪＯＣ', 'jjoc'],
    ['Tōhoku', 'tohoku'],
    ['Tōhoku', 'tohoku'], // decomposed macron
    ['ﾄｳｷｮｳ', 'トウキョウ'],
    ['ｶﾞｲﾑｼｮｳ', 'ガイムショウ'],
    ['市ヶ谷', '市ケ谷'],
    ['市ヵ谷', '市カ谷'],
    ['ピート・ヘグセス', 'ピトヘグセス'],
    ['ピート ヘグセス', 'ピトヘグセス'],
    ['ピートヘグセス', 'ピトヘグセス'],
    ['統合作戦\n司令部', '統合作戦司令部'],
    ['防 衛 省', '防衛省'],
    ['Joint\n  Operations   Command', 'joint operations command'],
    ['JJOC’s', "jjoc's"],
    ['  padded  ', 'padded'],
    ['𠮷野家', '𠮷野家'],
    ['（D I C A S）', '(dicas)'],
    ['A M R A A M等', 'amraam等'],
    ['a B c', 'a b c'],
    ['I A', 'i a'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(normalizeKey(input), expected));
  }
});

describe('normalizeForMatch offset map', () => {
  it('maps every folded unit inside the input, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const n = normalizeForMatch(text);
        let prev = 0;
        for (let k = 0; k < n.length; k++) {
          assert.ok(n.srcStart[k]! >= prev && n.srcStart[k]! < n.srcEnd[k]! && n.srcEnd[k]! <= text.length);
          prev = n.srcStart[k]!;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a match of any folded substring maps back to original text that folds to the same key', () => {
    const pieces = fc.constantFrom('ＪＪＯＣ', 'JJOC', 'Tōhoku', ' ', '\n', 'ｶﾞ', 'ヶ', '・', 'ー', 'ピ', 'ト', '統', '合', 'a', 'B', '’s', '𠮷', '。', 'é');
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const n = normalizeForMatch(text);
        if (n.length === 0) return;
        const s = a % n.length;
        const e = s + 1 + (b % Math.min(6, n.length - s));
        const key = String.fromCharCode(...n.codes.subarray(s, e)).trim();
        // Aliases are whole strings: a key never starts or ends inside a surrogate pair.
        if (key.length === 0 || /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(key)) return;
        const matcher = KeywordMatcher.build([key]);
        matcher.scan(n.codes, 0, n.length, (ms, me) => {
          const original = text.slice(n.srcStart[ms]!, n.srcEnd[me - 1]!);
          assert.equal(normalizeKey(original), key, `original ${JSON.stringify(original)} in ${JSON.stringify(text)}`);
          return true;
        });
      }),
      { numRuns: 3000 },
    );
  });
});
