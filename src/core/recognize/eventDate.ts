// Whether the date beside a general event name (日米首脳会談, "2+2") says it is one of the dataset's
// events: the names count only beside a date of that event, or a date wrong in one part only.
import type { Dataset, Entity, ScalarValue } from '../model';
import { scalars } from '../claims/shared';
import { agreeingDateParts, compareValue, findValues, nearMissDate, nearMissDateOfPeople, type ParsedValue } from '../values';
import type { WrittenYears } from './writtenYears';

/** Is one of the entity's dates (an event's `date` fact) written in `text[from, to)`? */
export function dateNearby(dataset: Dataset, entity: string, text: string, from: number, to: number, strict = false, years?: WrittenYears): boolean {
  return closeness(dataset, entity, text, from, to, strict, years, true) > 0;
}

/**
 * How closely a date in `text[from, to)` names the entity: 0 when none does (dateNearby's rule);
 * else one more than the most parts (year, month, day) such a date shares with the entity's date.
 * Two events a date could name (「2024年2月7日」: the summit of February 7, 2025, one part off, or of
 * April 2024, one part off) go to the one whose date it shares more of.
 */
export function dateCloseness(dataset: Dataset, entity: string, text: string, from: number, to: number, strict = false, years?: WrittenYears): number {
  return closeness(dataset, entity, text, from, to, strict, years, false);
}

/** dateCloseness; with `any`, only whether it is above 0, stopping at the first date that says so (recognition asks this at every general name). */
function closeness(dataset: Dataset, entity: string, text: string, from: number, to: number, strict: boolean, years: WrittenYears | undefined, any: boolean): number {
  const dates = (dataset.entities.get(entity)?.facts ?? []).filter((f) => f.property === 'date').flatMap(scalars);
  if (dates.length === 0) return 0;
  // A near miss names the event too (「4月30日の日米防衛相会談」 for March 30): the check then says the date is wrong.
  // A date without a year says which event only against a dated day: "April 16" is in every April.
  const telling = (v: ParsedValue, d: ScalarValue) => !(v.value.kind === 'date' && v.value.yearless && (d.kind !== 'date' || d.precision !== 'day'));
  const window = text.slice(from, to);
  // A near miss beside a third country, in its own sentence, is that country's meeting of the same
  // kind ("their first two-plus-two since September 2024, when they met in Australia").
  const thirdCountry = (v: ParsedValue) => THIRD_COUNTRY.test(sentenceAround(window, v.start, v.end));
  // Two of its people named beside it ("the March summit between Biden and Kishida"), or what it
  // was about (「在日米軍を…再構成」 by the 2+2), say which meeting it is, and a date further off is
  // then that meeting's, told wrong.
  // Its agenda counts only in the date's own sentence (「…指揮統制…述べた。5月の日米首脳会談で」 is another meeting's).
  // They may stand further off in the passage ("…transform US Forces Japan into a Joint Forces
  // Headquarters. This new structure … following a two-plus-two meeting in Tokyo on July 28").
  // Looked for only when a date is there to judge: most general names stand beside none.
  let identified: boolean | undefined;
  const byPeople = () => (identified ??= !strict && identifiedBeside(dataset, entity, text.slice(Math.max(0, from - IDENTITY_REACH), to + IDENTITY_REACH)));
  const nearOf = (v: ParsedValue) => (byPeople() || (!strict && agendaBeside(dataset, entity, sentenceAround(window, v.start, v.end))) ? nearMissDateOfPeople : nearMissDate);
  // A month without a year is in the year the text wrote last before it (「2024年…4月の日米首脳会談」).
  const inYear = (v: ParsedValue): ParsedValue => {
    if (v.value.kind !== 'date' || !v.value.yearless || v.value.month === undefined) return v;
    const year = years?.yearOf(from + v.start);
    return year === undefined ? v : { ...v, value: { ...v.value, year, yearless: false } };
  };
  const says = (v: ParsedValue) => {
    const near = nearOf(v);
    return dates.some((d) => (compareValue(v, d) === 'agree' ? telling(v, d) || (!strict && near !== nearMissDate) : !strict && ((telling(v, d) || near !== nearMissDate) && near(v, d) || yearOff(v, d)) && !thirdCountry(v)));
  };
  // Read as written, and in that year (the year written before may be another's: 「24年」 is not read as one).
  let best = 0;
  // Two of its people named say which meeting it is: its date may then close a long sentence ("held the
  // Security Consultative Committee ("2+2") with Foreign Minister X, Secretary of Defense Y … in Tokyo on June 28").
  const rest = !strict && to < text.length ? sentenceRest(text, to) : '';
  const later = rest && byPeople() ? findValues(rest).map((v) => ({ ...v, start: v.start + (to - from), end: v.end + (to - from) })) : [];
  for (const v of [...findValues(window), ...later]) {
    if (v.value.kind !== 'date') continue;
    const dated = inYear(v);
    for (const w of dated === v ? [v] : [v, dated]) {
      if (!says(w)) continue;
      if (any) return 1;
      best = Math.max(best, 1 + Math.max(...dates.map((d) => agreeingDateParts(w, d))));
    }
  }
  return best;
}

