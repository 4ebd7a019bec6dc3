// The unknown names of many documents as one list: spellings that fold alike are one name, counted
// over every document, ranked by how often they appear (then by name), each with where it appears.

import type { FoundName, UnknownNameKind } from './unknownNames';

export interface RankedName<L> {
  /** The spelling seen most often (the first seen, on a tie). */
  text: string;
  key: string;
  kind: UnknownNameKind;
  /** Every occurrence counted, also those past the mentions kept. */
  count: number;
  /** The first occurrences, in the order the documents came. */
  mentions: L[];
}

export interface RankLimits {
  /** Names in the answer. */
  names: number;
  /** Mentions kept per name. */
  mentionsPerName: number;
  /** Distinct names counted at all: past it, new names are left out (old ones still count). */
  distinct: number;
}

export const UNKNOWN_NAME_LIMITS: RankLimits = { names: 200, mentionsPerName: 50, distinct: 20_000 };

interface Tally<L> {
  key: string;
  kind: UnknownNameKind;
  count: number;
  mentions: L[];
  spellings: Map<string, number>;
}

/** Collects names document by document, then ranks them. */
export class UnknownNameTally<L> {
  private readonly byKey = new Map<string, Tally<L>>();
  /** Names not counted because `distinct` was reached. */
  leftOut = 0;

  constructor(private readonly limits: RankLimits = UNKNOWN_NAME_LIMITS) {}

  /** Adds one document's names; `locate` turns a name into a location, only for mentions kept. */
  add(names: readonly FoundName[], locate: (name: FoundName) => L): void {
    for (const name of names) {
      let tally = this.byKey.get(name.key);
      if (!tally) {
        if (this.byKey.size >= this.limits.distinct) {
          this.leftOut++;
          continue;
        }
        tally = { key: name.key, kind: name.kind, count: 0, mentions: [], spellings: new Map() };
        this.byKey.set(name.key, tally);
      }
      tally.count++;
      if (tally.mentions.length < this.limits.mentionsPerName) tally.mentions.push(locate(name));
      // Spellings of one key are few (case, width); bounded all the same.
      if (tally.spellings.size < 16 || tally.spellings.has(name.text)) tally.spellings.set(name.text, (tally.spellings.get(name.text) ?? 0) + 1);
    }
  }

  /** The most frequent names first, then by name; at most `limits.names`. */
  ranked(): Array<RankedName<L>> {
    const all = [...this.byKey.values()].map((t) => ({ text: mostFrequent(t.spellings), key: t.key, kind: t.kind, count: t.count, mentions: t.mentions }));
    all.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    return all.slice(0, this.limits.names);
  }

  /** How many distinct names were counted. */
  get size(): number {
    return this.byKey.size;
  }
}

function mostFrequent(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [text, n] of spellings) {
    if (n > bestCount) {
      best = text;
      bestCount = n;
    }
  }
  return best;
}
