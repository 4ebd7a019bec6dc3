// Character classes by script, on UTF-16 code units. Matching boundaries depend on them: a Latin
// alias must not touch Latin letters, a one-kanji alias must not sit inside a kanji run.

/** ASCII letters and digits after folding, plus Latin letters with diacritics that survive it. */
export function isLatinAlnum(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x30 && c <= 0x39) || // 0-9
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) // Latin-1 Supplement and Extended-A/B letters
  );
}

export function isKanji(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 || // 々 repeats the kanji before it
    (c >= 0xd840 && c <= 0xd87f) // high surrogates of CJK Extension B and later (𠮷)
  );
}

export function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x30fd || c === 0x30fe;
}

export function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x309f;
}

/** Japanese script: where words are not separated by spaces. */
export function isJapanese(c: number): boolean {
  return isKanji(c) || isKatakana(c) || isHiragana(c) || c === 0x30fc || c === 0x30fb;
}

export function isWhitespace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
    c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff
  );
}
