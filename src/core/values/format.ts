// Writes the expected value the way the document wrote the found one: same digits (half-width
// for full-width, kanji for kanji), same scale word, same currency sign, same date layout and era.
// Approximation markers in the range are kept; bound markers are dropped, since `more than 240`
// would not state the expected 240. A date keeps its own precision when the expected one is more
// precise, and drops fields when it is less precise (`March 24, 2025` → `March 2025`).

import type { DateValue, ScalarValue } from '../model';
import { MONTH_NAMES, PRECISION_RANK, eraFor, type Era } from './calendar';
import { renderAmount, renderField } from './numberText';
import type { DateFieldSegment, DigitStyle, ParsedValue } from './types';
import { findValues } from './findValues';
import { yearOfTwoDigits } from './dates';
import { unitFactor } from './units';

function formatAmount(found: ParsedValue, amount: number): string | undefined {
  // 「1時間20分」 is two amounts in one: no one number to rewrite.
  if (!found.segments.some((s) => s.type === 'amount')) return undefined;
  let out = '';
  for (const seg of found.segments) {
    if (seg.type === 'text') {
      if (!seg.bound) out += seg.text;
    } else if (seg.type === 'amount') {
      const s = renderAmount(amount, seg.style);
      if (s === undefined) return undefined;
      out += s;
    } else {
      return undefined;
    }
  }
  out = out.trim();
  return out ? out : undefined;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function monthName(m: number, seg: DateFieldSegment): string {
  const full: string = MONTH_NAMES[m - 1]!;
  let s = full;
  if (seg.monthName === 'short' || seg.monthName === 'shortDot') {
    s = m === 9 && seg.text.startsWith('Sept') ? 'Sept' : full.slice(0, 3);
    if (seg.monthName === 'shortDot' && s !== full) s += '.';
  }
  return seg.upper ? s.toUpperCase() : s;
}

/** 「(令和6年)」「（2024年）」 rewritten for the expected year, in its own calendar, brackets and digits. */
// 「(平成23)」 before 年 (「2011(平成23)年」) has no 年 of its own.
function formatYearAside(text: string, expected: DateValue): string | undefined {
  const m = /^(\D*?)(令和|平成|昭和)?([0-9０-９]+|元)(年?)(.*)$/.exec(text);
  if (!m) return undefined;
  const [, open, eraName, digits, nen, close] = m;
  const style: DigitStyle = /[０-９]/.test(digits!) ? 'fullwidth' : 'ascii';
  if (!eraName) return `${open}${renderField(expected.year, style, 0)}${nen}${close}`;
  const era = eraFor(expected.year, expected.month, expected.day, eraName);
  if (!era) return undefined;
  const n = expected.year - era.start[0] + 1;
  return `${open}${era.name}${n === 1 ? '元' : renderField(n, style, 0)}${nen}${close}`;
}

function formatDate(found: ParsedValue, f: DateValue, expected: DateValue): string | undefined {
  const rank = Math.min(PRECISION_RANK[f.precision] ?? 0, PRECISION_RANK[expected.precision] ?? 0);
  const month = rank >= 1 ? expected.month : undefined;
  const day = rank >= 2 ? expected.day : undefined;
  if ((rank >= 1 && month === undefined) || (rank >= 2 && day === undefined)) return undefined;
  // `元` carries no digit style; other fields of the date tell whether to write 3 or 三.
  const otherDigits: DigitStyle =
    found.segments.find((s): s is DateFieldSegment => s.type === 'month' || s.type === 'day')?.digits ?? 'ascii';
  let era: Era | undefined;
  let out = '';
  for (const seg of found.segments) {
    if ('level' in seg && seg.level && PRECISION_RANK[seg.level] > rank) continue;
    let s: string | undefined;
    switch (seg.type) {
      case 'text':
        if (seg.span) continue;
        s = seg.yearAside ? formatYearAside(seg.text, expected) : seg.text;
        break;
      case 'amount':
        return undefined;
      case 'era':
        era = eraFor(expected.year, month, day, seg.text);
        s = era?.name;
        break;
      case 'eraYear': {
        if (!era) return undefined;
        const n = expected.year - era.start[0] + 1;
        // Year 1 of an era is written 元年, whatever the digits of the found year.
        s = n === 1 ? '元' : renderField(n, seg.gannen ? otherDigits : seg.digits, 0);
        break;
      }
      case 'year':
        // Two digits read back as a year only before a month, and only as the years yearOfTwoDigits gives (「24年7月」): otherwise the year is written in full.
        s = seg.twoDigit && expected.month !== undefined && yearOfTwoDigits(expected.year % 100) === expected.year ? renderField(expected.year % 100, seg.digits, 2) : renderField(expected.year, seg.digits, seg.twoDigit ? 0 : seg.pad);
        break;
      case 'month':
        s = seg.monthName ? monthName(month!, seg) : renderField(month!, seg.digits, seg.pad);
        break;
      case 'day':
        s = renderField(day!, seg.digits, seg.pad);
        if (s !== undefined && seg.ordinal) s += ordinalSuffix(day!);
        break;
    }
    if (s === undefined) return undefined;
    out += s;
  }
  // "in March" → "May": a month alone must read as a date where it stands (after "in"), or it is no
  // replacement to offer; the warning stands without a quick fix.
  if (out && f.yearless && findValues(out).length !== 1 && findValues(`in ${out}`).length !== 1) return undefined;
  return out || undefined;
}

/**
 * The text that should replace `found.text` so the sentence states `expected` in the document's
 * own format, or undefined when that cannot be done faithfully (other kind, other currency,
 * incompatible unit, a non-integer in kanji, a date outside the known eras).
 */
export function formatReplacement(found: ParsedValue, expected: ScalarValue): string | undefined {
  const f = found.value;
  if (!Array.isArray(found.segments) || found.segments.length === 0) return undefined;
  if (f.kind === 'date' && expected.kind === 'date') return formatDate(found, f, expected);
  if (f.kind === 'quantity' && expected.kind === 'quantity') {
    const factor = unitFactor(expected.unit, f.unit);
    if (factor === undefined || !Number.isFinite(expected.amount)) return undefined;
    const amount = expected.amount * factor;
    // 85 minutes in hours is 1.41666…: no faithful way to write it.
    if (factor !== 1 && Number(amount.toFixed(3)) !== Number(amount.toPrecision(12))) return undefined;
    return formatAmount(found, factor === 1 ? amount : Number(amount.toPrecision(12)));
  }
  if (f.kind === 'money' && expected.kind === 'money') {
    if (f.currency.toUpperCase() !== String(expected.currency).toUpperCase()) return undefined;
    return formatAmount(found, expected.amount);
  }
  return undefined;
}
