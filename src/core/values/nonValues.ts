// Numbers that are not values: ordinals (`1st`, `第1`, `3人目`), clock times (`10:30`, `10時`),
// fractions (`3分の1`), decades (`1990年代`) and identifiers (`F-35`, `A400M`). They become
// `ignore` candidates so that the numbers inside them are not reported as quantities.

import { codeAt, isAsciiLetter, isCjk, isDigit } from './chars';
import { isKanjiNumeral } from './numbers';
import { ignoreSpan, type Candidate, type Scan } from './scan';
import { isWordEnd, skipSpaces, startsAt, startsAtCI } from './text';

/** A number at [start, end) that belongs to a code or name: `F-35`, `COVID-19`, `A400M`. */
export function isIdentifierContext(text: string, start: number): boolean {
  const prev = codeAt(text, start - 1);
  if (isAsciiLetter(prev)) return true;
  return (prev === 0x2d || prev === 0x5f || prev === 0x23) && isAsciiLetter(codeAt(text, start - 2));
}

/** End of the run of ASCII letters and digits from `i`. */
export function alnumEnd(text: string, i: number): number {
  let j = i;
  for (let c = codeAt(text, j); isAsciiLetter(c) || isDigit(c); c = codeAt(text, ++j));
  return j;
}

const EN_ORDINAL = ['st', 'nd', 'rd', 'th'];

export function parseIgnored(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  // 第1, 第 1, 第一: an ordinal.
  if (startsAt(text, i, '第')) {
    const t = scan.tokens.get(skipSpaces(text, i + 1, 1));
    return t ? ignoreSpan(i, t.end) : undefined;
  }
  const t = scan.tokens.get(i);
  if (!t) return undefined;
  const e = t.end;
  if (isIdentifierContext(text, i)) return ignoreSpan(i, alnumEnd(text, e));
  for (const suffix of EN_ORDINAL) {
    if (startsAtCI(text, e, suffix) && isWordEnd(text, e + 2)) return ignoreSpan(i, e + 2);
  }
  // 3人目, 2年目, 3回目: an ordinal with a counter.
  const k = skipSpaces(text, e, 1);
  const c = codeAt(text, k);
  if (isCjk(c) && !isKanjiNumeral(text[k]!) && codeAt(text, k + 1) === 0x76ee /* 目 */) return ignoreSpan(i, k + 2);
  // 10:30 and 10:30:15.
  if (codeAt(text, e) === 0x3a && isDigit(codeAt(text, e + 1)) && isDigit(codeAt(text, e + 2))) {
    let end = e + 3;
    if (codeAt(text, end) === 0x3a && isDigit(codeAt(text, end + 1)) && isDigit(codeAt(text, end + 2))) end += 3;
    return isDigit(codeAt(text, end)) ? undefined : ignoreSpan(i, end);
  }
  // 10時, 10時30分 (a clock time, unlike 10時間).
  if (startsAt(text, k, '時') && !startsAt(text, k, '時間')) {
    let end = k + 1;
    const m = scan.tokens.get(skipSpaces(text, end, 1));
    if (m) {
      const u = skipSpaces(text, m.end, 1);
      if (startsAt(text, u, '分') && !startsAt(text, u, '分間')) end = u + 1;
    }
    return ignoreSpan(i, end);
  }
  // 3分の1: a fraction.
  if (startsAt(text, k, '分の')) {
    const d = scan.tokens.get(skipSpaces(text, k + 2, 1));
    return ignoreSpan(i, d ? d.end : k + 2);
  }
  // 1990年代: a decade.
  if (startsAt(text, k, '年代')) return ignoreSpan(i, k + 2);
  // 十分 on its own means "enough", not ten minutes.
  if (text.slice(i, e) === '十' && startsAt(text, e, '分') && !startsAt(text, e, '分間')) return ignoreSpan(i, e + 1);
  return undefined;
}
