// Whether a value written in a sentence agrees with a dataset value.
//
// Precision rules:
// - A plain integer (`240`, `二百四十`) must match exactly.
// - A number written with decimals or a scale word may be off by half a unit of its last written
//   digit: `71 million` agrees with 71.2 million (±0.5 million), `10 billion` agrees with 10.5
//   billion (±0.5 billion, the edge included), `10.5 billion` with 10.54 billion, `3万` with
//   34,999 (±5,000).
// - An approximate value (`about`, `約`) may be off by 10% of the expected value, or the above
//   if that is larger.
// - A bound (`more than 240`, `240人以下`) conflicts only when the expected value lies on the wrong
//   side of it; a strict bound also conflicts with the number itself when it has no tolerance.
// - Dates compare at the coarser precision of the two.

import type { DateValue, ScalarValue } from '../model';
import { PRECISION_RANK } from './calendar';
import type { ParsedValue } from './types';
import { unitFactor } from './units';

export type Comparison = 'agree' | 'conflict' | 'incomparable';

function compareAmounts(found: ParsedValue, amount: number, tolerance: number, expected: number): Comparison {
  if (!Number.isFinite(amount) || !Number.isFinite(expected)) return 'incomparable';
  let tol = Number.isFinite(tolerance) ? tolerance : 0;
  if (found.approximate) tol = Math.max(tol, Math.abs(expected) * 0.1);
  // Float noise only: 71.2e6 computed two ways may differ in the last bit.
  const eps = 1e-9 * Math.max(Math.abs(amount), Math.abs(expected), 1);
  if (found.bound === 'min') {
    if (expected < amount - tol - eps) return 'conflict';
    if (found.strict && tol === 0 && Math.abs(expected - amount) <= eps) return 'conflict';
    return 'agree';
  }
  if (found.bound === 'max') {
    if (expected > amount + tol + eps) return 'conflict';
    if (found.strict && tol === 0 && Math.abs(expected - amount) <= eps) return 'conflict';
    return 'agree';
  }
  return Math.abs(expected - amount) <= tol + eps ? 'agree' : 'conflict';
}

function compareDates(found: DateValue, expected: DateValue): Comparison {
  if (found.yearless && expected.yearless) {
    // Two dates of unknown years: whatever both name must be the same.
    if (found.month !== undefined && expected.month !== undefined && found.month !== expected.month) return 'conflict';
    if (found.day !== undefined && expected.day !== undefined && found.day !== expected.day) return 'conflict';
    return 'agree';
  }
  if (found.yearless) {
    // Only the month and day were written: they say nothing against a year-only value.
    if (expected.precision === 'year' || expected.month === undefined) return 'incomparable';
    // A day alone (「24日」) names no month: only the day can differ.
    if (found.month === undefined) return expected.precision !== 'day' ? 'incomparable' : found.day !== expected.day ? 'conflict' : 'agree';
    if (found.month !== expected.month) return 'conflict';
    if (found.precision === 'day' && expected.precision === 'day' && found.day !== expected.day) return 'conflict';
    return 'agree';
  }
  const rank = Math.min(PRECISION_RANK[found.precision] ?? 0, PRECISION_RANK[expected.precision] ?? 0);
  if (found.year !== expected.year) return 'conflict';
  if (rank >= 1 && found.month !== expected.month) return 'conflict';
  if (rank >= 2 && found.day !== expected.day) return 'conflict';
  return 'agree';
}

/**
 * A date that disagrees with `expected` in exactly one of the parts both name, where they name two
 * or more (「4月30日」 for March 30, 2024 for a 2023 July): the look of a wrong date for the same
 * event rather than of another event, which would differ in more. A day or a month alone is never
 * one: it has nothing else to agree on.
 */
