// Which value fills a claim: a quantity, money or date next to its cue, or the name a title or
// cue introduces (a mention, or a person the dataset does not know), with only the words that may
// stand between them.

import { lastIndexWithin, lineStartFrom } from '../text/bounded';
import type { Dataset, Entity, Mention, PropertyDecl } from '../model';
import type { ParsedValue } from '../values';
import { holdsCounterpartOffice, placeOfChain, wrongRegionAfter } from './agreement';
import type { CueHit } from './cueIndex';
import { romanisedJapanese } from './nameForm';
import { beforeReading, englishNameAt, japaneseNameAfter, japaneseNameEndingAt, titledEnglishNames, titledJapaneseNames, type NameSpan } from './personNames';
import { commonSurnameAt } from '../names/surnames';
import type { SentenceRange } from './sentences';
import { CLAUSE_BREAK, CONJUNCTION, EN_AND_THEN_FRONTED_DATE, familyOf, FISCAL, gapBetween, isMention, JA_ORDINAL_BEFORE, JA_OWN_COUNTRY_BEFORE, JA_VERB_CLAUSE_ENDED, ongoingWhenAnnounced, overlaps, placeJoint, type Candidate, type OutsideName } from './shared';
import { JA_POST_TAKEN_AFTER, JA_UNDER_COMMANDER, type Lang, type SentenceFrame } from './structure';

const MAX_GAP = { en: 48, ja: 24 };

const MAX_BARE_GAP = 14;

