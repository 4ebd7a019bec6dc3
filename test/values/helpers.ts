// Shared helpers of the values tests: a compact, JSON-friendly view of a found value.

import type { ScalarValue } from '../../src/core/model';
import type { ParsedValue } from '../../src/core/values';

export interface Seen {
  text: string;
  value: ScalarValue;
  approximate?: true;
  bound?: 'min' | 'max';
  strict?: true;
}

/** What a table states about a found value: its text, value and markers (not offsets or segments). */
export function seen(v: ParsedValue): Seen {
  const out: Seen = { text: v.text, value: v.value };
  if (v.approximate) out.approximate = true;
  if (v.bound) out.bound = v.bound;
  if (v.strict) out.strict = true;
  return out;
}

// Value builders, to keep the tables short.
export const q = (amount: number, unit?: string): ScalarValue =>
  unit === undefined ? { kind: 'quantity', amount } : { kind: 'quantity', amount, unit };
export const money = (amount: number, currency: string): ScalarValue => ({ kind: 'money', amount, currency });
export const day = (year: number, month: number, d: number): ScalarValue => ({ kind: 'date', year, month, day: d, precision: 'day' });
export const month = (year: number, m: number): ScalarValue => ({ kind: 'date', year, month: m, precision: 'month' });
export const year = (y: number): ScalarValue => ({ kind: 'date', year: y, precision: 'year' });
/** A date written without a year: `March 24`, `3月`. */
export const yearless = (m: number, d?: number): ScalarValue =>
  d === undefined ? { kind: 'date', year: 0, month: m, precision: 'month', yearless: true } : { kind: 'date', year: 0, month: m, day: d, precision: 'day', yearless: true };
