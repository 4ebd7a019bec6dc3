// Decides which parts of a document are prose. The result keeps the document's offsets: every
// code unit outside prose is blanked in `masked` (line breaks kept), so matching, sentence
// splitting and value parsing all work in document coordinates with no extra offset map.

import { parseDirective, type Directive } from './directives';
import { codeFenceOpening, needsFastMarkdown, outermost, segmentFastMarkdown } from './fastProse';
import { readsAsProse } from './indentedProse';
import { isSimpleMarkdown } from './simpleMarkdown';

export type DocumentKind = 'markdown' | 'plaintext';

/** A stretch of prose that sentences never cross: a paragraph, a heading, a table row. */
export interface ProseBlock {
  start: number;
  end: number;
}

/** An explicit `[text](entity:ID)` link: a pinned mention. */
export interface Annotation {
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface ProseView {
  masked: string;
  blocks: ProseBlock[];
  annotations: Annotation[];
  directives: Directive[];
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

type Remark = typeof import('./remark');
/** Required, not imported: loaded only when a note needs remark (simpleMarkdown.ts). */
const remark = (): Remark => require('./remark') as Remark;
let processor: ReturnType<Remark['createProcessor']> | undefined;
let plainProcessor: ReturnType<Remark['createPlainProcessor']> | undefined;

/**
 * Parses with GFM (tables, autolinks). GFM's autolink pass recurses per nesting level and
 * overflows the stack on pathological nesting (thousands of `>`); CommonMark alone does not,
 * so that input is parsed without GFM rather than failing.
 */
function parseMarkdown(text: string): MdNode {
  processor ??= remark().createProcessor();
  try {
    return processor.parse(text) as MdNode;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    plainProcessor ??= remark().createPlainProcessor();
    return plainProcessor.parse(text) as MdNode;
  }
}

/**
 * Bare URLs and e-mail addresses inside prose, which autolinking may have missed. A scheme or a
 * local part starts only where a run of its characters starts (the look-behinds): with `\b`
 * instead, every position of `a.a.a.a…` was a start and each attempt ran to the end of the run
 * (160 KB of it took minutes).
 */
const BARE_URL = /(?:(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>()\[\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/gi;

/**
 * How much of a URL as matched (or autolinked) is the URL: a URI is ASCII, so text in another
 * script glued to it after a letter or digit (「…/040/103000c折木氏は、…」, a scraped page's link
 * run into its next sentence) is prose again. A path in another script after / = # ? & _ or -
 * (「…/wiki/統合作戦司令部」) stays the URL's.
 */
export function urlLength(url: string): number {
  for (let k = 1; k < url.length; k++) {
    if (url.charCodeAt(k) >= 0x80 && ASCII_ALNUM.test(url[k - 1]!)) return k;
  }
  return url.length;
}
const ASCII_ALNUM = /[A-Za-z0-9]/;

function withoutUrls(text: string, keep: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of keep) {
    let at = s;
    const piece = text.slice(s, e);
    for (const m of piece.matchAll(BARE_URL)) {
      out.push([at, s + m.index]);
      at = s + m.index + urlLength(m[0]);
    }
    out.push([at, e]);
  }
  return out.filter(([s, e]) => e > s);
}

/** Node types whose whole subtree is not prose. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'image', 'imageReference', 'definition', 'math', 'inlineMath']);
/** Node types that end a sentence run. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableRow']);
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|www\.)/i;

function offsets(node: MdNode): [number, number] | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

function textOf(node: MdNode): string {
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Blanks every code unit outside `keep` ranges (sorted, disjoint), keeping line breaks. */
export function maskOutside(text: string, keep: Array<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  for (const [s, e] of keep) {
    if (s < at) continue;
    parts.push(blank(text.slice(at, s)), text.slice(s, e));
    at = e;
  }
  parts.push(blank(text.slice(at)));
  return parts.join('');
}

export function extractMarkdownProse(text: string): ProseView {
  // Plain notes (see simpleMarkdown.ts) read the same either way, in a fraction of the time.
  if (needsFastMarkdown(text)) return extractFastMarkdownProse(text);
  // The gate admits no bare URL or e-mail address in prose: nothing for withoutUrls to take out.
  if (isSimpleMarkdown(text)) return extractFastMarkdownProse(text, false);
  return extractRemarkProse(text);
}

/** remark's reading of any document (the oracle the linear segmenter is tested against). */
export function extractRemarkProse(text: string): ProseView {
  return proseOfTree(text, parseMarkdown(text));
}

/**
 * A document too large or too dense in markup for remark (see fastProse.ts) is read by the
 * linear segmenter, which errs towards "not prose".
 */
export function extractFastMarkdownProse(text: string, bareUrls = true): ProseView {
  const f = segmentFastMarkdown(text);
  return { masked: maskOutside(text, bareUrls ? withoutUrls(text, f.keep) : f.keep), blocks: f.blocks, annotations: f.annotations, directives: f.directives };
}

/**
 * GFM finds a `www.` link glued to the text before it (「記事→www.jiji.com」) after parsing, and the
 * nodes it splits off carry no position: without one, the whole paragraph around them was lost.
 * Such children are found again in their parent's source, in order; a child whose text is not
 * there as written (an escape, an entity) keeps no position and is left out, as before.
 */
/** How far past the previous sibling a positionless child is looked for. */
const PLACE_SLACK = 64;

function placeChildren(text: string, range: [number, number], children: MdNode[]): void {
  if (children.every((c) => c.position?.start.offset !== undefined)) return;
  let at = range[0];
  for (const child of children) {
    const own = offsets(child);
    if (own) {
      at = Math.max(at, own[1]);
      continue;
    }
    const value = textOf(child);
    // Siblings sit next to each other but for a little markup: a bounded look keeps this linear.
    const window = text.slice(at, Math.min(range[1], at + value.length + PLACE_SLACK));
    const offset = value === '' ? -1 : window.indexOf(value);
    if (offset < 0) continue;
    const found = at + offset;
    child.position = { start: { offset: found }, end: { offset: found + value.length } };
    at = found + value.length;
  }
}

/**
 * The paragraphs of an indented code block at `[start, end)` that read as prose, as the linear
 * segmenter decides them: a paragraph (a run of lines up to a blank one) is prose from its first
 * line that reads as a sentence on; the lines before it, and paragraphs with none, stay code.
 */
function firstLine(text: string, start: number, end: number): string {
  const lineEnd = text.indexOf('\n', start);
  return text.slice(start, lineEnd < 0 || lineEnd > end ? end : lineEnd).replace(/\r$/, '');
}

function indentedProseParts(text: string, start: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let paragraph: [number, number] | undefined;
  let skipping = false;
  for (let at = start; at < end; ) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(at, lineEnd);
    if (line.trim() === '') {
      if (paragraph) parts.push(paragraph);
      paragraph = undefined;
      skipping = false;
    } else if (skipping) {
      // A line of a paragraph of code, unless it reads as prose (a scraped page's "    Source: …" rows right above its text).
      if (readsAsProse(line)) {
        paragraph = [at, lineEnd];
        skipping = false;
      }
    } else if (paragraph) paragraph[1] = lineEnd;
    else if (readsAsProse(line)) paragraph = [at, lineEnd];
    else skipping = true;
    at = lineEnd + 1;
  }
  if (paragraph) parts.push(paragraph);
  return parts;
}

/** The prose view of a parsed tree; `tree` nodes past `text.length` (a sentinel) are ignored. */
function proseOfTree(text: string, tree: MdNode): ProseView {
  const keep: Array<[number, number]> = [];
  const blocks: ProseBlock[] = [];
  const annotations: Annotation[] = [];
  const directives: Directive[] = [];

  // Iterative walk: deeply nested Markdown (thousands of `>`) must not overflow the stack.
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const range = offsets(node);
    if (node.type === 'html' && range) {
      const directive = parseDirective(node.value ?? '', range[0], range[1]);
      if (directive) directives.push(directive);
      continue;
    }
    // An indented block of pasted prose is prose (indentedProse.ts), paragraph by paragraph.
    if (node.type === 'code' && range && !codeFenceOpening(firstLine(text, range[0], range[1]).trimStart())) {
      for (const part of indentedProseParts(text, range[0], range[1])) {
        keep.push(part);
        blocks.push({ start: part[0], end: part[1] });
      }
      continue;
    }
    if (SKIPPED.has(node.type)) continue;
    if (node.type === 'link' && range) {
      const url = node.url ?? '';
      const label = textOf(node);
      if (url.startsWith('entity:')) {
        const first = node.children?.[0] ? offsets(node.children[0]) : undefined;
        const last = node.children?.length ? offsets(node.children[node.children.length - 1]!) : undefined;
        if (first && last) annotations.push({ id: url.slice('entity:'.length).trim(), start: first[0], end: last[1], text: text.slice(first[0], last[1]) });
        continue;
      }
      // A bare URL shown as its own text (autolink) is not prose; text of another script run into it is (urlLength).
      if (label === url || URL_LIKE.test(label)) {
        const cut = label === url ? urlLength(label) : label.length;
        if (cut < label.length && text.slice(range[0], range[1]) === label) keep.push([range[0] + cut, range[1]]);
        continue;
      }
    }
    if (node.type === 'text' && range) {
      keep.push(range);
      continue;
    }
    if (BLOCKS.has(node.type) && range) blocks.push({ start: range[0], end: range[1] });
    const children = node.children;
    if (children && range) placeChildren(text, range, children);
    if (children) for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  keep.sort((a, b) => a[0] - b[0]);
  const prose = withoutUrls(text, keep);
  return { masked: maskOutside(text, prose), blocks: outermost(blocks), annotations, directives };
}

// --- Parsing block by block ------------------------------------------------------------------
//
// A long note is parsed as a run of chunks, each on its own: the document is cut at blank lines
// followed by a line that starts in column 0, where CommonMark starts afresh. A chunk's parse is
// kept (by its text) and reused when an edit leaves it unchanged, so a keystroke re-parses only
// the chunk it touches; parsing small chunks is also faster than one large parse (micromark's
// cost grows faster than linearly). The result is identical to `extractMarkdownProse`:
// - a cut is kept only where the chunk before it ends with nothing open: parsed with a sentinel
//   paragraph after it, the sentinel must come out as a paragraph of its own (an unclosed fence,
//   HTML block or front matter swallows it, and the chunk grows instead);
// - link reference and footnote definitions (`]:`) reach across blocks: such documents, and those
//   with a lone CR line ending or extreme nesting, are parsed whole;
// - only the first chunk may hold front matter, and no cut falls inside it.

/**
 * One chunk's prose view, in chunk-local offsets; no view when the chunk did not stand (something
 * was left open at its end), so that the next analysis does not parse it again to find that out.
 */
export interface ChunkProse {
  view: ProseView | undefined;
  /** The line after the chunk it was checked against (undefined: it ended the document). */
  nextLine: string | undefined;
}

/** The chunks of the last analysis of a document, by text (and whether it starts it), for the next one. */
export type ProseChunkCache = Map<string, ChunkProse>;

let gfmProcessor: ReturnType<Remark['createGfmProcessor']> | undefined;

/** Documents parsed whole: definitions reach across blocks; CR-only line ends; deep nesting. */
const WHOLE_ONLY = /\]:|\r(?!\n)|^[ \t>*+\-0-9.)]{64}/m;
/** Below this size a document is parsed whole: chunking buys nothing. */
const CHUNK_MIN_LENGTH = 4096;

class WholeParseNeeded extends Error {}

/** Parses one chunk (with GFM; front matter only in the first), the way `parseMarkdown` does. */
function parseChunk(chunk: string, first: boolean): MdNode {
  if (first) {
    processor ??= remark().createProcessor();
  } else {
    gfmProcessor ??= remark().createGfmProcessor();
  }
  try {
    return (first ? processor! : gfmProcessor!).parse(chunk) as MdNode;
  } catch (e) {
    // The whole document would be parsed without GFM then: let the caller do exactly that.
    if (e instanceof RangeError) throw new WholeParseNeeded();
    throw e;
  }
}

/**
 * Parsing many tiny chunks costs more than it saves (each parse has a fixed cost): of the places
 * where a chunk may start, about one in CUT_EVERY is used, chosen by the text of the line there,
 * so that the choice does not move when an edit elsewhere shifts the document.
 */
const CUT_EVERY = 8;

function lineHash(text: string, at: number): number {
  let h = 0x811c9dc5;
  const end = Math.min(text.length, at + 48);
  for (let k = at; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) break;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 16)) >>> 0;
}