/**
 * An event the dataset dates by its year alone (an earthquake) has no other part to agree: a year
 * written alone one year off (「2023年の能登半島地震」「令和5年能登半島地震」) is that event told
 * wrong. Further off, it is another of its name (the 2007 Noto Peninsula earthquake).
 */
function yearOff(v: ParsedValue, d: ScalarValue): boolean {
  return v.value.kind === 'date' && d.kind === 'date' && d.precision === 'year' && v.value.precision === 'year' && !v.value.yearless && !d.yearless && Math.abs(v.value.year - d.year) === 1;
}

/** How far around the window the event's people and subjects are looked for: the passage it stands in. */
const IDENTITY_REACH = 1000;
/** How far past the window a date in the same sentence may stand, when the event's people are named. */
const SENTENCE_REACH = 200;

/** The rest of the sentence after `at`, up to SENTENCE_REACH: cut at a line break or a sentence end. */
function sentenceRest(text: string, at: number): string {
  const tail = text.slice(at, at + SENTENCE_REACH);
  const end = tail.search(/[\n。]|[.!?](?:\s|$)/);
  return end < 0 ? tail : tail.slice(0, end);
}

/** The sentence of `text` that holds `[start, end)`, cut at sentence ends and line breaks. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('。'), before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
  const after = text.slice(end).search(/[\n。]|[.!?](?:\s|$)/);
  return text.slice(from, after < 0 ? text.length : end + after);
}

/** Countries other than Japan and the United States, the dataset's meetings' parties. */
export const THIRD_COUNTRY = /\b(?:Australi(?:a|an)|Britain|British|U\.?K\.?|India|Indian|Philippines?|Filipino|(?:South\s+)?Korean?|France|French|Germany|German|Canada|Canadian|NATO|China|Chinese)\b|オーストラリア|豪州|日豪|豪(?:国防|外相|首相|軍)|英国|イギリス|日英|インド(?!太平洋)|日印|フィリピン|日比|韓国|日韓|フランス|日仏|ドイツ|日独|カナダ|日加|中国|日中/;

const identityNames = new WeakMap<Dataset, Map<string, Identity>>();

/** What names an event besides its date: two of its people, or what it was about. */
interface Identity {
  people: string[][];
  subjects: string[][];
  /** Its agenda in a word or two, folded (指揮・統制 and 指揮統制, "command-and-control" are one). */
  agenda: string[];
}

/** Folds the ways one phrase is written: middle dots, hyphens and spaces dropped, lower case. */
function foldAgenda(text: string): string {
  return text.replace(/[・･\-‐–\s]+/g, '').toLowerCase();
}

/** A budget: a dataset's event may list any number of people, each with any number of names; this many of each are looked for. */
const MAX_IDENTITY_NAMES = 32;

function namesOf(e: Entity | undefined): string[] {
  return e ? [...Object.values(e.labels), ...e.aliases.map((a) => a.text)].filter((n): n is string => typeof n === 'string' && n.length >= 2).slice(0, MAX_IDENTITY_NAMES) : [];
}

/** Per event, the names (labels and aliases) of its people and of what it was about. */
function identities(dataset: Dataset): Map<string, Identity> {
  let index = identityNames.get(dataset);
  if (index) return index;
  index = new Map();
  for (const e of dataset.entities.values()) {
    const of = (property: string) => e.facts.filter((f) => f.property === property).flatMap(scalars).flatMap((v) => (v.kind === 'entity' ? [namesOf(dataset.entities.get(v.id))] : []));
    const agenda = e.facts.filter((f) => f.property === 'agenda').flatMap(scalars).flatMap((v) => (v.kind === 'text' ? Object.values(v.text) : []));
    const identity = { people: of('participants').slice(0, MAX_IDENTITY_NAMES), subjects: of('subject').slice(0, MAX_IDENTITY_NAMES), agenda: [...new Set(agenda.filter((t): t is string => typeof t === 'string').map(foldAgenda))].filter((t) => t.length >= 2).slice(0, MAX_IDENTITY_NAMES) };
    if (identity.people.length >= 2 || identity.subjects.length > 0 || identity.agenda.length > 0) index.set(e.id, identity);
  }
  identityNames.set(dataset, index);
  return index;
}

/** Does `window` name the event otherwise than by its date: two or more of its people, or what it was about? */
function identifiedBeside(dataset: Dataset, entity: string, window: string): boolean {
  const identity = identities(dataset).get(entity);
  if (!identity) return false;
  let named = 0;
  for (const names of identity.people) if (names.some((n) => window.includes(n)) && ++named >= 2) return true;
  return identity.subjects.some((names) => names.some((n) => window.includes(n)));
}

/** Does `sentence` name what the event was about (its agenda)? */
function agendaBeside(dataset: Dataset, entity: string, sentence: string): boolean {
  const agenda = identities(dataset).get(entity)?.agenda;
  if (!agenda || agenda.length === 0) return false;
  const folded = foldAgenda(sentence);
  return agenda.some((a) => folded.includes(a));
}
