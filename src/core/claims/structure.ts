// The parts of a sentence's structure a claim needs, read with rules for English and Japanese:
// what the sentence is about (its subject or topic, or a pronoun standing for an earlier one), and
// which name a cue word belongs to ("the commander of X", "X's staff", 「Xの司令官」). Rules, not a
// parser: they look only at the few words around names and cues, so their cost is linear in the
// sentence and they fail towards "don't know", which raises nothing.

import type { Entity, Mention } from '../model';
import { foreignDescription } from './descriptions';

export type Lang = 'en' | 'ja';

/** A pronoun or a definite description that stands for an entity named earlier. */
export interface Anaphor {
  /** `person` for he/his/同氏, `thing` for it/its/同部隊 and descriptions, `any` for a Japanese subject left out. */
  kind: 'person' | 'thing' | 'any';
  /** The head noun of a description ("command" in "the new command"), lower case; none for a pronoun. */
  head?: string;
  /** The description's words up to its head, lower case ("new joint headquarters"). */
  words?: string[];
}

export interface SentenceFrame {
  /** The mention the main clause is about, when it is a known name. */
  subject?: Mention;
  /** The main clause has a subject or topic that is no known name ("The government", 政府は). */
  foreignSubject: boolean;
  /** Japanese: where that subject's particle stands (a document offset); a cue before it is in an earlier clause. */
  foreignAt?: number;
  /** For a cue before `foreignAt`: the earlier entities a subject left out may stand for (set by the caller). */
  leftOut?: Entity[];
  /** The main clause's subject is a pronoun or description of an earlier entity. */
  anaphor?: Anaphor;
}

// ---------------------------------------------------------------------------------------------
// English

