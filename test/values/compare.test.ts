import { strict as assert } from 'node:assert';
import type { ScalarValue } from '../../src/core/model';
import { compareValue, findValues, type Comparison, type ParsedValue } from '../../src/core/values';
import { day, money, month, q, year } from './helpers';

// Each case: text holding one value, the dataset's value, the verdict.
const cases: Array<[string, ScalarValue, Comparison]> = [
  // Plain integers compare exactly.
  ['240 personnel', q(240, 'persons'), 'agree'],
  ['241 personnel', q(240, 'persons'), 'conflict'],
  ['300', q(240, 'persons'), 'conflict'],
  ['240', q(240, 'persons'), 'agree'],
  ['２４０人', q(240, 'persons'), 'agree'],
  ['二百四十人', q(240, 'persons'), 'agree'],
  ['二百五十人', q(240, 'persons'), 'conflict'],
  ['1,200 staff', q(1200, 'persons'), 'agree'],
  ['1,200 staff', q(1201, 'persons'), 'conflict'],
  // Units must be compatible; a bare number fits any unit, time units convert.
  ['240 personnel', q(240), 'agree'],
  ['240 personnel', q(240, 'minutes'), 'incomparable'],
  ['85分間', q(85, 'persons'), 'incomparable'],
  ['85分間', q(85, 'minutes'), 'agree'],
  ['1.5 hours', q(90, 'minutes'), 'agree'],
  ['2 hours', q(90, 'minutes'), 'conflict'],
  ['240 people', q(240, 'people'), 'agree'],
  ['10.5%', q(10.5, 'percent'), 'agree'],
  // Decimals and scale words: half a unit of the last written digit.
  ['10.5', q(10.54), 'agree'],
  ['10.5', q(10.56), 'conflict'],
  ['71 million', q(71.2e6), 'agree'],
  ['71 million', q(71.6e6), 'conflict'],
  ['10 billion', q(10.5e9), 'agree'], // ±0.5 billion, the edge included
  ['10 billion', q(10.6e9), 'conflict'],
  ['3万人', q(34999, 'persons'), 'agree'],
  ['3万人', q(36000, 'persons'), 'conflict'],
  ['1兆2000億円', money(1.2e12 + 4e7, 'JPY'), 'agree'],
  // Approximations: 10% of the expected value, or the tolerance if larger.
  ['about 300', q(280), 'agree'],
  ['about 300', q(240), 'conflict'],
  ['約240人', q(260, 'persons'), 'agree'],
  ['約240人', q(270, 'persons'), 'conflict'],
  ['some 3万人', q(33000, 'persons'), 'agree'],
  // Bounds.
  ['more than 200 troops', q(240, 'persons'), 'agree'],
  ['more than 240 troops', q(240, 'persons'), 'conflict'], // strict
  ['more than 300 troops', q(240, 'persons'), 'conflict'],
  ['at least 240', q(240), 'agree'],
  ['at least 241', q(240), 'conflict'],
  ['240人以上', q(240, 'persons'), 'agree'],
  ['240人超', q(240, 'persons'), 'conflict'],
  ['240人超', q(241, 'persons'), 'agree'],
  ['fewer than 300 people', q(240, 'persons'), 'agree'],
  ['fewer than 240 people', q(240, 'persons'), 'conflict'],
  ['up to 240', q(240), 'agree'],
  ['up to 200', q(240), 'conflict'],
  ['240人未満', q(239, 'persons'), 'agree'],
  ['240人以下', q(240, 'persons'), 'agree'],
  ['240人以下', q(250, 'persons'), 'conflict'],
  ['over $71 million', money(71.2e6, 'USD'), 'agree'],
  // Money: same currency, same tolerance rules.
  ['10.5 billion yen', money(10.5e9, 'JPY'), 'agree'],
  ['105億円', money(10.5e9, 'JPY'), 'agree'],
  ['120億円', money(10.5e9, 'JPY'), 'conflict'],
  ['$71.2 million', money(71.2e6, 'USD'), 'agree'],
  ['$71 million', money(71.2e6, 'USD'), 'agree'],
  ['$80 million', money(71.2e6, 'USD'), 'conflict'],
  ['7120万ドル', money(71.2e6, 'USD'), 'agree'],
  ['$71.2 million', money(10.5e9, 'JPY'), 'incomparable'],
  ['A$5 million', money(5e6, 'USD'), 'incomparable'],
  ['$71.2 million', q(71.2e6), 'incomparable'],
  // Dates: at the coarser precision of the two.
  ['March 24, 2025', day(2025, 3, 24), 'agree'],
  ['March 25, 2025', day(2025, 3, 24), 'conflict'],
  ['March 2025', day(2025, 3, 24), 'agree'],
  ['April 2025', day(2025, 3, 24), 'conflict'],
  ['in 2024', day(2025, 3, 24), 'conflict'],
  ['in 2025', day(2025, 3, 24), 'agree'],
  ['2025年3月24日', month(2025, 3), 'agree'],
  ['2025年3月24日', year(2024), 'conflict'],
  ['令和7年3月24日', day(2025, 3, 24), 'agree'],
  ['令和元年', year(2019), 'agree'],
  ['FY2024', year(2024), 'agree'],
  // A date without a year: by month and day only, and nothing against a year.
  ['March 24', day(2025, 3, 24), 'agree'],
  ['March 25', day(2025, 3, 24), 'conflict'],
  ['April 24', month(2025, 3), 'conflict'],
  ['3月24日', month(2025, 3), 'agree'],
  ['3月24日', year(2025), 'incomparable'],
  ['24日', day(2025, 3, 24), 'agree'],
  ['19日', day(2025, 3, 24), 'conflict'],
  ['19日', month(2025, 3), 'incomparable'],
  // Anything else.
  ['March 24, 2025', q(2025), 'incomparable'],
  ['240 personnel', day(2025, 3, 24), 'incomparable'],
  ['240 personnel', { kind: 'entity', id: 'joc' }, 'incomparable'],
  ['240 personnel', { kind: 'text', text: { en: '240' } }, 'incomparable'],
];

function only(text: string): ParsedValue {
  const found = findValues(text);
  assert.equal(found.length, 1, `one value in ${JSON.stringify(text)}: ${JSON.stringify(found.map((v) => v.text))}`);
  return found[0]!;
}

describe('compareValue', () => {
  for (const [text, expected, verdict] of cases) {
    it(`${JSON.stringify(text)} vs ${JSON.stringify(expected)} → ${verdict}`, () => {
      assert.equal(compareValue(only(text), expected), verdict);
    });
  }
});
