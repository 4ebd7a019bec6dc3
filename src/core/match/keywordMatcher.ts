// A trie over folded UTF-16 code units, laid out in typed arrays, that finds leftmost-longest
// keyword occurrences in one pass. Cost per text position: one table look-up at the root (most
// positions stop there), then a walk as long as the text agrees with some keyword; so scanning is
// linear in the text (times at most the longest keyword) and independent of the keyword count.
//
// Layout (compressed sparse rows; each node's children are consecutive and sorted by code unit,
// and nodes are numbered depth-first so that a chain of only children is consecutive too): per
// node its code unit (2 bytes), where its children start and end (8 bytes) and where its keyword
// ids start in `termIds` (4 bytes; they end where the next node's start). About 14 bytes a node,
// and a node per code unit not shared with an earlier keyword. A step from a node with few
// children searches them in order; the children of wide nodes (more than `WIDE`) are also in a
// hash table, one probe a step.
//
// Latin word boundaries are built in: a keyword that starts (ends) with a Latin letter or digit
// matches only where the text has no Latin letter or digit just before (after) it, so MOD never
// fires inside MODERN. The same rule makes a fast path for Latin text: such a keyword can only
// start at a word whose whole run of letters and digits is the keyword's first word, so a word
// whose hash is not in a small Bloom filter of first words is skipped without a walk. Other
// boundary rules (kanji, katakana, context) belong to the caller's `accept` callback.
//
// Keywords the caller marks as written in capitals (acronyms matched case-exactly: HAS, IS, WHO)
// have their first words in a second filter: a word found only there is walked only when the
// caller's `lowerAt` says it is not written in lower case, so "has" and "is" in running English
// do not walk the trie for the acronyms HAS and IS.

/** Sees one candidate: its span and its keyword ids. */
export type AcceptMatch = (start: number, end: number, keyIds: Int32Array) => boolean;

/**
 * The allocation-free form of `AcceptMatch`: the candidate's keyword ids are
 * `matcher.termIds[idStart, idEnd)`.
 */
export type AcceptRaw = (start: number, end: number, idStart: number, idEnd: number) => boolean;

/** Does the unit at this position come from a lower-case letter (so no capitals-only keyword starts there)? */
export type LowerAt = (position: number) => boolean;