/** "Tokyo, March 24 (Jiji Press)--": a dateline before the first sentence of a news item. */
const DATELINE = /^[A-Z][A-Za-z .]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)\s*/;
/** A fronted adverbial: "On March 24, …", "In a statement on Monday, …", "Last week, …". */
// "Located inside the Defense Ministry in Tokyo, the unit …": a participle that says where is fronted too;
// "Formed at the Ministry of Defense in Tokyo, the command …": one that says how it began;
// "As a subordinate unified command of X, the USFJ …": what the subject is, as.
// "This year, …", "Last week, …": Last and This front a time only ("This new structure will …, as disclosed by" is a subject).
// "According to officials from the Defense Ministry, the X will be …": whose word it is, fronted too.
const FRONTED = /^(?:(?:(?:[A-Z][a-z]+|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:before|after)|(?:Long|Shortly|Just|Soon|Well|Years|Months)\s+(?:before|after)|According\s+to|On|In|At|By|Since|As of|After|Before|During|From|When|While|Once|Until|Although|Though|Whereas|Because|If|Unless|Alongside|Besides|Like|Unlike|Apart\s+from|Together\s+with|In\s+addition\s+to|(?:Last|This)(?=\s+(?:year|week|month|spring|summer|autumn|fall|winter|morning|afternoon|evening|weekend|time|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|Earlier|Later|Meanwhile|However|Also|Now|Today|Yesterday|Formally|Officially|Located|Based|Headquartered|Housed|Stationed|Formed|Established|Founded|Created|Launched|Inaugurated|Activated|As\s+(?:a|an)\s)\b[^,;:]{0,80},\s+)/;
/** "Headquartered at the Ministry of Defense in Ichigaya, Tokyo, with approximately 240 personnel, it …": a site fronted, its town and what it has too. */
const FRONTED_SITE = /^(?:Located|Based|Headquartered|Housed|Stationed)\b[^,;:]{0,80},\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s+)?(?:with\s[^,;:]{0,60},\s+)?(?=(?:it|they|the)\b)/;
/** Words that may come before a subject name in its noun phrase: "the newly created Japan's …". */
const NP_LEAD = /^(?:(?:the|a|an|its|this|that|japan['’]s|japanese|u\.s\.|us|new|newly|newly[- ][a-z]+|[A-Z][\w.’'-]*)\s+)*$/;
const EN_PRONOUN_THING = /^(?:it|its|this|that)\b/i;
const EN_PRONOUN_PERSON = /^(?:he|his|she|her)\b/i;
/** Head nouns of descriptions that may stand for a named organisation, event, plan or person. */
const EN_HEADS = [
  'command', 'headquarters', 'hq', 'unit', 'organization', 'organisation', 'ministry', 'force', 'forces', 'body', 'office', 'agency', 'meeting', 'talks',
  'summit', 'plan', 'program', 'programme', 'strategy', 'document', 'documents', 'papers', 'earthquake', 'quake', 'law', 'bill', 'general', 'admiral', 'commander', 'minister',
  'structure', 'facility',
];
/** "The new SDF command, …": a determiner, then up to five words before any punctuation. */
const EN_DESCRIPTION = /^(?:the|this|that|its)\s+([^,;:()]{1,80})/i;

/** Heads of a description that stand for a person. */
const EN_PERSON_HEADS: ReadonlySet<string> = new Set(['general', 'admiral', 'commander', 'minister']);

function englishMainClauseStart(body: string): number {
  let at = 0;
  const d = DATELINE.exec(body);
  if (d) at = d[0].length;
  const f = FRONTED_SITE.exec(body.slice(at)) ?? FRONTED.exec(body.slice(at));
  if (f) at += f[0].length;
  return at;
}

function englishFrame(body: string, mentions: Mention[], offset: number): SentenceFrame {
  const at = englishMainClauseStart(body);
  const rest = body.slice(at);
  for (const m of mentions) {
    const s = m.start - offset;
    if (s < at) continue;
    if (!NP_LEAD.test(body.slice(at, s))) break;
    // "The new SDF command": the name modifies a description of something else.
    const after = body.slice(m.end - offset);
    const head = /^\s+([a-z]+)\b/.exec(after);
    if (head && EN_HEADS.includes(head[1]!)) return { foreignSubject: false, anaphor: { kind: 'thing', head: head[1]! } };
    // "The SDF Joint Operations Command": a name that opens a longer one is part of it.
    let subject = m;
    for (let next = nextInText(body, offset, subject, mentions); next; next = nextInText(body, offset, next, mentions)) subject = next;
    // "The JJOC's predecessor, the Joint Staff Office, was …", "The JJOC's American partner has …": the subject is the other one.
    const related = EN_RELATED_OF.exec(body.slice(subject.end - offset));
    if (related) return relatedSubject(body, offset, subject.end - offset + related[0].length, mentions);
    return { subject, foreignSubject: false };
  }
  // "His deputy, Tateki Tawara, served …", "Its counterpart, INDOPACOM, was founded …": likewise after a pronoun.
  const relatedToPronoun = EN_PRONOUN_RELATED.exec(rest);
  if (relatedToPronoun) return relatedSubject(body, offset, at + relatedToPronoun[0].length, mentions);
  if (EN_PRONOUN_PERSON.test(rest)) return { foreignSubject: false, anaphor: { kind: 'person' } };
  if (EN_PRONOUN_THING.test(rest) && !/^this\s+\w/i.test(rest)) return { foreignSubject: false, anaphor: { kind: 'thing' } };
  const desc = EN_DESCRIPTION.exec(rest);
  if (desc && !foreignDescription(rest, 0, desc[0].length)) {
    // The head is the last word before a verb or preposition: "The new SDF command, headed by".
    const words = desc[1]!.trim().split(/\s+/).slice(0, 5).map((w) => w.replace(/[.]$/, ''));
    const lower = words.map((w) => w.toLowerCase().replace(/^[“"‘']|[”"’']$/g, ''));
    const at = lower.findIndex((w) => EN_HEADS.includes(w));
    // "The Space Operations Command Center Operation Squadron": a capitalised head that a name the
    // dataset does not know goes on after is no head.
    const unknownName = /^[A-Z]/.test(words[at] ?? '') && /^[A-Z]/.test(words[at + 1] ?? '') && !mentions.some((m) => m.start - offset >= body.length - rest.length && m.start - offset < body.length - rest.length + desc[0].length);
    // "The National Security Strategy was revised": a head after two capitalised words or more, in a
    // sentence that is not in title case, is the end of a name the dataset does not know, not a description.
    const unknownTitle = at >= 2 && words.slice(0, at + 1).every((w) => /^[A-Z]/.test(w)) && !EN_PERSON_HEADS.has(lower[at]!) && /\b[a-z]{4,}\b/.test(rest);
    const head = unknownName || unknownTitle ? undefined : lower[at];
    if (head) return { foreignSubject: false, anaphor: { kind: EN_PERSON_HEADS.has(head) ? 'person' : 'thing', head, words: lower.slice(0, at + 1) } };
  }
  // A clause that opens with a verb phrase before any name ("Japan has appointed …", "The
  // government approved …") is about something else; a stray symbol or emoji before the name
  // is not.
  const firstName = mentions.find((m) => m.start - offset >= at);
  const lead = firstName ? body.slice(at, firstName.start - offset) : rest;
  if (firstName && !EN_VERB.test(lead) && !/[a-z]{3,}\s+(?:of|in|at|on|for|with|by|from|to|under)\s+(?:the\s+)?$/i.test(lead)) return { subject: firstName, foreignSubject: false };
  return { foreignSubject: /^[A-Za-z]/.test(rest) };
}

/** A noun for someone or something related to the owner before it, not the owner (not a post: "its deputy commander"). */
const EN_RELATED_OF = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:predecessors?|successors?|counterparts?|partners?|deputy(?!\s+(?:commander|chief|director|minister|head|secretary))|deputies|parent|sons?|daughters?|brothers?|sisters?|wife|husband|father|mother|rivals?|allies|ally|neighbou?rs?)\b/i;
const EN_PRONOUN_RELATED = /^(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:predecessors?|successors?|counterparts?|partners?|deputy(?!\s+(?:commander|chief|director|minister|head|secretary))|deputies|parent|sons?|daughters?|brothers?|sisters?|wife|husband|father|mother|rivals?|allies|ally|neighbou?rs?)\b/i;

/** The subject after "X's counterpart" / "its counterpart" (at `after` in `body`): a name set off right after it, else none known. */
function relatedSubject(body: string, offset: number, after: number, mentions: Mention[]): SentenceFrame {
  const apposed = mentions.find((m) => m.start - offset >= after && /^(?:\s+in\s+[\w\s-]{1,30})?,\s*(?:the\s+)?$/i.test(body.slice(after, m.start - offset)));
  return apposed ? { subject: apposed, foreignSubject: false } : { foreignSubject: true };
}

/** Verbs and auxiliaries that show a clause has begun: its subject came before them. */
const EN_VERB = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|said|says|plans?|planned|aims?|aimed|approved|announced|appointed|named|decided|agreed|confirmed|revealed|requested|held|began|begins|expects?|expected|wants?|intends?|unveiled|launched|established|created|set|to|stood|took|made|built|formed|opened|merged|merging|followed|joined|hosted|visited|met|signed)\b/i;

// ---------------------------------------------------------------------------------------------
// Japanese

/** After a title: the post taken up or held (「防衛相就任」「司令官起用」「防衛相在任中」). */
export const JA_POST_TAKEN_AFTER = /^(?:に)?(?:就任|起用|任命|在任|着任|昇任|内定)/;

/** Topic and subject particles, as written right after a noun. */
// After a name: closing brackets, a parenthesis (JJOC), an appositive between = signs, then the particle.
// 「統合作戦司令部という新しい部隊が」: the name said of a new thing is the subject too.
// 「戦略三文書とは、…」: a name being defined is the topic; not 「…とは異なり」, someone else compared with it.
const JA_TOPIC = /^[」』】）)\]]?(?:（[^（）]{0,60}）|\([^()]{0,60}\)){0,2}[」』]?(?:[=＝][^=＝。]{0,40}[=＝])?(?:という(?:新しい|新たな|新設の)?[\u4e00-\u9fff\u30a0-\u30ff]{1,6})?(?:は|が|では|も|としては|について|に関して|をめぐり|をめぐって|とは(?!異な|違|別|無関係|対照|逆|一線|言え|限ら|思|考))/;
/** Ranks, honorifics and offices that may stand between a name and its particle (中谷防衛大臣は). */
const JA_TITLE = /^(?:・)?(?:防衛大臣|防衛相|国防長官|米国防長官|長官|大臣|空将|陸将|海将|氏|さん|司令官|統合幕僚長|首相|総理大臣|総理|大統領|(?:衆議院|参議院|衆院|参院)?議員)/;
const JA_PRONOUN_PERSON = /^(?:同氏|彼|彼女)(?:は|が|も)/;
const JA_DESCRIPTION = /^(?:同|本|この|新|新たな)([\u4e00-\u9fff\u30a0-\u30ff]{1,6}?)(?:は|が|も|では|の)/;
/** 「司令部は今年度末、…発足する予定だ」: a bare head noun as the topic, for the command told of just before. */
const JA_BARE_HEAD = /^\s*(司令部|組織)(?:は|が|も|では|には)/;
/** 「同司令官の下、司令部には…」: under whom, set off before the sentence's own topic. */
const JA_UNDER_LEAD = /^(?:同|この)[\u4e00-\u9fff]{1,6}?の(?:下|もと)、/;
/** The same description right before the first subject particle, after a modifier (「…を目指す新組織」). */
const JA_DESCRIBED_BEFORE = /(?:^|[^\u4e00-\u9fff\u30a0-\u30ff])(?:同|この|新|新たな)(組織|司令部|部隊|機関)$/;
/** Before the particle: a count of documents after the last of a list of them (「」の 3 文書). */
const JA_COUNTED_DOCUMENTS = /[」』]?の\s*[0-9０-９一二三四五]\s*(?:文書|つの文書)$/;
/** Words of time before は that are no subject (当初は, 現在は, 今後は). */
const JA_TIME_TOPIC = /(?:当初|今回|現在|今後|将来|当時|同日|本日|今日|今年|来年|昨年|今年度|来年度|まず|なお|一方|さらに|これまで|今|当面|最終的に|将来的に)$/;

