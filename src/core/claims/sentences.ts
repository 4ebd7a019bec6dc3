// Splits a block of prose into sentences without Intl.Segmenter (super-linear on long input):
// one left-to-right pass. Ends: 。！？!? always; '.' only before whitespace and not after a known
// abbreviation, an initial (U.S.) or a number's decimal point. A single line break is not an end
// (prose is wrapped); blocks already end at blank lines, headings and table rows.

import { indexWithin, lastIndexWithin, lineStartFrom } from '../text/bounded';

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
  // An encyclopedia's citation right after the dot ("in 2025.[1] By …") still ends the sentence.
  if (text[after] === '[' && /^\[\d{1,3}\]\s/.test(text.slice(after, after + 6))) return true;
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

/** A headline is no longer than this. */
const MAX_TITLE_LINE = 200;

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'at', 'in', 'on', 'for', 'as', 'by', 'with', 'from', 'vs', 'is', 'its']);

/** A line of three or more words, nearly all capitalised: a headline, not a wrapped sentence. */
function isTitleCaseLine(text: string, from: number, to: number): boolean {
  // (Looked for no further back than a headline's length: a longer line is none.)
  const floor = Math.max(from, to - MAX_TITLE_LINE - 1);
  const newline = lastIndexWithin(text, '\n', to - 1, floor);
  if (newline < 0 && floor > from) return false;
  const line = text.slice(newline < 0 ? floor : newline + 1, to).trim();
  if (line.length === 0 || line.length > MAX_TITLE_LINE || /[.!?:;,]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /[A-Za-z]/.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 3) return false;
  return words.filter((w) => /^[^A-Za-z]*[A-Z]/.test(w)).length >= 0.8 * words.length;
}

/**
 * A line much shorter than the next one, not ending mid-phrase: a headline or a caption above its
 * story (「木原防衛大臣、…会談(7月29日)」), where wrapped prose has lines of about one length.
 */
function isShortLine(text: string, from: number, at: number, blockEnd: number): boolean {
  const lineStart = lineStartFrom(text, at, from);
  const length = at - lineStart;
  if (length === 0 || /[、,，\-–—(（「『]$/.test(text.slice(lineStart, at).trimEnd())) return false;
  let nextEnd = indexWithin(text, '\n', at + 1, blockEnd);
  if (nextEnd < 0) nextEnd = blockEnd;
  const next = nextEnd - at - 1;
  return next >= 40 && length < 0.6 * next;
}

/** A line with cells between bars ("発足日 | 2025年3月24日 |"): a table row, whatever its punctuation. */
function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 400 && (/\S\s*\|\s*$/.test(t) || /\S\s\|\s\S/.test(t));
}

/**
 * Is the line break at `at` a table row's edge? A table written inside a paragraph (no blank line
 * before it) is rows of their own statements, not one sentence.
 */
function pipeRowAround(text: string, from: number, at: number, blockEnd: number): boolean {
  const lineStart = lineStartFrom(text, at, from);
  let nextEnd = indexWithin(text, '\n', at + 1, blockEnd);
  if (nextEnd < 0) nextEnd = blockEnd;
  return isPipeRow(text.slice(lineStart, at)) || isPipeRow(text.slice(at + 1, nextEnd));
}

/** A line that is a date and nothing else: a page's date under its headline ("平成23年5月9日", "May 31, 2025"). */
const DATE_LINE = /^[\s　]*(?:(?:19|20)\d{2}(?:年\s*\d{1,2}月\s*\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})|(?:令和|平成|昭和)(?:元|\d{1,2})年\s*\d{1,2}月\s*\d{1,2}日|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})(?:\s*[（(][^)）]{0,8}[)）])?[\s　]*$/;

