// An encyclopedia's office box on a person's page: "Minister of Defense | |" … "Succeeded by | Gen
// Nakatani |", or "Office1: Minister of Defense" … "Successor1: Gen Nakatani". The row names who
// held the office right after (or before) the page's person. When the dataset has that office's
// holders in order, the page's person among them, the successor row states the next holder and the
// predecessor row the one before; where the dataset has no such neighbour (a successor after its
// latest holder, a predecessor before its first), the row states nothing it can check.

import { indexWithin, lastIndexWithin } from '../text/bounded';
import type { Dataset, DateValue, Entity, Mention } from '../model';
import { dayKey } from '../values/calendar';
import type { CueHit } from './cueIndex';
import { englishNameAt, japaneseNameAfter } from './personNames';
import type { SentenceRange } from './sentences';
import { holdersOfValue, personValued, scalars, type Candidate } from './shared';

export interface SuccessionClaim {
  entity: Entity;
  property: string;
  candidate: Candidate;
}

/** "Preceded by |", "Predecessor1:", "- Successor:", 「後任者」: group 1 before, group 2 after, group 3 the office's number. */
const SUCCESSION_ROW = /^[\s|*•・-]*(?:(Preceded by|Predecessor|前任者?)|(Succeeded by|Successor|後任者?))(\d*)\s*(?:[:：|]\s*)?(?=\S)/i;
/** "Office1: Minister of Defense": the office a numbered group of rows is about. */
const OFFICE_ROW = /^[\s|*•・-]*Office(\d*)\s*[:：|]\s*(\S[^\n]*)$/i;
/**
 * "Minister of Defense | |": a heading row, a name with empty cells (or none) after it. A table's
 * bars may reach here blanked to spaces: a run of spaces or a tab inside parts a key from its value.
 */
const HEADING_ROW = /^[\s|*•・-]*(?:[^|:：\s]+ ?){1,12}[\s|]*$/;
/** "In office 13 September 2023 – …", "Term Start": the term of the office above, no heading of its own. */
const TERM_ROW = /^[\s|*•・-]*(?:In office|Assumed office|Term|在任)/i;
/** How many rows above the successor row its office may be named. */
const MAX_ROWS_UP = 12;
const MAX_ROW = 200;

type Line = { start: number; end: number };

/**
 * The line holding `at`, looked for no further than a row's length each way: a longer line is given
 * as longer than MAX_ROW (and skipped as no row) without being read to its ends.
 */
function lineAt(text: string, at: number): Line {
  const floor = Math.max(0, at - MAX_ROW - 1);
  const before = lastIndexWithin(text, '\n', at - 1, floor);
  const start = before >= 0 ? before + 1 : floor === 0 ? 0 : floor - 1;
  const ceiling = Math.min(text.length, at + MAX_ROW + 1);
  const nl = indexWithin(text, '\n', at, ceiling);
  return { start, end: nl < 0 ? ceiling : nl };
}

/** A fact's time, for ordering one office's holders: from, else asOf, else until. */
function timeKey(q: { from?: DateValue; asOf?: DateValue; until?: DateValue }): number | undefined {
  const d = q.from ?? q.asOf ?? q.until;
  return d ? dayKey(d.year, d.month ?? 0, d.day ?? 0) : undefined;
}

/** The holders of `owner`'s person-valued property, earliest first; undefined when one has no time to order it by. */
function holdersInOrder(owner: Entity, property: string): string[] | undefined {
  const rows: Array<{ id: string; key: number }> = [];
  for (const f of owner.facts) {
    if (f.property !== property) continue;
    const key = timeKey(f.qualifiers);
    if (key === undefined) return undefined;
    for (const v of scalars(f)) if (v.kind === 'entity') rows.push({ id: v.id, key });
  }
  return rows.sort((a, b) => a.key - b.key).map((r) => r.id);
}

/** The office heading the row's group: "OfficeN: …" for a numbered row, else the nearest heading or Office row above. */
function officeAbove(text: string, row: Line, number: string): Line | undefined {
  let end = row.start - 1;
  for (let k = 0; k < MAX_ROWS_UP && end > 0; k++) {
    const line = lineAt(text, end);
    const body = text.slice(line.start, line.end);
    if (body.length <= MAX_ROW) {
      const office = OFFICE_ROW.exec(body);
      if (office && office[1] === number) return { start: line.start + office.index + office[0].length - office[2]!.length, end: line.end };
      if (number === '' && !office && HEADING_ROW.test(body) && !TERM_ROW.test(body)) return line;
    }
    end = line.start - 1;
  }
  return undefined;
}

/** The successor or predecessor row in `text[sentence]`, for the person the document is about. */
export function successionClaims(text: string, sentence: SentenceRange, mentions: Mention[], page: Entity, dataset: Dataset, cues: (from: number, to: number) => CueHit[]): SuccessionClaim[] {
  if (page.type !== 'person') return [];
  const out: SuccessionClaim[] = [];
  for (let at = sentence.start; at < sentence.end; ) {
    const row = lineAt(text, at);
    at = row.end + 1;
    // The whole row, though a table's cells may be sentences of their own: read once, from the sentence that holds its key.
    const body = text.slice(row.start, row.end);
    if (body.length > MAX_ROW) continue;
    const m = SUCCESSION_ROW.exec(body);
    const key = row.start + (/^[\s|*•・-]*/.exec(body)?.[0].length ?? 0);
    if (!m || key < sentence.start || key >= sentence.end) continue;
    const office = officeAbove(text, row, m[3]!);
    if (!office) continue;
    const valueStart = row.start + m[0].length;
    const valueEnd = row.start + body.replace(/[\s|]+$/, '').length;
    const person = mentions.find((x) => x.start >= valueStart && x.end <= valueEnd && dataset.entities.get(x.entity)?.type === 'person');
    // A Japanese name only after a separator (「後任 | 中谷元」): glued to the key, a run of kanji has no edge to go by.
    const japanese = /[\u3040-\u9fff]/.test(text[valueStart] ?? '');
    const name = person ? undefined : japanese ? (/[\s:：|]/.test(text[valueStart - 1] ?? '') ? japaneseNameAfter(text, valueStart - 1, valueEnd) : undefined) : englishNameAt(text, valueStart, valueEnd);
    if (!person && !(name && (name.text.includes(' ') || /[\u3040-\u9fff]/.test(name.text)))) continue;
    for (const hit of cues(office.start, office.end)) {
      for (const property of hit.properties) {
        if (!personValued(dataset, property)) continue;
        for (const ownerId of holdersOfValue(dataset, property, page.id)) {
          const owner = dataset.entities.get(ownerId);
          const holders = owner ? holdersInOrder(owner, property) : undefined;
          const k = holders ? holders.indexOf(page.id) : -1;
          const neighbour = holders?.[m[1] ? k - 1 : k + 1];
          if (!owner || k < 0 || neighbour === undefined || out.some((o) => o.entity === owner && o.property === property)) continue;
          const found = person ?? { kind: 'outside-name' as const, text: name!.text };
          out.push({ entity: owner, property, candidate: { found, start: person?.start ?? name!.start, end: person?.end ?? name!.end, adjacent: true, holder: neighbour } });
        }
      }
    }
  }
  return out;
}
