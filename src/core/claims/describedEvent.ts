// A meeting told by who met, not by its name: 「中谷防衛相は30日、ヘグセス米国防長官と防衛省で会談し」,
// "Nakatani and Hegseth meet at the Ministry of Defense in Tokyo on March 30, 2025". When the
// sentence names two or more participants of exactly one meeting in the dataset and a word for a
// meeting, its date and place are read by structure. The same people meet more than once, so the
// sentence is taken to be about the dataset's meeting only when one of the values it gives agrees
// with it, or its date is near the dataset's (nearMissDateOfPeople); the others are then compared
// (a wrong place on the right day, a wrong day at the right place).

import type { Dataset, Entity, Mention, ScalarValue } from '../model';
import { compareValue, nearMissDate, nearMissDateByOneStep, nearMissDateOfPeople, type ParsedValue } from '../values';
import { agreement } from './agreement';
import type { SentenceRange } from './sentences';
import { FISCAL, isMention, namesIn, officesIn, participantsOf, scalars } from './shared';
import { JA_NO_PREDICATE } from './value';
import type { Lang } from './structure';
import { THIRD_COUNTRY, dateCloseness } from '../recognize/eventDate';

export interface EventClaim {
  entity: Entity;
  property: 'date' | 'location' | 'duration';
  found: Mention | ParsedValue;
}

/** Months from a meeting's date on record at which a date told with its people is another meeting's (as checkClaims's FAR_MONTHS). */
const ANOTHER_MEETING_MONTHS = 3;

/** The fewest months between a full date and the event's dates on record (0 when either has no month or year). */
function monthsFrom(found: ParsedValue | Mention, event: Entity): number {
  if (isMention(found) || found.value.kind !== 'date' || found.value.yearless || found.value.month === undefined) return 0;
  const at = found.value.year * 12 + found.value.month;
  const apart = event.facts.filter((f) => f.property === 'date').flatMap(scalars).map((k) => (k.kind === 'date' && !k.yearless && k.month !== undefined ? Math.abs(k.year * 12 + k.month - at) : 0));
  return apart.length > 0 ? Math.min(...apart) : 0;
}

