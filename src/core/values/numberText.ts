// Writing numbers back in a document's own style: kanji, Japanese myriads (105億), English scale
// words, thousands separators. The inverse of numbers.ts, used by replacements.

import type { DigitStyle, NumStyle } from './types';

const KANJI = '〇一二三四五六七八九';
const MYRIADS: ReadonlyArray<readonly [number, string]> = [[1e12, '兆'], [1e8, '億'], [1e4, '万']];
const BIG_CHAR: Readonly<Record<number, string>> = { 1e4: '万', 1e8: '億', 1e12: '兆' };

/** Kanji for 0 < n < 10000 with 千/百/十 (`二百四十`); 1 is left out before them (`千二百`). */
function kanjiBelowMyriad(n: number): string {
  let s = '';
  for (const [m, ch] of [[1000, '千'], [100, '百'], [10, '十']] as const) {
    const d = Math.floor(n / m) % 10;
    if (d > 0) s += (d === 1 ? '' : KANJI[d]) + ch;
  }
  const d = n % 10;
  if (d > 0) s += KANJI[d];
  return s;
}

/** Kanji numeral for a safe integer ≥ 0 (`二百四十`, `一兆二千億`), else undefined. */
export function toKanji(n: number): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  if (n === 0) return '〇';
  let s = '';
  let rest = n;
  for (const [m, ch] of MYRIADS) {
    const g = Math.floor(rest / m);
    if (g > 0) s += kanjiBelowMyriad(g) + ch;
    rest -= g * m;
  }
  return s + kanjiBelowMyriad(rest);
}

/** Digit-by-digit kanji (`二〇二五`) for a safe integer ≥ 0. */
export function toKanjiPositional(n: number): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  return String(n).replace(/[0-9]/g, (d) => KANJI[Number(d)]!);
}

function group(int: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return out;
}

/**
 * `v` in plain decimal notation with at least `minDecimals` decimals and no float noise
 * (`71.2`, not `71.20000000000001`); undefined when it would need exponent notation.
 */
export function formatDecimal(v: number, minDecimals: number, grouped: boolean): string | undefined {
  if (!Number.isFinite(v) || v < 0 || v >= 1e21) return undefined;
  if (v !== 0 && v < 1e-6) return undefined;
  const s = String(Number(v.toPrecision(15)));
  if (s.includes('e')) return undefined;
  const [int = '0', frac = ''] = s.split('.');
  const f = frac.padEnd(minDecimals, '0');
  return (grouped ? group(int) : int) + (f ? '.' + f : '');
}

/** `1兆2000億`, `105億`, `7120万`, `240` for a safe integer ≥ 0. */
export function formatMyriads(n: number, grouped: boolean): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  if (n === 0) return '0';
  let s = '';
  let rest = n;
  for (const [m, ch] of MYRIADS) {
    const g = Math.floor(rest / m);
    if (g > 0) s += (grouped ? group(String(g)) : String(g)) + ch;
    rest -= g * m;
  }
  return rest > 0 ? s + (grouped ? group(String(rest)) : String(rest)) : s;
}

/** Whether to write thousands separators in an amount written in `style`. */
function wantsGrouping(style: NumStyle): boolean {
  if (style.grouped) return true;
  if (style.intDigits >= 4) return false; // `1200` was written without them
  return !style.japanese; // no evidence: English usage groups, Japanese usage mostly does not
}

/** ASCII digits as full-width ones (「３００人」 is fixed to 「２４０人」, not 「240人」). */
function widen(s: string | undefined, digits: DigitStyle): string | undefined {
  return s === undefined || digits !== 'fullwidth' ? s : s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Writes `n` as the amount in `style` would have been written; undefined when it cannot be. */
export function renderAmount(n: number, style: NumStyle): string | undefined {
  return widen(renderAsciiAmount(n, style), style.digits);
}

function renderAsciiAmount(n: number, style: NumStyle): string | undefined {
  if (!Number.isFinite(n) || n < 0) return undefined;
  const digits: DigitStyle = style.digits;
  if (digits === 'kanji') return toKanji(n);
  if (digits === 'kanjiPositional') return toKanjiPositional(n);
  const grouped = wantsGrouping(style);
  if (style.en) {
    const s = formatDecimal(n / style.en.factor, style.decimals, grouped);
    return s === undefined ? undefined : s + style.en.text;
  }
  if (style.ja === 'decimal' && style.jaFactor) {
    const s = formatDecimal(n / style.jaFactor, style.decimals, grouped);
    return s === undefined ? undefined : s + BIG_CHAR[style.jaFactor];
  }
  if (style.ja === 'compound' && Number.isInteger(n)) return formatMyriads(n, style.grouped);
  return formatDecimal(n, style.decimals, grouped);
}

/** A date field's number (year, month, day) in `digits`, zero-padded to `pad`. */
export function renderField(n: number, digits: DigitStyle, pad: number): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  if (digits === 'kanji') return toKanji(n);
  if (digits === 'kanjiPositional') return toKanjiPositional(n);
  return widen(String(n).padStart(pad, '0'), digits);
}
