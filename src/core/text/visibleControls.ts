// Text from datasets and documents, shown in a hover card or a terminal, with its invisible
// controls made visible: control characters (an ESC can clear a terminal, retitle its window or
// forge a hyperlink) and bidirectional marks and overrides (which reorder what is shown, as in
// "Trojan Source") become `\uXXXX` escapes. One rule for every place that shows such text.

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with control characters and bidi marks and overrides written as `\uXXXX`. */
export function escapeControls(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
