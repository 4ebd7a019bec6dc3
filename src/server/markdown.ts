// Safe Markdown from untrusted text. Dataset and document text is escaped so that it can never
// become a link, an image, HTML or a `command:` URI in a hover; the only links the server makes
// are to files of the workspace index and to http(s) source URLs, built here.

import { escapeControls } from '../core/text/visibleControls';

/**
 * Backslash-escapes every ASCII punctuation mark (CommonMark allows it for all of them), flattens
 * line breaks, and writes control characters and bidi overrides as visible escapes.
 */
export function escapeMarkdown(text: string): string {
  // Controls first: the backslash of their escapes is then escaped like any other, and shows.
  return escapeControls(text.replace(/\s*[\r\n]+\s*/g, ' '))
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** A link to a line of a workspace file (`file://…#L12`); plain escaped text for any other scheme. */
export function fileLineLink(label: string, uri: string, line: number): string {
  if (!uri.startsWith('file:')) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${encodeLinkTarget(uri)}#L${line + 1})`;
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
