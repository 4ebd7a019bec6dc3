// Dates: English (`March 24, 2025`, `24 March 2025`, `March 2025`), ISO and slashes
// (`2025-03-24`, `2025/3/24`), Japanese (`2025年3月24日`, kanji and full-width digits, eras
// `令和7年3月24日`), fiscal years (`FY2024`, `fiscal 2024`, `2024年度`) and bare years in a year
// context (`in 2025`). A date that matches but does not exist (`2025年2月30日`) is ignored.

import type { DatePrecision, DateValue } from '../model';
import { ERAS, MONTH_NAMES, inEra, isValidDate, type Era } from './calendar';
import { codeAt, isDigit, isUpper } from './chars';
import { isIdentifierContext } from './nonValues';
import type { NumToken } from './numbers';
import { ignoreSpan, pushText, type Candidate, type Scan } from './scan';
import { isWordEnd, isWordStart, skipSpaces, skipSpacesBack, startsAt, startsAtCI, wordBefore } from './text';
import type { DateFieldSegment, DateLevel, Segment } from './types';

// ---------------------------------------------------------------------------------------------
// Building candidates

function field(scan: Scan, t: NumToken, type: 'year' | 'month' | 'day', level?: DateLevel): DateFieldSegment {
  const text = scan.text.slice(t.start, t.end);
  const arabic = t.digits === 'ascii' || t.digits === 'fullwidth';
  const seg: DateFieldSegment = { type, text, digits: t.digits, pad: arabic && text.length > 1 && /^[0０]/.test(text) ? text.length : 0 };
  if (level) seg.level = level;
  return seg;
}

function dateCandidate(start: number, end: number, y: number, m: number | undefined, d: number | undefined, segments: Segment[], era?: Era): Candidate {
  if (!isValidDate(y, m, d) || (era && !inEra(era, y, m, d))) return ignoreSpan(start, end);
  const precision: DatePrecision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  const value: DateValue = { kind: 'date', year: y, precision };
  if (m !== undefined) value.month = m;
  if (d !== undefined) value.day = d;
  return { kind: 'date', start, end, value, segments, tolerance: 0, scaled: false, approximate: false };
}

/**
 * A date written without a year (`March 24`, `3月24日`, `3月`). A leap year stands in for the
 * unknown one when checking the day exists (February 29 may be written).
 */
function yearlessCandidate(start: number, end: number, m: number, d: number | undefined, segments: Segment[]): Candidate {
  if (!isValidDate(2024, m, d)) return ignoreSpan(start, end);
  const value: DateValue = { kind: 'date', year: 0, month: m, precision: d !== undefined ? 'day' : 'month', yearless: true };
  if (d !== undefined) value.day = d;
  return { kind: 'date', start, end, value, segments, tolerance: 0, scaled: false, approximate: false };
}

/** A day of an unnamed month (`24日`): compared by the day alone. */
function yearlessDay(start: number, end: number, d: number, segments: Segment[]): Candidate {
  const value: DateValue = { kind: 'date', year: 0, day: d, precision: 'day', yearless: true };
  return { kind: 'date', start, end, value, segments, tolerance: 0, scaled: false, approximate: false };
}

/** An integer written with Arabic digits only, of `n` digits (any count when `n` is 0). */
function arabicInt(t: NumToken | undefined, n = 0): t is NumToken {
  if (!t || t.plain === undefined || t.decimals > 0 || t.grouped || t.spaced) return false;
  return n === 0 || t.intDigits === n;
}

function isYearToken(t: NumToken | undefined): t is NumToken {
  return arabicInt(t, 4);
}

/** A day or month number: an integer of one or two Arabic digits. */
function isSmallToken(t: NumToken | undefined): t is NumToken {
  return arabicInt(t) && t.intDigits <= 2;
}

// ---------------------------------------------------------------------------------------------
// English

interface MonthMatch {
  end: number;
  month: number;
  name: 'long' | 'short' | 'shortDot';
  upper: boolean;
}

