// An indented paragraph that is a sentence of prose, not code. Scraped articles and pasted text
// often indent their paragraphs ("    HONOLULU — Adm. …"), and CommonMark reads four spaces after a
// blank line as a code block: the claims on it would go unchecked. A block whose first line reads
// as a sentence (many words with the little words prose is made of, or Japanese with its
// punctuation) and has no character code is written with is read as prose; anything else stays code.
// Both Markdown readers (remark's tree, the linear segmenter) ask this of the same first line.

/** Characters and pairs that code has and prose does not. */
const CODE_MARKS = /[{}<>;$`\\|]|\/\/|\/\*|=>|==|:=|\(\)/;
const WORD = /[A-Za-z][A-Za-z’'-]*/g;
const LITTLE_WORD = /\b(?:the|a|an|of|and|to|in|on|at|for|with|by|from|is|was|are|were|has|had|that|which)\b/gi;
const SENTENCE_END = /[.!?](?:["”’)\]]*)(?:\s|$)/;
const JA_CHARS = /[\u3041-\u30ff\u4e00-\u9fff]/g;
const JA_PUNCTUATION = /[。、]/;

/** How much of a line is looked at: a first line of code or prose says what it is early. */
const LOOK = 400;

/** Does this line (indentation and all) read as a sentence of prose? */
export function readsAsProse(line: string): boolean {
  const s = line.slice(0, LOOK).trim();
  if (s.length < 30 || CODE_MARKS.test(s)) return false;
  const ja = s.match(JA_CHARS)?.length ?? 0;
  // A caption has no 。 (「…を視察する中谷防衛相(左)=5日午前」): mostly Japanese is prose too.
  if (ja >= 12) return JA_PUNCTUATION.test(s) || ja >= s.length * 0.6;
  const words = s.match(WORD)?.length ?? 0;
  const little = s.match(LITTLE_WORD)?.length ?? 0;
  return words >= 8 && little >= 2 && SENTENCE_END.test(s);
}