/** The words that tell of a meeting, and the names of events that are meetings. */
// "Hegseth speaks with his Japanese counterpart, Gen Nakatani, at the Ministry of Defense": a caption's meeting.
// "X and Y join Z and W (not pictured) in Tokyo on July 28, 2024": a caption's meeting too.
// "… for an official visit on March 10-11", "… during an arrival ceremony on the South Lawn …, April 10, 2024",
// "… review an honor guard during a welcome ceremony at the Ministry of Defense": a visit's events.
// "In March, Kishida and Biden concurred on …", "the joint statement of April 10", "an April agreement between
// Kishida and Biden": what the two who met agreed or stated.
const MEETING_EN = /\b(?:met|meet|meets|meeting|talks|summit|join|joins|joined|receiv(?:es|ed)|(?:speaks|spoke|speaking)\s+with|host(?:s|ed)|welcom(?:es|ed)|(?:official|state)\s+visit|(?:arrival|welcome|welcoming)\s+ceremony|state\s+dinner|joint\s+(?:press|news)\s+conference|agreed|concurred|agreement\s+between|joint\s+(?:leaders['’]\s+)?statement|visit\s+to\s+(?:Washington|the\s+(?:United\s+States|US|White\s+House))|visited\s+(?:Washington|the\s+(?:United\s+States|US|White\s+House)))\b|\b(?:visit\s+to|visited)\s+the\s+U\.S\./gi;
// 「国賓待遇で迎える」「米国を公式訪問し」: a state or official visit, as "state visit" in English.
// 「岸田首相とバイデン大統領が合意した」「…の共同声明」: what two who met agreed or stated, as "agreed" in English.
// 「東京での会議中に、…木原稔防衛大臣、…オースティン米国防長官の間で」: a conference of the two is a meeting too.
const MEETING_JA = /会談|会合|会議|国賓|公式訪問|訪米|合意|共同声明|迎え|歓迎/g;
/** After a meeting's word: it is what something else builds on (「での合意を踏まえ」「を受けて」「に基づき」). */
const JA_BUILT_ON_AFTER = /^(?:で(?:の|なされた|交わされた)?[^。、]{0,6}?)?(?:を踏まえ|を受け|に基づ|に沿)/;
/**
 * A state or official visit, or a visit to Washington (「国賓待遇」「公式訪米」, "Kishida's state visit
 * to the United States", "Kishida visited Washington"): a head of government makes few, so one of the visitor's meetings, the
 * only one on record, is what it tells of, with one person named.
 */
const VISIT_EN = /\b(?:state|official)\s+visit\b|\b(?:visit\s+to|visited)\s+(?:Washington\b|the\s+(?:United\s+States\b|U\.S\.|US\b|White\s+House\b))/i;
const VISIT_JA = /国賓|公式訪問|公式訪米|訪米/;
/** A state or official visit to a third country: neither of the allies. */
const EN_VISIT_ELSEWHERE = /\b(?:state|official)\s+visit\s+to\s+(?!(?:the\s+)?(?:United\s+States|U\.S\.|US\b|USA\b|America\b|Washington|White\s+House|Japan\b|Tokyo\b))[A-Z]/;
const JA_VISIT_ELSEWHERE = /(?<!米国|アメリカ|米|日本|東京)(?:を|への)公式訪問/;
// "U.S.-Japan 2+2 of July 2024": a two-plus-two is a meeting of ministers too.
const MEETING_NAME = /meeting|talks|summit|2\+2|two-plus-two|会談|会合|2プラス2|２＋２/i;

const JA_TOPIC_BEFORE = /[^\s]は、?$/;
/** After a date fronted after the topic: the time of day, then its comma (「30日午前、」「30日、」). */
// 「3月10日午後(日本時間11日未明)、」: the other clock's time in brackets may follow.
// 「令和7年3月30日(日)9時50分から約85分間、」: a readout's weekday, starting time and length.
const JA_TIME_OF_DAY_COMMA = /^(?:[（(][月火水木金土日](?:曜日?)?[）)])?(?:(?:午前|午後|朝|夜|夕方?|未明)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?(?:頃|ごろ)?(?:から|より)?(?:約?(?:[0-9０-９]{1,2}時間)?(?:[0-9０-９]{1,3}分間?)?)?|(?:午前|午後|朝|夜|夕方?|未明))?(?:[（(][^（）()、。]{1,16}[）)])?、/;

/** Before a day in brackets on another clock: 「(日本時間」「（現地時間」. */
const JA_OTHER_CLOCK_BEFORE = /[（(](?:日本時間|現地時間|米東部時間|米国時間|ワシントン時間)?$/;

/** Between such a date and the meeting word: the time of day and a comma, then no other clause. */
function afterTopicDate(text: string, dateEnd: number, wordStart: number): boolean {
  const comma = JA_TIME_OF_DAY_COMMA.exec(text.slice(dateEnd, dateEnd + 30));
  return comma !== null && !/[。、]/.test(text.slice(dateEnd + comma[0].length, wordStart));
}
/**
 * 「4月30日、ヘグセス長官が来日し、中谷防衛大臣と会談した」: a date that opens the sentence, set off by a
 * comma, dates its chain of clauses; each comma between ends a continuative verb (来日し、), not another clause.
 */
function afterOpeningDate(text: string, dateStart: number, dateEnd: number, wordStart: number): boolean {
  if (!/(?:^|[。\n」])\s*$/.test(text.slice(Math.max(0, dateStart - 2), dateStart))) return false;
  const comma = JA_TIME_OF_DAY_COMMA.exec(text.slice(dateEnd, dateEnd + 30));
  if (comma === null) return false;
  const rest = text.slice(dateEnd + comma[0].length, wordStart);
  if (rest.includes('。')) return false;
  for (let k = rest.indexOf('、'); k >= 0; k = rest.indexOf('、', k + 1)) if (!/[しりてき]/.test(rest[k - 1] ?? '')) return false;
  return true;
}
/** 「3月10日にホワイトハウスで行われる会談」「3月に行う首脳会談」: the day, where, and a relative clause that holds the meeting. */
const JA_HELD_ON = /^に(?:[^、。はが]{0,20}?(?:で|にて))?(?:行われる|行われた|開かれる|開かれた|開催される|開催された|行う|行った|開く|開いた|予定する|予定される)(?:日米)?(?:首脳|防衛相|国防相|外相|閣僚|外務・防衛閣僚)?$/;
/** After a day that ends the sentence as its predicate (「3月30日だった」「…である」). */
const JA_COPULA_AFTER = /^(?:だった|であった|でした|です|だ|である)/;
/** After a caption's day in brackets: its place, then the bracket closed (「、米ワシントンのホワイトハウス)」). */
const JA_CAPTION_DAY_PLACE_AFTER = /^(?:午前|午後)?、[^（）()。]{1,30}[）)]/;
/** How far before a meeting's name such a relative clause may reach (「2024年4月10日にワシントンで行った」). */
const JA_HELD_ON_SPAN = 32;
/** After a meeting's date: it was held then, or is to be (「3月に行われた」「10日、ワシントンで開かれた」「10日に予定されており」). */
const JA_HELD_AFTER = /^(?:に|、)?(?:[^、。]{0,10}?(?:で|にて))?(?:行われ|開かれ|開催され|実施され|予定され)/;
/** The two people told of last, as the sentence's subject: 「両首脳は」「両氏は」, "The two leaders". */
const JA_BOTH = /^\s*(?:[^、。]{0,12}、)?(?:両首脳|両氏|両者|両大臣|両長官|両相)(?:は|が)/;
const EN_BOTH = /^\s*(?:[A-Z][^,;]{0,60},\s+)?(?:The|the|Both)\s+(?:two\s+)?(?:leaders|ministers|defense chiefs|defence chiefs|secretaries|men)\b/;
/** How far from a meeting word the people who met may stand: after it in English ("talks between X and Y"), before it in Japanese (「XとYの首脳会談」). */
const EN_PEOPLE_AFTER = 120;
/** Between a date and the word of the meeting: a time counted from the meeting ("a day before his talks", "two weeks after the meeting"). */
const EN_DAYS_FROM_IT = /\b(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+(?:before|after|ahead\s+of|prior\s+to)\b|\bthe\s+(?:day|week|month)\s+(?:before|after)\b/i;
/** Before the word of the meeting: a time counted from it ("A day before their talks"). */
const EN_DAYS_BEFORE_WORD = /\b(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+(?:before|after|ahead\s+of|prior\s+to)\s+(?:their|the|his|her|its)\s+(?:[\w-]+\s+)?$|\bthe\s+(?:day|week|month)\s+(?:before|after)\s+(?:their|the|his|her|its)\s+(?:[\w-]+\s+)?$/i;
/** How far (UTF-16 code units) a time that opens the sentence may stand before the word of the meeting. */
const EN_OPENING_TIME_SPAN = 240;
const JA_PEOPLE_BEFORE = 60;
/** Between an English meeting word and its date: who met and where ("with Defense Minister Gen Nakatani at the X in Tokyo, Japan, on Sunday, "). */
// "an official visit by Japan PM Fumio Kishida on March 10": who made the visit, too.
/** How far after the meeting word such a run of names and small words may reach ("… at the United States Department of Defense in Tokyo on"). */
const EN_PLACE_AND_DAY_SPAN = 200;
// "met for about 85 minutes on March 30": how long they met may stand between too; "for a … (2+2) Meeting and an …": what they met for;
// "a meeting … scheduled to take place in Tokyo on June 28": that it is held.
const EN_PLACE_AND_DAY = /^(?:[\s,]+(?![\s,])|(?:at|in|on|of|the|to|this|last|early|late|with|and|by|his|her|their|counterparts?|for\s+(?:about|around|some|nearly|roughly|approximately|more\s+than|over)?\s*(?:\d{1,3}|an?)\s+(?:minutes?|hours?)(?:\s+and\s+\d{1,2}\s+minutes)?|for|an?|(?:scheduled|slated|set|due|expected)\s+to\s+(?:take\s+place|be\s+held|convene)|(?:was\s+|were\s+|is\s+|will\s+be\s+)?held|took\s+place|takes\s+place)\b|\([^()]{1,12}\)|[A-Z][\w.’'-]*(?![\w.’'-]))*$/;
/** Between a length of time and the meeting word it measures. */
const JA_FROM_TIME = /[0-9０-９]+(?:時|時半|分)から$/;
const JA_LASTED = /^(?:間)?(?:に(?:わた|渡)(?:って|り)|に及んだ|に及ぶ|の)?\s*$/;
/** Further after the word, in its clause, beside its date or place: "talks at the Defense Ministry that lasted about", "… discussed many issues for around". */
const EN_LASTED_FAR = /^[^.;!?]*?(?:\b(?:that|which)\s+lasted|\blasting|\blasted|\bfor)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|approximately\s+|more\s+than\s+|over\s+)?$/i;
const EN_LASTED_FAR_SPAN = 160;
/** A later word of the meeting, which the far length belongs to instead. */
const EN_ANOTHER_MEETING_WORD = /\b(?:met|meet|meets|meeting|talks|summit|held)\b/i;
const EN_LASTED = /^(?:\s+[a-z]+){0,3}?\s+for\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|approximately\s+)?$/;
/** A sentence that opens with the meeting as its topic, its length next. */
const JA_MEETING_TOPIC = /^\s*(?:同|この|両者の|両氏の|今回の)?(?:会談|会合)は、?\s*/;
const EN_MEETING_TOPIC = /^\s*The\s+(?:meeting|talks|session)\s+(?:lasted|ran|went\s+on)\s+(?:for\s+)?/i;
const EN_MODIFIER_GAP = /^(?:['’]s)?\s+$/;
/** Between a day and the meeting it falls in: ", during Kishida’s state". */
const EN_DAY_DURING = /^,?\s+(?:during|at|amid)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w.’'-]*(?:['’]s)?\s+){0,3}(?:(?:first|official|state|two-day|three-day)\s+)?$/;
/** Before a day: "on", a weekday and its bracket ("on Wednesday (April 10"). */
const EN_ON_DAY_BEFORE = /\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\(\s*)?$/;
/** After it: a verb in the past and its object, then during or at the meeting ("reaffirmed … during a bilateral summit"). */
const EN_DID_DURING = /^\)?\s+[a-z]+ed\b[^.;:!?()]{0,140}?\s(?:during|at|in)\s+(?:a|an|the|their)\s+(?:[a-z-]+\s+){0,2}$/;
const EN_DAY_THEN_DURING_SPAN = 180;
const EN_MONTH_AFTER = /^\s+(?:just\s+|shortly\s+|right\s+)?after\s+$/;
const EN_AT = /^\s+(?:at|in)\s+(?:the\s+)?$/;
/** Between a place and the word of the meeting: its city, then what the guest came for ("in Tokyo for talks"). */
const EN_WELCOMED_FOR = /^(?:\s+in\s+[A-Z][a-z]+)?\s+for\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[a-z-]+\s+){0,2}$/;
/** Before the place: a welcome, its guest, then "to". */
// (A full stop inside is an abbreviation's, "U.S. Defense Secretary": the sentence was cut at its ends already.)
const EN_WELCOMED_TO_BEFORE = /\bwelcom(?:e|es|ed|ing)\s+[^;:]{1,80}?\s+to\s+(?:the\s+)?$/i;
/** How far (UTF-16 code units) the welcome may stand before the place. */
const EN_WELCOMED_REACH = 100;
/** Before a date that opens an English sentence: "In March", "On April 10,". */
const EN_OPENING_TIME = /(?:^|[.!?]\s+|\n)\s*(?:In|On)\s+$/;
/** The place after the people who met: "…, Gen Nakatani, at the", "with … Gen Nakatani at the". */
const EN_AT_AFTER_PEOPLE = /(?:,\s+|\s+)at\s+(?:the\s+)?$/;
/** A photo caption's time and place after the people in it: 「…=30日午前、防衛省(代表撮影)」. */
const JA_CAPTION_AT = /^[=＝]\s*$/;
/** After the place of a meeting, before its word: a short modifier, or the partner with と and one. */
/** After the meeting word: が or は, then maybe a city joined to the place (「が東京の」「は東京・」). */
const JA_SUBJECT_THEN_PLACES = /^[がは]、?(?:[^\s。、「」]{1,8}[・の])?$/;
/** After the place: held there (「で行われた」「で開かれ」). */
const JA_HELD_AT_AFTER = /^で(?:行われ|行なわれ|開かれ|開催され|実施され)/;
/** How far after the word such a place may stand. */
const JA_HELD_AT_SPAN = 12;
const JA_PLACE_BEFORE_WORD = /^(?:で|において|にて)(?:[^、。「」]{0,10}|[^、。「」]{0,40}?と[^、。「」]{0,30})$/;
/** Between places of a chain: 「東京・市谷の防衛省」. */
const JA_CHAIN_JOINT = /^[・の]$/;

