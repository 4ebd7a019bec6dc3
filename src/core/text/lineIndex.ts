// Converts UTF-16 offsets to LSP positions and back. Lines end at \n, \r\n or a lone \r, as LSP
// says; characters are UTF-16 code units, so a surrogate pair (𠮷) counts two.

import type { Position } from '../model';

/** Offsets where lines start, by LSP's rules (`\r\n`, `\n` or `\r` end a line). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // LF only (the usual case): indexOf is several times faster than a loop over the units.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export class LineIndex {
  private readonly starts: number[];
  /** The line of the last positionAt answer. */
  private hint = 0;

  constructor(private readonly text: string) {
    this.starts = lineStartsOf(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    // Callers mostly ask in document order: try the line of the last answer and the few after it.
    let h = this.hint;
    if (starts[h]! <= o) {
      const stop = Math.min(starts.length - 1, h + 4);
      while (h < stop && starts[h + 1]! <= o) h++;
      if (h === starts.length - 1 || starts[h + 1]! > o) {
        this.hint = h;
        return { line: h, character: o - starts[h]! };
      }
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return { line: lo, character: o - this.starts[lo]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    const end = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), end);
  }
}
