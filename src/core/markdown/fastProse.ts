// A linear-time Markdown segmenter for documents too large or too dense in markup for remark.
// micromark costs about 0.1 ms per line or markup construct and grows faster than linearly on
// long paragraphs full of links or emphasis (a 4 MB list of a million items needs minutes and
// more than 4 GB of memory), so such documents are read here instead: one pass over the lines
// for the block structure, one pass per paragraph for inline code, HTML, links and images.
//
// The contract is the one remark's view keeps, with one bias: when unsure, text is NOT prose.
// Code (fenced, indented, inline), HTML, front matter, link destinations, images and reference
// definitions are never prose; `[text](entity:ID)` links are annotations; directives are read
// from HTML comments. It differs from remark in ways that only lose prose: an indented line
// after a blank line is taken for code even inside a list item, and a link whose destination
// cannot be read on its own line is left as text with its brackets blanked.

import { parseDirective, type Directive } from './directives';
import { readsAsProse } from './indentedProse';
import type { Annotation, ProseBlock } from './prose';

/** remark reads a document only when its markup cost (lines plus markup characters) is at most this. */
export const REMARK_MARKUP_BUDGET = 25_000;
/** …and it is at most this long (UTF-16 code units): remark needs about 1.6 s per MB of plain text. */
export const REMARK_MAX_LENGTH = 512 * 1024;

/** Lines plus markup characters, counted until `limit` is passed (then `limit + 1`). */
export function markupCost(text: string, limit = REMARK_MARKUP_BUDGET): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x0a: // \n
      case 0x2a: // *
      case 0x5f: // _
      case 0x60: // `
      case 0x5b: // [
      case 0x5d: // ]
      case 0x3c: // <
      case 0x3e: // >
      case 0x7c: // |
      case 0x7e: // ~
      case 0x28: // (
      case 0x29: // )
      case 0x26: // &
      case 0x5c: // \
        if (++n > limit) return n;
    }
  }
  return n;
}

/** Containers nested this deep on one line: remark's GFM pass overflows the stack and parses twice. */
const DEEP_NESTING = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])){32}/m;

/** Should this document skip remark and use `extractFastMarkdownProse`? */
export function needsFastMarkdown(text: string): boolean {
  return text.length > REMARK_MAX_LENGTH || markupCost(text) > REMARK_MARKUP_BUDGET || DEEP_NESTING.test(text);
}

// CommonMark HTML block start conditions 1–6 (7, a lone complete tag, is treated like 6 when it
// starts a block, and as inline HTML inside a paragraph).
const HTML_RAW = /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_RAW_END = /<\/(?:script|pre|style|textarea)>/i;
const HTML_BLOCK_6 =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const HTML_BLOCK_7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const ATX = /^#{1,6}(?=[ \t]|$)/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const DEFINITION = /^\[(?!\^)[^\]]{1,999}\]:/;
const FOOTNOTE_LABEL = /^\[\^[^\]\s]{1,999}\]:/;
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const INLINE_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
/** A link destination and optional title up to the closing parenthesis, on one line. */
const DESTINATION = /\(\s*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/y;

/**
 * The fence a line's content (from its indentation on, without the line break) opens a code block
 * with: three or more backticks or tildes, and no backtick after a backtick fence.
 */
export function codeFenceOpening(body: string): { char: number; len: number } | undefined {
  const m = FENCE.exec(body);
  if (!m || (m[1]![0] === '`' && m[2]!.includes('`'))) return undefined;
  return { char: m[1]!.charCodeAt(0), len: m[1]!.length };
}

interface Line {
  start: number;
  /** End of the content, before `\r\n` / `\n`. */
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const end = nl > at && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    lines.push({ start: at, end });
    at = nl + 1;
  }
  return lines;
}

function isBlankRange(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** Columns of leading white space (a tab to the next multiple of 4) and where it ends. */
function indentOf(text: string, s: number, e: number): { cols: number; at: number } {
  let cols = 0;
  let k = s;
  for (; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20) cols++;
    else if (c === 0x09) cols += 4 - (cols % 4);
    else break;
  }
  return { cols, at: k };
}

