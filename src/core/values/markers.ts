// Approximation and bound markers around an amount: `about 240`, `約240人`, `more than 240`,
// `240人以上`. A marker counts only when it touches the value (spaces at most in between); it
// then becomes part of the value's range.

import { codeAt, isDigit, isKanji } from './chars';
import { isWordStart, matchTable, skipSpaces, skipSpacesBack } from './text';

export interface Marker {
  approximate?: boolean;
  bound?: 'min' | 'max';
  /** The bound excludes the number itself. */
  strict?: boolean;
}

const APPROX: Marker = { approximate: true };
const MIN: Marker = { bound: 'min' };
const MIN_STRICT: Marker = { bound: 'min', strict: true };
const MAX: Marker = { bound: 'max' };
const MAX_STRICT: Marker = { bound: 'max', strict: true };

/** English markers before the amount, lower case; a space must follow them. */
const EN_PREFIX: ReadonlyArray<readonly [string, Marker]> = [
  ['about', APPROX], ['around', APPROX], ['roughly', APPROX], ['approximately', APPROX],
  ['approx.', APPROX], ['approx', APPROX], ['some', APPROX], ['nearly', APPROX], ['almost', APPROX],
  ['an estimated', APPROX], ['estimated', APPROX], ['circa', APPROX], ['close to', APPROX],
  ['more than', MIN_STRICT], ['over', MIN_STRICT], ['in excess of', MIN_STRICT], ['greater than', MIN_STRICT],
  ['at least', MIN], ['upwards of', MIN], ['no fewer than', MIN], ['no less than', MIN], ['not less than', MIN],
  ['fewer than', MAX_STRICT], ['less than', MAX_STRICT], ['under', MAX_STRICT],
  ['up to', MAX], ['at most', MAX], ['no more than', MAX], ['not more than', MAX],
];

/** Japanese markers before the amount. */
const JA_PREFIX: ReadonlyArray<readonly [string, Marker]> = [
  ['約', APPROX], ['およそ', APPROX], ['凡そ', APPROX], ['概ね', APPROX], ['おおむね', APPROX], ['ほぼ', APPROX],
  ['最大', MAX], ['最大で', MAX], ['多くて', MAX], ['少なくとも', MIN], ['最低', MIN], ['最低でも', MIN],
];

/** Symbols before the amount; `~` only where it cannot be a range (`200~240`). */
const SYMBOL_PREFIX: ReadonlyArray<readonly [string, Marker]> = [['~', APPROX], ['～', APPROX], ['〜', APPROX], ['≈', APPROX]];

/** First characters of the non-English prefix markers, for a quick "could a marker start here" test. */
export const MARKER_PREFIX_STARTS: ReadonlySet<string> = new Set([...JA_PREFIX, ...SYMBOL_PREFIX].map(([p]) => p[0]!));

/** Japanese markers after the amount (and its counter or currency). */
const JA_SUFFIX: ReadonlyArray<readonly [string, Marker]> = [
  ['以上', MIN], ['を超える', MIN_STRICT], ['を超え', MIN_STRICT], ['超える', MIN_STRICT], ['超え', MIN_STRICT],
  ['超', MIN_STRICT], ['余り', MIN_STRICT], ['あまり', MIN_STRICT], ['余', MIN_STRICT], ['強', MIN_STRICT],
  ['以下', MAX], ['未満', MAX_STRICT], ['弱', MAX_STRICT], ['足らず', MAX_STRICT],
  ['ほど', APPROX], ['程度', APPROX], ['前後', APPROX], ['近く', APPROX], ['くらい', APPROX], ['ぐらい', APPROX],
];
/** One-kanji suffixes that start words too (`強化`, `超過`): they count only when no kanji follows. */
const SHORT_JA = new Set(['超', '余', '強', '弱']);

/** English markers after the amount, with their leading space. */
const EN_SUFFIX: ReadonlyArray<readonly [string, Marker]> = [
  [' or more', MIN], [' or greater', MIN], [' or so', APPROX], [' or fewer', MAX], [' or less', MAX],
];

export interface MarkerMatch {
  /** Range of the marker with the spaces that join it to the amount. */
  start: number;
  end: number;
  marker: Marker;
}

/** A marker at `i` followed by (at most two) spaces; `end` is where the amount must start. */
export function matchPrefixMarker(text: string, i: number): MarkerMatch | undefined {
  const sym = matchTable(text, i, SYMBOL_PREFIX, false);
  if (sym) {
    const prev = codeAt(text, skipSpacesBack(text, i, 1) - 1);
    if (isDigit(prev)) return undefined;
    return { start: i, end: skipSpaces(text, sym.end, 1), marker: sym.value };
  }
  const ja = matchTable(text, i, JA_PREFIX, false);
  if (ja) return { start: i, end: skipSpaces(text, ja.end, 1), marker: ja.value };
  if (!isWordStart(text, i)) return undefined;
  const en = matchTable(text, i, EN_PREFIX, true);
  if (!en) return undefined;
  const end = skipSpaces(text, en.end, 2);
  return end > en.end ? { start: i, end, marker: en.value } : undefined;
}

/** A marker right after an amount ending at `i` (one space allowed before a Japanese one). */
export function matchSuffixMarker(text: string, i: number): MarkerMatch | undefined {
  const en = matchTable(text, i, EN_SUFFIX, true);
  if (en) return { start: i, end: en.end, marker: en.value };
  const j = skipSpaces(text, i, 1);
  const ja = matchTable(text, j, JA_SUFFIX, false);
  if (!ja) return undefined;
  if (SHORT_JA.has(ja.text) && isKanji(codeAt(text, ja.end))) return undefined;
  return { start: i, end: ja.end, marker: ja.value };
}

/** Markers written between the number and its counter: `240+ personnel`, `240-odd`, `240余人`. */
const INFIX: ReadonlyArray<readonly [string, Marker]> = [['+', MIN], ['-plus', MIN], ['-odd', APPROX], ['余', MIN_STRICT]];

export function matchInfixMarker(text: string, i: number): MarkerMatch | undefined {
  const m = matchTable(text, i, INFIX, true);
  return m ? { start: i, end: m.end, marker: m.value } : undefined;
}

/** Combines two markers on one value: approximation adds up, the first bound wins. */
export function combine(a: Marker, b: Marker | undefined): Marker {
  if (!b) return a;
  const out: Marker = { approximate: Boolean(a.approximate || b.approximate) };
  const bound = a.bound ? a : b.bound ? b : undefined;
  if (bound?.bound) {
    out.bound = bound.bound;
    if (bound.strict) out.strict = true;
  }
  return out;
}
