// Safe Markdown from untrusted text. Dataset and document text is escaped so that it can never
// become a link, an image, HTML or a `command:` URI in a hover, and only where Markdown would read
// markup (clients that show the source show the text as written); the only links the server
// makes are to files of the workspace index and to http(s) source URLs, built here.

import { isWhitespace } from '../core/text/scripts';
import { escapeControls } from '../core/text/visibleControls';
import type { Range } from '../core/model';

/**
 * What Markdown (CommonMark with GitHub's extensions) would read as markup in running text, and
 * nothing else: a client that shows the Markdown source, as eglot may, shows `Japan's`, not
 * `Japan\'s`.
 * - backslash, backtick, `*`, `[`, `]`, `<`, `~` everywhere: escapes, code, emphasis, links and
 *   images, HTML and autolinks, strikethrough;
 * - `_` unless it stands between two letters or digits (`snake_case` is no emphasis);
 * - `&` that would start a character reference (`&amp;`), which would show as another character;
 * - what would make a link of plain text: the `:` of `://`, the `.` of `www.`, the `@` of an address.
 */
const INLINE_MARKUP = /[\\`*[\]<~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?[A-Za-z0-9]+;)|:(?=\/\/)|(?<=\b[Ww]{3})\.|(?<=[\p{L}\p{N}._+-])@/gu;

/**
 * Untrusted text for running Markdown text: clipped to the field budget, line breaks flattened,
 * control characters and bidi overrides written as visible escapes, markup escaped.
 */
export function escapeMarkdown(text: string): string {
  // Controls first: the backslash of their escapes is then escaped like any other, and shows.
  return escapeControls(flattenLines(clip(text))).replace(INLINE_MARKUP, (c) => `\\${c}`);
}

/** What makes the start of a paragraph a heading, a quote, a list item or a thematic break. */
const BLOCK_START = /^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|-(?=(?:[ \t]*-){2,}[ \t]*$)|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * The same, for a text that begins a paragraph of its own: what would make it a heading, a quote,
 * a list item or a thematic break is escaped there too, and an indent (a code block) dropped.
 */
export function escapeMarkdownParagraph(text: string): string {
  return escapeMarkdown(text)
    .replace(/^[ \t]+/, '')
    .replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}

/** No field of a hover is longer than this, in UTF-16 code units: a dataset may hold any length. */
export const MAX_HOVER_FIELD = 2000;

/** `text` cut to the field budget, never inside a surrogate pair, with an ellipsis when cut. */
function clip(text: string): string {
  if (text.length <= MAX_HOVER_FIELD) return text;
  let end = MAX_HOVER_FIELD;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

/**
 * Line breaks, with the white space around them, as one space; in one linear pass (a pattern with
 * white space on both sides of the breaks backtracks quadratically on long runs of spaces).
 */
function flattenLines(text: string): string {
  if (!/[\r\n]/.test(text)) return text;
  const parts: string[] = [];
  let segment = 0;
  let k = 0;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c !== 0x0a && c !== 0x0d) {
      k++;
      continue;
    }
    // This segment without the white space before the break, then the break and the space after
    // it as one space: each character is looked at at most twice.
    let end = k;
    while (end > segment && isWhitespace(text.charCodeAt(end - 1))) end--;
    parts.push(text.slice(segment, end), ' ');
    while (k < text.length && isWhitespace(text.charCodeAt(k))) k++;
    segment = k;
  }
  parts.push(text.slice(segment));
  return parts.join('');
}

/** A link to a line of a workspace file (`file://…#L12`); plain escaped text for any other scheme. */
export function fileLineLink(label: string, uri: string, line: number): string {
  if (!uri.startsWith('file:')) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${encodeLinkTarget(uri)}#L${line + 1})`;
}

/** A link to a range of a file (VS Code selects it: `#L3,5-L3,40`, 1-based); the escaped label for other URIs. */
export function fileRangeLink(label: string, uri: string, range: Range): string {
  if (!uri.startsWith('file:')) return escapeMarkdown(label);
  const { start, end } = range;
  return `[${escapeMarkdown(label)}](${encodeLinkTarget(uri)}#L${start.line + 1},${start.character + 1}-L${end.line + 1},${end.character + 1})`;
}

/** A link to a source's web page, only for http(s) URLs; otherwise the escaped text. */
export function webLink(label: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMarkdown(label);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${encodeLinkTarget(parsed.href)})`;
}

/** Characters that could end or break a Markdown link destination are percent-encoded. */
function encodeLinkTarget(target: string): string {
  return target.replace(/[\s()<>\\`"'[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
