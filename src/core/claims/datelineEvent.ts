// "Tokyo, March 30 (Jiji Press)--The defense chiefs of Japan and the United States agreed Sunday …",
// "**Tokyo, March 30, 2025** – … Hegseth stated during talks with … Gen Nakatani": wire copy dates
// its story once, in the dateline, and the lede tells of that day's news without a date of its own.
// A meeting the lede tells of (by its people, or by the posts of who met) happened on the dateline's
// day or in the week around it (or, told as to come, within the month after). A dateline outside
// that which misses the dataset's date in one part only (a month, a year) is the date told wrong;
// further off, it is another meeting of the same people, and nothing is said.

import { lastIndexWithin } from '../text/bounded';
import type { Dataset, Entity, Mention } from '../model';
import { findValues, nearMissDate, nearMissDateOfPeople, type ParsedValue } from '../values';
import { EN_BOTH_COUNTRIES, EN_TWO_PLUS_TWO_ROLES, MANY_PARTIES, meetingOfPeople, meetingWords, meetingsNamed, twoPlusTwoEvents, type EventClaim } from './describedEvent';
import type { SentenceRange } from './sentences';
import { scalars } from './shared';
import { THIRD_COUNTRY } from '../recognize/eventDate';

/** Before a dateline's date, at the start of its line: bold, then a city ("Tokyo", "Moscow [Russia]", "TOKYO") and a comma. */
const DATELINE_LEAD = /^\s*(?:\*\*)?\s*(?:[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}(?:\s+\[[A-Z][A-Za-z ]{1,20}\])?,\s*)?$/;
/**
 * After it: the bold's end, a news agency in brackets, then a dash or a colon; or TASS's "TOKYO,
 * March 30th. /tass/."; or, scraped, the lede glued to it ("April 10, 2024US President …").
 */
const DATELINE_TAIL = /^(?:\s*(?:\*\*)?\s*(?:\([A-Za-z][A-Za-z .]{1,20}\)\s*)?(?:—|–|--|-|:|\.\s*\/[A-Za-z]{2,12}\/)|[A-Z](?=[A-Za-z]))/;
/** A month's name near a line's start (abbreviated too: "Mar. 30"). */
const MONTH_NEAR_START = /^[^\n]{0,40}\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/;
/** How far into the dateline's paragraph the lede may run: its first sentences. */
const LEDE_REACH = 500;
const DAY_MS = 24 * 3600 * 1000;
/** The week around the story: "agreed Sunday" in a story dated Tuesday, "will meet … on Sunday" in one dated Tuesday. */
const WEEK_MS = 7 * DAY_MS;
/** A meeting told as to come may be further ahead: "will visit Japan later this month". */
const MONTH_MS = 31 * DAY_MS;
/** Told as to come: a plan, a schedule, a future tense. */
export const EN_TO_COME = /\b(?:will|would|to\s+(?:meet|hold|visit|host)|plans?|planned|set\s+to|scheduled|expected|next|upcoming|later)\b/i;

/** "the defense chiefs of Japan and the United States", "Japanese and U.S. defense ministers": a meeting of the two defence ministers. */
const EN_DEFENSE_CHIEFS = /\bdefen[cs]e\s+(?:chiefs|ministers|heads)\b/i;
/** The dataset's English name for a meeting of the two defence ministers. */
const EN_DEFENSE_MEETING_NAME = "U.S.-Japan Defense Ministers' Meeting";

/** The dateline's date, when `text` has one at the start of the line `at` is on, within LEDE_REACH of it. */
export function datelineOf(text: string, at: number): ParsedValue | undefined {
  // (Looked for no further back than the lede's reach: a line longer than that has no dateline to give.)
  const newline = lastIndexWithin(text, '\n', at - 1, at - LEDE_REACH - 1);
  if (newline < 0 && at > LEDE_REACH) return undefined;
  const lineStart = newline + 1;
  if (at - lineStart > LEDE_REACH) return undefined;
  const head = text.slice(lineStart, lineStart + 80);
  // Most lines open with no month's name: one cheap test before the search for values.
  if (!MONTH_NEAR_START.test(head)) return undefined;
  const date = findValues(head).find((v) => v.value.kind === 'date' && v.value.precision === 'day' && DATELINE_LEAD.test(head.slice(0, v.start)) && DATELINE_TAIL.test(head.slice(v.end)));
  return date && { ...date, start: date.start + lineStart, end: date.end + lineStart, segments: [] };
}