/** Space, tab, or the CR of a CRLF: what a blank line may hold, and what may follow a closing fence. */
const isLineSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d;

/**
 * Where chunks may start: after a blank line, at a line that starts with a non-blank in column 0;
 * and at every line that opens a code fence in column 0 (such a chunk is read without a parse).
 */
function cutPoints(text: string): number[] {
  const cuts: number[] = [];
  let lineStart = 0;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    let k = lineStart;
    while (k < nl && isLineSpace(text.charCodeAt(k))) k++;
    const isBlank = k === nl;
    const next = nl + 1;
    if (next < text.length) {
      const c = text.charCodeAt(next);
      if (isBlank && !isLineSpace(c) && c !== 0x0a && lineHash(text, next) % CUT_EVERY === 0) cuts.push(next);
      else if (openingFence(text, next) > 0) cuts.push(next);
    }
    lineStart = next;
  }
  return cuts;
}

// --- Fenced code, read line by line ------------------------------------------------------------
//
// A fenced code block that opens in column 0 at the start of a chunk (the chunk before it stood
// with that line after it, so the line opens a block at the top level) runs, by CommonMark's
// rules, to the first line that closes it, whatever lies between: its extent needs no parse.
// This keeps a keystroke inside a long code block, or in a document where an unclosed fence
// swallows everything after it, from re-parsing all of it.

