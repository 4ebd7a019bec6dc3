// Splits a block of prose into sentences without Intl.Segmenter (super-linear on long input):
// one left-to-right pass. Ends: 。！？!? always; '.' only before whitespace and not after a known
// abbreviation, an initial (U.S.) or a number's decimal point. A single line break is not an end
// (prose is wrapped); blocks already end at blank lines, headings and table rows.

export interface SentenceRange {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'adm', 'col', 'capt', 'maj', 'sgt', 'cmdr', 'vice', 'sen', 'rep', 'gov',
  'st', 'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'e.g', 'i.e', 'u.s', 'u.k', 'dept',
]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0;
}

function isStrongEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff0e;
}

/** Is the '.' at `dot` the end of a sentence? */
function periodEnds(text: string, dot: number, blockEnd: number): boolean {
  const after = dot + 1;
  if (after < blockEnd && !isSpace(text.charCodeAt(after)) && !/["'”’)\]]/.test(text[after]!)) return false;
  // The word before the dot.
  let w = dot;
  while (w > 0 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[w]!)) return false; // an initial: "J. Smith"
  if (/^([a-z]\.)+[a-z]$/.test(word)) return false; // U.S., e.g.
  // A lower-case word after the dot means the sentence goes on ("approx. three").
  let n = after;
  while (n < blockEnd && isSpace(text.charCodeAt(n))) n++;
  if (n < blockEnd && /[a-z]/.test(text[n]!)) return false;
  return true;
}

export function splitSentences(text: string, blockStart: number, blockEnd: number): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = blockStart;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = blockStart; i < blockEnd; i++) {
    const c = text.charCodeAt(i);
    if (isStrongEnd(c)) {
      // Keep closing quotes and brackets with the sentence they close.
      let j = i + 1;
      while (j < blockEnd && /["'”’」』）)\]]/.test(text[j]!)) j++;
      push(j);
      i = j - 1;
    } else if (c === 0x2e && periodEnds(text, i, blockEnd)) {
      push(i + 1);
    } else if (c === 0x0a) {
      // A blank line inside a block (plain text) still ends the sentence.
      let j = i + 1;
      while (j < blockEnd && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
      if (j < blockEnd && text.charCodeAt(j) === 0x0a) push(i);
    }
  }
  push(blockEnd);
  return out;
}
