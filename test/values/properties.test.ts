import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ScalarValue } from '../../src/core/model';
import { compareValue, findValues, formatReplacement, parseNumber, toKanji } from '../../src/core/values';
import { assertValueRanges, EXPECTED_VALUES } from '../fuzz/targets';

/** Any UTF-16 string, lone surrogates included. */
const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((codes) => String.fromCharCode(...codes));

/** Strings built from the pieces the scanners care about, so that they meet their edge cases. */
const pieces = fc.constantFrom(
  ' ', '  ', '\u3000', '0', '1', '2', '24', '240', '2025', '1,200', '10.5', '.', ',', '-', '/', ':', '~', '+', '%',
  '２', '０', '．', '，', '〇', '一', '二', '十', '百', '千', '万', '億', '兆', '元', '年', '月', '日', '度', '間',
  '人', '名', '分', '時', '目', '第', '約', '以上', '超', '余', '強', '円', 'ドル', '令和', '平成', '昭和',
  'about ', 'more than ', 'up to ', 'in ', 'March ', 'Mar.', 'FY', 'fiscal ', 'million', ' billion', 'm', 'bn',
  '$', 'US$', '¥', '€', 'JPY ', ' yen', ' dollars', ' personnel', '-strong', 'st', 'th', 'F-', 'a', '数', '\ud800', '\udc00',
);
const pieceString = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));

const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/,/g, '，');