/** The length of the fence that opens a code block at `at` (column 0), or 0 (`codeFenceOpening`'s rule). */
function openingFence(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c !== 0x60 && c !== 0x7e) return 0;
  const nl = text.indexOf('\n', at);
  let end = nl < 0 ? text.length : nl;
  if (text.charCodeAt(end - 1) === 0x0d) end--;
  return codeFenceOpening(text.slice(at, end))?.len ?? 0;
}

/** Is `text[start, end)` (one line, without its line break) a fence of `length` or more `fence` characters that closes a block? */
function closesFence(text: string, start: number, end: number, fence: number, length: number): boolean {
  let k = start;
  while (k < end && k - start < 3 && text.charCodeAt(k) === 0x20) k++;
  const run = k;
  while (k < end && text.charCodeAt(k) === fence) k++;
  if (k - run < length) return false;
  while (k < end && isLineSpace(text.charCodeAt(k))) k++;
  return k === end;
}

/**
 * Where the code block that opens at `at` with a fence of `length` ends: after its closing line
 * and the blank lines after it (nothing is open there: the next line starts afresh), or at the
 * end of the text.
 */
function fencedCodeEnd(text: string, at: number, length: number): number {
  const fence = text.charCodeAt(at);
  let lineStart = text.indexOf('\n', at);
  while (lineStart >= 0) {
    lineStart++;
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (closesFence(text, lineStart, lineEnd, fence, length)) return nl < 0 ? text.length : afterBlankLines(text, nl + 1);
    lineStart = nl;
  }
  return text.length;
}

