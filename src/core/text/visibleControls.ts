// Text from datasets and documents, shown in a hover card or a terminal, with its invisible
// controls made visible: control characters (an ESC can clear a terminal, retitle its window or
// forge a hyperlink), bidirectional marks and overrides (which reorder what is shown, as in
// "Trojan Source"), and characters that show nothing at all (zero-width spaces and joiners, the
// byte-order mark, line and paragraph separators, the soft hyphen, tag characters; not the
// joiners U+200C and U+200D, which scripts and emoji sequences need) become
// `\uXXXX` escapes (`\u{XXXXX}` beyond the BMP). One rule for every place that shows such text.

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/** `text` with controls, bidi marks and overrides, and invisible characters written as escapes. */
export function escapeControls(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
