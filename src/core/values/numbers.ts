// Reading numbers: Arabic (ASCII or full-width, with separators and decimals), kanji numerals,
// and the Japanese myriad scale (万/億/兆) on either. One left-to-right pass over the text finds
// every number once; the other scanners only look numbers up by their start.

import { codeAt, digitValue, isCjk, isDigit, isSpace, isWideDigit } from './chars';
import { skipSpaces, skipSpacesBack } from './text';
import type { DigitStyle } from './types';

/** A number written in the text. */
export interface NumToken {
  start: number;
  end: number;
  value: number;
  /** Value of one unit of the last written digit: 1 for `240`, 0.1 for `10.5`, 1e8 for `105億`. */
  lastUnit: number;
  /** Decimals of the last Arabic part. */
  decimals: number;
  /** Its decimals end in 0 (`10.50`): a fixed number of decimals was wanted. */
  fixedDecimals: boolean;
  digits: DigitStyle;
  /** Thousands separators were written. */
  grouped: boolean;
  /** Integer digits of the first Arabic part (0 for kanji). */
  intDigits: number;
  /** How many of 万/億/兆 were written, and the factor of the last one. */
  bigCount: number;
  bigFactor: number;
  /** Digits were separated by single spaces (PDF-extracted Japanese). */
  spaced: boolean;
  /** For one plain Arabic number (no 万/億/兆, no kanji): its decimal string in ASCII (`10.5`). */
  plain?: string;
}

export const KANJI_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const SMALL: Readonly<Record<string, number>> = { '十': 10, '百': 100, '千': 1000 };
const BIG: Readonly<Record<string, number>> = { '万': 1e4, '億': 1e8, '兆': 1e12 };
const BIG_EXP: Readonly<Record<number, number>> = { 1e4: 4, 1e8: 8, 1e12: 12 };

function isPoint(c: number): boolean {
  return c === 0x2e || c === 0xff0e;
}

function isSeparator(c: number): boolean {
  return c === 0x2c || c === 0xff0c;
}

export function isKanjiNumeral(ch: string): boolean {
  return isKanjiNumeralCode(ch.charCodeAt(0));
}

/** The kanji numerals' code units, from the tables above: scanNumbers asks of every character. */
const KANJI_NUMERAL_CODES = new Set([...Object.keys(KANJI_DIGITS), ...Object.keys(SMALL)].map((k) => k.charCodeAt(0)));

function isKanjiNumeralCode(c: number): boolean {
  return c >= 0x3007 && KANJI_NUMERAL_CODES.has(c);
}

interface Arabic {
  end: number;
  str: string;
  decimals: number;
  grouped: boolean;
  intDigits: number;
  wide: boolean;
  spaced: boolean;
  /** End of a run of spaced digits that was not merged (not Japanese context), to skip re-trying it. */
  rejectedRunEnd?: number;
}

/** Reads an Arabic number at `i` (which holds a digit). */
function readArabic(text: string, i: number, allowSpaced: boolean): Arabic {
  let j = i;
  let str = '';
  let wide = false;
  let c: number;
  while ((c = codeAt(text, j)) >= 0 && isDigit(c)) {
    str += String(digitValue(c));
    if (isWideDigit(c)) wide = true;
    j++;
  }
  let grouped = false;
  // Separators only between groups of exactly three digits: `1,200`, not `24, 2025` or `1,2`.
  if (j - i <= 3) {
    while (
      isSeparator(codeAt(text, j)) &&
      isDigit(codeAt(text, j + 1)) &&
      isDigit(codeAt(text, j + 2)) &&
      isDigit(codeAt(text, j + 3)) &&
      !isDigit(codeAt(text, j + 4))
    ) {
      for (let k = j + 1; k <= j + 3; k++) str += String(digitValue(text.charCodeAt(k)));
      j += 4;
      grouped = true;
    }
  }
  const intDigits = str.length;
  let decimals = 0;
  if (isPoint(codeAt(text, j)) && isDigit(codeAt(text, j + 1))) {
    str += '.';
    j++;
    while (isDigit((c = codeAt(text, j)))) {
      str += String(digitValue(c));
      j++;
      decimals++;
    }
  }
  const single: Arabic = { end: j, str, decimals, grouped, intDigits, wide, spaced: false };
  if (!allowSpaced || j !== i + 1) return single;

  // PDF text spaces every character: `3 0 日`. Merge single digits separated by single spaces,
  // but only next to Japanese text, where such spacing cannot be a list of numbers.
  let k = j;
  let merged = str;
  let mDecimals = 0;
  let afterPoint = false;
  for (;;) {
    if (isSpace(codeAt(text, k)) && isDigit(codeAt(text, k + 1)) && !isDigit(codeAt(text, k + 2))) {
      merged += String(digitValue(text.charCodeAt(k + 1)));
      if (afterPoint) mDecimals++;
      k += 2;
      continue;
    }
    if (
      !afterPoint &&
      isSpace(codeAt(text, k)) &&
      isPoint(codeAt(text, k + 1)) &&
      isSpace(codeAt(text, k + 2)) &&
      isDigit(codeAt(text, k + 3)) &&
      !isDigit(codeAt(text, k + 4))
    ) {
      merged += '.';
      afterPoint = true;
      k += 2;
      continue;
    }
    break;
  }
  if (k === j) return single;
  const before = codeAt(text, skipSpacesBack(text, i, 1) - 1);
  const after = codeAt(text, skipSpaces(text, k, 1));
  if (!isCjk(before) && !isCjk(after)) return { ...single, rejectedRunEnd: k };
  return {
    end: k,
    str: merged,
    decimals: mDecimals,
    grouped: false,
    intDigits: afterPoint ? merged.indexOf('.') : merged.length,
    wide,
    spaced: true,
  };
}