/** The offset just after `m`, past a title that belongs to it, where a particle would stand. */
function particleAt(body: string, m: Mention, offset: number): number {
  let e = m.end - offset;
  const t = JA_TITLE.exec(body.slice(e));
  if (t) e += t[0].length;
  return e;
}

// A list's circled number (「①は」) stands for the item it numbers, a noun too.
function isNounEnd(c: string | undefined): boolean {
  return c !== undefined && /[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９Ａ-Ｚａ-ｚ」』】）)\]\u2460-\u24ff\u3251-\u325f\u32b1-\u32bf]/.test(c);
}

/** After が: a verb in its attributive form, then a noun marked as the topic (「指揮する自衛隊サイバー防衛隊は」). */
// (「日本の統合作戦司令部が参考にした英国のPJHQは」: a verb with its own に, and a topic with の and Latin letters.)
// (「統合作戦司令部が一元的に指揮する部隊の一つ、自衛隊サイバー防衛隊は」: an adverb before the verb, and the noun set off as one of a kind.)
// (「統合作戦司令部が指揮する陸上総隊の隷下には」: a place in or under the noun as the topic.)
const JA_RELATIVE_ON_TOPIC = /^(?:[\u4e00-\u9fff\u30a0-\u30ff]{1,8}(?:に|と))?[\u4e00-\u9fff\u30a0-\u30ff]{1,8}(?:に|と)?(?:する|した|している|していた)[\u4e00-\u9fff\u30a0-\u30ffA-Za-zＡ-Ｚａ-ｚ「」の]{2,24}(?:の(?:一つ|ひとつ)、[\u4e00-\u9fff\u30a0-\u30ffA-Za-zＡ-Ｚａ-ｚ「」の]{2,24})?(?:は|には|では|も|でも)/;
/** After が: a verb, then a time told from it (「発足する7年前の」「発足した直後の」). */
const JA_RELATIVE_ON_TIME = /^[\u4e00-\u9fff\u30a0-\u30ff]{1,8}(?:する|した|される|された)(?:約|およそ)?[0-9０-９一二三四五六七八九十]*(?:年|か月|カ月|ヶ月|日|週間)?(?:前|後|直前|直後)の/;
/** After が: a clause that tells where something is and modifies the noun right after it (「防衛省がある東京・市谷に」). */
const JA_WHERE_CLAUSE = /^(?:ある|あった|置かれる|置かれた|置かれている|所在する|入る|入居する)(?=[\u4e00-\u9fff\u30a0-\u30ff])/;