/** A capitalised (or all-capital) English month name or abbreviation at `i`. */
export function matchMonthName(text: string, i: number): MonthMatch | undefined {
  if (!isUpper(codeAt(text, i)) || !isWordStart(text, i)) return undefined;
  for (let m = 0; m < 12; m++) {
    const full = MONTH_NAMES[m]!;
    for (const form of [full, full.toUpperCase()]) {
      if (startsAt(text, i, form) && isWordEnd(text, i + form.length)) {
        return { end: i + form.length, month: m + 1, name: 'long', upper: form !== full };
      }
    }
  }
  for (let m = 0; m < 12; m++) {
    const abbrs = m === 8 ? ['Sept', 'Sep'] : [MONTH_NAMES[m]!.slice(0, 3)];
    for (const abbr of abbrs) {
      for (const form of [abbr, abbr.toUpperCase()]) {
        if (!startsAt(text, i, form)) continue;
        const e = i + form.length;
        const upper = form !== abbr;
        if (codeAt(text, e) === 0x2e) return { end: e + 1, month: m + 1, name: 'shortDot', upper };
        if (isWordEnd(text, e)) return { end: e, month: m + 1, name: 'short', upper };
      }
    }
  }
  return undefined;
}

function monthSegment(text: string, i: number, mm: MonthMatch): DateFieldSegment {
  const seg: DateFieldSegment = { type: 'month', text: text.slice(i, mm.end), level: 'month', digits: 'ascii', pad: 0, monthName: mm.name };
  if (mm.upper) seg.upper = true;
  return seg;
}

/** `24th`: the end after an English ordinal suffix, or `e` when there is none. */
function ordinalEnd(text: string, e: number): number {
  for (const s of ['st', 'nd', 'rd', 'th']) if (startsAtCI(text, e, s) && isWordEnd(text, e + 2)) return e + 2;
  return e;
}

/** After a day or month: optional comma, then spaces, then a four-digit year. */
function yearAfter(scan: Scan, i: number): { comma: number; year: NumToken } | undefined {
  const comma = codeAt(scan.text, i) === 0x2c ? i + 1 : i;
  const j = skipSpaces(scan.text, comma, 2);
  const year = scan.tokens.get(j);
  if (j === i || !isYearToken(year) || isDigit(codeAt(scan.text, year.end))) return undefined;
  return { comma, year };
}

/** After a day: the end of a span's last day ("-29", " and 29th") when a year follows it; else `p`. */
const DAY_SPAN = /^(?:\s?[-–]\s?|\s+(?:and|to|through)\s+)/;
function dayRangeEnd(scan: Scan, p: number): number {
  const joint = DAY_SPAN.exec(scan.text.slice(p, p + 10));
  if (!joint) return p;
  const last = scan.tokens.get(p + joint[0].length);
  if (!isSmallToken(last)) return p;
  const q = ordinalEnd(scan.text, last.end);
  return yearAfter(scan, q) ? q : p;
}

/** `March 24, 2025`, `Mar. 24 2025`, `March 2025`, and `March 24` without a year. */
function monthFirst(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  const mm = matchMonthName(text, i);
  if (!mm) return undefined;
  const k = skipSpaces(text, mm.end, 2);
  const day = scan.tokens.get(k);
  if (k > mm.end && isSmallToken(day)) {
    const p = ordinalEnd(text, day.end);
    // "July 28-29, 2024", "June 28th and 29th, 2024": a span of days is dated by its first, when the year follows.
    const q = dayRangeEnd(scan, p);
    const ya = yearAfter(scan, q);
    const segments: Segment[] = [monthSegment(text, i, mm)];
    pushText(segments, text.slice(mm.end, k), { level: 'day' });
    const daySeg = field(scan, day, 'day', 'day');
    if (p > day.end) {
      daySeg.text = text.slice(day.start, p);
      daySeg.ordinal = true;
    }
    segments.push(daySeg);
    if (!ya) return yearlessCandidate(i, p, mm.month, day.value, segments);
    pushText(segments, text.slice(p, q), { level: 'day', span: true });
    pushText(segments, text.slice(q, ya.comma), { level: 'day' });
    pushText(segments, text.slice(ya.comma, ya.year.start), { level: 'month' });
    segments.push(field(scan, ya.year, 'year'));
    return dateCandidate(i, ya.year.end, ya.year.value, mm.month, day.value, segments);
  }
  const ya = yearAfter(scan, mm.end);
  if (!ya) return bareMonth(text, i, mm);
  const segments: Segment[] = [monthSegment(text, i, mm)];
  pushText(segments, text.slice(mm.end, ya.year.start), { level: 'month' });
  segments.push(field(scan, ya.year, 'year'));
  return dateCandidate(i, ya.year.end, ya.year.value, mm.month, undefined, segments);
}

/** Words before a month name alone that make it a time: "in March", "an April summit", "since May", "by the end of March". */
const BARE_MONTH_BEFORE = /(?:^|[^A-Za-z])(?:in|an?|since|until|till|by|during|early|mid|late|last|this|next|from|through|(?:end|beginning|start|middle)\s+of)[\s-]+$/i;

