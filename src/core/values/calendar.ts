// Calendar facts: month names, days per month, Japanese eras. Pure data and arithmetic.

import type { DatePrecision } from '../model';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** A real calendar date (month and day optional). */
export function isValidDate(y: number, m?: number, d?: number): boolean {
  if (!Number.isInteger(y) || y < 1) return false;
  if (m === undefined) return d === undefined;
  if (!Number.isInteger(m) || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m);
}

export interface Era {
  name: string;
  /** First and last day, as [y, m, d]; the last is open for the current era. */
  start: readonly [number, number, number];
  end?: readonly [number, number, number];
}

/** Newest first. Year 1 of an era is the calendar year it started in. */
export const ERAS: readonly Era[] = [
  { name: '令和', start: [2019, 5, 1] },
  { name: '平成', start: [1989, 1, 8], end: [2019, 4, 30] },
  { name: '昭和', start: [1926, 12, 25], end: [1989, 1, 7] },
  { name: '大正', start: [1912, 7, 30], end: [1926, 12, 25] },
  { name: '明治', start: [1868, 1, 25], end: [1912, 7, 30] },
];

/** A date as one sortable number (2025-03-24 → 20250324). */
export function dayKey(y: number, m: number, d: number): number {
  return y * 10000 + m * 100 + d;
}

/** Whether the date (at its precision) overlaps the era. */
export function inEra(era: Era, y: number, m?: number, d?: number): boolean {
  const first = dayKey(y, m ?? 1, d ?? 1);
  const last = dayKey(y, m ?? 12, d ?? (m ? daysInMonth(y, m) : 31));
  const start = dayKey(...era.start);
  const end = era.end ? dayKey(...era.end) : Infinity;
  return last >= start && first <= end;
}

/**
 * The era to write a date in: the preferred one when the date falls in it (a document's own
 * `平成31年` stays 平成), else the newest era the date falls in.
 */
export function eraFor(y: number, m: number | undefined, d: number | undefined, preferred?: string): Era | undefined {
  const eras = ERAS.filter((e) => inEra(e, y, m, d));
  return eras.find((e) => e.name === preferred) ?? eras[0];
}

export const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2 };