export function nearMissDate(found: ParsedValue, expected: ScalarValue): boolean {
  const f = found.value;
  if (f.kind !== 'date' || expected.kind !== 'date') return false;
  const rank = Math.min(PRECISION_RANK[f.precision] ?? 0, PRECISION_RANK[expected.precision] ?? 0);
  const parts: Array<[number | undefined, number | undefined]> = [];
  if (!f.yearless && !expected.yearless) parts.push([f.year, expected.year]);
  if (rank >= 1) parts.push([f.month, expected.month]);
  if (rank >= 2) parts.push([f.day, expected.day]);
  const named = parts.filter(([a, b]) => a !== undefined && b !== undefined);
  const differing = named.filter(([a, b]) => a !== b);
  if (named.length < 2 || differing.length !== 1) return false;
  // The same month of another year is as often the yearly meeting of that year (the April summit
  // of 2021 and of 2024): a year alone is a near miss only when the day agrees too.
  return differing[0] !== parts[0] || rank >= 2;
}

/** How many of a date's parts (year, month, day, as both write them) agree with `expected`'s. */
export function agreeingDateParts(found: ParsedValue, expected: ScalarValue): number {
  const f = found.value;
  if (f.kind !== 'date' || expected.kind !== 'date') return 0;
  const rank = Math.min(PRECISION_RANK[f.precision] ?? 0, PRECISION_RANK[expected.precision] ?? 0);
  let n = !f.yearless && !expected.yearless && f.year === expected.year ? 1 : 0;
  if (rank >= 1 && f.month !== undefined && f.month === expected.month) n++;
  if (rank >= 2 && f.day !== undefined && f.day === expected.day) n++;
  return n;
}

/**
 * A date near enough to `expected` to be the same meeting told wrong, when the sentence names the
 * meeting's people too: besides the near misses above, a month without a year one month off
 * ("March 10" for the summit of April 2024) and the same month a year off ("July 2023" for July
 * 2024). Without the people these are as often another meeting of the same kind; with them, the
 * same people meeting again a month or a year apart is the rarer story.
 */
export function nearMissDateOfPeople(found: ParsedValue, expected: ScalarValue): boolean {
  // (One step off only: the same people meet again months later, 「2025年5月末、シンガポールで…会談」.)
  if (nearMissDateByOneStep(found, expected)) return true;
  const f = found.value;
  if (f.kind !== 'date' || expected.kind !== 'date') return false;
  // "the 2023 Security Consultative Committee", with its two ministers named: a year alone, the event's or one off.
  if (f.precision === 'year' && !f.yearless && !expected.yearless && expected.month !== undefined) return Math.abs(f.year - expected.year) <= 1;
  if (f.month === undefined || expected.month === undefined) return false;
  if (f.yearless) return !expected.yearless && Math.abs(f.month - expected.month) === 1;
  return !expected.yearless && f.month === expected.month && Math.abs(f.year - expected.year) === 1;
}

/**
 * A near miss by one step: one part of the date off by one year, one month or a few days, the
 * others agreeing. Leaders of two countries meet several times a year; only a date this close to
 * the dataset's, with nothing else to tell the meeting by, is that meeting told wrong.
 */
export function nearMissDateByOneStep(found: ParsedValue, expected: ScalarValue): boolean {
  if (!nearMissDate(found, expected)) return false;
  const f = found.value;
  if (f.kind !== 'date' || expected.kind !== 'date') return false;
  if (!f.yearless && !expected.yearless && f.year !== expected.year) return Math.abs(f.year - expected.year) === 1;
  if (f.month !== undefined && expected.month !== undefined && f.month !== expected.month) return Math.abs(f.month - expected.month) === 1;
  return f.day !== undefined && expected.day !== undefined && Math.abs(f.day - expected.day) <= 7;
}

export function compareValue(found: ParsedValue, expected: ScalarValue): Comparison {
  const f = found.value;
  if (f.kind === 'date' && expected.kind === 'date') return compareDates(f, expected);
  if (f.kind === 'quantity' && expected.kind === 'quantity') {
    // Compare in the expected unit: `1.5 hours` is 90 minutes.
    const factor = unitFactor(f.unit, expected.unit);
    if (factor === undefined) return 'incomparable';
    return compareAmounts(found, f.amount * factor, found.tolerance * factor, expected.amount);
  }
  if (f.kind === 'money' && expected.kind === 'money') {
    if (f.currency.toUpperCase() !== String(expected.currency).toUpperCase()) return 'incomparable';
    return compareAmounts(found, f.amount, found.tolerance, expected.amount);
  }
  return 'incomparable';
}
