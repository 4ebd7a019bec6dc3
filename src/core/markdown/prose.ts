// Decides which parts of a document are prose. The result keeps the document's offsets: every
// code unit outside prose is blanked in `masked` (line breaks kept), so matching, sentence
// splitting and value parsing all work in document coordinates with no extra offset map.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseDirective, type Directive } from './directives';

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

let processor: ReturnType<typeof createProcessor> | undefined;
let plainProcessor: ReturnType<typeof createPlainProcessor> | undefined;
function createProcessor() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
}
function createPlainProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
}

/**
 * Parses with GFM (tables, autolinks). GFM's autolink pass recurses per nesting level and
 * overflows the stack on pathological nesting (thousands of `>`); CommonMark alone does not,
 * so that input is parsed without GFM rather than failing.
 */
function parseMarkdown(text: string): MdNode {
  processor ??= createProcessor();
  try {
    return processor.parse(text) as MdNode;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    plainProcessor ??= createPlainProcessor();
    return plainProcessor.parse(text) as MdNode;
  }
}

/** Bare URLs and e-mail addresses inside prose, which autolinking may have missed. */
const BARE_URL = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>()\[\]]+|\b[\w.+-]+@[\w-]+\.[\w.-]+/gi;

function withoutUrls(text: string, keep: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of keep) {
    let at = s;
    const piece = text.slice(s, e);
    for (const m of piece.matchAll(BARE_URL)) {
      out.push([at, s + m.index]);
      at = s + m.index + m[0].length;
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
  const tree = parseMarkdown(text);
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
      // A bare URL shown as its own text (autolink) is not prose.
      if (label === url || URL_LIKE.test(label)) continue;
    }
    if (node.type === 'text' && range) {
      keep.push(range);
      continue;
    }
    if (BLOCKS.has(node.type) && range) blocks.push({ start: range[0], end: range[1] });
    const children = node.children;
    if (children) for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  keep.sort((a, b) => a[0] - b[0]);
  const prose = withoutUrls(text, keep);
  blocks.sort((a, b) => a.start - b.start);
  // Table rows contain their cells' blocks: keep the outermost block only.
  const outer: ProseBlock[] = [];
  for (const b of blocks) {
    const last = outer[outer.length - 1];
    if (last && b.start < last.end) continue;
    outer.push(b);
  }
  return { masked: maskOutside(text, prose), blocks: outer, annotations, directives };
}

const BULLET = /^[ \t]*(?:[-*+•・◆◇○●■□▶►※]|\d{1,3}[.)]|\(\d{1,3}\)|[（(][0-9０-９一二三四五六七八九十]+[)）])[ \t\u3000]/;
const DIRECTIVE_IN_TEXT = /<!--[\s\S]*?-->/g;

/** Plain text is all prose; blank lines and bullet lines start new blocks. */
export function extractPlainProse(text: string): ProseView {
  const directives: Directive[] = [];
  const keep: Array<[number, number]> = [];
  let at = 0;
  for (const m of text.matchAll(DIRECTIVE_IN_TEXT)) {
    const directive = parseDirective(m[0], m.index, m.index + m[0].length);
    if (!directive) continue;
    directives.push(directive);
    keep.push([at, m.index]);
    at = m.index + m[0].length;
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

export function extractProse(text: string, kind: DocumentKind): ProseView {
  return kind === 'markdown' ? extractMarkdownProse(text) : extractPlainProse(text);
}