type Atom = 'none' | 'arabic' | 'kdigit' | 'small' | 'big';

/** Reads the number starting at `i`, or undefined when none starts there. */
function scanAt(text: string, i: number, allowSpaced: boolean): { token: NumToken; rejectedRunEnd?: number } | undefined {
  let total = 0;
  let section = 0;
  let cur: number | undefined;
  let curStr: string | undefined;
  let unit = 1;
  let lastBig = Infinity;
  let lastSmall = Infinity;
  let last: Atom = 'none';
  let positional = false;
  let arabicSeen = 0;
  let wide = false;
  let kanjiSeen = false;
  let grouped = false;
  let intDigits = 0;
  let decimals = 0;
  let curLast: string | undefined;
  let spaced = false;
  let bigCount = 0;
  let bigFactor = 0;
  let rejectedRunEnd: number | undefined;
  let end = i;
  let j = i;

  for (;;) {
    const c = codeAt(text, j);
    if (c < 0) break;
    const ch = text[j]!;
    if (isDigit(c)) {
      if (last !== 'none' && last !== 'big') break;
      const a = readArabic(text, j, allowSpaced && last === 'none');
      // Decimals only lead a myriad number (`1.5万`); `1兆10.5` is two numbers.
      if (last === 'big' && a.decimals > 0) break;
      if (a.rejectedRunEnd !== undefined) rejectedRunEnd = a.rejectedRunEnd;
      cur = Number(a.str);
      curStr = a.str;
      unit = Math.pow(10, -a.decimals);
      decimals = a.decimals;
      curLast = a.str[a.str.length - 1];
      if (arabicSeen === 0) intDigits = a.intDigits;
      arabicSeen++;
      grouped ||= a.grouped;
      wide ||= a.wide;
      spaced ||= a.spaced;
      j = end = a.end;
      last = 'arabic';
      continue;
    }
    const kd = KANJI_DIGITS[ch];
    if (kd !== undefined) {
      if (last === 'arabic') break;
      if (last === 'kdigit') {
        // Digit by digit (`二〇二五`) only for a whole number without 十/百/千/万.
        if (total > 0 || section > 0 || lastSmall !== Infinity) break;
        positional = true;
        cur = cur! * 10 + kd;
      } else {
        cur = kd;
      }
      curStr = undefined;
      unit = 1;
      kanjiSeen = true;
      j = end = j + 1;
      last = 'kdigit';
      continue;
    }
    const sm = SMALL[ch];
    if (sm !== undefined) {
      if (positional || sm >= lastSmall) break;
      if (last === 'arabic' && sm !== 1000) break; // `3千` is written; `3百` is not
      if (cur !== undefined && (!Number.isInteger(cur) || cur >= 10 || cur === 0)) break;
      section += (cur ?? 1) * sm;
      unit = sm;
      cur = undefined;
      curStr = undefined;
      lastSmall = sm;
      kanjiSeen = true;
      j = end = j + 1;
      last = 'small';
      continue;
    }
    // 万/億/兆, after a space too when it follows Arabic digits (`1 0 5 億`).
    const k = isSpace(c) && last === 'arabic' ? j + 1 : j;
    const bg = BIG[text[k] ?? ''];
    if (bg !== undefined) {
      if (last === 'none' || last === 'big' || positional || bg >= lastBig) break;
      const exp = BIG_EXP[bg]!;
      const part = curStr !== undefined ? Number(`${curStr}e${exp}`) : (cur ?? 0) * bg;
      if (section + (cur ?? 0) <= 0) break;
      total += section * bg + part;
      unit *= bg;
      section = 0;
      cur = undefined;
      curStr = undefined;
      lastSmall = Infinity;
      lastBig = bg;
      bigCount++;
      bigFactor = bg;
      j = end = k + 1;
      last = 'big';
      continue;
    }
    break;
  }
  if (last === 'none') return undefined;
  const value = total + section + (cur ?? 0);
  const digits: DigitStyle = arabicSeen > 0 ? (wide ? 'fullwidth' : 'ascii') : positional ? 'kanjiPositional' : 'kanji';
  const plainArabic = arabicSeen === 1 && !kanjiSeen && bigCount === 0;
  const token: NumToken = {
    start: i,
    end,
    value,
    lastUnit: unit,
    decimals,
    fixedDecimals: decimals > 0 && curLast === '0',
    digits,
    grouped,
    intDigits,
    bigCount,
    bigFactor,
    spaced,
  };
  if (plainArabic && curStr !== undefined) token.plain = curStr;
  return rejectedRunEnd !== undefined ? { token, rejectedRunEnd } : { token };
}

/** Every number in `text`, in order, keyed by start offset. Linear in the text length. */
export function scanNumbers(text: string): Map<number, NumToken> {
  const tokens = new Map<number, NumToken>();
  let noSpacedUntil = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || isKanjiNumeralCode(c)) {
      const r = scanAt(text, i, i >= noSpacedUntil);
      if (r) {
        if (r.rejectedRunEnd !== undefined) noSpacedUntil = r.rejectedRunEnd;
        tokens.set(i, r.token);
        i = r.token.end > i ? r.token.end : i + 1;
        continue;
      }
    }
    i++;
  }
  return tokens;
}

/** The number that `text` consists of, or undefined (`1,200`, `１０．５`, `二百五十`, `1兆2000億`). */
export function parseNumber(text: string): number | undefined {
  const t = scanNumbers(text).get(0);
  return t && t.end === text.length ? t.value : undefined;
}