/** Before a list item's number: the start of its line and an opening bracket. */
const LIST_NUMBER_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[-*+][ \t]+)?[(（]$/;

/** How far (UTF-16 code units) a name may stand from the cue it fills, with only filler words between. */
const MAX_ENTITY_GAP = 80;

/** After a date: に, a subject of its own (が), then a verb in its attributive form on a noun (「に…氏が提起した構想」). */
const JA_DATED_RELATIVE_AFTER = /^(?:に|には)[^。、]{0,24}?が[^。、]{0,10}?(?:した|された)(?=[\u4e00-\u9fff\u30a1-\u30fa])/;
/** Between a cue and a value: a contrast that closes one clause and opens another (「のに対し、」「一方で、」). */
const JA_CONTRAST_BETWEEN = /のに対し(?:て)?、|一方(?:で)?、|のとは異なり、|のと違い、/;
/** After a cue used as a noun: a point of comparison (「より」「に先立ち」「に比べ」). */
const JA_COMPARED_EVENT_AFTER = /^(?:より|に先立|に先んじ|に比べ|と比べ)/;
/** Between a headcount and a name after it: the people the name has (「以上の隊員を持つ」「人を擁する」). */
const JA_STAFF_HELD_BY_NEXT = /^(?:人|名)?(?:以上|超|余り|あまり|近く)?の?(?:隊員|人員|職員|兵力|要員|兵士|将兵)?を(?:持つ|擁する|抱える|有する)$/;
/** Between a cue and a later date: a time before or after the event (「する前の」「した後の」「した翌年の」). */
// (「発足する7年前の2018年3月27日」: a count of years, months or days before it.)
/** Between an event's cue and a date: a time in the same week, month or year as the event (「したのと同じ週の日曜日、」「した同月の」). */
const JA_SAME_TIME_AS_EVENT_BETWEEN = /^(?:する|した|される|された)?(?:のと同じ|と同じ|同)(?:週|月|年|日)(?:の(?:[月火水木金土日]曜日?|週末|うち|末|初め))?[、の]?$/;
// (「開始してから約7か月後の」: the て-form with から; 「発足より3年早い」: earlier or later than it.)
const JA_TIME_FROM_EVENT_BETWEEN = /^(?:(?:し|され)てから|(?:より|よりも)(?=[約お0-9０-９一二三四五六七八九十数]))?(?:する|した|される|された)?(?:(?:約|およそ)?[0-9０-９一二三四五六七八九十]+(?:年|か月|カ月|ヶ月|ケ月|日|週間)(?:半)?)?(?:前|後|以前|以後|直前|直後|翌年|翌月|翌日|前年|前月|前日|早い|早く|遅い|遅く)の?$/;
/** After a date: の, a body's founding, then から or 以来 (a point to count from). */
const JA_OTHER_FOUNDING_FROM = /^の[^、。]{1,12}?(?:発足|創設|設立|設置|新編)(?:から|以来)/;
/** Right after a date: a gathering it dates (「の会合」「の会談」, "meeting", "talks"). */
// (「2023年8月の着任式で」: a ceremony is a gathering too.)
const JA_DATE_OF_GATHERING = /^の(?:会合|会談|会議|首脳会談|協議|訪問|会見|(?:着任|離任|就任|退任|観閲|記念|修了|入隊)?式)/;
const EN_DATE_OF_GATHERING = /^,?\s+(?:meeting|talks|summit|session|visit|conference)\b/i;
/** Before a cue: a clause opened by ", which" (or who, that) with no comma since. */
const EN_OPEN_CLAUSE_BEFORE = /,\s*(?:which|who|the\s+(?:year|month|day|week)\s+(?:that\s+|when\s+)?)\s*[^,;:.]*$/;
/** Between the cue and a value: the clause's closing comma, then the main verb going on. */
const EN_CLAUSE_CLOSED_BY_VERB = /,\s*(?:\w+ly\s+)?(?:totaled|totalled|totals|was|were|is|are|has|had|reached|stood|amounted|came|rose|fell)\b[^,]*$/;
/** After an event's cue: how long until it (「は2週間後に迫っていた」「を翌週に控えた」「まで2週間」). */
const JA_COUNTDOWN_AFTER = /^(?:は|が|を|まで)(?:あと|残り)?(?:[0-9０-９一二三四五六七八九十数]+(?:日|週間|か月|カ月|ヶ月|年)(?:後)?|翌週|翌々週|翌月|目前|間近)(?:に(?:迫|控え)|と(?:なっ|迫)|だっ)/;
/** Before a sum: what puts it somewhere ("put about", "set aside", "earmarked", "poured"). */
const EN_PUT_INTO_BEFORE = /\b(?:put|puts|putting|poured|pours|channel(?:l)?ed|steered|set\s+aside|earmarked|devoted|allocated|allotted)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$/i;
/** After the sum: where it goes ("into", "for", "toward"). */
const EN_INTO_AFTER = /^(?:\s+(?:yen|dollars))?\s+(?:into|for|toward|towards|to)\s/i;
/** Before a cue: a part of another's measure ("a small fraction of the JJOC's", "half of its"). */
const EN_PART_OF_OWNER_BEFORE = /\b(?:fraction|part|share|portion|half|third|quarter|tenth|percent)\s+of\s+(?:the\s+)?[^,;.]{1,40}['’]s?\s+$/i;
/** Before a cue: a decision or plan to do it ("decision to", "plans to"). */
const EN_DECISION_TO_BEFORE = /\b(?:decision|plans?|intention|proposal|bid|move|efforts?|commitment|initiative)\s+to\s+$/i;
/** Right before a sum: a whole budget and what says the sum is its amount ("defense budget, which came to about", "defense budget reached about", "defense budget of"). */
const EN_WHOLE_BUDGET_BEFORE = /\b(?:defen[cs]e|national|annual|overall|total|government|state|military|general[- ]account)\s+(?:budget|spending)(?:\s+request)?(?:\s+for\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d)?(?:(?:\s*,\s*which|\s*,\s*(?:which|that|the\s+one\s+that)\s[^,;]{0,80},)?\s+(?:came\s+to|total(?:l)?ed|amounted\s+to|reached|stood\s+at|rose\s+to|was|is)|\s+of|\s*\(|\s+(?:total(?:l)?ing|amounting\s+to|worth))\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|approximately|an?|a\s+record(?:\s+high)?(?:\s+of)?)\s+){0,2}$/i;
/** Before a date: a law, plan or decision made then ("Under the law enacted in May 2024,", "the documents adopted in December 2022"). */
const EN_DATED_INSTRUMENT_BEFORE = /\b(?:law|act|bill|amendments?|legislation|plans?|decision|strateg(?:y|ies)|documents?|revisions?)\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:enacted|passed|adopted|approved|signed|revised|amended|decided|issued|published)\s+(?:in|on)\s+$/i;
/** Before a noun cue: a verb that welcomes or praises it ("welcomed the establishment of", "praised the creation of"). */
const EN_WELCOMED_BEFORE = /\b(?:welcom|prais|hail|applaud|laud|celebrat|commend|endors|congratulat)\w*\s+(?:(?:the|its|their|Japan['’]s)\s+)?$/i;
const EN_NOUN_CUE = /^(?:creation|establishment|launch|founding|opening|inauguration|formation|set-?up)$/i;
/** Before a participle cue: a plain document noun it modifies ("guidelines last revised", "a program first adopted"). */
const EN_OTHER_DOCUMENT_BEFORE = /\b(?:guidelines|programs?|programmes?|plans|laws|acts|rules|policies|outlines|strategies|versions?|editions?)\s+(?:(?:last|first|originally|previously|once)\s+)?$/i;
/** After a date, up to a cue: a clause of time set off by a comma ("…, a few months before X began"); not "…, when", which tells of that date. */
const EN_TRAILING_TIME_CLAUSE = /,\s+(?:(?:a\s+few|several|some|a\s+couple\s+of|a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?)\s+)?(?:before|after|until|since)\s[^,;:]{0,80}$/i;
/** From a subordinator inside the sentence to a cue, not yet closed by a comma ("who was minister when the documents were adopted"). */
const EN_EMBEDDED_CUE_CLAUSE = /\b(?:when|while|once|after|before|because|although)\s[^,;:()]{0,80}$/i;
/** A comma that closes a clause, not one in a list ("for the Air, Ground and Maritime SDF"): no "and" or "or" after it. */
function clauseClosedBetween(between: string): boolean {
  const comma = between.lastIndexOf(',');
  // (", and Minoru Kihara replaced him in": a clause joined after the comma closes it too.)
  return comma >= 0 && (/^,\s+(?:and|but)\s+(?:[A-Z]|the\s|it\s|he\s|she\s|they\s)/.test(between.slice(comma)) || !/\b(?:and|or)\b/.test(between.slice(comma)));
}
/** From the sentence's start to a cue: a clause fronted by a subordinator or a span of time, not yet closed by a comma. */
const EN_FRONTED_CUE_CLAUSE = /^[\s"“]*(?:When|While|Once|Although|Though|Whereas|Because|Since|After|Before|Until|(?:[A-Z][a-z]+|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:before|after)|(?:Long|Shortly|Just|Soon|Well)\s+(?:before|after))\b[^,;:]*$/;

/** Where the line (a sentence's start, near enough) of `at` begins: the fronted clause is looked for from there. */
function sentenceStartOf(text: string, at: number): number {
  const from = Math.max(0, at - 200);
  // (Bounded: lastIndexOf would scan a one-line document back to its start, once per cue.)
  const cut = Math.max(lastIndexWithin(text, '.', at - 1, from), lastIndexWithin(text, '\n', at - 1, from));
  return cut >= 0 ? cut + 1 : from;
}
/** Between a date and a later cue: the end of the date's own clause, going on into another. */
const JA_EARLIER_CLAUSE_BETWEEN = /(?:てから|た後|たあと|て以来|たことは|たことが|たことで|た際)、?/;
/** After a sum: the end of a clause it is the predicate of (「…円となり、」「…円で、」「…円に上り、」). */
export const JA_CLAUSE_PREDICATE_AFTER = /^(?:円|ドル)?(?:と(?:なり|なった)|で(?:あり)?|だった|に(?:上り|のぼり|達し))、/;
/** Between a cue used as a topic and its value: 「予算は約」「経費が」, "budget is about", "costs totaled". */
const JA_VALUE_OF_TOPIC = /^(?:は|が|として|も)[、\s]*(?:約|およそ|総額|計)?$/;
const EN_VALUE_OF_TOPIC = /^\s+(?:is|was|will be|stands at|stood at|totals?|totaled|totalled|amounts? to|amounted to|reached|of)\s+(?:about|around|some|approximately|nearly|roughly|over|more than|almost)?\s*$/i;

/**
 * The quantity, money or date a cue announces: the nearest value of the property's type, on the
 * same side of every clause break, with no other cue for that kind of value between them.
 */
export function pickValue(text: string, values: ParsedValue[], mentions: Mention[], hit: CueHit, hits: CueHit[], decl: PropertyDecl, dataset: Dataset, isJa: boolean, used: Set<object>): Candidate | undefined {
  let best: { v: ParsedValue; gap: number } | undefined;
  const baseVerb = !isJa && BASE_VERB_CUE.test(text.slice(hit.start, hit.end));
  // What stands around the cue, the same for every value: read once, when a value first asks, not once a value.
  let around: { relativeTime: boolean; proposed: boolean; toldFromAnother: boolean; inAddition: boolean; ownRowDate: boolean; setApart: boolean } | undefined;
  const aroundCue = () => (around ??= {
    relativeTime: !isJa && EN_RELATIVE_TIME_AFTER.test(text.slice(hit.end, hit.end + 40)),
    proposed: isJa && JA_PROPOSED_AFTER.test(text.slice(hit.end, hit.end + 20)),
    toldFromAnother: isJa && JA_TOLD_FROM_ANOTHER_AFTER.test(text.slice(hit.end, hit.end + 14)),
    inAddition: isJa && JA_IN_ADDITION_AFTER.test(text.slice(hit.end, hit.end + 8)),
    ownRowDate: isJa && JA_ROW_DATE_BEFORE.test(text.slice(lineStartFrom(text, hit.start, Math.max(0, hit.start - 40)), hit.start)),
    setApart: isJa && JA_SET_APART_AFTER.test(text.slice(hit.end, hit.end + 6)),
  });
  for (const v of values) {
    if (used.has(v) || v.value.kind !== decl.type) continue;
    if (v.value.kind === 'date' && FISCAL.test(v.text)) continue;
    // 「3月24日付をもって…を起用する人事が決定」: the day an appointment takes effect is not the day it was decided.
    if (isJa && v.value.kind === 'date' && /^付(?:け)?(?:で|をもって|の)/.test(text.slice(v.end, v.end + 5)) && /^(?:起用|指名|内定)/.test(text.slice(hit.start, hit.end))) continue;
    // 「1976年以降6回策定されてきた」「2022年から」: a date that opens a span is no date of the event.
    // But 「令和7年3月より、…アップグレードを開始」: from when a start happened is its date.
    if (isJa && v.value.kind === 'date' && JA_SPAN_AFTER.test(text.slice(v.end, v.end + 4)) && !(/^(?:から|より)/.test(text.slice(v.end, v.end + 2)) && /(?:開始|始ま|始動|着手|スタート)/.test(text.slice(hit.start, hit.end + 2)))) continue;
    // 「1997年ガイドライン以来」: a date glued to a word in katakana names that thing (guidelines of 1997), no date of the cue.
    if (isJa && v.value.kind === 'date' && v.end !== hit.start && /^[\u30a1-\u30fa\u30fc]{2}/.test(text.slice(v.end, v.end + 2))) continue;
    // 「…が発足することを踏まえ、4月の首脳会談でも確認された」: a date after the cue written onto another gathering is that one's.
    if (isJa && v.value.kind === 'date' && v.start >= hit.end && JA_OTHER_GATHERING_AFTER.test(text.slice(v.end, v.end + 10))) continue;
    // 「現在の約240人から40人の増員となる」: a count of people added or cut is no headcount.
    if (isJa && v.value.kind === 'quantity' && JA_CHANGE_BY_AFTER.test(text.slice(v.end, v.end + 4))) continue;
    // 「要員を40人増やし、約280人とする案がある」: a count a plan would set is no headcount (the plan's is read by its own cue).
    if (isJa && v.value.kind === 'quantity' && decl.name === 'personnel' && JA_PLANNED_COUNT_AFTER.test(text.slice(v.end, v.end + 12))) continue;
    // (「約240人から40人の増員」: the count it grows from is no target either.)
    if (isJa && v.value.kind === 'quantity' && v.end <= hit.start && text.startsWith('から', v.end) && /[増減拡縮]/.test(text.slice(hit.start, hit.end))) continue;
    // "requested 7.7 trillion yen in August 2023, including 10.5 billion yen for setting up the JJOC": a cue after "for" is a
    // purpose; a date before it is the verb's the purpose is for.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_FOR_PURPOSE_BEFORE.test(text.slice(Math.max(0, hit.start - 5), hit.start))) continue;
    // "the three security documents would be revised by the end of 2026": a revision still to come is no date the documents have.
    if (!isJa && v.value.kind === 'date' && EN_REVISION_CUE.test(text.slice(hit.start, hit.end)) && EN_FUTURE_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) continue;
    // 「3月24日に統合作戦司令部が発足、同月30日に日米防衛相会談」: a date right after the cue's comma opens the next item
    // of a list, when the cue's own clause has a date before it.
    if (isJa && v.value.kind === 'date' && v.start >= hit.end && /^、\s*$/.test(text.slice(hit.end, v.start)) && values.some((o) => o !== v && o.value.kind === 'date' && o.end <= hit.start && hit.start - o.end <= 40 && !/[、。]/.test(text.slice(o.end, hit.start)))) continue;
    // "…; a year and a half earlier, on January 11, 2023, the same format had met in Washington": a cue whose subject is
    // another instance of the kind ("the same format") dates that one.
    if (!isJa && v.value.kind === 'date' && EN_SAME_KIND_BEFORE_CUE.test(text.slice(Math.max(0, hit.start - 40), hit.start))) continue;
    // A value may contain its cue ("300 personnel"), but not a name ("the 2+2").
    if (mentions.some((m) => overlaps(m, v))) continue;
    const bare = v.value.kind === 'quantity' && v.value.unit === undefined;
    // 「隊員たちの前を歩く一人の男性」: one person is no organisation's staff.
    if (v.value.kind === 'quantity' && decl.unit === 'persons' && v.value.amount === 1) continue;
    // 「図表II-4-2-5」, "Table 3.2": a number inside a reference's numbering counts nothing.
    if (bare && (/[A-Za-z0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][-‐－.．]$/.test(text.slice(Math.max(0, v.start - 2), v.start)) || /^[-‐－.．][0-9０-９]/.test(text.slice(v.end, v.end + 2)))) continue;
    // 「(3) 日米安全保障体制」, "(3) Alliance": a list item's number, at the start of its line, counts nothing.
    if (bare && LIST_NUMBER_BEFORE.test(text.slice(Math.max(0, v.start - 6), v.start)) && /^[)）]/.test(text.slice(v.end, v.end + 1))) continue;
    // 「4部から5部へ拡充」: a number counted in parts, chapters or cases is no headcount.
    // (「以下の5つ」: a count of things, つ, is no headcount either.)
    if (bare && isJa && (/^[\u4e00-\u9fff\u30a0-\u30ff]/.test(text[v.end] ?? '') || text[v.end] === 'つ') && !/^[人名]/.test(text[v.end] ?? '')) continue;
    // 「統合作戦司令部の規模は、約2万8500人の在韓米軍と比べれば」: a headcount joined by の to a name after the cue is that name's.
    if (isJa && v.value.kind === 'quantity' && v.start >= hit.end && mentions.some((m) => m.start >= v.end && /^(?:人|名)?の[「『]?$/.test(text.slice(v.end, m.start)))) continue;
    // 「全国に22万以上の隊員を持つ自衛隊にとって」: a headcount in a relative clause on a name after it is that name's.
    if (isJa && v.value.kind === 'quantity' && mentions.some((m) => m.start >= v.end && m.start - v.end <= 16 && JA_STAFF_HELD_BY_NEXT.test(text.slice(v.end, m.start)))) continue;
    if (v.value.kind === 'quantity' && !bare && decl.unit && v.value.unit !== decl.unit) continue;
    const [gs, ge] = gapBetween(hit, v);
    if (CLAUSE_BREAK.test(text.slice(gs, ge))) continue;
    // 「統合作戦司令部が約240人で発足したのに対し、2018年3月に…新編された」: a contrast opens another clause with its own values.
    if (isJa && JA_CONTRAST_BETWEEN.test(text.slice(gs, ge))) continue;
    // Another cue between them that takes a value of this kind governs it ("approved in 2022 …
    // established", 「2022年末に閣議決定された戦略で創設」); a title between them does not.
    // 「2025年3月末、統合作戦司令部の創設とタイミングを合わせる形で、…を開始した」: a date that opens
    // the sentence dates its predicate, not a cue used as a noun on the way.
    if (isJa && v.value.kind === 'date' && v.end <= hit.start && /^[との]/.test(text.slice(hit.end, hit.end + 1)) && /^(?:末|上旬|中旬|下旬|初め|頃|ごろ)?(?:に|には)?、/.test(text.slice(v.end, v.end + 6)) && /(?:^|[。\n])\s*$/.test(text.slice(Math.max(0, v.start - 4), v.start))) continue;
    // A Japanese cue used as a noun (「…の創設とタイミングを合わせる形で」) does not, for a date fronted before the sentence's predicate.
    // 「2025年3月24日、組織改編が行われ「統合作戦司令部」が発足した」: nor one in the continuative form that
    // chains its clause to the next; the date that opens the sentence dates the chain.
    const nominal = (o: CueHit) => isJa && (/^[とのをがは]/.test(text.slice(o.end, o.end + 1)) || continuative(text, o)) && frontedDate(text, v, hit);
    if (hits.some((o) => o !== hit && o.start >= gs && o.end <= ge && !o.properties.some((p) => hit.properties.includes(p)) && o.properties.some((p) => dataset.properties.get(p)?.type === v.value.kind) && !nominal(o))) continue;
    // 「防衛予算は約7.9兆円で、統合作戦司令部の関連経費も含まれる」, "the defense budget is about 7.9 trillion yen, including
    // costs related to the JJOC": a value that is the predicate of an earlier cue of its own kind is that cue's, not a later one's.
    // 「防衛関係費は過去最大の約7兆9496億円となり、統合作戦司令部の創設経費も…」: a Japanese sum that ends its own
    // clause as a predicate before the cue is that clause's.
    if (isJa && v.value.kind === 'money' && v.end <= hit.start && JA_CLAUSE_PREDICATE_AFTER.test(text.slice(v.end, v.end + 8))) continue;
    // 「自衛隊が1954年7月1日に創設されてから約70年後、統合作戦司令部が発足した」「宇宙作戦隊が2020年5月に新編されたことは、
    // …の創設につながる」: a date before a clause that ended into another (てから, ことは) is that clause's.
    if (isJa && v.value.kind === 'date' && v.end <= hit.start && JA_EARLIER_CLAUSE_BETWEEN.test(text.slice(v.end, hit.start))) continue;
    // 「韓国軍は2024年10月、日本の統合作戦司令部の発足より約半年早く、…を創設した」: an event named as a point of
    // comparison takes no date fronted before it; the date is the sentence's predicate's.
    // (「水陸機動団は2018年3月に約2100人で新編され、統合作戦司令部の発足より7年早く」: nor one of an earlier clause, past its comma.)
    if (isJa && v.value.kind === 'date' && v.end <= hit.start && JA_COMPARED_EVENT_AFTER.test(text.slice(hit.end, hit.end + 5)) && (/^(?:末|上旬|中旬|下旬|初め|頃|ごろ)?(?:に|には)?、/.test(text.slice(v.end, v.end + 6)) || /[、,]/.test(text.slice(v.end, hit.start)))) continue;
    // 「統合作戦司令部の創設は、2006年に…矢野一樹氏が提起した構想にさかのぼる」: a date in a relative clause with a subject of its own.
    if (isJa && v.value.kind === 'date' && v.start >= hit.end && JA_DATED_RELATIVE_AFTER.test(text.slice(v.end, v.end + 40))) continue;
    // 「統合作戦司令部が発足する前の2024年初めには」「発足した翌年の2026年」: a time told from the event, not the event's.
    // (「発足したのと同じ週の日曜日、2025年3月30日に」: a day in the same week, month or year as the event.)
    if (isJa && v.value.kind === 'date' && v.start >= hit.end && (JA_TIME_FROM_EVENT_BETWEEN.test(text.slice(hit.end, v.start)) || JA_SAME_TIME_AS_EVENT_BETWEEN.test(text.slice(hit.end, v.start)))) continue;
    // 「1954年の自衛隊発足から約70年で」: a date written onto another body's founding, used as a starting point.
    // (Not when that founding is the cue itself: 「2024年3月24日の統合作戦司令部発足から1年」 dates the cue's event.)
    const foundingFrom = isJa && v.value.kind === 'date' ? JA_OTHER_FOUNDING_FROM.exec(text.slice(v.end, v.end + 20)) : null;
    if (foundingFrom && !(hit.start >= v.end && hit.end <= v.end + foundingFrom[0].length)) continue;
    // 「前回の2023年1月の会合はワシントンで行われた」, "unlike the January 2023 meeting": a date written onto another
    // gathering, one no name of the dataset's covers, is that gathering's.
    if (v.value.kind === 'date' && (isJa ? JA_DATE_OF_GATHERING : EN_DATE_OF_GATHERING).test(text.slice(v.end, v.end + 12)) && !mentions.some((m) => m.start >= v.end && m.start - v.end <= 3)) continue;
    // "The defense budget, which included start-up funds for the JJOC, totaled about 7.95 trillion yen": a cue
    // inside a clause set off by commas takes no value past the clause's closing comma.
    // (A comma in a list inside the clause, "the SDF's ground, maritime and air branches in March", closes nothing.)
    if (!isJa && v.start >= hit.end && EN_CLAUSE_CLOSED_BY_VERB.test(text.slice(hit.end, v.start)) && EN_OPEN_CLAUSE_BEFORE.test(text.slice(Math.max(0, hit.start - 100), hit.start))) continue;
    // 「統合作戦司令部の発足は、英国PJHQの発足（1996年）より29年遅い」: a date in brackets after another founding word is that one's.
    if (isJa && v.value.kind === 'date' && v.start > hit.end + 1 && JA_OTHER_FOUNDING_BRACKET_BEFORE.test(text.slice(Math.max(0, v.start - 4), v.start))) continue;
    // 「隊員約110人を前に訓示した」: people spoken to, in front of whom something is done, are no headcount.
    if (isJa && v.value.kind === 'quantity' && /^(?:人|名)?を前に/.test(text.slice(v.end, v.end + 5))) continue;
    // 「陸上総隊（2018年発足）や…」: a date in brackets with its own founding word is the name's before the bracket.
    if (isJa && v.value.kind === 'date' && !(hit.start >= v.end && hit.start - v.end <= 1) && /[（(]$/.test(text.slice(Math.max(0, v.start - 1), v.start)) && JA_OWN_FOUNDING_IN_BRACKET_AFTER.test(text.slice(v.end, v.end + 6))) continue;
    // "Yoshida was Joint Staff chief from March 2023 until August 2025, covering … the launch of the JJOC": the end of a span
    // that the cue falls within is no date of the cue's event.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_SPAN_COVERING_AFTER.test(text.slice(v.end, v.end + 24))) continue;
    // "USFJ will create a new section of approximately 30 personnel to coordinate with the JJOC": a count of an unnamed unit is that unit's.
    if (!isJa && v.value.kind === 'quantity' && EN_COUNT_OF_UNIT_BEFORE.test(text.slice(Math.max(0, v.start - 50), v.start))) continue;
    // 「…の発足を伝える新聞各紙（2025年3月25日付朝刊）」: a newspaper's edition date is when it told of the event.
    if (isJa && v.value.kind === 'date' && /^付(?:け)?(?:の)?(?:朝刊|夕刊|紙面|新聞|号)/.test(text.slice(v.end, v.end + 5))) continue;
    // 「2022年12月に安保3文書が閣議決定され、2024年4月には国賓として訪米した」: a date past the cue's continuative comma, when
    // the cue's clause has its own date before it, is the next clause's.
    if (isJa && v.value.kind === 'date' && v.start >= hit.end && /^(?:され|し|れ)、/.test(text.slice(hit.end, hit.end + 4)) && values.some((o) => o !== v && o.value.kind === 'date' && o.end <= hit.start && hit.start - o.end <= 30 && !/[、。]/.test(text.slice(o.end, hit.start)))) continue;
    // "Unlike Britain's PJHQ, which has run operations since 1996, Japan's JJOC was set up …", "It was X, whose earlier terms ran
    // from 2001 to 2002, who was minister when the JJOC opened": a date inside a relative clause on another noun, closed by its
    // comma before the cue, is that clause's.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_RELATIVE_OPEN_BEFORE.test(text.slice(Math.max(sentenceStartOf(text, v.start), v.start - 120), v.start)) && /,/.test(text.slice(v.end, hit.start))) continue;
    // "While the Self-Defense Forces were born in 1954, the JJOC is a 2025 creation": a date in a fronted clause of contrast is that clause's.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_CONTRAST_OPENING.test(text.slice(sentenceStartOf(text, v.start), v.start)) && /,/.test(text.slice(v.end, hit.start))) continue;
    // "… the ministry has been there since 2000, and the JJOC was set up inside that compound": a date before a new clause
    // whose own subject, a name, is the cue's is the earlier clause's.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && newClauseSubjectBefore(text, v.end, hit.start, mentions)) continue;
    // "The Noto Peninsula earthquake struck with a magnitude of 7.6, and a year later, on January 1, 2025, Wajima held …":
    // a date past ", and" and a comma of its own opens the next clause, whose subject follows it.
    if (!isJa && v.value.kind === 'date' && v.start >= hit.end && EN_AND_THEN_FRONTED_DATE.test(text.slice(hit.end, v.start)) && /^,\s+(?:[A-Z]|the\s)/.test(text.slice(v.end, v.end + 6))) continue;
    // 「2025年3月11日、統合作戦司令部の発足は2週間後に迫っていた」「発足を2週間後に控えた」: a day counted down to the event is not its day.
    if (isJa && v.value.kind === 'date' && JA_COUNTDOWN_AFTER.test(text.slice(hit.end, hit.end + 20))) continue;
    // "the same fiscal 2024 budget put about 734 billion yen into stand-off defense capabilities": a sum put into something
    // no name of the dataset's stands for is that thing's, not the share the cue names.
    if (!isJa && v.value.kind === 'money' && v.start >= hit.end && EN_PUT_INTO_BEFORE.test(text.slice(Math.max(hit.end, v.start - 30), v.start)) && EN_INTO_AFTER.test(text.slice(v.end, v.end + 12)) && !mentions.some((m) => m.start >= v.end && m.start - v.end <= 60)) continue;
    // "with only about 20 members, a small fraction of the JJOC's headcount": a count set beside another's as a part of it is not that one's.
    if (!isJa && v.end <= hit.start && EN_PART_OF_OWNER_BEFORE.test(text.slice(Math.max(0, hit.start - 70), hit.start))) continue;
    // "… statement of January 11, 2023 welcomed Japan's decision to establish …": a date before a decision or plan to do the cue's act is another verb's.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_DECISION_TO_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start))) continue;
    // "When the JJOC was established, U.S. Forces Japan had been in existence since 1957", "Sixty years before the JJOC
    // was created, the … affair of 1965": a cue in a clause fronted before the main one takes no value past its comma.
    if (!isJa && v.start >= hit.end && EN_FRONTED_CUE_CLAUSE.test(text.slice(sentenceStartOf(text, hit.start), hit.start)) && /,/.test(text.slice(hit.end, v.start))) continue;
    // "Yasukazu Hamada, who was defense minister when the three security documents were adopted, handed over to Kihara in
    // September 2023": so is a cue in a clause of time inside the sentence.
    if (!isJa && v.value.kind === 'date' && v.start >= hit.end && EN_EMBEDDED_CUE_CLAUSE.test(text.slice(sentenceStartOf(text, hit.start), hit.start)) && clauseClosedBetween(text.slice(hit.end, v.start))) continue;
    // "X handed over to Y in December 2024, a few months before U.S. Forces Japan began its upgrade": a cue in a clause of time
    // after the date's comma is that clause's, undated.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_TRAILING_TIME_CLAUSE.test(text.slice(v.end, hit.start))) continue;
    // "The three security documents replaced guidelines last revised in 2018": a participle on another document noun is that one's.
    if (!isJa && v.value.kind === 'date' && v.start >= hit.end && /ed$/.test(text.slice(hit.start, hit.end)) && EN_OTHER_DOCUMENT_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start))) continue;
    // "Under the law enacted in May 2024, the ministry gained the power to set up a joint operations command": the law's date.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_DATED_INSTRUMENT_BEFORE.test(text.slice(Math.max(0, v.start - 60), v.start))) continue;
    // "On March 30, 2025, Hegseth praised the creation of the JJOC": a founding welcomed or praised is dated by the praise.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_NOUN_CUE.test(text.slice(hit.start, hit.end)) && EN_WELCOMED_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start))) continue;
    // "The JJOC, established 71 years after the Self-Defense Forces were founded in 1954": a date after a nearer cue of its own kind is that one's.
    if (!isJa && v.value.kind === 'date' && v.start >= hit.end && hits.some((o) => o !== hit && o.start >= hit.end && o.end <= v.start && o.properties.some((p) => hit.properties.includes(p)) && /\b(?:was|were|is|are|been|be)\s+$/i.test(text.slice(Math.max(hit.end, o.start - 6), o.start)))) continue;
    // (Not a date: 「…の設置は、令和4年12月に策定された…」 dates the verb after it.)
    if (v.value.kind !== 'date' && v.end <= hit.start && hits.some((o) => o !== hit && o.end <= v.start && o.properties.some((p) => dataset.properties.get(p)?.type === v.value.kind) && (isJa ? JA_VALUE_OF_TOPIC : EN_VALUE_OF_TOPIC).test(text.slice(o.end, v.start)))) continue;
    // 「…の設置は、令和4年12月に策定された安保3文書で」: a value right before a cue of its own kind is that cue's.
    if (v.start >= hit.end && hits.some((o) => o !== hit && o.start >= v.end && o.start - v.end <= 3 && /^(?:に|で|、)?$/.test(text.slice(v.end, o.start)) && !o.properties.some((p) => hit.properties.includes(p)) && o.properties.some((p) => dataset.properties.get(p)?.type === v.value.kind))) continue;
    // 「2024年2月9日に統合作戦司令部の設置が盛り込まれた法案が提出され」: a cue that is the object of
    // another verb (盛り込む, 決定する, 打ち出す) is no event of that day; the day is the other verb's.
    // 「…の新設が決定したのは昨年5月」: after it too, the date the other verb's.
    // Not a deadline aimed at (「2025年3月までに…の創設を目指す」): by when is the thing's own, not the aiming's.
    if (isJa && v.value.kind === 'date' && JA_CUE_AS_OBJECT.test(text.slice(hit.end, hit.end + 8)) && !(v.end <= hit.start && text.startsWith('までに', v.end) && JA_AIMED_AT.test(text.slice(hit.end, hit.end + 8)))) continue;
    if (isJa && v.value.kind === 'date' && v.end <= hit.start && JA_DATED_INSTRUMENT.test(stripNames(text, v.end, hit.start, mentions))) continue;
    // 「2023年9月　防衛省が、常設の統合司令部を2024年度末に創設する方針を発表」: a cue inside a plan announced takes no date
    // fronted before the plan's subject; that date is the announcement's (one right before the cue, 「3月に創設する方針」, is the plan's).
    if (isJa && v.value.kind === 'date' && v.end <= hit.start && JA_CUE_IN_PLAN_AFTER.test(text.slice(hit.end, hit.end + 12)) && /[、\u3000はが]/.test(stripNames(text, v.end, hit.start, mentions))) continue;
    // 「10日に設置に必要な改正法が成立」: a cue that only names what another thing is for dates nothing of its own.
    if (isJa && v.value.kind === 'date' && JA_CUE_AS_MODIFIER.test(text.slice(hit.end, hit.end + 10))) continue;
    if (isJa && v.value.kind === 'date' && v.end <= hit.start && JA_TIME_CLAUSE.test(stripNames(text, v.end, hit.start, mentions))) continue;
    // "The law was amended in May 2024 to create the JJOC", "Japan decided in December 2022 to establish it": a date of the
    // verb whose purpose the cue is, not of the cue's own event.
    if (!isJa && baseVerb && v.value.kind === 'date' && v.end <= hit.start && /^\s+to\s+$/.test(text.slice(v.end, hit.start)) && EN_DONE_ON_DATE_BEFORE.test(text.slice(Math.max(0, v.start - 30), v.start))) continue;
    // "The SDF Law has been amended many times since, including in 2024 to create the JJOC": the amendment's date, the verb further back.
    if (!isJa && baseVerb && v.value.kind === 'date' && v.end <= hit.start && /^\s+to\s+$/.test(text.slice(v.end, hit.start)) && EN_AMENDED_EARLIER.test(text.slice(sentenceStartOf(text, v.start), v.start))) continue;
    // "… were both amended in May 2024 to allow the JJOC's creation": likewise a purpose that lets the cue's event happen later.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_TO_ALLOW_BETWEEN.test(text.slice(v.end, hit.start)) && EN_DONE_ON_DATE_BEFORE.test(text.slice(Math.max(0, v.start - 30), v.start))) continue;
    // "The JJOC's creation was first floated in 2006", "its establishment was approved in 2024": a cue used as a noun, then another verb that dates it.
    if (!isJa && v.value.kind === 'date' && v.start >= hit.end && EN_NOUN_CUE_OTHER_VERB.test(text.slice(hit.end, v.start))) continue;
    // 「白書は2025年7月に閣議で報告され、統合作戦司令部の発足を紹介した」: a cue used as a noun, the object (を) of
    // another verb, is not dated by a date before a clause of its own, ended by a verb and a comma.
    if (isJa && v.value.kind === 'date' && v.end <= hit.start && text[hit.end] === 'を' && JA_VERB_CLAUSE_ENDED.test(text.slice(v.end, hit.start))) continue;
    // "The law creating the JJOC was enacted on May 10, 2024": a cue's participle on a law or a plan; the date after the
    // sentence's own verb is the law's.
    if (!isJa && v.value.kind === 'date' && v.start >= hit.end && /ing$/i.test(text.slice(hit.start, hit.end)) && EN_INSTRUMENT_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start)) && EN_FINITE_VERB.test(text.slice(hit.end, v.start))) continue;
    // "In May 2024, the Diet enacted the law creating the Joint Operations Command": before it too, the date is the law's verb's.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && /ing$/i.test(text.slice(hit.start, hit.end)) && EN_INSTRUMENT_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) continue;
    // "The Diet passed that bill in May 2024, clearing the way for the JJOC to be launched the following March": a date
    // before an infinitive with a subject of its own (for X to …), or before a cue dated relative to it, is another verb's.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && (EN_FOR_TO_BEFORE.test(text.slice(Math.max(v.end, hit.start - 80), hit.start)) || aroundCue().relativeTime)) continue;
    // "The JJOC's set-up funds were a small slice of Japan's 7.95 trillion yen defense budget": a value after the cue owned
    // by a possessive no name of the dataset covers is that owner's.
    // (So is one before a cue that names what it owns, no name between: "Japan's 7.95 trillion yen defense budget".)
    // (Not "Japan's 300-member JJOC": the cue before a name is that name's measure, the country its owner.)
    if (!isJa && v.value.kind !== 'date' && (v.start >= hit.end || !mentions.some((m) => (m.start >= v.end && m.end <= hit.start) || (m.start >= hit.end && m.start - hit.end <= 2)))) {
      const owner = EN_OTHER_POSSESSOR_BEFORE.exec(text.slice(Math.max(v.start >= hit.end ? hit.end : 0, v.start - 40), v.start));
      if (owner && !mentions.some((m) => m.end >= v.start - owner[0].length && m.end <= v.start - owner[0].length + owner[1]!.length)) continue;
    }
    // "The JJOC is funded from Japan's fiscal 2025 defense budget, which came to about 8.7 trillion yen", "the defense budget
    // of …": a sum told of a whole budget right before it is that budget's, not the share the cue names.
    // (Before the cue too: "…budget for fiscal 2025 reached a record of about 8.7 trillion yen, of which the JJOC's start-up costs were only a sliver".)
    if (!isJa && v.value.kind === 'money' && EN_WHOLE_BUDGET_BEFORE.test(text.slice(Math.max(0, v.start - 90), v.start))) continue;
    // 「…唱えられたのは2006年で、…氏が常設の統合司令部の創設を訴えた」「創設は2006年に初めて提案された」: a founding proposed or asked
    // for is dated by the proposal, not founded then.
    if (isJa && v.value.kind === 'date' && aroundCue().proposed) continue;
    // 「統合作戦司令部の創設には、2006年に統合運用体制へ移行してから約19年を要した」: a date after the cue in a clause that
    // goes on into another (してから, して以来) is that clause's.
    if (isJa && v.value.kind === 'date' && v.start >= hit.end && JA_CLAUSE_SINCE_AFTER.test(text.slice(v.end, v.end + 36))) continue;
    // 「在日米軍が創設されたのは昭和32年…で、統合作戦司令部の発足はその67年余り後のことだ」: a cue dated from another time takes no date.
    if (isJa && v.value.kind === 'date' && aroundCue().toldFromAnother) continue;
    // 「統合作戦司令部の発足は、2023年9月の防衛省の発表から1年半後のことだった」: a date a span is counted from is another event's.
    if (isJa && v.value.kind === 'date' && JA_COUNTED_FROM_DATE_AFTER.test(text.slice(v.end, v.end + 40))) continue;
    // 「各自衛隊に約22万人いる隊員」「庁舎には、…約1万人が勤務している」: people counted at a place or body named with に are its.
    // (Not the people of a name with such facts: 「統合作戦司令部には約300人が勤務」 counts the command's.)
    if (isJa && v.value.kind === 'quantity' && JA_COUNTED_THERE_AFTER.test(text.slice(v.end, v.end + 6))) {
      const from = Math.max(0, v.start - 40);
      const there = JA_THERE_BEFORE.exec(text.slice(from, v.start));
      const named = there ? mentions.find((m) => m.end === from + there.index || (m.end + 1 === from + there.index && /[」』]/.test(text[m.end] ?? ''))) : undefined;
      if (there && !(named && dataset.entities.get(named.entity)?.facts.some((f) => f.property === decl.name || familyOf(dataset.properties.get(f.property) ?? decl) === familyOf(decl)))) continue;
    }
    // 「防衛関係費約7兆9500億円のごく一部にすぎない」: the whole the cue's share is part of.
    if (isJa && v.value.kind === 'money' && JA_PART_OF_AFTER.test(text.slice(v.end, v.end + 8))) continue;
    // 「統合作戦司令部の創設経費に加え、スタンド・オフ防衛能力に約7340億円が充てられた」: what is added to the cue has the value after it.
    if (isJa && v.start >= hit.end && aroundCue().inAddition) continue;
    // 「2022年12月　安保3文書閣議決定 2023年9月　常設統合司令部の創設を発表」: a timeline's row that has its own date; dates after are the next rows'.
    if (isJa && v.value.kind === 'date' && v.start >= hit.end && aroundCue().ownRowDate) continue;
    // "2025年3月25日 06:00 ｜ 政治部 統合作戦司令部が発足": a date with its clock time and a bar is the page's byline, not the event's.
    if (v.value.kind === 'date' && BYLINE_AFTER.test(text.slice(v.end, v.end + 12))) continue;
    // 「日本では2024年度末に統合作戦司令部の設立、米国では2024年6月を目処にした…調査」: a value past a new setting (、Xでは) is that clause's.
    if (isJa && v.start >= hit.end && JA_NEW_SETTING_BETWEEN.test(text.slice(hit.end, v.start))) continue;
    // 「…に約7300億円が計上され、統合作戦司令部の新設関連経費とは別枠で扱われた」: a cue set apart (とは別) takes no value.
    if (isJa && aroundCue().setApart) continue;
    // "X on May 8 said that the plan to establish …": a date before a verb of saying is when it was said.
    if (!isJa && v.value.kind === 'date' && v.end <= hit.start && EN_SAID_BETWEEN.test(text.slice(v.end, hit.start))) continue;
    // 「豪州政府は2025年9月6日、…将校を…派遣していると発表した」: a state going on when it was announced; the date is the announcement's.
    if (isJa && v.value.kind === 'date' && v.end <= hit.start && ongoingWhenAnnounced(text.slice(hit.end, hit.end + 16), 0)) continue;
    // A cue in the verb's base form ("to establish", "will launch") states a date only as its
    // complement: "establish the JJOC by 2025", not "establish the JJOC date back to 2022".
    if (baseVerb && v.start >= hit.end && !BASE_VERB_GAP.test(stripNames(text, hit.end, v.start, mentions).replace(EN_DASH_ASIDE, ' ').replace(EN_FOR_FORCES, ' ').replace(EN_FORCES_TAIL, ' ').replace(EN_TO_COMMAND_FORCES, ' ').replace(EN_OVERSEEING, ' '))) continue;
    // A day alone (「10日」) is weak evidence: only right next to its cue (「24日に発足」「24日付で新編」).
    // 「24日、防衛省内に発足した…」: also a day that opens the sentence, when nothing but names and
    // particles stand between it and the cue.
    // 「来月19日に東京・市谷の防衛省内に発足」: also with where it happens between, names and particles only.
    // 「6日の閣議で、…を起用することを決めた」: the cabinet meeting's day, as with a full date below.
    const cabinetDay = isJa && /^の閣議/.test(text.slice(v.end, v.end + 3)) && /^(?:起用|指名|内定)/.test(text.slice(hit.start, hit.end));
    // 「政府は3月11日の閣議で、Xを新編することを決めた」: the day of the cabinet's decision, not of the founding it decided.
    if (isJa && v.value.kind === 'date' && hit.properties.includes('established') && /^の閣議/.test(text.slice(v.end, v.end + 3))) continue;
    // 「…240人体制で発足した(24日)」: a chronology's day in brackets closing the line is its verb's.
    const closingDay = isJa && v.start >= hit.end && /^(?:した|された|し|され|する|される)?[(（]$/.test(text.slice(hit.end, v.start)) && /^[)）][ \t\u3000]*(?:\r?\n|$)/.test(text.slice(v.end, v.end + 4));
    // 「19日午前0時から任務を開始した」: the day and hour a start is counted from.
    const startDay = isJa && v.end <= hit.start && JA_DAY_HOUR_FROM.test(text.slice(v.end, hit.start)) && /(?:開始|始動|スタート)/.test(text.slice(hit.start, hit.end));
    if (v.value.kind === 'date' && v.value.yearless && v.value.month === undefined && !cabinetDay && !closingDay && !startDay && !/^\s*(?:に|付で|付けで|、)?\s*$/.test(text.slice(gs, ge)) && !(isJa && openingDay(text, v, hit, mentions)) && !(isJa && v.end <= hit.start && JA_DAY_THEN_PLACE.test(stripNames(text, gs, ge, mentions)))) continue;
    // 「…の創設を柱とする改正案が10日に成立」: a value after a new subject (Xが, Xは) is that clause's.
    // A date in brackets closing a headline (「…が発足 …(2025年3月24日)」) dates all of it.
    if (isJa && v.start >= hit.end && /[\u4e00-\u9fff\u30a0-\u30ff」）)][がは]/.test(text.slice(gs, ge)) && !/^[(（]$/.test(text[v.start - 1] ?? '')) continue;
    let gap = ge - gs;
    // "launched the Self-Defense Forces Integrated Operations Command last February": a name between a verb in the
    // past and its value counts as one word, however long it is written (not after a noun: "in line with the
    // establishment of X last July" may date what the sentence's verb did).
    if (!isJa && v.start >= hit.end && EN_PAST_VERB_CUE.test(text.slice(hit.start, hit.end))) for (const m of mentions) if (m.start >= gs && m.end <= ge) gap -= m.end - m.start - 1;
    // "launch the new command — which will be in Ichigaya, staffed by 240 — by March 2025": an aside between dashes is left out.
    if (!isJa) gap -= EN_DASH_ASIDE.exec(text.slice(gs, ge))?.[0].length ?? 0;
    // 「2025年2月7日(日本時間8日未明)、…で行われ」: the same moment in another time zone, in brackets after the date, is left out.
    if (v.value.kind === 'date' && v.end <= hit.start) gap -= ZONE_GLOSS_AFTER.exec(text.slice(v.end, v.end + 32))?.[0].length ?? 0;
    // "approved by the National Security Council and the Cabinet in 2022": a passive's agent
    // stands between the verb and its date without taking the date.
    if (!isJa && v.start >= hit.end) gap -= EN_PASSIVE_AGENT.exec(text.slice(gs, ge))?.[0].length ?? 0;
    if (!isJa && v.start >= hit.end) gap -= EN_INCLUDING_ASIDE.exec(text.slice(gs, ge))?.[0].length ?? 0;
    // "establish a joint headquarters to command its ground, maritime and air forces by the end of
    // March": what the new command is for stands between the verb and its deadline.
    if (!isJa && v.start >= hit.end && v.value.kind === 'date') gap -= EN_TO_COMMAND_FORCES.exec(text.slice(gs, ge))?.[0].length ?? 0;
    // "establish a new joint headquarters for its armed forces by February": whose it is, likewise.
    if (!isJa && v.start >= hit.end && v.value.kind === 'date') gap -= EN_FOR_FORCES.exec(text.slice(gs, ge))?.[0].length ?? 0;
    // "established the JJOC to oversee three branches on March 24.": a purpose clause between the
    // verb and a date that ends the sentence; not when it names an event with a date of its own.
    if (!isJa && v.start >= hit.end && v.value.kind === 'date' && /^\s*(?:\.|$)/.test(text.slice(v.end, v.end + 2))) {
      const purpose = EN_PURPOSE.exec(stripNames(text, gs, ge, mentions));
      if (purpose && EN_EVENT_NOUN.test(purpose[0])) continue;
      if (purpose) gap -= purpose[0].length;
    }
    const limit = bare ? MAX_BARE_GAP : isJa ? MAX_GAP.ja : MAX_GAP.en;
    // "will be established at the Defense Ministry headquarters in Ichigaya, Tokyo on February 24":
    // where it happens, names and the words for a site only, stands between the verb and its date.
    if (gap > limit && !isJa && v.value.kind === 'date' && v.start >= hit.end && ge - gs <= MAX_EN_FRONTED_GAP && EN_PLACE_THEN_DATE.test(stripNames(text, gs, ge, mentions))) gap = limit;
    // 「防衛省は2025年3月、…を新設する。」: a date fronted before a comma, at the start or after
    // the topic, dates the sentence's last predicate.
    if (gap > limit && isJa && v.value.kind === 'date' && frontedDate(text, v, hit)) gap = limit;
    // 「そのうえで、今月19日に陸海空自衛隊を一元的に指揮する「統合作戦司令部」が発足した」: a day that opens the sentence, likewise.
    if (gap > limit && isJa && v.value.kind === 'date' && v.value.yearless && v.value.month === undefined && openingDay(text, v, hit, mentions)) gap = limit;
    // 「2025年3月24日に、陸海空自衛隊を一元的に指揮する統合作戦司令部を新設」「2022年末に…を閣議決定」: a date (or its end, its early part) marked に before
    // the cue, with names and case particles between and no predicate of their own, is the cue's.
    // 「2025年3月までに防衛省本庁のある東京・市ケ谷に240人態勢で創設」: までに too, and a place said by where something is.
    if (gap > limit && isJa && v.value.kind === 'date' && v.end <= hit.start && gap <= MAX_JA_ADVERBIAL_GAP && /^(?:末|上旬|中旬|下旬|初め|初旬)?(?:に|には|、|までに)/.test(text.slice(v.end, v.end + 5)) && (JA_NO_PREDICATE.test(text.slice(v.end, hit.start).replace(JA_WHERE_IT_IS, '')) || relativeBeforeObject(text, v.end, hit, mentions))) gap = limit;
    // "In December 2022, the government … approved …": a date fronted at the sentence's start
    // dates its main verb; "in December 2022, when the Cabinet revised …": the when-clause's verb.
    if (gap > limit && !isJa && v.value.kind === 'date' && v.end <= hit.start && gap <= MAX_EN_FRONTED_GAP && (frontedDateEn(text, v, hit) || EN_WHEN_CLAUSE.test(text.slice(v.end, hit.start)))) gap = limit;
    // "set up a joint command headquarters for the Self-Defence Forces’ ground, maritime and air units
    // by the end of March": a base-form cue's gap held only its object and names (checked above), however long.
    if (gap > limit && baseVerb && v.start >= hit.end && ge - gs <= MAX_EN_FRONTED_GAP) gap = limit;
    // 「3月11日の閣議において、…を起用する人事が決定」: the cabinet meeting's day is the appointment's.
    if (isJa && v.value.kind === 'date' && /^の閣議/.test(text.slice(v.end, v.end + 3)) && /^(?:起用|指名|内定)/.test(text.slice(hit.start, hit.end)) && !/。/.test(text.slice(Math.min(v.end, hit.end), Math.max(v.start, hit.start)))) gap = 0;
    if (gap > limit) continue;
    if (!best || gap < best.gap) best = { v, gap };
  }
  return best && { found: best.v, start: best.v.start, end: best.v.end };
}