/** The one meeting the sentence tells of, by its people or by the posts of who met, and whether the people said so. */
function meetingTold(body: string, mentions: readonly Mention[], dataset: Dataset): { event: Entity; byPeople: boolean } | undefined {
  const people = mentions.filter((m) => dataset.entities.get(m.entity)?.type === 'person');
  const byPeople = meetingOfPeople(people, dataset);
  if (byPeople) return { event: byPeople, byPeople: true };
  if (people.length > 0 || !EN_BOTH_COUNTRIES.test(body) || THIRD_COUNTRY.test(body) || MANY_PARTIES.test(body)) return undefined;
  const named = EN_TWO_PLUS_TWO_ROLES.test(body) ? twoPlusTwoEvents(dataset) : EN_DEFENSE_CHIEFS.test(body) ? (meetingsNamed(dataset).get(EN_DEFENSE_MEETING_NAME) ?? []) : [];
  return named.length === 1 ? { event: named[0]!, byPeople: false } : undefined;
}

/** The first and last day (as UTC times) a dataset date may be, by its precision. */
function span(d: { year: number; month?: number; day?: number }): [number, number] {
  if (d.month === undefined) return [Date.UTC(d.year, 0, 1), Date.UTC(d.year, 11, 31)];
  if (d.day === undefined) return [Date.UTC(d.year, d.month - 1, 1), Date.UTC(d.year, d.month, 0)];
  return [Date.UTC(d.year, d.month - 1, d.day), Date.UTC(d.year, d.month - 1, d.day)];
}

/** Could a story dated `line` tell of a meeting held within `[from, to]` as that week's news (or, `toCome`, that month's ahead)? */
function withinTheWeek(line: { year: number; month?: number; day?: number; yearless?: boolean }, from: number, to: number, eventYear: number, toCome: boolean): boolean {
  const years = line.yearless ? [eventYear - 1, eventYear, eventYear + 1] : [line.year];
  return years.some((y) => {
    const at = Date.UTC(y, (line.month ?? 1) - 1, line.day ?? 1);
    return from <= at + (toCome ? MONTH_MS : WEEK_MS) && to >= at - WEEK_MS;
  });
}

/**
 * The date of the meeting a lede tells of, from the story's dateline, when the dateline is not
 * that meeting's week but misses its date in one part (EN only: Japanese datelines carry no date).
 */
export function datelineEventClaims(text: string, sentence: SentenceRange, mentions: readonly Mention[], dataset: Dataset, values: () => ParsedValue[]): EventClaim[] {
  // Most lines open with no dateline: that cheap test first, then the meeting words.
  const line = datelineOf(text, sentence.start);
  if (!line || line.value.kind !== 'date') return [];
  const body = text.slice(sentence.start, sentence.end);
  if (meetingWords(body, sentence.start, 'en').length === 0) return [];
  // A date of the sentence's own says when it was: the dateline is not needed.
  if (values().some((v) => v.value.kind === 'date' && v.start !== line.start && v.start >= sentence.start)) return [];
  const told = meetingTold(body, mentions, dataset);
  if (!told || mentions.some((m) => m.entity === told.event.id)) return [];
  const near = told.byPeople ? nearMissDateOfPeople : nearMissDate;
  const dates = told.event.facts.filter((f) => f.property === 'date').flatMap(scalars).flatMap((d) => (d.kind === 'date' ? [d] : []));
  const toCome = EN_TO_COME.test(body);
  if (dates.length === 0 || dates.some((d) => withinTheWeek(line.value as { year: number }, ...span(d), d.year, toCome))) return [];
  return dates.some((d) => near(line, d)) ? [{ entity: told.event, property: 'date', found: line }] : [];
}
