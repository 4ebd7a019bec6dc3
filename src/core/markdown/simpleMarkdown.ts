// Which Markdown documents the linear segmenter (fastProse.ts) reads exactly as remark does. Most
// notes use a few plain constructs: headings, paragraphs, flat lists, quotes, fenced code, pipe
// tables, `*emphasis*`, `code` and inline links. For those the segmenter gives remark's prose
// view at a small fraction of micromark's cost, and the program need not load remark at all.
// Anything else (HTML, entities, escapes, `_`, indentation, reference links, bare URLs, front
// matter, setext headings…) goes to remark. The differential test in
// test/core/simpleMarkdown.property.test.ts holds the two readers equal on what this admits.

/** Characters that never appear outside code in an admitted document. */
const REFUSED = /[<&\\_~\t\r^@]|:\/\/|www\./;
/** A line that could be a setext underline, a thematic break or front matter. */
const RULE_LIKE = /^(?:[-=*+]\s*){3,}$|^(?:=+|-+)\s*$/;
/** Fenced code that opens in column 0 with backticks (no backtick in its info string). */
const FENCE_OPEN = /^(`{3,})[^`]*$/;
/** `*emphasis*`: opens after a space or a line start, closes before a space, punctuation or the line end. */
const EMPHASIS = /(?<=^|[ (])\*[^\s*`[\]][^*`[\]]*?(?<=[^\s*])\*(?=[ .,;:!?)]|$)/y;
/** An inline link with plain text and a destination without spaces or parentheses. */
const LINK = /\[[^[\]*`\n]+\]\([^\s()]*\)/y;
/** A code span of single backticks on one line. */
const CODE = /`[^`\n]+`/y;
/** Backticks on both sides of a pipe in a table row (「|` a |` b |」): GFM splits the cells first, the segmenter would read a code span. */
const CODE_ACROSS_CELLS = /`[^`\n]*\|[^`\n]*`/;
/** A table's delimiter row. */
const TABLE_DELIMITER = /^(?=.*\|)\|?[ ]*:?-+:?[ ]*(?:\|[ ]*:?-+:?[ ]*)*\|?[ ]*$/;
/** The delimiter rows admitted: every cell of three dashes or more (shorter ones read as other things too). */
const TABLE_DELIMITER_PLAIN = /^\|?[ ]*:?-{3,}:?[ ]*(?:\|[ ]*:?-{3,}:?[ ]*)*\|?[ ]*$/;
/** A list marker with nothing after it: an empty list item, which may interrupt what stands before. */
const EMPTY_ITEM = /^(?:[-*+]|\d{1,9}[.)])\s*$/;
/** The cells of a table row (no escaped pipes here: a backslash is refused). */
const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').length;
/** A list item marker at the start of a line. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)]) /;

function inlineSimple(line: string, from: number): boolean {
  let plain = '';
  let k = from;
  while (k < line.length) {
    const c = line.charCodeAt(k);
    const re = c === 0x2a /* * */ ? EMPHASIS : c === 0x5b /* [ */ ? LINK : c === 0x60 /* ` */ ? CODE : undefined;
    if (re) {
      re.lastIndex = k;
      if (!re.test(line)) return false;
      // Only a link's text is prose; its destination may hold what prose may not.
      if (c === 0x5b) plain += line.slice(k, line.indexOf('](', k));
      else if (c === 0x2a) plain += line.slice(k + 1, re.lastIndex - 1);
      k = re.lastIndex;
      continue;
    }
    if (c === 0x5d /* ] */ || c === 0x21 /* ! */) {
      // A stray bracket (a reference, a task box) or an image: not admitted.
      if (c === 0x5d || line.charCodeAt(k + 1) === 0x5b) return false;
    }
    plain += line[k];
    k++;
  }
  return !REFUSED.test(plain);
}