/** Is the line before the break at `at`, or the one after it, a date line? Such a line is a sentence of its own. */
function dateLineAround(text: string, from: number, at: number, blockEnd: number): boolean {
  const lineStart = lineStartFrom(text, at, from);
  let nextEnd = indexWithin(text, '\n', at + 1, blockEnd);
  if (nextEnd < 0) nextEnd = blockEnd;
  const isDate = (s: string) => s.length <= 40 && DATE_LINE.test(s);
  return isDate(text.slice(lineStart, at)) || isDate(text.slice(at + 1, nextEnd));
}

/** A timeline's row: a date, then a wide space, a tab or a colon (「2024年2月　吉田統合幕僚長が入院」). */
const TIMELINE_ROW = /^[ \t\u3000]*(?:(?:19|20|１９|２０)[0-9０-９]{2}年|(?:令和|平成|昭和)(?:元|[0-9０-９]{1,2})年)(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?(?:[\u3000\t]|\s*[:：])/;

/** Are the lines on both sides of the break at `at` timeline rows? Each row is a statement of its own. */
function timelineRowsAround(text: string, from: number, at: number, blockEnd: number): boolean {
  const lineStart = lineStartFrom(text, at, from);
  if (!TIMELINE_ROW.test(text.slice(lineStart, Math.min(at, lineStart + 24)))) return false;
  return TIMELINE_ROW.test(text.slice(at + 1, Math.min(blockEnd, at + 25)));
}

/** A line that opens with a bullet that is not Markdown's (「  • 中谷防衛相は…」「・」「■」): an item of its own. */
const BULLET_LINE = /^[ \t\u3000]*[•●■◆◇□○▪‣・※◎▼▽►]/;

/** One citation mark and the spaces after it: "[2] ". */
const CITATION = /^\[\d{1,3}\][ \t\u3000]*/;

/**
 * 「「…」(東京新聞)」「中谷防衛相 “…決意を確認”」 then a line that opens with a kanji or katakana: a Japanese line closed by a
 * bracket is a unit of its own when the next line starts no particle (「によると」 would go on).
 */
function japaneseLineClosed(text: string, from: number, at: number, next: number): boolean {
  let e = at;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return /[）)」』”]/.test(text[e - 1] ?? '') && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text.slice(Math.max(from, e - 12), e)) && /[\u30a0-\u30ff\u4e00-\u9fff「『]/.test(text[next] ?? '');
}

export function splitSentences(text: string, blockStart: number, blockEnd: number): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = blockStart;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    // An encyclopedia's citations after the last sentence's end (「…任命された。[1] [2]中谷は」) belong to none.
    for (let cite = CITATION.exec(text.slice(s, Math.min(end, s + 40))); cite; cite = CITATION.exec(text.slice(s, Math.min(end, s + 40)))) s += cite[0].length;
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
      // A blank line inside a block (plain text) still ends the sentence, and so does the end of
      // a headline run into its story ("Cabinet Approves Gen. Nagumo as Head of New Command").
      let j = i + 1;
      while (j < blockEnd && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
      if (j < blockEnd && (text.charCodeAt(j) === 0x0a || (isTitleCaseLine(text, start, i) && /[A-Z“"]/.test(text[j]!)) || isShortLine(text, start, i, blockEnd) || pipeRowAround(text, start, i, blockEnd) || dateLineAround(text, start, i, blockEnd) || timelineRowsAround(text, start, i, blockEnd) || BULLET_LINE.test(text.slice(i + 1, Math.min(blockEnd, i + 9))) || japaneseLineClosed(text, start, i, j))) push(i);
    }
  }
  push(blockEnd);
  return out;
}

/**
 * The text the claim reader reads: a comma that Japanese text writes as `,` or `，` (as the
 * Ministry of Defense's own pages do, 「令和7年3月24日,…」) is read as 「、」. Digits on both sides
 * keep it a thousands separator (「14,000名」). Same length, so every offset stays.
 */
export function withJapaneseCommas(text: string): string {
  return text.replace(JA_COMMA, '$1、');
}

const JA_COMMA = /([\u3040-\u30ff\u4e00-\u9fff々）」』〉]|[\u3040-\u30ff\u4e00-\u9fff々][)\]])[,，](?![0-9０-９])/g;
