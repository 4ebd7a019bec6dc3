// Folds text into the form the matcher compares, keeping an exact map back to the original.
// Every folded code unit remembers the original range it came from, so a match in folded text
// always maps to the precise characters the writer typed (ＪＪＯＣ, Tōhoku, ピート・ヘグセス).
//
// Folding: NFKC (full-width → half-width, half-width katakana → full-width), lower case for
// Latin, diacritics removed, ヶ/ヵ → ケ/カ, long-vowel marks after katakana dropped, a middle dot
// or space between katakana dropped, any whitespace run → one space (or nothing between two
// Japanese characters, where a line break or a PDF's stray space splits a word), ’ → '.

import { doubled } from './doubled';
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

/**
 * Folded code units with a sparse offset map. Most folded units come from exactly the source unit
 * after the previous unit's range (`[end of previous, +1)`, the first from `from`): those are
 * "regular" and not stored. Every other unit (a collapsed white-space run, the second unit of a
 * fold into several, a unit after a dropped dot, one that absorbed a long-vowel or combining mark)
 * is an exception with its range stored: `exAt[k]` its folded index, `[exStart[k], exEnd[k])` its
 * source range, in folded order. Japanese and English prose have few, so folding writes one
 * array instead of three, and a caller maps back only the units it needs.
 */
export class FoldedText {
  codes: Uint16Array;
  length = 0;
  /** Where the folded stretch starts in the source. */
  from = 0;
  exAt: Int32Array;
  exStart: Int32Array;
  exEnd: Int32Array;
  exCount = 0;

  constructor(capacity = 256) {
    this.codes = new Uint16Array(capacity);
    this.exAt = new Int32Array(16);
    this.exStart = new Int32Array(16);
    this.exEnd = new Int32Array(16);
  }

  /** Makes room for `n` code units in all, keeping the first `length`. */
  reserve(n: number): void {
    if (n <= this.codes.length) return;
    const codes = new Uint16Array(Math.max(n, this.codes.length * 2));
    codes.set(this.codes.subarray(0, this.length));
    this.codes = codes;
  }

  /** Records folded unit `k` as coming from `[start, end)`. */
  addException(k: number, start: number, end: number): void {
    const c = this.exCount;
    if (c === this.exAt.length) {
      this.exAt = doubled(this.exAt);
      this.exStart = doubled(this.exStart);
      this.exEnd = doubled(this.exEnd);
    }
    this.exAt[c] = k;
    this.exStart[c] = start;
    this.exEnd[c] = end;
    this.exCount = c + 1;
  }

