// The calendar years a document writes out, in order, so that a date written without one
// (「4月の日米首脳会談」 after 「2024年」) can be read in the year the text is about. Found by a cheap
// scan, once per analysis and only when a date without a year stands beside an event's general name.

/** A year written out: 「2024年」 (not 「2024年度」, a fiscal year), 令和6年, "2024" as a word. */
const WRITTEN_YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2})(?:年(?!度)|(?![0-9年]))|(令和|平成)([0-9０-９]{1,2}|元)年(?!度)/g;

/** Before a date without a year: a year other than the one written before (昨年, "last April"). */
const OTHER_YEAR_BEFORE = /(?:昨年|去年|前年|来年|翌年|一昨年|前々年|昨年度|来年度|\b(?:last|next|previous|following)\s+)$/i;

export class WrittenYears {
  private offsets?: number[];
  private years?: number[];

  constructor(private readonly text: string) {}

  private scan(): void {
    const offsets: number[] = [];
    const years: number[] = [];
    for (const m of this.text.matchAll(WRITTEN_YEAR)) {
      const year = m[1] !== undefined ? Number(m[1]) : eraYear(m[2]!, m[3]!);
      if (year === undefined) continue;
      offsets.push(m.index);
      years.push(year);
    }
    this.offsets = offsets;
    this.years = years;
  }

  /** The year written last before `offset`, if any. */
  before(offset: number): number | undefined {
    if (!this.offsets) this.scan();
    const offsets = this.offsets!;
    let lo = 0;
    let hi = offsets.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid]! < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? this.years![found] : undefined;
  }

  /** How many times the text writes `year` out. */
  count(year: number): number {
    if (!this.years) this.scan();
    let n = 0;
    for (const y of this.years!) if (y === year) n++;
    return n;
  }

  /** The year a date without one at `offset` is in: the one written before it, unless it says another (昨年4月). */
  yearOf(offset: number): number | undefined {
    if (OTHER_YEAR_BEFORE.test(this.text.slice(Math.max(0, offset - 12), offset))) return undefined;
    return this.before(offset);
  }
}

function eraYear(era: string, n: string): number | undefined {
  const digits = n === '元' ? 1 : Number(n.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if (!Number.isFinite(digits)) return undefined;
  return era === '令和' ? 2018 + digits : 1988 + digits;
}
