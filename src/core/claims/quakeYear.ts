// An earthquake told by a year alone, with no name: "the 2010 disaster", "after the 2010 quake",
// "the March 11, 2010, earthquake", 「2010年の震災」. Many earthquakes share a year, so the year says
// which one only in a document that names a dataset earthquake and writes that year nowhere else:
// there, "the 2010 disaster" a year off the named earthquake's is that earthquake told wrong
// (quakeYearsOff, per document). A year on record needs no reading: it agrees. A date with a month or a
// day is read only on the day the document tells for the earthquake (quakeDay.ts's quakeDaysTold).

import type { Dataset, Entity, Mention } from '../model';
import { findValues, type ParsedValue } from '../values';
import { otherPlaceTold, recordedDays, toldDay } from './quakeDay';
import type { SentenceRange } from './sentences';
import { countOf, eventYears } from './shared';

type Claim = { entity: Entity; found: ParsedValue };

/** "the 2010 disaster", "of the devastating 2010 quake", "the 2010 M9.0 earthquake", "damaged by 2010 tsunami": a bare year as the word's modifier. */
const EN_YEAR_WORD = /\b(?:[Tt]he|[Oo]f|by)\s+(?:[a-z-]+\s+)?((?:19|20)\d\d)(?:['’]s)?\s+(?:(?:[a-z-]+|M[wj]?\s?\d(?:\.\d)?|\d\.\d(?:-magnitude)?|magnitude[- ]\d(?:\.\d)?)\s+){0,2}(?:[Ee]arthquake|[Qq]uake|[Tt]emblor|[Tt]sunami|[Dd]isasters?|[Cc]alamity|[Cc]atastrophe)\b/g;
/** Before a full date as the word's modifier: "the", "the devastating", "of". */
// ("in wake of March 2011 disaster": a headline's of, with no article.)
const EN_DATE_MODIFIER_BEFORE = /\b(?:[Tt]he|of)\s+(?:[a-z-]+\s+)?$/;
/** Between that date and the word: a comma, a size, adjectives in lower case (a capital opens a name: "the May 2023 Noto Peninsula quake" is another). */
const EN_DATE_MODIFIER_THEN = /^,?\s+(?:(?:[a-z-]+|M[wj]?\s?\d(?:\.\d)?|\d\.\d(?:-magnitude)?|magnitude[- ]\d(?:\.\d)?),?\s+){0,2}(?:[Ee]arthquake|[Qq]uake|[Tt]emblor|[Tt]sunami|[Dd]isasters?|[Cc]alamity|[Cc]atastrophe)\b/;
/** After the word: a place of its own that is not the dataset earthquakes' ("the 2010 earthquake in Haiti"). */
const EN_ELSEWHERE_AFTER = /^\s+(?:in|off|near|at|of)\s+(?:the\s+)?(?!Japan|T[oō]hoku|Noto|Ishikawa|Miyagi|Iwate|Fukushima|North|East|Sanriku|Suzu|Wajima)[A-Z]/;
/** An aftershock in the sentence: its year is its own. */
const AFTERSHOCK = /\baftershocks?\b|余震/i;
/** 「2010年の震災」「2010年(平成22年)に発生した地震」: the year, its gloss, then the word after a few characters of description. */
const JA_YEAR_THEN_WORD = /^(?:[（(][^（）()]{1,10}[）)])?(?:の|に発生した|に起きた)[^。、「」\s]{0,8}?(?:地震|震災|津波)/;
const MAX_HITS = 4;
/** A magnitude or an intensity told: 「M7.3」「マグニチュード7.6」, "magnitude 7.3", "a 7.3-magnitude", "M7.5". */
const MAGNITUDE = /\bmagnitude\b|\b\d(?:\.\d)?[- ]magnitude\b|\bM[wj]?\s?\d\.\d\b|マグニチュード|[MＭ]\s*[0-9０-９](?:[.．][0-9０-９])?(?![0-9０-９])/i;

/**
 * Per document: `id@year` for each year one off a dataset earthquake the document names (or dates, quakeDaysTold), that the
 * document writes once only, and that no other dataset earthquake is one off (sorted; part of a block's cache key).
 */
export function quakeYearsOff(mentions: readonly Mention[], dataset: Dataset, count: (year: number) => number, daysTold: readonly string[] = []): string[] {
  const records = recordedDays(dataset);
  if (records.length === 0) return [];
  const named = new Set<string>();
  for (const m of mentions) if (!m.candidates) named.add(m.entity);
  // (Or tells its day or month beside a word for an earthquake, in its year: "the March 11, 2011 tsunami", quakeDaysTold.)
  for (const d of daysTold) named.add(d.slice(0, d.indexOf('@')));
  const offBy = new Map<number, Set<string>>();
  for (const r of records) for (const y of [r.year - 1, r.year + 1]) offBy.set(y, (offBy.get(y) ?? new Set()).add(r.event.id));
  const out: string[] = [];
  for (const [year, events] of offBy) {
    if (events.size !== 1 || records.some((r) => r.year === year)) continue;
    const id = [...events][0]!;
    if (named.has(id) && count(year) === 1) out.push(`${id}@${year}`);
  }
  return out.sort();
}

/** Does the date fall on the day (or in the month) the document tells for the event (quakeDaysTold's `id@month-day`)? */
function onToldDay(v: ParsedValue, id: string, daysTold: readonly string[]): boolean {
  if (v.value.kind !== 'date' || v.value.month === undefined) return false;
  const told = toldDay(id, daysTold);
  return told !== undefined && told.month === v.value.month && (told.day === undefined || v.value.day === undefined || told.day === v.value.day);
}

export function quakeYearClaims(text: string, sentence: SentenceRange, dataset: Dataset, lang: 'en' | 'ja', values: () => ParsedValue[], off: readonly string[], daysTold: readonly string[] = [], named: readonly Mention[] = []): Claim[] {
  if (off.length === 0) return [];
  const body = text.slice(sentence.start, sentence.end);
  // A size told is another tie, read elsewhere: "the 2012 quake, a magnitude 7.3 shock" is none of the great one's.
  if (otherPlaceTold(body) || AFTERSHOCK.test(body) || MAGNITUDE.test(body)) return [];
  // "who had cleaned up after the 2023 earthquake were hit again by the Noto quake": the earthquake named beside it,
  // or another date in the sentence, makes the year's another earthquake.
  const eventOf = (year: number) => {
    const told = off.find((o) => o.endsWith(`@${year}`));
    const event = told ? dataset.entities.get(told.slice(0, told.indexOf('@'))) : undefined;
    return event && !named.some((m) => m.entity === event.id && m.start >= sentence.start && m.end <= sentence.end) ? event : undefined;
  };
  const dates = values().filter((v) => v.start >= sentence.start && v.end <= sentence.end && v.value.kind === 'date' && !v.value.yearless);
  // (A date in the earthquake's own year, outside brackets: "…were hit again in January 2024". A citation's date in brackets is no such sign.)
  const bracketed = (d: ParsedValue) => {
    const before = text.slice(sentence.start, d.start);
    return countOf(before, '(') + countOf(before, '（') > countOf(before, ')') + countOf(before, '）');
  };
  const otherDate = (start: number, event: Entity) => dates.some((d) => d.start !== start && d.value.kind === 'date' && !d.value.yearless && eventYears(event).includes((d.value as { year: number }).year) && !bracketed(d));
  const out: Claim[] = [];
  if (lang === 'en') {
    let n = 0;
    for (const m of body.matchAll(EN_YEAR_WORD)) {
      if (++n > MAX_HITS) break;
      const event = eventOf(Number(m[1]));
      const end = sentence.start + m.index + m[0].length;
      const start = sentence.start + m.index + m[0].indexOf(m[1]!);
      if (!event || otherDate(start, event) || EN_ELSEWHERE_AFTER.test(text.slice(end, end + 40))) continue;
      const parsed = findValues(`in ${m[1]}`)[0];
      if (parsed && parsed.value.kind === 'date') out.push({ entity: event, found: { ...parsed, text: m[1]!, start, end: start + m[1]!.length } });
    }
  }
  for (const v of values()) {
    if (out.length >= MAX_HITS) break;
    if (v.start < sentence.start || v.end > sentence.end || v.value.kind !== 'date' || v.value.yearless || out.some((c) => c.found.start === v.start)) continue;
    const event = eventOf(v.value.year);
    // A month or a day says which earthquake only against the one the document tells for it: "the May 5, 2023,
    // earthquake" in a story of the January 2024 one is another; a year alone needs no more (「2010年の震災」).
    if (!event || otherDate(v.start, event) || (v.value.month !== undefined && !onToldDay(v, event.id, daysTold))) continue;
    const told = lang === 'en'
      ? v.value.month !== undefined && EN_DATE_MODIFIER_BEFORE.test(text.slice(Math.max(sentence.start, v.start - 24), v.start)) && EN_DATE_MODIFIER_THEN.test(text.slice(v.end, v.end + 60))
      : JA_YEAR_THEN_WORD.test(text.slice(v.end, v.end + 30));
    if (told && !(lang === 'en' && EN_ELSEWHERE_AFTER.test(text.slice(v.end, v.end + 80).replace(EN_DATE_MODIFIER_THEN, '')))) out.push({ entity: event, found: v });
  }
  return out;
}