/**
 * 「2025年3月24日に陸海空自衛隊を一元的に指揮する「統合作戦司令部」を新設」: between the date and
 * the cue, only a relative clause on the cue's object (a name marked を right before it), whose
 * verb is not the one the date goes with.
 */
function relativeBeforeObject(text: string, from: number, hit: CueHit, mentions: Mention[]): boolean {
  // 「…できる統合作戦司令部の創設を目指す」: the noun may be the cue's own, joined by の.
  const object = mentions.find((m) => m.start > from && m.end < hit.start && /^[」』]?[をの]$/.test(text.slice(m.end, hit.start)));
  if (object !== undefined && JA_RELATIVE_CLAUSE.test(text.slice(from, object.start))) return true;
  // 「本年3月24日、市ヶ谷において…を一元的に指揮する統合作戦司令部(以下、司令部)が新設された」: the same on the
  // subject, when the date is set off by a comma or by には (a date then に alone may be the relative clause's own):
  // 「3月24日には防衛省に陸海空自衛隊の部隊を一元的に指揮する「統合作戦司令部」が発足した」.
  const subject = mentions.find((m) => m.start > from && m.end < hit.start && /^[」』]?(?:[（(][^（）()]{0,20}[）)])?[がは]$/.test(text.slice(m.end, hit.start)));
  if (subject !== undefined && (text[from] === '、' || text.startsWith('には', from)) && JA_RELATIVE_CLAUSE.test(text.slice(from, subject.start))) return true;
  // 「令和7年3月24日に、陸海空自衛隊を一元的に指揮する常設組織として新編された」: a relative clause on what the subject is made as.
  return JA_RELATIVE_AS.test(text.slice(from, hit.start));
}
const JA_RELATIVE_AS = /^(?:に|には)?、[^。、「」]{0,40}(?:する|した|される|された)[^。、「」はが]{1,10}として$/;
// 「…を一元的に運用管理できる統合作戦司令部を」「部隊をまとめる…を」: a clause that ends in any verb's plain form before the noun.
const JA_RELATIVE_CLAUSE = /^(?:に|には|までに|、)[^。、「」]{0,40}(?:する|した|される|された|している|できる|[うくぐすつぬぶむる])[「『]?$/;