/** What the fast segmenter finds; prose.ts turns `keep` into the masked text. */
export interface FastSegments {
  /** Prose ranges, sorted and disjoint. */
  keep: Array<[number, number]>;
  blocks: ProseBlock[];
  annotations: Annotation[];
  directives: Directive[];
}

export function segmentFastMarkdown(text: string): FastSegments {
  const prose = new Uint8Array(text.length); // 1 = prose
  const blocks: ProseBlock[] = [];
  const annotations: Annotation[] = [];
  const directives: Directive[] = [];
  const lines = splitLines(text);

  let fence: { char: number; len: number } | undefined;
  let html: { end: RegExp | string | undefined; start: number } | undefined;
  let paragraph: { start: number; end: number } | undefined;
  let prevBlank = true;
  let prevCode = false;
  let inTable = false;
  let quoteDepth = 0;
  /** Content column of the last list item, while lines may still belong to it; else -1. */
  let listIndent = -1;

  const closeParagraph = () => {
    if (!paragraph) return;
    inline(text, paragraph.start, paragraph.end, prose, annotations, directives);
    blocks.push({ start: paragraph.start, end: paragraph.end });
    paragraph = undefined;
  };
  const block = (s: number, e: number) => {
    closeParagraph();
    paragraph = { start: s, end: e };
    closeParagraph();
  };
  const endHtml = (lastLineEnd: number) => {
    if (!html) return;
    const d = parseDirective(text.slice(html.start, lastLineEnd), html.start, lastLineEnd);
    if (d) directives.push(d);
    html = undefined;
  };

  let first = 0;
  // Front matter: a `---` (YAML) or `+++` (TOML) fence on the first line, closed further down.
  const fm = lines.length > 1 ? /^(?:-{3}|\+{3})[ \t]*$/.exec(text.slice(lines[0]!.start, lines[0]!.end)) : null;
  if (fm) {
    const closing = fm[0].startsWith('-') ? /^-{3}[ \t]*$/ : /^\+{3}[ \t]*$/;
    for (let k = 1; k < lines.length; k++) {
      if (closing.test(text.slice(lines[k]!.start, lines[k]!.end))) {
        first = k + 1;
        break;
      }
    }
  }

  for (let k = first; k < lines.length; k++) {
    const line = lines[k]!;
    const blank = isBlankRange(text, line.start, line.end);

    if (fence) {
      // Inside a fence, container markers are skipped to find the closing fence.
      const c = stripContainers(text, line.start, line.end).at;
      const m = FENCE.exec(text.slice(c, line.end).trimStart());
      if (m && m[1]!.charCodeAt(0) === fence.char && m[1]!.length >= fence.len && m[2]!.trim() === '') fence = undefined;
      prevBlank = false;
      continue;
    }
    if (html) {
      if (html.end === undefined) {
        if (blank) {
          endHtml(lines[k - 1]!.end);
          prevBlank = true;
          quoteDepth = 0;
        }
        continue;
      }
      const body = text.slice(line.start, line.end);
      if (typeof html.end === 'string' ? body.includes(html.end) : html.end.test(body)) endHtml(line.end);
      continue;
    }
    if (blank) {
      closeParagraph();
      inTable = false;
      prevBlank = true;
      quoteDepth = 0;
      continue;
    }

    const { cols } = indentOf(text, line.start, line.end);
    const stripped = stripContainers(text, line.start, line.end);
    const hasMarker = stripped.listIndent >= 0;
    if (!hasMarker && listIndent >= 0 && cols < listIndent && (prevBlank || !paragraph)) listIndent = -1;
    // Indented code: after a blank line or more indented code, never inside a paragraph.
    const codeIndent = 4 + Math.max(0, listIndent);
    // Not a line that reads as a sentence of prose: an indented paragraph of pasted text (indentedProse.ts),
    // also after indented lines that do not (a scraped page's "    Source: …" rows right above its text).
    if (!paragraph && stripped.at === line.start && cols >= codeIndent && (prevBlank || prevCode) && !readsAsProse(text.slice(line.start, line.end))) {
      prevCode = true;
      prevBlank = false;
      continue;
    }
    prevCode = false;
    const lazy = paragraph !== undefined && !hasMarker && stripped.quoteDepth < quoteDepth;
    if (hasMarker || (!lazy && stripped.quoteDepth !== quoteDepth)) {
      closeParagraph();
      inTable = false;
    }
    if (!lazy) quoteDepth = stripped.quoteDepth;
    if (hasMarker) listIndent = stripped.listIndent;
    const at = stripped.at;
    const content = text.slice(at, line.end);
    const wasBlank = prevBlank;
    prevBlank = false;

    if (content.trim() === '') {
      closeParagraph(); // A bare list or quote marker.
      continue;
    }
    // Indented code right after a container marker (`>     code`, `-     code`).
    if (!paragraph && stripped.at > line.start && indentOf(text, at, line.end).cols >= 4) {
      prevCode = true;
      continue;
    }
    const contentAt = indentOf(text, at, line.end).at;
    const body = text.slice(contentAt, line.end);
    const fenceOpen = codeFenceOpening(body);
    if (fenceOpen) {
      closeParagraph();
      inTable = false;
      fence = fenceOpen;
      continue;
    }
    if (body.charCodeAt(0) === 0x3c /* < */) {
      let end: RegExp | string | undefined | null = null;
      let from = 2;
      if (HTML_RAW.test(body)) end = HTML_RAW_END;
      else if (body.startsWith('<!--')) [end, from] = ['-->', 4];
      else if (body.startsWith('<![CDATA[')) [end, from] = [']]>', 9];
      else if (body.startsWith('<?')) end = '?>';
      else if (/^<![A-Za-z]/.test(body)) end = '>';
      else if (HTML_BLOCK_6.test(body) || (!paragraph && HTML_BLOCK_7.test(body))) end = undefined;
      if (end !== null) {
        closeParagraph();
        inTable = false;
        html = { end, start: contentAt };
        if (end !== undefined) {
          const rest = text.slice(contentAt + from, line.end);
          if (typeof end === 'string' ? rest.includes(end) : end.test(rest)) endHtml(line.end);
        }
        continue;
      }
    }
    if (THEMATIC.test(body)) {
      closeParagraph();
      inTable = false;
      continue;
    }
    if (paragraph && SETEXT.test(body)) {
      closeParagraph();
      continue;
    }
    const atx = ATX.exec(body);
    if (atx) {
      inTable = false;
      // The heading's text, without the opening and closing `#` runs.
      let s = contentAt + atx[0].length;
      let e = line.end;
      while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
      const closing = /(?:^|[ \t])#+$/.exec(text.slice(s, e));
      if (closing) e = s + closing.index;
      while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
      closeParagraph();
      if (e > s) inline(text, s, e, prose, annotations, directives);
      // The block is the whole heading line from its first `#`, as remark's heading node is.
      blocks.push({ start: contentAt, end: line.end });
      continue;
    }
    if (!paragraph && DEFINITION.test(body)) continue;
    const next = lines[k + 1];
    const isRow = inTable || (!lazy && body.includes('|') && next !== undefined && next.end > next.start && TABLE_DELIMITER.test(text.slice(stripContainers(text, next.start, next.end).at, next.end).trim()));
    if (isRow) {
      inTable = true;
      if (TABLE_DELIMITER.test(body.trim())) {
        closeParagraph();
        continue;
      }
      block(contentAt, line.end);
      // Cell borders are not prose.
      for (let p = contentAt; p < line.end; p++) if (text.charCodeAt(p) === 0x7c && text.charCodeAt(p - 1) !== 0x5c) prose[p] = 0;
      continue;
    }
    const footnote = !paragraph ? FOOTNOTE_LABEL.exec(body) : null;
    if (paragraph && !(hasMarker && wasBlank)) paragraph.end = line.end;
    else {
      closeParagraph();
      paragraph = { start: footnote ? contentAt + footnote[0].length : contentAt, end: line.end };
    }
  }
  if (html) endHtml(text.length);
  closeParagraph();

  const keep: Array<[number, number]> = [];
  for (let i = 0; i < text.length; ) {
    if (!prose[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && prose[j]) j++;
    keep.push([i, j]);
    i = j;
  }
  return { keep, blocks: outermost(blocks), annotations, directives };
}

/** The blocks sorted, without those inside another (a table row holds its cells' blocks). */
export function outermost(blocks: ProseBlock[]): ProseBlock[] {
  blocks.sort((a, b) => a.start - b.start);
  const out: ProseBlock[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (last && b.start < last.end) continue;
    out.push(b);
  }
  return out;
}

/**
 * Skips block-quote markers and list markers at the start of a line (with up to three spaces
 * before each). `quoteDepth` counts the `>` markers; `listIndent` is the content column of a
 * list item that starts on this line, else -1.
 */
function stripContainers(text: string, s: number, e: number): { at: number; quoteDepth: number; listIndent: number } {
  let at = s;
  let quoteDepth = 0;
  let listIndent = -1;
  for (let guard = 0; guard < 10_000 && at < e; guard++) {
    let k = at;
    let spaces = 0;
    while (k < e && text.charCodeAt(k) === 0x20 && spaces < 4) {
      k++;
      spaces++;
    }
    if (spaces >= 4) break;
    if (text.charCodeAt(k) === 0x3e /* > */) {
      at = k + 1;
      if (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
      quoteDepth++;
      continue;
    }
    const m = LIST_MARKER.exec(text.slice(k, Math.min(e, k + 12)));
    if (m && !THEMATIC.test(text.slice(k, e))) {
      at = k + m[0].length;
      let w = 0;
      while (at + w < e && (text.charCodeAt(at + w) === 0x20 || text.charCodeAt(at + w) === 0x09)) w++;
      // Five or more spaces after the marker: one belongs to it, the rest start indented code.
      at += w >= 5 ? 1 : w;
      listIndent = at - s;
      continue;
    }
    break;
  }
  return { at, quoteDepth, listIndent };
}

/**
 * Marks the prose of one paragraph (or heading, or table row) `[s, e)`: everything but inline
 * code, HTML, autolinks, images, link brackets and destinations, and emphasis markers.
 */
function inline(text: string, s: number, e: number, prose: Uint8Array, annotations: Annotation[], directives: Directive[]): void {
  for (let k = s; k < e; k++) prose[k] = 1;
  // Container markers on continuation lines (`> `, list indentation) are not prose.
  for (let k = s; k < e; k++) {
    if (text.charCodeAt(k) !== 0x0a) continue;
    const lineEnd = text.indexOf('\n', k + 1);
    const stop = lineEnd < 0 || lineEnd > e ? e : lineEnd;
    const at = stripContainers(text, k + 1, stop).at;
    for (let p = k + 1; p < at; p++) prose[p] = 0;
  }

  // 1. Code spans: a run of n backticks up to the next run of exactly n.
  const runs: Array<[number, number]> = [];
  for (let k = s; k < e; ) {
    if (text.charCodeAt(k) !== 0x60) {
      k++;
      continue;
    }
    let j = k;
    while (j < e && text.charCodeAt(j) === 0x60) j++;
    let start = k;
    if (k > s && text.charCodeAt(k - 1) === 0x5c) start++; // an escaped backtick is literal
    if (j > start) runs.push([start, j - start]);
    k = j;
  }
  if (runs.length > 0) {
    const byLength = new Map<number, number[]>();
    runs.forEach(([, len], idx) => {
      const list = byLength.get(len);
      if (list) list.push(idx);
      else byLength.set(len, [idx]);
    });
    const pointer = new Map<number, number>();
    for (let r = 0; r < runs.length; r++) {
      const [pos, len] = runs[r]!;
      const list = byLength.get(len)!;
      let p = pointer.get(len) ?? 0;
      while (p < list.length && list[p]! <= r) p++;
      pointer.set(len, p);
      if (p >= list.length) continue;
      const close = list[p]!;
      const [cpos] = runs[close]!;
      for (let q = pos; q < cpos + len; q++) prose[q] = 0;
      r = close;
    }
  }

  // 2. HTML comments (directives among them), tags, autolinks; 3. images and links.
  const brackets: number[] = [];
  let failedUpTo = -1;
  let commentsClosed = true;
  for (let k = s; k < e; k++) {
    if (!prose[k]) continue;
    const c = text.charCodeAt(k);
    if (c === 0x5c /* \ */) {
      k++; // an escaped character is literal
      continue;
    }
    if (c === 0x3c /* < */) {
      if (text.startsWith('<!--', k)) {
        // Once a comment finds no end in this paragraph, no later one can: linear time.
        const close = commentsClosed ? text.indexOf('-->', k + 4) : -1;
        if (close < 0 || close + 3 > e) commentsClosed = false;
        else {
          const end = close + 3;
          const d = parseDirective(text.slice(k, end), k, end);
          if (d) directives.push(d);
          for (let q = k; q < end; q++) prose[q] = 0;
          k = end - 1;
        }
        continue;
      }
      for (const re of [AUTOLINK, INLINE_TAG]) {
        re.lastIndex = k;
        const m = re.exec(text);
        if (m && k + m[0].length <= e) {
          for (let q = k; q < k + m[0].length; q++) prose[q] = 0;
          k += m[0].length - 1;
          break;
        }
      }
      continue;
    }
    if (c === 0x5b /* [ */) {
      brackets.push(k);
      continue;
    }
    if (c === 0x5d /* ] */ && brackets.length > 0) {
      const open = brackets.pop()!;
      if (text.charCodeAt(k + 1) !== 0x28 /* ( */ || k + 1 < failedUpTo) continue;
      DESTINATION.lastIndex = k + 1;
      const m = DESTINATION.exec(text);
      if (!m || k + 1 + m[0].length > e) {
        // Whatever a later attempt in this run would read, it is left as text: linear time.
        let q = k + 2;
        while (q < e && !/\s/.test(text[q]!)) q++;
        failedUpTo = q;
        for (const p of [open, k]) prose[p] = 0;
        continue;
      }
      const end = k + 1 + m[0].length;
      const image = open > s && text.charCodeAt(open - 1) === 0x21 /* ! */ && prose[open - 1];
      if (image) {
        for (let q = open - 1; q < end; q++) prose[q] = 0;
      } else {
        prose[open] = 0;
        for (let q = k; q < end; q++) prose[q] = 0;
        const dest = m[0].slice(1, -1).trim().replace(/^<|>$/g, '');
        if (dest.startsWith('entity:')) {
          // A pinned mention: its text is the link text, and the matcher stays out of it.
          annotations.push({ id: dest.slice('entity:'.length).trim().split(/\s/)[0]!, start: open + 1, end: k, text: text.slice(open + 1, k) });
          for (let q = open + 1; q < k; q++) prose[q] = 0;
        }
      }
      k = end - 1;
      continue;
    }
    // Emphasis and strike-through markers.
    if (c === 0x2a /* * */ || (c === 0x7e /* ~ */ && (text.charCodeAt(k + 1) === 0x7e || text.charCodeAt(k - 1) === 0x7e))) {
      prose[k] = 0;
      continue;
    }
    if (c === 0x5f /* _ */) {
      const before = k > s ? text[k - 1]! : ' ';
      const after = k + 1 < e ? text[k + 1]! : ' ';
      if (!/[\p{L}\p{N}]/u.test(before) || !/[\p{L}\p{N}]/u.test(after)) prose[k] = 0;
    }
  }
}