/** `at`, moved past any blank lines that start there (to the start of the next non-blank line). */
function afterBlankLines(text: string, at: number): number {
  for (;;) {
    let k = at;
    while (k < text.length && isLineSpace(text.charCodeAt(k))) k++;
    if (k >= text.length) return text.length;
    if (text.charCodeAt(k) !== 0x0a) return at;
    at = k + 1;
  }
}

/** The prose view of a chunk that is one fenced code block: no prose at all. */
function codeChunk(chunk: string): ChunkProse {
  return { view: { masked: maskOutside(chunk, []), blocks: [], annotations: [], directives: [] }, nextLine: undefined };
}

/** Node types and offsets, recursively, shifted by `delta`: to compare two parses of one line. */
function shape(node: MdNode, delta: number): string {
  const r = offsets(node);
  const kids = node.children ? `[${node.children.map((c) => shape(c, delta)).join(',')}]` : '';
  return `${node.type}@${r ? `${r[0] + delta}-${r[1] + delta}` : ''}${kids}`;
}

/**
 * Parses `chunk`. With `nextLine` (the first line of the following chunk), the chunk is parsed
 * with that line after it, and the result stands only if the line comes out exactly as it does
 * when it starts a parse of its own: then nothing was left open at the chunk's end, and nothing
 * at its end changes how the next chunk begins. Undefined when it does not stand.
 */
