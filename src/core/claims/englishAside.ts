// English in brackets inside a Japanese sentence: 「サミュエル・パパロ米インド太平洋軍司令官（Admiral Samuel
// Paparo, Commander, U.S. Indo-Pacific Command (INDOPACOM)）」. Japanese government pages give a
// person's name and post again in English; that gloss states the post as an English sentence would,
// and is read as one.

import type { SentenceRange } from './sentences';

/** How many bracketed glosses of one sentence are read. */
const MAX_ASIDES = 4;
/** How long (UTF-16 code units) a gloss may be. */
const MAX_ASIDE_LENGTH = 300;
/** A gloss: words in Latin letters, at least three, with no Japanese inside. */
const LATIN_WORDS = /[A-Za-z][A-Za-z.'’-]*(?:[\s,]+[A-Za-z(][A-Za-z.'’()-]*){2,}/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** （ ( ） ): brackets, full-width and ASCII. */
const OPEN_WIDE = 0xff08;
const OPEN = 0x28;
const CLOSE_WIDE = 0xff09;
const CLOSE = 0x29;

/** The bracketed English glosses of a Japanese sentence, each as a range of its own. */
export function englishAsides(text: string, sentence: SentenceRange): SentenceRange[] {
  const out: SentenceRange[] = [];
  // (Character codes, not one-character strings: every sentence of a document is scanned.)
  for (let i = sentence.start; i < sentence.end && out.length < MAX_ASIDES; i++) {
    const open = text.charCodeAt(i);
    if (open !== OPEN_WIDE && open !== OPEN) continue;
    // The matching close, nested brackets counted ("(INDOPACOM)" inside).
    let depth = 0;
    let end = -1;
    for (let j = i; j < Math.min(sentence.end, i + MAX_ASIDE_LENGTH); j++) {
      const c = text.charCodeAt(j);
      if (c === OPEN_WIDE || c === OPEN) depth++;
      else if ((c === CLOSE_WIDE || c === CLOSE) && --depth === 0) { end = j; break; }
    }
    if (end < 0) continue;
    const inner = text.slice(i + 1, end);
    if (!JAPANESE.test(inner) && LATIN_WORDS.test(inner)) out.push({ start: i + 1, end });
    i = end;
  }
  return out;
}