  /** The index of the last exception at or before folded unit `k`, or -1. */
  private exceptionBefore(k: number): number {
    const exAt = this.exAt;
    let lo = 0;
    let hi = this.exCount - 1;
    if (hi < 0 || exAt[0]! > k) return -1;
    // Invariant: exAt[lo] <= k; the answer lies in [lo, hi].
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (exAt[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Where folded unit `k` starts in the source. */
  srcStartAt(k: number): number {
    if (this.exCount === 0) return this.from + k;
    const e = this.exceptionBefore(k);
    if (e < 0) return this.from + k;
    const at = this.exAt[e]!;
    return at === k ? this.exStart[e]! : this.exEnd[e]! + (k - at - 1);
  }

  /** Where folded unit `k` ends in the source. */
  srcEndAt(k: number): number {
    if (this.exCount === 0) return this.from + k + 1;
    const e = this.exceptionBefore(k);
    if (e < 0) return this.from + k + 1;
    const at = this.exAt[e]!;
    return at === k ? this.exEnd[e]! : this.exEnd[e]! + (k - at);
  }
}

/** `FoldedText` with the offset map written out in full; `FoldBuffer`s are reused across calls. */
export class FoldBuffer extends FoldedText implements NormalizedText {
  srcStart: Int32Array;
  srcEnd: Int32Array;

  constructor(capacity = 256) {
    super(capacity);
    this.srcStart = new Int32Array(capacity);
    this.srcEnd = new Int32Array(capacity);
  }

  /** Fills `srcStart` and `srcEnd` from the sparse map. */
  expand(): void {
    const n = this.length;
    if (this.srcStart.length < n) {
      this.srcStart = new Int32Array(this.codes.length);
      this.srcEnd = new Int32Array(this.codes.length);
    }
    const { srcStart, srcEnd, exAt, exStart, exEnd, exCount } = this;
    let e = 0;
    let end = this.from;
    for (let k = 0; k < n; k++) {
      if (e < exCount && exAt[e] === k) {
        srcStart[k] = exStart[e]!;
        end = exEnd[e++]!;
      } else {
        srcStart[k] = end++;
      }
      srcEnd[k] = end;
    }
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

/**
 * The folded unit of each BMP code unit that folds to exactly one unit whatever surrounds it (no
 * white space, mark, dot, surrogate, half-width kana or capital: the rules below that look at
 * neighbours), -1 for the others, -2 not yet computed. Most of any text takes this path.
 */
const contextFree = new Int32Array(0x10000).fill(-2);

function computeContextFree(c: number): number {
  let v = -1;
  if (
    !isWhitespace(c) &&
    !(c >= 0x41 && c <= 0x5a) &&
    !(c >= 0xd800 && c <= 0xdfff) &&
    !(c >= 0xff61 && c <= 0xff9f) &&
    !isLongVowelMark(c) &&
    !isMiddleDot(c) &&
    !isCombiningMark(c)
  ) {
    if (c < 0x80) v = c;
    else {
      const one = foldOne[c]!;
      v = one === -2 ? computeFoldOne(c) : one;
    }
  }
  contextFree[c] = v;
  return v;
}

/** Folds `text[from, to)`. Linear in its length; never throws (lone surrogates pass through). */
export function normalizeForMatch(text: string, from = 0, to = text.length): NormalizedText {
  const out = new FoldBuffer(Math.max(16, to - from + 8));
  foldInto(out, text, from, to);
  return out;
}

/**
 * Appends the units of `s` after `out`'s first `n`, all from `[start, end)`, the source range
 * before them ending at `prevEnd`; returns the new count.
 */
function pushFolded(out: FoldedText, n: number, s: string, start: number, end: number, prevEnd: number, rest: number): number {
  if (n + s.length + rest > out.codes.length) {
    out.length = n;
    out.reserve(n + s.length + rest + 8);
  }
  const codes = out.codes;
  for (let k = 0; k < s.length; k++) {
    if (start !== prevEnd || end !== start + 1) out.addException(n, start, end);
    prevEnd = end;
    codes[n++] = s.charCodeAt(k);
  }
  return n;
}

/**
 * Folds `text[from, to)` into `out` (from its start), reusing its arrays, with the offset map
 * written out in full (`srcStart`, `srcEnd`). Returns `out`.
 */
export function foldInto(out: FoldBuffer, text: string, from = 0, to = text.length): FoldBuffer {
  foldCodes(out, text, from, to);
  out.expand();
  return out;
}

/**
 * Folds `text[from, to)` into `out` (from its start), reusing its arrays: recognition folds
 * block after block without allocating. The offset map stays sparse (`FoldedText`). Returns `out`.
 */
export function foldCodes<T extends FoldedText>(out: T, text: string, from = 0, to = text.length): T {
  // Every source unit gives at most one folded unit, except the rare folds into several (ﾊﾟ is
  // one, ㍻ is two): room for one per source unit now, more only when such a fold comes.
  out.length = 0;
  out.exCount = 0;
  out.from = from;
  out.reserve(to - from + 8);
  let codes = out.codes;
  let n = 0;
  let i = from;
  // Where the source range of the last folded unit ends: a unit that starts there and spans
  // one source unit needs no entry in the offset map.
  let end = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Most units: one in, one out, whatever is around them.
    let f = contextFree[c]!;
    if (f === -2) f = computeContextFree(c);
    if (f >= 0) {
      if (i !== end) out.addException(n, i, i + 1);
      codes[n++] = f;
      i++;
      // The run that follows needs no entry in the offset map while each unit is one in, one
      // out: context-free units, and single spaces between ASCII words (the rule below, inlined).
      while (i < to) {
        const d = text.charCodeAt(i);
        const g = contextFree[d]!;
        if (g >= 0) {
          codes[n++] = g;
          i++;
          continue;
        }
        if (d !== SPACE || i + 1 >= to) break;
        const e = text.charCodeAt(i + 1);
        if (e <= SPACE || e >= 0x80 || codes[n - 1] === SPACE) break;
        codes[n++] = SPACE;
        i++;
      }
      end = i;
      continue;
    }
    // One space between ASCII words (the bulk of the rest of English text): kept as it is.
    if (c === SPACE && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d > SPACE && d < 0x80 && (n === 0 || codes[n - 1] !== SPACE)) {
        if (i !== end) out.addException(n, i, i + 1);
        codes[n++] = SPACE;
        end = ++i;
        continue;
      }
    }
    // Capital ASCII letters: lower-cased, one to one, unless spaced out (A M R A A M).
    if (c >= 0x41 && c <= 0x5a) {
      if (i + 1 < to && text.charCodeAt(i + 1) === SPACE) {
        const stop = spacedCapitalsEnd(text, i, from, to);
        if (stop > 0) {
          for (let k = i; k < stop; k += 2) {
            if (k !== end) out.addException(n, k, k + 1);
            codes[n++] = text.charCodeAt(k) + 32;
            end = k + 1;
          }
          i = stop;
          continue;
        }
      }
      if (i !== end) out.addException(n, i, i + 1);
      codes[n++] = c + 32;
      end = ++i;
      continue;
    }
    if (isWhitespace(c)) {
      let j = i + 1;
      while (j < to && isWhitespace(text.charCodeAt(j))) j++;
      const prev = n > 0 ? codes[n - 1]! : -1;
      // Between two Japanese characters a line break or stray space is dropped; else one space.
      if (prev !== SPACE && !(prev >= 0x3000 && isJapanese(prev) && j < to && isJapanese(firstFoldedUnit(text, j)))) {
        if (i !== end || j !== i + 1) out.addException(n, i, j);
        codes[n++] = SPACE;
        end = j;
      }
      i = j;
      continue;
    }
    if (c < 0x20) {
      if (i !== end) out.addException(n, i, i + 1);
      codes[n++] = c;
      end = ++i;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const m = pushFolded(out, n, foldString(text.slice(i, i + 2)), i, i + 2, end, to - i - 2);
        codes = out.codes;
        if (m > n) end = i + 2;
        n = m;
        i += 2;
        continue;
      }
    }
    if (c >= 0xff61 && c <= 0xff9d && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d === 0xff9e || d === 0xff9f) {
        // Half-width kana with a separate voicing mark: NFKC composes the pair into one kana.
        const m = pushFolded(out, n, foldString(text.slice(i, i + 2)), i, i + 2, end, to - i - 2);
        codes = out.codes;
        if (m > n) end = i + 2;
        n = m;
        i += 2;
        continue;
      }
    }
    if (isLongVowelMark(c) && n > 0 && isKatakana(codes[n - 1]!)) {
      end = extendLast(out, n, end, ++i);
      continue;
    }
    if (isMiddleDot(c) && n > 0 && isKatakana(codes[n - 1]!) && i + 1 < to && isKatakana(firstFoldedUnit(text, i + 1))) {
      i++;
      continue;
    }
    if (isCombiningMark(c)) {
      if (n > 0) end = extendLast(out, n, end, i + 1);
      i++;
      continue;
    }
    let one = foldOne[c]!;
    if (one === -2) one = computeFoldOne(c);
    if (one >= 0) {
      if (i !== end) out.addException(n, i, i + 1);
      codes[n++] = one;
      end = ++i;
      continue;
    }
    const m = pushFolded(out, n, foldUnit(c), i, i + 1, end, to - i - 1);
    codes = out.codes;
    if (m > n) end = i + 1;
    n = m;
    i++;
  }
  out.length = n;
  return out;
}

/**
 * Makes folded unit `n - 1`, whose source range ends at `end`, end at `newEnd` instead (it
 * absorbs a mark after it). Returns `newEnd`.
 */
function extendLast(out: FoldedText, n: number, end: number, newEnd: number): number {
  const last = out.exCount - 1;
  if (last >= 0 && out.exAt[last] === n - 1) out.exEnd[last] = newEnd;
  else out.addException(n - 1, end - 1, newEnd);
  return newEnd;
}

const keyBuffer = new FoldedText(64);
let keyUnits = new Uint16Array(64);

/**
 * `s` as a fresh flat string. Names come from a parser as slices, concatenations and
 * internalized strings; the fold's hot loop, fed only flat strings like the documents it folds
 * block after block, stays specialised to them (mixing in the others made it about twice as slow).
 */
function flat(s: string): string {
  if (s.length > keyUnits.length) keyUnits = new Uint16Array(Math.max(s.length, 2 * keyUnits.length));
  for (let k = 0; k < s.length; k++) keyUnits[k] = s.charCodeAt(k);
  return codesToString(keyUnits, 0, s.length);
}

/** The folded form of a whole string (aliases, cue words, queries), trimmed. */
export function normalizeKey(s: string): string {
  const n = foldCodes(keyBuffer, flat(s));
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
