// A disaster told by what it was, not by its name: "the March 2011 earthquake and tsunami",
// "2011's disastrous earthquake and tsunami", "the earthquake and tsunami that struck Japan in
// 2011". The one event whose English name holds the words ("2011 Tōhoku earthquake and tsunami")
// is meant; the date beside the words is its date. Other countries and years have had earthquakes
// and tsunamis too: only a date within a year of the event's is read as a claim about it.

import type { Dataset, Entity } from '../model';
import { findValues, type ParsedValue } from '../values';
import type { SentenceRange } from './sentences';
import { scalars } from './shared';

/** "earthquake and tsunami", "quake and resulting tsunami", "earthquake and 140+ foot tsunami", "earthquake, tsunami", "tsunami and earthquake". */
const EN_QUAKE_AND_TSUNAMI = /\b(?:(?:earthquake|quake|temblor)(?:,|\s+and)\s+(?:the\s+)?(?:resulting\s+|ensuing\s+|subsequent\s+|massive\s+|[\d+.-]+[- ](?:foot|feet|meter|metre)\s+)?tsunami|tsunami\s+and\s+(?:the\s+)?(?:earthquake|quake))\b/gi;
/** Before the words: the date as their modifier, adjectives about it ("the devastating March 2011", "2011's disastrous", "a 2011"). */
const EN_DATE_BEFORE = /(?:^|[,(]\s*|\b(?:the|a|an|of|after|since|following|during|in)\s+(?:[a-z-]+\s+){0,2}?)((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d)(?:['’]s)?\s+(?:(?:[a-z-]+|\d(?:\.\d)?|magnitude[- ]\d(?:\.\d)?)\s+){0,3}$/i;
/** "On March 11, 2011, a massive 9.0 earthquake and tsunami …": the date that opens the sentence. */
const EN_OPENING_DATE = /(?:^|\b(?:On|In)\s+)((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d),\s+(?:a|an|the)\s+(?:(?:[a-z-]+|\d(?:\.\d)?|magnitude[- ]\d(?:\.\d)?)\s+){0,3}$/;
/** After the words: when it struck ("that struck Japan in 2011", "hit the area on March 11, 2011"). */
const EN_STRUCK_THEN = /^[^.;:]{0,80}?\b(?:hit|struck|devastated|ravaged|occurred|happened)\b[^.;:]{0,60}?\s(?:in|on)\s+$/i;
/** The name's words the description stands for. */
const NAME_WORDS = 'earthquake and tsunami';
/** A sentence holds the words at most this many times that are looked at. */
const MAX_DESCRIPTIONS = 4;

const eventCache = new WeakMap<Dataset, Entity | null>();

/** The one dated event whose English name holds "earthquake and tsunami", if exactly one does. */
function quakeAndTsunami(dataset: Dataset): Entity | undefined {
  const cached = eventCache.get(dataset);
  if (cached !== undefined) return cached ?? undefined;
  const found = [...dataset.entities.values()].filter((e) => e.type === 'event' && e.facts.some((f) => f.property === 'date') && [e.labels.en, ...e.aliases.filter((a) => a.lang === 'en').map((a) => a.text)].some((n) => typeof n === 'string' && n.toLowerCase().includes(NAME_WORDS)));
  const one = found.length === 1 ? found[0]! : null;
  eventCache.set(dataset, one);
  return one ?? undefined;
}

/** A date written as `written` at `start`, read as a value (a bare year is, after "in"). */
function dateAt(written: string, start: number): ParsedValue | undefined {
  const bare = /^(?:19|20)\d\d$/.test(written);
  const parsed = findValues(bare ? `in ${written}` : written).find((v) => v.value.kind === 'date');
  if (!parsed) return undefined;
  const at = bare ? 0 : parsed.start;
  return { ...parsed, text: written.slice(at, at + (bare ? written.length : parsed.text.length)), start: start + at, end: start + at + (bare ? written.length : parsed.text.length) };
}

/** The event's dates' years. */
function yearsOf(event: Entity): number[] {
  return event.facts.filter((f) => f.property === 'date').flatMap(scalars).flatMap((v) => (v.kind === 'date' && !v.yearless ? [v.year] : []));
}

/** English sentences only: "the March 2011 earthquake and tsunami" and its date. */
export function describedDisasterClaims(text: string, sentence: SentenceRange, dataset: Dataset, values: () => ParsedValue[]): Array<{ entity: Entity; found: ParsedValue }> {
  const body = text.slice(sentence.start, sentence.end);
  if (!/tsunami/i.test(body)) return [];
  const event = quakeAndTsunami(dataset);
  if (!event) return [];
  const years = yearsOf(event);
  const near = (v: ParsedValue) => v.value.kind === 'date' && !v.value.yearless && years.some((y) => Math.abs(y - (v.value as { year: number }).year) <= 1);
  let n = 0;
  for (const m of body.matchAll(EN_QUAKE_AND_TSUNAMI)) {
    if (++n > MAX_DESCRIPTIONS) break;
    const at = sentence.start + m.index;
    const lead = EN_DATE_BEFORE.exec(text.slice(Math.max(sentence.start, at - 60), at)) ?? EN_OPENING_DATE.exec(text.slice(Math.max(sentence.start, at - 60), at));
    const before = lead ? dateAt(lead[1]!, at - lead[0].length + lead[0].indexOf(lead[1]!)) : undefined;
    const end = at + m[0].length;
    const after = values().find((v) => v.start >= end && v.start - end <= 140 && v.value.kind === 'date' && EN_STRUCK_THEN.test(text.slice(end, v.start)));
    const date = before ?? after;
    if (date && near(date)) return [{ entity: event, found: date }];
  }
  return [];
}
