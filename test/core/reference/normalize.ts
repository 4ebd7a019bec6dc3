// A frozen copy of the engine before the recognition speed-ups: the reference the property tests
// compare the fast paths with. Not used by src.
// Folds text into the form the matcher compares, keeping an exact map back to the original.
// Every folded code unit remembers the original range it came from, so a match in folded text
// always maps to the precise characters the writer typed (ＪＪＯＣ, Tōhoku, ピート・ヘグセス).
//
// Folding: NFKC (full-width → half-width, half-width katakana → full-width), lower case for
// Latin, diacritics removed, ヶ/ヵ → ケ/カ, long-vowel marks after katakana dropped, a middle dot
// or space between katakana dropped, any whitespace run → one space (or nothing between two
// Japanese characters, where a line break or a PDF's stray space splits a word), ’ → '.

import { isJapanese, isKatakana, isWhitespace } from '../../../src/core/text/scripts';

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

/** Output arrays that grow by doubling; `FoldBuffer`s are reused across calls. */
export class FoldBuffer implements NormalizedText {
  codes: Uint16Array;
  srcStart: Int32Array;
  srcEnd: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.codes = new Uint16Array(capacity);
    this.srcStart = new Int32Array(capacity);
    this.srcEnd = new Int32Array(capacity);
  }

  /** Makes room for `n` code units in all, keeping the first `length`. */
  reserve(n: number): void {
    if (n <= this.codes.length) return;
    const size = Math.max(n, this.codes.length * 2);
    const codes = new Uint16Array(size);
    codes.set(this.codes.subarray(0, this.length));
    const s = new Int32Array(size);
    s.set(this.srcStart.subarray(0, this.length));
    const e = new Int32Array(size);
    e.set(this.srcEnd.subarray(0, this.length));
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

/**
 * The single folded code unit of each BMP code unit, -1 when the fold is not exactly one unit
 * (removed, or several), -2 not yet computed. Folding is pure, so it is computed once per unit.
 */
const foldOne = new Int32Array(0x10000).fill(-2);

function computeFoldOne(c: number): number {
  const f = foldUnit(c);
  const one = f.length === 1 ? f.charCodeAt(0) : -1;
  foldOne[c] = one;
  return one;
}

/** Folds `text[from, to)`. Linear in its length; never throws (lone surrogates pass through). */
export function normalizeForMatch(text: string, from = 0, to = text.length): NormalizedText {
  const out = new FoldBuffer(Math.max(16, to - from + 8));
  foldInto(out, text, from, to);
  return out;
}

/** Appends the units of `s` after `out`'s first `n`, all from `[start, end)`; returns the new count. */
function pushFolded(out: FoldBuffer, n: number, s: string, start: number, end: number, rest: number): number {
  if (n + s.length + rest > out.codes.length) {
    out.length = n;
    out.reserve(n + s.length + rest + 8);
  }
  const { codes, srcStart, srcEnd } = out;
  for (let k = 0; k < s.length; k++) {
    codes[n] = s.charCodeAt(k);
    srcStart[n] = start;
    srcEnd[n++] = end;
  }
  return n;
}

/**
 * Folds `text[from, to)` into `out` (from its start), reusing its arrays: recognition folds
 * block after block without allocating. Returns `out`.
 */
export function foldInto(out: FoldBuffer, text: string, from = 0, to = text.length): FoldBuffer {
  // Every source unit gives at most one folded unit, except the rare folds into several (ﾊﾟ is
  // one, ㍻ is two): room for one per source unit now, more only when such a fold comes.
  out.length = 0;
  out.reserve(to - from + 8);
  let codes = out.codes;
  let srcStart = out.srcStart;
  let srcEnd = out.srcEnd;
  let n = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Printable ASCII, the bulk of English text: lower-cased, one to one.
    if (c > 0x20 && c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) {
        if (i + 1 < to && text.charCodeAt(i + 1) === SPACE) {
          const end = spacedCapitalsEnd(text, i, from, to);
          if (end > 0) {
            for (let k = i; k < end; k += 2) {
              codes[n] = text.charCodeAt(k) + 32;
              srcStart[n] = k;
              srcEnd[n++] = k + 1;
            }
            i = end;
            continue;
          }
        }
        codes[n] = c + 32;
      } else {
        codes[n] = c;
      }
      srcStart[n] = i;
      srcEnd[n++] = ++i;
      continue;
    }
    // Hiragana, katakana and kanji, the bulk of Japanese text: none of the special cases below
    // (white space, marks, dots, half-width forms) lies in this range but ー, ・ and ゠.
    if (c >= 0x3041 && c <= 0x9fff && c !== 0x30fc && c !== 0x30fb && c !== 0x30a0) {
      let one = foldOne[c]!;
      if (one === -2) one = computeFoldOne(c);
      if (one >= 0) {
        codes[n] = one;
        srcStart[n] = i;
        srcEnd[n++] = ++i;
        continue;
      }
    }
    if (isWhitespace(c)) {
      let j = i + 1;
      while (j < to && isWhitespace(text.charCodeAt(j))) j++;
      const prev = n > 0 ? codes[n - 1]! : -1;
      // Between two Japanese characters a line break or stray space is dropped; else one space.
      if (prev !== SPACE && !(prev >= 0x3000 && isJapanese(prev) && j < to && isJapanese(firstFoldedUnit(text, j)))) {
        codes[n] = SPACE;
        srcStart[n] = i;
        srcEnd[n++] = j;
      }
      i = j;
      continue;
    }
    if (c < 0x20) {
      codes[n] = c;
      srcStart[n] = i;
      srcEnd[n++] = ++i;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n = pushFolded(out, n, foldString(text.slice(i, i + 2)), i, i + 2, to - i - 2);
        ({ codes, srcStart, srcEnd } = out);
        i += 2;
        continue;
      }
    }
    if (c >= 0xff61 && c <= 0xff9d && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d === 0xff9e || d === 0xff9f) {
        // Half-width kana with a separate voicing mark: NFKC composes the pair into one kana.
        n = pushFolded(out, n, foldString(text.slice(i, i + 2)), i, i + 2, to - i - 2);
        ({ codes, srcStart, srcEnd } = out);
        i += 2;
        continue;
      }
    }
    if (isLongVowelMark(c) && n > 0 && isKatakana(codes[n - 1]!)) {
      srcEnd[n - 1] = ++i;
      continue;
    }
    if (isMiddleDot(c) && n > 0 && isKatakana(codes[n - 1]!) && i + 1 < to && isKatakana(firstFoldedUnit(text, i + 1))) {
      i++;
      continue;
    }
    if (isCombiningMark(c)) {
      if (n > 0) srcEnd[n - 1] = i + 1;
      i++;
      continue;
    }
    let one = foldOne[c]!;
    if (one === -2) one = computeFoldOne(c);
    if (one >= 0) {
      codes[n] = one;
      srcStart[n] = i;
      srcEnd[n++] = ++i;
      continue;
    }
    n = pushFolded(out, n, foldUnit(c), i, i + 1, to - i - 1);
    ({ codes, srcStart, srcEnd } = out);
    i++;
  }
  out.length = n;
  return out;
}

const keyBuffer = new FoldBuffer(64);

/** The folded form of a whole string (aliases, cue words, queries), trimmed. */
export function normalizeKey(s: string): string {
  const n = foldInto(keyBuffer, s);
  let start = 0;
  let end = n.length;
  while (start < end && n.codes[start] === SPACE) start++;
  while (end > start && n.codes[end - 1] === SPACE) end--;
  return codesToString(n.codes, start, end);
}

/** `codes[start, end)` as a string, in chunks (no per-unit concatenation). */
export function codesToString(codes: Uint16Array, start: number, end: number): string {
  let r = '';
  for (let k = start; k < end; k += 4096) r += String.fromCharCode.apply(null, codes.subarray(k, Math.min(end, k + 4096)) as unknown as number[]);
  return r;
}
