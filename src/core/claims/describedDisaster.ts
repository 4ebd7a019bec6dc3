// A disaster told by what it was, not by its name: "the March 2011 earthquake and tsunami",
// "2011's disastrous earthquake and tsunami", "the earthquake and tsunami that struck Japan in
// 2011", "the March 2011 disaster in northeastern Japan". The one event whose English name holds
// the words ("2011 Tōhoku earthquake and tsunami") is meant; the date beside the words is its
// date. Other countries and years have had earthquakes and tsunamis too: only a date within a
// year of the event's is read as a claim about it.

import type { Dataset, Entity } from '../model';
import { findValues, type ParsedValue } from '../values';
import type { SentenceRange } from './sentences';
import { otherPlaceTold, quakeDayClaims } from './quakeDay';
import { EN_AND_THEN_FRONTED_DATE, eventYears, namesIn, soleOwnerIndex } from './shared';

/** "earthquake and tsunami", "quake and resulting tsunami", "earthquake and 140+ foot tsunami", "earthquake, tsunami", "tsunami and earthquake". */
const EN_QUAKE_AND_TSUNAMI = /\b(?:(?:earthquake|quake|temblor)(?:,|\s+and)\s+(?:the\s+|an?\s+)?(?:resulting\s+|ensuing\s+|subsequent\s+|massive\s+|[\d+.-]+[- ](?:foot|feet|meter|metre)\s+)?tsunami|tsunami\s+and\s+(?:the\s+)?(?:earthquake|quake))\b/gi;
/** Before the words: the date as their modifier, adjectives about it ("the devastating March 2011", "2011's disastrous", "a 2011"). */
// (A comma after a day is inside the date: "March 11, 2010," is read whole, not from its year; "the 2011 March 11 earthquake": the year, then its day.)
// ("Japan's 2011 earthquake", "the 9.0-magnitude March 2011 earthquake": the country's, and a size before the date.)
const EN_DATE_BEFORE = /(?:^|(?<!\d)[,(]\s*|\b(?:the|a|an|of|after|since|following|during|in|on|Japan['’]s)\s+(?:(?:[a-z-]+|\d(?:\.\d)?-magnitude)\s+){0,2}?)((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d)(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})?(?:['’]s|,)?\s+(?:(?:[a-z-]+|\d(?:\.\d)?|magnitude[- ]\d(?:\.\d)?)\s+){0,3}$/i;
/** "On March 11, 2011, a massive 9.0 earthquake and tsunami …": the date that opens the sentence (not "In 2012, a year after the tsunami": a time counted from it). */
// ("On March 11, 2011, at 2:46 p.m., a 9.0-magnitude earthquake", "On the morning of March 11 2011 an earthquake": its time of day.)
// ("March 11, 2011 : A powerful 9.0 magnitude earthquake …": a timeline's row, its date set off by a colon or dash.)
const EN_OPENING_DATE = /(?:^|\b(?:On|In|on|in)\s+(?:the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?)((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d)(?:,\s+at\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?(?:,?\s+(?:a|an|the)|\s*[:–—-]\s+(?:[Aa]n?|[Tt]he))\s+(?:(?:(?!(?:year|years|month|months|week|weeks|day|days|decade|after|before|since|later)\b)[a-z-]+|\d(?:\.\d)?(?:-magnitude)?|magnitude[- ]\d(?:\.\d)?)\s+){0,3}$/;
/** "In 2011 Japan was hit by an earthquake, a tsunami and a nuclear disaster": a date that opens the sentence, then the country struck. */
// ("On Friday, March 11, 2011 at 2:46 p.m. Japan was rocked by a magnitude 9.0 earthquake": its weekday and time.)
// ("On March 11, 2011, Japan suffered unbelievable tragedy in the form of a 9.0-magnitude earthquake": what the country suffered.)
const EN_HIT_BY_AFTER_DATE = /(?:^|\b(?:In|On)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?)((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d)(?:\s+at\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?,?\s+(?:[A-Z][\w.-]*\s+){1,3}(?:(?:was|were)\s+(?:hit|struck|rocked|devastated|jolted)\s+by|suffered|experienced|endured)\s+(?:[\w.-]+\s+){0,6}?(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}$/;
/** After the words: when it struck ("that struck Japan in 2011", "hit the area on March 11, 2011"); a decimal's point is no sentence end. */
// ("struck northeastern Japan in the afternoon of March 11, 2011": a time of that day may stand between.)
// ("the earthquake on March 11, 2011", "an earthquake January 1, 2024", "the devastating tsunami in 2011": the date right after the words.)
// ("occurred at 4:10 p.m. local time (7:10 UTC) on Monday January 1, 2024", "struck off the Pacific coast of the region March 11, 2011":
// a time of day's colon and points, a weekday, and no preposition before a date.)
// ("struck near Ishikawa Prefecture’s Noto Peninsula on Japan’s west coast at 4:15 p.m. JST on January 1, 2024": where and when, up to 100 characters.)
// ("the tsunami it generated on March 11, 2011": what it set off, that day; "that mainly rocked northeastern Japan in March 2011".)
const EN_STRUCK_THEN = /^(?:(?:[^.;:]|\.(?=\d)){0,80}?\b(?:hit|struck|devastated|ravaged|rocked|jolted|battered|slammed|occurred|happened|generated|triggered|spawned|unleashed)\b(?:[^.;:]|(?<=\d)[:.](?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.){0,100}?\s(?:(?:in|on)\s+)?(?:the\s+(?:early\s+|late\s+)?(?:afternoon|morning|evening|night)\s+of\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?|,?\s+(?:on\s+|in\s+)?)$/i;
/**
 * "a massive earthquake with a magnitude of 9.0 struck off … the Tohoku region", "The earthquake, of a
 * 8.9 (later revised to 9.0) magnitude": an earthquake told by its size or its region, with no
 * tsunami named. Few reach magnitude 9; only a date within a year of the event's is read.
 */
// ("triggering the Fukushima nuclear crisis": the disaster it set off tells which earthquake.)
const EN_GREAT_QUAKE_SIGN = /\bmagnitude(?:[- ]|\s+of\s+)?9(?:\.\d)?\b|\b9(?:\.\d)?[- ]magnitude\b|\b9\.0\b|\bT(?:o|ō|oh)hoku\b|\bSanriku\b|\bFukushima\b|\bnuclear\s+(?:accident|crisis|disaster|meltdowns?)\b/i;
// (A rewriter's "seismic tremor and tidal wave" is an earthquake and a tsunami too.)
const EN_QUAKE_WORD = /\b(?:earthquake|quake|temblor|seismic\s+tremor)s?\b/gi;
const EN_TSUNAMI_WORD = /\b(?:tsunami|tidal\s+wave)\b/gi;
/** "the 2011 nuclear accident triggered by a massive earthquake": the accident the earthquake set off, on its day. */
const EN_NUCLEAR_WORD = /\bnuclear\s+(?:accident|crisis|disaster|meltdowns?)\b/gi;
/** "the Japan earthquake and tsunami of 2011": the year after the words. */
const EN_OF_YEAR = /^\s+of\s+((?:19|20)\d\d)\b(?![-–\/.]\d)/;
/** "the March 2011 disaster in northeastern Japan": the region tells which disaster. */
// ("Iwate, Miyagi, Fukushima mark 14th anniversary of 2011 disaster": two of the three prefectures it struck hardest.)
const EN_NORTHEAST_JAPAN = /\bnorth-?east(?:ern)?\s+Japan\b|\b(?:Iwate|Miyagi|Fukushima)\b[^.;:]{0,40}\b(?:Iwate|Miyagi|Fukushima)\b/i;
const EN_QUAKE_OR_DISASTER = /\b(?:earthquake|quake|temblor|disaster)\b/gi;
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

/** English sentences only: "the March 2011 earthquake and tsunami" and its date. */
export function describedDisasterClaims(text: string, sentence: SentenceRange, dataset: Dataset, values: () => ParsedValue[], daysTold: readonly string[] = []): Array<{ entity: Entity; found: ParsedValue; presupposed?: boolean }> {
  const body = text.slice(sentence.start, sentence.end);
  const described = describedQuake(text, sentence, dataset, values);
  // "On 1 January 2023, a large earthquake occurred in Japan’s Noto region": else the region a dataset earthquake is named by.
  if (described.length > 0) return described;
  const region = EN_QUAKE_SIGN.test(body) ? regionQuakeClaims(text, sentence, dataset, values) : [];
  // "At around 4:10pm on January 1, 2023, an earthquake struck the Noto Peninsula": else the day alone.
  return region.length > 0 ? region : quakeDayClaims(text, sentence, dataset, 'en', values, daysTold);
}

function describedQuake(text: string, sentence: SentenceRange, dataset: Dataset, values: () => ParsedValue[]): Array<{ entity: Entity; found: ParsedValue; presupposed?: boolean }> {
  const body = text.slice(sentence.start, sentence.end);
  const tsunami = /tsunami|tidal\s+wave/i.test(body);
  const northeast = !tsunami && EN_NORTHEAST_JAPAN.test(body);
  if (!tsunami && !northeast && !EN_GREAT_QUAKE_SIGN.test(body)) return EN_QUAKE_SIGN.test(body) && EN_JAPAN_QUAKE.test(body) ? japanQuakeClaims(text, sentence, dataset, values) : [];
  // "One of the largest, a magnitude 7.3 quake off Sanriku, occurred on December 7, 2012": an aftershock, or a quake
  // whose size is told and is no great one's, is another earthquake in the great one's region.
  if (EN_AFTERSHOCK.test(body) || smallerQuakeTold(body)) return [];
  const event = quakeAndTsunami(dataset);
  if (!event) return [];
  // ("a monstrous tsunami devastated the Pacific coast of Tohoku on March 11, 2011": the tsunami it set off, dated.)
  return quakeDate(text, sentence, tsunami ? [...body.matchAll(EN_QUAKE_AND_TSUNAMI), ...body.matchAll(EN_QUAKE_WORD), ...body.matchAll(EN_TSUNAMI_WORD)] : northeast ? body.matchAll(EN_QUAKE_OR_DISASTER) : [...body.matchAll(EN_QUAKE_WORD), ...body.matchAll(EN_NUCLEAR_WORD)], [event], values);
}

/** Words of an earthquake's English name that are no region: "2024 Noto Peninsula earthquake" leaves "Noto". */
const NOT_REGION = new Set(['earthquake', 'quake', 'tsunami', 'great', 'east', 'eastern', 'japan', 'japanese', 'peninsula', 'and', 'the', 'of', 'disaster', 'region', 'area', 'off', 'coast', 'pacific', 'ocean']);
/** Folded for comparing words: no case, no accents (Tōhoku as Tohoku). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const regionCache = new WeakMap<Dataset, Map<string, Entity>>();

/** Per dataset, each region word of an earthquake's English name that names that earthquake alone ("noto"). */
function quakeRegions(dataset: Dataset): Map<string, Entity> {
  let regions = regionCache.get(dataset);
  if (regions) return regions;
  const pairs: Array<[string, Entity]> = [];
  for (const e of earthquakes(dataset, 'en')) {
    const names = [e.labels.en, ...e.aliases.filter((a) => a.lang === 'en').map((a) => a.text)].filter((n): n is string => typeof n === 'string');
    for (const word of new Set(names.flatMap((n) => fold(n).split(/[^a-z]+/)))) if (word.length >= 3 && !NOT_REGION.has(word)) pairs.push([word, e]);
  }
  regions = soleOwnerIndex(pairs);
  regionCache.set(dataset, regions);
  return regions;
}

/** "On 1 January 2023, a large earthquake", "On January 1st, 2023, at 4:10 p.m. local time, a magnitude 7.6 earthquake": a date opening the sentence, then the earthquake as its subject (no "after" between). */
// ("a MJMA 7.6 (Mw 7.5) earthquake": a second scale's figure in brackets.)
// ("On January 1, 2024, a series of strong earthquakes, including a major 7.6-magnitude quake, struck": a series of them.)
const EN_DATE_THEN_QUAKE = /^,?(?:\s+at\s+[^,;]{1,30},)?\s+(?:(?:a|an|the)\s+)?(?:series\s+of\s+)?(?:(?!(?:after|since|following|before|until|by|for|of|from|to|in|on)\s)[\w.’'()-]+\s+){0,6}$/i;
/** "On January 1 2024 at around 4:10pm (local time), the Noto Peninsula of Ishikawa Prefecture was hit by a massive 7.5 magnitude earthquake". */
const EN_DATE_THEN_HIT_BY = /^,?(?:\s+at\s+[^,;]{1,30},)?\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:of\s+)?){1,6}(?:was|were)\s+(?:hit|struck|rocked|jolted|shaken)\s+by\s+(?:a|an|the)\s+(?:[\w.’'()-]+\s+){0,4}$/;
/** A sentence's start before its opening date: "On", "In", or a time of that day ("At 4:10 in the afternoon of"). */
// ("On the afternoon of January 1, 2024,": the time of that day first.)
// ("According to the NASA Earth Observatory, at 4:10 p.m. (Japan Standard Time) on the first day of 2024,": a source
// first, the clock's zone in brackets, the year's first day.)
const EN_OPENING = /^[\s"“]*(?:According\s+to\s+[^,;.]{1,60},\s+)?(?:(?:[Oo]n|[Ii]n)\s+(?:the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+|the\s+first\s+day\s+of\s+)?|[Aa]t\s+(?:around\s+|about\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s+)?(?:\([^()]{1,30}\)\s+)?(?:(?:in\s+the\s+)?(?:afternoon|morning|evening|night)\s+)?(?:of|on)\s+(?:the\s+first\s+day\s+of\s+)?)?$/;
/** After the word: when it struck, as "New Year's Day 2024" (the day the value scanner leaves as a bare number). */
const EN_STRUCK_ON_NEW_YEARS_DAY = /^(?:[^.;:]|\.(?=\d)){0,80}?\b(?:hit|struck|devastated|ravaged|occurred|happened)\b[^.;:]{0,80}?\s(?:on\s+)?New\s+Year['’]s\s+Day,?\s+((?:19|20)\d\d)\b(?![-–\/.]\d)/i;

/** "the earthquake that struck the Noto Peninsula on New Year's Day 2024": its year. */
function newYearsDay(text: string, end: number, limit: number): ParsedValue | undefined {
  const m = EN_STRUCK_ON_NEW_YEARS_DAY.exec(text.slice(end, Math.min(limit, end + 200)));
  return m ? dateAt(m[1]!, end + m[0].length - m[1]!.length) : undefined;
}
/** "2023 Noto Peninsula, Japan Earthquake": a year, the place in capitals, then the word (a title). */
const EN_YEAR_THEN_PLACE = /(?:^|[\s(–—-])((?:19|20)\d\d)\s+(?:[A-Z][\w’'-]*,?\s+){1,4}$/;
/** "Noto Peninsula, Japan Earthquake, 2023": the year after the title's word. */
const EN_THEN_YEAR = /^,\s*((?:19|20)\d\d)\b(?![-–\/.]\d)/;

/** A great earthquake: magnitude 7 or more, or the greatest seismic intensity (a region has smaller ones every year: Noto's of May 2023). */
// ("caused shaking up to level 7 on the Japanese seismic intensity scale": the scale's top level.)
// ("a massive earthquake measuring 7.6": its size without the word magnitude.)
// ("measuring up to 7.6 on the Richter scale": up to, about.)
const EN_STRONG_QUAKE = /\b(?:M|Mw|Mj|magnitude|measuring)[\s-]*(?:of\s+)?(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?[7-9](?:\.\d)?\b|\b[7-9]\.\d[- ]magnitude\b|\bintensity\s+(?:of\s+)?(?:upper\s+)?7\b|\blevel\s+7\s+on\s+the\s+(?:Japanese\s+)?(?:seismic\s+)?intensity\b|\bshindo\s+7\b/i;

/**
 * A great earthquake (EN_STRONG_QUAKE) told by the one region word of a dataset earthquake's name
 * ("across the Noto Peninsula", "M 7.5 - 2023 Noto Peninsula, Japan Earthquake"), dated by a date
 * that opens the sentence before the word for it, by a year in a title beside it, or by when it
 * struck. Only a date within a year of the event's.
 */
function regionQuakeClaims(text: string, sentence: SentenceRange, dataset: Dataset, values: () => ParsedValue[]): Array<{ entity: Entity; found: ParsedValue }> {
  const body = text.slice(sentence.start, sentence.end);
  if (!EN_STRONG_QUAKE.test(body)) return [];
  const regions = quakeRegions(dataset);
  if (regions.size === 0) return [];
  const named = new Set<Entity>();
  for (const word of fold(body).split(/[^a-z]+/)) {
    const e = regions.get(word);
    if (e) named.add(e);
  }
  if (named.size !== 1) return [];
  const event = [...named][0]!;
  let n = 0;
  for (const m of body.matchAll(EN_QUAKE_WORD)) {
    if (++n > MAX_DESCRIPTIONS) break;
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    const opening = values().find((v) => v.value.kind === 'date' && !v.value.yearless && v.end <= at && EN_OPENING.test(text.slice(sentence.start, v.start)) && (EN_DATE_THEN_QUAKE.test(text.slice(v.end, at)) || EN_DATE_THEN_HIT_BY.test(text.slice(v.end, at))));
    const title = EN_YEAR_THEN_PLACE.exec(text.slice(Math.max(sentence.start, at - 60), at));
    const titled = title ? dateAt(title[1]!, at - title[0].length + title[0].indexOf(title[1]!)) : undefined;
    const yearAfter = EN_THEN_YEAR.exec(text.slice(end, end + 8));
    const after = yearAfter ? dateAt(yearAfter[1]!, end + yearAfter[0].indexOf(yearAfter[1]!)) : values().find((v) => v.start >= end && v.start - end <= 140 && v.value.kind === 'date' && !v.value.yearless && EN_STRUCK_THEN.test(text.slice(end, v.start)) && !EN_AND_THEN_FRONTED_DATE.test(text.slice(end, v.start))) ?? newYearsDay(text, end, sentence.end);
    // ("Unlike the 2012 Haida Gwaii earthquake, the Tohoku quake was a magnitude 9.0 event": another place's, between.)
    const date = [opening, titled, after].find((d) => d !== undefined && !anotherPlace(text, Math.min(d.end, at), Math.max(d.start, end), [event]));
    if (date && date.value.kind === 'date' && !date.value.yearless && eventYears(event).some((y) => Math.abs(y - (date.value as { year: number }).year) <= 1)) return [{ entity: event, found: date }];
  }
  return [];
}

/**
 * "After 2012 Japan earthquake, …", "an earthquake struck the island nation of Japan", "Japan Earthquake
 * 2010: …": an earthquake told only as Japan's. Japan has many; the dataset's one within a year of the
 * date written is meant, when exactly one is (no other dataset earthquake is a year off it).
 */
function japanQuakeClaims(text: string, sentence: SentenceRange, dataset: Dataset, values: () => ParsedValue[]): Array<{ entity: Entity; found: ParsedValue; presupposed?: boolean }> {
  const body = text.slice(sentence.start, sentence.end);
  // A region or a peninsula named is another earthquake's sign (Noto, Kumamoto): not read here.
  if (EN_OTHER_REGION.test(body)) return [];
  const quakes = earthquakes(dataset, 'en');
  return quakes.length === 0 ? [] : quakeDate(text, sentence, body.matchAll(EN_QUAKE_WORD), quakes, values);
}

/** Capitalised words that name no other place than the dataset earthquakes' own: Japan, its regions struck, sizes, times. */
const EN_NO_OTHER_PLACE = new Set(['japan', 'japanese', 'great', 'east', 'eastern', 'north', 'northeast', 'northeastern', 'northern', 'pacific', 'coast', 'ocean', 'tohoku', 'sanriku', 'miyagi', 'iwate', 'fukushima', 'sendai', 'honshu', 'ibaraki', 'noto', 'ishikawa', 'wajima', 'suzu', 'peninsula', 'prefecture', 'prefectures', 'region', 'massive', 'deadly', 'devastating', 'huge', 'powerful', 'strong', 'magnitude', 'mw', 'mj', 'jma', 'jst', 'utc', 'standard', 'time', 'local', 'the', 'a', 'an', 'in', 'on', 'of', 'off', 'that', 'which', 'it', 'day', 'new', 'year', 'years', 'friday', 'monday', 'january', 'march', 'earthquake', 'quake', 'tsunami', 'disaster']);
const wordCache = new WeakMap<Entity, Set<string>>();

/** Is a capitalised word between `from` and `to` a place none of `events` is named by ("Chile", "Haida Gwaii")? */
function anotherPlace(text: string, from: number, to: number, events: Entity[]): boolean {
  for (const w of text.slice(from, to).matchAll(/\b[A-Z][A-Za-zō’'-]+/g)) {
    const word = fold(w[0]).replace(/['’]s$/, '');
    // (A scale's or a clock's letters, "MJMA 7.6", "16:10 JST", "USGS", are no place.)
    if (EN_NO_OTHER_PLACE.has(word) || /^[A-Z]{2,6}$/.test(w[0])) continue;
    if (events.some((e) => ownWords(e).has(word))) continue;
    return true;
  }
  return false;
}

/** The folded words of an event's English names. */
function ownWords(e: Entity): Set<string> {
  let words = wordCache.get(e);
  if (!words) wordCache.set(e, (words = new Set([e.labels.en, ...e.aliases.filter((a) => a.lang === 'en').map((a) => a.text)].filter((n): n is string => typeof n === 'string').flatMap((n) => fold(n).split(/[^a-z]+/)))));
  return words;
}

/** The date a sentence gives beside one of its words for an earthquake, and the one event of `events` within a year of it. */
function quakeDate(text: string, sentence: SentenceRange, words: Iterable<RegExpExecArray>, events: Entity[], values: () => ParsedValue[]): Array<{ entity: Entity; found: ParsedValue; presupposed?: boolean }> {
  const within = (v: ParsedValue) => v.value.kind === 'date' && !v.value.yearless ? events.filter((e) => eventYears(e).some((y) => Math.abs(y - (v.value as { year: number }).year) <= 1)) : [];
  let n = 0;
  let first: { entity: Entity; found: ParsedValue; presupposed?: boolean } | undefined;
  // With a tsunami named, "earthquake and tsunami" first, then an earthquake that set it off ("the earthquake struck …, triggering a tsunami").
  for (const m of words) {
    // (Words after the one dated are looked at for a second date only, up to as many again.)
    if (++n > (first ? 2 * MAX_DESCRIPTIONS : MAX_DESCRIPTIONS)) break;
    const at = sentence.start + m.index;
    const lead = EN_DATE_BEFORE.exec(text.slice(Math.max(sentence.start, at - 60), at)) ?? EN_OPENING_DATE.exec(text.slice(Math.max(sentence.start, at - 60), at)) ?? EN_HIT_BY_AFTER_DATE.exec(text.slice(Math.max(sentence.start, at - 110), at));
    // "the 2010 Chile earthquake", "the earthquake and tsunami that struck Chile in 2010": another place's, between the date and the words.
    const leadDate = lead ? dateAt(lead[1]!, at - lead[0].length + lead[0].indexOf(lead[1]!)) : undefined;
    const before = leadDate && !anotherPlace(text, leadDate.end, at, events) ? leadDate : undefined;
    const end = at + m[0].length;
    const ofYear = EN_OF_YEAR.exec(text.slice(end, end + 10));
    const after = ofYear ? dateAt(ofYear[1]!, end + ofYear[0].indexOf(ofYear[1]!)) : values().find((v) => v.start >= end && v.start - end <= 140 && v.value.kind === 'date' && EN_STRUCK_THEN.test(text.slice(end, v.start)) && !EN_AND_THEN_FRONTED_DATE.test(text.slice(end, v.start)) && !anotherPlace(text, end, v.start, events));
    // "on Mar. 11, 2011 when disaster struck Japan with a 9.0-magnitude earthquake": a date, then when it struck.
    // ("on March 11, 2011, when a 9.0-magnitude earthquake combined with a tsunami killed …": the word itself after when, then what it did.)
    const whenWord = EN_WHEN_WORD_AFTER.test(text.slice(end, end + 40)) ? values().filter((v) => v.value.kind === 'date' && !v.value.yearless && v.end <= at && at - v.end <= 40 && EN_WHEN_BEFORE_WORD.test(text.slice(v.end, at))).pop() : undefined;
    const whenStruck = before ?? whenWord ?? values().filter((v) => v.value.kind === 'date' && !v.value.yearless && v.end <= at && at - v.end <= 120 && EN_WHEN_STRUCK_BETWEEN.test(text.slice(v.end, at))).pop();
    // "…also known as the 2011 Tohoku earthquake, was a magnitude 9.0 earthquake that struck … on March 11, 2010": a year
    // before a word for it, then another year when it struck, right after the same word or a later one; both are told of the
    // one earthquake.
    const secondDate = (claim: { entity: Entity; found: ParsedValue }) => after && after !== claim.found && after.value.kind === 'date' && claim.found.value.kind === 'date' && after.value.year !== claim.found.value.year && EN_STRUCK_ON_ONLY.test(text.slice(end, after.start)) && within(after)[0] === claim.entity ? after : undefined;
    if (first) {
      const second = secondDate(first);
      if (second) return [first, { entity: first.entity, found: second }];
      continue;
    }
    const date = before ?? whenStruck ?? after;
    const fits = date ? within(date) : [];
    // (A day told by a clause of when it struck is said whatever the sentence denies: "weren't there on March 11, 2011, when …".)
    if (date && fits.length === 1) {
      first = { entity: fits[0]!, found: date, ...(date !== before && date === whenStruck ? { presupposed: true } : {}) };
      const second = secondDate(first);
      if (second) return [first, { entity: first.entity, found: second }];
    }
  }
  return first ? [first] : [];
}

/** Between the word and a second date: when it struck ("that struck off the coast of Japan on"), with no other time, event or clause between. */
const EN_STRUCK_ON_ONLY = /^(?:(?!\b(?:before|after|until|since|by|later|following|ago|anniversar\w*|memorial|and|but|while|when|then|marked|commemorat\w*|year|years|aftershocks?)\b)[^.;:]|(?<=\d)[:.](?=\d))*?\b(?:hit|struck|occurred|happened|rocked|jolted)\b(?:(?!\b(?:before|after|until|since|by|later|following|ago|and|but|while|when|then|year|years)\b)[^.;:]|(?<=\d)[:.](?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.)*$/i;
/** Between a date and the word: "when" the disaster or a quake struck, then how ("when disaster struck Japan with a 9.0-magnitude "). */
// ("on March 11, 2011, when a 9.0-magnitude earthquake combined with a tsunami killed …": what it did that day.)
const EN_WHEN_STRUCK_BETWEEN = /^,?\s+when\s+(?:a\s+|an\s+|the\s+)?(?:[\w.-]+\s+){0,2}?(?:disaster|earthquake|quake|tsunami|temblor)\s+(?:struck|hit|combined|killed|devastated|triggered|rocked|jolted)\b(?:[^.;:]|\.(?=\d)){0,80}$/i;
const EN_WHEN_BEFORE_WORD = /^,?\s+when\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,2}$/i;
const EN_WHEN_WORD_AFTER = /^\s+(?:(?:and|combined\s+with)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,2}?tsunami\s+)?(?:struck|hit|combined|killed|devastated|triggered|rocked|jolted)\b/i;
// (Not "an aftershock of the 9.0-magnitude March 2011 earthquake": the great one named after it.)
const EN_AFTERSHOCK = /\baftershocks?\b(?!\s+of\b)/i;
/** A magnitude told: "magnitude 7.3", "a 7.3-magnitude", "M7.3", "measuring 7.3". */
const EN_MAGNITUDE = /\b(?:magnitude|M|Mw|Mj|measuring)[\s-]*(?:of\s+)?(\d(?:\.\d)?)\b|\b(\d\.\d)[- ]magnitude\b/gi;
/** The sizes a great earthquake is told by (9.0, 9.1; 8.9 before revision). */
const GREAT_MAGNITUDE = 8.5;

/** Does the sentence tell an earthquake's size, every one below a great earthquake's? (Japanese: 「M7.3」「マグニチュード７．３」.) */
function smallerQuakeTold(body: string, lang: 'en' | 'ja' = 'en'): boolean {
  let told = false;
  for (const m of lang === 'en' ? body.matchAll(EN_MAGNITUDE) : body.matchAll(JA_MAGNITUDE)) {
    const size = Number((m[1] ?? m[2])!.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))));
    if (size >= GREAT_MAGNITUDE) return false;
    told = true;
  }
  return told;
}

/** A Japanese magnitude told: 「マグニチュード7.3」「M7.3」「Ｍ７．３」. */
const JA_MAGNITUDE = /(?:マグニチュード|[MＭ])\s*([0-9０-９](?:[.．][0-9０-９])?)(?![0-9０-９])/g;


/** Most sentences hold no word for an earthquake: one cheap test before the pattern. */
const EN_QUAKE_SIGN = /quake|temblor/i;
/** "Japan earthquake", "an earthquake struck the island nation of Japan", "a quake hit northern Japan". */
// (Not "Great East Japan Earthquake": a name, the dataset's.)
const EN_JAPAN_QUAKE = /(?<!East\s)\bJapan(?:ese)?\s+(?:earthquake|quake)\b|\bJapan['’]s\s+(?:19|20)\d\d\s+(?:earthquake|quake)\b|\b(?:earthquake|quake|temblor)\s+(?:[\w.-]+\s+){0,3}?(?:struck|hit|jolted|rocked)\s+(?:[\w-]+\s+){0,4}?Japan\b/i;
/** A place that tells of another earthquake than one told only as Japan's. */
const EN_OTHER_REGION = /\b(?:Noto|Kumamoto|Hokkaido|Osaka|Kobe|Hanshin|Niigata|Chuetsu|Fukuoka|Tottori|Iburi|Nankai)\b/i;

// Japanese: 「2024年1月1日16時10分に震度7の地震が発生」「2011年3月11日の発災日に…大震災」. An earthquake told
// by what happened, not by its name, at the greatest seismic intensity (震度7) or as a great
// disaster (大震災, 大規模震災), not a drill's: the dataset's one such earthquake whose year the
// sentence gives, or misses by one (as the English rule above). Few earthquakes reach 震度7; none of
// the others came a year before or after.
/** What tells of such an earthquake striking, and the words a date stands before. */
// 「巨大地震と…大津波」: a great earthquake with a great tsunami, as 大震災.
// 「マグニチュード9.0の巨大地震」: a magnitude of 7 or more, as the English rule reads it.
// (「震度(しんど)7」: a reading in brackets, as children's news gives it.)
const JA_GREAT_QUAKE = /震度(?:[（(][\u3041-\u3096]{2,6}[）)])?\s*[7７七]|大震災|大規模震災|巨大地震と[^。]{0,12}?大津波|地震と(?:大)?津波による[^。]{0,12}?大(?:災害|惨事)|(?:マグニチュード|[MＭ])\s*[7-9７-９](?:[.．][0-9０-９])?(?![0-9０-９.．])/;
/** An earthquake told by its epicentre, whose intensity the next sentence may give. */
const JA_EPICENTRE = /を震源と(?:する|して)[^。]{0,40}?(?:大|巨大)?地震/;
/** How far into the paragraph the next sentence is looked at. */
const NEXT_SENTENCE_REACH = 120;
/** A drill or a forecast: an earthquake supposed, not one that struck. */
const JA_SUPPOSED = /想定|仮定|予測|シナリオ|訓練/;
/** A place of another earthquake than the dataset's (abroad, or a region of Japan neither struck). */
const JA_OTHER_QUAKE_PLACE = /チリ|トルコ|シリア|ミャンマー|インドネシア|スマトラ|カムチャツカ|台湾|ネパール|ハイチ|メキシコ|ニュージーランド|イラン|パキスタン|アフガニスタン|フィリピン|中国|四川|モロッコ|エクアドル|ペルー|アラスカ|カリフォルニア|熊本|青森|北海道|胆振|大阪|阪神|新潟|中越|鳥取|福岡|千葉|日向灘|房総|十勝/;
// 「…を震源とする地震」「…で起こった巨大地震と…大津波」: the earthquake told by its epicentre, or as a great one with its tsunami.
// 「巨大地震が東北地方の三陸沖で発生」: where it struck may come between.
const JA_QUAKE = /震度(?:[（(][\u3041-\u3096]{2,6}[）)])?\s*[0-9０-９一二三四五六七]|(?:大|巨大)?地震が(?:発生|起き|起こ|[^。、]{0,24}?襲|[^。、「」]{0,24}?で発生)|を震源とする(?:大|巨大)?地震|巨大地震と[^。]{0,12}?大津波|を襲った(?:大|巨大)?地震と(?:大)?津波|発災/g;
/** Between a date and those words: its weekday, New Year's Day, a time of day, に, の, and a few words at most (one comma among them: 「…を震源とするマグニチュード7.4、最大震度7」). */
// (「16時10分 (日本時間 、協定世界時7時 分)に、」: the other clock in brackets after the time.)
// (「14時46分、三陸沖(北緯38度1分、東経142度9分)の深さ24kmを震源として、…の地震が発生」: a comma in the epicentre's bracket too.)
const JA_DATE_THEN_QUAKE = /^(?:[（(][月火水木金土日][）)])?(?:元日|元旦)?(?:午前|午後)?(?:[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?(?:[0-9０-９]{1,2}秒)?(?:頃|ごろ)?)?(?:\s?[（(][^（）()]{0,30}[）)])?(?:に|の|、)?(?:は、?)?(?:[^。、「」]{0,44}、){0,2}[^。、「」]{0,60}$/;
/** A sentence that is a date and a time only, before the one that tells what happened (「2024年1月1日16時10分。最大震度7の…」). */
const JA_DATE_SENTENCE_BEFORE = /(?:^|[。\n])\s*([^。\n]{4,30})。\s*$/;
const JA_BULLET_LEAD = /^[\s•・▽●○■□◆◇★☆※-]*/;
const JA_TIME_ONLY = /^(?:元日|元旦)?(?:午前|午後)?(?:[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?(?:頃|ごろ)?)?$/;

/** Words of an earthquake's name, by language. */
const QUAKE_NAME: Record<'en' | 'ja', RegExp> = { en: /\b(?:earthquake|quake)\b/i, ja: /地震|震災/ };
const quakeCache: Record<'en' | 'ja', WeakMap<Dataset, Entity[]>> = { en: new WeakMap(), ja: new WeakMap() };

/** The dataset's dated earthquakes, by their names in `lang`. */
function earthquakes(dataset: Dataset, lang: 'en' | 'ja'): Entity[] {
  let found = quakeCache[lang].get(dataset);
  if (!found) {
    found = [...dataset.entities.values()].filter((e) => e.type === 'event' && e.facts.some((f) => f.property === 'date') && namesIn(e, lang).some((n) => QUAKE_NAME[lang].test(n)));
    quakeCache[lang].set(dataset, found);
  }
  return found;
}

/**
 * 「2011年の地震と津波」「2011年3月の東北地方で…死亡・行方不明になった地震と津波」「2011年の震災」: a dated earthquake and
 * tsunami, or a dated 震災, told without a name; the one event of that kind within a year of the date.
 */
// (震災 only as the event itself, 「2011年の震災では」「…の震災が」: not 「2012年の震災復興予算」「震災から」「震災後」, counted from it, nor 震災がれき.)
// (「2011年の東北地方の地震」: the region the dataset's earthquake is named by, in Japanese.)
const JA_DATED_QUAKE_AND_TSUNAMI = /(?:の|に)(?:[^。、「」]{0,40}?)(?:大|巨大)?(?:地震と(?:大)?津波|震災(?=では|で|の際|当時|時|が(?!れき)|は|、|を|。)|(?<=の)東北(?:地方)?(?:太平洋沖)?の?(?:大|巨大)?地震)/g;

function datedQuakeJa(text: string, sentence: SentenceRange, dataset: Dataset, values: () => ParsedValue[]): Array<{ entity: Entity; found: ParsedValue }> {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes('津波') && !body.includes('震災')) return [];
  if (JA_SUPPOSED.test(body) || otherPlaceTold(body, JA_OTHER_QUAKE_PLACE)) return [];
  const tsunami = quakeAndTsunami(dataset);
  const named = (word: string) => earthquakes(dataset, 'ja').filter((e) => namesIn(e, 'ja').some((n) => n.includes(word)));
  const disasters = named('震災');
  let n = 0;
  for (const m of body.matchAll(JA_DATED_QUAKE_AND_TSUNAMI)) {
    if (++n > MAX_DESCRIPTIONS) break;
    const at = sentence.start + m.index;
    const date = values().find((v) => v.value.kind === 'date' && !v.value.yearless && v.end === at);
    if (!date || date.value.kind !== 'date') continue;
    const year = date.value.year;
    const kinds = m[0].endsWith('震災') ? disasters : m[0].includes('東北') ? named('東北') : tsunami ? [tsunami] : [];
    const fits = kinds.filter((e) => eventYears(e).some((y) => Math.abs(y - year) <= 1));
    if (fits.length === 1) return [{ entity: fits[0]!, found: date }];
  }
  return [];
}

export function describedQuakeClaimsJa(text: string, sentence: SentenceRange, dataset: Dataset, values: () => ParsedValue[], daysTold: readonly string[] = []): Array<{ entity: Entity; found: ParsedValue }> {
  const dated = datedQuakeJa(text, sentence, dataset, values);
  if (dated.length > 0) return dated;
  const great = greatQuakeJa(text, sentence, dataset, values);
  // 「2023年1月1日に発生した地震で…」: else the day alone.
  return great.length > 0 ? great : quakeDayClaims(text, sentence, dataset, 'ja', values, daysTold);
}

function greatQuakeJa(text: string, sentence: SentenceRange, dataset: Dataset, values: () => ParsedValue[]): Array<{ entity: Entity; found: ParsedValue }> {
  const body = text.slice(sentence.start, sentence.end);
  // 「…を震源とする地震。…震度7を観測した。」: the next sentence of the paragraph may tell its intensity.
  const next = text.slice(sentence.end, Math.min(text.length, sentence.end + NEXT_SENTENCE_REACH));
  const lineEnd = next.indexOf('\n');
  const great = JA_GREAT_QUAKE.test(body) || (JA_EPICENTRE.test(body) && JA_GREAT_QUAKE.test(lineEnd < 0 ? next : next.slice(0, lineEnd)));
  // 「2010年2月27日、チリ中部でマグニチュード8.8の地震が発生した」: another country's or region's earthquake.
  if (!great || JA_SUPPOSED.test(body) || otherPlaceTold(body, JA_OTHER_QUAKE_PLACE)) return [];
  // 「三陸沖でM7.3の地震が発生し、…津波警報」: a size told below a great earthquake's is no 大震災's (the region's aftershock).
  const smaller = smallerQuakeTold(body, 'ja');
  const quakes = earthquakes(dataset, 'ja').filter((e) => !(smaller && namesIn(e, 'ja').some((n) => n.includes('大震災'))));
  if (quakes.length === 0) return [];
  let n = 0;
  for (const m of body.matchAll(JA_QUAKE)) {
    if (++n > MAX_DESCRIPTIONS) break;
    const at = sentence.start + m.index;
    const date = values().filter((v) => v.value.kind === 'date' && !v.value.yearless && v.end <= at && JA_DATE_THEN_QUAKE.test(text.slice(v.end, at))).pop() ?? (n === 1 ? dateSentenceBefore(text, sentence) : undefined);
    if (!date || date.value.kind !== 'date') continue;
    const year = date.value.year;
    const fits = quakes.filter((e) => eventYears(e).some((y) => Math.abs(y - year) <= 1));
    if (fits.length === 1) return [{ entity: fits[0]!, found: date }];
  }
  return [];
}

/** The date of a sentence that holds only a date and a time, right before this one. */
function dateSentenceBefore(text: string, sentence: SentenceRange): ParsedValue | undefined {
  const from = Math.max(0, sentence.start - 40);
  const m = JA_DATE_SENTENCE_BEFORE.exec(text.slice(from, sentence.start));
  if (!m) return undefined;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const dates = findValues(m[1]!).filter((v) => v.value.kind === 'date');
  const d = dates.length === 1 ? dates[0]! : undefined;
  // A bullet may open the line (「•  2024年1月1日16時10分。」).
  const lead = JA_BULLET_LEAD.exec(m[1]!)?.[0].length ?? 0;
  if (!d || d.value.kind !== 'date' || d.value.yearless || d.start > lead + 1 || !JA_TIME_ONLY.test(m[1]!.slice(d.end).trim())) return undefined;
  return { ...d, start: at + d.start, end: at + d.end };
}