const MAX_EN_FRONTED_GAP = 160;
/** Between a date and the verb of the clause it introduces: ", when the Cabinet of Prime Minister X revised". */
// Abbreviations' dots ("U.S.", "Gen.") end no clause.
const EN_WHEN_CLAUSE = /^,?\s+when\s+(?:[^,;:.]|\b(?:U\.S|U\.K|Gen|Lt|Adm|Mr|Ms|Dr)\.){0,120}$/;

/**
 * "In December 2022, the government of Japan, led by …, approved": the date opens the sentence
 * (after "In", "On", "By") and is set off by a comma, and the cue is the first verb after the
 * subject: nothing between them but the subject's words and asides.
 */
function frontedDateEn(text: string, v: ParsedValue, hit: CueHit): boolean {
  if (!/^\s*,/.test(text.slice(v.end, v.end + 2))) return false;
  // "In December 2022,", "At a Cabinet meeting on March 11,": a short phrase of time or occasion opens the sentence.
  if (!/(?:^|[.!?]\s+|\n)\s*(?:(?:In|On|By|At|During|As of|Back in)\b[^,;:.!?]{0,40}?\s)?$/.test(text.slice(Math.max(0, v.start - 56), v.start))) return false;
  // The subject and its asides only: no verb of their own ("said", "which was").
  const between = text.slice(v.end, hit.start);
  return !/\b(?:which|who|that|said|says|had|has|have|was|were|is|are|will|would|later|then|afterwards|subsequently)\b|,\s+(?:and|but)\b/i.test(between);
}

/**
 * 「24日、…発足した」「先月24日、…設立された」「そのうえで、今月19日に…発足した」: a day at the
 * sentence's start (after a connective), set off by a comma or marked に, then the cue with no
 * predicate between. 「…が行われた19日、…発足した」: a clause that says which day it was may come before it.
 */
function openingDay(text: string, v: ParsedValue, hit: CueHit, mentions: Mention[]): boolean {
  const marker = /^(?:に、?|、)/.exec(text.slice(v.end, v.end + 2))?.[0];
  if (v.end > hit.start || hit.start - v.end > MAX_JA_ADVERBIAL_GAP || !marker) return false;
  const lead = text.slice(Math.max(0, v.start - 12), v.start);
  // A bullet may open the line (「★24日、…」).
  const opens = JA_DAY_OPENS.test(lead) || (marker === '、' && JA_DAY_OF_CLAUSE.test(lead));
  if (!opens) return false;
  // 「★24日、陸海空の各自衛隊を一元的に指揮する「統合作戦司令部」が発足した」: a relative clause on the subject between.
  if (JA_NO_PREDICATE.test(text.slice(v.end + marker.length, hit.start).replace(JA_WHERE_IT_IS, '')) || relativeBeforeObject(text, v.end + marker.length - 1, hit, mentions)) return true;
  // 「今月19日に陸海空自衛隊を一元的に指揮する「統合作戦司令部」が発足した」: a clause that says what the
  // subject does (not what it did that day) is no home for the day.
  // 「…統合作戦司令部が東京・市ケ谷に新設された」: where it happens may stand between the subject and its verb.
  const subject = mentions.find((m) => m.start > v.end && m.end < hit.start && JA_SUBJECT_THEN_PLACE.test(stripNames(text, m.end, hit.start, mentions)));
  return subject !== undefined && JA_DESCRIBING_CLAUSE.test(text.slice(v.end + marker.length, subject.start));
}

/** Between the subject and its verb: が or は, then at most a place made of names (「が 東京・市ケ谷に」「が防衛省のある 東京に」). */
const JA_SUBJECT_THEN_PLACE = /^[」』]?(?:[（(][^（）()]{0,20}[）)])?[がは](?:(?:[\s・の内]|のある)*[にで])?$/;

/** What an organisation does, as a relative clause on it: 「陸海空自衛隊を一元的に指揮する(防衛省・自衛隊の)「」. */
const JA_DESCRIBING_CLAUSE = /^[^。、「」]{0,40}(?:指揮|統括|運用|統合)する(?:[^。、「」]{0,12}の)?[「『]?$/;

/** Before a day that opens a sentence: its start, a bullet, a connective (those of JA_CONNECTIVE_OPENING); 先月/今月/同月. */
// 「防衛省は19日、」: after the sentence's topic too.
const JA_DAY_OPENS = /(?:^|[。\n「]|(?:そのうえで|その上で|また|一方|さらに|なお|これを(?:踏まえ|受け)て?|このため|そこで|その後|そして)、)\s*(?:[★☆■□●○◆◇▼▽※]\s*)?(?:[^\s、。「」]{1,16}は、?)?(?:先月|今月|同月)?$/;
/** 「2回戦が行われた19日、」: a clause that says which day it was, right before it. */
const JA_DAY_OF_CLAUSE = /[^\s、。]{2}(?:た|る)(?:先月|今月|同月)?$/;