function japaneseFrame(body: string, mentions: Mention[], offset: number, cues: ReadonlyArray<{ start: number; end: number }>): SentenceFrame {
  const pronoun = JA_PRONOUN_PERSON.exec(body);
  if (pronoun) return { foreignSubject: false, anaphor: { kind: 'person' } };
  // 「同司令官の下、司令部には…が配され、240名態勢で」: the topic after the phrase of under whom.
  const under = JA_UNDER_LEAD.exec(body);
  const underHead = under ? JA_BARE_HEAD.exec(body.slice(under[0].length)) : null;
  if (underHead) return { foreignSubject: false, anaphor: { kind: 'thing', head: underHead[1] } };
  const desc = under ? null : JA_DESCRIPTION.exec(body);
  // (「同司令部の指揮下にある陸上総隊は」: the description only modifies a name marked as the topic after it, the subject.)
  const modifiesTopic = desc !== null && desc[0].endsWith('の') && mentions.some((m) => m.start - offset > desc[0].length && JA_TOPIC.test(body.slice(particleAt(body, m, offset))));
  if (desc && !modifiesTopic) return { foreignSubject: false, anaphor: { kind: desc[1]!.endsWith('氏') ? 'person' : 'thing', head: desc[1] } };
  const bare = JA_BARE_HEAD.exec(body);
  if (bare) return { foreignSubject: false, anaphor: { kind: 'thing', head: bare[1] } };
  // The first name marked as topic or subject; a marked word that is no name, before it, means the
  // sentence is about something else (政府は…).
  let firstForeign = Infinity;
  for (let i = 1; i < body.length; i++) {
    // Only は and が can mark a subject, and も set off by a comma or before a date or count (「…陸上総隊の部隊も、」
    // 「陸上総隊も2018年3月27日に」, the topic too): every other character is passed over without a look at the cues.
    const code = body.charCodeAt(i);
    if (code !== 0x306f && code !== 0x304c && !(code === 0x3082 && /[、0-9０-９約]/.test(body[i + 1] ?? ''))) continue;
    const c = body[i];
    // A particle inside a cue (「アップグレードが開始され」) marks the cue's own noun, no other subject.
    if (cues.some((h) => h.start - offset <= i && i < h.end - offset)) continue;
    // 「人員は約240人」「司令官は南雲空将」: the cue's own noun as the topic is no other subject.
    if (cues.some((h) => h.end - offset === i && /^[^はが、。「」]{0,12}$/.test(body.slice(0, h.start - offset)))) continue;
    // 「国家安全保障戦略とは、」: a noun defined is the topic too.
    if ((isNounEnd(body[i - 1]) || (c === 'は' && body[i - 1] === 'と' && isNounEnd(body[i - 2]))) && !/[はが]/.test(body[i + 1] ?? '') && !((c === 'は' || c === 'も') && JA_TIME_TOPIC.test(body.slice(Math.max(0, i - 6), i))) && !(c === 'が' && JA_WHERE_CLAUSE.test(body.slice(i + 1, i + 12)))) {
      firstForeign = i;
      break;
    }
  }
  for (const m of mentions) {
    const e = particleAt(body, m, offset);
    // 「防衛省がある市谷に」: the subject of a clause that says where a place is, not of the sentence.
    if (body[e] === 'が' && JA_WHERE_CLAUSE.test(body.slice(e + 1, e + 12))) continue;
    // 「統合作戦司令部が指揮する自衛隊サイバー防衛隊は」: the subject of a relative clause on the topic after it.
    if (body[e] === 'が' && JA_RELATIVE_ON_TOPIC.test(body.slice(e + 1, e + 40))) continue;
    // 「統合作戦司令部が発足する7年前の2018年3月27日には」: the subject of a clause that tells a time from it.
    if (body[e] === 'が' && JA_RELATIVE_ON_TIME.test(body.slice(e + 1, e + 24))) continue;
    if (JA_TOPIC.test(body.slice(e))) {
      if (m.start - offset > firstForeign + 1) return { foreignSubject: true, foreignAt: offset + firstForeign };
      return { subject: m, foreignSubject: false };
    }
  }
  // 「「国家防衛戦略」、「防衛力整備計画」の3文書が閣議決定された」: the documents counted are the subject, the last named standing for them.
  if (firstForeign !== Infinity) {
    const counted = JA_COUNTED_DOCUMENTS.exec(body.slice(Math.max(0, firstForeign - 12), firstForeign));
    const last = counted && mentions.find((m) => m.end - offset === firstForeign - counted[0].length);
    if (last && !/[はが]/.test(body.slice(0, last.start - offset))) return { subject: last, foreignSubject: false };
  }
  // 「…を目指す新組織が今月24日に発足」: the subject is a description of something told of before, after its modifier.
  if (firstForeign !== Infinity) {
    const described = JA_DESCRIBED_BEFORE.exec(body.slice(Math.max(0, firstForeign - 8), firstForeign));
    if (described && !/[はが]/.test(body.slice(0, firstForeign))) return { foreignSubject: false, anaphor: { kind: 'thing', head: described[1] } };
    return { foreignSubject: true, foreignAt: offset + firstForeign };
  }
  // No subject written: Japanese leaves out one that is clear from what came before.
  return { foreignSubject: false, anaphor: { kind: 'any' } };
}

