// A trie over folded UTF-16 code units, laid out in typed arrays, that finds leftmost-longest
// keyword occurrences in one pass. Cost per text position: one table look-up at the root (most
// positions stop there), then a walk as long as the text agrees with some keyword; so scanning is
// linear in the text (times at most the longest keyword) and independent of the keyword count.
//
// Latin word boundaries are built in: a keyword that starts (ends) with a Latin letter or digit
// matches only where the text has no Latin letter or digit just before (after) it, so MOD never
// fires inside MODERN. Other boundary rules (kanji, katakana, context) belong to the caller's
// `accept` callback.

import { isLatinAlnum } from '../text/scripts';

export type AcceptMatch = (start: number, end: number, keyIds: Int32Array) => boolean;

export class KeywordMatcher {
  private constructor(
    /** Child node of the root for each code unit, or -1. */
    private readonly rootNext: Int32Array,
    /** Per node: its code unit, first child (children have consecutive ids), child count. */
    private readonly nodeChar: Uint16Array,
    private readonly firstChild: Int32Array,
    private readonly childCount: Int32Array,
    /** Per node: start of its keyword ids in `termIds`, or -1; and how many. */
    private readonly termStart: Int32Array,
    private readonly termCount: Int32Array,
    private readonly termIds: Int32Array,
    readonly nodeCount: number,
    readonly maxKeyLength: number,
  ) {}

  /** Builds a matcher for `keys`; the id of `keys[i]` is `i`. Empty keys are ignored. */
  static build(keys: readonly string[]): KeywordMatcher {
    const byKey = new Map<string, number[]>();
    keys.forEach((k, id) => {
      if (k.length === 0) return;
      const ids = byKey.get(k);
      if (ids) ids.push(id);
      else byKey.set(k, [id]);
    });
    const sorted = [...byKey.keys()].sort();

    // 1. A trie in depth-first order with linked children (sorted keys make siblings ordered).
    const char: number[] = [0];
    const first: number[] = [-1];
    const last: number[] = [-1];
    const next: number[] = [-1];
    const term: number[] = [-1]; // index into `sorted`
    const path: number[] = [0];
    let prev = '';
    let maxKeyLength = 0;
    for (let s = 0; s < sorted.length; s++) {
      const key = sorted[s]!;
      maxKeyLength = Math.max(maxKeyLength, key.length);
      let lcp = 0;
      const limit = Math.min(prev.length, key.length);
      while (lcp < limit && prev.charCodeAt(lcp) === key.charCodeAt(lcp)) lcp++;
      path.length = lcp + 1;
      for (let d = lcp; d < key.length; d++) {
        const parent = path[d]!;
        const node = char.length;
        char.push(key.charCodeAt(d));
        first.push(-1);
        last.push(-1);
        next.push(-1);
        term.push(-1);
        if (last[parent]! < 0) first[parent] = node;
        else next[last[parent]!] = node;
        last[parent] = node;
        path.push(node);
      }
      term[path[key.length]!] = s;
      prev = key;
    }

    // 2. Re-number breadth-first so that each node's children are consecutive.
    const count = char.length;
    const newId = new Int32Array(count);
    const order = new Int32Array(count);
    let head = 0;
    let tail = 1;
    order[0] = 0;
    newId[0] = 0;
    const nodeChar = new Uint16Array(count);
    const firstChild = new Int32Array(count).fill(-1);
    const childCount = new Int32Array(count);
    while (head < tail) {
      const old = order[head]!;
      const id = head++;
      let child = first[old]!;
      if (child >= 0) firstChild[id] = tail;
      while (child >= 0) {
        newId[child] = tail;
        nodeChar[tail] = char[child]!;
        order[tail++] = child;
        childCount[id]++;
        child = next[child]!;
      }
    }

    const rootNext = new Int32Array(0x10000).fill(-1);
    for (let k = 0; k < childCount[0]!; k++) rootNext[nodeChar[firstChild[0]! + k]!] = firstChild[0]! + k;

    const termStart = new Int32Array(count).fill(-1);
    const termCount = new Int32Array(count);
    const termIds = new Int32Array(keys.length);
    let t = 0;
    for (let old = 0; old < count; old++) {
      const s = term[old]!;
      if (s < 0) continue;
      const id = newId[old]!;
      const ids = byKey.get(sorted[s]!)!;
      termStart[id] = t;
      termCount[id] = ids.length;
      for (const x of ids) termIds[t++] = x;
    }
    return new KeywordMatcher(rootNext, nodeChar, firstChild, childCount, termStart, termCount, termIds.subarray(0, t), count, maxKeyLength);
  }

  private child(node: number, c: number): number {
    let lo = this.firstChild[node]!;
    if (lo < 0) return -1;
    let hi = lo + this.childCount[node]! - 1;
    const chars = this.nodeChar;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = chars[mid]!;
      if (m === c) return mid;
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Scans `codes[from, to)`. At each position the longest keyword that `accept` takes wins, and
   * scanning resumes after it (leftmost-longest). `accept` sees the keyword ids of one candidate.
   */
  scan(codes: Uint16Array, from: number, to: number, accept: AcceptMatch): void {
    const ends = new Int32Array(this.maxKeyLength + 1);
    const nodes = new Int32Array(this.maxKeyLength + 1);
    const rootNext = this.rootNext;
    const termStart = this.termStart;
    for (let i = from; i < to; i++) {
      const c = codes[i]!;
      let node = rootNext[c]!;
      if (node < 0) continue;
      if (i > from && isLatinAlnum(c) && isLatinAlnum(codes[i - 1]!)) continue;
      let found = 0;
      let j = i + 1;
      for (;;) {
        if (termStart[node]! >= 0) {
          ends[found] = j;
          nodes[found++] = node;
        }
        if (j >= to) break;
        node = this.child(node, codes[j]!);
        if (node < 0) break;
        j++;
      }
      for (let k = found - 1; k >= 0; k--) {
        const end = ends[k]!;
        if (end < to && isLatinAlnum(codes[end - 1]!) && isLatinAlnum(codes[end]!)) continue;
        const n = nodes[k]!;
        const ids = this.termIds.subarray(termStart[n]!, termStart[n]! + this.termCount[n]!);
        if (accept(i, end, ids)) {
          i = end - 1;
          break;
        }
      }
    }
  }
}