const EN_PURPOSE = /\bto\s+(?:better\s+|further\s+)?[a-z]+(?:,?\s+(?:the|its|their|a|an|and|[a-z’'-]+)){0,9}\s+(?=(?:on|in)\s+$)/;
const EN_EVENT_NOUN = /\b(?:summit|meeting|talks|visit|election|exercises?|drills?|ceremony|conference|launch|deadline)\b/i;

// 「2025年3月までに…創設」 (by then) dates the event as "by March 2025" does; 「2022年まで」 (until) opens a span.
const JA_SPAN_AFTER = /^(?:(?:当時|頃|ごろ)?(?:以降|以来|から|より)|まで(?!に)|以前)/;
/** Between a day and a start: the hour, then から (「午前0時から」). */
const JA_DAY_HOUR_FROM = /^(?:(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?)?(?:から|より)$/;
// 「…の創設は当然だとして」: a cue judged, not told as done, is no event of that day either.
// (「…の創設はまだ検討の段階にあった」: an adverb of time between; 「…の発足を歓迎した」: welcomed, the day the welcome's.)
const JA_CUE_AS_OBJECT = /^(?:が|を|も|は)(?:まだ|いまだ|未だ|なお|引き続き|現在も?|今も)?(?:歓迎|評価|称賛|支持|盛り込|決定|合意|了承|決ま|決め|閣議決定|発表|表明|検討|打ち出|明記|公表|承認|可決|成立|提出|議論|協議|審議|求め|目指|提言|要望|当然|必要|不可欠|急務|妥当|不要|欠かせ)/;
/** Between a date and the cue: a law, plan or decision of that date the cue's act rests on (「2024年5月に成立した改正法に基づいて設置」「…の閣議決定により」). */
const JA_DATED_INSTRUMENT = /^(?:に[^。、]{0,6}?(?:成立|施行|公布|制定|改正|策定|閣議決定|決定|可決|採択|署名|合意)(?:し|され)た|の)[^。、]{0,24}?(?:法|法律|法案|改正法|改正|計画|戦略|文書|決定|合意|方針)(?:に基づ(?:いて|き|く)|により|によって|を受けて|を根拠に)/;
/** The cue as the object of aiming or planning (「創設を目指す」「新設を予定」). */
const JA_AIMED_AT = /^(?:を|も)(?:目指|予定|計画)/;
/** After a cue used as what another thing is for: 「設置に必要な改正法」「創設に向けた準備」「新設のための予算」. */
/** After a cue: it is what a plan or a policy announced is to do (「する方針を発表」「する計画を決定」). */
const JA_CUE_IN_PLAN_AFTER = /^(?:する|させる|される)(?:方針|計画|考え|意向|構想)を(?:発表|表明|公表|決定|固め|示し|明らかに)/;
const JA_CUE_AS_MODIFIER = /^(?:に必要な|のために必要な|のための|に向けた|に向けての|に関する|に係る|を定めた|を盛り込んだ)/;
/** 「2006年に誕生した時から…発足の話」: a date in a clause of time with its own verb is that verb's. */
const JA_TIME_CLAUSE = /(?:た|る)(?:時|とき|際|ころ|頃)(?:から|に|は|まで|、)?/;

/** A passive's agent right after its verb: "by Japan's National Security Council and Cabinet", no number in it. */
// "approved by the former administration of Prime Minister X in 2022": a government told by its leader is an agent too.
const EN_PASSIVE_AGENT = /^\s+by\s+(?:(?:the|its|and|of|former|then|then-|current|administration|government|cabinet|[A-Z][\w.’'-]*)\s+){0,10}[A-Z][\w.’'-]*(?=\s+(?:in|on|at)\s+$)/;
/** "approved three documents, including the National Security Strategy, in December 2022": the members an object includes, set off by commas. */
const EN_INCLUDING_ASIDE = /,\s+(?:including|such\s+as)\s+[^,;:()]{1,80},\s/;

/** Between a Japanese date and its verb: names and case particles, no predicate (no verb or adjective ending). */
export const JA_NO_PREDICATE = /^(?:[^\u3040-\u309f。]|[のでとにをがはへやも]|まで|など|および|ならびに|及び|並びに|との間|における|において|にて|から|に関する|に関わる|に係る|についての|新たに|新たな|正式に|既に|すでに|初めて|およそ|おおよそ|おおむね|ほぼ)*$/;
const MAX_JA_ADVERBIAL_GAP = 80;
/** 「防衛省本庁のある東京・市ケ谷」: where a place is, told by what is there; no predicate of the sentence. */
const JA_WHERE_IT_IS = /[のが]ある(?=[\u4e00-\u9fff\u30a0-\u30ff])/g;

/** A connective that opens a sentence, then its comma: 「これを踏まえ、」「その上で、」「一方、」 (the connectives JA_DAY_OPENS allows too). */
const JA_CONNECTIVE_OPENING = /(?:^|[。\n])\s*(?:そのうえで|その上で|また|一方|さらに|なお|これを(?:踏まえ|受け)て?|このため|そこで|その後|そして)、\s*$/;

/** A Japanese cue in its continuative form (「行われ、」「開催され「…」」), its clause chained to the next one. */
function continuative(text: string, o: CueHit): boolean {
  const own = /[れしきりい]$/.test(text.slice(o.start, o.end)) ? '' : /^(?:され|し)/.exec(text.slice(o.end, o.end + 2))?.[0];
  return own !== undefined && /^(?:、|[「『\u4e00-\u9fff\u30a1-\u30fa])/.test(text.slice(o.end + own.length, o.end + own.length + 1));
}

/** A Japanese date fronted before a comma (at the start, or after Xは) and a cue that is the predicate. */
/** A short topic right after a date, with no comma: 「(令和4年12月)政府は」. */
const JA_GLUED_TOPIC = /^[\u4e00-\u9fff\u30a0-\u30ff]{1,8}[はが](?![はがのにをと])/;

function frontedDate(text: string, v: ParsedValue, hit: CueHit): boolean {
  // 「2011年3月11日午後2時46分、」: the hour of that day may follow it.
  // 「令和4年12月政府は…を閣議決定」: the topic glued to a date that opens the sentence, no comma between.
  const glued = JA_GLUED_TOPIC.test(text.slice(v.end, v.end + 12)) && /(?:^|[。\n])\s*$/.test(text.slice(Math.max(0, v.start - 4), v.start));
  // (「16時10分(JST)に、」: the time's zone in brackets too.)
  // (「令和7年3月30日(日)9時50分から約85分間、」: a readout's weekday, starting time and length.)
  if (v.end > hit.start || !(glued || /^(?:末|上旬|中旬|下旬|初め|頃|ごろ|(?:[（(][月火水木金土日](?:曜日?)?[）)])?(?:(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?(?:[0-9０-９]{1,2}秒)?(?:頃|ごろ)?(?:[(（](?:JST|日本時間|現地時間|UTC)[)）])?(?:から(?:約?(?:[0-9０-９]{1,2}時間)?(?:[0-9０-９]{1,3}分間?)?)?)?)?)?(?:に|には|付で|までに)?、/.test(text.slice(v.end, v.end + 30)))) return false;
  const lead = text.slice(Math.max(0, v.start - 20), v.start);
  // 「日米両政府は、6月28日、…を開催し」: the topic may be set off by its own comma.
  // 「これを踏まえ、2025年3月に、…を設置した」: so may a connective that opens the sentence.
  // (A line may open with a glossary's colon or a bullet: 「:2011年3月11日14時46分、」.)
  if (!/(?:^|[。\n]|[^\s]は、?)[\s:：・•]*$/.test(lead) && !JA_CONNECTIVE_OPENING.test(lead)) return false;
  // The cue is the predicate: it ends the sentence (する, された, する予定だ) or its first clause
  // (「…が発足し、…」).
  // (An encyclopedia's citation marks are not words: 「…で発生した内陸地殻内地震[20]。」.)
  const after = text.slice(hit.end, hit.end + 28).replace(/\[[^\]\n]{0,12}\]/g, '').slice(0, 16);
  const end = after.indexOf('。');
  // 「…を東京都内で開き、…方針を明らかにした」: a cue in its own continuative form ends the first clause too.
  // (「…会談を行ったところ、概要は以下のとおりです。」: a readout's formula ends the clause.)
  return (end >= 0 && end <= 10) || /^(?:さ)?(?:し|れ|され)、/.test(after) || /^[っい]?(?:た|ました)ところ、(?:その)?概要は/.test(after) || (/^、/.test(after) && /[きしりいめれけ]$/.test(text.slice(hit.start, hit.end)));
}

/** Right before a date: a founding word and an opening bracket (「…の発足（」). */
const JA_OTHER_FOUNDING_BRACKET_BEFORE = /(?:発足|創設|設立|新編|設置|開設|創立)[（(]$/;
/** After a date in brackets: its own founding word and the bracket closed (「2018年発足）」). */
const JA_OWN_FOUNDING_IN_BRACKET_AFTER = /^(?:に)?(?:発足|創設|設立|新編|設置|開設|創立)[）)]/;
/** After a date: a participle of what the span up to it covered (", covering", ", including", ", spanning"). */
const EN_SPAN_COVERING_AFTER = /^,\s+(?:covering|including|spanning|which\s+(?:covered|included|saw))\b/i;
/** Before a count: an unnamed unit it counts ("a new section of approximately", "a team of about"). */
// (Not "the relatively small unit of 360 personnel": a definite description may stand for the name told of.)
const EN_COUNT_OF_UNIT_BEFORE = /\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:section|team|unit|cell|office|group|detachment|contingent|element|squad|delegation|division|department)\s+of\s+(?:(?:about|approximately|around|some|roughly|nearly|up\s+to)\s+)?$/i;
/** Earlier in the sentence than a date: a law or plan changed ("has been amended", "was revised"). */
const EN_AMENDED_EARLIER = /\b(?:amended|revised|enacted|passed|approved|adopted)\b/i;
/** Before a date: a relative clause on another noun opened by its comma and not yet closed ("…, which has run operations since"). */
const EN_RELATIVE_OPEN_BEFORE = /,\s+(?:which|who|whose|where)\b[^,;()]*$/i;
/** A sentence that opens on a clause of contrast or likeness, up to a date in it ("While the SDF were born in", "Unlike X, which …"). */
const EN_CONTRAST_OPENING = /^[\s"“]*(?:While|Whereas|Although|Though|Unlike|Like|Just\s+as)\b[^;]*$/;
/** A boundary of clauses: ", and", ", but", ", while", ", whereas" or a semicolon. */
const EN_CLAUSE_JOINT = /(?:,\s+(?:and|but|while|whereas|yet)|;)\s+/g;
/** After a name that opens a new clause, up to its cue: a passive or perfect auxiliary ("was", "has been"). */
const EN_SUBJECT_THEN_AUXILIARY = /^\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+(?:[a-z]+ly\s+)?$/;

/** Between a date and a cue: a clause boundary, then a name of the dataset's as the cue's own subject. */
function newClauseSubjectBefore(text: string, from: number, to: number, mentions: Mention[]): boolean {
  if (to - from > 160) return false;
  const between = text.slice(from, to);
  EN_CLAUSE_JOINT.lastIndex = 0;
  for (let j = EN_CLAUSE_JOINT.exec(between); j; j = EN_CLAUSE_JOINT.exec(between)) {
    const at = from + j.index + j[0].length;
    const subject = mentions.find((m) => m.start >= at && m.start - at <= 4 && /^(?:the\s+)?$/i.test(text.slice(at, m.start)) && m.end <= to);
    if (subject && EN_SUBJECT_THEN_AUXILIARY.test(text.slice(subject.end, to))) return true;
  }
  return false;
}

const EN_DASH_ASIDE = /\s[—–]\s[^—–]{1,200}?\s[—–]\s/;
/** Between a date and a later cue: a verb of saying, whose time the date is. */
/** Before a cue: an infinitive with its own subject ("for the JJOC to be launched", "for it to open"). */
const EN_FOR_TO_BEFORE = /\bfor\s+(?:the\s+|its\s+|a\s+)?(?:[\w.'’-]+\s+){0,5}?to\s+(?:be\s+)?$/i;
/** After a cue: a time told from another ("the following March", "a year later", "later that year"). */
const EN_RELATIVE_TIME_AFTER = /^\s+(?:(?:in|by)\s+)?(?:the\s+(?:following|next)\s+(?:year|month|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)|(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?)\s+later|later\s+(?:that|the\s+same)\s+(?:year|month))\b/i;
/** Right before a value: a capitalised possessor ("Japan's 7.95 trillion yen", "the ministry's about 300"), its name in group 1. */
const EN_OTHER_POSSESSOR_BEFORE = /\b([A-Z][\w.-]*)['’]s\s+(?:(?:roughly|about|some|nearly|almost|around|approximately|over|more\s+than)\s+)?$/;
/** A clause of contrast set off by a comma ("…, while USFJ …", ", whereas", ", but"). */
const EN_CONTRAST_CLAUSE = /,\s*(?:while|whereas|but|although|though)\s/i;
/** After a Japanese cue used as a noun: what proposes or asks for it (「を訴えた」「は…提案された」「を求める」). */
const JA_PROPOSED_AFTER = /^(?:を|が|は|について)[^。、]{0,12}?(?:訴え|提案|提言|主張|求め|要望|要求|唱え|提起)/;
/** After a date: its clause's verb going on into another (「…に移行してから」「…して以来」). */
const JA_CLAUSE_SINCE_AFTER = /^[^。、]{0,30}?(?:し|され|れ)て(?:から|以来)/;
/** After a headcount: people who are, or work, there (「人いる」「人が勤務」). */
const JA_COUNTED_THERE_AFTER = /^(?:人|名)?(?:が)?(?:いる|在籍|所属|勤務|働)/;
/** Before a headcount, in its clause: the place or body they are at, named with に (「各自衛隊に約」「庁舎には、…を含め約」). */
const JA_THERE_BEFORE = /に(?:は)?、?[^。、]{0,30}?(?:約|およそ|計)?$/;
/** After a sum: the whole it stands for, of which the cue's is a part (「のごく一部」). */
const JA_PART_OF_AFTER = /^(?:円)?の(?:ごく|ほんの)?(?:一部|一端)/;
/** After a cue: something added to it, which the later value is of (「に加え、」「のほか、」). */
const JA_IN_ADDITION_AFTER = /^(?:に加え(?:て)?|のほか|以外にも)、?/;
/** Before a cue, in its line: a timeline row's own date and its wide space (「2022年12月　安保3文書閣議決定」). */
export const JA_ROW_DATE_BEFORE = /(?:^|\s)[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?\u3000[^\u3000]{0,30}$/;
/** Right before a cue: another instance of the kind as its subject ("the same format had", "a similar meeting was"). */
const EN_SAME_KIND_BEFORE_CUE = /\b(?:the\s+same|a\s+similar|another|a\s+previous|the\s+previous|an\s+earlier|the\s+last)\s+(?:format|forum|framework|meeting|talks|dialogue|session|gathering|summit|round)\s+(?:(?:had|has|was|were|is|had\s+been|also|first|last)\s+)*$/i;
/** Right before a cue: "for", making it a purpose ("for setting up"). */
const EN_FOR_PURPOSE_BEFORE = /\bfor\s+$/i;
const EN_REVISION_CUE = /^revis/i;
/** Right before a cue: a time still to come ("would be", "is to be", "are set to be"). */
const EN_FUTURE_BEFORE = /\b(?:will|would|shall|(?:is|are)\s+(?:set\s+|expected\s+|scheduled\s+|due\s+)?to|plans?\s+to|aims?\s+to|intends?\s+to)\s+(?:be\s+)?$/i;
/** Right after a date: its time-zone gloss in brackets (「(日本時間8日未明)」, "(Japan time)"). */
const ZONE_GLOSS_AFTER = /^\s?[（(](?:日本時間|現地時間|米東部時間|米国東部時間|米国時間|ハワイ時間|Japan\s+time|local\s+time|JST)[^（）()]{0,20}[)）]/i;
/** After a date: a clock time and a bar, a byline's (「2025年3月25日 06:00 ｜ 政治部」). */
const BYLINE_AFTER = /^\s*[0-9０-９]{1,2}[:：][0-9０-９]{2}\s*[｜|]/;
/** After a cue: its time told from another (「はその67年余り後」「はそれから半年後」). */
const JA_TOLD_FROM_ANOTHER_AFTER = /^(?:は|が|も)?(?:その|それから|それより|同)[^。、]{0,8}?(?:後|前|のち)/;
/** After a date: it is what a span is counted from (「2023年9月の防衛省の発表から1年半後」「2023年9月から1年半後」). */
const JA_COUNTED_FROM_DATE_AFTER = /^(?:の[^。、]{0,24}?)?(?:から|より)(?:約|およそ|わずか)?[0-9０-９一二三四五六七八九十数]+(?:年|か月|ヶ月|カ月|箇月|週間|日)(?:半|余り)?(?:後|前|のち)/;
/** Between a cue and a value: a comma and a new setting as topic (「、米国では」「、一方で」). */
const JA_NEW_SETTING_BETWEEN = /、[^、。「」]{1,10}(?:では|でも)、?/;
/** After a Japanese cue: what sets it apart from the value (「とは別枠」「とは異なり」「とは違って」). */
const JA_SET_APART_AFTER = /^(?:と|とは)(?:別|異な|違)/;
/** A cue that is the verb "replace" in any form: its value is its object, after it. */
const EN_REPLACE_VERB = /^(?:(?:will|would|to)\s+)?replac(?:e|es|ed|ing)$/i;
/** Right before a cue's participle: a law, a bill or a plan it belongs to ("the law creating", "a bill establishing"). */
const EN_INSTRUMENT_BEFORE = /\b(?:law|bill|legislation|act|amendment|plan|proposal|decision|ordinance|measure|revision|order)s?\s+$/i;
/** A finite verb of the sentence, or what is done to a law (passed, enacted). */
const EN_FINITE_VERB = /\b(?:was|were|is|are|been|passed|enacted|approved|adopted|submitted|signed|promulgated)\b/i;
const EN_SAID_BETWEEN = /\b(?:said|says|told|stated|announced|argued|claimed|warned|noted|insisted|stressed|declared|criticized|criticised|disclosed|revealed|explained)\b/;
/** A cue that is a verb in the past ("launched the", "established", "set up"). */
const EN_PAST_VERB_CUE = /(?:ed|ed the|set up|stood up)$/i;
/** After a cue used as a noun: its own passive verb of talk or decision ("was first floated in", "was approved on"). */
const EN_NOUN_CUE_OTHER_VERB = /^\s+(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|formally\s+|officially\s+)?(?:floated|proposed|discussed|debated|considered|suggested|mooted|envisioned|envisaged|decided|approved|announced|recommended|called\s+for)\s+(?:in|on|as\s+early\s+as)\s+$/i;
/** Between a date and a cue: a purpose that lets it happen ("to allow the JJOC's", "to pave the way for the"). */
const EN_TO_ALLOW_BETWEEN = /^\s+to\s+(?:allow|enable|permit|make\s+way\s+for|pave\s+the\s+way\s+for)\s+(?:the\s+|its\s+)?(?:[\w.'’-]+\s+){0,4}?$/i;
/** Before a date: a verb in the past tense, then in or on ("amended in", "decided on"). */
// ("approved a bill in February 2024 to create": its object between.)
const EN_DONE_ON_DATE_BEFORE = /\b[a-z]{3,}ed\s+(?:(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,2}?)?(?:in|on)\s+$/;
const BASE_VERB_CUE = /^(?:establish|launch|will launch|to launch|stand up|set up|create)$/i;

const BASE_VERB_GAP = /^(?:\s|[()（）]|the|a|an|new|its|their|officially|formally|in|by|on|at|end|of|the end of|early|late|mid|next|this|coming|as early as|fiscal\s+year\s+\d{4}|no later than|before|permanent|joint|standing|operations|command|headquarters|unit)*$/i;

/** What the new command is for, between it and its date: "for its forces", "for the Self-Defence Forces' ground, maritime and air units". */
/** What is left of that aside once a description of the command took its start: "’ ground, maritime and air units". */
const EN_FORCES_TAIL = /^\s*['’]s?(?:\s+[a-z-]+,?){0,5}?\s+(?:units|forces|troops|services)\b/i;
// "for the Self-Defence Forces’ ground, maritime and air units": a word may end in a possessive; "of its forces" too
// (not "of Japan's Self-Defense Forces X Command", a name).
const EN_FOR_FORCES = /\bof\s+its\s+(?:own\s+)?(?:armed\s+)?(?:forces|units|troops|military)\b|\bfor\s+(?:its|the|their|japan['’]s|the\s+country['’]s)(?:\s+(?:[a-z-]+(?:['’]s?)?|['’]s?),?){0,6}?\s+(?:forces|units|troops|military|services|SDFs?|Self-Defense\s+Forces)\b/i;

/**
 * Between a day and its cue: に or 、, then only where (names, の, 内, で, に): 「19日に東京・市谷の防衛省内に」
 * 「19日、東京・市谷の防衛省で」; 「19日にも東京の市谷に240人規模で」: as early as that day, and its size.
 */
const JA_DAY_THEN_PLACE = /^(?:にも|に|、)(?:\s|・|の|内|で|に)*(?:(?:約|およそ)?[0-9０-９,，]{1,6}人(?:規模|体制|態勢)?で)?$/;

/** A place phrase before a date: " at the  headquarters in  ,  on " once the names are left out. */
const EN_PLACE_THEN_DATE = /^\s+(?:(?:officially|formally)\s+)?(?:at|in|inside|within)\s+(?:the\s+)?(?:[\s,]|(?:at|in|the|headquarters|compound|premises|grounds|base|building|site)\b|[A-Z][\w.’'-]*)*\s(?:on|in)\s+$/;

/**
 * What a new command does, as a participle, once the names are left out: "a permanent joint command
 * overseeing the Ground, Maritime and [Air Self-Defense Forces] by the end of February".
 */
const EN_OVERSEEING = /\b(?:overseeing|commanding|controlling|unifying|integrating|directing)\s+(?:(?:the|its|all|three|japan['’]s)\s+)*(?:(?:[A-Z][\w-]*|and|&),?\s+){0,8}(?:(?:forces|units|troops|branches|services)\b)?/;

/** What a new command is to do, between it and its date: "to command its ground, maritime and air forces", "to oversee the three services". */
const EN_TO_COMMAND_FORCES = /\bto\s+(?:centrally\s+|jointly\s+|unify\s+and\s+)?(?:command|oversee|unify|integrate|lead|control|direct|coordinate)\s+(?:(?:the|its|their|japan['’]s|all|three|[a-z-]+)(?:['’]s)?,?\s+){0,8}?(?:forces|units|troops|branches|services)\b/i;

/** `text[from, to)` with the names in it left out. */
function stripNames(text: string, from: number, to: number, mentions: Mention[]): string {
  let out = '';
  let at = from;
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    out += text.slice(at, m.start) + ' ';
    at = m.end;
  }
  return out + text.slice(at, to);
}

// What may stand between a person-valued cue and the name it introduces, after removing
// parentheses and ages: "commander, Gen. X", "X, 59, who became the first commander", "X was
// appointed as the inaugural commander", "X (center), who was recently appointed as Commander", "the
// assignment of X to the post of commander".
const EN_NAME_FILLER = /^(?:\s|,|:|—|–|-|\([a-z][a-z ]{0,24}\)|\([A-Z]{2,12}\)|\d{1,3}(?:st|nd|rd|th)?|steps|stepped|into|['’]s|took over|again|jr\.|sr\.|iii|mr\.?|ms\.?|mrs\.?|dr\.?|hon\.|honorable|h\.\s?e\.?|his\s+excellency|japan|japanese|the|a|an|its|his|her|their|japan['’]s|country['’]s|nation['’]s|u\.s\.|us|new|next|first|commander|command|authority|operational|control|inaugural|initial|incoming|current|newly|recently|just|top|military|senior|as|is|was|were|will|be|been|being|has|have|had|became|becomes|become|assumed|assumes|took|takes|appointed|named|tapped|nominated|selected|chosen|installed|appointment|nomination|confirmation|selection|serve|serves|served|serving|returns|returned|returning|officially|formally|office|head|to|post|position|role|of|who|by|lt\.|gen\.|adm\.|vice|lieutenant|general|admiral|air|force|ground|maritime|self-defense|sdf|asdf|gsdf|msdf|navy|army|marine|corps)*$/i;
// 「司令官を務める山田陸将」「初代司令官の重責を担う山田空将」: a present-tense clause that holds the post
// modifies the name after it; so does the post held before (「初代司令官には統合幕僚副長だった山田空将が着任」). (「作戦指揮権は現在、…が持つ」: a word of now between.)
const JA_NAME_FILLER = /^(?:・(?:米|英|豪|在日)?[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,12}$|[（(]$|[ \t\u3000\u00a0、・＝=:：「」|｜]|である|には|では|に|は|が|を|の|として|も|初代|第[0-9０-９一二三四五六七八九十百]{1,4}代|現在|現時点で|新|現|次期|日本国|氏|空将|陸将|海将|(?:海軍|陸軍|空軍|海兵隊|空軍)?(?:大将|中将|少将)|提督|(?:衆議院|参議院|衆院|参院)?議員|(?:前|元)[\u4e00-\u9fff]{2,10}・|(?:任命|就任|起用|着任|指名|抜擢|内定)(?:され|し|する|される)?(?:た|る)?|決ま(?:った|る)|な(?:る|った)|(?:注目|期待)を(?:集める|集めている|集めた)|(?:注目|期待)(?:される|されている)|就(?:いた|いている|く)|人物(?:が|は)|[\u4e00-\u9fff]{1,14}?(?:担当大臣|大臣|長官)(?=[、に])|(?:の(?:重責|重任|任|職|ポスト)を|を)(?:担う|担っている|務める|務めている)|[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,14}(?:だった|であった)|(?:[^、。「」]{1,14}の))*$/;

/** Between a cue of where and a place: an address's narrower parts, each a capitalised name and a comma ("Shinjuku, ", "Shinjuku Ward, "). */
const EN_ADDRESS_PARTS = /^\s*(?:(?:in|at)\s+)?(?:[A-Z][\w’'-]*(?:-(?:ku|shi|cho|machi))?(?:\s+(?:Ward|City|District))?,\s+){1,2}$/;

/** After a place: the organisation is there (「市ヶ谷にある」「東京都新宿区にあり」「市ヶ谷に所在する」). */
// The rest of an address may come first (「東京都」 then 「新宿区市ヶ谷にある」).
const JA_IS_AT_AFTER = /^[\u4e00-\u9fff\u30a0-\u30ff・]{0,12}?に(?:ある|あり|所在|位置)/;

/** Right before a name after its cue: where its headquarters is (「米ハワイに司令部がある」). */
// 「ハワイにあるインド太平洋軍司令部」: where it is, said the short way.
const JA_SEAT_BEFORE_NAME = /(?:米)?[^、。「」\s]{1,12}に(?:(?:司令部|本部|本拠|拠点)(?:が|を)(?:ある|置く|置いている)|ある)$/;
/** Between a name and its post: a relative clause whose pronoun took the post ("…, who … since he became"). */
const EN_WHO_SINCE_BECAME = /^,\s+who\s+[^;:()]{0,120}?\s(?:since|after|when)\s+(?:he|she)\s+(?:became|was\s+(?:appointed|named)(?:\s+as)?)\s+(?:(?:the|a|Japan['’]s)\s+)?$/;
/** After a cue, before a name: the cue's own verb and a comma ("took office, ", "assumed command in May, "). */
const EN_CLAUSE_THEN_NAME = /^\s+(?:took|takes|assumed|assumes|became|becomes)\s+(?:office|command|charge|over|the\s+post)\b[^,;]*,\s*$/i;

/** After an organisation's name: one of its members by rank ("an Air Self-Defense Force general"), not its head. */
const EN_MEMBER_AFTER = /^\s+(?:general|admiral|officer|colonel|lieutenant|captain|major|pilot|member|soldier|sailor|airman|airmen|troops|personnel)s?\b/i;
/** A rank right after a name: the name is a service branch in a title ("Air Self-Defense Force Lt. Gen."). */
const EN_RANK_AFTER = /^\s+(?:Lt\.|Lieutenant|Gen\.|General|Adm\.|Admiral|Vice|Rear|Maj\.|Major|Col\.|Colonel)(?:\s|$)/;

/** "the Hawaii-based …", "the Tokyo-headquartered …": where the named organisation is, glued before its name. */
const EN_SEAT_BEFORE_NAME = /\b[A-Z][A-Za-z]+-(?:based|headquartered)\s+$/;
/** The same glue right after the place's own mention. */
const EN_SEAT_GLUE = /^-(?:based|headquartered)\s+$/;
/** A name's appositive before its verb: ", vice chief of staff at the Joint Staff, " (", 58, an Air Self-Defense Force officer, ": an age first) (no verb of its own; not ", alongside his Japanese counterpart,"). */
// (", whose appointment was approved by the Cabinet on March 11, 2025, assumed command": a whose-clause, its date's comma inside.)
const EN_APPOSITIVE_GAP = /^\s*(?:\([^()]{0,30}\)\s*)?(?:,\s+\d{1,3}(?=,))?,\s+(?:(?:a|an|the|[a-z]+)\b(?![^,;:]*\b(?:who|which|that|and(?!\s+[A-Z])|but|said|says|was|is|were|are|counterparts?)\b)[^,;:()]{0,100}|who\s+(?:has|had|is|was)\s+(?:been\s+)?[a-z]+ing\b[^,;:()]{0,90}|who\s+(?:has|had)\s+(?:deep|long|wide|broad|extensive|years\s+of)\b[^,;:()]{0,90}|whose\s+(?:appointment|nomination|selection|promotion)\b[^;:()]{0,100}?),\s+(?=(?:was|is|has been|had been|will be|will|were|became|becomes|assumed|assumes|took|takes|as|to be|to become|to serve as|who)\b|$)/;

/** A sentence that opens with taking up a post, its holder named after the clause: "Taking over as the commander of …, Adm. Y". */
const EN_TAKING_OVER_AS = /(?:^|[.!?]\s+|\n\s*)(?:(?:After|Since)\s+)?(?:Taking over|Having taken over|Newly appointed|Appointed|Named|Installed)\s+as\s+(?:the\s+)?(?:new\s+)?$/;
/** A date in that clause: "on May 3, 2024", "in May 2024". */
const EN_ON_DATE = /\b(?:on|in)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{4}|\d{4})(?=\s*,)/;

/** Parenthesised asides (an age, a reading, "(right)") left out of a gap. */
function stripAsides(s: string): string {
  return s.replace(/\([^()]{0,40}\)|（[^（）]{0,40}）/g, ' ');
}

/** Right after a Japanese name: a title of a post (「司令官」「副司令官」「大臣」), in group 1. */
const JA_OWN_TITLE_AFTER = /^(?:氏)?(副司令官|司令官|大臣|防衛相|長官|幕僚長|総監)/;
/** The title a Japanese cue ends in, in group 1 (「統合作戦副司令官」→副司令官). */
const JA_TITLE_AT_END = /(副司令官|司令官|大臣|防衛相|長官|幕僚長|総監)$/;
/** A name-valued claim's value: a mention or an outside name right next to the cue. */
/** After a name: a comparison set off by a comma (", like …", ", unlike …"); the name is the sentence's subject, not its value. */
const EN_COMPARED_AFTER = /^,\s+(?:much\s+|just\s+)?(?:like|unlike)\s/i;

export function pickEntityValue(text: string, candidates: Mention[], mentions: Mention[], names: NameSpan[], hit: CueHit, subject: Mention | undefined, subjectEntity: Entity, lang: Lang, dataset?: Dataset, property?: string): Candidate | undefined {
  let best: { found: Mention | OutsideName; gap: number; start: number; end: number } | undefined;
  const consider = (found: Mention | OutsideName, start: number, end: number) => {
    // "Kihara, who visited Okinawa … for the first time since he became defense minister": the relative
    // clause's own subject takes the post, whatever it names on the way; so does the name a time is
    // counted from ("Kihara's first trip abroad since becoming defense minister").
    if (lang === 'en' && end <= hit.start && (EN_WHO_SINCE_BECAME.test(text.slice(end, hit.start)) || (hit.start - end <= 200 && EN_SINCE_BECOMING_GAP.test(text.slice(end, hit.start))))) {
      if (!best || best.gap > 1) best = { found, gap: 1, start, end };
      return;
    }
    // "The JJOC reports to the defense minister, while USFJ reports to INDOPACOM": a clause of contrast after the cue is another's.
    if (lang === 'en' && start >= hit.end && EN_CONTRAST_CLAUSE.test(text.slice(hit.end, start))) return;
    // 「副司令官として、…南雲憲一郎司令官を支える」: a name after the cue with a title of its own, another post's, holds that post.
    if (lang === 'ja' && start >= hit.end && (!isMention(found) || dataset?.entities.get(found.entity)?.type === 'person')) {
      const own = JA_OWN_TITLE_AFTER.exec(text.slice(end, end + 6));
      if (own && JA_TITLE_AT_END.exec(text.slice(hit.start, hit.end))?.[1] !== own[1]) return;
    }
    // "The FRF at Henoko will replace Futenma": "replace" takes its object after it; a name before it is the subject's.
    if (lang === 'en' && end <= hit.start && EN_REPLACE_VERB.test(text.slice(hit.start, hit.end))) return;
    // "U.S. Forces Korea, like U.S. Forces Japan, falls under INDOPACOM": the name compared with is no value of the verb.
    if (lang === 'en' && end <= hit.start && EN_COMPARED_AFTER.test(text.slice(end, end + 16))) return;
    let [gs, ge] = gapBetween(hit, { start, end });
    // "Lt. Gen. X, vice chief of staff at the Joint Staff, was appointed to lead …": an appositive
    // set off by commas between a name and its verb describes the name; the verb is still its own.
    if (lang === 'en' && end <= hit.start) {
      const apposition = EN_APPOSITIVE_GAP.exec(text.slice(gs, ge));
      if (apposition) gs += apposition[0].length;
    }
    if (ge - gs > MAX_ENTITY_GAP) return;
    // "X passed command of INDOPACOM to Adm. Y": the one who hands it over held it before; only the one it is handed to holds it.
    if (lang === 'en' && EN_HANDED_OVER.test(text.slice(hit.start, hit.end)) && (end <= hit.start || !EN_HANDED_TO.test(text.slice(hit.end, start)))) return;
    // 「インド太平洋軍の隷下に」: a cue that begins with の takes only the name right before it.
    if (lang === 'ja' && (text[hit.start] === 'の' || JA_UNDER_COMMANDER.test(text.slice(hit.start, hit.end))) && !(end <= hit.start && /^(?:司令部|司令官)?[」』）)]*$/.test(text.slice(end, hit.start)))) return;
    let between = text.slice(gs, ge);
    // 「山田太郎氏:初代統合作戦司令官」: a headline's colon right after the name labels it with its post.
    if (lang === 'ja' && end <= hit.start) between = between.replace(/^((?:氏|さん|陸将|海将|空将)?\s*)[:：]/, '$1');
    if (CLAUSE_BREAK.test(between)) return;
    // The gap may hold the subject itself but no other name, save a service branch before a
    // rank ("headed by Air Self-Defense Force Lt. Gen. X", 「航空自衛隊の山田空将」): it belongs to the name's title.
    // Nor "X of the Air Self-Defense Force assumed the …": the person's own branch after the name.
    // (Or in brackets right after the name: "General X (Japan Air Self-Defense Force) assumed the post of Commander, …".)
    const ownBranch = (o: Mention) => lang === 'en' && end <= o.start && (/^\s+of\s+(?:the\s+)?$/.test(text.slice(end, o.start)) || (/^\s*\($/.test(text.slice(end, o.start)) && text[o.end] === ')'));
    // 「the Commander of U.S. Indo-Pacific Command (INDOPACOM), Admiral X」: the subject's short name in brackets is still the subject.
    // 「指揮統制権は米ハワイに司令部があるインド太平洋軍が握っています」: where the name's headquarters is, said right before it.
    const seat = lang === 'ja' && start >= hit.end ? JA_SEAT_BEFORE_NAME.exec(text.slice(hit.end, start)) : null;
    // "the Hawaii-based Air Defense Command": a place glued to -based before the name is where it is.
    const inSeat = (o: Mention) => (seat !== null && o.start >= start - seat[0].length && o.end <= start) || (lang === 'en' && o.end < start && EN_SEAT_GLUE.test(text.slice(o.end, start)));
    if (seat) between = between.slice(0, between.length - seat[0].length);
    if (lang === 'en' && start > hit.end) between = between.replace(EN_SEAT_BEFORE_NAME, ' ');
    if (mentions.some((o) => o !== subject && o !== found && !(subject && o.entity === subject.entity) && o.start >= gs && o.end <= ge && !ownBranch(o) && !inSeat(o) && !(lang === 'en' ? EN_RANK_AFTER.test(text.slice(o.end, o.end + 12)) : /^(?:OB|ＯＢ|出身|副長|幕僚長|幕僚副長)?の$/.test(text.slice(o.end, start))))) return;
    if (subject && subject.start >= gs && subject.end <= ge) between = text.slice(gs, subject.start) + ' ' + text.slice(subject.end, ge);
    for (const o of mentions) if (o !== subject && o.start >= gs && o.end <= ge && ownBranch(o)) between = between.replace(text.slice(end, text[o.end] === ')' ? o.end + 1 : o.end), ' ');
    between = stripAsides(between);
    // "X returns to his former post as defense chief": the post is the one named, held again.
    if (lang === 'en') between = between.replace(/\b(?:his|her)\s+former\s+(post|position|role)\b/i, '$1');
    // "Taking over as the commander of X on May 3, 2024, Admiral Y is …": the opening clause's date.
    if (lang === 'en' && start > hit.end && EN_TAKING_OVER_AS.test(text.slice(Math.max(0, hit.start - 40), hit.start))) between = between.replace(EN_ON_DATE, ' ');
    // 「インド太平洋軍司令部の指揮下に」: the organisation's headquarters or commander before a cue that begins with の.
    // 「自衛艦隊司令官に属する」 likewise before a cue that begins with に.
    // 「インド太平洋軍司令官から直接作戦指揮を受ける」 likewise before a cue that begins with から.
    if (lang === 'ja' && (/[のに]/.test(text[hit.start] ?? '') || JA_UNDER_COMMANDER.test(text.slice(hit.start, hit.end))) && end <= hit.start) between = between.replace(/^(?:司令部|司令官)/, '');
    // 「ハワイのインド太平洋軍の司令部が指揮権を持つ」: the organisation's headquarters holds its command.
    if (lang === 'ja' && end <= hit.start && /^指揮権を[持も有握]/.test(text.slice(hit.start, hit.end))) between = between.replace(/^の?(?:司令部|司令官)(?=[がは])/, '');
    // "X took over from Adm. Y as commander of …": the predecessor's name is no other claimant.
    if (lang === 'en' && end <= hit.start) between = between.replace(EN_SUCCESSION, 'took over');
    // "X (born 1964) is a United States Navy four-star admiral serving as the 27th Commander of": what X is, then the post.
    if (lang === 'en' && end <= hit.start) between = between.replace(EN_IS_A_SERVING_AS, ' serving as ');
    // "X was confirmed by the Senate on Wednesday evening to be the next leader of": who confirmed it, and when, are no other claimant.
    if (lang === 'en' && end <= hit.start) between = between.replace(EN_CONFIRMED_BY, ' named as ');
    const nextCell = lang === 'en' && start > hit.end && /^\s*\|\s*$/.test(between) && cueFillsCell(text, hit);
    // "headquartered in Shinjuku, Tokyo": an address's narrower parts the dataset does not know, before one of its places.
    const addressLead = lang === 'en' && start > hit.end && isMention(found) && dataset?.entities.get(found.entity)?.type === 'place' && EN_ADDRESS_PARTS.test(between);
    if (!nextCell && !addressLead && (lang === 'ja' ? !JA_NAME_FILLER.test(between) : !EN_NAME_FILLER.test(between))) return;
    if (lang === 'en' && CONJUNCTION.test(between)) return;
    // "since the commander took office, Kishida expressed …": a clause about the post holder ends at
    // its comma; the name after it is the next clause's subject.
    if (lang === 'en' && start > hit.end && EN_CLAUSE_THEN_NAME.test(between)) return;
    // 「司令官は、ランドル中佐を歓迎した」: after a topic, a name that takes を is the verb's object.
    // Not where a place is said to be (「所在地は市ヶ谷にある」「本部は東京都新宿区にあり」).
    if (lang === 'ja' && start > hit.end && /は/.test(between) && /^(?:[\s　]*[（(][^）)]{0,20}[）)])?[^、。]{0,8}?(?:を|に|と)/.test(text.slice(end, end + 14)) && !/^(?:陸将|海将|空将|氏)?(?:だ|である|です|。|が)/.test(text.slice(end, end + 6)) && !(isMention(found) && dataset?.entities.get(found.entity)?.type === 'place' && JA_IS_AT_AFTER.test(text.slice(end, end + 20)))) return;
    // "X took over from Adm. Y as commander", 「Y氏の後任として」: the predecessor held the post before; the claim is about its successor.
    if (lang === 'en' ? EN_PREDECESSOR_BEFORE.test(text.slice(Math.max(0, start - 60), start)) : JA_PREDECESSOR_AFTER.test(text.slice(end, end + 12))) return;
    // 「防衛大臣は、パパロインド太平洋軍司令官と面会」: a name right before another organisation and its title holds that post.
    if (lang === 'ja' && start > hit.end && mentions.some((o) => o.entity !== subjectEntity.id && o.start >= end && o.start <= end + 2 && /^[米日英豪・]{0,2}$/.test(text.slice(end, o.start)) && JA_TITLE_AFTER.test(text.slice(o.end, o.end + 6)))) return;
    // "under the command of an Air Self-Defense Force general": an organisation naming a rank holds no post of its own here.
    if (lang === 'en' && isMention(found) && start >= hit.end && EN_MEMBER_AFTER.test(text.slice(end, end + 14))) return;
    const gap = ge - gs;
    if (!best || gap < best.gap) best = { found, gap, start, end };
  };
  // 「山田太郎防衛大臣が、ヘグセス米国防長官と会談」: the other country's holder of the same post is no candidate for this one.
  const known = dataset && property ? subjectEntity.facts.filter((f) => f.property === property) : [];
  for (const m of candidates) {
    if (m === subject || m.entity === subjectEntity.id || overlaps(m, hit)) continue;
    if (dataset && known.length > 0 && holdsCounterpartOffice(dataset, m.entity, known)) continue;
    consider(m, m.start, m.end);
  }
  for (const n of names) {
    if (overlaps(n, hit)) continue;
    consider({ kind: 'outside-name', text: n.text }, n.start, n.end);
  }
  let b = best as { found: Mention | OutsideName; start: number; end: number; gap: number } | undefined;
  if (!b) return undefined;
  // "in Tokyo's Ichigaya district", 「東京・市ヶ谷」: the most specific place of a chain is the value.
  if (isPlaceChain(b.found)) {
    const chain: Mention[] = [b.found];
    for (let k = 0; k < candidates.length; k++) {
      const last = chain[chain.length - 1]!;
      const next = candidates.find((m) => m.start > last.end && placeJoint(text, last.end, m.start));
      if (!next || next.entity === subjectEntity.id) break;
      chain.push(next);
    }
    const specific = dataset ? placeOfChain(chain, subjectEntity, property ?? '', dataset) : chain[chain.length - 1]!;
    // "Headquarters | 5-1 Ichigaya-honmuracho, Hawaii, Shinjuku-ku": a wrong region after the right place.
    const place = (dataset && wrongRegionAfter(text, specific, candidates, subjectEntity, property ?? '', dataset)) || specific;
    b = { found: place, start: place.start, end: place.end, gap: b.gap };
  }
  const [gs, ge] = gapBetween(hit, b);
  // 「サミュエル・パパロ米インド太平洋軍司令官」: the organisation between a name and its title is part of the title.
  const gapText = subject && b.end <= subject.start && subject.end <= hit.start && subject.start >= gs && subject.end <= ge ? text.slice(gs, subject.start) + text.slice(subject.end, ge) : text.slice(gs, ge);
  // "Minister of Defense Mr. Yoshida": an honorific between the title and the name keeps them beside each other.
  return { found: b.found, start: b.start, end: b.end, adjacent: /^[\s・]?$/.test(gapText) || /^\s+(?:Mr|Ms|Mrs|Dr)\.?\s+$/.test(gapText) };
}

/** Is the cue a table cell of its own ("| Minister of Defense |", "Minister of Defense |" at the line's start)? */
/** How far back a table cell's bar is looked for before a cue. */
const CELL_LEAD = 200;

function cueFillsCell(text: string, hit: CueHit): boolean {
  // (Only the line's last characters before the cue matter: a long line is not read back to its start.)
  const lineStart = lineStartFrom(text, hit.start, Math.max(0, hit.start - CELL_LEAD));
  return /(?:^|\|)\s*$/.test(text.slice(Math.max(lineStart, hit.start - 4), hit.start)) && (hit.start - lineStart <= 4 || /\|\s*$/.test(text.slice(lineStart, hit.start))) && /^\s*\|/.test(text.slice(hit.end, hit.end + 4));
}

/** "was confirmed by the Senate on Wednesday evening to be": an appointment with who made it and when. */
const EN_CONFIRMED_BY = /\b(?:was|has been|will be)\s+(?:confirmed|nominated|approved)\s+(?:by\s+the\s+(?:U\.S\.\s+)?(?:Senate|Cabinet|[Gg]overnment|[Pp]resident)\s+)?(?:on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:as|to\s+be(?:come)?)\b/;

/** "(born 1964) is a United States Navy four-star admiral serving as": an encyclopedia's opening between a name and its post. */
const EN_IS_A_SERVING_AS = /^\s*(?:(?:Jr|Sr)\.\s*)?(?:\((?:born|b\.)\s[^()]{0,30}\)\s*)?is\s+an?\s+[^,;:()]{0,60}?\s(?:serving|who\s+serves)\s+as\b/i;

/** Before a name: it is the one replaced ("took over from Navy Adm. Y", "succeeding Gen. Y", "replaces Y"). */
// Titles and names on the way, but no word that ends a sentence ("… replacing Yoshimasa Hayashi. Kenji Sato").
const EN_PREDECESSOR_BEFORE = /\b(?:(?:took|takes|taking|take)\s+over\s+from|succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|predecessor,?)[ \t]+(?:(?:the[ \t]+)?(?:[A-Z][\w’'-]*|(?:Adm|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Mr|Ms|Mrs|Dr|Gov|Sen|Rep)\.|U\.S\.)[ \t]+)*$/;
/** "took over from Navy Adm. Y", "succeeded Gen. Y", "replacing Y" before "as": said of the subject. */
const EN_SUCCESSION = /\b(?:(?:took|takes|taking|take)\s+over\s+from|succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|reliev(?:e|es|ed|ing))\s+(?:(?:[A-Z][\w.’'-]*\.?|U\.S\.)\s+){1,6}(?=as\b)/;
/** After a name: 「Yの後任」「Yから引き継ぐ」「Yに代わり」「Yと交代」. */
/** A title right after an organisation's name: the person before them holds that post. */
const JA_TITLE_AFTER = /^(?:司令官|司令|長官|大臣|幕僚長|部長|隊長)/;

// (「ハリス海軍大将からデービッドソン海軍大将に交代」: the one it passed from, the successor named before 交代.)
const JA_PREDECESSOR_AFTER = /^(?:氏|陸将|海将|空将|大将|海軍大将|陸軍大将|司令官|長官)?(?:の後任|の後を|から(?:引き継|の引き継|交代|職務を引き継)|に代わ|と交代|から[^、。]{1,24}?に(?:交代|替わ|代わ))/;

const EN_PLACED_AT = /\b(?:installed|located|based|housed|set up|placed|opened|stationed|set up (?:a|its) (?:base|office|hub))\s+(?:at|in)\s+(?:the\s+)?(?:U\.S\.\s+\w+['’]s\s+)?$/i;
const JA_PLACED_AT = /^[」』]?(?:に(?:設置|拠点を置|置か|置く|置い|開設|新設))/;
const MAX_PLACED_GAP = 120;
/** After a cue with its place before it: the verb that opens it there. */
const JA_OPENED_THERE = /^を(?:開設|設置|置|新設)/;

/**
 * A place the cue's unit is put at, later in its clause: "the … Cooperation Team, which was
 * installed at the Akasaka Press Center", 「…部署を新設し、港区六本木の赤坂プレスセンターに拠点を置く」.
 */
export function placedAt(text: string, hit: CueHit, places: Mention[], sentence: SentenceRange, lang: Lang): Candidate | undefined {
  // 「沖縄にサテライトオフィスを開設」: the place marked に right before the cue it is opened at.
  if (lang === 'ja' && JA_OPENED_THERE.test(text.slice(hit.end, hit.end + 6))) {
    const before = places.find((m) => m.end <= hit.start && m.start >= sentence.start && text.slice(m.end, hit.start) === 'に');
    if (before) return { found: before, start: before.start, end: before.end };
  }
  for (const m of places) {
    if (m.start < hit.end || m.start - hit.end > MAX_PLACED_GAP || m.end > sentence.end || /[。;]/.test(text.slice(hit.end, m.start))) continue;
    const placed = lang === 'ja' ? JA_PLACED_AT.test(text.slice(m.end, m.end + 10)) : EN_PLACED_AT.test(text.slice(Math.max(hit.end, m.start - 40), m.start));
    if (placed) return { found: m, start: m.start, end: m.end };
  }
  return undefined;
}

const JA_POST_MARKED = /^(?:に|には)、?/;
/** After a date: 「の首脳会談」「の日米防衛相会談」「の会合」, another gathering the date is written onto. */
const JA_OTHER_GATHERING_AFTER = /^の[^、。「」]{0,6}?(?:首脳会談|会談|会合|会議|協議|2プラス2|２プラス２)/;
/** After a count: a plan would set it (「とする案」「とする計画」「とする方針」). */
const JA_PLANNED_COUNT_AFTER = /^(?:規模|体制|態勢)?と(?:する|なる)(?:案|計画|方針|予定|構想|見通し|見込み|考え)/;
/** After a count: it is an increase or a cut (「40人の増員」「40人増」「20人減」). */
const JA_CHANGE_BY_AFTER = /^(?:の)?(?:増員|減員|増加|削減|増強|増|減)/;
// 「小林真司（こばやし・しんじ）・空将が起用」: a reading in brackets and a dot may come before the rank.
// (「…の佐藤健二空将（59）が就任」: the age in brackets, after the name or its rank.)
// (「初代司令官には…南雲憲一郎空将が、初代副司令官には俵千城海将が補職された」: two posts, one verb.)
const JA_APPOINTED = /^(?:[（(][\u3040-\u30ff・\s]{1,24}[）)])?・?(?:[（(][0-9０-９]{1,3}歳?[）)])?(?:氏|さん|陸将|海将|空将|(?:海軍|陸軍|空軍)?(?:大将|中将)|提督)?(?:[（(][0-9０-９]{1,3}歳?[）)])?が(?:、[^。]{0,30}?には[^。]{1,24}?が)?(?:起用|就任|任命|指名|選ばれ|充て|就い|就く|補職)/;
const MAX_APPOINTED_GAP = 100;
/** After the post, before the speaker's own name: 「を拝命いたしました」「に就任しました」「の」. */
const JA_SELF_INTRODUCED = /^(?:(?:を拝命|に就任|を仰せつか)(?:いた)?しました、?\s*|の)/;
/** After the name: 「です」「でございます」, the speaker saying who they are. */
const JA_IT_IS_ME = /^(?:です|でございます)/;

/** 「…を拝命いたしました田中浩です」: two to six kanji opening with a common family name, then です. */
function selfIntroducedName(text: string, at: number, to: number): NameSpan | undefined {
  let j = at;
  while (j < to && j - at < 7 && /[\u4e00-\u9fff\u3005]/.test(text[j]!)) j++;
  if (j - at < 2 || j - at > 6 || !JA_IT_IS_ME.test(text.slice(j, j + 6)) || !commonSurnameAt(text.slice(at, at + 3))) return undefined;
  return { start: at, end: j, text: text.slice(at, j) };
}

/** 「防衛大臣には、今回で2回目の就任となり…を進めた中谷元氏が起用された」: the name marked が before an appointment verb. */
export function appointedTo(text: string, hit: CueHit, sentence: SentenceRange, names: NameSpan[], people: Mention[]): Candidate | undefined {
  const spans: Array<{ found: Mention | OutsideName; start: number; end: number }> = [
    ...people.map((m) => ({ found: m, start: m.start, end: m.end })),
    ...names.map((n) => ({ found: { kind: 'outside-name' as const, text: n.text }, start: n.start, end: n.end })),
  ].sort((a, b) => a.start - b.start);
  // 「本日、防衛大臣を拝命いたしました木原稔です」「防衛大臣の木原です」: who introduces themself with the post.
  const introduced = JA_SELF_INTRODUCED.exec(text.slice(hit.end, hit.end + 16));
  if (introduced) {
    const at = hit.end + introduced[0].length;
    const self = spans.find((s) => s.start === at && s.end <= sentence.end && JA_IT_IS_ME.test(text.slice(s.end, s.end + 6)));
    if (self) return self;
  }
  // Also 「米インド太平洋軍の司令官交代式が3日、…開かれ、パパロ海軍大将が就任した」: who took office at the change of command.
  const marked = JA_POST_MARKED.exec(text.slice(hit.end, hit.end + 3)) ?? /^(?:交代式|就任式|の交代式|の就任式)/.exec(text.slice(hit.end, hit.end + 5));
  if (!marked) return undefined;
  const from = hit.end + marked[0].length;
  for (const s of spans) {
    if (s.start < from || s.start - from > MAX_APPOINTED_GAP || s.end > sentence.end || /[。]/.test(text.slice(from, s.start))) continue;
    if (JA_APPOINTED.test(text.slice(s.end, s.end + 40))) return s;
  }
  return undefined;
}

/** A mention that may open a chain of places ("Tokyo's Ichigaya"): only mentions, never outside names. */
function isPlaceChain(found: Mention | OutsideName): found is Mention {
  return (found as Mention).entity !== undefined;
}

/** After a title: the verb that says the sentence's topic takes or holds the post. */
/** A name, a comma, then the words of an appositive title before its cue ("X, Abe's new …"). */
/**
 * A verb that names someone to a post, its object, an optional appositive, then "to be" or "as"
 * before the title ("confirmed Adm. X as the next leader of"): a rank may come before the name; and
 * any words before a name that "as" follows at once ("… and House member X as the next defense minister").
 */
const EN_OBJECT_TAKES_POST = /(?:\b(?:tapped|named|appointed|picked|chose|selected|nominated|installed|confirmed)\s+(?:(?:through|by|in)\s+(?:a\s+)?(?:voice\s+|unanimous\s+|roll-call\s+)?vote\s+)?(?:(?:Navy|Army|Air\s+Force|Marine\s+Corps|U\.S\.)\s+)?(?:(?:Adm\.|Gen\.|Lt\.\s+Gen\.|Vice\s+Adm\.|Admiral|General)\s+)?((?:[A-Z][a-z’'-]+\s){1,2}[A-Z][a-z’'-]+)(?:(?:,\s+[^,;:()]{0,100},)?\s+(?:to be|to become|to serve as|as))?|\b((?:[A-Z][a-z’'-]+\s){1,2}[A-Z][a-z’'-]+)\s+as)\s+(?:the\s+)?(?:new\s+|next\s+|incoming\s+|country['’]s\s+|japan['’]s\s+)?$/;

/** "appointed Sato as", "the appointment of Sato as": one capitalised word named to the post. */
/**
 * "This was Kobayashi's first trip abroad since becoming defense minister", "Sato has visited twice
 * since becoming defense minister": the name whose time the clause counts from took the post.
 */
const EN_SINCE_BECOMING = /(?:^|[^A-Za-z’'-])((?:[A-Z][a-z’'-]+\s){0,2}[A-Z][a-z’'-]{2,})(?:['’]s\s|\s+(?:has|had)\s)[^;:()]{0,120}?\s(?:since|after)\s+becoming\s+(?:(?:the|a|new|Japan['’]s|the\s+country['’]s|the\s+nation['’]s)\s+)*$/;
/** EN_SINCE_BECOMING's words between the name and the post. */
const EN_SINCE_BECOMING_GAP = /^(?:['’]s\s|\s+(?:has|had)\s)[^;:()]{0,120}?\s(?:since|after)\s+becoming\s+(?:(?:the|a|new|Japan['’]s|the\s+country['’]s|the\s+nation['’]s)\s+)*$/;
/** "after meeting with Paparo — who recently assumed command of Indopacom", "Paparo, who took command of": one word is a name too, before a relative clause in which it takes command. */
const EN_ONE_NAME_WHO = /(?<![A-Z][\w.’'-]*\s)\b([A-Z][a-z’'-]{2,})(?:,|\s+[—–]|\s+--)\s+who\s+(?:(?:recently|just|later|then|formally|officially)\s+)?$/;
const EN_TAKES_COMMAND = /^(?:assumed|assumes|took|takes)\s+(?:command|the\s+helm|the\s+reins)\b/i;
const EN_ONE_NAME_AS = /\b(?:appointed|named|tapped|picked|chose|selected|nominated|installed|(?:appointment|nomination|selection)\s+of)\s+([A-Z][a-z’'-]{2,})\s+as\s+(?:the\s+)?(?:new\s+|next\s+|incoming\s+)?$/;

/** A cue of handing a post over ("passed command of"), and what it is handed to: "of X to Adm.". */
const EN_HANDED_OVER = /^(?:passed|handed|handed over|turned over) command of$/i;
const EN_HANDED_TO = /^\s+(?:the\s+)?[^,;.]{1,60}?\s+to\s+(?:(?:the\s+)?(?:incoming|new|next)\s+(?:commander\s+)?)?(?:(?:Adm|Gen|Lt|Vice|Rear|Maj|Col)\.?\s+|(?:Admiral|General|Lieutenant|Navy|Army|Air Force|Marine|Marines|Corps)\s+)*$/;
/** A cue that is a verb of taking up a post ("took command", "takes the helm of", "will lead"). */
const EN_VERB_CUE = /^(?:took|takes|taking|take|taken|assumed|assumes|assuming|will|would|leads|now leads|heads|now heads)\b/i;
/** One to three capitalised words right before it. */
const EN_NAME_RIGHT_BEFORE = /((?:[A-Z][a-z’'-]+\s){0,2}[A-Z][a-z’'-]+)\s+$/;

// "His Excellency Mr Nakatani Gen, Minister of Defense of Japan": honorifics are no part of the name.
/** A one-word name that opens the sentence, then its post: "Harlan, the commander of". */
const EN_ONE_NAME_OPENS = /^\s*(?!(?:Meanwhile|However|Separately|Additionally|Also|Still|Instead|Indeed|Finally|Earlier|Later|Then|Now|Nevertheless|Moreover|Furthermore|Previously|Currently|Recently|Today|Yesterday|Tomorrow|Here|There|Thus|Yet|Besides|Likewise|Similarly|Otherwise|Overall|Elsewhere)\b)([A-Z][a-z’'-]{2,}),\s+the\s+$/;
/** After the post: the appositive closes with a comma before the sentence goes on. */
const EN_APPOSITIVE_CLOSES = /^[^,;]{1,70},\s/;
const EN_APPOSITIVE_BEFORE = /((?!(?:His|Her|Excellency|Mr|Ms|Mrs|Dr|Hon|Honorable|Honourable)\b)(?:[A-Z][a-z’'-]+\s){1,3}[A-Z][a-z’'-]+),\s+(?:who\s+(?:became|becomes|is|was|has been|will be)\s+)?(?:(?:the|a|its|[A-Z][a-z]+['’]s|country['’]s|nation['’]s|Japanese|japanese|new|first|then|current|incoming|newly appointed|top|military|senior)\s+)*$/;
/**
 * The sentence's subject takes the post: "Taro Yamada, 59, will be the first commander", "Taro
 * Yamada was tapped as the new …", "Harlan is the 27th commander of" (group 1, one to three words,
 * after a fronted "Hailing from …, …,"); or a described subject, after which one word is a name
 * too: "Ex-SDF officer Nakatani returns as defense minister", "Former … officer Taro Yamada returns
 * to his former post as" (group 2). Also "steps into the position of", "serves as", "will serve as", and
 * the second of two clauses ("X, 67, is set to be foreign minister and Y, 66, will serve as …"); and
 * "X, who visited Okinawa for the first time since he became defense minister".
 */
const EN_SUBJECT_TAKES_POST = /^(?:(?:Hailing from|Born in|A native of|After|Since|Now|In|On)\b[^,;:()]{0,60},\s+(?:[A-Z][^,;:()]{0,30},\s+)?|[^;:()]{0,140}?,?\s(?:and|while|whereas)\s+|[^;:()]{0,140}?,\s+with\s+(?:[a-z][\w’'-]*\s+){0,4}?)?(?:(?:(?:U\.S\.\s+)?(?:Navy\s+|Air\s+Force\s+|Army\s+)?(?:Adm\.|Gen\.|Lt\.\s+Gen\.|Vice\s+Adm\.|Admiral|General)\s+)?((?:[A-Z][a-z’'-]+\s){0,2}[A-Z][a-z’'-]+)|(?:Former|Ex-[\w-]+|Retired|Veteran)\s+(?:[\w-]+\s+){0,4}(?:officer|general|admiral|lawmaker|politician|official)\s+((?:[A-Z][a-z’'-]+\s){0,2}[A-Z][a-z’'-]+))(?:\s+(?:Jr|Sr)\.)?(?:\s+\((?:born|b\.)\s[^()]{0,30}\))?(?:,\s+\d{1,3},|,\s+who\s+[^,;:()]{0,100},)?(?:,\s+who\s+[^;:()]{0,120}?\s(?:since|after|when)\s+(?:he|she)\s+(?:became|was\s+(?:appointed|named)(?:\s+as)?)|\s+(?:is\s+an?\s+[^,;:()]{0,60}?\s(?:serving|who\s+serves)\s+as|will be|was|is|became|becomes|has been|(?:(?:was|has been|will be)\s+)?(?:(?:again|once again|formally|officially)\s+)?(?:named|appointed|tapped|picked|selected|chosen|installed)(?:\s+as|\s+to\s+the\s+(?:position|post|role)\s+of)?|(?:was|has been|will be)\s+(?:confirmed|nominated|approved)\s+(?:by\s+the\s+(?:U\.S\.\s+)?(?:Senate|Cabinet|[Gg]overnment|[Pp]resident)\s+)?(?:on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:as|to\s+be(?:come)?)|(?:returns|returned)(?:\s+to\s+(?:his|her)\s+(?:former\s+)?(?:post|position|role))?\s+as|(?:steps|stepped|stepping)\s+into\s+the\s+(?:position|role|post)\s+of|(?:serves|served|has served|had served|is serving|has been serving|will serve|would serve|is set to serve)\s+as|is set to (?:be|become)))\s+(?:(?:the|a|its|new|first|next|incoming|inaugural|now|current|Japanese|\d{1,3}(?:st|nd|rd|th)|(?:Japan|[Tt]he country|[Tt]he nation)['’]s)\s+)*$/d;

export const JA_TAKES_POST = /^(?:に(?:再び|新たに|正式に)?(?:就任|任命|着任|起用|昇任|就[いくき])|を(?:務め|務める|務めて)|(?:に)?として(?:指揮|着任|就任|任命)|となった|となる)/;

/** The person a Japanese sentence is about (山田氏は…, パパロ氏は…), as the holder of a post. */
export function topicHolder(text: string, sentence: SentenceRange, frame: SentenceFrame, names: NameSpan[], candidates: Mention[], owner: Entity): Candidate | undefined {
  if (frame.subject && frame.subject.entity !== owner.id && candidates.includes(frame.subject)) return { found: frame.subject, start: frame.subject.start, end: frame.subject.end };
  // A headline, 「山田太郎氏:統合作戦司令部初代司令官に就任」: the name before the colon is who.
  const lead = /^\s*([^\s:：、。]{2,12}?)(?:氏|さん)?[:：]/.exec(text.slice(sentence.start, sentence.start + 16));
  if (lead) {
    const at = sentence.start + lead[0].indexOf(lead[1]!);
    const person = candidates.find((m) => m.start === at && m.entity !== owner.id);
    if (person) return { found: person, start: person.start, end: person.end };
    const named = names.find((n) => n.start === at);
    if (named) return { found: { kind: 'outside-name', text: named.text }, start: named.start, end: named.end };
  }
  if (frame.subject) return undefined;
  // 「佐藤総監は…総監に就任した。今月24日付で…副司令官に就く。」: a sentence with no subject of its own
  // (or 「同氏は」) goes on with the topic the sentence before opened with, on the same line.
  if (frame.foreignSubject === false) {
    const topic = frame.anaphor?.kind === 'any' || frame.anaphor?.kind === 'person' ? previousTopicName(text, sentence) : undefined;
    return topic && { found: { kind: 'outside-name', text: topic.text }, start: topic.start, end: topic.end };
  }
  // An encyclopedia's bare name as the topic (「山田太郎は2024年に…防衛大臣に任命された」「[2]中谷は…」「木原 稔は」):
  // one that opens with a common family name, the rest no word for a body (「山田内閣は」).
  const bare = JA_BARE_TOPIC.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24)));
  if (bare) {
    const run = bare[1]! + (bare[2] ?? '');
    const surname = commonSurnameAt(run);
    const at = sentence.start + bare[0].length - run.length - (bare[2] ? 1 : 0) - 1;
    if (surname && run.length - surname.length <= 3 && !JA_NOT_A_GIVEN_NAME.test(run.slice(surname.length)) && !candidates.some((m) => m.start < at + run.length && at < m.end)) return { found: { kind: 'outside-name', text: bare[2] ? `${bare[1]} ${bare[2]}` : run }, start: at, end: at + run.length + (bare[2] ? 1 : 0) };
  }
  // A name the dataset does not know, marked as the topic: 「山田氏は」「山田太郎陸将が」.
  // 「佐藤健二議員がこれから防衛大臣に任命されます」: a member of the Diet, as a name with an honorific.
  const name = names.find((n) => /^(?:氏|さん|陸将|海将|空将|(?:衆議院|参議院|衆院|参院)?議員|[\u4e00-\u9fff]{0,3}(?:将|佐|尉))?(?:は|が)/.test(text.slice(n.end, Math.min(sentence.end, n.end + 8))));
  return name && { found: { kind: 'outside-name', text: name.text }, start: name.start, end: name.end };
}

/** A bare name opening a sentence as its topic, after an encyclopedia's citation marks: 「[2]中谷は」「木原 稔は」. */
const JA_BARE_TOPIC = /^\s*(?:\[\d{1,3}\]\s*)*([\u4e00-\u9fff]{2,6})(?:[ \u3000]([\u4e00-\u9fff]{1,3}))?[はが]/;
/** What follows a family name in a body's name, not a person's (「山田内閣」「石破政権」「田中派」). */
const JA_NOT_A_GIVEN_NAME = /(?:内閣|政権|政府|陣営|派|家|側|氏|市|県|町|村|党|省|庁|軍|隊|会|社|部|課|局)$/;

/** A titled name that opens the sentence right before, on the same line, as its topic (「佐藤総監は」). */
function previousTopicName(text: string, sentence: SentenceRange): NameSpan | undefined {
  // 「…に就くのは誰か」: a question, or a predicate made a noun, says nothing of the topic.
  if (/の[はが]|か[。？?]?\s*$/.test(text.slice(sentence.start, sentence.end))) return undefined;
  let end = sentence.start;
  while (end > 0 && /[ \u3000]/.test(text[end - 1]!)) end--;
  if (text[end - 1] !== '。') return undefined;
  const floor = Math.max(0, end - MAX_PREVIOUS_SENTENCE);
  const lineStart = lineStartFrom(text, end, floor);
  let start = Math.max(lineStart, lastIndexWithin(text, '。', end - 2, floor) + 1, floor);
  while (start < end && /[ \u3000]/.test(text[start]!)) start++;
  const name = titledJapaneseNames(text, start, end).find((n) => n.start === start);
  if (!name || !/^[\u4e00-\u9fff\u30a0-\u30ff]{0,6}は/.test(text.slice(name.end, name.end + 8))) return undefined;
  return name;
}
const MAX_PREVIOUS_SENTENCE = 200;

/** Names of people the dataset does not know, in frames that make them names (titles, ranks). */
const JA_STARS_BEFORE = /[0-9０-９一二三四五]つ$/;
/** After a cue: 「は前統合幕僚副長・」, the post its holder held before, then ・ and the name. */
const JA_FORMER_POST_DOT = /^(?:は|に|には|として)?、?(?:前|元)[\u4e00-\u9fff]{2,10}(?:長|官|将)・/;

export function outsideNames(text: string, sentence: SentenceRange, mentions: Mention[], lang: Lang, personCues: CueHit[]): NameSpan[] {
  const found = lang === 'ja' ? titledJapaneseNames(text, sentence.start, sentence.end) : titledEnglishNames(text, sentence.start, sentence.end);
  // 「統合作戦司令官 山田太郎（空将）」「司令官に山田太郎を充てる」「led by Taro Yamada」: a name
  // right after a title or a cue for a person (in English, two words or more).
  for (const hit of personCues) {
    let n: NameSpan | undefined;
    if (lang === 'ja') {
      n = japaneseNameAfter(text, hit.end, sentence.end);
      // 「山田太郎統合作戦司令官は」「山田太郎・統合作戦司令官は」: a name right before a compound title;
      // 「スミス米インド太平洋軍司令官は」: before the organisation the title is made with.
      const owner = mentions.find((m) => m.end === hit.start);
      // 「田中浩・新防衛大臣」「佐藤健二日本国防衛大臣」: 新 after the dot, or Japan's name, belongs to the title, as an ordinal does.
      const lead = text.slice(Math.max(0, hit.start - 8), hit.start);
      const titleStart = owner ? owner.start - (/[米日英豪]/.test(text[owner.start - 1] ?? '') ? 1 : 0) : hit.start - (JA_ORDINAL_BEFORE.exec(lead)?.[0].length ?? JA_OWN_COUNTRY_BEFORE.exec(lead)?.[0].length ?? (lead.endsWith('・新') ? 1 : 0));
      // 「井上誠(防衛大臣)」: a list's name with its post in brackets after it.
      const bracketed = /[（(]/.test(text[titleStart - 1] ?? '') && /^[）)]/.test(text.slice(hit.end, hit.end + 1));
      // 「田中浩(たなか・ひろし)統合作戦司令官」: the name's reading in brackets stands between it and the title.
      // 「山田氏の防衛相就任」: the person, with an honorific and の, before the post's title.
      const honoured = JA_POST_TAKEN_AFTER.test(text.slice(hit.end, hit.end + 4)) ? /(?:氏|さん)の$/.exec(text.slice(Math.max(0, titleStart - 3), titleStart)) : null;
      const nameEnd = text[titleStart - 1] === '・' || bracketed ? titleStart - 1 : honoured ? titleStart - honoured[0].length : beforeReading(text, titleStart, Math.max(sentence.start, titleStart - 24));
      const before = japaneseNameEndingAt(text, nameEnd, Math.max(sentence.start, nameEnd - 16));
      // 「4つ星指揮官」: a count of stars is a rank, not a name.
      if (before && !JA_STARS_BEFORE.test(text.slice(Math.max(0, before.start - 2), before.start)) && !found.some((f) => f.start === before.start)) found.push(before);
      // 「初代司令官は前統合幕僚副長・田中浩が就任」: a name after the post its holder came from, set off by ・.
      const from = JA_FORMER_POST_DOT.exec(text.slice(hit.end, Math.min(sentence.end, hit.end + 30)));
      const after = from ? japaneseNameAfter(text, hit.end + from[0].length - 1, sentence.end) : undefined;
      if (after && !found.some((f) => f.start === after.start)) found.push(after);
      // 「防衛大臣を拝命いたしました田中浩です」: the speaker's own name after the post, then です.
      const introduced = JA_SELF_INTRODUCED.exec(text.slice(hit.end, hit.end + 16));
      const self = introduced ? selfIntroducedName(text, hit.end + introduced[0].length, sentence.end) : undefined;
      if (self && !found.some((f) => f.start === self.start)) found.push(self);
    }
    else {
      // "led by Taro Yamada"; "Japan's defense chief, Taro Yamada, said": an appositive name after a comma;
      // "Minister of Defense of Japan Taro Yamada": the country the title is of.
      // "Minister of Defense, Mr. Taro Yamada", "Minister of Defense, H.E. Taro Yamada": an honorific before the name.
      // "The current Minister of Defense is Taro Yamada": the name the title is said to be.
      // "| Minister of Defense | Taro Yamada |": a table row's next cell, when the cue fills its own
      // (in a Markdown table the bars are blanked: cells are then set off by spaces).
      const gap = (cueFillsCell(text, hit) ? /^\s*\|\s*/.exec(text.slice(hit.end, hit.end + 8)) : null) ?? /^(?: of (?:Japan|the United States|the U\.S\.))?(?: (?:is|was|will be|has been|became) |,? +)(?:(?:Mr|Ms|Mrs|Dr|Hon)\.\s+|Honorable\s+|H\.\s?E\.?\s+|His\s+Excellency\s+(?:Mr\.?\s+)?)?/.exec(text.slice(hit.end, hit.end + 40));
      if (gap) {
        const e = englishNameAt(text, hit.end + gap[0].length, sentence.end);
        // "Japan's Defense Minister, Kobayashi, has …": one word set off by commas, that reads as a Japanese surname, will do.
        if (e && (e.text.includes(' ') || (gap[0].includes(',') && /^,\s/.test(text.slice(e.end, e.end + 2)) && romanisedJapanese(e.text)))) n = e;
      }
      // "Makoto Inoue, Abe's new defense minister": an appositive after a name of two words or more.
      const lead = EN_APPOSITIVE_BEFORE.exec(text.slice(Math.max(sentence.start, hit.start - 80), hit.start));
      if (lead) {
        const at = hit.start - lead[0].length;
        const e = englishNameAt(text, at, hit.start);
        if (e && e.text === lead[1] && e.text.includes(' ') && !found.some((f) => f.start === e.start)) found.push(e);
      }
      // "Harlan, the commander of U.S. Indo-Pacific Command, spoke …": one word will do as the sentence's subject.
      // The post is set off by commas on both sides ("Meanwhile, the commander of … spoke" names no one).
      const oneName = EN_ONE_NAME_OPENS.exec(text.slice(sentence.start, hit.start));
      if (oneName && EN_APPOSITIVE_CLOSES.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 80)))) {
        const e = englishNameAt(text, hit.start - oneName[0].length + oneName[0].indexOf(oneName[1]!), hit.start);
        if (e && e.text === oneName[1] && !found.some((f) => f.start === e.start)) found.push(e);
      }
      // "As the top military official in the Indo-Pacific Command, Lansing is responsible for …": the post fronted with As,
      // then the name that opens the main clause, before its verb.
      if (EN_AS_POST_OPENING.test(text.slice(sentence.start, hit.start))) {
        const rest = EN_POST_PHRASE_CLOSES.exec(text.slice(hit.end, Math.min(sentence.end, hit.end + 80)));
        const at = rest ? hit.end + rest[0].length : -1;
        const e = rest ? englishNameAt(text, at, sentence.end) : undefined;
        if (e && e.start === at && (e.text.includes(' ') || e.text.length >= 4) && EN_VERB_AFTER_NAME.test(text.slice(e.end, e.end + 16)) && !found.some((f) => f.start === e.start)) found.push(e);
      }
      // "Taro Yamada took the helm of …", "Whitford takes the reins of …": the subject of a verb that takes up the post.
      if (EN_VERB_CUE.test(text.slice(hit.start, hit.end))) {
        const subject = EN_NAME_RIGHT_BEFORE.exec(text.slice(Math.max(sentence.start, hit.start - 60), hit.start));
        const e = subject && englishNameAt(text, hit.start - subject[0].length, hit.start);
        // "will lead", "leads" are said of anyone: a one-word subject is a name only before taking the helm, the reins or command.
        const oneWordOk = !/^(?:will|would|leads|now leads)\b/i.test(text.slice(hit.start, hit.end));
        if (e && e.text === subject[1] && (oneWordOk || e.text.includes(' ')) && !found.some((f) => f.start === e.start)) found.push(e);
      }
      // "Kishida tapped Taro Yamada, a onetime aide to …, to be defense minister": the object named to the post.
      const object = EN_OBJECT_TAKES_POST.exec(text.slice(Math.max(sentence.start, hit.start - 200), hit.start));
      const objectName = object?.[1] ?? object?.[2];
      if (object && objectName) {
        const e = englishNameAt(text, hit.start - object[0].length + object[0].indexOf(objectName, object[1] ? object[0].search(/\s/) : 0), hit.start);
        if (e && e.text === objectName && e.text.includes(' ') && !found.some((f) => f.start === e.start)) found.push(e);
      }
      // "The appointment of Sato as defense minister": one word is a name too, between an appointing word and "as" the post.
      const one = EN_ONE_NAME_AS.exec(text.slice(Math.max(sentence.start, hit.start - 60), hit.start));
      if (one) {
        const at = hit.start - one[0].length + one[0].lastIndexOf(one[1]!, one[0].length - 3);
        const e = englishNameAt(text, at, hit.start);
        if (e && e.text === one[1] && !found.some((f) => f.start === e.start)) found.push(e);
      }
      const who = EN_TAKES_COMMAND.test(text.slice(hit.start, hit.end + 12)) ? EN_ONE_NAME_WHO.exec(text.slice(Math.max(sentence.start, hit.start - 60), hit.start)) : null;
      if (who) {
        const at = hit.start - who[0].length + who[0].indexOf(who[1]!);
        const e = englishNameAt(text, at, hit.start);
        if (e && e.text === who[1] && !found.some((f) => f.start === e.start)) found.push(e);
      }
      // (Looked for only where the word is: the pattern tries every name before it.)
      const lead200 = text.slice(Math.max(sentence.start, hit.start - 200), hit.start);
      const since = lead200.includes('becoming') ? EN_SINCE_BECOMING.exec(lead200) : null;
      if (since) {
        const at = hit.start - since[0].length + since[0].indexOf(since[1]!);
        const e = englishNameAt(text, at, hit.start);
        if (e && e.text === since[1] && !found.some((f) => f.start === e.start)) found.push(e);
      }
      const opening = text.slice(sentence.start, hit.start);
      const subject = hit.start - sentence.start <= 200 ? EN_SUBJECT_TAKES_POST.exec(opening) : null;
      if (subject) {
        const group = subject[1] !== undefined ? 1 : 2;
        const at = sentence.start + subject.indices![group]![0];
        const e = englishNameAt(text, at, hit.start);
        if (e && e.text === subject[group] && !found.some((f) => f.start === e.start)) found.push(e);
      }
    }
    if (n && !found.some((f) => f.start === n!.start)) found.push(n);
  }
  return found.filter((n) => !mentions.some((m) => overlaps(m, n)));
}

/** Before a post's title: "as" and whose post it is ("as Japan's", "as the new"). */
export const EN_AS_POST_BEFORE = /\bas\s+(?:(?:Japan|Tokyo)['’]s\s+|the\s+(?:country['’]s\s+|nation['’]s\s+)?|(?:new|incoming)\s+)*$/i;
/** A name opening the sentence: one to three capitalised words ("Taro Kobayashi will …", a headline's "Kobayashi to Make …"). */
const EN_OPENING_NAME = /^\s*["“]?((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?=\s|,)/;
/** A sentence's fronted adverbial before its subject ("Given …, ", "Despite …, ", "Asked about …, "). */
const EN_FRONTED_ADVERBIAL = /^\s*(?:Given|Despite|Amid|Following|Asked\s+about|Speaking\s+(?:at|to|in|on))\b[^,;:.]{1,120},\s+/;
const MAX_FRONTED_ADVERBIAL = 160;
/** Between the name and "as": a past or former post, or another clause ("X, who served as …"), says nothing of now. */
// "He named an ex-military officer as defense minister": after a verb of appointing, the post is its object's.
const EN_NOT_NOW_BETWEEN = /[,;:()]|\b(?:served|serve|serves|serving|was|were|had|has\s+been|former|formerly|previously|once|then|who|whose|when|after|before|until|since|nam(?:e|es|ed|ing)|appoint(?:s|ed|ing)?|pick(?:s|ed|ing)?|tap(?:s|ped|ping)?|nominat(?:e|es|ed|ing)|select(?:s|ed|ing)?|cho(?:se|oses?|osing)|install(?:s|ed|ing)?|replac(?:e|es|ed|ing))\b/i;
/** A sentence that opens with "As the" and the post: the name follows its phrase. */
const EN_AS_POST_OPENING = /^[\s"“]*As\s+(?:the|a|an)\s+(?:[\w.’'-]+\s+){0,3}$/;
/** After the cue: the rest of the post's phrase, closed by a comma. */
const EN_POST_PHRASE_CLOSES = /^[^,;:.]{0,60},\s+/;
/** After a name: the verb of the clause it is the subject of. */
const EN_VERB_AFTER_NAME = /^\s+(?:is|was|has|had|will|would|said|says|oversees|leads|commands|visited|met|told)\b/;
/** Words that open a sentence and are no name, though spelt like a romanised Japanese one: "He", "Some". */
const EN_NOT_A_NAME = /^(?:He|She|It|We|They|You|I|A|An|The|This|That|These|Those|Some|None|Here|There|Now|Then|Today|Tokyo|Japan|Osaka|Kobe|Nagoya|Okinawa|Hokkaido|Kyoto|Nara|Sapporo|Sendai|Naha)$/;

/**
 * "X will make his first U.S. trip as Japan's defense chief", "X visited Washington as defense
 * minister": the name that opens the sentence holds the post the as-phrase names, when nothing but
 * its predicate stands between (no other person, no clause of another time). A name the dataset does
 * not know counts when it is written as a Japanese name (the post's holders are Japanese).
 */
export function asPostHolder(text: string, sentence: SentenceRange, hit: CueHit, candidates: Mention[], others: readonly Mention[], owner: Entity): Candidate | undefined {
  // ("Given fierce local opposition to the plan, X said … during his stint as defense chief": after a fronted adverbial.)
  const fronted = EN_FRONTED_ADVERBIAL.exec(text.slice(sentence.start, Math.min(hit.start, sentence.start + MAX_FRONTED_ADVERBIAL)));
  const base = sentence.start + (fronted?.[0].length ?? 0);
  const open = candidates.find((m) => m.entity !== owner.id && m.start >= base && /^\s*["“]?$/.test(text.slice(base, m.start)));
  const name = open ? undefined : EN_OPENING_NAME.exec(text.slice(base, Math.min(hit.start, base + 60)));
  const start = open ? open.start : name ? base + name[0].length - name[1]!.length : -1;
  const end = open ? open.end : start + (name?.[1]!.length ?? 0);
  if (start < 0 || end >= hit.start) return undefined;
  const between = text.slice(end, hit.start);
  if (EN_NOT_NOW_BETWEEN.test(between) || candidates.some((m) => m.start >= end && m.end <= hit.start)) return undefined;
  if (open) return { found: open, start, end };
  // A lone word is a name only when it is long enough to be a family name and no common word.
  const words = name![1]!.split(/\s+/);
  if (words.some((w) => EN_NOT_A_NAME.test(w)) || (words.length === 1 && words[0]!.length < 4) || others.some((m) => m.start < end && start < m.end)) return undefined;
  return romanisedJapanese(name![1]!) ? { found: { kind: 'outside-name', text: name![1]! }, start, end } : undefined;
}
