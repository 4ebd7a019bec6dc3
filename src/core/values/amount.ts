// An amount: a number with its scale (`71.2 million`, `$10bn`'s `10bn`, `105億`), the common core
// of quantities and money.

import { codeAt, isAsciiLetter, isCjk } from './chars';
import type { NumToken } from './numbers';
import type { Scan } from './scan';
import { matchTable, skipSpaces, skipSpacesBack } from './text';
import type { NumStyle } from './types';

export interface Amount {
  start: number;
  end: number;
  value: number;
  /** Value of one unit of the last written digit, after scaling. */
  lastUnit: number;
  /** Written with a scale word or 万/億/兆. */
  scaled: boolean;
  token: NumToken;
  style: NumStyle;
}

const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
];
/** Abbreviations that follow the digits directly, only after a currency (`$71.2m`, `$10bn`). */
const SCALE_ABBREV: ReadonlyArray<readonly [string, number]> = [
  ['k', 1e3], ['m', 1e6], ['mm', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12],
];
/** Abbreviations that may also stand after a space (`$10 bn`). */
const SCALE_ABBREV_SPACED: ReadonlyArray<readonly [string, number]> = [['mn', 1e6], ['bn', 1e9], ['tn', 1e12]];
const EXP: Readonly<Record<number, number>> = { 1e3: 3, 1e6: 6, 1e9: 9, 1e12: 12 };

/**
 * The amount starting at `i`, or undefined when no number starts there. `abbrev` allows the
 * short scale words that only make sense after a currency.
 */
export function readAmount(scan: Scan, i: number, abbrev: boolean): Amount | undefined {
  const token = scan.tokens.get(i);
  if (!token) return undefined;
  const { text } = scan;
  const before = codeAt(text, skipSpacesBack(text, i, 1) - 1);
  const after = codeAt(text, skipSpaces(text, token.end, 1));
  const style: NumStyle = {
    digits: token.digits,
    grouped: token.grouped,
    intDigits: token.intDigits,
    decimals: token.fixedDecimals ? token.decimals : 0,
    japanese: isCjk(before) || isCjk(after),
  };
  if (token.bigCount > 0) {
    if (token.bigCount === 1 && token.decimals > 0) {
      style.ja = 'decimal';
      style.jaFactor = token.bigFactor;
    } else {
      style.ja = 'compound';
    }
  }
  const amount: Amount = {
    start: i,
    end: token.end,
    value: token.value,
    lastUnit: token.lastUnit,
    scaled: token.bigCount > 0,
    token,
    style,
  };
  if (token.plain === undefined) return amount;

  let scale: { end: number; factor: number } | undefined;
  const j = skipSpaces(text, token.end, 1);
  const word = matchTable(text, j, SCALE_WORDS, true);
  if (word) scale = { end: word.end, factor: word.value };
  else if (abbrev) {
    const direct = matchTable(text, token.end, SCALE_ABBREV, true);
    const spaced = j > token.end ? matchTable(text, j, SCALE_ABBREV_SPACED, true) : undefined;
    const m = direct ?? spaced;
    // `m`, `b`, `k` must end the word: `$5m.` yes, `$5mm` no.
    if (m && !isAsciiLetter(codeAt(text, m.end))) scale = { end: m.end, factor: m.value };
  }
  if (!scale) return amount;
  const exp = EXP[scale.factor]!;
  style.en = { factor: scale.factor, text: text.slice(token.end, scale.end) };
  return {
    ...amount,
    end: scale.end,
    value: Number(`${token.plain}e${exp}`),
    lastUnit: Number(`1e${exp - token.decimals}`),
    scaled: true,
    style,
  };
}
