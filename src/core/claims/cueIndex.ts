// Finds the cue words of every declared property in a sentence with the same keyword matcher as
// entity recognition, so cues get the same folding, boundaries and leftmost-longest rule
// ("deputy commander" is one cue, not "commander" inside it).

import type { Dataset } from '../model';
import { KeywordMatcher } from '../match/keywordMatcher';
import { FoldBuffer, foldInto, normalizeKey } from '../text/normalize';

export interface CueHit {
  /** Every property this cue announces (one word may serve several). */
  properties: string[];
  start: number;
  end: number;
}

const cueBuffer = new FoldBuffer(256);

export class CueIndex {
  /** Each cue's properties by the start of its keyword ids (one run of ids per cue; at most one entry per cue). */
  private readonly byIds = new Map<number, string[]>();

  private constructor(
    private readonly matcher: KeywordMatcher,
    private readonly owners: string[],
  ) {}

  static build(dataset: Dataset): CueIndex {
    const keys: string[] = [];
    const owners: string[] = [];
    for (const decl of dataset.properties.values()) {
      for (const words of Object.values(decl.cues)) {
        for (const word of words ?? []) {
          keys.push(normalizeKey(word));
          owners.push(decl.name);
        }
      }
    }
    return new CueIndex(KeywordMatcher.build(keys), owners);
  }

  /** Cue hits in `text[from, to)`, in document offsets. */
  find(text: string, from: number, to: number): CueHit[] {
    // One fold buffer for every call (the callback below never calls back in): no allocation.
    const n = foldInto(cueBuffer, text, from, to);
    const hits: CueHit[] = [];
    this.matcher.scanRaw(n.codes, 0, n.length, (start, end, idStart, idEnd) => {
      hits.push({ properties: this.propertiesOf(idStart, idEnd), start: n.srcStart[start]!, end: n.srcEnd[end - 1]! });
      return true;
    });
    return hits;
  }

  /** The properties a cue's keyword ids announce, worked out once per cue (the claim reader asks on every sentence). */
  private propertiesOf(idStart: number, idEnd: number): string[] {
    let found = this.byIds.get(idStart);
    if (found === undefined) {
      const owners = new Set<string>();
      for (let k = idStart; k < idEnd; k++) owners.add(this.owners[this.matcher.termIds[k]!]!);
      found = [...owners];
      this.byIds.set(idStart, found);
    }
    return found;
  }
}