/**
 * 「日米両政府は3月の首脳会談で」「日米は…首脳会談を踏まえ」: a meeting told by the two countries
 * that met and its kind, not by its people; with 日米 it is the dataset's 日米首脳会談.
 */
const JA_PARTIES = /日米(?:両政府|両国)?(?:は|が)/;
const JA_BARE_MEETING = /(?:二国間)?(首脳会談|防衛相会談|外相会談)/g;
/** 「会談前に…を受ける日米両国の防衛相=2025年3月30日」: who met, by the two countries and their post; then a bare 会談 is theirs. */
const JA_PARTIES_ROLE = /日米(?:両国の)?(防衛相|外相|首脳)/;
/** A 会談 that is no part of a longer word for a meeting (「首脳会談」 is read above). */
const JA_BARE_TALKS = /(?<![相脳間])会談/g;
/** How far the parties may stand before the meeting word. */
const JA_PARTIES_BEFORE = 40;

/**
 * "In March 2024, the U.S. and Japan issued a Joint Leaders' Statement", "an agreement at a bilateral
 * summit in March … of the US and Japanese forces": the English of the same, with no one named; the
 * meeting is the dataset's "U.S.-Japan summit" its date names.
 */
const EN_PARTIES = /\b(?:U\.S\.|US|United\s+States|Washington)\s+and\s+(?:Japan(?:ese)?|Tokyo)\b|\b(?:Japan|Tokyo)\s+and\s+(?:the\s+)?(?:U\.S\.|(?:US|United\s+States|Washington)\b)/;
const EN_BARE_SUMMIT = /\b(?:bilateral\s+summit|[Jj]oint\s+[Ll]eaders['’]\s+[Ss]tatement)\b/g;
/** Most sentences hold no such word: one test before the search. */
const EN_SUMMIT_WORD = /\b(?:summit|[Ss]tatement)\b/;
/** The dataset's English name for a summit of the two. */
const EN_SUMMIT_NAME = 'U.S.-Japan summit';

/**
 * "foreign and defense ministers from Japan and the United States", "Japanese and US defence chiefs and
 * top diplomats": a 2+2 told by who meets, with no name. Which one is the date's to say (as for the name).
 */
export const EN_TWO_PLUS_TWO_ROLES = /\b(?:foreign\s+and\s+defen[cs]e|defen[cs]e\s+and\s+foreign)\s+(?:ministers|chiefs|secretaries)\b|\bdefen[cs]e\s+chiefs\s+and\s+(?:top\s+)?diplomats\b|\b(?:top\s+)?diplomats\s+and\s+defen[cs]e\s+chiefs\b/i;
// "U.S." ends in a full stop, so no word boundary follows it; the body is one sentence, so a full stop between is an abbreviation's.
export const EN_BOTH_COUNTRIES = /(?:\bU\.S\.|\b(?:US|United\s+States|American|Washington)\b)[^;]{0,60}\b(?:Japan|Japanese|Tokyo)\b|\b(?:Japan|Japanese|Tokyo)\b[^;]{0,60}(?:\bU\.S\.|\b(?:US|United\s+States|American|Washington)\b)/;
/** The general name the dataset gives its 2+2 meetings. */
const TWO_PLUS_TWO_NAME = '2+2';

/**
 * "Japanese Prime Minister X met U.S. President Y at the White House on …", 「石破首相は…トランプ米大統領と
 * 会談した」: a summit of the two told by their leaders' titles, the people not in the dataset.
 */
// "Prime Minister ISHIBA Shigeru": the Japanese government's English writes the family name in capitals first.
const EN_JAPAN_LEADER = /\b(?:Japanese|Japan['’]s)\s+(?:Prime\s+Minister|PM|[Pp]remier)\b|\bPrime\s+Minister\s+of\s+Japan\b|\bPrime\s+Minister\s+[A-Z]{2,}\s+[A-Z][a-z]+\b/;
const EN_BARE_PRIME_MINISTER = /\bPrime\s+Minister\b/;
const EN_JAPAN_WORD = /\b(?:Japan|Japanese|Tokyo)\b/;
// "President Donald J. Trump of the United States": an initial's full stop may stand between.
const EN_US_LEADER = /\b(?:U\.S\.|US|American)\s+President\b|\bPresident\b(?:[^.;]|\.(?=\s)){0,40}\bof\s+the\s+United\s+States\b/;
const EN_BARE_PRESIDENT = /\bPresident\s+[A-Z]/;
const EN_US_SEAT = /\b(?:White\s+House|Oval\s+Office|Washington)\b/;
/** 「石破首相」「石破茂内閣総理大臣」, not another country's (「英首相」「豪首相」). */
const JA_JAPAN_LEADER = /(?<![英豪印仏独伊加韓中露比])(?:首相|総理大臣|総理)/;
const JA_US_LEADER = /(?:米|米国|アメリカ)(?:・)?[^、。「」]{0,12}?大統領|大統領[（(]?(?:米国|アメリカ)/;
const JA_BARE_PRESIDENT = /大統領/;
const JA_US_SEAT = /ホワイトハウス|ワシントン/;

const meetingsByName = new WeakMap<Dataset, Map<string, Entity[]>>();

/** For each name of a meeting (labels and aliases, both languages), the meetings it names. */
export function meetingsNamed(dataset: Dataset): Map<string, Entity[]> {
  let index = meetingsByName.get(dataset);
  if (index) return index;
  index = new Map();
  for (const e of dataset.entities.values()) {
    if (e.type !== 'event') continue;
    for (const name of new Set([...Object.values(e.labels), ...e.aliases.map((a) => a.text)])) {
      if (typeof name === 'string' && MEETING_NAME.test(name)) index.set(name, [...(index.get(name) ?? []), e]);
    }
  }
  meetingsByName.set(dataset, index);
  return index;
}

/**
 * The meeting a word told with its parties stands for (a bare 首脳会談 after 日米 as the topic, a
 * bare 会談 after 「日米両国の防衛相」, "a bilateral summit" of the U.S. and Japan): the one of that
 * name whose date the sentence gives, or nearly.
 */
function meetingOfParties(text: string, sentence: SentenceRange, word: { start: number; end: number; kind: string }, dataset: Dataset, lang: Lang): Entity | undefined {
  let kind = word.kind;
  if (lang === 'ja') {
    const before = text.slice(Math.max(sentence.start, word.start - JA_PARTIES_BEFORE), word.start);
    if (kind === '会談') {
      const role = JA_PARTIES_ROLE.exec(text.slice(sentence.start, sentence.end));
      if (!role) return undefined;
      kind = `${role[1]!}会談`;
    } else if (!JA_PARTIES.test(before) || /。/.test(before)) return undefined;
  } else if (!EN_PARTIES.test(text.slice(sentence.start, sentence.end))) return undefined;
  const named = meetingsNamed(dataset).get(lang === 'ja' ? `日米${kind}` : EN_SUMMIT_NAME) ?? [];
  const scores = named.map((e) => dateCloseness(dataset, e.id, text, sentence.start, sentence.end));
  const top = Math.max(0, ...scores);
  return top > 0 && scores.filter((x) => x === top).length === 1 ? named[scores.indexOf(top)] : undefined;
}

const meetingsByPerson = new WeakMap<Dataset, Map<string, Entity[]>>();

/** For each person, the meetings the dataset lists them as a participant of. */
function meetingsOf(dataset: Dataset): Map<string, Entity[]> {
  let index = meetingsByPerson.get(dataset);
  if (index) return index;
  index = new Map();
  for (const e of dataset.entities.values()) {
    if (e.type !== 'event' || !Object.values(e.labels).some((l) => l && MEETING_NAME.test(l))) continue;
    for (const f of e.facts.filter((x) => x.property === 'participants')) {
      for (const v of scalars(f)) if (v.kind === 'entity') index.set(v.id, [...(index.get(v.id) ?? []), e]);
    }
  }
  meetingsByPerson.set(dataset, index);
  return index;
}

/** For each person, their meetings with the offices on record of the others who took part (「米国防長官」), by language. */
const meetingOfficesByPerson = new WeakMap<Dataset, Map<string, Array<{ event: Entity; offices: Record<Lang, string[]> }>>>();

function meetingOffices(dataset: Dataset): Map<string, Array<{ event: Entity; offices: Record<Lang, string[]> }>> {
  let index = meetingOfficesByPerson.get(dataset);
  if (index) return index;
  index = new Map();
  for (const [person, events] of meetingsOf(dataset)) {
    index.set(
      person,
      events.map((event) => {
        const others = event.facts.filter((f) => f.property === 'participants').flatMap(scalars).flatMap((v) => (v.kind === 'entity' && v.id !== person ? [v.id] : []));
        return { event, offices: { en: others.flatMap((o) => officesOf(dataset, o, 'en')), ja: others.flatMap((o) => officesOf(dataset, o, 'ja')) } };
      }),
    );
  }
  meetingOfficesByPerson.set(dataset, index);
  return index;
}

/**
 * The one meeting of the sentence's one person whose other participant's office (their `office`
 * fact, 「米国防長官」, "Secretary of Defense") the sentence names too, if there is exactly one.
 */
function meetingOfOneAndOffice(people: ReadonlyArray<{ entity: string }>, body: string, dataset: Dataset, lang: Lang): Entity | undefined {
  if (new Set(people.map((p) => p.entity)).size !== 1) return undefined;
  // (An office held by a name the dataset does not know, 「カーター米国防長官」, "Defense Secretary Ashton Carter": another meeting.)
  const found = (meetingOffices(dataset).get(people[0]!.entity) ?? []).filter((m) => m.offices[lang].some((o) => body.includes(o) && !heldByAnother(body, o, lang, m.event, dataset)));
  return found.length === 1 ? found[0]!.event : undefined;
}

/**
 * A name right by every place the office is written, none of the meeting's participants: someone else
 * holds it (「カーター米国防長官」, "Defense Secretary Ashton Carter"), not the participant
 * (「ジョセフ・バイデン米国大統領」 is Biden, by a fuller name than the dataset's).
 */
function heldByAnother(body: string, office: string, lang: Lang, event: Entity, dataset: Dataset): boolean {
  let seen = 0;
  let theirs: string[] | undefined;
  for (let at = body.indexOf(office); at >= 0 && seen < MAX_OFFICE_PLACES; at = body.indexOf(office, at + office.length), seen++) {
    const name = lang === 'ja' ? JA_NAME_BEFORE.exec(body.slice(Math.max(0, at - 16), at))?.[0] : EN_NAME_AFTER.exec(body.slice(at + office.length, at + office.length + 40))?.[0];
    // (The participants' names, three characters or more, worked out once for all places of the office.)
    theirs ??= [...participantsOf(event)].flatMap((id) => { const e = dataset.entities.get(id); return e ? namesIn(e, lang).filter((n) => n.length >= 3) : []; });
    if (!name || theirs.some((n) => name.includes(n))) return false;
  }
  return seen > 0;
}
/** How many places of one office in a sentence are looked at. */
const MAX_OFFICE_PLACES = 4;
/** A name written in katakana, right before a title (「ジョセフ・バイデン」). */
const JA_NAME_BEFORE = /[\u30a1-\u30fa\u30fc・]*[\u30a1-\u30fa\u30fc]$/;
/** A capitalised name right after a title ("Defense Secretary Ashton Carter"). */
const EN_NAME_AFTER = /^\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?\b/;

/** A person's offices on record, in one language, four characters or more (「米国防長官」). */
function officesOf(dataset: Dataset, person: string, lang: Lang): string[] {
  return officesIn(dataset, person, lang).filter((o) => o.length >= 4);
}

/** Kinds of meeting, as the sentence names them and as a meeting's name (its labels) does. */
const MEETING_KINDS: ReadonlyArray<{ en: RegExp; ja: RegExp; name: RegExp }> = [
  { en: /\bdefen[cs]e\s+minist(?:ers['’]?|erial)\s+(?:meeting|talks)\b/i, ja: /防衛相会談|国防相会談/, name: /Defen[cs]e Ministers|防衛相会談/ },
  { en: /\bsummit\b/i, ja: /首脳会談/, name: /summit|首脳会談/i },
];

/** A third country's minister or leader, by the country and the post: 「豪州副首相兼国防大臣」「英国防相」, "Australian Deputy Prime Minister". */
const THIRD_COUNTRY_OFFICIAL = /(?:オーストラリア|豪州|豪|英国|イギリス|英|インド|印|フィリピン|比|韓国|韓|フランス|仏|ドイツ|独|カナダ|中国)の?(?:副首相兼)?(?:国防大臣|国防相|防衛大臣|防衛相|外務大臣|外相|副首相|首相|大統領)|\b(?:Australian|British|UK|U\.K\.|Indian|Philippine|South\s+Korean|Korean|French|German|Canadian|Chinese)\s+(?:Deputy\s+Prime\s+Minister|Prime\s+Minister|Defen[cs]e\s+(?:Minister|Secretary)|Minister\s+(?:of|for)\s+Defen[cs]e|Foreign\s+Minister|President)\b/;
/** A meeting of a many-country forum: 「アジア太平洋経済協力フォーラムの年次首脳会議」, "the APEC summit", "the G7 summit", "on the sidelines of the NATO summit". */
export const FORUM_MEETING = /(?:APEC|アジア太平洋経済協力|G7|G20|Ｇ７|Ｇ２０|主要7カ国|主要国首脳|ASEAN|東南アジア諸国連合|東アジア首脳|NATO|北大西洋条約機構|クアッド|Quad|国連|United\s+Nations|Shangri-La|シャングリラ|アジア安全保障会議)[^。.;]{0,24}?(?:首脳会議|首脳会合|サミット|会議|会合|summit|meeting|forum|dialogue)/i;
/** Three or more countries: "trilateral", 「日米豪」「3カ国」 (not "the four ministers" of a two-plus-two). */
const MORE_COUNTRIES = /\b(?:trilateral|quadrilateral|multilateral)\b|日米[豪比韓印英]|[3-9３-９三四五]カ国|[3-9３-９三四五]か国/i;

/** Three or more parties: "trilateral", "the four countries'", 「日米豪」「3カ国」. */
const MORE_PARTIES = /\b(?:trilateral|quadrilateral|multilateral|three|four|five)\b|日米[豪比韓印英]|[3-9３-９三四五]カ国|[3-9３-９三四五]か国/i;

/** The one meeting of the sentence's one person whose kind the sentence names, if there is exactly one. */
function oneOfKind(people: readonly Mention[], body: string, dataset: Dataset, lang: Lang): Entity | undefined {
  // A meeting among others ("the G7 summit", "the four countries' defense ministers") is not the two countries'.
  // (A third country told of otherwise, "a growing threat from China", is no party.)
  if (new Set(people.map((p) => p.entity)).size !== 1 || MANY_PARTIES.test(body) || MORE_PARTIES.test(body)) return undefined;
  const kind = MEETING_KINDS.find((k) => k[lang].test(body));
  if (!kind) return undefined;
  const found = (meetingsOf(dataset).get(people[0]!.entity) ?? []).filter((e) => Object.values(e.labels).some((l) => l && kind.name.test(l)));
  return found.length === 1 ? found[0] : undefined;
}

/** The one meeting two or more of the sentence's people took part in, if there is exactly one. */
export function meetingOfPeople(mentions: ReadonlyArray<{ entity: string }>, dataset: Dataset): Entity | undefined {
  const index = meetingsOf(dataset);
  const counts = new Map<Entity, Set<string>>();
  for (const m of mentions) {
    for (const e of index.get(m.entity) ?? []) counts.set(e, (counts.get(e) ?? new Set()).add(m.entity));
  }
  const found = [...counts].filter(([, people]) => people.size >= 2);
  return found.length === 1 ? found[0]![0] : undefined;
}

export function meetingWords(body: string, offset: number, lang: Lang): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const words = lang === 'ja' ? body.matchAll(MEETING_JA) : body.matchAll(MEETING_EN);
  for (const m of words) out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** The meeting's date and place as the sentence gives them, by where they stand from the meeting word. */
function readings(text: string, word: { start: number; end: number }, mentions: Mention[], dates: ParsedValue[], durations: ParsedValue[], lang: Lang): Array<Pick<EventClaim, 'property' | 'found'>> {
  const out: Array<Pick<EventClaim, 'property' | 'found'>> = [];
  let date: ParsedValue | undefined;
  let place: Mention | undefined;
  if (lang === 'ja') {
    // 「30日に…と防衛省で会談し」: the nearest date before the word with no predicate between;
    // 「中谷防衛相は30日、来日した…と会談し」: after the topic and set off by a comma, the date is the
    // main predicate's, over a relative clause.
    // 「中谷防衛大臣は、30日午前、防衛省で…会談し」: the topic's own comma and the time of day may come between.
    // 「3月10日午後(日本時間11日未明)」: the other clock's day in brackets is not another date.
    date = dates.filter((v) => v.end <= word.start && word.start - v.end <= 60 && !JA_OTHER_CLOCK_BEFORE.test(text.slice(Math.max(0, v.start - 8), v.start)) && (JA_NO_PREDICATE.test(text.slice(v.end, word.start)) || JA_HELD_ON.test(text.slice(v.end, word.start)) || (JA_TOPIC_BEFORE.test(text.slice(Math.max(0, v.start - 3), v.start)) && afterTopicDate(text, v.end, word.start)) || afterOpeningDate(text, v.start, v.end, word.start))).pop();
    // 「…の発足は2025年3月24日の月曜日、…の会談は同じ週の日曜日にあたる3月30日だった」: the meeting as the topic, then its day as the predicate,
    // over a date of another clause before it.
    const predicate = dates.find((v) => v.start >= word.end && v.start - word.end <= 30 && /^は[^。、]{0,24}$/.test(text.slice(word.end, v.start)) && JA_COPULA_AFTER.test(text.slice(v.end, v.end + 6)));
    if (predicate) date = predicate;
    // 「岸田・バイデン会談は3月に行われた」: the meeting as the topic, then when it was held.
    date ??= dates.find((v) => v.start >= word.end && /^は、?$/.test(text.slice(word.end, v.start)) && JA_HELD_AFTER.test(text.slice(v.end, v.end + 16)));
    // 「初の対面会談(2025年4月30日)」: a headline's date in brackets right after the word.
    date ??= dates.find((v) => v.start >= word.end && v.start - word.end <= 1 && /^[（(]?$/.test(text.slice(word.end, v.start)) && /^[)）]/.test(text.slice(v.end, v.end + 1)));
    // 「防衛省で初の対面による会談を行った」: a short modifier may stand between the place and the word.
    // 「防衛省でアメリカのヘグセス国防長官と対面では初めて…会談」: the partner with と may come between.
    place = mentions.find((m) => JA_PLACE_BEFORE_WORD.test(text.slice(m.end, word.start)));
    // 「…と中谷防衛大臣の会談が東京の防衛省で行われた」: the meeting as the subject, then where it was held.
    place ??= mentions.filter((m) => m.start >= word.end && m.start - word.end <= JA_HELD_AT_SPAN && JA_SUBJECT_THEN_PLACES.test(text.slice(word.end, m.start)) && JA_HELD_AT_AFTER.test(text.slice(m.end, m.end + 6))).pop();
    // 「会談前、握手する…=30日午前、防衛省(代表撮影)」: a caption's time and place after the word.
    const caption = dates.find((v) => v.start >= word.end && JA_CAPTION_AT.test(text.slice(Math.max(word.end, v.start - 1), v.start)));
    if (caption) {
      date ??= caption;
      const rest = /^(?:午前|午後|夜|朝)?、/.exec(text.slice(caption.end, caption.end + 4));
      // 「=30日、東京・市谷の防衛省」: the last of a chain of places joined by ・ or の is where.
      let at = rest ? mentions.find((m) => m.start === caption.end + rest[0].length) : undefined;
      const joined = (m: Mention) => at !== undefined && m.start > at.end && JA_CHAIN_JOINT.test(text.slice(at.end, m.start));
      for (let next = mentions.find(joined); next; next = mentions.find(joined)) at = next;
      place ??= at;
    }
  } else {
    // (Not "A day before their talks at the Defense Ministry, on March 29, 2025, …": the day counted from the talks, told after them.)
    date = EN_DAYS_BEFORE_WORD.test(text.slice(Math.max(0, word.start - 40), word.start)) ? undefined : dates.find((v) => v.start >= word.end && v.start - word.end <= EN_PLACE_AND_DAY_SPAN && EN_PLACE_AND_DAY.test(text.slice(word.end, v.start)));
    // "an April summit", "the March 30 meeting", "Sunday's talks": the date as the word's modifier.
    date ??= dates.find((v) => v.end <= word.start && EN_MODIFIER_GAP.test(text.slice(v.end, word.start)));
    // "unveil a plan … on March 10, during Kishida’s state visit": the day set off before the visit it falls in.
    date ??= dates.find((v) => v.end <= word.start && word.start - v.end <= 40 && EN_DAY_DURING.test(text.slice(v.end, word.start)));
    // "X said in late March 2025 after meeting with Y": a month that the saying and the meeting share (a day may not be).
    date ??= dates.find((v) => v.end <= word.start && v.value.kind === 'date' && v.value.precision !== 'day' && EN_MONTH_AFTER.test(text.slice(v.end, word.start)));
    // "In March President Joe Biden and Prime Minister Fumio Kishida announced … at a summit": a time that opens the sentence.
    // (A full stop between is an abbreviation's, "U.S. President": the sentence was cut at its ends already; a colon in a time, "10:50", ends nothing.)
    // ("On April 10th, commencing at 10:50 a.m. (…, Japan time) for approximately 85 minutes, Mr. X, Prime Minister of Japan, during
    // his official visit to …, held a meeting with": a government readout's opening runs long.)
    // (Not "On March 29, 2025, a day before his talks with X": a day counted from the meeting is another day.)
    date ??= dates.find((v) => v.end <= word.start && word.start - v.end <= EN_OPENING_TIME_SPAN && EN_OPENING_TIME.test(text.slice(Math.max(0, v.start - 12), v.start)) && !/[;!?]|:(?!\d)/.test(text.slice(v.end, word.start)) && !EN_DAYS_FROM_IT.test(text.slice(v.end, word.start)));
    // "X and Y on Wednesday (April 10) reaffirmed … during a bilateral summit": the day of what they did in it.
    date ??= dates.find((v) => v.end <= word.start && word.start - v.end <= EN_DAY_THEN_DURING_SPAN && EN_ON_DAY_BEFORE.test(text.slice(Math.max(0, v.start - 18), v.start)) && EN_DID_DURING.test(text.slice(v.end, word.start)));
    place = mentions.find((m) => m.start >= word.end && m.start - word.end <= 12 && EN_AT.test(text.slice(word.end, m.start)));
    // "speaks with his Japanese counterpart, Gen Nakatani, at the Ministry of Defense": past who met.
    place ??= mentions.find((m) => m.start >= word.end && m.start - word.end <= EN_PLACE_AND_DAY_SPAN && EN_PLACE_AND_DAY.test(text.slice(word.end, m.start)) && EN_AT_AFTER_PEOPLE.test(text.slice(word.end, m.start)));
    // "welcomed U.S. Defense Secretary X to the Defense Ministry in Tokyo for talks": where the guest was welcomed for them.
    place ??= mentions.find((m) => m.end <= word.start && EN_WELCOMED_FOR.test(text.slice(m.end, word.start)) && EN_WELCOMED_TO_BEFORE.test(text.slice(Math.max(0, m.start - EN_WELCOMED_REACH), m.start)));
  }
  if (date) out.push({ property: 'date', found: date });
  if (place) out.push({ property: 'location', found: place });
  // 「約1時間20分にわたって会談」「85分間会談し」, "talked for about 85 minutes": how long it lasted.
  // 「9時50分から約85分間、…会談を行った」: a length after a starting time, fronted before the people.
  const length = durations.find((v) =>
    lang === 'ja'
      ? v.end <= word.start && (JA_LASTED.test(text.slice(v.end, word.start)) || (JA_FROM_TIME.test(text.slice(Math.max(0, v.start - 8), v.start)) && /^(?:間)?、/.test(text.slice(v.end, v.end + 2)) && word.start - v.end <= 60 && JA_NO_PREDICATE.test(text.slice(v.end, word.start))))
      : v.start >= word.end && ((v.start - word.end <= 40 && EN_LASTED.test(text.slice(word.end, v.start))) || ((date !== undefined || place !== undefined) && v.start - word.end <= EN_LASTED_FAR_SPAN && EN_LASTED_FAR.test(text.slice(word.end, v.start)) && !EN_ANOTHER_MEETING_WORD.test(text.slice(word.end, v.start)))),
  );
  if (length) out.push({ property: 'duration', found: length });
  return out;
}

/** 「9時50分から約85分間、中谷防衛大臣は、…と日米防衛相会談を行った」: a readout's length after its starting time, fronted before the meeting it names. */
function namedMeetingLength(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, values: () => ParsedValue[]): EventClaim[] {
  const named = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && dataset.entities.get(m.entity)?.facts.some((f) => f.property === 'duration'));
  if (named.length === 0) return [];
  for (const v of values()) {
    if (v.value.kind !== 'quantity' || v.value.unit !== 'minutes' || !JA_FROM_TIME.test(text.slice(Math.max(0, v.start - 8), v.start)) || !/^(?:間)?、/.test(text.slice(v.end, v.end + 2))) continue;
    const m = named.find((x) => x.start >= v.end && x.start - v.end <= 60 && JA_NO_PREDICATE.test(text.slice(v.end, x.start)));
    if (m) return [{ entity: dataset.entities.get(m.entity)!, property: 'duration', found: v }];
  }
  return [];
}

/**
 * The date and place a sentence gives for a meeting it tells of without naming it, when the
 * sentence is about that meeting: the dataset's one meeting of the people it names, with at least
 * one of the values agreeing.
 */
export function describedEventClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: Lang, values: () => ParsedValue[], recent: readonly string[] = [], persons: readonly string[] = []): EventClaim[] {
  // "Australian Deputy Prime Minister X, Japanese Defense Minister Y and US Defense Secretary Z convened a trilateral
  // … meeting", 「中谷防衛大臣とマールズ豪州副首相兼国防大臣は…防衛相会談を行った」: another country's minister
  // at the table, or three countries, is another meeting than the dataset's of the two.
  const body = text.slice(sentence.start, sentence.end);
  const people = mentions.filter((m) => dataset.entities.get(m.entity)?.type === 'person');
  // (Or a many-country forum's meeting: 「APECの年次首脳会議で、岸田氏はバイデン氏が…」.)
  if ((people.length > 0 || persons.length >= 2) && (THIRD_COUNTRY_OFFICIAL.test(body) || MORE_COUNTRIES.test(body) || FORUM_MEETING.test(body))) return [];
  const lengths = lang === 'ja' ? namedMeetingLength(text, sentence, mentions, dataset, values) : [];
  if (lengths.length > 0) return lengths;
  // 「両首脳は3月10日に…会談で」, "the two leaders met on …": the two people told of last.
  const pair = people.length < 2 && persons.length >= 2 && (lang === 'ja' ? JA_BOTH : EN_BOTH).test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 90))) ? meetingOfPeople(persons.slice(0, 2).map((entity) => ({ entity })), dataset) : undefined;
  // 「会談は約85分間行われ」, "The talks lasted about 85 minutes": the meeting just told of, as the topic.
  const opening = (lang === 'ja' ? JA_MEETING_TOPIC : EN_MEETING_TOPIC).exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
  const told = opening && recent[0] !== undefined ? dataset.entities.get(recent[0]) : undefined;
  if (opening && told?.type === 'event' && Object.values(told.labels).some((l) => l && MEETING_NAME.test(l))) {
    const at = sentence.start + opening[0].length;
    const length = values().find((v) => v.value.kind === 'quantity' && v.value.unit === 'minutes' && v.start >= at && v.start - at <= 4);
    return length ? [{ entity: told, property: 'duration', found: length }] : [];
  }
  // One of them named, the meeting told of just before (「中谷大臣は…約85分間に及んだ会談は」): its length only.
  const recentMeeting = people.length >= 1 ? recent.map((id) => dataset.entities.get(id)).find((e) => e && people.some((p) => meetingsOf(dataset).get(p.entity)?.includes(e))) : undefined;
  if (lang === 'ja' || people.length === 0) {
    const byParties = partiesClaims(text, sentence, mentions, dataset, values, lang);
    if (byParties.length > 0) return byParties;
  }
  if (lang === 'en' && people.length === 0) {
    const byRoles = twoPlusTwoClaims(text, sentence, mentions, dataset, values);
    if (byRoles.length > 0) return byRoles;
  }
  if (people.length === 0) {
    const byLeaders = leadersClaims(text, sentence, mentions, dataset, values, lang);
    if (byLeaders.length > 0) return byLeaders;
  }
  // (Not a visit to a third country: "Japan's Defense Minister Kihara, who is on an official visit to Vietnam".)
  const visitBody = text.slice(sentence.start, sentence.end);
  const visitor = new Set(people.map((p) => p.entity)).size === 1 && (lang === 'ja' ? VISIT_JA : VISIT_EN).test(visitBody) && !(lang === 'ja' ? JA_VISIT_ELSEWHERE : EN_VISIT_ELSEWHERE).test(visitBody) ? meetingsOf(dataset).get(people[0]!.entity) : undefined;
  // "Hegseth … attends a defense ministerial meeting at the Defense Ministry in Tokyo", 「ヘグセス長官は…防衛相会談に臨んだ」:
  // one person and the kind of meeting: that person's only meeting of that kind on record.
  const visited = visitor?.length === 1 ? visitor[0] : people.length > 0 ? oneOfKind(people, text.slice(sentence.start, sentence.end), dataset, lang) : undefined;
  // 「米国防長官 中谷防衛相と初の対面会談」: one of them named, the other by the office the dataset gives them (read by each word below).
  const byOffice = people.length >= 1 && meetingOfOneAndOffice(people, text.slice(sentence.start, sentence.end), dataset, lang) !== undefined;
  if (people.length < 2 && !recentMeeting && !pair && !visited && !byOffice) return [];
  const places = placesOf(mentions, dataset);
  const dates = datesOf(values);
  const durations = values().filter((v) => v.value.kind === 'quantity' && v.value.unit === 'minutes');
  const everyone = bilateralFits(meetingOfPeople(people, dataset), mentions, body, dataset) ?? pair ?? visited;
  for (const word of meetingWords(text.slice(sentence.start, sentence.end), sentence.start, lang)) {
    // Two meetings told of in one sentence: the people right by the word say which ("a summit between X and Y").
    const beside = people.filter((m) => (lang === 'en' ? m.start >= word.end && m.start - word.end <= EN_PEOPLE_AFTER : m.end <= word.start && word.start - m.end <= JA_PEOPLE_BEFORE));
    // The office beside the word too, where the person is (「3月の中谷防衛相と米国防長官の会談」, not the summit before it).
    const span = lang === 'en' ? text.slice(word.end, Math.min(sentence.end, word.end + EN_PEOPLE_AFTER)) : text.slice(Math.max(sentence.start, word.start - JA_PEOPLE_BEFORE), word.start);
    const byPeople = everyone ?? bilateralFits(meetingOfPeople(beside, dataset), mentions, body, dataset) ?? (byOffice ? meetingOfOneAndOffice(beside, span, dataset, lang) : undefined);
    const event = byPeople ?? recentMeeting;
    // A meeting named in the sentence is read as a name, by the rules for names; so is the word
    // inside another meeting's name (「2月7日の日米首脳会談」 after the ministers' talks).
    if (!event) continue;
    // (「岸田首相とバイデン大統領が2024年4月10日にワシントンで行った日米首脳会談」: the meeting named, dated by a relative
    // clause right before its name, is read here too, for that date alone: the name itself is read by the rules for names.)
    const covering = mentions.find((m) => m.start <= word.start && word.end <= m.end);
    const namedDated = lang === 'ja' && covering?.entity === event.id && !mentions.some((m) => m !== covering && m.entity === event.id) ? covering : undefined;
    if (!namedDated && mentions.some((m) => m.entity === event.id || m === covering)) continue;
    // 「…の会談は、2025年2月の首脳会談での合意を踏まえて行われた」: what the meeting built on is an earlier one, and a
    // summit (首脳会談) is none of the ministers' talks.
    if (lang === 'ja' && (JA_BUILT_ON_AFTER.test(text.slice(word.end, word.end + 16)) || (text.slice(word.start - 2, word.start) === '首脳' && !(event.labels.ja ?? '').includes('首脳')))) continue;
    // Only two of its people named say which meeting it is well enough for a date further off.
    const near = byPeople ? nearMissDateOfPeople : nearMissDate;
    // (「日米首脳会談後、共同記者会見に臨む岸田首相(左)とバイデン米大統領(4月10日、米ワシントンのホワイトハウス)」: a caption's
    // day and place in brackets after its people, the only date of the sentence.)
    const heldOn = namedDated ? (dates.filter((v) => v.end <= namedDated.start && namedDated.start - v.end <= JA_HELD_ON_SPAN && JA_HELD_ON.test(text.slice(v.end, namedDated.start))).pop() ?? (dates.length === 1 ? dates.find((v) => v.start > namedDated.end && /[（(]$/.test(text.slice(v.start - 1, v.start)) && JA_CAPTION_DAY_PLACE_AFTER.test(text.slice(v.end, v.end + 40))) : undefined)) : undefined;
    const read = namedDated ? (heldOn ? [{ property: 'date' as const, found: heldOn }] : []) : readings(text, word, places, dates, durations, lang);
    // Only values of the kind the dataset's are (a ministry for a ministry, not a city) say which meeting it is.
    const verdicts = read.map((r) => {
      const known = event.facts.filter((f) => f.property === r.property).flatMap(scalars);
      const fitting = known.filter((k) => k.kind !== 'entity' || !('entity' in r.found) || dataset.entities.get(k.id)?.type === dataset.entities.get(r.found.entity)?.type);
      return fitting.map((k) => (!isMention(r.found) && near(r.found, k) ? 'near' : agreement(r.found, k, dataset)));
    });
    // "Koizumi and Hegseth held their first … meeting at the Defense Ministry … on October 29, 2025": a date months from the
    // dataset's, and no near miss of it, tells another meeting of the same people, at the same place as like as not.
    if (read.some((r, i) => r.property === 'date' && !isMention(r.found) && verdicts[i]!.length > 0 && verdicts[i]!.every((v) => v !== 'agree' && v !== 'near') && monthsFrom(r.found, event) >= ANOTHER_MEETING_MONTHS)) continue;
    // A value that agrees, or a date near the dataset's (the people say which meeting), says it is the dataset's meeting.
    // So does the city of its place, written onto the place named (「東京の国防総省で」, "at the Pentagon in
    // Tokyo"): the same people meeting in the same city is that meeting, and the place named is wrong.
    if (verdicts.some((v) => v.includes('agree') || v.includes('near')) || read.some((r) => r.property === 'location' && inItsCity(text, r.found, mentions, event, dataset, lang))) return read.filter((_, i) => verdicts[i]!.length > 0).map((r) => ({ entity: event, ...r }));
    // Told of just before (「中谷防衛大臣は…防衛省で会談した。…約1時間20分にわたって会談」): how long
    // it lasted is that meeting's. Not its date: the same people may have met again.
    // Nor its place, unless two of its people are named and the sentence gives no time of its own
    // (「30日午前、防衛省で…会談しました。…中谷防衛大臣とヘグセス国防長官は防衛省で会談したあと」):
    // a place for another meeting of theirs comes with its time or a word that it is another.
    if (recent.includes(event.id)) {
      const sameMeeting = byPeople !== undefined && dates.length === 0 && !(lang === 'ja' ? JA_ANOTHER_TIME : EN_ANOTHER_TIME).test(text.slice(sentence.start, sentence.end));
      const carried = read.filter((r, i) => (r.property === 'duration' || (r.property === 'location' && sameMeeting)) && verdicts[i]!.length > 0);
      if (carried.length > 0) return carried.map((r) => ({ entity: event, ...r }));
    }
  }
  // "X and Y revealed initiatives … on April 10, 2023", "Speaking in Tokyo on April 30, X told Y, …": the two
  // of one meeting named with a verb of what they did together, and the sentence's one date, that
  // meeting's or one step off it. Not a call or a letter (another day), nor among many parties.
  // (Not where another name of the sentence has a date of its own to be told: the date may be that one's.)
  if (lang === 'en' && everyone && people.length >= 2 && !mentions.some((m) => m.entity === everyone.id || (m.entity !== everyone.id && hasDateFact(dataset, m.entity)))) {
    if (EN_JOINT_VERB.test(body) && !EN_AT_A_DISTANCE.test(body) && !MANY_PARTIES.test(body) && !MORE_PARTIES.test(body)) {
      const only = datesOf(values).filter((v) => !inQuote(text, sentence.start, v.start));
      const date = only.length === 1 ? only[0]! : undefined;
      const known = everyone.facts.filter((f) => f.property === 'date').flatMap(scalars);
      if (date && known.some((k) => compareValue(date, k) === 'agree' || nearMissDateOfPeople(date, k))) return [{ entity: everyone, property: 'date', found: date }];
    }
  }
  return [];
}

/**
 * A two-plus-two told of by its name or by its other side, the foreign ministers (not only by the
 * two defence chiefs, who also meet on their own: 「木原防衛大臣、オースティン国防長官と会談(6月2日)」).
 */
const TWO_PLUS_TWO_TOLD = /2\s*(?:\+|plus|プラス|＋)\s*2|２\s*[＋+]\s*２|two[-\s]plus[-\s]two|安全保障協議委員会|Security Consultative Committee|Foreign Minister|Secretary of State|外務大臣|外相|国務長官/i;

/**
 * The meeting of the people named, unless it is a two-plus-two told of only by its defence chiefs
 * and in no city: those two meet on their own too, elsewhere (「シンガポールにおいて防衛相会談」).
 * Met in a city ("in Tokyo on June 28", 「東京での会議中に」), it is read as any meeting of two.
 */
function bilateralFits(event: Entity | undefined, mentions: readonly Mention[], body: string, dataset: Dataset): Entity | undefined {
  if (!event || !twoPlusTwoEvents(dataset).includes(event) || TWO_PLUS_TWO_TOLD.test(body)) return event;
  return mentions.some((m) => dataset.entities.get(m.entity)?.type === 'place') ? event : undefined;
}

/** Does the entity have a fact whose property is a date? */
function hasDateFact(dataset: Dataset, id: string): boolean {
  return dataset.entities.get(id)?.facts.some((f) => dataset.properties.get(f.property)?.type === 'date') ?? false;
}

/** What two who met did together. */
const EN_JOINT_VERB = /\b(?:announced|unveiled|revealed|told|spoke|speaking|pledged|reaffirmed|affirmed|signed|discussed)\b/i;
/** Not face to face: a call, a letter, a video link. */
const EN_AT_A_DISTANCE = /\b(?:phone|telephone|call|video|virtual|virtually|letter|online|remotely)\b/i;

/** Is `at` inside a quotation of the sentence (“…”, "…")? */
function inQuote(text: string, from: number, at: number): boolean {
  let open = false;
  for (let k = from; k < at; k++) {
    const c = text[k];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** Words of a time or a meeting other than the one just told of: "again", "later", 「再び」「その後」「先月」. */
const EN_ANOTHER_TIME = /\b(?:again|later|earlier|previous(?:ly)?|next|last|this|former|first|second|another|then|when|since|after|before|yesterday|tomorrow|today|tonight|week|month|year|morning|afternoon|evening|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\b/i;
const JA_ANOTHER_TIME = /再び|再度|改めて|その後|その前|以前|前回|次回|今回|今後|かつて|昨年|去年|今年|来年|先月|今月|来月|先週|今週|来週|昨日|今日|明日|当時|初めて|初の|翌|前日|同日|この日|[月火水木金土日]曜/;

/** Is `found` an organisation written with a city (「東京の国防総省」, "the Pentagon in Tokyo") that holds the event's own place? */
function inItsCity(text: string, found: Mention | ParsedValue, mentions: Mention[], event: Entity, dataset: Dataset, lang: Lang): boolean {
  if (!isMention(found) || dataset.entities.get(found.entity)?.type !== 'organization') return false;
  const city = mentions.find((q) => dataset.entities.get(q.entity)?.type === 'place' && (lang === 'ja' ? q.end <= found.start && /^[のにある・\s]{1,4}$/.test(text.slice(q.end, found.start)) : q.start >= found.end && /^\s+in\s+$/.test(text.slice(found.end, q.start))));
  if (!city) return false;
  // The event's place (an organisation), and where that organisation is.
  const sites = event.facts.filter((f) => f.property === 'location').flatMap(scalars).flatMap((k) => (k.kind === 'entity' ? [k, ...(dataset.entities.get(k.id)?.facts.filter((f) => f.property === 'headquarters').flatMap(scalars) ?? [])] : []));
  return sites.some((k) => k.kind === 'entity' && dataset.entities.get(k.id)?.type === 'place' && agreement(city, k, dataset) === 'agree');
}

/** The names a meeting's place may be: organisations and places. */
function placesOf(mentions: Mention[], dataset: Dataset): Mention[] {
  return mentions.filter((m) => {
    const type = dataset.entities.get(m.entity)?.type;
    return type === 'organization' || type === 'place';
  });
}

/** The sentence's dates, not a fiscal year's. */
function datesOf(values: () => ParsedValue[]): ParsedValue[] {
  return values().filter((v) => v.value.kind === 'date' && !FISCAL.test(v.text));
}

/** Are the sentence's leaders Japan's and the United States', by their titles, and no third country's? */
function leadersOfBoth(body: string, lang: Lang): boolean {
  if (THIRD_COUNTRY.test(body) || MANY_PARTIES.test(body)) return false;
  if (lang === 'ja') return JA_JAPAN_LEADER.test(body) && (JA_US_LEADER.test(body) || (JA_BARE_PRESIDENT.test(body) && JA_US_SEAT.test(body)));
  const japan = EN_JAPAN_LEADER.test(body) || (EN_BARE_PRIME_MINISTER.test(body) && EN_JAPAN_WORD.test(body));
  return japan && (EN_US_LEADER.test(body) || (EN_BARE_PRESIDENT.test(body) && EN_US_SEAT.test(body)));
}

/**
 * A meeting of the two countries' leaders, told by their titles (leadersOfBoth): the dataset's
 * summit whose date the sentence gives, or misses by one step only (nearMissDateByOneStep): the
 * leaders meet several times a year, and nothing else says which meeting it is.
 */
function leadersClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, values: () => ParsedValue[], lang: Lang): EventClaim[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!leadersOfBoth(body, lang)) return [];
  const summits = meetingsNamed(dataset).get(lang === 'ja' ? '日米首脳会談' : EN_SUMMIT_NAME) ?? [];
  // A summit named in the sentence is read by the rules for names.
  if (summits.length === 0 || mentions.some((m) => summits.some((e) => e.id === m.entity))) return [];
  // 「2日午前(日本時間8日未明)」: the day on Japan's clock in brackets is left out; the local one is read.
  const dates = datesOf(values).filter((d) => !JAPAN_CLOCK_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start)));
  for (const word of meetingWords(body, sentence.start, lang)) {
    const date = readings(text, word, [], dates, [], lang).find((r) => r.property === 'date')?.found;
    // "on February 8 (Japan time)", 「2月8日未明、日本時間で」: Japan's clock is a day ahead of Washington's; the dataset gives the local day.
    if (!date || isMention(date) || JAPAN_CLOCK_AFTER.test(text.slice(date.end, date.end + 16)) || JAPAN_CLOCK_BEFORE.test(text.slice(Math.max(0, date.start - 12), date.start))) continue;
    // 「2日(日本時間8日未明)」: Japan's day in brackets, a day ahead of (or the same as) the dataset's, says which summit it is; the local day is then read against it.
    const japanDay = JA_JAPAN_DAY_AFTER.exec(text.slice(date.end, date.end + 24));
    const byJapanDay = (d: ScalarValue) => japanDay !== null && d.kind === 'date' && d.precision === 'day' && d.day !== undefined && [d.day, d.day + 1].includes(Number(japanDay[1]!.normalize('NFKC')));
    const fits = summits.filter((e) => e.facts.filter((f) => f.property === 'date').flatMap(scalars).some((d) => compareValue(date, d) === 'agree' || nearMissDateByOneStep(date, d) || byJapanDay(d)));
    if (fits.length === 1) return [{ entity: fits[0]!, property: 'date', found: date }];
  }
  return [];
}

const JAPAN_CLOCK_AFTER = /^\s*[（(]\s*(?:Japan|Tokyo)\s+time\s*[)）]|^(?:未明|早朝|午前|午後|夜)?、?\s*日本時間/i;
// 「日本時間の8日」: with の too.
const JAPAN_CLOCK_BEFORE = /(?:日本時間の?|Japan\s+time,?\s*)$/i;
/** After a local day: Japan's day in brackets (「2日(日本時間の8日午前1時55分)」「2日午前(日本時間8日未明)」). */
const JA_JAPAN_DAY_AFTER = /^(?:午前|午後|未明|早朝|夜)?[（(]日本時間の?([0-9０-９]{1,2})日/;

/** Beyond the third countries a meeting's date looks for: gatherings where the two leaders meet among others. */
export const MANY_PARTIES = /\b(?:Israeli?|G7|G20|Quad|APEC)\b|イスラエル|G7|G20|クアッド|APEC/;

const twoPlusTwoCache = new WeakMap<Dataset, Entity[]>();

/** The events the dataset gives the general name of a 2+2. */
export function twoPlusTwoEvents(dataset: Dataset): Entity[] {
  let events = twoPlusTwoCache.get(dataset);
  if (!events) twoPlusTwoCache.set(dataset, (events = [...dataset.entities.values()].filter((e) => e.type === 'event' && e.aliases.some((a) => a.text === TWO_PLUS_TWO_NAME))));
  return events;
}

/** "On June 28, foreign and defense ministers from Japan and the United States announced …": the 2+2 the date names, told by who met. */
function twoPlusTwoClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, values: () => ParsedValue[]): EventClaim[] {
  const body = text.slice(sentence.start, sentence.end);
  const roles = EN_TWO_PLUS_TWO_ROLES.exec(body);
  if (!roles || !EN_BOTH_COUNTRIES.test(body) || THIRD_COUNTRY.test(body) || MANY_PARTIES.test(body)) return [];
  const events = twoPlusTwoEvents(dataset);
  const scores = events.map((e) => dateCloseness(dataset, e.id, text, sentence.start, sentence.end));
  const top = Math.max(0, ...scores);
  if (top === 0 || scores.filter((x) => x === top).length !== 1) return [];
  const event = events[scores.indexOf(top)]!;
  if (mentions.some((m) => m.entity === event.id)) return [];
  const word = { start: sentence.start + roles.index, end: sentence.start + roles.index + roles[0].length };
  return readings(text, word, placesOf(mentions, dataset), datesOf(values), [], 'en').filter((r) => r.property === 'date' && event.facts.some((f) => f.property === 'date')).map((r) => ({ entity: event, ...r }));
}

/** 「日米両政府は3月の首脳会談で」: the date and place of a meeting told by its parties and kind (meetingOfParties). */
function partiesClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, values: () => ParsedValue[], lang: Lang): EventClaim[] {
  const body = text.slice(sentence.start, sentence.end);
  if (lang === 'ja' ? !body.includes('日米') : !EN_SUMMIT_WORD.test(body)) return [];
  // 「日米両国の防衛相」 with a bare 会談: the word alone, its kind from the post.
  const words = lang === 'ja' ? [...body.matchAll(JA_BARE_MEETING), ...(JA_PARTIES_ROLE.test(body) ? body.matchAll(JA_BARE_TALKS) : [])] : [...body.matchAll(EN_BARE_SUMMIT)];
  for (const m of words) {
    const kind = m[1] ?? m[0];
    const word = { start: sentence.start + m.index + m[0].length - kind.length, end: sentence.start + m.index + m[0].length, kind };
    // 「日米首脳会談」 is a name, read by the rules for names.
    if ((lang === 'ja' && text.slice(word.start - 2, word.start) === '日米') || mentions.some((x) => x.start < word.end && word.start < x.end)) continue;
    const event = meetingOfParties(text, sentence, word, dataset, lang);
    // 「2025年10月の日米防衛相会談は…初の会談となった」: the meeting named in the sentence too is read by its name,
    // and a bare word after it goes back to that name, not to the dataset's meeting anew.
    if (!event || mentions.some((x) => x.entity === event.id)) continue;
    const read = readings(text, word, placesOf(mentions, dataset), datesOf(values), [], lang);
    return read.filter((r) => event.facts.some((f) => f.property === r.property)).map((r) => ({ entity: event, ...r }));
  }
  return [];
}
