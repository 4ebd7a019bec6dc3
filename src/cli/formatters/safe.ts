// Text from datasets and documents, made safe for a terminal: control characters (an ESC could
// clear the screen, retitle the window or forge a hyperlink) and bidirectional overrides (which
// reorder what is shown, as in "Trojan Source") are written as visible escapes; line breaks
// inside a name or message become spaces so that one finding stays one line.

const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
