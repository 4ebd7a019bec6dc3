// An earthquake told by its day, with no name, size or tsunami: "At around 4:10pm on January 1,
// 2023, an earthquake struck the Noto Peninsula", "the January 1, 2023, earthquake on the Noto
// Peninsula", 「2023年1月1日に発生した地震で…」. A date on a dataset earthquake's own month and day,
// a year or less off its year, dates that earthquake: few strike on the same day of the year. The
// day comes back every year, so a day remembered ("on March 11, 2012, a year after the
// earthquake", 「発生から1年の3月11日」) is no claim, and the date must tell when it struck.
// The dataset may know only an earthquake's year; the document then tells its day, where it names
// the earthquake beside a full date in the dataset's year ("the 2024 Noto Peninsula earthquake of
// January 1, 2024"): quakeDaysTold.

import type { Dataset, Entity, Mention } from '../model';
import { findValues, type ParsedValue } from '../values';
import type { SentenceRange } from './sentences';
import { namesIn, scalars } from './shared';

type Claim = { entity: Entity; found: ParsedValue };

/** Words for the earthquake ("the March 11, 2011 natural disaster": the day tells which). */
// ("the March 2011 disasters": the word alone, dated as its modifier only.)
const EN_WORD = /\b(?:earthquake|quake|temblor|(?:natural|triple)\s+disaster|disasters?)\b/gi;
/** What tells that it struck on that day. */
const EN_STRUCK = /\b(?:struck|strikes|hit|hits|occurred|happened|jolted|rocked|shook|rattled|experienced|devastated|ravaged)\b/i;
/** A day remembered, or counted from: "anniversary", "memorial", "remember", "years ago". */
const EN_REMEMBERED = /anniversar|memorial|commemorat|remember|\bvigil\b|\b(?:years?|months?)\s+(?:ago|after|since|later|on|before)\b/i;
/** Before the date, the sentence's start: "On", "At around 4:10pm on", "Just after 2:45 p.m. on Friday,". */
// ("In the afternoon of January 1, 2024,": the time of that day first.)
const EN_OPENS = /^[\s"“(]*(?:(?:just\s+|shortly\s+)?(?:after|before|at|around)\s+(?:around\s+|about\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s+|in\s+the\s+(?:early\s+|late\s+)?(?:afternoon|morning|evening|night)\s+of\s+)?(?:on|in)?\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i;
/** Between an opening date and the word: a time of that day, then the subject's words; no counting from it. */
const EN_DATE_THEN_WORD = /^,?(?:\s+at\s+[^,;]{1,30})?,?\s+(?:(?!(?:after|since|following|before|until|of|from|to|anniversary)\b)[\w.’'()-]+\s+){0,8}$/i;
/** The date as the word's modifier: "the January 1, 2023, earthquake", "the March 11, 2011 natural disaster". */
const EN_MODIFIER_BEFORE = /\b(?:the|a|an)\s+$/i;
// ("the January 1, 2024, M7.5 earthquake": its size between.)
const EN_MODIFIER_BETWEEN = /^,?\s+(?:(?:[a-z-]+|M[wj]?\s?[5-9](?:\.\d)?|[5-9]\.\d(?:-magnitude)?|magnitude[- ][5-9](?:\.\d)?),?\s+){0,3}$/;
/** After the word: when it struck ("devastated by an earthquake January 1, 2024", "occurred at 4:10 p.m. on January 1"). */
// ("M7.5 Japan Earthquake Origin (January 1, 2024)": a title's date in brackets.)
const EN_WORD_THEN_DATE = /^(?:,?\s+(?:on\s+)?|(?:\s+[A-Z][\w-]*){0,2}\s*\(|(?:[^.;:]|(?<=\d)[:.](?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.){0,80}?\b(?:struck|hit|occurred|happened|devastated|rattled|jolted)\b(?:[^.;:]|(?<=\d)[:.](?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.){0,80}?\s(?:on\s+)?)$/i;

/** 地震 or 震災, and what tells that it struck. */
const JA_WORD = /地震|震災/g;
const JA_STRUCK = /発生|襲|起き|起こ|見舞われ|発災/;
/** A clock time, then the earthquake: 「16時10分の地震」. */
const JA_CLOCKED_QUAKE = /[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?(?:頃|ごろ)?の(?:[^。、]{0,6})?(?:地震|震災)/;
/** A day remembered or counted from, or an earthquake supposed. */
const JA_REMEMBERED = /周年|年目|追悼|慰霊|記念|黙とう|黙祷|から[0-9０-９一二三四五六七八九十]+年|想定|仮定|予測|訓練|シナリオ/;
/** Between the date and the word: its time, に/の/、 and what happened (「2023年1月1日に発生した地震」), no counting from it. */
const JA_DATE_THEN_WORD = /^(?:[（(][月火水木金土日][）)])?(?:午前|午後)?(?:[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?(?:頃|ごろ)?)?(?:に|の|、)?(?:(?!から|以降|以来|後|前|周年)[^。、「」]){0,30}$/;
/** Places of other earthquakes than the dataset's, in either language. */
export const OTHER_PLACE = /\b(?:Chile|Turkey|Syria|Nepal|Haiti|Sumatra|Indonesia|Taiwan|Kumamoto|Kobe|Hanshin|Hokkaido|Niigata|Chuetsu|Osaka|Tottori)\b|チリ|トルコ|シリア|ネパール|ハイチ|スマトラ|インドネシア|台湾|熊本|阪神|北海道|新潟|中越|大阪|鳥取/;
/**
 * How far the shaking reached, which names regions no other earthquake struck: 「北海道から九州地方にかけて
 * 震度6強~1を観測」, "felt from Hokkaido to Kyushu". Read out before looking for another earthquake's place.
 */
const SHAKEN_RANGE = /[^\s、。()（）]{1,10}から[^\s、。()（）]{1,10}にかけて(?=[^。]{0,16}?(?:震度|揺れ|観測))|(?<=\b(?:felt|shaking|shook|tremors?)\b[^.;]{0,30}?)\bfrom\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+to\s+[A-Z][\w-]*/g;
export function otherPlaceTold(body: string, places: RegExp = OTHER_PLACE): boolean {
  return places.test(body) && places.test(body.replace(SHAKEN_RANGE, ''));
}
/** A sentence holds at most this many words and dates that are looked at. */
const MAX_WORDS = 4;
const MAX_DATES = 6;
const REACH = 140;
/** How far into the sentence an opening date may stand ("Just after 2:45 p.m. on Friday, "). */
const OPENING_REACH = 60;

const dayCache = new WeakMap<Dataset, QuakeDay[]>();

export type QuakeDay = { event: Entity; year: number; month?: number; day?: number };

/** Per dataset: each dated earthquake's dates on record (an event named 地震/震災 or earthquake/quake), a year at least. */
export function recordedDays(dataset: Dataset): QuakeDay[] {
  let days = dayCache.get(dataset);
  if (days) return days;
  days = [];
  for (const e of dataset.entities.values()) {
    if (e.type !== 'event' || !(namesIn(e, 'en').some((n) => /\b(?:earthquake|quake)\b/i.test(n)) || namesIn(e, 'ja').some((n) => /地震|震災/.test(n)))) continue;
    for (const f of e.facts) if (f.property === 'date') for (const v of scalars(f)) if (v.kind === 'date' && !v.yearless) days.push({ event: e, year: v.year, ...(v.month !== undefined && v.day !== undefined ? { month: v.month, day: v.day } : {}) });
  }
  dayCache.set(dataset, days);
  return days;
}

/** The month and (where told) day the document tells for the event: quakeDaysTold's "id@month-day" or "id@month-". */
export function toldDay(id: string, told: readonly string[]): { month: number; day?: number } | undefined {
  const said = told.find((t) => t.startsWith(`${id}@`));
  if (!said) return undefined;
  const [month, day] = said.slice(id.length + 1).split('-');
  return { month: Number(month), ...(day ? { day: Number(day) } : {}) };
}

/** The earthquakes' days: on record, else as the document tells them (toldDay). */
function quakeDays(dataset: Dataset, told: readonly string[]): QuakeDay[] {
  return recordedDays(dataset).map((d) => {
    if (d.day !== undefined) return d;
    const said = toldDay(d.event.id, told);
    return said ? { ...d, ...said } : d;
  });
}

/** How far from a name a date is looked for, each side, and how many names are looked at. */
const TOLD_REACH = 100;
const MAX_TOLD_MENTIONS = 40;
const QUAKE_WORD_ANY = /\b(?:earthquake|quake|temblor)\b|地震|震災/gi;

/**
 * The days the document tells for the dataset's earthquakes: a full date in an earthquake's year on
 * record, on the line of a name of it, or of a word for an earthquake when only one on record
 * struck that year, and within TOLD_REACH of it ("noto-earthquake-2024@1-1", or its month alone,
 * "tohoku-earthquake-2011@3-"). An earthquake told on two days gets no day; in two months, none.
 */
export function quakeDaysTold(text: string, mentions: readonly Mention[], dataset: Dataset): string[] {
  const byYear = new Map<number, Set<Entity>>();
  for (const d of recordedDays(dataset)) byYear.set(d.year, (byYear.get(d.year) ?? new Set()).add(d.event));
  if (byYear.size === 0) return [];
  const days = new Map<string, Set<string>>();
  const months = new Map<string, Set<number>>();
  const tell = (at: number, end: number, fits: (year: number) => Entity | undefined) => {
    const from = Math.max(0, at - TOLD_REACH);
    const window = text.slice(from, Math.min(text.length, end + TOLD_REACH));
    const lineFrom = window.lastIndexOf('\n', at - from);
    const lineTo = window.indexOf('\n', end - from);
    for (const v of findValues(window.slice(lineFrom + 1, lineTo < 0 ? window.length : lineTo))) {
      if (v.value.kind !== 'date' || v.value.yearless || v.value.month === undefined) continue;
      const event = fits(v.value.year);
      if (!event) continue;
      months.set(event.id, (months.get(event.id) ?? new Set<number>()).add(v.value.month));
      if (v.value.day !== undefined) days.set(event.id, (days.get(event.id) ?? new Set<string>()).add(`${v.value.month}-${v.value.day}`));
    }
  };
  const sole = (year: number) => {
    const events = byYear.get(year);
    return events && events.size === 1 ? [...events][0] : undefined;
  };
  let n = 0;
  for (const m of mentions) {
    const event = dataset.entities.get(m.entity);
    if (!event || m.candidates || !recordedDays(dataset).some((d) => d.event === event)) continue;
    if (++n > MAX_TOLD_MENTIONS) break;
    tell(m.start, m.end, (year) => (byYear.get(year)?.has(event) ? event : undefined));
  }
  n = 0;
  for (const w of text.matchAll(QUAKE_WORD_ANY)) {
    if (++n > MAX_TOLD_MENTIONS) break;
    tell(w.index, w.index + w[0].length, sole);
  }
  // One day told, or one month ("the March 2011 earthquake and tsunami": "id@3-").
  return [...months].filter(([, told]) => told.size === 1).map(([id, told]) => (days.get(id)?.size === 1 ? `${id}@${[...days.get(id)!][0]}` : `${id}@${[...told][0]}-`));
}

/** The one dataset earthquake whose day `v` is, a year or less off; none when two are. */
function eventOfDay(days: QuakeDay[], v: ParsedValue, monthOnly = false): Entity | undefined {
  if (v.value.kind !== 'date' || v.value.yearless || v.value.month === undefined || (v.value.day === undefined) !== monthOnly) return undefined;
  const { year, month, day } = v.value;
  const fits = new Set(days.filter((d) => d.month === month && (monthOnly || d.day === day) && Math.abs(d.year - year) <= 1).map((d) => d.event));
  return fits.size === 1 ? [...fits][0] : undefined;
}

export function quakeDayClaims(text: string, sentence: SentenceRange, dataset: Dataset, lang: 'en' | 'ja', values: () => ParsedValue[], told: readonly string[]): Claim[] {
  const body = text.slice(sentence.start, sentence.end);
  const en = lang === 'en';
  if (!(en ? /quake|temblor|disaster/i : /地震|震災/).test(body) || (en ? EN_REMEMBERED : JA_REMEMBERED).test(body) || otherPlaceTold(body)) return [];
  // An opening date is the earthquake's when the sentence tells that it struck; so is every date in Japanese.
  const struck = (en ? EN_STRUCK : JA_STRUCK).test(body);
  // (「令和6年1月1日16時10分の地震」: a quake told by its day and clock time struck then.)
  if (!en && !struck && !JA_CLOCKED_QUAKE.test(body)) return [];
  const days = quakeDays(dataset, told).filter((d) => d.month !== undefined);
  if (days.length === 0) return [];
  // (A month alone, "the March 2011 disasters", only as the word's modifier: aftershocks strike in the same month of later years.)
  const dates = values().filter((v) => v.start >= sentence.start && v.end <= sentence.end && (eventOfDay(days, v) ?? eventOfDay(days, v, true)) !== undefined).slice(0, MAX_DATES);
  if (dates.length === 0) return [];
  let n = 0;
  for (const m of en ? body.matchAll(EN_WORD) : body.matchAll(JA_WORD)) {
    if (++n > MAX_WORDS) break;
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    for (const v of dates) {
      const modifier = en && v.end <= at && EN_MODIFIER_BEFORE.test(text.slice(Math.max(sentence.start, v.start - 6), v.start)) && EN_MODIFIER_BETWEEN.test(text.slice(v.end, at));
      const byMonth = eventOfDay(days, v, true);
      if (byMonth) {
        if (modifier) return [{ entity: byMonth, found: v }];
        continue;
      }
      const told = en
        ? (v.end <= at && at - v.end <= REACH && ((struck && !/^disaster/i.test(m[0]) && v.start - sentence.start <= OPENING_REACH && EN_OPENS.test(text.slice(sentence.start, v.start)) && EN_DATE_THEN_WORD.test(text.slice(v.end, at))) || modifier)) ||
          (v.start >= end && v.start - end <= REACH && !/^disaster/i.test(m[0]) && EN_WORD_THEN_DATE.test(text.slice(end, v.start)))
        : v.end <= at && at - v.end <= 40 && JA_DATE_THEN_WORD.test(text.slice(v.end, at));
      if (told) return [{ entity: eventOfDay(days, v)!, found: v }];
    }
  }
  return [];
}