/**
 * "the March summit", "the February launch", "their April summit", "Kishida's April visit": after
 * "the" or a possessive, a month is a time only before a word for a meeting or a founding ("the March of Dimes" is none).
 */
const THE_BEFORE = /(?:^|[^A-Za-z])(?:the|their|its|his|her|our|[A-Z][a-z]+['’]s)\s+$/i;
const MEETING_AFTER = /^\s+(?:summit|meeting|talks|visit|state\s+visit|2\+2|two-plus-two|conference|session|announcement|agreement|joint\s+statement|launch|establishment|inauguration|opening|activation)\b/i;

/**
 * A month name written in full with no day or year ("in March", "a March summit"): a date
 * without a year, compared by its month. Only after a word that makes it a time, so that "May"
 * the verb and "March" the noun are not dates.
 */
function bareMonth(text: string, i: number, mm: MonthMatch): Candidate | undefined {
  if (mm.name !== 'long' || mm.upper) return undefined;
  if (!BARE_MONTH_BEFORE.test(text.slice(Math.max(0, i - 16), i)) && !(THE_BEFORE.test(text.slice(Math.max(0, i - 24), i)) && MEETING_AFTER.test(text.slice(mm.end, mm.end + 24)))) return undefined;
  return yearlessCandidate(i, mm.end, mm.month, undefined, [monthSegment(text, i, mm)]);
}

/** `24 March 2025`, `24th of March, 2025`, and `24 March` without a year. */
function dayFirst(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  const day = scan.tokens.get(i);
  if (!isSmallToken(day)) return undefined;
  const p = ordinalEnd(text, day.end);
  let k = skipSpaces(text, p, 2);
  if (k === p) return undefined;
  if (startsAt(text, k, 'of ')) k = skipSpaces(text, k + 3, 1);
  const mm = matchMonthName(text, k);
  if (!mm) return undefined;
  const ya = yearAfter(scan, mm.end);
  const daySeg = field(scan, day, 'day', 'day');
  if (p > day.end) {
    daySeg.text = text.slice(day.start, p);
    daySeg.ordinal = true;
  }
  const segments: Segment[] = [daySeg];
  pushText(segments, text.slice(p, k), { level: 'day' });
  segments.push(monthSegment(text, k, mm));
  if (!ya) return yearlessCandidate(i, mm.end, mm.month, day.value, segments);
  pushText(segments, text.slice(mm.end, ya.year.start), { level: 'month' });
  segments.push(field(scan, ya.year, 'year'));
  return dateCandidate(i, ya.year.end, ya.year.value, mm.month, day.value, segments);
}

// ---------------------------------------------------------------------------------------------
// Numeric

/** `2025-03-24`, `2025-03`, `2025/3/24`, `2025/3`; `2024-25` (no month 25) is ignored. */
function numeric(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  const year = scan.tokens.get(i);
  if (!isYearToken(year)) return undefined;
  const sep = text[year.end];
  if (sep !== '-' && sep !== '/') return undefined;
  const month = scan.tokens.get(year.end + 1);
  if (!isSmallToken(month)) return undefined;
  const segments: Segment[] = [field(scan, year, 'year')];
  pushText(segments, sep, { level: 'month' });
  segments.push(field(scan, month, 'month', 'month'));
  let end = month.end;
  let dayValue: number | undefined;
  const day = text[end] === sep ? scan.tokens.get(end + 1) : undefined;
  if (isSmallToken(day)) {
    pushText(segments, sep, { level: 'day' });
    segments.push(field(scan, day, 'day', 'day'));
    end = day.end;
    dayValue = day.value;
  }
  // `2025-03-24-1`, `2025/3/24/5`: some code, not a date.
  if (text[end] === sep && isDigit(codeAt(text, end + 1))) {
    for (let t = scan.tokens.get(end + 1); t; t = text[end] === sep ? scan.tokens.get(end + 1) : undefined) end = t.end;
    return ignoreSpan(i, end);
  }
  return dateCandidate(i, end, year.value, month.value, dayValue, segments);
}

// ---------------------------------------------------------------------------------------------
// Japanese

/** An integer (any digits) usable as a year, month or day. */
function isIntToken(t: NumToken | undefined): t is NumToken {
  return !!t && Number.isInteger(t.value) && t.decimals === 0 && t.bigCount === 0 && !t.grouped;
}

/** 「平成23(2011)年」: a Western year in brackets between an era's year and its 年. */
const YEAR_DIGITS_ASIDE = /^[(（][0-9０-９]{4}[)）]/;
/** 「2011(平成23)年」: an era's year in brackets between a year's digits and its 年. */
const ERA_ASIDE_BEFORE_YEAR = /^[(（](?:令和|平成|昭和)(?:[0-9０-９]{1,2}|元)[)）]/;

/** Also with its opening bracket lost, as scraped pages have it (「2025年令和7年)3月」). */
// (「2011年(平成23)3月11日」: an era's year in brackets without its 年.)
const YEAR_ASIDE = /^(?:[(（〈][^()（）〈〉]{1,8}年|(?:令和|平成|昭和)[0-9０-９元]{1,2}年|[(（](?:令和|平成|昭和)[0-9０-９元]{1,2})[)）〉]/;

/**
 * Reads `年` (or `年度`) and what follows: ` 3 月`, ` 24 日`. `p` is where `年` may stand (after
 * one space). Returns undefined when no `年` is there.
 */
function jaTail(scan: Scan, p: number, segments: Segment[]): { end: number; month?: number; day?: number } | undefined {
  const { text } = scan;
  const y = skipSpaces(text, p, 1);
  if (text[y] !== '年' || text[y + 1] === '間' || text[y + 1] === '代' || text[y + 1] === '目') return undefined;
  if (text[y + 1] === '度') {
    pushText(segments, text.slice(p, y + 2));
    return { end: y + 2 };
  }
  pushText(segments, text.slice(p, y + 1));
  let end = y + 1;
  // 「2024年(令和6年)2月15日」「令和7年（2025年）3月」: the same year in the other calendar, in brackets.
  const aside = YEAR_ASIDE.exec(text.slice(end, end + 12));
  if (aside) {
    segments.push({ type: 'text', text: aside[0], yearAside: true });
    end += aside[0].length;
  }
  const mStart = skipSpaces(text, end, 1);
  const month = scan.tokens.get(mStart);
  if (!isIntToken(month)) return { end };
  const mEnd = skipSpaces(text, month.end, 1);
  if (text[mEnd] !== '月' || text[mEnd + 1] === '間') return { end };
  pushText(segments, text.slice(end, mStart), { level: 'month' });
  segments.push(field(scan, month, 'month', 'month'));
  pushText(segments, text.slice(month.end, mEnd + 1), { level: 'month' });
  end = mEnd + 1;
  const dStart = skipSpaces(text, end, 1);
  const day = scan.tokens.get(dStart);
  if (!isIntToken(day)) return { end, month: month.value };
  const dEnd = skipSpaces(text, day.end, 1);
  if (text[dEnd] !== '日' || text[dEnd + 1] === '間') return { end, month: month.value };
  pushText(segments, text.slice(end, dStart), { level: 'day' });
  segments.push(field(scan, day, 'day', 'day'));
  pushText(segments, text.slice(day.end, dEnd + 1), { level: 'day' });
  return { end: dEnd + 1, month: month.value, day: day.value };
}

/**
 * News writes a year by its last two digits when a month follows (「24年7月」「25年3月24日」):
 * 00–69 are this century's, 70–99 the last one's. Not after a letter (「H24年」 is an era
 * abbreviation), and not a one-digit year (「6年3月」 is an era year the text named before).
 */
function twoDigitYear(scan: Scan, t: NumToken): number | undefined {
  if ((t.digits !== 'ascii' && t.digits !== 'fullwidth') || t.end - t.start !== 2) return undefined;
  if (/[A-Za-zＡ-Ｚａ-ｚ0-9０-９.．,，'’]/.test(scan.text[t.start - 1] ?? '')) return undefined;
  return yearOfTwoDigits(t.value);
}

/** The year two digits stand for: 00–69 this century's, 70–99 the last one's. */
export function yearOfTwoDigits(n: number): number {
  return n < 70 ? 2000 + n : 1900 + n;
}

/** After 「N日」: a count of days, not a day of the month (「後」「前」, not 「前後」 around it; 「目」「ぶり」「以内」). */
const DAYS_COUNTED_AFTER = /^(?:後|前(?!後)|目|ぶり|以内|以上|余り)/;

/** `2025年3月24日`, `二〇二五年三月`, `2024年度`, `24年7月`; `3月24日`, `3月` and `24日` without a year. */
function japanese(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  const t = scan.tokens.get(i);
  if (!isIntToken(t)) return undefined;
  const yearField = field(scan, t, 'year');
  const segments: Segment[] = [yearField];
  // 「2011(平成23)年」: the same year in the era's count, in brackets before 年.
  const aside = text[t.end] === '(' || text[t.end] === '（' ? ERA_ASIDE_BEFORE_YEAR.exec(text.slice(t.end, t.end + 8))?.[0] : undefined;
  if (aside) segments.push({ type: 'text', text: aside, yearAside: true });
  const tail = jaTail(scan, t.end + (aside?.length ?? 0), segments);
  if (tail) {
    // A year needs four digits (`2025`, `二〇二五`, `二千二十五`); `5年` alone has no era.
    if (t.value >= 1000 && t.value <= 2999) return dateCandidate(i, tail.end, t.value, tail.month, tail.day, segments);
    const year = tail.month === undefined ? undefined : twoDigitYear(scan, t);
    if (year === undefined) return ignoreSpan(i, tail.end);
    yearField.twoDigit = true;
    return dateCandidate(i, tail.end, year, tail.month, tail.day, segments);
  }
  // A month and day without a year: compared by month and day only. A day alone is no value.
  const m = skipSpaces(text, t.end, 1);
  if (text[m] === '月' && text[m + 1] !== '間') {
    const d = scan.tokens.get(skipSpaces(text, m + 1, 1));
    const dm = d ? skipSpaces(text, d.end, 1) : -1;
    const withDay = d !== undefined && text[dm] === '日' && text[dm + 1] !== '間';
    if (!isIntToken(t) || t.value < 1 || t.value > 12 || (withDay && !isIntToken(d))) return ignoreSpan(i, withDay ? dm + 1 : m + 1);
    const segs: Segment[] = [field(scan, t, 'month')];
    pushText(segs, text.slice(t.end, withDay ? d!.start : m + 1));
    if (!withDay) return yearlessCandidate(i, m + 1, t.value, undefined, segs);
    segs.push(field(scan, d!, 'day', 'day'));
    pushText(segs, text.slice(d!.end, dm + 1), { level: 'day' });
    return yearlessCandidate(i, dm + 1, t.value, d!.value, segs);
  }
  // 「24日に発足」: news gives the day of its own month; compared by the day alone.
  // (「その6日後」「3日前」「10日目」「5日ぶり」: days counted, no day of a month.)
  if (text[m] === '日' && text[m + 1] !== '間') {
    if (!isIntToken(t) || t.value < 1 || t.value > 31 || t.digits === 'kanji' || t.digits === 'kanjiPositional' || DAYS_COUNTED_AFTER.test(text.slice(m + 1, m + 4))) return ignoreSpan(i, m + 1);
    const segs: Segment[] = [field(scan, t, 'day', 'day')];
    pushText(segs, text.slice(t.end, m + 1), { level: 'day' });
    return yearlessDay(i, m + 1, t.value, segs);
  }
  return undefined;
}

/** `令和7年3月24日`, `令和 7 年`, `令和元年`, `平成31年`, `令和7年度`. */
function eraDate(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  const era = ERAS.find((e) => startsAt(text, i, e.name));
  if (!era) return undefined;
  const p = skipSpaces(text, i + era.name.length, 1);
  const segments: Segment[] = [{ type: 'era', text: era.name }];
  pushText(segments, text.slice(i + era.name.length, p));
  let n: number;
  let end: number;
  if (text[p] === '元') {
    n = 1;
    end = p + 1;
    segments.push({ type: 'eraYear', text: '元', digits: 'kanji', gannen: true });
  } else {
    const t = scan.tokens.get(p);
    if (!isIntToken(t) || t.value < 1) return undefined;
    n = t.value;
    end = t.end;
    segments.push({ type: 'eraYear', text: text.slice(p, t.end), digits: t.digits, gannen: false });
  }
  // 「平成23(2011)年3月11日」: the same year in the Western count, in brackets before 年.
  const aside = text[end] === '(' || text[end] === '（' ? YEAR_DIGITS_ASIDE.exec(text.slice(end, end + 7))?.[0] : undefined;
  if (aside) {
    segments.push({ type: 'text', text: aside, yearAside: true });
    end += aside.length;
  }
  const tail = jaTail(scan, end, segments);
  if (!tail) return undefined;
  return dateCandidate(i, tail.end, era.start[0] + n - 1, tail.month, tail.day, segments, era);
}

// ---------------------------------------------------------------------------------------------
// Years

/** `FY2024`, `FY 2024`, `FY2024/25`, `fiscal 2024`, `fiscal year 2024`. */
function fiscal(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  if (!isWordStart(text, i)) return undefined;
  let k: number;
  if (startsAt(text, i, 'FY')) k = skipSpaces(text, i + 2, 1);
  else if (startsAtCI(text, i, 'fiscal') && isWordEnd(text, i + 6)) {
    k = skipSpaces(text, i + 6, 2);
    if (k === i + 6) return undefined;
    if (startsAtCI(text, k, 'year') && isWordEnd(text, k + 4)) k = skipSpaces(text, k + 4, 2);
  } else return undefined;
  const year = scan.tokens.get(k);
  if (!isYearToken(year)) return undefined;
  const segments: Segment[] = [];
  pushText(segments, text.slice(i, k));
  segments.push(field(scan, year, 'year'));
  let end = year.end;
  // `FY2024/25`, `FY2024-2025`: the fiscal year is named by its first year.
  const next = scan.tokens.get(end + 1);
  if ((text[end] === '/' || text[end] === '-') && arabicInt(next) && (next.intDigits === 2 || next.intDigits === 4)) {
    pushText(segments, text.slice(end, next.end));
    end = next.end;
  }
  return dateCandidate(i, end, year.value, undefined, undefined, segments);
}

/** "as early as 2021", "as late as 2019": `as` after early or late makes a year of the number after it. */
function asEarlyAs(text: string, b: number): boolean {
  if (wordBefore(text, b) !== 'as') return false;
  const w = skipSpacesBack(text, b - 2, 2);
  return w < b - 2 && /^(?:early|late)$/.test(wordBefore(text, w));
}

/** Words after which a bare four-digit number is a year. */
const YEAR_WORDS = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'to', 'through', 'of', 'before', 'after', 'during',
  'between', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);
const DASHES = new Set(['-', '–', '—', '~', '〜', '～']);

function isYearNumber(text: string, start: number, end: number): boolean {
  if (end - start !== 4 || isDigit(codeAt(text, start - 1)) || isDigit(codeAt(text, end))) return false;
  for (let k = start; k < end; k++) if (!isDigit(codeAt(text, k))) return false;
  const y = Number(text.slice(start, end));
  return y >= 1800 && y <= 2199;
}

/**
 * A bare year, 1800–2199, in a year context: after `in`, `since`, `by`, … (or `mid-`), in a
 * range of years (`2019–2025`), or standing alone (the whole text, or in parentheses). Numbers
 * with a counter after them are longer candidates and win over this one.
 */
function bareYear(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  const t = scan.tokens.get(i);
  if (!arabicInt(t, 4) || t.value < 1800 || t.value > 2199) return undefined;
  const mid = text[i - 1] === '-' && wordBefore(text, i - 1) === 'mid';
  if (!mid && isIdentifierContext(text, i)) return undefined;
  const b = skipSpacesBack(text, i, 2);
  let context = mid || (b < i && (YEAR_WORDS.has(wordBefore(text, b)) || asEarlyAs(text, b)));
  if (!context && scan.firstSig === i && scan.lastSig === t.end - 1) context = true;
  if (!context && text[i - 1] === '(' && text[t.end] === ')') context = true;
  if (!context) {
    const before = skipSpacesBack(text, i, 1);
    const after = skipSpaces(text, t.end, 1);
    const db = text[before - 1];
    const da = text[after];
    if (db !== undefined && DASHES.has(db)) {
      const e = skipSpacesBack(text, before - 1, 1);
      context = isYearNumber(text, e - 4, e);
    }
    if (!context && da !== undefined && DASHES.has(da)) {
      const s = skipSpaces(text, after + 1, 1);
      context = isYearNumber(text, s, s + 4);
    }
  }
  if (!context) return undefined;
  return dateCandidate(i, t.end, t.value, undefined, undefined, [field(scan, t, 'year')]);
}

/**
 * The longest date (or ignored date-like text) starting at `i`. `bareYears` is off right after an
 * amount marker: `up to 2000` is a bound, not a year after `to`.
 */
export function parseDate(scan: Scan, i: number, bareYears = true): Candidate | undefined {
  let best: Candidate | undefined;
  const parsers = [monthFirst, dayFirst, numeric, japanese, eraDate, fiscal];
  if (bareYears) parsers.push(bareYear);
  for (const parse of parsers) {
    const c = parse(scan, i);
    if (c && (!best || c.end > best.end)) best = c;
  }
  return best;
}
