// "Did you mean …?" candidates by edit distance, for problems' `expected` (quick fixes).

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Up to `limit` candidates close to `word` (case-insensitive), nearest first; with
 * `everything`, candidates however far, nearest first.
 */
export function closest(word: string, candidates: Iterable<string>, limit = 3, everything = false): string[] {
  const w = word.toLowerCase();
  const all = [...candidates];
  const max = everything ? Number.MAX_SAFE_INTEGER : Math.max(2, Math.floor(w.length / 3));
  const scored: Array<{ c: string; d: number }> = [];
  for (const c of all) {
    const d = distance(w, c.toLowerCase(), Math.min(max, 1000));
    if (d <= max) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.c);
}
