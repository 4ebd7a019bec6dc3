// Small, bounded matching helpers. None of them loops over more than a fixed number of
// characters (or the length of a fixed word), which keeps the scanners linear overall.

import { codeAt, isAsciiLetter, isDigit, isSpace } from './chars';

/** Index after at most `max` spaces from `i`. */
export function skipSpaces(text: string, i: number, max: number): number {
  let j = i;
  while (j - i < max && isSpace(codeAt(text, j))) j++;
  return j;
}

/** Index of the first non-space at or before `i - 1`, looking back at most `max` spaces; returns the index after it. */
export function skipSpacesBack(text: string, i: number, max: number): number {
  let j = i;
  while (i - j < max && isSpace(codeAt(text, j - 1))) j--;
  return j;
}

export function startsAt(text: string, i: number, word: string): boolean {
  return text.startsWith(word, i);
}

/** Case-insensitive match of a lower-case ASCII word at `i` (no allocation: it runs at every position). */
export function startsAtCI(text: string, i: number, word: string): boolean {
  if (i < 0 || i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** True when no ASCII letter or digit continues a word at `i`. */
export function isWordEnd(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return !isAsciiLetter(c) && !isDigit(c);
}

/** True when no ASCII letter or digit precedes `i`. */
export function isWordStart(text: string, i: number): boolean {
  const c = codeAt(text, i - 1);
  return !isAsciiLetter(c) && !isDigit(c);
}

type Table<T> = ReadonlyArray<readonly [string, T]>;

/** Tables indexed by their entries' first character (lower-cased), built once per table. */
const indexes = new WeakMap<Table<unknown>, Map<string, Table<unknown>>>();

function entriesFor<T>(table: Table<T>, ch: string): Table<T> | undefined {
  let index = indexes.get(table);
  if (!index) {
    const built = new Map<string, Array<readonly [string, unknown]>>();
    for (const entry of table) {
      const first = entry[0][0]!.toLowerCase();
      const list = built.get(first) ?? [];
      list.push(entry);
      built.set(first, list);
    }
    index = built;
    indexes.set(table, index);
  }
  return index.get(ch) as Table<T> | undefined;
}

/**
 * Longest entry of `table` written at `i`. English entries (`ci`) are compared case-insensitively
 * and must end at a word boundary when they end in a letter.
 */
export function matchTable<T>(
  text: string,
  i: number,
  table: Table<T>,
  ci: boolean,
): { end: number; text: string; value: T } | undefined {
  const c = text[i];
  if (c === undefined) return undefined;
  const entries = entriesFor(table, c.toLowerCase());
  if (!entries) return undefined;
  let best: { end: number; text: string; value: T } | undefined;
  for (const [word, value] of entries) {
    if (best && word.length <= best.text.length) continue;
    if (!(ci ? startsAtCI(text, i, word) : startsAt(text, i, word))) continue;
    const end = i + word.length;
    if (ci && isAsciiLetter(word.charCodeAt(word.length - 1)) && !isWordEnd(text, end)) continue;
    best = { end, text: text.slice(i, end), value };
  }
  return best;
}

/** The ASCII word (letters only, at most 12) that ends right before `i`, lower-cased. */
export function wordBefore(text: string, i: number): string {
  let j = i;
  while (i - j < 12 && isAsciiLetter(codeAt(text, j - 1))) j--;
  if (isAsciiLetter(codeAt(text, j - 1))) return '';
  return text.slice(j, i).toLowerCase();
}
