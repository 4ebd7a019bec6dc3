// Character classes used by the value scanners. Everything works on UTF-16 code units: every
// character the scanners care about is in the BMP, and a lone surrogate is just "other".

/** 0–9 for ASCII and full-width digits, -1 for anything else. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

export function isDigit(c: number): boolean {
  return digitValue(c) >= 0;
}

export function isWideDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Spaces a sentence may hold between words: ASCII space, tab, no-break space, ideographic space. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
}

export function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || c === 0x3007;
}

/**
 * Japanese script or punctuation: kana, kanji, CJK punctuation and the full-width forms that are
 * not digits or Latin letters. Used to decide that spaced digits (PDF text) are Japanese.
 */
export function isCjk(c: number): boolean {
  if (c >= 0x3040 && c <= 0x30ff) return true; // kana
  if (isKanji(c)) return true;
  if (c >= 0x3001 && c <= 0x303f) return true; // CJK punctuation, not the ideographic space
  if (c >= 0xff01 && c <= 0xff65) {
    return !isWideDigit(c) && !(c >= 0xff21 && c <= 0xff3a) && !(c >= 0xff41 && c <= 0xff5a);
  }
  return false;
}

/** Code unit at `i`, or -1 outside the string (so callers never index past the end). */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}