function chunkProse(chunk: string, first: boolean, nextLine: string | undefined): ChunkProse | undefined {
  if (nextLine === undefined) return { view: proseOfTree(chunk, parseChunk(chunk, first)), nextLine };
  const tree = parseChunk(chunk + nextLine, first);
  const children = tree.children ?? [];
  const last = children[children.length - 1];
  const range = last ? offsets(last) : undefined;
  if (!last || !range || range[0] !== chunk.length) return undefined;
  const alone = parseChunk(nextLine, false).children ?? [];
  if (alone.length !== 1 || shape(alone[0]!, chunk.length) !== shape(last, 0)) return undefined;
  return { view: proseOfTree(chunk, { ...tree, children: children.slice(0, -1) }), nextLine };
}

/**
 * `extractMarkdownProse`, chunk by chunk, reusing the chunks in `previous` (the cache of the last
 * analysis of this document); the chunks used are put in `next` for the next analysis.
 */
export function extractMarkdownProseIncremental(text: string, previous?: ProseChunkCache, next?: ProseChunkCache, minLength = CHUNK_MIN_LENGTH): ProseView {
  if (text.length < minLength || WHOLE_ONLY.test(text) || needsFastMarkdown(text)) return extractMarkdownProse(text);
  // A document read once goes to the segmenter when plain; one being edited (its chunks kept for
  // the next analysis) stays chunked, where an edit re-parses one chunk, not the whole text.
  if (next === undefined && isSimpleMarkdown(text)) return extractFastMarkdownProse(text, false);
  try {
    return assembleChunks(text, previous, next);
  } catch (e) {
    if (e instanceof WholeParseNeeded) return extractMarkdownProse(text);
    throw e;
  }
}

/**
 * Where the front matter ends (after its closing fence's line), 0 when there is none, -1 when an
 * opening fence has no closing one (remark-frontmatter's failed attempt then changes how the
 * rest of the document parses, so such a document is parsed whole).
 */
function frontMatterEnd(text: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = open[1] === '---' ? /^-{3}[ \t]*\r?$/m : /^\+{3}[ \t]*\r?$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  return m ? open[0].length + m.index + m[0].length : -1;
}

