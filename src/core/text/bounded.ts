// Backward searches that stop at a floor. `text.lastIndexOf('\n', at)` scans to the start of the
// document when there is no newline (a one-line file of a megabyte): asked once per sentence, that is
// quadratic. These never look further back than the caller needs.

/** The last index of `ch` (one UTF-16 code unit) in `text` at or before `at` and at or after `floor`; -1 if none. */
export function lastIndexWithin(text: string, ch: string, at: number, floor: number): number {
  const code = ch.charCodeAt(0);
  for (let k = Math.min(at, text.length - 1); k >= floor && k >= 0; k--) if (text.charCodeAt(k) === code) return k;
  return -1;
}

/** Where the line holding `at` starts, looked for no further back than `floor` (the floor itself if the line starts before it). */
export function lineStartFrom(text: string, at: number, floor: number): number {
  return Math.max(floor, lastIndexWithin(text, '\n', at - 1, floor) + 1);
}

/** The first index of `ch` (one UTF-16 code unit) in `text` at or after `at` and before `ceiling`; -1 if none. */
export function indexWithin(text: string, ch: string, at: number, ceiling: number): number {
  const code = ch.charCodeAt(0);
  const stop = Math.min(ceiling, text.length);
  for (let k = Math.max(0, at); k < stop; k++) if (text.charCodeAt(k) === code) return k;
  return -1;
}
