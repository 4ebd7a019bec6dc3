// 「同日」「同年3月24日」「同月10日」: a date told by pointing back at the last one written. Japanese
// news writes a date once and then refers to it; read alone, 「同年3月24日」 would be any year's
// March 24, and 「同日発足の統合作戦司令部」 would have no date at all.

import { findValues, type ParsedValue } from '../values';
import type { DateValue } from '../model';
import type { SentenceRange } from './sentences';

/** How far before the sentence the date pointed back at may be written. */
const LOOK_BACK = 400;
// (「同じ日」「同じ年」: the same in words.)
const SAME = /同じ?(年|月|日)/g;
/** A budget: pointers read per sentence. */
const MAX_POINTERS = 16;

/** The last date written in `text[from, to)` with at least what a pointer needs (a year for 同年, a month for 同月, a day for 同日). */
function lastDate(values: ParsedValue[], to: number, need: '年' | '月' | '日'): DateValue | undefined {
  for (let k = values.length - 1; k >= 0; k--) {
    const v = values[k]!;
    if (v.end > to || v.value.kind !== 'date') continue;
    const d = v.value;
    if (need === '年' && d.yearless) continue;
    if (need === '月' && d.month === undefined) continue;
    if (need === '日' && d.day === undefined) continue;
    return d;
  }
  return undefined;
}

/**
 * The sentence's values with its pointers read: a date right after 同年 or 同月 takes the year (and
 * month) of the last date written before it; 同日 is the last day written. Values of the sentence
 * come first, then those of the text just before it (at most LOOK_BACK code units back).
 */
export function withSameDates(text: string, sentence: SentenceRange, values: ParsedValue[]): ParsedValue[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes('同')) return values;
  let earlier: ParsedValue[] | undefined;
  const previous = () => (earlier ??= findValues(text.slice(Math.max(0, sentence.start - LOOK_BACK), sentence.start)).map((v) => ({ ...v, start: v.start - Math.min(LOOK_BACK, sentence.start) + sentence.start, end: v.end - Math.min(LOOK_BACK, sentence.start) + sentence.start })));
  let out = values;
  let n = 0;
  for (const m of body.matchAll(SAME)) {
    if (++n > MAX_POINTERS) break;
    const at = sentence.start + m.index;
    const need = m[1] as '年' | '月' | '日';
    // 「同日付で」 dates a decision's effect, like 「3月24日付」: left as it is read elsewhere.
    if (need === '日' && text.startsWith('同日付', at)) continue;
    const pointed = lastDate(values, at, need) ?? lastDate(previous(), at, need);
    if (!pointed) continue;
    if (need === '日') {
      const end = at + m[0].length;
      if (out.some((v) => v.start < end && at < v.end)) continue;
      out = [...out, { text: m[0], start: at, end, value: { ...pointed }, segments: [], scaled: false, tolerance: 0, approximate: false }];
      continue;
    }
    // The date written right after the pointer: 「同年3月24日」「同月10日」.
    const next = out.find((v) => v.start === at + m[0].length && v.value.kind === 'date');
    if (!next || next.value.kind !== 'date') continue;
    const d = next.value;
    const value: DateValue | undefined = need === '年' ? (d.yearless ? { ...d, year: pointed.year, yearless: pointed.yearless } : undefined) : d.month === undefined ? { ...d, year: pointed.year, month: pointed.month, yearless: pointed.yearless, precision: 'day' } : undefined;
    // The pointer is part of what was written; no edit can put a date in its place (no segments: no quick fix).
    if (value) out = out.map((v) => (v === next ? { ...v, text: text.slice(at, v.end), start: at, value, segments: [] } : v));
  }
  return out.sort((a, b) => a.start - b.start);
}
