// Text from datasets and documents, made safe for a terminal: control characters and bidi
// controls are written as visible escapes (see escapeControls), and line breaks inside a name or
// message become spaces so that one finding stays one line.

import { escapeControls } from '../../core/text/visibleControls';

export function terminalSafe(text: string): string {
  return escapeControls(text.replace(/\r\n|\r|\n/g, ' '));
}
