// Folds text into the form the matcher compares, keeping an exact map back to the original.
// Every folded code unit remembers the original range it came from, so a match in folded text
// always maps to the precise characters the writer typed (ＪＪＯＣ, Tōhoku, ピート・ヘグセス).
//
// Folding: NFKC (full-width → half-width, half-width katakana → full-width), lower case for
// Latin, diacritics removed, ヶ/ヵ → ケ/カ, long-vowel marks after katakana dropped, a middle dot
// or space between katakana dropped, any whitespace run → one space (or nothing between two
// Japanese characters, where a line break or a PDF's stray space splits a word), ’ → '.

import { isJapanese, isKatakana, isWhitespace } from './scripts';

export interface NormalizedText {
  /** Folded UTF-16 code units; only the first `length` are used. */
  codes: Uint16Array;
  length: number;
  /** For each folded unit, the original range [srcStart, srcEnd) it came from. */
  srcStart: Int32Array;
  srcEnd: Int32Array;
}

const SPACE = 0x20;
const foldCache: Array<string | undefined> = new Array(0x10000);

/** The folded form of one non-ASCII BMP code unit (cached: folding is pure). */
function foldUnit(c: number): string {
  let folded = foldCache[c];
  if (folded === undefined) {
    folded = foldString(String.fromCharCode(c));
    foldCache[c] = folded;
  }
  return folded;
}

function foldString(s: string): string {
  let r = s.normalize('NFKC');
  // Strip Latin diacritics only; NFC afterwards recomposes kana voicing marks that NFD split.
  r = r.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  r = r.toLowerCase();
  return r.replace(/[\u30f6]/g, '\u30b1').replace(/[\u30f5]/g, '\u30ab').replace(/[\u2018\u2019\u02bc]/g, "'");
}

function isLongVowelMark(c: number): boolean {
  return c === 0x30fc || c === 0xff70;
}

function isMiddleDot(c: number): boolean {
  return c === 0x30fb || c === 0xff65 || c === 0x00b7 || c === 0x2027 || c === 0x30a0 || c === 0xff1d;
}

function isCombiningMark(c: number): boolean {
  return c >= 0x0300 && c <= 0x036f;
}

/** The first folded code unit of the character at `i`, to look ahead across spaces and dots. */
function firstFoldedUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  const f = foldUnit(c);
  return f.length > 0 ? f.charCodeAt(0) : c;
}

class Builder {
  codes: Uint16Array;
  srcStart: Int32Array;
  srcEnd: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.srcStart = new Int32Array(capacity);
    this.srcEnd = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    const n = this.length++;
    this.codes[n] = code;
    this.srcStart[n] = start;
    this.srcEnd[n] = end;
  }

  pushString(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) this.push(s.charCodeAt(k), start, end);
  }

  last(): number {
    return this.length > 0 ? this.codes[this.length - 1]! : -1;
  }

  /** A dropped mark belongs to the character before it: widen that character's source range. */
  extendLast(end: number): void {
    if (this.length > 0) this.srcEnd[this.length - 1] = end;
  }

  private grow(): void {
    const size = Math.max(16, this.codes.length * 2);
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    const s = new Int32Array(size);
    s.set(this.srcStart);
    const e = new Int32Array(size);
    e.set(this.srcEnd);
    this.codes = codes;
    this.srcStart = s;
    this.srcEnd = e;
  }
}

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Text extracted from PDFs often spaces out acronyms (`A M R A A M`). A run of three or more
 * single capital letters separated by single spaces is one word; returns where it ends, or -1.
 */
function spacedCapitalsEnd(text: string, i: number, from: number, to: number): number {
  if (i > from && isAsciiAlnum(text.charCodeAt(i - 1))) return -1;
  let letters = 1;
  let j = i + 1;
  while (j + 1 < to && text.charCodeAt(j) === SPACE && isUpperAscii(text.charCodeAt(j + 1)) && !(j + 2 < to && isAsciiAlnum(text.charCodeAt(j + 2)))) {
    letters++;
    j += 2;
  }
  if (letters < 3 || (j < to && isAsciiAlnum(text.charCodeAt(j)))) return -1;
  return j;
}

/** Folds `text[from, to)`. Linear in its length; never throws (lone surrogates pass through). */
export function normalizeForMatch(text: string, from = 0, to = text.length): NormalizedText {
  const out = new Builder(Math.max(16, to - from + 8));
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isUpperAscii(c) && i + 1 < to && text.charCodeAt(i + 1) === SPACE) {
      const end = spacedCapitalsEnd(text, i, from, to);
      if (end > 0) {
        for (let k = i; k < end; k += 2) out.push(text.charCodeAt(k) + 32, k, k + 1);
        i = end;
        continue;
      }
    }
    if (c < 0x80 && c > 0x20) {
      out.push(c >= 0x41 && c <= 0x5a ? c + 32 : c, i, i + 1);
      i++;
      continue;
    }
    if (isWhitespace(c)) {
      let j = i + 1;
      while (j < to && isWhitespace(text.charCodeAt(j))) j++;
      const prev = out.last();
      const next = j < to ? firstFoldedUnit(text, j) : -1;
      if (!(isJapanese(prev) && isJapanese(next)) && prev !== SPACE) out.push(SPACE, i, j);
      i = j;
      continue;
    }
    if (c < 0x20) {
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.pushString(foldString(text.slice(i, i + 2)), i, i + 2);
        i += 2;
        continue;
      }
    }
    if (c >= 0xff61 && c <= 0xff9d && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d === 0xff9e || d === 0xff9f) {
        // Half-width kana with a separate voicing mark: NFKC composes the pair into one kana.
        out.pushString(foldString(text.slice(i, i + 2)), i, i + 2);
        i += 2;
        continue;
      }
    }
    if (isLongVowelMark(c) && isKatakana(out.last())) {
      out.extendLast(i + 1);
      i++;
      continue;
    }
    if (isMiddleDot(c) && isKatakana(out.last()) && i + 1 < to && isKatakana(firstFoldedUnit(text, i + 1))) {
      i++;
      continue;
    }
    if (isCombiningMark(c)) {
      out.extendLast(i + 1);
      i++;
      continue;
    }
    out.pushString(foldUnit(c), i, i + 1);
    i++;
  }
  return { codes: out.codes, length: out.length, srcStart: out.srcStart, srcEnd: out.srcEnd };
}

/** The folded form of a whole string (aliases, cue words, queries), trimmed. */
export function normalizeKey(s: string): string {
  const n = normalizeForMatch(s);
  let start = 0;
  let end = n.length;
  while (start < end && n.codes[start] === SPACE) start++;
  while (end > start && n.codes[end - 1] === SPACE) end--;
  let r = '';
  for (let k = start; k < end; k++) r += String.fromCharCode(n.codes[k]!);
  return r;
}
