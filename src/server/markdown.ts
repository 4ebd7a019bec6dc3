// Safe Markdown from untrusted text. Dataset and document text is escaped so that it can never
// become a link, an image, HTML or a `command:` URI in a hover; the only links the server makes
// are to files of the workspace index and to http(s) source URLs, built here.

/** Control characters and bidirectional overrides: shown as `\u001b`, never passed on. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Backslash-escapes every ASCII punctuation mark (CommonMark allows it for all of them), flattens
 * line breaks, and writes control characters and bidi overrides as visible escapes.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
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
