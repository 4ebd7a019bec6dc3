// An event that happens to one person, told by that person and what happened, not by the event's
// name: "Yoshida … visited the Self-Defense Forces Central Hospital on Feb. 15", 「吉田統合幕僚長が
// 過労で入院した」. The dataset's event has that person as its `subject` and a label that says
// what kind of event it is; a sentence that names the person and a word of that kind dates the
// event. Such events happen to a person once in the span a dataset covers, unlike meetings, so
// the date is compared without first asking that it agree. A posting between organisations and
// countries (「統合作戦司令部は…豪国防軍から初代連絡官として…を受け入れ」) is read the same way when
// every one of its participants is named.

import type { Dataset, Entity, Mention } from '../model';
import type { ParsedValue } from '../values';
import { DATELINE_AFTER, FISCAL, JA_VERB_CLAUSE_ENDED, ongoingWhenAnnounced, scalars } from './shared';
import type { SentenceRange } from './sentences';
import type { Lang } from './structure';

export interface PersonalEventClaim {
  entity: Entity;
  property: 'date';
  found: ParsedValue;
}

/** Kinds of personal event, by the words that tell of one in a label and in a sentence. */
const KINDS: Array<{ en: RegExp; ja: RegExp }> = [
  { en: /\bhospitali[sz](?:ed|ation)|\bhospital\b/i, ja: /入院/ },
  { en: /\bresign(?:ed|s|ation)?\b/i, ja: /辞任|辞職/ },
  // 「統合作戦司令部は…豪国防軍…から初代連絡官として…を受け入れ」: a posting, told by who sent and who received.
  { en: /\bliaison officer\b/i, ja: /連絡官/ },
];

/** After the word of the kind: what the sentence tells about it (「…の受け入れについて」). */
const JA_ABOUT_AFTER = /^[^。、]{0,10}(?:について|に関して|に関する)/;
/** After the word of the kind: the event as the object announced (「派遣を発表した」「の受け入れを公表」). */
const JA_ANNOUNCED_AFTER = /^[^。、]{0,8}を(?:発表|公表|明らかに)/;
/** Before it: a verb of announcing ("announced that …"). */
const EN_ANNOUNCED_BEFORE = /\bannounc(?:ed|es|ing)\b/i;

/** After the word: a time counted from another ("less than a year later", "the following month", "two weeks after"). */
const EN_COUNTED_AFTER = /^\s+(?:(?:less|more)\s+than\s+|about\s+|some\s+|nearly\s+|just\s+|only\s+)?(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:later|after)|the\s+(?:following|next)\s+(?:day|week|month|year))\b/i;
/** Before the word: 「翌月に」「その2週間後に」, a time counted from another. */
const JA_COUNTED_BEFORE = /(?:翌日|翌週|翌月|翌年|[0-9０-９一二三四五六七八九十数]+(?:日|週間|か月|カ月|ヶ月|年)後)(?:に|には)?[^。、]{0,8}$/;
/** How far from the word of its kind a date may stand and still date the event. */
/** After the word of the event: a span counted on from it (「から約1年後」「から3か月」「以来2年」). */
const JA_COUNTED_FROM_AFTER = /^(?:から|以来)(?:約|およそ|わずか)?[0-9０-９一二三四五六七八九十数半]+(?:日|週間|か月|カ月|ヶ月|ケ月|年)/;
const MAX_DATE_DISTANCE = 80;

/** An event of a known kind; `parties`, when set, must all be named in the sentence. */
interface KnownEvent {
  event: Entity;
  kind: number;
  parties?: string[];
}

const byPerson = new WeakMap<Dataset, Map<string, KnownEvent[]>>();

/** For each person, the events of a known kind the dataset lists them as the subject of. */
function personalEvents(dataset: Dataset): Map<string, KnownEvent[]> {
  let index = byPerson.get(dataset);
  if (index) return index;
  index = new Map();
  for (const e of dataset.entities.values()) {
    if (e.type !== 'event' || !e.facts.some((f) => f.property === 'date')) continue;
    const labels = Object.values(e.labels).filter((l): l is string => !!l);
    const kind = KINDS.findIndex((k) => labels.some((l) => k.en.test(l) || k.ja.test(l)));
    if (kind < 0) continue;
    for (const f of e.facts.filter((x) => x.property === 'subject')) {
      for (const v of scalars(f)) {
        if (v.kind === 'entity' && dataset.entities.get(v.id)?.type === 'person') index.set(v.id, [...(index.get(v.id) ?? []), { event: e, kind }]);
      }
    }
    // An event between organisations and countries (a posting): every one of them must be named
    // (a country maybe by its short form), so it is keyed by each.
    const parties = e.facts.filter((x) => x.property === 'participants').flatMap(scalars).flatMap((v) => (v.kind === 'entity' && dataset.entities.get(v.id)?.type !== 'person' ? [v.id] : []));
    if (parties.length >= 2) for (const p of parties) index.set(p, [...(index.get(p) ?? []), { event: e, kind, parties }]);
  }
  byPerson.set(dataset, index);
  return index;
}