function assembleChunks(text: string, previous: ProseChunkCache | undefined, next: ProseChunkCache | undefined): ProseView {
  // Front matter is found by looking ahead to its closing fence: no cut inside it.
  const matterEnd = frontMatterEnd(text);
  if (matterEnd < 0) throw new WholeParseNeeded();
  const cuts = cutPoints(text).filter((p) => p > matterEnd);
  cuts.push(text.length);
  const masked: string[] = [];
  const blocks: ProseBlock[] = [];
  const annotations: Annotation[] = [];
  const directives: Directive[] = [];
  let start = 0;
  let c = 0;
  while (start < text.length) {
    let end: number;
    let prose: ChunkProse | undefined;
    const fence = start > 0 ? openingFence(text, start) : 0;
    if (fence > 0) {
      end = fencedCodeEnd(text, start, fence);
      prose = codeChunk(text.slice(start, end));
      while (c < cuts.length - 1 && cuts[c]! <= end) c++;
    } else {
      // Grow the chunk (1, 2, 4 … more cuts) until nothing is left open at its end.
      for (let span = 1; ; span *= 2) {
        const k = Math.min(cuts.length - 1, c + span - 1);
        end = cuts[k]!;
        const chunk = text.slice(start, end);
        let nextLine: string | undefined;
        if (end < text.length) {
          const nl = text.indexOf('\n', end);
          nextLine = text.slice(end, nl < 0 ? text.length : nl + 1);
        }
        // The first chunk is keyed apart: only it may hold front matter.
        const key = start === 0 ? '\u0001' + chunk : chunk;
        const known = previous?.get(key) ?? next?.get(key);
        prose = known && known.nextLine === nextLine ? known : (chunkProse(chunk, start === 0, nextLine) ?? { view: undefined, nextLine });
        // Kept either way: a chunk that did not stand is grown again next time without a parse.
        next?.set(key, prose);
        if (prose.view || k === cuts.length - 1) {
          c = k + 1;
          break;
        }
      }
    }
    const view = prose.view!;
    masked.push(view.masked);
    for (const b of view.blocks) blocks.push({ start: b.start + start, end: b.end + start });
    for (const a of view.annotations) annotations.push({ ...a, start: a.start + start, end: a.end + start });
    for (const d of view.directives) directives.push({ ...d, start: d.start + start, end: d.end + start });
    start = end;
  }
  return { masked: masked.join(''), blocks, annotations, directives };
}

const BULLET = /^[ \t]*(?:[-*+•・◆◇○●■□▶►※]|\d{1,3}[.)]|\(\d{1,3}\)|[（(][0-9０-９一二三四五六七八九十]+[)）])[ \t\u3000]/;
/** `<!-- … -->` comments, found with indexOf: a regex ran from every unclosed `<!--` to the end. */
function* htmlComments(text: string): Generator<[number, number]> {
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return; // no comment after this one can close either
    yield [open, close + 3];
    from = close + 3;
  }
}

/** Plain text is all prose; blank lines and bullet lines start new blocks. */
export function extractPlainProse(text: string): ProseView {
  const directives: Directive[] = [];
  const keep: Array<[number, number]> = [];
  let at = 0;
  for (const [start, end] of htmlComments(text)) {
    const directive = parseDirective(text.slice(start, end), start, end);
    if (!directive) continue;
    directives.push(directive);
    keep.push([at, start]);
    at = end;
  }
  keep.push([at, text.length]);
  const masked = directives.length > 0 ? maskOutside(text, keep) : text;

  const blocks: ProseBlock[] = [];
  let blockStart = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = masked.slice(lineStart, lineEnd);
    const blank = line.trim().length === 0;
    if (blank || BULLET.test(line)) {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: lineStart });
      blockStart = blank ? -1 : lineStart;
    } else if (blockStart < 0) {
      blockStart = lineStart;
    }
    lineStart = lineEnd + 1;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: text.length });
  return { masked, blocks, annotations: [], directives };
}

/**
 * The prose view of a document. Markdown is parsed chunk by chunk; with `previous` (the chunks of
 * the last analysis of the same document) unchanged chunks are reused, and the chunks used are
 * put in `next`. The result is the same with or without them.
 */
export function extractProse(text: string, kind: DocumentKind, previous?: ProseChunkCache, next?: ProseChunkCache): ProseView {
  return kind === 'markdown' ? extractMarkdownProseIncremental(text, previous, next) : extractPlainProse(text);
}
