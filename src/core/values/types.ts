// Types of the values module. `ParsedValue` extends the shared `FoundValue` with what comparing
// and rewriting a value needs: how precise the writing was, bounds, and how it was written.

import type { FoundValue } from '../model';

/** How the digits of a number were written. Replacements use half-width for both Arabic kinds. */
export type DigitStyle = 'ascii' | 'fullwidth' | 'kanji' | 'kanjiPositional';

/** How an amount (a quantity's or money's number) was written, to write another one the same way. */
export interface NumStyle {
  digits: DigitStyle;
  /** Thousands separators were written (`1,200`); `false` with 4+ integer digits means none are wanted. */
  grouped: boolean;
  /** Integer digits of the first Arabic part, as evidence for grouping (`1200` → 4). */
  intDigits: number;
  /**
   * Decimals to write at least: those written when they end in 0 (`10.50` → 2, a fixed
   * precision), else 0 (`10.5` → `12`, not `12.0`).
   */
  decimals: number;
  /** Japanese myriad scale: `compound` for `1兆2000億`/`105億`, `decimal` for `10.5億`. */
  ja?: 'compound' | 'decimal';
  /** For `ja: 'decimal'`: the factor of its 万/億/兆. */
  jaFactor?: number;
  /** English scale word as written, with what separated it from the digits (` million`, `bn`). */
  en?: { factor: number; text: string };
  /** The amount stands in Japanese text (decides grouping when nothing else does). */
  japanese: boolean;
}

/** Levels of a date that a replacement drops when it writes a less precise date. */
export type DateLevel = 'month' | 'day';

/** Literal text of a value: kept as is, or dropped with its date level or its bound. */
export interface TextSegment {
  type: 'text';
  text: string;
  level?: DateLevel;
  /** A bound marker (`more than `, `以上`); a replacement leaves it out. */
  bound?: boolean;
  /** The year again in the other calendar, in brackets (「(令和6年)」 after 2024年): a replacement writes it for its own year. */
  yearAside?: boolean;
  /** The rest of a span of days ("-29" in "July 28-29, 2024"): a replacement names one day and leaves it out. */
  span?: boolean;
}

export interface AmountSegment {
  type: 'amount';
  text: string;
  style: NumStyle;
}

export interface DateFieldSegment {
  type: 'year' | 'month' | 'day';
  text: string;
  level?: DateLevel;
  digits: DigitStyle;
  /** Width to zero-pad to (`03` → 2); 0 for none. */
  pad: number;
  /** A year written with its last two digits only (「24年7月」): rewritten the same way. */
  twoDigit?: boolean;
  /** For an English month name: `March`, `Mar`, `Mar.`; all capitals when `upper`. */
  monthName?: 'long' | 'short' | 'shortDot';
  upper?: boolean;
  /** An English ordinal suffix on the day (`24th`). */
  ordinal?: boolean;
}

/** A Japanese era name (`令和`); the replacement writes the era of the expected date. */
export interface EraSegment {
  type: 'era';
  text: string;
}

/** The year within an era; `gannen` when written `元`. */
export interface EraYearSegment {
  type: 'eraYear';
  text: string;
  digits: DigitStyle;
  gannen: boolean;
}

export type Segment = TextSegment | AmountSegment | DateFieldSegment | EraSegment | EraYearSegment;

/**
 * A value found in a sentence.
 *
 * Markers (`about`, `約`, `more than`, `以上`) are part of the range when they touch the value
 * (only spaces between); markers elsewhere are not markers. `formatReplacement` keeps the
 * approximation markers and drops the bound markers, so a fix never states a false bound.
 */
export interface ParsedValue extends FoundValue {
  /** `min`: the sentence says the true value is at least (or above) this; `max`: at most (or below). */
  bound?: 'min' | 'max';
  /** The bound excludes the number itself (`more than`, `超`, `未満`). */
  strict?: boolean;
  /** Written with a scale word (`million`, `bn`, `万`, `億`, `兆`). */
  scaled: boolean;
  /**
   * Half a unit of the last written digit, in the value's own unit, when the number was written
   * with decimals or a scale word (`71 million` → 500000, `10.5` → 0.05); 0 for a plain integer.
   */
  tolerance: number;
  /** How the value was written, in order; the segments' texts concatenate to `text`. */
  segments: Segment[];
}