/** What a sentence (`body`, starting at document offset `offset`) is about. */
export function sentenceFrame(body: string, mentions: Mention[], offset: number, lang: Lang, cues: ReadonlyArray<{ start: number; end: number }> = []): SentenceFrame {
  return lang === 'ja' ? japaneseFrame(body, mentions, offset, cues) : englishFrame(body, mentions, offset);
}

// ---------------------------------------------------------------------------------------------
// Cue binding

export type Binding = { kind: 'mention'; mention: Mention } | { kind: 'described'; head: string } | { kind: 'foreign' } | { kind: 'free' };

/** The name that follows `m` with only a space between: the rest of a longer name. */
/** `nextName` over a sentence's body that starts at document offset `offset`. */
function nextInText(body: string, offset: number, m: Mention, mentions: Mention[]): Mention | undefined {
  return mentions.find((o) => o.start > m.end && o.start - m.end <= 1 && body.slice(m.end - offset, o.start - offset).trim() === '');
}

function nextName(text: string, m: Mention, mentions: Mention[]): Mention | undefined {
  return mentions.find((o) => o.start > m.end && o.start - m.end <= 1 && text.slice(m.end, o.start).trim() === '');
}

/**
 * The name a cue belongs to by its syntax: "commander of the JJOC", "the JJOC's commander", "JJOC
 * commander", 「統合作戦司令部の司令官」「統合作戦司令部司令官」. `foreign` when the cue belongs to a
 * noun that is no known name ("commander of the Maizuru District", 「舞鶴地方隊の司令官」): a claim
 * about that noun says nothing about any entity. `free` when the syntax does not say.
 */
/** 「インド太平洋軍司令官隷下の」: under an organisation's commander, which is the value. */
export const JA_UNDER_COMMANDER = /^(?:司令(?:官|部)(?:の)?(?:隷下|管轄下)|司令(?:官|部)の(?:下|もと)で|から(?:直接)?(?:作戦)?指揮を受け)/;

