import { strict as assert } from 'node:assert';
import type { ScalarValue } from '../../src/core/model';
import { findValues, formatReplacement } from '../../src/core/values';
import { day, money, month, q, year } from './helpers';

// Each case: text holding one value, the dataset's value, the replacement (undefined: none).
const cases: Array<[string, ScalarValue, string | undefined]> = [
  // Quantities: same digits, same counter.
  ['300', q(240), '240'],
  ['300 personnel', q(240, 'persons'), '240 personnel'],
  ['３００人', q(240, 'persons'), '２４０人'], // full-width stays full-width
  ['三百人', q(240, 'persons'), '二百四十人'], // kanji stays kanji
  ['三万人', q(24500, 'persons'), '二万四千五百人'],
  ['千二百人', q(1000, 'persons'), '千人'],
  ['1,200 staff', q(1500, 'persons'), '1,500 staff'],
  ['1200 staff', q(1500, 'persons'), '1500 staff'],
  ['300 staff', q(1500, 'persons'), '1,500 staff'], // English usage groups
  ['300人', q(1500, 'persons'), '1500人'], // Japanese usage does not
  ['a 300-strong unit', q(240, 'persons'), '240-strong'],
  ['10.5%', q(12, 'percent'), '12%'],
  ['10.50%', q(12, 'percent'), '12.00%'], // a fixed number of decimals is kept
  ['3万人', q(24000, 'persons'), '2万4000人'],
  ['1.5 hours', q(90, 'minutes'), '1.5 hours'],
  ['2 hours', q(150, 'minutes'), '2.5 hours'],
  ['約 8 5 分間', q(90, 'minutes'), '約 90 分間'],
  // Approximation markers are kept, bound markers dropped.
  ['about 300', q(240), 'about 240'],
  ['約300人', q(240, 'persons'), '約240人'],
  ['300人程度', q(240, 'persons'), '240人程度'],
  ['more than 300 troops', q(240, 'persons'), '240 troops'],
  ['300 or more', q(240), '240'],
  ['300人以上', q(240, 'persons'), '240人'],
  ['300人を超える', q(240, 'persons'), '240人'],
  ['300+ personnel', q(240, 'persons'), '240 personnel'],
  // Money: same sign or word, same scale.
  ['$80 million', money(71.2e6, 'USD'), '$71.2 million'],
  ['US$80 million', money(71.2e6, 'USD'), 'US$71.2 million'],
  ['$80m', money(71.2e6, 'USD'), '$71.2m'],
  ['80 million dollars', money(71.2e6, 'USD'), '71.2 million dollars'],
  ['USD 80 million', money(71.2e6, 'USD'), 'USD 71.2 million'],
  ['8000万ドル', money(71.2e6, 'USD'), '7120万ドル'],
  ['120億円', money(10.5e9, 'JPY'), '105億円'],
  ['１２０億円', money(10.5e9, 'JPY'), '１０５億円'],
  ['1兆2000億円', money(10.5e9, 'JPY'), '105億円'],
  ['1兆円', money(1.2e12, 'JPY'), '1兆2000億円'],
  ['12億円', money(1.05e9, 'JPY'), '10億5000万円'],
  ['12.5億円', money(1.05e9, 'JPY'), '10.5億円'],
  ['百二十億円', money(10.5e9, 'JPY'), '百五億円'],
  ['12 billion yen', money(10.5e9, 'JPY'), '10.5 billion yen'],
  ['¥12 billion', money(10.5e9, 'JPY'), '¥10.5 billion'],
  ['約120億円', money(10.5e9, 'JPY'), '約105億円'],
  ['€6 million', money(5e6, 'EUR'), '€5 million'],
  // Dates: same layout, same era; the found precision when the expected one is finer.
  ['March 25, 2025', day(2025, 3, 24), 'March 24, 2025'],
  // A span of days is replaced by the one day the dataset has.
  ['March 20-21, 2025', day(2025, 3, 24), 'March 24, 2025'],
  ['March 20th and 21st, 2025', day(2025, 3, 24), 'March 24th, 2025'],
  ['Mar. 25, 2025', day(2025, 4, 24), 'Apr. 24, 2025'],
  ['Sept. 2, 2025', day(2025, 9, 1), 'Sept. 1, 2025'],
  ['MARCH 25, 2025', day(2025, 3, 24), 'MARCH 24, 2025'],
  ['25 March 2025', day(2025, 3, 24), '24 March 2025'],
  ['25th March 2025', day(2025, 3, 22), '22nd March 2025'],
  ['2025-03-25', day(2025, 3, 24), '2025-03-24'],
  ['2025/3/25', day(2025, 3, 24), '2025/3/24'],
  ['2025年3月25日', day(2025, 3, 24), '2025年3月24日'],
  // Without a year, the replacement writes none either.
  ['Mar. 25', day(2025, 4, 24), 'Apr. 24'],
  ['4月24日', day(2025, 3, 24), '3月24日'],
  ['２０２５年３月２５日', day(2025, 3, 24), '２０２５年３月２４日'],
  ['二〇二五年三月二十五日', day(2025, 3, 24), '二〇二五年三月二十四日'],
  ['令和7年3月25日', day(2025, 3, 24), '令和7年3月24日'],
  ['令和七年三月二十五日', day(2025, 3, 24), '令和七年三月二十四日'],
  ['令和 7 年 3 月 2 5 日', day(2025, 3, 24), '令和 7 年 3 月 24 日'],
  ['令和7年3月25日', day(2019, 3, 24), '平成31年3月24日'],
  ['平成31年4月1日', day(2019, 5, 1), '令和元年5月1日'],
  // A bracketed year in the other calendar is written for the new year too.
  ['2023年(令和5年)2月15日', day(2024, 2, 15), '2024年(令和6年)2月15日'],
  ['令和6年（２０２４年）1月15日', day(2025, 3, 24), '令和7年（２０２５年）3月24日'],
  ['平成22(2010)年3月11日', day(2011, 3, 11), '平成23(2011)年3月11日'],
  ['2024(令和6)年3月25日', day(2025, 3, 24), '2025(令和7)年3月24日'],
  ['2019年（平成31年）4月30日', day(2019, 5, 1), '2019年（令和元年）5月1日'],
  ['令和元年5月1日', day(2021, 5, 1), '令和3年5月1日'],
  ['April 2025', day(2025, 3, 24), 'March 2025'],
  ['2025年4月', day(2025, 3, 24), '2025年3月'],
  ['2025-04', day(2025, 3, 24), '2025-03'],
  ['in 2024', day(2025, 3, 24), '2025'],
  ['FY2024', year(2025), 'FY2025'],
  ['2024年度', year(2025), '2025年度'],
  // A coarser expected date drops the finer fields.
  ['April 25, 2025', month(2025, 3), 'March 2025'],
  ['25 April 2025', year(2024), '2024'],
  ['2025年4月25日', month(2025, 3), '2025年3月'],
  // A two-digit year reads back as one only before a month and within 1970–2069: otherwise it is written in full.
  ['24年7月', month(2025, 3), '25年3月'],
  ['24年7月', year(2024), '2024年'],
  ['２2年二月', year(1800), '１８００年'],
  ['2025-04-25', year(2024), '2024'],
  // Not faithfully possible.
  ['12 billion yen', money(71.2e6, 'USD'), undefined],
  ['300 personnel', q(240, 'minutes'), undefined],
  ['1.5 hours', q(85, 'minutes'), undefined],
  ['三百人', q(240.5, 'persons'), undefined],
  ['令和7年3月25日', day(1850, 3, 24), undefined],
  ['March 25, 2025', q(240), undefined],
  ['$80 million', q(71.2e6), undefined],
];

describe('formatReplacement', () => {
  for (const [text, expected, replacement] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(replacement)}`, () => {
      const found = findValues(text);
      assert.equal(found.length, 1, `one value in ${JSON.stringify(text)}`);
      assert.equal(formatReplacement(found[0]!, expected), replacement);
    });
  }

  it('writes a found value back as it was written (half-width, unspaced digits aside)', () => {
    for (const text of ['240 personnel', 'about 240', '$71.2 million', '105億円', '1兆2000億円', '二百四十人', 'March 24, 2025', '24 March 2025', '2025-03-24', '令和7年3月24日', '二〇二五年三月二十四日', 'FY2024', '7120万ドル', '10.5 billion yen']) {
      const v = findValues(text)[0]!;
      assert.equal(formatReplacement(v, v.value), text);
    }
  });
});