/** ASCII and Latin-1/Extended letters and digits (`isLatinAlnum` in text/scripts, inlined here). */
function latinAlnum(c: number): boolean {
  return c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/** Nodes with more children than this find a child by hash, the others by a linear search. */
const WIDE = 8;

/** The hash of a step from `node` by code unit `c` (use the top bits). */
function hashStep(node: number, c: number): number {
  return (Math.imul(node, 0x9e3779b1) + Math.imul(c + 1, 0x85ebca77)) | 0;
}

/** FNV-1a over a word's code units (`h = imul(h ^ c, 0x01000193)` from this seed), then `finishWord`. */
const WORD_SEED = 0x811c9dc5 | 0;

function finishWord(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

export class KeywordMatcher {
  /** Scratch for one scan's candidate ends and nodes; reused unless a scan is re-entered. */
  private ends: Int32Array;
  private nodes: Int32Array;
  private scanning = false;

  private constructor(
    /** Child node of the root for each code unit, or -1. */
    private readonly rootNext: Int32Array,
    /** Per node (depth-first ids): its code unit. */
    private readonly nodeChar: Uint16Array,
    /**
     * Per node `n`, interleaved so that one cache line serves a step: its children are the ids
     * `[data[3n], data[3n + 1])`, its keyword ids `termIds[data[3n + 2], data[3n + 5])`.
     * Length 3 × (nodeCount + 1).
     */
    private readonly data: Int32Array,
    /** Keyword ids, grouped by node. */
    readonly termIds: Int32Array,
    readonly nodeCount: number,
    readonly maxKeyLength: number,
    /**
     * The children of nodes with more than `WIDE` of them, hashed by (node, code unit): open
     * addressing, linear probing, -1 for an empty slot. A slot holds a child id; it is the child
     * sought when it lies in the node's run of children and has the code unit.
     */
    private readonly wide: Int32Array,
    private readonly wideShift: number,
    /**
     * A Bloom filter (one hash, bits) of the first words of the keywords that start with a Latin
     * letter or digit: their leading run of such units. Such a keyword can only match where the
     * text's word (a maximal run) is exactly that first word, so a word not in the filter is
     * skipped whole, without a walk. `firstWordMask` is its size in bits minus one.
     */
    private readonly firstWords: Int32Array,
    private readonly firstWordMask: number,
    /** The same filter for the first words of keywords all of whose ids are capitals-only. */
    private readonly capsFirstWords: Int32Array,
  ) {
    this.ends = new Int32Array(maxKeyLength + 1);
    this.nodes = new Int32Array(maxKeyLength + 1);
  }

  /**
   * Builds a matcher for `keys`; the id of `keys[i]` is `i`. Empty keys are ignored. With
   * `capsOnly`, a key all of whose ids it marks is found only where `lowerAt` (given to the scan)
   * says its first unit is not from a lower-case letter.
   */
  static build(keys: readonly string[], capsOnly?: (id: number) => boolean): KeywordMatcher {
    // 1. Keyword ids sorted by key (then id): equal keys are neighbours, and a trie built in this
    //    order gets its children in code-unit order.
    const order: number[] = [];
    for (let id = 0; id < keys.length; id++) if (keys[id]!.length > 0) order.push(id);
    order.sort((a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    const ids = Int32Array.from(order);
    const total = ids.length;

    // 2. Distinct keys and their shared prefixes with the previous one: the node count, exactly.
    let nodeTotal = 1;
    let maxKeyLength = 0;
    const lcps = new Int32Array(total);
    const distinct = new Uint8Array(total);
    let prev = '';
    for (let s = 0; s < total; s++) {
      const key = keys[ids[s]!]!;
      if (s > 0 && key === prev) continue;
      distinct[s] = 1;
      let lcp = 0;
      const limit = Math.min(prev.length, key.length);
      while (lcp < limit && prev.charCodeAt(lcp) === key.charCodeAt(lcp)) lcp++;
      lcps[s] = lcp;
      nodeTotal += key.length - lcp;
      if (key.length > maxKeyLength) maxKeyLength = key.length;
      prev = key;
    }

    // 3. The trie in depth-first order with first-child / next-sibling links. Sorted keys make
    //    every new child the last one of its parent so far: the previous key's node at that depth.
    const char = new Uint16Array(nodeTotal);
    const first = new Int32Array(nodeTotal).fill(-1);
    const next = new Int32Array(nodeTotal).fill(-1);
    const term = new Int32Array(nodeTotal).fill(-1); // first index into `ids` of the node's keyword
    const path = new Int32Array(maxKeyLength + 1);
    let count = 1;
    let prevLength = 0;
    for (let s = 0; s < total; s++) {
      if (!distinct[s]) continue;
      const key = keys[ids[s]!]!;
      const lcp = lcps[s]!;
      for (let d = lcp; d < key.length; d++) {
        const parent = path[d]!;
        const node = count++;
        char[node] = key.charCodeAt(d);
        if (d === lcp && prevLength > lcp) next[path[d + 1]!] = node;
        else first[parent] = node;
        path[d + 1] = node;
      }
      term[path[key.length]!] = s;
      prevLength = key.length;
    }

    // 4. Re-number depth-first, a node's children in one consecutive run allocated when the node
    //    is reached: a chain of only children gets consecutive ids, so a walk down the unshared
    //    rest of a long keyword reads consecutive memory.
    const oldId = new Int32Array(count); // new id → old id
    const nodeChar = new Uint16Array(count);
    const childStart = new Int32Array(count);
    const childEnd = new Int32Array(count);
    const stack = new Int32Array(count);
    let depth = 0;
    stack[depth++] = 0;
    let tail = 1;
    while (depth > 0) {
      const node = stack[--depth]!;
      childStart[node] = tail;
      for (let child = first[oldId[node]!]!; child >= 0; child = next[child]!) {
        nodeChar[tail] = char[child]!;
        oldId[tail++] = child;
      }
      childEnd[node] = tail;
      // The first child on top: reached next, so its children come right after this run.
      for (let q = tail - 1; q >= childStart[node]!; q--) stack[depth++] = q;
    }

    const data = new Int32Array(3 * (count + 1));
    const termIds = new Int32Array(total);
    let t = 0;
    for (let node = 0; node < count; node++) {
      data[3 * node] = childStart[node]!;
      data[3 * node + 1] = childEnd[node]!;
      data[3 * node + 2] = t;
      const s = term[oldId[node]!]!;
      if (s < 0) continue;
      const key = keys[ids[s]!]!;
      for (let k = s; k < total && (k === s || !distinct[k]) && keys[ids[k]!] === key; k++) termIds[t++] = ids[k]!;
    }
    data[3 * count + 2] = t;

    const rootNext = new Int32Array(0x10000).fill(-1);
    for (let c = childStart[0]!; c < childEnd[0]!; c++) rootNext[nodeChar[c]!] = c;

    // 5. The children of wide nodes in a hash table at most half full.
    let wideChildren = 0;
    for (let node = 0; node < count; node++) {
      const f = childEnd[node]! - childStart[node]!;
      if (f > WIDE) wideChildren += f;
    }
    let bits = 1;
    while (1 << bits < 2 * wideChildren) bits++;
    const wide = new Int32Array(1 << bits).fill(-1);
    const wideShift = 32 - bits;
    const mask = wide.length - 1;
    for (let node = 0; node < count; node++) {
      const lo = childStart[node]!;
      const hi = childEnd[node]!;
      if (hi - lo <= WIDE) continue;
      for (let q = lo; q < hi; q++) {
        let h = hashStep(node, nodeChar[q]!) >>> wideShift;
        while (wide[h]! >= 0) h = (h + 1) & mask;
        wide[h] = q;
      }
    }
    // 6. The first words of keywords that start with a Latin letter or digit.
    let latinKeys = 0;
    for (let s = 0; s < total; s++) if (distinct[s] && latinAlnum(keys[ids[s]!]!.charCodeAt(0))) latinKeys++;
    let wordBits = 10;
    while (1 << wordBits < 32 * latinKeys && wordBits < 24) wordBits++;
    const firstWords = new Int32Array(1 << (wordBits - 5));
    const capsFirstWords = new Int32Array(firstWords.length);
    const firstWordMask = (1 << wordBits) - 1;
    for (let s = 0; s < total; s++) {
      if (!distinct[s]) continue;
      const key = keys[ids[s]!]!;
      if (!latinAlnum(key.charCodeAt(0))) continue;
      let h = WORD_SEED;
      for (let k = 0; k < key.length && latinAlnum(key.charCodeAt(k)); k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
      const bit = finishWord(h) & firstWordMask;
      // Every id of this key (the run of equal keys from `s`) capitals-only?
      let caps = capsOnly !== undefined;
      for (let k = s; caps && k < total && (k === s || !distinct[k]); k++) caps = capsOnly!(ids[k]!);
      (caps ? capsFirstWords : firstWords)[bit >>> 5]! |= 1 << (bit & 31);
    }
    return new KeywordMatcher(rootNext, nodeChar, data, termIds, count, maxKeyLength, wide, wideShift, firstWords, firstWordMask, capsFirstWords);
  }

  /**
   * Do the arrays hold what `build` makes (a matcher restored from a cache file is only believed
   * when they do)? Checks, in time linear in the arrays, what scanning relies on to end and to
   * stay in bounds: children come after their node and inside the node arrays, in code-unit
   * order; keyword ids are in range; no path is deeper than `maxKeyLength`; the wide table has a
   * free slot (a probe ends) and a matching shift; the Bloom filters have the promised size.
   */
  wellFormed(keyCount: number): boolean {
    const n = this.nodeCount;
    const { rootNext, nodeChar, data, termIds, wide, firstWords, capsFirstWords } = this;
    if (!Number.isSafeInteger(n) || n < 1 || nodeChar.length !== n || data.length !== 3 * (n + 1) || rootNext.length !== 0x10000) return false;
    if (!Number.isSafeInteger(this.maxKeyLength) || this.maxKeyLength < 0 || this.maxKeyLength > 1 << 20) return false;
    if (data[2] !== 0 || data[3 * n + 2] !== termIds.length) return false;
    const depth = new Int32Array(n);
    for (let node = 0; node < n; node++) {
      const lo = data[3 * node]!;
      const hi = data[3 * node + 1]!;
      if (lo > hi || hi > n || (lo < hi && lo <= node) || data[3 * node + 2]! > data[3 * node + 5]!) return false;
      for (let q = lo; q < hi; q++) {
        if (q > lo && nodeChar[q - 1]! >= nodeChar[q]!) return false;
        depth[q] = depth[node]! + 1;
        if (depth[q]! > this.maxKeyLength) return false;
      }
    }
    for (let c = 0; c < 0x10000; c++) {
      const q = rootNext[c]!;
      if (q !== -1 && (q < data[0]! || q >= data[1]! || nodeChar[q] !== c)) return false;
    }
    for (const id of termIds) if (id < 0 || id >= keyCount) return false;
    const slots = wide.length;
    if (slots === 0 || (slots & (slots - 1)) !== 0 || this.wideShift !== 32 - Math.log2(slots) || this.wideShift > 31) return false;
    let free = false;
    for (const q of wide) {
      if (q === -1) free = true;
      else if (q < 0 || q >= n) return false;
    }
    const words = this.firstWordMask + 1;
    return free && (words & (words - 1)) === 0 && words >= 32 && firstWords.length === words >>> 5 && capsFirstWords.length === firstWords.length;
  }

  /**
   * Scans `codes[from, to)`. At each position the longest keyword that `accept` takes wins, and
   * scanning resumes after it (leftmost-longest). `accept` sees the keyword ids of one candidate.
   */
  scan(codes: Uint16Array, from: number, to: number, accept: AcceptMatch): void {
    const termIds = this.termIds;
    this.scanRaw(codes, from, to, (start, end, idStart, idEnd) => accept(start, end, termIds.subarray(idStart, idEnd)));
  }

  /**
   * `scan` without an allocation per candidate: ids are `termIds[idStart, idEnd)`. Without
   * `lowerAt`, capitals-only keys are sought everywhere.
   */
  scanRaw(codes: Uint16Array, from: number, to: number, accept: AcceptRaw, lowerAt?: LowerAt): void {
    const reentered = this.scanning;
    const ends = reentered ? new Int32Array(this.maxKeyLength + 1) : this.ends;
    const nodes = reentered ? new Int32Array(this.maxKeyLength + 1) : this.nodes;
    this.scanning = true;
    try {
      this.walk(codes, from, to, accept, ends, nodes, lowerAt);
    } finally {
      this.scanning = reentered;
    }
  }

  private walk(codes: Uint16Array, from: number, to: number, accept: AcceptRaw, ends: Int32Array, nodes: Int32Array, lowerAt: LowerAt | undefined): void {
    const rootNext = this.rootNext;
    const data = this.data;
    const nodeChar = this.nodeChar;
    const wide = this.wide;
    const wideShift = this.wideShift;
    const wideMask = wide.length - 1;
    const firstWords = this.firstWords;
    const capsFirstWords = this.capsFirstWords;
    const firstWordMask = this.firstWordMask;
    // Latin alnum-ness of the code unit before position i: inside a Latin word nothing starts.
    let prevAlnum = false;
    for (let i = from; i < to; i++) {
      const c = codes[i]!;
      if (latinAlnum(c)) {
        if (prevAlnum) continue;
        prevAlnum = true;
        // A word starts: a keyword can start here only if this whole word is its first word.
        let h = Math.imul(WORD_SEED ^ c, 0x01000193);
        let k = i + 1;
        for (; k < to; k++) {
          const d = codes[k]!;
          if (!latinAlnum(d)) break;
          h = Math.imul(h ^ d, 0x01000193);
        }
        const bit = finishWord(h) & firstWordMask;
        const mask = 1 << (bit & 31);
        if ((firstWords[bit >>> 5]! & mask) === 0 && ((capsFirstWords[bit >>> 5]! & mask) === 0 || (lowerAt !== undefined && lowerAt(i)))) {
          // No keyword starts inside it either: go on after the word.
          i = k - 1;
          continue;
        }
      } else {
        prevAlnum = false;
      }
      let node = rootNext[c]!;
      if (node < 0) continue;
      let found = 0;
      let j = i + 1;
      for (;;) {
        const at = 3 * node;
        if (data[at + 5]! > data[at + 2]!) {
          ends[found] = j;
          nodes[found++] = node;
        }
        // The child of `node` for codes[j]: its children are the consecutive, sorted ids [lo, hi).
        const lo = data[at]!;
        const hi = data[at + 1]!;
        if (lo === hi || j >= to) break;
        const x = codes[j]!;
        const parent = node;
        node = -1;
        if (hi - lo <= WIDE) {
          for (let q = lo; q < hi; q++) {
            const m = nodeChar[q]!;
            if (m >= x) {
              if (m === x) node = q;
              break;
            }
          }
        } else {
          let h = hashStep(parent, x) >>> wideShift;
          for (;;) {
            const q = wide[h]!;
            if (q < 0) break;
            if (q >= lo && q < hi && nodeChar[q] === x) {
              node = q;
              break;
            }
            h = (h + 1) & wideMask;
          }
        }
        if (node < 0) break;
        j++;
      }
      for (let k = found - 1; k >= 0; k--) {
        const end = ends[k]!;
        if (end < to && latinAlnum(codes[end - 1]!) && latinAlnum(codes[end]!)) continue;
        const at = 3 * nodes[k]!;
        if (accept(i, end, data[at + 2]!, data[at + 5]!)) {
          i = end - 1;
          // The next position follows the match: its "before" is the match's last code unit.
          prevAlnum = latinAlnum(codes[i]!);
          break;
        }
      }
    }
  }
}