/**
 * The date a sentence gives for the one event of a person it names, when it tells of an event
 * of that kind: the date nearest the word of its kind.
 */
/** Between a date and the event's word: a return from the event after it ("after returning to work from a", "following his discharge from"). */
const EN_RETURNED_FROM = /\b(?:after|following|since)\s+(?:returning|his\s+return|her\s+return|being\s+discharged|his\s+discharge|her\s+discharge|leaving|recovering)\b/i;
export function personalEventClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: Lang, values: () => ParsedValue[]): PersonalEventClaim[] {
  const index = personalEvents(dataset);
  if (index.size === 0) return [];
  const body = text.slice(sentence.start, sentence.end);
  const out: PersonalEventClaim[] = [];
  const seen = new Set<Entity>();
  for (const m of mentions) {
    for (const { event, kind, parties } of index.get(m.entity) ?? []) {
      // A sentence that names the event is read by the rules for names.
      if (seen.has(event) || mentions.some((o) => o.entity === event.id)) continue;
      const word = (lang === 'ja' ? KINDS[kind]!.ja : KINDS[kind]!.en).exec(body);
      if (!word) continue;
      // 「…は9月4日、…連絡官の受け入れについて…公表した」, "On September 4, the JJOC announced that an
      // Australian liaison officer …": the event as what is announced; the date is the announcement's.
      if (lang === 'ja' ? JA_ABOUT_AFTER.test(body.slice(word.index + word[0].length, word.index + word[0].length + 16)) : EN_ANNOUNCED_BEFORE.test(body.slice(0, word.index))) continue;
      // 「豪州政府は2025年9月6日、自国軍の将校を連絡官として…派遣していると発表した」: a posting going on when announced; the date is the announcement's.
      // 「オーストラリア政府は2025年9月6日、…連絡官派遣を発表した」: the posting as what is announced.
      if (lang === 'ja' && JA_ANNOUNCED_AFTER.test(body.slice(word.index + word[0].length, word.index + word[0].length + 16))) continue;
      // (「…連絡官を東京に派遣したと発表した」: a posting told as done, in the announcement, likewise.)
      if (lang === 'ja' && ongoingWhenAnnounced(body.slice(word.index + word[0].length, word.index + word[0].length + 48), 30, true)) continue;
      // 「JJOCに初の豪連絡官」, "the JJOC's first Australian liaison officer": a country told by its
      // short form or adjective, right before the word of the kind, is named too.
      const lead = body.slice(Math.max(0, word.index - 16), word.index);
      if (parties && !parties.every((p) => mentions.some((o) => o.entity === p) || shortCountryBefore(lead, dataset.entities.get(p), lang))) continue;
      seen.add(event);
      const at = sentence.start + word.index;
      const dates = values().filter((v) => v.value.kind === 'date' && !FISCAL.test(v.text));
      const distance = (v: ParsedValue) => (v.end <= at ? at - v.end : v.start - (at + word[0].length));
      // ("February, Gen. Yoshida in hospital; April 10, Kishida at the White House": a list's next item, past a semicolon, is another's.)
      const apart = (v: ParsedValue) => /[;；]/.test(text.slice(Math.min(v.end, at), Math.max(v.start, at)));
      // "… was appointed … in March 2023, and he was hospitalized less than a year later", 「…翌月に入院した」: a time counted
      // from the date told is the event's, not the date; and a date in an earlier clause, past ", and", is that clause's.
      const wordEnd = word.index + word[0].length;
      if (lang === 'ja' ? JA_COUNTED_BEFORE.test(body.slice(Math.max(0, word.index - 16), word.index)) : EN_COUNTED_AFTER.test(body.slice(wordEnd, wordEnd + 40))) continue;
      // (「令和6年能登半島地震が2024年1月1日に起き、その翌月には…入院した」: a Japanese clause ended by its verb and a comma too.)
      const otherClause = (v: ParsedValue) => v.end <= at && (lang === 'en' ? /,\s+(?:and|but)\s/.test(text.slice(v.end, at)) : JA_VERB_CLAUSE_ENDED.test(text.slice(v.end, at)));
      // 「2025年3月24日に発足した統合作戦司令部は、…連絡官を受け入れた」, "The JJOC, established on March 24, 2025, …": the day a
      // party was set up is its own, not the event's.
      const founding = (v: ParsedValue) => (lang === 'ja' ? JA_FOUNDED_AFTER_DATE.test(text.slice(v.end, v.end + 12)) : EN_FOUNDED_BEFORE_DATE.test(text.slice(Math.max(0, v.start - 30), v.start)));
      // 「吉田統合幕僚長の入院から約1年後の2025年3月、…」: a span counted on from the event; the dates after it are later times.
      const countedOn = lang === 'ja' && JA_COUNTED_FROM_AFTER.test(body.slice(wordEnd, wordEnd + 16));
      // "TOKYO, Sept. 6 — Australia has posted …, adding that the officer had taken up the post on Sept. 1": a story's dateline is
      // when it was told, not when the event happened, where the sentence gives another date.
      const dateline = (v: ParsedValue) => dates.length > 1 && DATELINE_AFTER.test(text.slice(v.end, v.end + 24));
      // 「能登半島地震（2024年1月）より前…吉田統合幕僚長の入院は」: a date in brackets right after another name is that one's.
      const bracketedOnName = (v: ParsedValue) => /[（(]$/.test(text.slice(Math.max(0, v.start - 1), v.start)) && mentions.some((m) => m.end === v.start - 1);
      // "…, at the Defense Ministry in March 2024, after returning to work from a hospital stay": a date before a return from the event is later.
      const returned = (v: ParsedValue) => lang === 'en' && v.end <= at && EN_RETURNED_FROM.test(text.slice(v.end, at));
      const nearest = dates.filter((v) => distance(v) >= 0 && distance(v) <= MAX_DATE_DISTANCE && !apart(v) && !otherClause(v) && !founding(v) && !dateline(v) && !bracketedOnName(v) && !returned(v) && !(countedOn && v.start >= at)).sort((a, b) => distance(a) - distance(b))[0];
      if (nearest) out.push({ entity: event, property: 'date', found: nearest });
    }
  }
  return out;
}

/** After a date: an organisation set up on it (「に発足した」「に創設され、」). */
const JA_FOUNDED_AFTER_DATE = /^に(?:発足|創設|設置|新設|開設|新編|設立|創立)(?:し|され)[た、]/;
/** Before a date: set up on it ("established on", "was launched in"). */
const EN_FOUNDED_BEFORE_DATE = /\b(?:established|launched|set\s+up|founded|created|activated|stood\s+up|inaugurated)\s+(?:on|in)\s+$/i;

/** Short forms of countries before a word, by the country's English name: 豪, "Australian". */
const COUNTRY_SHORT: Record<string, { ja: string; en: string }> = {
  Australia: { ja: '豪', en: 'Australian' },
  'United Kingdom': { ja: '英', en: 'British' },
  India: { ja: '印', en: 'Indian' },
  Philippines: { ja: '比', en: 'Philippine' },
  France: { ja: '仏', en: 'French' },
  Germany: { ja: '独', en: 'German' },
  Canada: { ja: '加', en: 'Canadian' },
};
/** What may stand between the short form and the word: its forces (「豪海軍連絡官」, "Australian Army liaison officer"). */
const FORCES_AFTER_SHORT = { ja: ['', '軍', '国防軍', '陸軍', '海軍', '空軍'], en: [' ', ' Army ', ' Navy ', ' Air Force ', ' Defence Force ', ' military '] };

/** Does `lead` end with the country's short form, maybe with its forces after it? */
function shortCountryBefore(lead: string, country: Entity | undefined, lang: Lang): boolean {
  const short = country?.type === 'country' ? COUNTRY_SHORT[country.labels.en ?? '']?.[lang] : undefined;
  return !!short && FORCES_AFTER_SHORT[lang].some((f) => lead.endsWith(short + f));
}