/** After a title: a comma, then an organisation's name ending in a unit noun (group 1 is the lead). */
const EN_TITLE_COMMA_UNIT = /^(,\s+(?:the\s+)?)(?:[A-Z][\w.’'-]*\s+){0,4}(?:Task Force|Command|Region|Fleet|Group|Wing|Division|Corps|Army|Navy|Air Force|Forces?|Agency|Office|Headquarters|Brigade|Regiment|Squadron)\b/;

/** Between a name and a verb cue: what it is due to do ("set to", "scheduled to", "is expected to"). */
const EN_DUE_TO = /^\s+(?:(?:is|was|are|were)\s+)?(?:set|scheduled|due|slated|expected|poised|planned)(?:\s+to)?\s+$/;

/**
 * After a cue and its "of": the owner, past "the", adjectives and ranks ("of the Asia-focused U.S.
 * Indo-Pacific Command"; "head of the Armed Forces of the Philippines", where the cue holds the "of").
 */
const EN_OWNER_AFTER = /^\s+(?:(?:the|an?)\s+)?(?:(?:new|newly[- ][a-z]+|permanent|standing|planned|envisaged|first|initial|inaugural|japan['’]s|japanese|japan|u\.s\.|lt\.|gen\.|adm\.|vice|rear|lieutenant|general|admiral|col\.|colonel|maj\.|major|[a-z]+-(?:focused|based|led|wide|level))\s+)*/i;

/** Words for a sum of money, as cues. */
const JA_MONEY_CUE = /^(?:関連)?(?:費用|経費|予算)/;
/** Between a name and a money cue: what the money is for (「の設置」「の創設に係る」). */
const JA_PURPOSE_BEFORE_MONEY = /の(?:設置|創設|新設|新編|整備|建設|運用|移設|改修|発足|開設)(?:に(?:係る|かかる|関する|向けた)|の|等の|などの)?$/;

export function bindCue(text: string, cue: { start: number; end: number }, mentions: Mention[], lang: Lang, sentenceStart = 0): Binding {
  if (lang === 'ja') {
    // 「Yの隷下に」「Xでキャリアを」: a cue that begins with a particle takes the name before it as its value, not its owner.
    // 「Yの司令官隷下の」: the organisation whose commander it is under, likewise.
    if (/[のでにをが]/.test(text[cue.start] ?? '') || JA_UNDER_COMMANDER.test(text.slice(cue.start, cue.end))) return { kind: 'free' };
    // 「常設統合司令部の設置費用」「Xの創設に係る経費」: a sum for setting X up is X's.
    const purpose = JA_MONEY_CUE.test(text.slice(cue.start, cue.end)) ? JA_PURPOSE_BEFORE_MONEY.exec(text.slice(Math.max(0, cue.start - 14), cue.start)) : null;
    const purposeOwner = purpose ? mentions.find((m) => m.end === cue.start - purpose[0].length || (m.end < cue.start - purpose[0].length && /^[」』】）)]+$/.test(text.slice(m.end, cue.start - purpose[0].length)))) : undefined;
    if (purposeOwner) return { kind: 'mention', mention: purposeOwner };
    // 「防衛予算」「当初予算」「国家予算」: a sum glued to a word that is no name nor purpose is that word's budget, no organisation's.
    // (「統合作戦司令部関連予算」: a name, then 関連, is the name's.)
    const related = text.slice(Math.max(0, cue.start - 2), cue.start) === '関連' ? cue.start - 2 : cue.start;
    if (JA_MONEY_CUE.test(text.slice(cue.start, cue.end)) && !purpose && /[\u4e00-\u9fff]$/.test(text.slice(Math.max(0, related - 1), related)) && !mentions.some((m) => m.end === related)) return { kind: 'foreign' };
    // Xの[初代]CUE, X[初代]CUE
    const before = text.slice(Math.max(0, cue.start - 4), cue.start);
    const lead = /(?:の)?(?:初代の?|新|現|次期|前)?$/.exec(before)![0];
    const at = cue.start - lead.length;
    const owner = mentions.find((m) => m.end === at || (m.end < at && /^[」』】）)]+$/.test(text.slice(m.end, at))));
    if (owner) return { kind: 'mention', mention: owner };
    // 「在日米軍の部隊の指揮権を持つ」: command of an organisation's units is command of it.
    const units = /指揮権/.test(text.slice(cue.start, cue.end)) && lead === 'の' ? /(?:の)?(?:各|全)?部隊$/.exec(text.slice(Math.max(0, at - 5), at)) : null;
    const unitsOwner = units ? mentions.find((m) => m.end === at - units[0].length) : undefined;
    if (unitsOwner) return { kind: 'mention', mention: unitsOwner };
    // 「…「統合作戦司令部」を新設し」「インド太平洋軍を率いる」: the object of the cue's own verb.
    const object = mentions.find((m) => m.end < cue.start && /^[」』】）)]?を$/.test(text.slice(m.end, cue.start)));
    if (object) return { kind: 'mention', mention: object };
    // 「第5空軍司令官」「舞鶴地方隊司令官」: a title right after an organisation that is no known name.
    // Not a bare 司令部 (「司令部トップの」): the command told of, no other organisation.
    // 「自衛官トップの河野統合幕僚長」: the top of the officers, a post of its own.
    if (lead === '' && /(?:軍|隊|艦隊|方面隊|師団|旅団|航空団|群|省|庁|局|司令部|本部|学校|大学|大学校|自衛官|制服組|背広組)$/.test(text.slice(Math.max(0, at - 6), at)) && !/(?:^|[^\u4e00-\u9fff\u30a0-\u30ff])(?:同)?司令部$/.test(text.slice(Math.max(0, at - 6), at))) return { kind: 'foreign' };
    // 「同司令部の人員」: a description of an earlier entity, resolved by the sentence's frame.
    // 「司令部の人員は」 (a bare 司令部, no name before it): the command told of, as 「司令部は」 is.
    if (lead.startsWith('の') && (/(?:同|本|この)[\u4e00-\u9fff\u30a0-\u30ff]{1,6}$/.test(text.slice(Math.max(0, at - 8), at)) || /(?:^|[^\u4e00-\u9fff\u30a0-\u30ffの])新?司令部$/.test(text.slice(Math.max(0, at - 6), at)))) return { kind: 'free' };
    // 「舞鶴地方隊の司令官」: the cue belongs to a noun that is no known name; but after a value
    // (「約120億円の関連経費」) the の only joins the value to its cue.
    // 「司令部トップの統合作戦司令官」: the top, that is the commander; the title before の is the same post.
    if (lead.startsWith('の') && /(?:トップ|司令官)$/.test(text.slice(Math.max(0, at - 4), at))) return { kind: 'free' };
    // 「山田氏の防衛相就任」: a person's post, named by its title after the person.
    if (lead.startsWith('の') && /(?:氏|さん)$/.test(text.slice(Math.max(0, at - 1), at)) && JA_POST_TAKEN_AFTER.test(text.slice(cue.end, cue.end + 4))) return { kind: 'free' };
    // 「石破茂内閣の防衛大臣」「岸田政権の防衛相」: a cabinet's minister is the ministry's; the cabinet says when.
    if (lead.startsWith('の') && /(?:内閣|政権)$/.test(text.slice(Math.max(0, at - 3), at))) return { kind: 'free' };
    // 「発足当初の人員」「現在の司令官」「最初のメンバー」: a time before の says when, not whose.
    // 「3度目の防衛相」「2期目の」: how many times the post is held, not whose it is.
    if (lead.startsWith('の') && /(?:当初|現在|当時|最初|初期|発足時|設立時|新編時|創設時|最終的|将来的|今後|[0-9０-９一二三四五六七八九十]+(?:度目|回目|期目))$/.test(text.slice(Math.max(0, at - 4), at))) return { kind: 'free' };
    // 「日本の防衛大臣中谷元」: the country of the post's own organisation says nothing more whose it is.
    if (lead.startsWith('の') && /(?:日本国?|わが国|我が国)$/.test(text.slice(Math.max(0, at - 3), at))) return { kind: 'free' };
    if (lead.startsWith('の') && isNounEnd(text[at - 1]) && !/[0-9０-９〇一二三四五六七八九十百千万億兆][円人名日月年%％]?(?:程度|前後|余り|余|以上|以下|超|強|弱|ほど)?$|ドル$/.test(text.slice(Math.max(0, at - 8), at))) return { kind: 'foreign' };
    return { kind: 'free' };
  }
  // "X leads the JJOC": only an organisation named right after makes "leads" a command ("leads the
  // team's campaign planning" does not).
  if (/^(?:now\s+)?leads(?:\s+the)?$/i.test(text.slice(cue.start, cue.end))) {
    let led = mentions.find((m) => m.start >= cue.end && /^\s*(?:the\s+)?(?:(?:new|SDF|U\.S\.|US)\s+)?$/.test(text.slice(cue.end, m.start)));
    // "the SDF Joint Operations Command": a name that opens a longer one is part of it.
    for (let next = led && nextName(text, led, mentions); next; next = nextName(text, next, mentions)) led = next;
    return led && !/^['’]s\b/.test(text.slice(led.end, led.end + 2)) ? { kind: 'mention', mention: led } : { kind: 'foreign' };
  }
  // "CUE of (the) X"
  // "commander of the Asia-focused U.S. Indo-Pacific Command": a hyphenated adjective before the name is part of the phrase.
  // A post that ends in "of" ("head of", "leader of") has its owner right after it (not "part of", whose value follows).
  const endsInOf = /^(?:deputy\s+)?(?:head|leader|chief|commander|commanding\s+officer)\s+of$/i.test(text.slice(cue.start, cue.end));
  const tail = text.slice(cue.end, cue.end + 60);
  const of = endsInOf ? '' : /^\s+of(?=\s)/i.exec(tail)?.[0];
  const past = of === undefined ? null : EN_OWNER_AFTER.exec(tail.slice(of.length));
  const after = past ? of! + past[0] : undefined;
  if (after !== undefined) {
    const at = cue.end + after.length;
    // The name may itself begin with a word the pattern skipped ("U.S. Indo-Pacific Command").
    let owner = mentions.find((m) => m.start > cue.end && m.start <= at && m.end > at);
    // "the Self-Defense Forces Joint Operations Command": a name that opens a longer one is part of it.
    for (let next = owner && nextName(text, owner, mentions); next; next = nextName(text, next, mentions)) owner = next;
    if (owner) return { kind: 'mention', mention: owner };
    // "Minister of Defense of Japan Taro Yamada": Japan's own title, then its holder's name.
    // "…, Minister of Defense of Japan" at the end of a line or before a comma likewise.
    if (/\bof\s+japan\s+$/i.test(after) || (/\bof\s+(?:the\s+)?$/i.test(after) && /^Japan(?![\w’'-])/.test(text.slice(at, at + 6)))) return { kind: 'free' };
    // "defense chief of former prime minister X": a prime minister's minister is the ministry's, as a cabinet's is.
    if (/^(?:(?:former|current|then|late|the\s+late)[-\s]+)?(?:prime\s+minister|premier|PM)\b/i.test(text.slice(at, at + 30))) return { kind: 'free' };
    // "deputy commander of the 353rd SOG": a numbered unit is another organisation too.
    if ((/^[A-Za-z]/.test(text.slice(at, at + 1)) || /^\d{1,4}(?:st|nd|rd|th)\b/.test(text.slice(at, at + 8))) && !/^(?:about|around|approximately|some|nearly|almost|over|more|up|its|his|her|their)\b/i.test(text.slice(at, at + 14))) {
      return { kind: 'foreign' };
    }
  }
  // "Rear Adm. X, commander, Joint Task Force – Micronesia": a title set off by commas before the
  // organisation it is of; another organisation unless a known name stands there.
  const unit = EN_TITLE_COMMA_UNIT.exec(text.slice(cue.end, cue.end + 60));
  if (unit) {
    const at = cue.end + unit[1]!.length;
    const owner = mentions.find((m) => m.start === at);
    return owner ? { kind: 'mention', mention: owner } : { kind: 'foreign' };
  }
  // "the Joint Operations Command set to launch in 2024": a name, then what it is due to do.
  const due = mentions.find((m) => m.end <= cue.start && cue.start - m.end <= 24 && EN_DUE_TO.test(text.slice(m.end, cue.start)));
  if (due && !/^['’]s\b/.test(text.slice(due.end, due.end + 2))) return { kind: 'mention', mention: due };
  // "X's CUE", "X CUE": within the sentence (a headline ending "…‘Hollowed out’" owns nothing in the next one).
  const before = text.slice(Math.max(sentenceStart, cue.start - 40), cue.start);
  const lead = /(?:['’]s?)?\s+(?:(?:new|first|initial|inaugural|current|planned|total|overall)\s+)?$/.exec(before);
  if (lead) {
    const at = cue.start - lead[0].length;
    const owner = mentions.find((m) => m.end === at);
    // "The Defense Ministry established the JJOC": a verb with its object after it; the name before is who acted.
    const object = owner && /(?:ed|up)$/i.test(text.slice(cue.start, cue.end)) && mentions.some((m) => m.start >= cue.end && /^\s+(?:(?:the|its|a|an|new)\s+)*$/i.test(text.slice(cue.end, m.start)));
    if (owner && !object) return { kind: 'mention', mention: owner };
  }
  // "Pacific chief", "Fleet commander": a capitalised word right before a one-word title is another
  // owner, unless it is a sentence's first word or Japan's. Not before a verb ("the Japanese
  // Government published"): that word is who acted.
  if (/^[a-z]+$/i.test(text.slice(cue.start, cue.end)) && !/ed$/i.test(text.slice(cue.start, cue.end)) && /(?:^|[^.!?:;]\s)(?!(?:The|A|An|Its|Japan|Japanese|Japan['’]s)\s)[A-Z][\w’'-]*\s$/.test(text.slice(Math.max(0, cue.start - 30), cue.start)) && !mentions.some((m) => m.end === cue.start - 1)) return { kind: 'foreign' };
  // "the ministry's headquarters": the possessive of a description of an earlier entity; of any
  // other noun that is no name, the claim is that noun's.
  const possessor = /\b(?:the|its|this)\s+([a-z]+)['’]s?\s+(?:(?:new|first|initial|inaugural|current|planned|total|overall)\s+)?$/i.exec(before);
  if (possessor && EN_HEADS.includes(possessor[1]!.toLowerCase())) return { kind: 'described', head: possessor[1]!.toLowerCase() };
  // "the country's defense minister", "the nation's": the country the text is about, no other owner.
  if (/\b[a-z]+['’]s?\s+(?:(?:new|first|initial|inaugural|current|planned|total|overall)\s+)?$/.test(before) && /['’]/.test(before.slice(-24)) && !/\b(?:country|nation)['’]s\s+(?:new\s+|current\s+)?$/i.test(before)) return { kind: 'foreign' };
  return { kind: 'free' };
}