/** Is `text` written only with constructs the linear segmenter reads exactly as remark? */
export function isSimpleMarkdown(text: string): boolean {
  let fence = 0;
  let at = 0;
  /** What the line before was. */
  let previous: 'blank' | 'text' | 'heading' | 'quote' | 'item' | 'fence' | 'table' = 'blank';
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl);
    at = nl + 1;
    if (fence > 0) {
      // Inside fenced code anything goes, up to a closing fence in column 0. An indented fence
      // line closes it or not by its indentation (up to 3 spaces close, 4 are code), which the
      // segmenter does not read: such a note goes to remark.
      if (/^[ \t]+(?:`{3,}|~{3,})/.test(line)) return false;
      // A fence behind a quote or list marker (「> ````」) is code to remark, but the segmenter looks
      // past container markers for the closing fence (for fences opened inside a quote): remark's.
      if (/^(?:[ ]{0,3}(?:>|[-*+]|\d{1,9}[.)])[ \t]*)+(?:`{3,}|~{3,})/.test(line)) return false;
      if (/^`+\s*$/.test(line) && line.trim().length >= fence) fence = 0;
      continue;
    }
    if (line.trim().length === 0) {
      previous = 'blank';
      continue;
    }
    if (previous === 'table') {
      // A table runs to a blank line here: its rows hold pipes, and no delimiter row comes again.
      if (!line.includes('|') || TABLE_DELIMITER.test(line) || CODE_ACROSS_CELLS.test(line) || !inlineSimple(line, 0)) return false;
      continue;
    }
    const nextEnd = text.indexOf('\n', at);
    const nextLine = text.slice(at, nextEnd < 0 ? text.length : nextEnd);
    if (line.includes('|') && TABLE_DELIMITER.test(nextLine)) {
      // A table's header: after a blank line, outside any container, as many cells as delimiters,
      // starting in column 0 and saying something; its delimiter row plain.
      if (!TABLE_DELIMITER_PLAIN.test(nextLine) || /^\s/.test(line) || line.replace(/[|\s]/g, '') === '') return false;
      if (previous !== 'blank' || /^(?:#|> |[-*+] |\d)/.test(line) || cells(line) !== cells(nextLine) || CODE_ACROSS_CELLS.test(line) || !inlineSimple(line, 0)) return false;
      at = nextEnd < 0 ? text.length : nextEnd + 1;
      previous = 'table';
      continue;
    }
    // A delimiter row under a line with no pipe (「abc\n|-」, one cell each) may still make a GFM table: remark's.
    if (TABLE_DELIMITER.test(line)) return false;
    const c = line.charCodeAt(0);
    if (c === 0x20 || RULE_LIKE.test(line)) return false;
    const open = FENCE_OPEN.exec(line);
    if (open) {
      // A fence right under a list item or a quote (no blank line between) ends that container
      // in remark; the segmenter reads the lines after the fence otherwise ("2. x\n```\n>```\n```\ny").
      if (REFUSED.test(line) || previous === 'item' || previous === 'quote') return false;
      fence = open[1]!.length;
      previous = 'fence';
      continue;
    }
    // One block marker at most: a heading, a quote or a list item (nesting is remark's).
    const marker = /^(?:#{1,6} |> |[-*+] |\d{1,9}[.)] )/.exec(line);
    const from = marker ? marker[0].length : 0;
    const rest = line.charCodeAt(from);
    if (rest === 0x20 || rest === 0x3e /* > */ || rest === 0x23 /* # */ || (from > 0 && LIST_ITEM.test(line.slice(from))) || EMPTY_ITEM.test(line.slice(from))) return false;
    const kind = marker === null ? 'text' : marker[0].charCodeAt(0) === 0x23 ? 'heading' : marker[0].charCodeAt(0) === 0x3e ? 'quote' : 'item';
    // An ordered item interrupts a paragraph only when it starts at 1; a line that continues a
    // quote's or an item's paragraph keeps its markers inside remark's text: not worth the rules.
    const ordered = kind === 'item' && marker![0].charCodeAt(0) <= 0x39;
    if ((ordered && previous === 'text') || (kind === 'quote' && previous === 'quote') || (kind === 'text' && (previous === 'quote' || previous === 'item'))) return false;
    previous = kind;
    if (!inlineSimple(line, from)) return false;
  }
  // An unclosed fence runs to the end: the segmenter and remark agree, but keep it simple.
  return fence === 0;
}
