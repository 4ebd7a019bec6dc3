// Finds every date, amount of money and quantity written in a sentence. At each position every
// scanner proposes its candidate; the longest wins (a date over the numbers inside it, money
// over its amount), and scanning resumes after it. Each scanner looks at a bounded number of
// characters and numbers are read once up front, so the whole pass is linear.

import { ERAS } from './calendar';
import { codeAt, isAsciiLetter } from './chars';
import { MARKER_PREFIX_STARTS, matchPrefixMarker, matchSuffixMarker, combine, type Marker } from './markers';
import { parseDate } from './dates';
import { MONEY_PREFIX_STARTS, parseMoney } from './money';
import { parseIgnored } from './nonValues';
import { parseQuantity } from './quantities';
import { ignoreSpan, makeScan, pushText, type Candidate, type Scan } from './scan';
import { isWordStart } from './text';
import type { ParsedValue, Segment } from './types';

/** Characters other than digits and letters that may start a value or a marker. */
const STARTS: ReadonlySet<string> = new Set([...MONEY_PREFIX_STARTS, ...MARKER_PREFIX_STARTS, ...ERAS.map((e) => e.name[0]!), '第']);

/** A cheap test that skips the scanners where nothing can start (most characters of a text). */
function mayStart(scan: Scan, i: number): boolean {
  if (scan.tokens.has(i)) return true;
  const c = codeAt(scan.text, i);
  if (isAsciiLetter(c)) return isWordStart(scan.text, i);
  return STARTS.has(scan.text[i]!);
}

/** On equal length: a date over money over an ignored span over a quantity. */
const PRIORITY: Readonly<Record<Candidate['kind'], number>> = { date: 0, money: 1, ignore: 2, quantity: 3 };

function better(a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.end !== b.end) return a.end > b.end ? a : b;
  return PRIORITY[a.kind] <= PRIORITY[b.kind] ? a : b;
}

function withMarker(c: Candidate, m: Marker, start: number, end: number, segments: Segment[]): Candidate {
  const merged = combine(m, { approximate: c.approximate, ...(c.bound ? { bound: c.bound, strict: Boolean(c.strict) } : {}) });
  const out: Candidate = { ...c, start, end, segments, approximate: Boolean(merged.approximate) };
  delete out.bound;
  delete out.strict;
  if (merged.bound) out.bound = merged.bound;
  if (merged.strict) out.strict = true;
  return out;
}

/** `240人以上`, `240 or more`: extends an amount by the marker after it. */
function addSuffix(scan: Scan, c: Candidate): Candidate {
  const m = matchSuffixMarker(scan.text, c.end);
  if (!m) return c;
  const segments = [...c.segments];
  pushText(segments, scan.text.slice(m.start, m.end), m.marker.bound ? { bound: true } : {});
  return withMarker(c, m.marker, c.start, m.end, segments);
}

function isAmount(c: Candidate | undefined): c is Candidate {
  return !!c && (c.kind === 'money' || c.kind === 'quantity');
}

/**
 * The best candidate starting at `i`. With `markers` false it reads the amount after a marker:
 * no marker again, and no bare year.
 */
function bestAt(scan: Scan, i: number, markers: boolean): Candidate | undefined {
  if (!mayStart(scan, i)) return undefined;
  let best: Candidate | undefined;
  const parsers = [(s: Scan, j: number) => parseDate(s, j, markers), parseMoney, parseQuantity, parseIgnored];
  for (const parse of parsers) {
    let c = parse(scan, i);
    if (isAmount(c)) c = addSuffix(scan, c);
    best = better(best, c);
  }
  if (markers) {
    const m = matchPrefixMarker(scan.text, i);
    const core = m && m.end > i ? bestAt(scan, m.end, false) : undefined;
    if (m && isAmount(core)) {
      const segments: Segment[] = [];
      pushText(segments, scan.text.slice(i, m.end), m.marker.bound ? { bound: true } : {});
      segments.push(...core.segments);
      best = better(best, withMarker(core, m.marker, i, core.end, segments));
    }
  }
  // 数百人, 何十万円: an indefinite number, not a value.
  const t = scan.tokens.get(i);
  const p = scan.text[i - 1];
  if (best && t && t.digits === 'kanji' && (p === '数' || p === '何' || p === '幾')) return ignoreSpan(i, best.end);
  return best;
}

function toParsed(scan: Scan, c: Candidate): ParsedValue {
  const v: ParsedValue = {
    value: c.value!,
    start: c.start,
    end: c.end,
    text: scan.text.slice(c.start, c.end),
    approximate: c.approximate,
    scaled: c.scaled,
    tolerance: c.tolerance,
    segments: c.segments,
  };
  if (c.bound) v.bound = c.bound;
  if (c.strict) v.strict = true;
  return v;
}

/**
 * Every date, money amount and quantity written in `text`, in order and without overlaps; the
 * longest reading wins. Entities and free text are not values here. Never throws.
 */
export function findValues(text: string): ParsedValue[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const scan = makeScan(text);
  const out: ParsedValue[] = [];
  let i = 0;
  while (i < text.length) {
    const c = bestAt(scan, i, true);
    if (c && c.end > i) {
      if (c.kind !== 'ignore' && c.value) out.push(toParsed(scan, c));
      i = c.end;
      continue;
    }
    // A number no scanner wanted (a kanji numeral in a word): skip it whole.
    const t = scan.tokens.get(i);
    i = t && t.end > i ? t.end : i + 1;
  }
  return out;
}