describe('findValues properties', () => {
  it('never throws and keeps ranges consistent on any UTF-16 string', () => {
    fc.assert(
      fc.property(utf16, (text) => {
        assertValueRanges(text, findValues(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and keeps ranges consistent on any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        assertValueRanges(text, findValues(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and keeps ranges consistent on strings of value pieces', () => {
    fc.assert(
      fc.property(pieceString, (text) => {
        assertValueRanges(text, findValues(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('compares and formats every value it finds without throwing', () => {
    fc.assert(
      fc.property(pieceString, (text) => {
        for (const v of findValues(text)) {
          for (const e of EXPECTED_VALUES) {
            assert.ok(['agree', 'conflict', 'incomparable'].includes(compareValue(v, e)));
            const r = formatReplacement(v, e);
            assert.ok(r === undefined || (typeof r === 'string' && r.length > 0));
          }
          // A value agrees with itself, unless it is a strict bound (`more than 240` excludes 240).
          if (!v.strict) assert.equal(compareValue(v, v.value), 'agree', v.text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a replacement that reads back as the expected value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('300 personnel', '３００人', '三百人', 'about 300', '$80 million', '120億円', '12 billion yen', '1,200 staff'),
        fc.integer({ min: 1, max: 99_999 }),
        (text, n) => {
          const found = findValues(text)[0]!;
          const amount = found.value.kind === 'money' ? n * 1e6 : n;
          const expected: ScalarValue =
            found.value.kind === 'money'
              ? { kind: 'money', amount, currency: found.value.currency }
              : { kind: 'quantity', amount };
          const r = formatReplacement(found, expected);
          assert.ok(r !== undefined);
          const back = findValues(r);
          assert.equal(back.length, 1, r);
          assert.equal(compareValue(back[0]!, expected), 'agree', r);
          assert.equal((back[0]!.value as { amount: number }).amount, amount, r);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes a date replacement that reads back as the expected date', () => {
    const date = fc
      .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
      .map(({ year, month, day }): ScalarValue => ({ kind: 'date', year, month, day, precision: 'day' }));
    fc.assert(
      fc.property(
        fc.constantFrom('March 25, 2025', '25 March 2025', 'Mar. 25, 2025', '2025-03-25', '2025/3/25', '2025年3月25日', '令和7年3月25日', '二〇二五年三月二十五日'),
        date,
        (text, expected) => {
          const r = formatReplacement(findValues(text)[0]!, expected);
          assert.ok(r !== undefined, text);
          const back = findValues(r);
          assert.equal(back.length, 1, r);
          assert.deepEqual(back[0]!.value, expected, r);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('integer round trips', () => {
  const n = fc.integer({ min: 0, max: 1e12 - 1 });

  it('parses String(n), grouped and full-width forms back to n', () => {
    fc.assert(
      fc.property(n, (k) => {
        assert.equal(parseNumber(String(k)), k);
        assert.equal(parseNumber(k.toLocaleString('en-US')), k);
        assert.equal(parseNumber(FULL_WIDTH(String(k))), k);
        assert.equal(parseNumber(FULL_WIDTH(k.toLocaleString('en-US'))), k);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses kanji numerals back to n', () => {
    fc.assert(
      fc.property(n, (k) => {
        const kanji = toKanji(k);
        assert.ok(kanji !== undefined);
        assert.equal(parseNumber(kanji), k, kanji);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds n with a counter in every form', () => {
    fc.assert(
      fc.property(n, (k) => {
        for (const written of [String(k), k.toLocaleString('en-US'), FULL_WIDTH(String(k)), toKanji(k)!]) {
          const found = findValues(`${written}人`);
          assert.equal(found.length, 1, written);
          assert.deepEqual(found[0]!.value, { kind: 'quantity', amount: k, unit: 'persons' }, written);
        }
        const en = findValues(`${k.toLocaleString('en-US')} personnel`);
        assert.deepEqual(en[0]?.value, { kind: 'quantity', amount: k, unit: 'persons' });
      }),
      { numRuns: 1000 },
    );
  });

  it('writes kanji numerals as usually written', () => {
    const table: Array<[number, string]> = [
      [0, '〇'], [1, '一'], [10, '十'], [11, '十一'], [30, '三十'], [250, '二百五十'], [280, '二百八十'],
      [1200, '千二百'], [10000, '一万'], [30000, '三万'], [24500, '二万四千五百'], [100000000, '一億'],
      [1.2e12, '一兆二千億'], [10_000_001, '千万一'],
    ];
    for (const [k, kanji] of table) {
      assert.equal(toKanji(k), kanji);
      assert.equal(parseNumber(kanji), k);
    }
    assert.equal(parseNumber('二〇二五'), 2025);
    assert.equal(parseNumber('一千'), 1000);
    assert.equal(parseNumber('7120万'), 71.2e6);
    assert.equal(parseNumber('1兆2000億'), 1.2e12);
    assert.equal(parseNumber('１０．５'), 10.5);
    assert.equal(parseNumber('十百'), undefined);
    assert.equal(parseNumber('1,2'), undefined);
    assert.equal(parseNumber(''), undefined);
  });
});

describe('linear time', function () {
  // These inputs would take minutes with a quadratic scanner; they must simply return. The
  // timeout only guards against a hang on a slow machine; nothing is timed.
  this.timeout(60_000);
  const size = 200_000;

  it('handles 200 KB of digits and spaces', () => {
    findValues('1 '.repeat(size / 2));
    findValues('12 3 '.repeat(size / 5));
  });

  it('handles 200 KB of spaced digits in Japanese context', () => {
    const found = findValues('年' + '1 '.repeat(size / 2) + '人');
    assert.equal(found.length, 1);
  });

  it('handles 200 KB of 約', () => {
    assert.deepEqual(findValues('約'.repeat(size)), []);
    assert.equal(findValues('約'.repeat(size) + '240人').length, 1);
  });

  it('handles 200 KB of one long number, kanji numerals, markers and month names', () => {
    findValues('1'.repeat(size));
    findValues('1,000'.repeat(size / 5));
    findValues('一二三四五六七八九〇'.repeat(size / 10));
    findValues('十百千万'.repeat(size / 4));
    findValues('about '.repeat(size / 6));
    findValues('March '.repeat(size / 6));
    findValues('令和'.repeat(size / 2));
    findValues('1.'.repeat(size / 2));
    findValues('$'.repeat(size));
    findValues('第'.repeat(size));
  });
});
