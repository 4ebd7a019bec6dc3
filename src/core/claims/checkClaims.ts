// Reads the claims of one sentence and compares them with the dataset. A claim is an entity
// (subject.ts), a property announced by a cue word (cueIndex.ts), and a value of the property's
// type (value.ts, implicit.ts), read by the sentence's structure (structure.ts) and what earlier
// sentences were about (discourse.ts); agreement.ts compares, conflictDiagnostic.ts reports.
// False warnings cost users more than missed ones: negated, questioning and rumoured sentences,
// values a rule cannot place, and values that match the property's family raise nothing.

import type { Dataset, DateValue, Diagnostic, Entity, Mention, Position, PropertyDecl, ScalarValue } from '../model';
import { compareValue, findValues, nearMissDate, type ParsedValue } from '../values';
import { normalizeKey } from '../text/normalize';
import { indexWithin, lastIndexWithin, lineStartFrom } from '../text/bounded';
import { PRECISION_RANK } from '../values/calendar';
import { agreement, expectsPerson, placeOfChain, plausibleEntityValue } from './agreement';
import { conflict, sentenceTime } from './conflictDiagnostic';
import type { CueHit, CueIndex } from './cueIndex';
import { opensWithAnotherCountry, ownedByAnotherCountry } from '../recognize/foreignOwner';
import { bareTitleClaims } from './bareTitle';
import { titledRowClaims } from './titledRow';
import { bareTitleClaimsEn } from './bareTitleEn';
import { quotedSpeakerOrganisation } from './quotedSpeaker';
import { successionClaims } from './succession';
import { successorClaims, successorClaimsEn } from './successor';
import { handoverClaims } from './handover';
import { counterpartClaims } from './counterpart';
import { commanderTitleSpans, describedEntities, descriptionSpans, descriptionSpansJa, type DescriptionSpan } from './descriptions';
import { announcedChangeClaims, announcedStart } from './announcedChange';
import { describedDisasterClaims, describedQuakeClaimsJa } from './describedDisaster';
import { quakeYearClaims } from './quakeYear';
import { describedEventClaims, FORUM_MEETING } from './describedEvent';
import { requestedSumClaims } from './requestedSum';
import { decidedUpgradeClaimsEn } from './decidedUpgrade';
import { EN_TO_COME, datelineEventClaims, datelineOf } from './datelineEvent';
import { personalEventClaims } from './personalEvent';
import { approvedAppointmentClaims } from './approvedAppointment';
import { relocationClaims } from './relocation';
import { movedOfficeClaims } from './movedOffices';
import { withSameDates } from './sameDate';
import { englishAsides } from './englishAside';
import { otherHolderOfParticipantPost } from './otherMeeting';
import { cataphor, copyDiscourse, namedWrongBefore, newDiscourse, remember, rememberWrongHolder, resolveAnaphor, type Discourse } from './discourse';
import { implicitClaims, placeChain } from './implicit';
import { infoboxRow, rowMention, rowOutsideName } from './infobox';
import { infoboxLabelClaims } from './infoboxKeys';
import type { NameSpan } from './personNames';
import type { SentenceRange } from './sentences';
import { countOf, DATELINE_AFTER, documentRevised, eventYears, familyMembers, familyOf, hasFacts, isMention, isOutsideName, isValue, namesIn, personValued, propertyHolders, scalars, serviceBranches, soleOrganisation, type Candidate, type Found } from './shared';
import { JA_UNDER_COMMANDER, bindCue, sentenceFrame, type Lang } from './structure';
import { headedCommandSpans, JA_AS_WHAT, pickSubject, type PickedSubject } from './subject';
import { misspeltHolder, nameLikeHolders } from './nameForm';
import { EN_AS_POST_BEFORE, JA_CLAUSE_PREDICATE_AFTER, JA_ROW_DATE_BEFORE, JA_TAKES_POST, appointedTo, asPostHolder, outsideNames, pickEntityValue, pickValue, placedAt, topicHolder } from './value';

export interface ClaimContext {
  dataset: Dataset;
  cues: CueIndex;
  file: string;
  /** Language of messages: the document's. */
  lang: string;
  positionAt: (offset: number) => Position;
  /** When given, every claim read is recorded here, agreeing or not (tests, explanations). */
  readings?: ClaimReading[];
  /** What earlier sentences of the document were about; updated as sentences are read. */
  discourse?: Discourse;
  /** When the document was written (front matter, a dated first line): the time its claims are about. */
  documentDate?: DateValue;
  /** A first line that is only a date (the page's own): no value is read there. */
  dateline?: { start: number; end: number };
  /** The members of the dataset's move families the document names anywhere (relocation.ts's moveFamilyNamed). */
  moveNamed?: ReadonlySet<string>;
  /** The posts only one organisation has that the document titles in full anywhere (bareTitle.ts's postsTitledIn). */
  postsTitled?: ReadonlySet<string>;
  /** The days the document tells for the dataset's earthquakes known by their year only (quakeDay.ts's quakeDaysTold). */
  quakeDaysTold?: readonly string[];
  /** A year alone one off a dataset earthquake the document names, and written nowhere else (quakeYear.ts's quakeYearsOff). */
  quakeYearsOff?: readonly string[];
  /** The names of the paragraph being read, in order (a description of something new before its name: discourse.ts's cataphor). */
  blockMentions?: readonly Mention[];
}

/** A claim as read: which entity, which property, which value, and how it compares. */
export interface ClaimReading {
  entity: string;
  property: string;
  found: string;
  /** The value read, typed (a number, a date, an entity of the dataset); absent for a name the dataset does not know. */
  value?: ScalarValue;
  start: number;
  end: number;
  /** `new`: the entity has no fact for the property (a fact the user may record). */
  verdict: 'agree' | 'conflict' | 'new';
}

/** Before a number: the body it is drawn from (「自衛隊からは隊員」「米軍からは」「統幕からのメンバーは」), not a time (「発足時からは」). */
const JA_DRAWN_FROM = /[\u4e00-\u9fff\u30a0-\u30ff」』](?<![時後前日月年度来末初])(?:から|より)(?:は、?(?:隊員|人員|兵員|要員|兵士|メンバー)?|の(?:隊員|人員|兵員|要員|兵士|メンバー)(?:は、?|が))(?:約|およそ)?$/;

/**
 * A sum a budget allocated ("the budget also included", "earmarked"), with no word of a request
 * ("the budget request includes" is one). English only: 「予算で…計上した」 is how Japanese
 * prose states a requested sum too.
 */
const EN_ALLOCATED = /\b(?:budget\s+(?:also\s+)?(?:included|includes|allocates|allocated|earmarks|earmarked|sets\s+aside|set\s+aside)|allocated|earmarked|appropriated)\b/i;
const EN_REQUESTED = /\brequest|\bsought\b|\bask(?:s|ed|ing)?\s+for\b/i;
function allocatedNotRequested(body: string, lang: Lang): boolean {
  return lang === 'en' && EN_ALLOCATED.test(body) && !EN_REQUESTED.test(body);
}

/** The same holder however often named: an entity, or an outside name's text. */
function holderKey(found: Found): string {
  return isMention(found) ? found.entity : found.text;
}

/** A cue that takes orders from the name before it: 「の命令を受けて」「の指揮監督を受け」. */
const JA_RECEIVES_ORDERS = /^の(?:命令|指揮|指揮監督)を受け/;
/** How many more titles of one post a line is read for, past the first holder judged. */
const MAX_HOLDERS_A_LINE = 4;
/** How far back an unknown person's post told with another organisation is looked for. */
const TITLED_BEFORE_REACH = 2000;

/** An organisation's name and の, at the end of a stretch. */
const JA_ORGANISATION_THEN_NO = /([\u4e00-\u9fff\u30a0-\u30ff・]{2,20})の$/;
/** A post, not a rank, after a name. */
const JA_POST_TITLE = /^(?:司令官|副司令|指揮官|司令|長官|総監|幕僚長|大臣|防衛相)/;
/** The end of a unit's or an organisation's name (「太平洋艦隊」「在日米国陸軍」「第7艦隊」). */
const JA_OTHER_UNIT_END = /(?:艦隊|軍|部隊|隊|司令部|本部|省|庁|軍団|師団|旅団|航空団)$/;

/**
 * Is the unknown name at `candidate`, with the title that follows it here, the post of an
 * organisation other than `entity`: told with that organisation right before it
 * (「米太平洋艦隊のケーラー司令官」), or earlier in the text (「在日米国陸軍のブッチャー副司令官」)?
 */
function titledWithOtherBefore(text: string, sentenceStart: number, candidate: Candidate, entity: Entity): boolean {
  const name = candidate.found.text;
  const title = /^[\u4e00-\u9fff]{2,3}/.exec(text.slice(candidate.end, candidate.end + 3))?.[0];
  if (!title || name.length < 2) return false;
  const own = [...Object.values(entity.labels), ...entity.aliases.map((a) => a.text)].filter((n): n is string => typeof n === 'string' && n.length >= 2);
  /** The organisation named with の right before `at` (within 24 code units from `from`), unless it is `entity` or points back at it (「同司令部の」). */
  const otherBefore = (from: number, at: number) => {
    const org = JA_ORGANISATION_THEN_NO.exec(text.slice(Math.max(from, at - 24), at))?.[1];
    return org && !/^(?:同|本|当|この|その)/.test(org) && !own.some((n) => org.endsWith(n)) ? org : undefined;
  };
  // 「米太平洋艦隊のケーラー司令官は」: told with its organisation right here.
  // (Not 「航空自衛隊の南雲空将」: a branch before a rank is the person's service.)
  const here = otherBefore(sentenceStart, candidate.start);
  if (here && JA_POST_TITLE.test(title) && JA_OTHER_UNIT_END.test(here)) return true;
  const from = Math.max(0, sentenceStart - TITLED_BEFORE_REACH);
  const before = text.slice(from, sentenceStart);
  for (let i = before.indexOf(name + title); i >= 0; i = before.indexOf(name + title, i + 1)) if (otherBefore(from, from + i)) return true;
  return false;
}

/** After a prime minister's name: the cabinet or government named for them (「岸田内閣」「第2次石破内閣」「石破政権」). */
const JA_CABINET_AFTER = /^[\u4e00-\u9fff]{0,3}?(?:第[0-9０-９一二三四五六七八九]次)?(?:改造)?(?:内閣|政権)/;

/** Before a date cue: another gathering as its object (「記者会見を」「式典を」), or another body set up (「作業部会を設置」「部署が設置され」). */
const JA_OTHER_OBJECT = /(?:(?:記者会見|会見|式典|説明会|閣議|朝礼|訓示)を|(?:作業部会|部会|委員会|協議会|検討会|準備室|連絡室|調整所|事務所|部署|窓口|チーム|タスクフォース)[をが])$/;
/** Before a cue of founding: a cabinet or government, what was set up (「2025年10月21日の高市内閣発足に伴い」「石破政権が発足し」). */
const JA_CABINET_FOUNDED_BEFORE = /(?:内閣|政権)が?$/;
/** After a founding cue: the attributive form on a cabinet's name (「発足した石破内閣」). */
const JA_CABINET_FOUNDED_AFTER = /^(?:し|され)た[^、。]{0,8}?(?:内閣|政権)/;
const JA_FOUNDING_CUE = /^(?:発足|誕生|成立)/;

/** A founding verb in the passive (「設置された」「新設され」「創設されました」): what was set up is left unsaid. */
const JA_SET_UP_PASSIVE = /^(?:設置|新設|創設|開設|設立)され/;
/** A law or an order as the subject, promulgated or enforced (「…政令(令和7年政令第49号)が…公布され[3]、」: an encyclopedia's note may follow). */
const JA_LAW_SUBJECT = /(?:政令|法律|改正法|省令)(?:[（(][^（）()]{0,40}[）)])?が[^。]{0,40}?(?:公布|施行)され(?:\[\d{1,3}\])*、/;

/** A budget: this many different dates of one entity's family are judged on one line. */
const MAX_DATES_A_LINE = 4;
/** Between a Japanese name and its cue: the name closed by its bracket and marked が (「…地震」が発生」). */
const JA_SUBJECT_MARKED_BEFORE_CUE = /^[」』]?が$/;
/** How far before its cue the name whose date is read again may stand ("The 2011 … Earthquake struck on"). */
const DATED_AGAIN_GAP = 30;

// Negated statements are not claims the writer makes (refuted or rumoured ones: DENIAL below).
const NEGATION_EN = /\b(?:not|never|no longer|neither|nor)\b|n['’]t\b/i;
/**
 * A verb that reports or decides what follows it ("X has decided the SDF won't …"), or the start of
 * another clause (", though neither offered …"): a negation after it is that clause's, and leaves
 * what the sentence said before it standing.
 */
const EN_REPORTING_VERB = /\b(?:said|says|has said|decided|has decided|announced|stated|confirmed|noted|explained|added|warned|argued|insisted|stressed|emphasi[sz]ed)\b|,\s+(?:though|although|but|while|whereas|yet)\b|;\s/g;
/** Words that call what the sentence says wrong, false or a rumour: no claim of it stands, not even a title's. */
// (An adjective before another noun names a kind of thing, not a denial: "a mistaken estimation rate of 20%", "false positives".)
// ("Correction: An earlier version of this article said …": what the article said before, withdrawn.)
const DENIAL = /\b(?:incorrectly|wrongly|falsely|erroneously|mistakenly|denied|denies|rumou?r(?:ed|s)?)\b|\ban\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|post)\b|\b(?:incorrect|wrong|false|erroneous|mistaken)\b(?!\s+(?!(?:and|or|but|that|to|in|about|on|for|as|by|of|with|information|reports?|claims?|statements?|news|rumou?rs?|story|stories|accounts?|impression|belief|assertions?|figures?|numbers?|dates?|names?|data|reading)\b)[a-z]+\b)|誤り|誤報|否定|事実ではない|事実無根|デマ|とは限らない/i;
/**
 * Where the clause after a negation starts: what it says is not denied. ", and" starts one when a
 * subject of its own pointing back follows ("… does not have operational command, and this
 * authority is held by X").
 */
const EN_NEXT_CLAUSE = /,\s+(?:but|though|although|while|whereas|yet)\b|;\s|,\s+and\s+(?=(?:this|that|these|those|such|it|instead)\b)/g;
/** A clause that opens by pointing back at what was just said. */
/** A subordinate clause that opens the sentence, up to its comma ("Although …, ", "When …, "). */
const EN_OPENING_SUBCLAUSE = /^[\s"“]*(?:Although|Though|While|Whereas|When|Once|After|Before|Because|Since)\s[^,;:]{1,160},/;
const EN_BACK_REFERENCE = /^\s*(?:this|that|it|these|those|such|the\s+(?:figure|number|report|reports|plan|claim|date|move|decision))\b/i;
// 「…のではないかと」 asks, it denies nothing.
/** How far after a Japanese name with its title a negation must stand to deny only the sentence's verb. */
const JA_NAME_NEGATION_GAP = 16;
/** A negation of both of a pair (「…にも、…にもない」「…でも…でもなく」). */
const JA_NEITHER_NOR = /^(?:にも|でも|とも|も)/;
// (「300人を超えることはないとみられる」: a plain verb denied by ことはない.)
// (「…の指揮下にも、…の指揮下にもない」「AでもBでもなく」: neither one; not 「発足して間もない」, soon after, nor 「比べるべくもない」, far from it.)
const NEGATION_JA = /ではない(?!か)|ではなく|じゃない(?!か)|ありません|ません[。、]|なかった|ことはない|(?:にも|でも|とも|(?<!間|べく|紛れ|途方|とんで|他愛|申し訳|何事)も)(?:ない(?!か)|なく)/;
/** "Chief" opening a rank: Chief Petty Officer, Chief Warrant Officer, Chief Master Sergeant. */
const EN_CHIEF_RANK = /^chief\s+(?:petty|warrant|master)\b/i;
const CHIEF = 'chief';
/** Another's possessive, then one to three capitalised words: "Affairs’ Okinawa " (not "Japan's Defense Minister"). */
const EN_OWNED_NAME_BEFORE = /['’]s?\s+(?:[A-Z][\w-]*\s+){1,3}$/;
/** "INDOPACOM head Adm. X": a bare "head" is a post only before a rank ("will head to Manila", "joint staff head X" are not). */
const HEAD = 'head';
const EN_ESTABLISHMENT_CUE = /^establishment$/i;
/** Before "establishment": the word that makes it a body of people ("the defense establishment", "the military establishment"). */
const EN_BODY_ESTABLISHMENT_BEFORE = /\b(?:defen[cs]e|military|security|political|policy|foreign[- ]policy|media|medical|scientific)\s+$/i;
const EN_RANK_AFTER = /^\s+(?:Adm\.|Admiral|Gen\.|General|Lt\.|Lieutenant|Vice|Rear|Maj\.|Major|Col\.|Colonel)\s/;
/** A sentence that opens on another occasion than the one told of: "The last meeting", "Their next talks", 「前回の会合は」「次回は」. */
const ANOTHER_OCCASION_OPENS = /^\s*(?:(?:The|Their|Its)\s+(?:last|previous|next|prior|earlier|latest|upcoming|following)\s+(?:[a-z-]+\s+){0,2}?(?:meeting|talks|summit|round|session|visit|gathering|dialogue|conference)\b|(?:前回|次回|前々回|この前|先の)(?:の[^、。]{0,10}?(?:会合|会談|会議|協議))?(?:は|も))/i;
/** Between a value and a name after it: words of comparison ("more than twice", "compared with", "as many as"). */
const EN_COMPARED_BETWEEN = /\b(?:than|twice|double|triple|thrice|half|times|compared\s+(?:with|to)|as\s+(?:many|much|large|big|small)\s+as|versus|vs)\b/i;
/** After a name a value before it is compared with: 「の2倍」「の半分」「より」「と比べ」「を上回る」. */
const JA_COMPARED_AFTER = /^[」』]?(?:の(?:約)?[0-9０-９.．一二三四五六七八九十数]+倍|の(?:約)?半分|より|と比べ|に比べ|と比較|を上回|を下回)/;
/** From a sentence's start to a name: a subordinate clause of time that opens it ("Three years before the "). */
const EN_FRONTED_SUBORDINATE = /^[\s"“]*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?(?:before|after|when|while|once|until|since)\s[^,;:]*$/i;
/** Inside an aside opened by a comma: a preposition right before a name, which it governs ("…, often cited as a model for Japan's ", "…, frequently mentioned in Japanese debates about a "). */
const EN_ASIDE_PREPOSITION = /^,\s+[^,;:()]{0,60}?\b(?:for|to|of|with|like|unlike|than|from|about|over|regarding|on|by|against|into|under|below|within|alongside|beside)\s+(?:(?:the|a|an|its|their|Japan['’]s|[A-Z][\w.-]*['’]s)\s+)?$/;
/** After the aside's name: the rest of the aside, its closing comma, then the verb the cue is ("…JJOC, was set up", "…JJOC, opened"). */
const EN_ASIDE_CLOSED_THEN_VERB = /^[^,;:()]{0,60},\s+(?:(?:was|were|is|are|has\s+been|had\s+been|will\s+be|first|officially|formally)\s+){0,2}$/;
/** Before the aside: a noun phrase in capitals of its own ("Britain's Permanent Joint Headquarters at Northwood"). */
const EN_OWN_SUBJECT_BEFORE_ASIDE = /^[\s"“]*(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*(?:\s+(?:at|in|of)\s+(?:[A-Z][\w.’'-]*\s*)+)?$/;

/** Before an aside's possessor: the comma that opens the aside. */
const EN_ASIDE_POSSESSOR_BEFORE = /,\s+(?:the\s+)?$/;
/** After it: its 's, the noun it owns, then the aside's closing comma. */
const EN_ASIDE_POSSESSED_AFTER = /^['’]s\s+[^,;:()]{1,60},\s/;

/** Is `m` the possessor in an aside (", the JJOC's first full fiscal year,") that closes before `cueStart`? */
function possessorInAside(text: string, sentenceStart: number, m: Mention, cueStart: number): boolean {
  if (m.start - sentenceStart < 8 || !EN_ASIDE_POSSESSOR_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 8), m.start))) return false;
  const aside = EN_ASIDE_POSSESSED_AFTER.exec(text.slice(m.end, Math.min(cueStart, m.end + 70)));
  return aside !== null && m.end + aside[0].length <= cueStart;
}

/** Is `m` the object of a preposition inside an aside that follows the sentence's own subject ("The Cyber Defense Command, placed under the JJOC,")? */
function asideObject(text: string, sentenceStart: number, m: Mention): boolean {
  // (Looked for no further back than the aside's reach: a sentence with no comma would send the search across the document.)
  const comma = lastIndexWithin(text, ',', m.start, Math.max(sentenceStart + 1, m.start - 80));
  if (comma < 0) return false;
  return EN_ASIDE_PREPOSITION.test(text.slice(comma, m.start)) && EN_OWN_SUBJECT_BEFORE_ASIDE.test(text.slice(sentenceStart, comma));
}

/** A cue of holding a gathering (開催, "held"). */
const HELD_CUE = /開催|開か|行われ|\b(?:held|hosted|convened)\b/i;
/** An earthquake's name. */
const QUAKE_LABEL = /地震|震災|earthquake/i;
/** Right before a name: an indefinite article ("a JJOC of 1,000 personnel"). */
const EN_INDEFINITE_BEFORE = /\b(?:a|an|any)\s+$/i;
/** A verb of what would or could be. */
const EN_WOULD = /\b(?:would|could|might)\b/i;
/** Right before a series' general name: a word that sets another round of it (「前回の」「次回の」, "the previous"). */
const ANOTHER_ROUND_BEFORE = /(?:(?:前回|次回|前々回|次々回)の?|\b(?:previous|next|prior|upcoming|preceding)\s+)[「『"“]?$/i;
/** How far into a sentence its opening on another occasion is looked for. */
const OCCASION_REACH = 60;
/** A negated verb or copula right before a noun (「実施していなかった工事」): a relative clause's. */
const JA_ATTRIBUTIVE_NEGATION = /(?:ではない|じゃない|なかった)(?=[\u4e00-\u9fff\u30a1-\u30fa])/g;

/** Between a subject and its verb in the active voice: nothing, or an auxiliary and adverbs (not a passive's "was"). */
const EN_ACTIVE_SUBJECT_GAP = /^\s+(?:(?:has|have|had|will|would|also|then|recently|officially|formally|quickly|later|now|soon|already|first|(?:is|are|was|were)\s+(?:intended|expected|designed|meant|going|due|able|aiming|trying|planning|seeking|tasked))\s+)*$/i;
/** A founding verb in the active voice, then its object ("established a new unit", "will create the conditions"). */
const EN_FOUNDED_OBJECT = /^(?:(?:will|would|to|can|could|may|might)\s+)?(?:establish(?:ed|es)?|creat(?:e|ed|es)|sets?\s+up|found(?:ed|s)?|form(?:ed|s)?|activat(?:e|ed|es)|st(?:and|ood)\s+up|launch(?:ed|es)?)\s+(?:a|an|the|its|their|this|two|three|several|new)\b/i;
/** 「そのため131億円を要求し」: the money is for what the sentence before told of. */
const JA_FOR_THAT_OPENING = /^\s*(?:その|この)ため(?:に)?、?(?![^。]*(?:は|が)、)/;
/** Quoted speech: 「…」 and “…” (not nested, at most 400 code units). */
const QUOTED = /「[^「」]{0,400}」|“[^“”]{0,400}”/g;
/** Words the caption and praise patterns below open with, in any case: where neither is, they are not tried. */
const NOT_SIGN = /not /i;
const NEVER_SIGN = /never/i;

/** After a date: の, maybe past the part of the month (末, 上旬…), writing the date onto the noun that follows. */
const JA_WRITTEN_ONTO = /^(?:末|上旬|中旬|下旬|初め)?の/;
/** After a cue: something else is timed with the event (「発足に合わせて」「創設に伴い」「新設を受けて」). */
// (「発足に先立ち」「…に先駆けて」: before it, a time of its own.)
const JA_TIMED_WITH = /^\s*(?:に合わせ|にあわせ|に伴|にともな|を受け|に向け|を前に|を控え|に先立|に先駆け|にさきがけ)/;
// A cue used as a point in time ("発足から半年", "since its founding") states no value for it.
// (「発足1周年」「発足5周年にあたる2030年3月」: an anniversary of the event, on a later day.)
// (「発足のおよそ2年前、」: a span counted from it, after の.)
const REFERENCE_AFTER_JA = /^\s*(?:から|以来|後|前|以降|当時|の際|時|直後|直前|前後|まで|[0-9０-９一二三四五六七八九十]+周年|の(?:およそ|約|ほぼ)?[0-9０-９一二三四五六七八九十数半]+(?:年|か月|カ月|ヶ月|箇月|日|週間)(?:余り|ほど)?(?:前|後))/;
const REFERENCE_BEFORE_EN = /\b(?:since|after|before|until|following|prior to|ahead of|years? of|months? of|anniversary of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\S+(?:'s|’s)?\s+)?$/i;
/** "ahead of the activation ceremony", "after its launch": the event still has its own date right after it. */
// "since its establishment in March 2025": since too, with the date written onto the event.
// ("two years before the JJOC was established": the event told in a clause of its own after the word of time.)
const REFERENCE_EVENT_EN = /\b(?:after|before|following|prior to|ahead of|since|until)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\S+(?:'s|’s)?\s+)?(?:(?:was|were|had\s+been)\s+)?$/i;
/** Between such an event and its date: only where it takes place ("at Camp Ichigaya in central Tokyo, "). */
const EN_PLACE_PHRASE = /^(?:[\s,]+(?![\s,])|(?:at|in|on|the|of|central|downtown)\b|[A-Z][\w.’'-]*(?![\w.’'-]))*$/;

/** A name marked as what the clause is about: 「在日米軍は」「在日米軍について」「在日米軍（USFJ）が」. */
const JA_MARKED = /^(?:[（(][^）)]{0,20}[）)])?(?:司令部)?(?:は|が|も|について|では)/;

/** A full date that opens a Japanese sentence, set off by a comma, in a sentence with no cue that takes a date. */
function sceneDate(text: string, sentence: SentenceRange, hits: CueHit[], dataset: Dataset): ParsedValue | undefined {
  const lead = /^\s*(?:[0-9０-９]{4}年|令和|平成)/.exec(text.slice(sentence.start, sentence.start + 8));
  if (!lead) return undefined;
  const value = findValues(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)))[0];
  if (!value || value.value.kind !== 'date' || value.value.yearless || value.value.precision !== 'day') return undefined;
  const start = sentence.start + value.start;
  if (!/^(?:頃|ごろ)?、/.test(text.slice(start + value.text.length, start + value.text.length + 3))) return undefined;
  if (hits.some((h) => h.properties.some((p) => dataset.properties.get(p)?.type === 'date'))) return undefined;
  return { ...value, start, end: start + value.text.length };
}

/** A date's time-zone gloss in brackets: 「(日本時間8日未明)」「（現地時間7日）」, "(Japan time)", "(8 a.m. JST)". */
const TIME_ZONE_GLOSS = /[（(](?:日本時間|現地時間|米東部時間|米国東部時間|米国時間|ハワイ時間|Japan\s+time|local\s+time|JST)[^（）()]{0,20}[)）]|[（(][^（）()]{0,20}(?:JST|local\s+time|Japan\s+time)[)）]/gi;

/** Before a title: 当時の opening a clause that ends in 「で、」, then the title of a clause set beside it (「当時の首相は菅直人氏で、防衛相は」). */
/** Before a post: the cabinet told of before (「同じ内閣の防衛大臣は」「同内閣の」), whose time the sentence before gave. */
const JA_SAME_CABINET_BEFORE = /(?:同じ|同)(?:内閣|政権)の\s*$/;
// (「当時の首相は菅直人氏、防衛大臣は北澤俊美氏である」: a list of holders after 当時の, set off by a comma.)
const JA_THEN_PARALLEL_BEFORE = /当時の[^。、]{1,24}?(?:で|であり|氏|さん)、[^。、]{0,6}$/;

/** A navigation line a scraped page opens with, before its title. */
// (Also a bar of four or more short links set off by |: 「英文维基 | 中文维基 | 日文维基」.)
// (A wiki page's byline too: "From Wikipedia, the free encyclopedia", a mirror's "fro' Wikipedia", 「出典: フリー百科事典『ウィキペディア（Wikipedia）』」.)
/** How far into a sentence a cue may open it and be about the page's title. */
const TITLE_CUE_OPENING = 12;
/** How many lines of a page's chrome may open its first sentence. */
const MAX_CHROME_LINES = 4;
const PAGE_CHROME_LINE = /^\s*(?:コンテンツにスキップ|本文へスキップ|本文へ移動|メインコンテンツへスキップ|Skip to (?:main )?content|Jump to (?:navigation|content|search)|(?:From|fro['’]?)\s+Wikipedia,\s+the\s+free\s+encyclopedia|出典[:：]\s*フリー百科事典『ウィキペディア[（(]Wikipedia[）)]』|[^|。.\n]{1,12}(?:\s\|\s[^|。.\n]{1,12}){3,})\s*$/i;

const JA_MEETING_AFTER = /^(?:会談|会合|会議|協議)/;
/** The title translations give a defence minister of any country (「国防相」「国防大臣」). */
const JA_DEFENCE_MINISTER_ABROAD = /^国防(?:相|大臣)$/;
/** 「日本の」 opening the phrase a title ends: names, titles and 、 or と between, no other の (「日本の木原防衛相と中国の董軍国防相」 is China's). */
const JA_JAPANS_BEFORE = /日本(?:国|側)?の(?:[^。、「」のはがをに]{1,14}[、と])?[^。、「」のはがをに]{0,14}$/;

/** Before a page's own date: 「公開日:2025年3月24日」「更新日」, "Published:" — when it was written, not what happened. */
const PAGE_DATE_BEFORE = /(?:公開日|更新日|配信日|投稿日|掲載日|最終更新)\s*[:：]?\s*$|\b(?:Published|Updated|Posted)(?:\s+on)?\s*:?\s*$/i;

/** 「…とは何者か?」「…とはどんな人物?」: a question about who someone is. */
/** A Japanese sentence that asks, ended by its question particle (「…のだろうか。」「…のか。」「…ではないか。」). */
const JA_QUESTION_END = /(?:だろう|でしょう|の|ん|ない|ます|です|る|た)か[。」\s]*$/;
/** A question of why, how, what, where, when or who, which takes the rest of its sentence as given. */
// (「中谷元防衛相の視察で何が語られたのか」: what, where, when and who ask of the rest as given too.)
const JA_WHY = /なぜ|何故|どうして|なんで|どのように|いかにして|何が|何を|どこで|どこに|いつ|誰が|誰を|誰と/;
/** A title that says only "the one at the top": "chief", "head", "leader". */
const EN_BARE_HEAD_CUE = /^(?:chief|head|leader)$/i;
/** Words that may stand between a subject and its bare title ("its top military leader", "the command's new chief"). */
const EN_TITLE_MODIFIER = /^(?:the|its|their|his|her|new|former|current|acting|interim|then|top|senior|overall|military|first|next|incoming|outgoing)$/i;
/** Is the word right before a bare title another owner than the subject's name ("party chief", "opposition leader")? */
function otherTitleOwnerBefore(text: string, at: number, mention: Mention | undefined): boolean {
  const before = /([A-Za-z][\w.-]*)(['’]s)?\s+$/.exec(text.slice(Math.max(0, at - 30), at));
  if (!before) return false;
  const wordStart = at - before[0].length;
  if (mention && mention.end >= wordStart && mention.start < at) return false;
  return !before[2] && !EN_TITLE_MODIFIER.test(before[1]!);
}
/** After a name: its title, then a topic or subject marker (「陸将は」「氏が」). */
const JA_TOPIC_AFTER = /^[^\s。、「」]{0,4}?(?:は|が)/;
/** Between two names: と, や, 及び, 並びに, the joints of a list. */
const JA_COORDINATED = /^(?:と|や|及び|および|並びに|ならびに)$/;
/** Relations both sides hold alike, where names joined in a list are each other's values. */
const SHARED_RELATIONS = new Set(['counterpart', 'participants']);
/** Before "under Adm. X": the sentence's verb of service in the past ("served as", "worked"). */
const EN_SERVED_UNDER_BEFORE = /\b(?:served|worked|fought|trained)\b/i;
/** "the Valdivia earthquake", "the 1960 Chile earthquake": an earthquake named in the sentence. */
const EN_ANOTHER_NAMED_QUAKE = /\b(?:[Tt]he|[Aa])\s+(?:(?:19|20)\d\d\s+)?(?:magnitude\s+\d(?:\.\d)?\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:earthquake|quake)\b/;
/** A bulleted item opening on its label and a colon: 「・陸上総隊：」「- 水陸機動団:」 (not a caption's or a source's, 「画像:」「出典:」). */
const JA_LABEL_OPENS = /^\s*[・•\-*]\s*(?!(?:画像|写真|図|表|出典|注|動画|映像|資料|引用|参考)[：:])[^：:。、「」\s]{1,20}[：:]/;
/** A fact-check's label opening a sentence or item: what follows is put up to be judged. */
const CLAIM_LABEL = /^[\s\-*•・]*(?:Myth|Claim|Rumou?r|Misconception|Hoax|Fake\s+news|誤解|俗説|デマ|うわさ|噂|誤情報)\s*[:：]/i;
/** Where a question's stated clause ends: at its last 「…したが、」「…けれど、」 or ", but how/can/…", else at 0. */
const JA_STATED_THEN_ASKED = /(?<=[たいるだす])(?:が|けれど(?:も)?|ものの)、/g;
const EN_STATED_THEN_ASKED = /,\s+(?:but|yet)\s+(?=(?:how|why|what|when|where|who|whether|will|can|could|would|should|does|do|did|is|are|was|were|has|have)\b)/gi;
const MAX_STATED_CLAUSES = 8;
function statedBeforeQuestion(body: string, lang: 'en' | 'ja'): number {
  let at = 0;
  let n = 0;
  for (const m of lang === 'ja' ? body.matchAll(JA_STATED_THEN_ASKED) : body.matchAll(EN_STATED_THEN_ASKED)) {
    if (++n > MAX_STATED_CLAUSES) break;
    at = m.index;
  }
  return at;
}
/** 「【Q&A】「普天間飛行場の辺野古移設問題」って何?」: a question of what something named is, which takes the name as given. */
const JA_WHAT_IS = /[」』](?:って|とは)(?:何|なに|なん)(?:ですか|なの|なのか|か)?[?？]\s*$/;
const JA_WHO_IS = /とは(?:何者|誰|だれ|どんな人物|どのような人物|どんな人)(?:なの|だ)?か?[?？]\s*$/;

/** Words that set another time than the day before: 翌年, 同年後半, その後, 来月. */
const JA_RELATIVE_TIME = /翌|その後|後に|前に|来年|来月|昨年|先月|去年|以前|以降|当時/;
/** A cue that is the predicate: 「発足し」「発足した」「新設された」. */
const JA_PREDICATE_CUE = /^(?:し|した|する|され|された|して)/;

/** After a place: ", where the ministry is located" (the place name ends right before the match). */
const EN_WHERE_LOCATED = /(?=(\s+(?:area|district|ward|neighbou?rhood))?,?\s+where\s+(?:the|its)\s+([A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:is|was|has been)\s+(?:located|based|headquartered|housed))/g;

/** After a place: 「の同省」「の同司令部」, the body of that kind named before. */
const JA_SAME_BODY_AFTER = /^の同(省|庁|司令部|本部)/;
/** Before a place: a description of an organisation and its site ("the ministry compound in", "the ministry's headquarters at"). */
// "at his ministry in Ichigaya": the minister's own ministry, told by him.
const EN_DESCRIBED_SITE = /\b(?:the\s+(ministry|agency)(?:['’]s)?\s+(?:new\s+)?(?:compound|headquarters|head\s+office|main\s+office|building|premises|grounds|facilities|offices|complex)|(?:his|her)\s+(ministry|agency)|\b(?:at|outside|inside)\s+the\s+(ministry|agency))\s+(?:in|at)\s+(?:the\s+)?$/i;

/** "the new command", "the newly created headquarters", "the envisaged unified command" (not "the command of"): an entity told of before. */
const EN_NEW_THING = /\bthe\s+(?:new|newly[- ]created|newly[- ]established|planned|envisaged|envisioned|proposed)\s+(?:(?:unified|joint|integrated|permanent|standing)\s+)?(command|headquarters|unit|organization|organisation|structure)\b(?!\s+of\b)/gi;

/**
 * Japanese when its kana and kanji are not outweighed by Latin letters (a Japanese sentence
 * names JJOC in letters; an English one may give 統合作戦司令部 in brackets): a kanji says about
 * as much as three letters.
 */
function sentenceLanguage(body: string): Lang {
  let cjk = 0;
  let latin = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body.charCodeAt(k);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return cjk > 0 && cjk * 3 >= latin ? 'ja' : 'en';
}

/** The sentence's names with its descriptions of organisations added (a name inside one is its possessor, left out). */
function withDescriptions(body: string, offset: number, resolved: Mention[], described: readonly DescriptionSpan[], ctx: ClaimContext, discourse: Discourse, lang: Lang): Mention[] {
  const spans = [...described];
  // "plan to launch the new command — which will be …": a new-thing description of the latest entity it fits.
  if (lang === 'en') for (const m of body.matchAll(EN_NEW_THING)) {
    if (m.index === 0 || spans.some((d) => d.start < m.index + m[0].length && m.index < d.end)) continue;
    const entity = resolveAnaphor({ kind: 'thing', head: m[1]!.toLowerCase(), words: [m[1]!.toLowerCase()] }, discourse, ctx.dataset, 'en')[0];
    if (entity) spans.push({ entity, start: m.index, end: m.index + m[0].length });
  }
  if (spans.length === 0) return resolved;
  const out = [...resolved];
  for (const d of spans) {
    let start = offset + d.start;
    const end = offset + d.end;
    if (out.some((m) => m.start < end && start < m.end && !(m.start >= start && m.end <= end))) continue;
    // "Hawaii's replacement facility": a place that owns a facility's description is the place it
    // stands for (relocation.ts), kept beside the description rather than left out as a possessor.
    if (d.entity.type === 'place') {
      const owner = out.find((m) => m.start === start && ctx.dataset.entities.get(m.entity)?.type === 'place');
      const possessive = owner && /^['’]s\s+/.exec(body.slice(owner.end - offset, owner.end - offset + 4));
      if (owner && possessive) start = owner.end + possessive[0].length;
    }
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= start && out[k]!.end <= end) out.splice(k, 1);
    out.push({ entity: d.entity.id, text: body.slice(start - offset, d.end), start, end, range: { start: ctx.positionAt(start), end: ctx.positionAt(end) }, lang, via: 'alias' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Prefixes a document's Japanese name keeps its identity after: 新, 現, 同, 米 and the like. */
const JA_SAME_DOCUMENT_PREFIX = /[新現旧同当本各両米日]$/;

/**
 * 「中期防衛力整備計画」: a document's Japanese name glued to kanji before it is part of a longer
 * title, another document (the Mid-Term Defense Program is not the Defense Buildup Plan).
 */
function insideLongerTitle(text: string, m: Mention, dataset: Dataset): boolean {
  // "the Reiwa 5 Oku-Noto Earthquake": an event's name after a word joined by a hyphen is part of another event's name.
  if (m.lang !== 'ja') return /^[A-Z]/.test(m.text) && EN_HYPHENED_PREFIX.test(text.slice(Math.max(0, m.start - 12), m.start)) && dataset.entities.get(m.entity)?.type === 'event';
  if (!/^[\u4e00-\u9fff]/.test(m.text)) return false;
  const before = text[m.start - 1] ?? '';
  if (!/[\u4e00-\u9fff]/.test(before) || JA_SAME_DOCUMENT_PREFIX.test(before)) return false;
  return dataset.entities.get(m.entity)?.type === 'document';
}

/** Right before a name: a word in title case joined to it by a hyphen ("Oku-"), not a pair of parties ("U.S.-", "Japan-"). */
const EN_HYPHENED_PREFIX = /(?<![\w.-])(?!(?:Japan|US|U\.S|America|Australia|China|Korea|Philippines|India|UK|Britain|France|Germany|Canada)-)[A-Z][a-z]{1,10}-$/;
/** A row that names what the rows after it are about: 「名称:…」, "Name: …". */
const NAME_ROW = /^[\s|*•・-]*(?:名称|正式名称|部隊名|Name|Official name)\s*(?:[:：|]|\t)\s*(\S[^\n]*)$/i;
/** How far back, in lines and in code units, the rows of one list are looked at. */
/** Before a page's title: list and heading marks, or an infobox's name row's key ("Agency Name: |", "Unit Name:"). */
// "The Joint Operations Command (Japanese: …) is …": an encyclopedia's first sentence opens with its title after "The".
const NAME_ROW_LEAD = /^[\s#>*|=-]*(?:(?:Agency|Unit|Office|Organi[sz]ation)\s*Name\s*[:：|]\s*\|?\s*|The\s+(?=[A-Z]))?/i;
const ROW_LOOKBACK_LINES = 6;
const ROW_LOOKBACK = 400;

/** Does a row in the few lines above `at` name something other than `title` (the rows after it are that thing's)? */
function namedOtherAbove(text: string, at: number, title: Entity | undefined): boolean {
  if (!title) return false;
  const from = Math.max(0, at - ROW_LOOKBACK);
  const lines = text.slice(from, at).split('\n').slice(0, -1).slice(-ROW_LOOKBACK_LINES).reverse();
  for (const line of lines) {
    const m = NAME_ROW.exec(line);
    if (!m) continue;
    const value = m[1]!.toLowerCase();
    const names = [...Object.values(title.labels), ...title.aliases.map((a) => a.text)].filter((n): n is string => !!n && n.length >= 2);
    return !names.some((n) => value.includes(n.toLowerCase()));
  }
  return false;
}

const ministriesCache = new WeakMap<Dataset, Map<string, Entity[]>>();

/** The one organisation whose minister, by the dataset, is a person named in `mentions`. */
function ministryOfMinister(mentions: Mention[], dataset: Dataset): Entity | undefined {
  let byPerson = ministriesCache.get(dataset);
  if (!byPerson) {
    byPerson = new Map();
    for (const e of dataset.entities.values()) {
      if (e.type !== 'organization') continue;
      for (const v of e.facts.filter((f) => f.property === 'minister').flatMap(scalars)) if (v.kind === 'entity') byPerson.set(v.id, [...new Set([...(byPerson.get(v.id) ?? []), e])]);
    }
    ministriesCache.set(dataset, byPerson);
  }
  const owners = [...new Set(mentions.flatMap((m) => byPerson!.get(m.entity) ?? []))];
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * A cue directly followed by another property's cue modifies it: 創設経費 and "personnel costs"
 * are costs, not an establishment or a headcount.
 */
function modifiesNextCue(text: string, hit: CueHit, next: CueHit | undefined): boolean {
  if (!next || next.start - hit.end > 1 || text.slice(hit.end, next.start).trim() !== '') return false;
  // "240 personnel under the leadership of …": a cue that opens a phrase of its own modifies nothing.
  if (/^(?:under|of|in|at|by|to|for|with|from|on|as)\b/i.test(text.slice(next.start, next.end))) return false;
  // 「木原稔防衛大臣出席のもと」: who attended, with their title; the title still says who holds it.
  if (/^(?:出席|参加|同席|列席)/.test(text.slice(next.start, next.end))) return false;
  // 「山田氏の防衛相就任」「山田太郎防衛相就任へ」: the post taken up, with its title; the title still says who holds it.
  if (/^(?:就任|起用|任命|着任|内定)/.test(text.slice(next.start, next.end + 2))) return false;
  return next.properties.some((p) => !hit.properties.includes(p));
}

/**
 * Is the cue used as a point in time? `event` when it names an event before or after which
 * something happens: a date right after it, with only a place between, is still the event's own
 * ("ahead of the activation ceremony at Camp Ichigaya, March 24, 2025").
 */
function referencePoint(text: string, hit: CueHit): 'span' | 'event' | undefined {
  if (REFERENCE_AFTER_JA.test(text.slice(hit.end, hit.end + 12))) return 'span';
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  if (REFERENCE_EVENT_EN.test(before)) return 'event';
  return REFERENCE_BEFORE_EN.test(before) ? 'span' : undefined;
}

/** Before an English title, a word that makes it a lesser post: "Vice-Minister", "Deputy Defense Minister", "State Minister". */
// "Private Secretary of the Minister of Defense", "adviser to the defense minister": the post of someone who serves the holder.
const EN_LESSER_POST_BEFORE = /\b(?:vice|deputy|state|assistant|parliamentary|under)[\s-]+$|\b(?:secretary|secretaries|assistant|aide|advisers?|advisors?|office|spokes(?:man|woman|person)|press\s+secretary)\s+(?:of|to)\s+(?:the\s+)?$/i;
/** Per dataset and property, the month (year × 12 + month) of its earliest fact (`from`, else `asOf`). */
const recordStartCache = new WeakMap<Dataset, Map<string, number>>();

function recordStart(dataset: Dataset, property: string): number {
  let byProperty = recordStartCache.get(dataset);
  if (!byProperty) recordStartCache.set(dataset, (byProperty = new Map()));
  let start = byProperty.get(property);
  if (start === undefined) {
    start = Infinity;
    for (const e of propertyHolders(dataset, property)) {
      for (const f of e.facts) {
        const at = f.property === property ? (f.qualifiers.from ?? f.qualifiers.asOf) : undefined;
        if (at && !at.yearless) start = Math.min(start, at.year * 12 + (at.month ?? 1));
      }
    }
    byProperty.set(property, start);
  }
  return start;
}

/**
 * Does the sentence give a date to the month at or after the dataset's first record of the
 * property? Then a title held 「(当時)」 is held then, and compared as of then; before the record
 * (「2023年1月、浜田防衛大臣(当時)」 where the dataset starts in 2024) it stays unread.
 */
function datedWithinRecord(values: readonly ParsedValue[], dataset: Dataset, property: string): boolean {
  const start = recordStart(dataset, property);
  return values.some((v) => v.value.kind === 'date' && !v.value.yearless && PRECISION_RANK[v.value.precision] >= PRECISION_RANK.month && v.value.year * 12 + (v.value.month ?? 1) >= start);
}

/** A Western year written in the sentence (「2025年」, "in 2017"), its last one. */
const WRITTEN_YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2}|[１][９][０-９]{2}|[２][０][０-９]{2})(?![0-9０-９])/g;
function lastYearIn(body: string): number | undefined {
  let year: number | undefined;
  for (const m of body.matchAll(WRITTEN_YEAR)) year = Number(m[1]!.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  return year;
}

/** A month or day written with no year, put in the year the text told last (none when it told none). */
function inYearTold(values: readonly ParsedValue[], candidate: Candidate, year: number | undefined): DateValue | undefined {
  if (year === undefined) return undefined;
  const months = values.filter((v) => v !== candidate.found && v.value.kind === 'date' && v.value.yearless && v.value.month !== undefined);
  const v = months.filter((x) => x.end <= candidate.start).pop() ?? months[0];
  if (!v || v.value.kind !== 'date') return undefined;
  const { yearless: _, ...rest } = v.value;
  return { ...rest, year };
}

/** 「同年」「その年」, "that year", "the same year": the year the text told last. */
const SAME_YEAR = /同年|その年|\b(?:that|the\s+same)\s+year\b/i;
function sameYearTime(body: string, year: number | undefined): DateValue | undefined {
  return year !== undefined && SAME_YEAR.test(body) ? { kind: 'date', year, precision: 'year' } : undefined;
}

/** The date on record of the one dated event the sentence names (not the entity judged itself), as the time it is about. */
function namedEventTime(mentions: readonly Mention[], judged: Entity, dataset: Dataset): DateValue | undefined {
  let found: DateValue | undefined;
  let id: string | undefined;
  for (const m of mentions) {
    const e = dataset.entities.get(m.entity);
    if (!e || e.type !== 'event' || e.id === judged.id || e.id === id) continue;
    const date = e.facts.filter((f) => f.property === 'date').flatMap(scalars).find((v): v is DateValue => v.kind === 'date' && !v.yearless);
    if (!date) continue;
    if (found) return undefined;
    [found, id] = [date, e.id];
  }
  return found;
}

/** 「防衛相（当時）」: a title held at the time told of, not now. */
const JA_THEN_AFTER = /^\s*[（(]\s*当時\s*[）)]/;
/** Before a title: 「かつて」「過去に」, a time before now. */
const JA_FORMERLY_BEFORE = /かつて|過去に/;
// (「かつて太平洋艦隊を率いていたX上将は、…新司令官に就任した」: in a past clause on the topic, it dates that clause only.)
const JA_FORMERLY_OF_TOPIC = /(?:かつて|過去に)[^。、]{0,40}?た[^。、はがを]{1,20}(?:は|が)/;
function formerlyBefore(before: string): boolean {
  const at = before.search(JA_FORMERLY_BEFORE);
  return at >= 0 && !JA_FORMERLY_OF_TOPIC.test(before.slice(at, at + 90));
}
/** After a title: the experience of having held it (「を務めた経験を持つ」「を務めたことがある」). */
// (「防衛相を務めた岩屋毅氏は」: a post held, told as a relative clause before the name; 「防衛相経験者の小野寺氏」: one who held it.)
const JA_SERVED_ONCE_AFTER = /^(?:を)?(?:務めた|経験した)(?:経験|こと)|^を(?:務めた|歴任した)(?=[^。、\s])(?![^。、]{0,4}(?:後|あと|のち|上で))|^経験者/;
/** A sentence that opens on a time before the one told of: 「それまでの3年間、」「それ以前は」「かつては」. */
// (「東日本大震災の発生当時、防衛相は北沢俊美氏だった」「震災当時、」: the time of an event, a time before now.)
const JA_BEFORE_THAT_OPENING = /^\s*(?:それまで(?:の[^、。]{0,10})?|それ以前(?:は)?|かつて(?:は)?|以前は|[^、。]{1,30}?当時(?:は)?)、/;
/** "defense minister at the time", "commander back then". */
const EN_THEN_AFTER = /^\s+(?:at\s+(?:the|that)\s+time|back\s+then|then\b|in\s+those\s+days)/i;
/** After a Japanese cue used as an adverb or topic (将来的には, 計画では, 目標は). */
const JA_ADVERBIAL_CUE_AFTER = /^(?:には|では|は|に)/;
/** 「Aの指揮権を持つ」: a cue whose owner is commanded, not in command. */
const JA_COMMAND_HELD = /指揮権を(?:持|有|握)/;
/** 「①は」「(2)は」: a sentence about a list's item, told before by its number. */
const JA_LIST_ITEM_TOPIC = /^\s*(?:[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|[（(][0-9０-９]{1,2}[）)])は$/;
/** Before a title: the holder is new ("new Japanese Defense Minister", "newly appointed", 「新防衛相」「新任の」). */
/** Between a name and its post: the post held in the past ("X, who was", "X had been", "X served as"). */
// ("X resigned as defense minister", "stepped down as", "quit as": held until then.)
const EN_PAST_HOLDER_BETWEEN = /^,?\s+(?:(?:who|which)\s+)?(?:was|had\s+been|served\s+as|once\s+served\s+as|previously\s+served\s+as|(?:resigned|quit|stepped\s+down|retired|was\s+(?:dismissed|sacked|fired|replaced|ousted))\s+as)\s+(?:(?:the|a|Japan['’]s|Japanese)\s+)?$/i;
/** After a post: held in the past (「を務めた」「を歴任した」「だった」). */
/** Right before a post: its first holder (「初代」, "first", "inaugural"). */
const JA_FIRST_HOLDER_BEFORE = /初代の?$/;
// ("the first Japanese minister of defense": the country's adjective between.)
const EN_FIRST_HOLDER_BEFORE = /\b(?:first|inaugural)\s+(?:(?:female|woman|women|male|civilian|postwar|post-war|Japanese)\s+|Japan['’]s\s+)*$/i;
/** A cue that is itself the first holder's title (「初代司令官」, "first commander"). */
const JA_FIRST_HOLDER_CUE = /^初代/;
const EN_FIRST_HOLDER_CUE = /^(?:first|inaugural)\s/i;
/** After "the first defense minister": the first to do something, not the post's first holder. */
const EN_FIRST_TO_AFTER = /^\s+(?:to|from|who|ever|since|in\s+(?:\d|a\b|over|more))\b/i;

/** Where a post's title starts: at the organisation's name glued before the cue (「初代のインド太平洋軍司令官」), else at the cue. */
function postStart(hit: CueHit, mentions: Mention[]): number {
  return mentions.find((m) => m.end === hit.start)?.start ?? hit.start;
}

/** Does the dataset know who held one of `members` from the day `entity` was set up (the JJOC's first commander)? */
function recordsFirstHolder(entity: Entity, members: string[]): boolean {
  const set = entity.facts.find((f) => f.property === 'established' && f.value.kind === 'date')?.value;
  if (!set || set.kind !== 'date') return false;
  return entity.facts.some((f) => members.includes(f.property) && f.qualifiers.from?.year === set.year && f.qualifiers.from?.month === set.month);
}

/** After a post: held, in the continuative form that chains to the next clause (「を務め、」). */
// (「…防衛大臣に就任し、2024年10月には首相となった」: so is taking it.)
const JA_CONTINUED_POST_AFTER = /^(?:を|も)?(?:務め|歴任し|経験し)、|^に(?:就任し|就き|なり)、/;
/** A sentence whose last verb is in the past tense. */
const JA_PAST_SENTENCE_END = /(?:た|だった|であった)[」』）)]*[。．]?\s*$/;
/** A post held before, chained to a past-tense sentence: 「…を務め、…に就いた」. */
function continuedPastPost(text: string, at: number, body: string): boolean {
  return JA_CONTINUED_POST_AFTER.test(text.slice(at, at + 8)) && JA_PAST_SENTENCE_END.test(body);
}
// (「民間人として初めて防衛相に就任した人物だ」: taken, in a past relative clause on the one who took it.)
// (「防衛大臣を辞任した」「を退任」: held until then; 「を一時兼務した」: held for a while with another post.)
const JA_PAST_POST_AFTER = /^(?:を|も)?(?:務めた|務めていた|歴任した|経験した|辞任|退任|辞職|辞め|退い|更迭され|解任され|(?:一時)?兼務し(?:た|ていた))|^(?:だった|であった)|^に(?:就任し|就い|起用され|なっ)た(?:人物|人|政治家|議員)/;
/** Between a name and its post: the name told taking it ("was appointed", "became", "took office as"). */
const EN_TOOK_POST_BETWEEN = /^\s+(?:(?:was|has\s+been|had\s+been)\s+(?:appointed|named|installed|sworn\s+in|tapped|picked|chosen)(?:\s+as)?|became|took\s+office\s+as|took\s+over\s+as|assumed\s+the\s+post\s+of)\s+(?:(?:the|new|Japan['’]s|Japanese)\s+)*$/i;
/** After a post: the name before it told taking it (「に就任した」「となった」「に起用された」), not in a clause on one who did. */
const JA_TOOK_POST_AFTER = /^(?:に(?:再び|新たに|正式に)?(?:就任|任命|着任|起用|昇任|就[いき])|(?:に|と)なっ(?:た|て))/;
/** Words that tell a time without a date: 「昨日」「これから」「今月」「内閣」, "yesterday", "this month", "cabinet". */
const TIME_TOLD = /昨日|今日|本日|先日|これから|今後|今月|先月|来月|今年|昨年|去年|来年|今週|先週|来週|内閣|政権|\b(?:yesterday|today|tomorrow|(?:this|last|next)\s+(?:week|month|year)|early|late|mid-|cabinet|administration|government)\b/i;
/** After a name the post comes before: it takes the post (「統合作戦司令官に山田太郎空将が就任した」). */
const JA_NAME_TOOK_POST_AFTER = /^[^。、「」]{0,4}?が(?:就任|着任)/;
/** The first holder (「初代」, "first", "inaugural"): a holder the dataset has from the start, no later change. */
const FIRST_HOLDER_NEAR = /初代|\b(?:first|inaugural)\b/i;
function tookPost(text: string, hit: CueHit, candidate: Candidate, lang: Lang): boolean {
  if (FIRST_HOLDER_NEAR.test(text.slice(Math.max(0, hit.start - 12), hit.end))) return false;
  if (lang === 'en') return candidate.end <= hit.start && EN_TOOK_POST_BETWEEN.test(text.slice(candidate.end, hit.start));
  if (candidate.start >= hit.end) return /^に/.test(text.slice(hit.end, hit.end + 1)) && JA_NAME_TOOK_POST_AFTER.test(text.slice(candidate.end, candidate.end + 8));
  return candidate.end <= hit.start && JA_TOOK_POST_AFTER.test(text.slice(hit.end, hit.end + 8)) && !JA_PAST_POST_AFTER.test(text.slice(hit.end, hit.end + 12));
}
const EN_NEW_HOLDER_BEFORE = /\b(?:new|newly[- ](?:appointed|named|installed|minted)|incoming|just[- ]appointed)\s+(?:(?:Japanese|Japan['’]s|U\.S\.|US|American)\s+)?$/i;
const JA_NEW_HOLDER_BEFORE = /(?:新任の|新しい|(?<![最革更刷])新)$/;
/** After a holder's title: the time told from taking the post (「は就任後初めて」「は就任から約1週間後」). */
const JA_SINCE_TAKING_POST_AFTER = /^(?:は|が|も)?、?就任(?:後|から|して(?:から|以来)|直後|以来)/;
/** After a Japanese title, a word that makes it another post: 「防衛大臣政務官」「防衛大臣補佐官」「司令官補佐」「司令官付」. */
const JA_LESSER_POST_AFTER = /^(?:政務官|補佐|秘書官|付|官房)/;

/** An indefinite article before a title, not "a new" one (who takes up the post): "as a commander", "an operational commander". */
const EN_INDEFINITE_POST = /\b(?:a|an)\s+(?!new\b)(?:[a-z-]+\s+)?$/i;

export const MAX_SENTENCE_LENGTH = 2000;

/** After a name: what it is compared with (「とは異なり」「と違って」「と同じく」「と同様に」), its title between. */
const JA_COMPARED_WITH_AFTER = /^[^\s、。]{0,4}?(?:とは異なり|とは違い|とは違って|と違い|と違って|と異なり|と同じく|と同様|に比べ|と比べ)/;
/** After a cue: its clause closed as something heard or said (「したそうだと聞いて」「すると発表し」). */
const JA_QUOTED_CLAUSE_CLOSED = /^(?:した|された|する|される)?(?:そうだ|らしい|ようだ|という)?と(?:聞|言|い[うっ]|話|述べ|報じ|伝え|知|思|考|発表)/;
/** Right before a cue: a relative pronoun after a noun of its own ("the amendment that", "the law which"). */
const EN_RELATIVE_ON_NOUN_BEFORE = /\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:that|which)\s+$/i;
/** After the relative clause's object: the main clause's verb ("passed the Diet in", "was enacted in"). */
const EN_MAIN_VERB_AFTER_OBJECT = /^\s+(?:was|were|is|are|has\s+been|had\s+been|passed|cleared|enacted|approved|adopted|took\s+effect|came\s+into\s+force|became)\b/i;
/** Right before a cue: a clause of what a noun would do ("the bills that would", "legislation to"). */
const EN_OTHER_NOUN_WOULD_BEFORE = /(?:\b(?:that|which)\s+(?:would|will|could|should|might|(?:is|was|are|were)\s+to)\s+|\b(?:bills?|laws?|legislation|amendments?|measures?|proposals?)\s+(?:to|that)\s+)$/i;
/** Right before a cue: a verb of deciding or planning that takes it as its infinitive ("decided to establish", "agreed to set up"). */
// ("decided in December 2022 to set up the JJOC": the decision's date between the verb and its "to".)
// ("The law was amended in 2006 to create the Joint Staff, and again in 2024 to create the JJOC": the law's amendment, its verb left out the second time.)
const EN_DECIDED_TO = /\b(?:decided|decides|decide|agreed|agrees|planned|plans|plan|pledged|vowed|promised|resolved|aims|aimed|intends|intended|sought|seeks|proposed|hopes|hoped|wants|wanted|moved|amended|revised|enacted|passed|budgeted|allocated|requested|funded|earmarked|submitted|(?:is|was|were|are)\s+set|\band\s+again)\s+(?:(?:in|on)\s+[^,;.]{1,30}?\s+)?to\s+$/i;

/** How far apart two cues of one family may stand and still speak of the same member ("planned personnel"). */
const NEAR_CUE = 40;

/** How far into a Japanese sentence a topic the dataset does not know may open it. */
const JA_OPENING_TOPIC = 16;

/** The one organisation with a post whose full title (more than the post's bare label: 防衛大臣, not 大臣) a cue is. */
function fullTitleOwner(cue: string, decl: PropertyDecl, dataset: Dataset): Entity | undefined {
  if (!personValued(dataset, decl.name) || cue.length < 3 || cue === decl.label.ja || cue.toLowerCase() === (decl.label.en ?? '').toLowerCase()) return undefined;
  return soleOrganisation(decl.name, dataset);
}

/** After an event's cue: a relative clause ending in a noun of such an event (「発生したM5.1の地震」「開かれた首脳会談」). */
const JA_CUE_MODIFIES_EVENT = /^(?:した|する|された|される)[^、。「」]{0,12}?(?:地震|震災|会談|会議|会合|サミット)/;
/** After an event's verb: 「以来」, since then (「開催して以来」「行われて以来」). */
const JA_SINCE_AFTER = /^(?:(?:され|し)?て)?以来/;
/**
 * A date of a plan that was then changed: 「3月初旬に…訪問を実現させようとしていたが、…日程が変更された」,
 * "had planned to hold it in March, but it was postponed". The date is the plan's, not the event's.
 */
const JA_PLAN_BEFORE_CHANGE = /(?:よう|予定|計画)(?:と)?(?:して|し)?いたが|予定だったが|はずだったが|見通しだったが/;
const JA_CHANGED = /変更|延期|見送|中止|ずれ込|先送り|繰り下げ|繰り延べ/;
const EN_PLAN_BEFORE_CHANGE = /\b(?:had\s+(?:planned|hoped|intended|sought|aimed)|had\s+been\s+(?:planned|scheduled|set|expected)|was\s+(?:originally|initially)\s+(?:planned|scheduled|set|expected))\b/i;
const EN_CHANGED = /\b(?:postponed|rescheduled|delayed|pushed\s+back|put\s+off|called\s+off|cancel(?:l)?ed)\b/i;

/** Right before a cue of publishing: its first time (「初めて」「最初に」, "first"). */
const JA_FIRST_EDITION = /(?:初めて|はじめて|最初に)$/;
const EN_FIRST_EDITION = /\bfirst\s+(?:been\s+)?$/i;

/** Was the mention matched by one of the entity's names that need context (a general name others share: 能登半島地震, "2+2")? */
function generalName(entity: Entity, mention: Mention): boolean {
  const written = normalizeKey(mention.text);
  return entity.aliases.some((a) => a.needsContext && normalizeKey(a.text) === written);
}

/** An event's name written without its year or era (「能登半島地震」, "Noto Peninsula earthquake"): others of its kind have had it. */
function yearlessEventName(entity: Entity, mention: Mention): boolean {
  return entity.type === 'event' && !/(?:19|20)[0-9]{2}|[１２][０-９]{3}|令和|平成|昭和/.test(mention.text);
}

/** A clause of supposition: "if"/"unless" up to its comma; 「仮に」「もし」 up to its conditional ending. */
// ("Should the JJOC's staff reach 280, it would …": a condition told by inverting its verb, at the sentence's start.)
// ("Suppose the JJOC grew to 500 personnel; …": a sentence opened by a verb of supposing, up to its semicolon or comma.)
const EN_SUPPOSITION = /\b(?:if|unless)\b[^,;:]*|^\s*(?:Should|Were|Had|Suppose|Supposing|Imagine|Assume|Assuming|Say)\s[^,;:]*/gi;
// (「もし統合作戦司令部が1年早く、2024年3月に発足していたなら」: a comma may stand inside the supposition.)
const JA_SUPPOSITION = /(?:仮に|もし)[^。]{0,60}?(?:れば|たら|なら|ても)/g;
/** After a value: the conditional its clause ends in (「300人規模になれば」「…となったら」). */
// (「500人まで膨らめば」: any verb in its conditional form, right after the value and its particle; 「300人規模で始められれば理想的だった」, a wish.)
const JA_CONDITIONAL_AFTER = /^[^。、]{0,8}?(?:になれば|となれば|であれば|ならば|になったら|となったら|を超えれば|に達すれば)|^(?:人|名)?(?:規模)?(?:まで|に|へ|を)[\u3040-\u309f\u4e00-\u9fff]{1,4}?[れえめけせてねべげ]ば[、\s]|^(?:人|名)?(?:規模|体制)?で[\u3040-\u309f\u4e00-\u9fff]{1,8}?[れえめけせてねべげ]ば(?![\u3040-\u309f])/;
/** After a value: its clause is an opinion or a guess someone holds (「…に拡大すべきだとの意見」「…になるとの観測」). */
// (「1000人規模にするような計画は…示されていない」: a plan told as a kind, not one there is.)
const JA_OPINION_AFTER = /^[^。、]{0,16}?(?:べき(?:だ|である)?(?:との|という|と)|(?:との|という)(?:観測|見方|予測|見通し|憶測|臆測|推測|声|意見|指摘|主張)|(?:に|と)?する(?:ような|といった)(?:計画|案|構想|方針))/;

/** "should eventually grow to 500", "could grow to 500", 「増やすべきだ」: a value wished or possible, in its clause before it. */
const EN_MODAL_BEFORE = /\b(?:should|could|might|ought\s+to|would\s+(?:take|need|require))\b[^,;:]{0,50}$/;

/** Is `at` (an offset in `body`) inside a clause of supposition? */
function inSupposition(body: string, at: number, lang: Lang): boolean {
  // (Japanese is tried only where its words are there at all; the English pattern is one pass over the sentence either way.)
  if (lang === 'ja' && !/仮に|もし/.test(body)) return false;
  for (const m of lang === 'ja' ? body.matchAll(JA_SUPPOSITION) : body.matchAll(EN_SUPPOSITION)) {
    if (m.index <= at && at < m.index + m[0].length) return true;
    // 「仮に…倍増させるとすれば、480人規模の司令部になる計算だ」: what follows a supposition that opens the sentence is supposed too
    // (not after a concession, 「仮に…増えても、…発足した」, whose main clause is told as fact).
    if (lang === 'ja' && at >= m.index + m[0].length && /^\s*$/.test(body.slice(0, m.index).replace(JA_OPENING_TOPIC_BEFORE_SUPPOSITION, '')) && body[m.index + m[0].length] === '、' && !m[0].endsWith('ても')) return true;
  }
  return false;
}
/** Before a supposition that opens a sentence: a topic or a connective only (「政府は、」「しかし、」). */
const JA_OPENING_TOPIC_BEFORE_SUPPOSITION = /^[^。、]{0,16}?(?:は|も|しかし|ただ|また)?、?$/;
/** Before a value: the one who held the post before ("predecessor", 前任). */
/** A deadline: "by April 2025", "by the end of fiscal 2024", 「2025年3月末までに」. A date on record before its end meets it. */
const EN_DEADLINE_BEFORE = /\bby\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?(?:(?:fiscal|FY)\s+)?$/i;
const JA_DEADLINE_AFTER = /^(?:末|中|内|いっぱい)?までに/;

/** Is the date on record `d` no later than the end of the period `f` names (its year, month or day)? */
function notAfterPeriod(d: ScalarValue, f: DateValue): boolean {
  if (d.kind !== 'date' || d.yearless || f.yearless) return false;
  if (d.year !== f.year) return d.year < f.year;
  if (f.month === undefined) return true;
  if (d.month === undefined) return false;
  if (d.month !== f.month) return d.month < f.month;
  return f.day === undefined || (d.day !== undefined && d.day <= f.day);
}

const EN_JA_PREDECESSOR_BEFORE = /\bpredecessors?\b[^;:]{0,60}$|前任[^。]{0,30}$/i;
/** A post's cue under the name its organisation had before (the Defense Agency, until January 2007). */
const FORMER_POST_CUE = /Defen[cs]e\s+Agency|防衛庁/i;
/** A sentence opening with a comparison ("Like X, …", "Unlike X, …", "As with X, …", "Similar to X, …"). */
const EN_COMPARED_OPENING = /^[\s"“]*(?:Like|Unlike|As\s+with|Just\s+as|Similar\s+to|Much\s+like|Compared\s+(?:with|to))\s/;
/** How far into the sentence such a comparison's value may stand. */
const MAX_COMPARED_FRONT = 200;
/** Between a person and a value: the person's successor (「の後任に」, "'s successor"), whom what follows tells of. */
const SUCCESSOR_BETWEEN = /^[^。]{0,12}?(?:の後任|の後継)|^['’]s\s+(?:successor|replacement)\b/;
/** A sentence opening on the time before someone: "Before Paparo,", "Prior to Adm. Samuel Paparo's appointment,". */
const EN_BEFORE_SOMEONE = /^[\s"“]*(?:Before|Prior\s+to)\s+(?:(?:Adm|Gen|Lt|Col|Maj|Admiral|General|Minister|Mr|Ms|Dr)\.?\s+)*((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?:['’]s\s+[a-z]+(?:\s+[a-z]+)?)?\s*,/;
/** Does the sentence open on the time before one who holds (or held) the post on record? Then it tells of an earlier holder. */
function beforeHolder(text: string, sentenceStart: number, dataset: Dataset, entity: Entity, property: string): boolean {
  const m = EN_BEFORE_SOMEONE.exec(text.slice(sentenceStart, sentenceStart + 120));
  if (!m) return false;
  const family = m[1]!.split(/\s+/).pop()!;
  return entity.facts.some((f) => f.property === property && scalars(f).some((v) => {
    const holder = v.kind === 'entity' ? dataset.entities.get(v.id) : undefined;
    return holder !== undefined && namesIn(holder, 'en').some((n) => n.split(/\s+/).pop() === family);
  }));
}
const RESPECTIVELY = /\brespectively\b|それぞれ[^。、の]{1,20}と[^。、]{1,20}/i;
const QUAKE_NAMED_AFTER = /^,?\s*(?:(?:[A-Z][\w’'-]*|[a-z]+)\s+){0,5}?(?:earthquake|quake|disaster|tsunami)\b|^(?:の)?[^。、]{0,12}?(?:地震|震災)/i;
// (Or its name right before: "the anniversary of the Great East Japan Earthquake in 2011".)
const QUAKE_STRUCK_BEFORE = /\b(?:struck|hit|occurred|happened|jolted)\s+(?:on\s+|in\s+)?$|\b(?:earthquake|quake|tsunami)\s*(?:in|of|on|,|\(|（)?\s*$|(?:地震|震災)(?:[（(])?$|発生(?:した|し)?$|^$/i;
/**
 * "the earthquake that struck the Noto Peninsula on New Year's Day 2024", "the temblor struck off the Pacific coast of
 * the region March 11, 2011": the quake's verb, then where, then the date, in one clause (no comma between).
 */
const QUAKE_STRUCK_WITHIN = /\b(?:struck|occurred|happened|jolted)\b[^.;,:]{0,60}\s(?:(?:on|in)\s+)?(?:New\s+Year['’]s\s+Day\s+)?$/i;
/** "the relocation of X to", "the transfer of": a move told as a noun, what is moved after it. */
const EN_MOVE_NOUN_OF = /\b(?:relocation|transfer|move)\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,6}?$/i;
const EN_MOVE_NOUN_TO = /\b(?:relocation|transfer|move)\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,8}?to\s+(?:the\s+)?$/i;

/** In a question, is the candidate a place in a move told as a noun ("the relocation of X to Y"), what is moved or where to? */
function movedInQuestion(text: string, sentence: SentenceRange, candidate: Candidate): boolean {
  if (!isMention(candidate.found)) return false;
  const before = text.slice(Math.max(sentence.start, candidate.start - 100), candidate.start);
  return EN_MOVE_NOUN_TO.test(before) || (EN_MOVE_NOUN_OF.test(before) && /^\s+to\s/.test(text.slice(candidate.end, candidate.end + 4)));
}

/** Right after a date: its gloss as a day counted from another ("the day before", "two days later"). */
const EN_COUNTED_DAY_AFTER = /^,?\s+(?:the\s+(?:day|week|month|year)|(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?|years?))\s+(?:before|after|earlier|later|prior)\b/i;

/** After a Japanese number: the clause it is in modifies the name after it (「…を抱える」「…を擁する」). */
const JA_HELD_BY_NEXT = /^[^。、]{0,12}?を(?:抱える|擁する|持つ|有する|誇る)/;
/** Between a person's name and a value: another topic set off by a comma (「…は空自、彼自身は」). */
const JA_NEXT_TOPIC = /、[^。、「」をにがでのとへも]{1,10}は/;

/** Before a name: a span counted to it ("nearly seven decades before the", "a year after the"). */
// ("eight months before the far larger Noto earthquake", "well before the magnitude 7.6 Noto earthquake": words that describe it between.)
const EN_SPAN_TO_NAME_BEFORE = /\b(?:years?|decades?|months?|weeks?|days?|well|long|shortly|just|soon)\s+(?:before|after|ahead\s+of|earlier\s+than|prior\s+to)\s+(?:the\s+)?(?:(?:[a-z][\w.-]*|\d[\d.]*)\s+){0,3}$/i;

/** A year standing alone in an English sentence ("the 2011 disaster"), not a fiscal year's, a range's or a number's. */
// (Not a birth year, "(born 1964)", nor a year in brackets: a person's dates, a citation's.)
const EN_BARE_YEAR = /(?<![\w$¥.,(–-]|fiscal\s|FY\s?|born\s)((?:19|20)\d\d)(?![\w%.,)–-])/i;

/** The time a bare year in the sentence says, when no date does. */
function bareYearTime(body: string): DateValue | undefined {
  const m = EN_BARE_YEAR.exec(body);
  const parsed = m ? findValues(`in ${m[1]}`)[0] : undefined;
  return parsed && parsed.value.kind === 'date' ? parsed.value : undefined;
}

/** Right after a date: what calls it an anniversary (", the first anniversary of", 「の1周年」). */
const ANNIVERSARY_AFTER = /^,?\s*(?:the\s+)?(?:first|second|third|fourth|fifth|tenth|\d+(?:st|nd|rd|th)|one-year|two-year)\s+anniversary\b|^[^。、]{0,6}?(?:周年|周忌)/i;
// ("Japan marked one year since the Noto earthquake on January 1, 2025", "Wajima remembered the earthquake on …": the day come round again.)
const MEMORIAL = /\b(?:memorial|commemorat\w*|anniversary|vigil|moment of silence|remember(?:ed|s|ing)?|(?:years?|months?)\s+since)\b|追悼|慰霊|周年/i;
/** "a magnitude 6.5 earthquake struck Suzu, …, on": another quake, told as one of many, and the verb that dates it. */
const EN_INDEFINITE_QUAKE_STRUCK = /\b(?:an?|another)\s+(?:[\w.,-]+\s+){0,4}?(?:earthquake|quake|temblor|tremor|aftershock)\s+(?:that\s+)?(?:struck|hit|jolted|rocked|shook|occurred)\b[^.;]*$/i;
/** How far before a date the indefinite quake is looked for. */
const OTHER_QUAKE_SPAN = 200;

/** Is the candidate the date of an indefinite quake's verb ("after a magnitude 6.5 earthquake struck … on May 5, 2023"), the event named before it? */
/** Right before the indefinite quake: the name's verb "was" (what it was, not another). */
const EN_WAS_BEFORE = /(?:^|[\s,])(?:was|is)\s+$/;

function otherQuakeDated(text: string, sentence: SentenceRange, candidate: Candidate, entity: Entity, resolved: readonly Mention[]): boolean {
  const from = Math.max(sentence.start, candidate.start - OTHER_QUAKE_SPAN);
  const m = EN_INDEFINITE_QUAKE_STRUCK.exec(text.slice(from, candidate.start));
  // (Not an appositive: "The Noto quake, a magnitude 7.6 earthquake that struck on …" is the quake itself; nor what it was:
  // "The Great East Japan Earthquake, also known as …, was a magnitude 9.0 earthquake that struck … on".)
  return !!m && resolved.some((r) => r.entity === entity.id && r.end <= from + m.index && !/^[\s,—–(-]*$/.test(text.slice(r.end, from + m.index)) && !EN_WAS_BEFORE.test(text.slice(r.end, from + m.index)));
}

/** After an event's name: "before the July 2024 meeting", "after the last one": another of its series. */
const EN_ANOTHER_OF_SERIES_AFTER = /^\s+(?:before|after|preceding|following)\s+(?:the|this|that)\s+(?:[\w,]+\s+){0,3}?(?:meeting|talks|one|session|summit)\b/i;

/**
 * Is the candidate a date of a memorial for an earthquake, not the quake's own: after the word of
 * memorial, with neither the quake's verb nor its name right by it. (An earthquake's only: 「硫黄島での
 * 日米合同慰霊式に出席後、…中谷元防衛相は30日、…会談」 dates the meeting still. "Two years after the earthquake
 * struck on January 1, 2024, a memorial …", "…the Noto Peninsula Earthquake, which occurred on Jan. 1,
 * 2024", "…the lives lost during the 2011 Great East Japan earthquake" date the quake.)
 */
/** ", released in July 2024,": a participle and its date, set off by commas. */
const EN_PARTICIPLE_DATE_BEFORE = /,\s+(?:first\s+|originally\s+)?([a-z]+ed)\s+(?:in|on)\s+$/;
const EN_CLAUSE_CLOSES = /^\s*(?:,|\)|—|–)/;

/** Is the date the one of a participle set off by commas whose verb is no cue of the property (released, published)? */
function otherParticipleDate(text: string, sentence: SentenceRange, candidate: Candidate, decl: PropertyDecl): boolean {
  const m = EN_PARTICIPLE_DATE_BEFORE.exec(text.slice(Math.max(sentence.start, candidate.start - 40), candidate.start));
  if (!m || !EN_CLAUSE_CLOSES.test(text.slice(candidate.end, candidate.end + 3))) return false;
  return !cueWords(decl).has(m[1]!.toLowerCase());
}

const cueWordCache = new WeakMap<PropertyDecl, Set<string>>();

/** The words of a property's English cues, lower-cased, once per property (not on every date judged). */
function cueWords(decl: PropertyDecl): Set<string> {
  let words = cueWordCache.get(decl);
  if (!words) cueWordCache.set(decl, (words = new Set((decl.cues.en ?? []).flatMap((c) => c.toLowerCase().split(/\s+/)))));
  return words;
}

/** How far up a list's lines are read for its heading's date, and how long a line of a list may be. */
const LIST_REACH_LINES = 12;
const LIST_ROW_MAX = 120;
const LIST_TABLE_ROW = /[|｜]|[ \t\u3000]$|\S[ \t\u3000]{3,}\S/;
const LIST_KEY_VALUE = /^[\s\-*•・]*[^:：\s][^:：]{0,30}[:：]\s*\S/;

/**
 * The date of a list's heading: "The line-up in March 2011 (Kan cabinet)" over "Prime Minister: …" and
 * "Defense Minister: …", each on its own short line, with no blank line between. Only short lines count:
 * a paragraph's date is its own.
 */
function listHeadingTime(text: string, at: number): DateValue | undefined {
  let start = lineStartFrom(text, at, Math.max(0, at - LIST_ROW_MAX));
  if (start > 0 && text[start - 1] !== '\n') return undefined;
  const lineEnd = indexWithin(text, '\n', at, at + LIST_ROW_MAX);
  const lineStop = lineEnd < 0 ? Math.min(text.length, at + LIST_ROW_MAX) : lineEnd;
  if (lineStop - start > LIST_ROW_MAX) return undefined;
  // (A table's row, its pipes blanked in the text read here, ends in spaces or holds a run of them.)
  if (LIST_TABLE_ROW.test(text.slice(start, lineStop))) return undefined;
  for (let k = 0; k < LIST_REACH_LINES && start > 0; k++) {
    const end = start - 1;
    const from = lineStartFrom(text, end, Math.max(0, end - LIST_ROW_MAX));
    if (from > 0 && text[from - 1] !== '\n') return undefined;
    const line = text.slice(from, end);
    // (Not a table's rows, "| In office … |", nor an infobox's "Term Start1: 13 September 2023": each row's date is its own.)
    if (!line.trim() || LIST_TABLE_ROW.test(line)) return undefined;
    const d = LIST_KEY_VALUE.test(line) ? undefined : findValues(line).find((v) => v.value.kind === 'date' && !v.value.yearless);
    if (d && d.value.kind === 'date') return d.value;
    start = from;
  }
  return undefined;
}

const EN_OTHER_SUBJECT_MEETING = /\b(?:before|after|until|since|when|while)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)+(?:[a-z]+\s+)?(?:met|meet|meets|gathered|convened|(?:was|were)\s+held|held)\b/;
// ("the Medium Term Defense Program for fiscal 2019 to 2023, which had been adopted in": its span between, then which.)
// ("replaced the Medium Term Defense Program, drawn up in December 2018", "the Medium Term Defense Program adopted in": a participle on it.)
// (Not a verb's own participle: "the last one having been issued in 2011".)
const EN_OTHER_NOUN_PARTICIPLE_BEFORE = /\b(?:the|a|an|its|their)\s+((?:[\w’'-]+\s+){0,5}(?!(?:been|be|being|having|has|had|was|were|is|are)\b)[\w’'-]+),?\s+(?:adopted|approved|drawn\s+up|published|released|issued|revised|compiled|formulated|unveiled)\s+(?:in|on)\s+$/;
const EN_OTHER_NOUN_THAT_BEFORE = /\b(?:the|a|an|its|their)\s+((?:[\w’'-]+\s+){1,6}(?:(?:for|from|of|covering)\s+(?:[\w’'-]+\s+){1,5}?[\w’'-]+,\s+)?)(?:that|which)\s+(?:had\s+been|has\s+been|was|were|is|are)\s+[a-z]+ed\s+(?:in|on)\s+$/;

/** Is the date another clause's: a meeting of another subject after the entity's name, or a relative clause on another noun? */
function otherClauseDate(text: string, sentence: SentenceRange, candidate: Candidate, entity: Entity, resolved: readonly Mention[]): boolean {
  const own = resolved.filter((m) => m.entity === entity.id && m.end <= candidate.start).pop();
  if (own && entity.type === 'event' && EN_OTHER_SUBJECT_MEETING.test(text.slice(own.end, candidate.start))) return true;
  const from = Math.max(sentence.start, candidate.start - 100);
  const that = EN_OTHER_NOUN_THAT_BEFORE.exec(text.slice(from, candidate.start)) ?? EN_OTHER_NOUN_PARTICIPLE_BEFORE.exec(text.slice(from, candidate.start));
  if (!that) return false;
  const nounStart = from + that.index;
  // (Not the entity's own: "the Joint Operations Command that was established in March 2025".)
  return !resolved.some((m) => m.entity === entity.id && m.start >= nounStart && m.end <= candidate.start);
}

function memorialDate(text: string, sentence: SentenceRange, candidate: Candidate, entity: Entity): boolean {
  if (entity.type !== 'event') return false;
  // "half a year since the Noto Peninsula Earthquake on January 1, 2023": a day counted to or remembered comes after the
  // event; one in a year before it on record can only be the event's own, told wrong.
  if (isValue(candidate.found) && candidate.found.value.kind === 'date' && !candidate.found.value.yearless && yearBeforeEvent(candidate.found.value.year, entity)) return false;
  const memorial = MEMORIAL.exec(text.slice(sentence.start, sentence.end));
  // "… the Noto Peninsula earthquake on January 1, 2025, the first anniversary of the disaster": a date the text calls an anniversary.
  if (memorial && sentence.start + memorial.index < candidate.start && ANNIVERSARY_AFTER.test(text.slice(candidate.end, candidate.end + 40))) return true;
  // "Japan marked one year since the Noto earthquake on January 1, 2025": the day counted to, or remembered, after the earthquake's name.
  if (memorial && sentence.start + memorial.index < candidate.start && /^(?:(?:years?|months?)\s+since|remember)/i.test(memorial[0]) && !QUAKE_NAMED_AFTER.test(text.slice(candidate.end, candidate.end + 60)) && !QUAKE_STRUCK_WITHIN.test(text.slice(Math.max(sentence.start, candidate.start - 100), candidate.start))) return true;
  return !!memorial && sentence.start + memorial.index < candidate.start && !QUAKE_NAMED_AFTER.test(text.slice(candidate.end, candidate.end + 60)) && !QUAKE_STRUCK_BEFORE.test(text.slice(Math.max(sentence.start, candidate.start - 24), candidate.start)) && !QUAKE_STRUCK_WITHIN.test(text.slice(Math.max(sentence.start, candidate.start - 100), candidate.start)) && Object.values(entity.labels).some((l) => l && /earthquake|地震|震災/i.test(l));
}

/** Is `year` before every year the event is dated on record? */
function yearBeforeEvent(year: number, entity: Entity): boolean {
  const years = eventYears(entity);
  return years.length > 0 && years.every((y) => year < y);
}

/** After a branch: 出身の, then the one it tells of. */
const JA_ORIGIN_OF_NEXT = /^(?:の)?出身の/;
/** A post right after 出身の: someone else's (「陸上自衛隊出身の統合幕僚長の下で」). */
const JA_POST_AFTER_ORIGIN = /^(?:統合幕僚長|幕僚長|副司令官|司令官|幕僚|大臣|長官|前任)/;
/** After 出身の: a family name with a title or rank after it (「俵副司令官」「山田海将」), someone it tells of. */
const JA_TITLED_NAME_AFTER_ORIGIN = /^[\u4e00-\u9fff]{1,4}?(?:副司令官|司令官|統合幕僚長|幕僚長|[陸海空]将補?|[一二三]佐|氏|さん|大臣|防衛相|長官)/;
/** 「…に起用」「…に指名」: the post a nomination is to, right before the verb. */
const JA_POST_BEFORE_NOMINATION = /([\u4e00-\u9fff\u30a0-\u30ff]{2,12})に(?:起用|指名|任命|内定)/g;

/**
 * Is the date's nomination to a post no cue names (「統合幕僚副長に起用された」, not 「統合作戦司令官に起用された」)?
 * The dataset's nominations are to its entities' posts, which its cues name.
 */
function nominatedToOtherPost(text: string, sentence: SentenceRange, candidate: Candidate, cues: CueIndex): boolean {
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(JA_POST_BEFORE_NOMINATION)) {
    const at = sentence.start + m.index;
    if (at < candidate.end) continue;
    const post = m[1]!;
    // (「初代統合作戦司令官に起用」: the post after 初代, 新, 次期.)
    const lead = /^(?:初代|新|次期)/.exec(post)?.[0].length ?? 0;
    return !cues.find(text, at, at + post.length).some((h) => h.start === at + lead && h.end === at + post.length);
  }
  return false;
}

/** Does a line of the sentence name `event` in full and again by its general name (two events of one name)? */
function namedAgainInGeneral(text: string, resolved: Mention[], event: Entity): boolean {
  const own = resolved.filter((m) => m.entity === event.id);
  if (own.length < 2) return false;
  const general = own.filter((m) => generalName(event, m));
  const full = own.filter((m) => !generalName(event, m));
  // (A page's title line and the line under it are two statements: 「令和6年能登半島地震 …」 then 「令和6年1月1日 能登半島地震」.)
  return general.some((g) => full.some((f) => !text.slice(Math.min(f.start, g.start), Math.max(f.end, g.end)).includes('\n')));
}

/** Between a date and the same date restated in brackets: nothing, or an infobox's count of days since ("; 26 days ago ("). */
const RESTATED_BETWEEN = /^(?:;\s*\d{1,5}\s+(?:days?|weeks?|months?|years?)\s+ago\s*)?\s?[（(]$/;
/** After a date: the clock it is told by ("…, Japan time", "local time"); before it: 「日本時間」「現地時間」. */
const EN_CLOCK_AFTER = /^,?\s*(?:Japan|Tokyo|local|Washington|Hawaii|U\.S\.\s+Eastern|Eastern)\s+time\b/i;
const JA_CLOCK_BEFORE = /(?:日本時間|現地時間)\s*$/;
/** Is the date the moment of another one on another clock? */
function otherClock(text: string, v: ParsedValue): boolean {
  return EN_CLOCK_AFTER.test(text.slice(v.end, v.end + 24)) || JA_CLOCK_BEFORE.test(text.slice(Math.max(0, v.start - 6), v.start));
}

/** A sentence about the present (「現職の」, "the current minister"): its other dates are of other things. */
const PRESENT_WORD = /\b(?:current(?:ly)?|incumbent|present)\b|現在の|現職|現任/i;
/** Is a date neither the entity's own, nor one part off it, nor a year off it? */
function farFromDates(found: ParsedValue, entity: Entity, property: string): boolean {
  const f = found.value;
  if (f.kind !== 'date') return false;
  const known = entity.facts.filter((x) => x.property === property).flatMap(scalars);
  return known.length > 0 && known.every((d) => d.kind === 'date' && compareValue(found, d) !== 'agree' && (monthsApart(f, d) >= FAR_MONTHS || (!f.yearless && !nearMissDate(found, d) && Math.abs(d.year - f.year) > 1)));
}

/**
 * How many months apart two dates of different months are (0 for the same month, or a date with no
 * month): 「2025年10月の日米防衛相会談」 is seven months from the March one, another meeting of that
 * name.
 */
/** Months apart at which a date names another event of the name: a slip of the pen is a month off, a meeting two months on may still be misdated. */
const FAR_MONTHS = 3;
// (A date without its year, 「10月28日」, is as far as its month is from the dataset's in the same year.)
function monthsApart(f: DateValue, d: ScalarValue): number {
  if (d.kind !== 'date' || d.yearless || f.month === undefined || d.month === undefined || f.month === d.month) return 0;
  return f.yearless ? Math.abs(f.month - d.month) : Math.abs(f.year * 12 + f.month - (d.year * 12 + d.month));
}

export function checkSentence(text: string, sentence: SentenceRange, mentions: Mention[], ctx: ClaimContext, out: Diagnostic[]): void {
  checkOneSentence(text, sentence, mentions, ctx, out);
  // 「…司令官（Admiral X, Commander, U.S. Indo-Pacific Command）」: an English gloss in a Japanese sentence is read as English.
  // (The brackets are looked for first: most sentences have none, and their language need not be told again.)
  if (sentence.end - sentence.start > MAX_SENTENCE_LENGTH) return;
  const asides = englishAsides(text, sentence);
  if (asides.length === 0 || sentenceLanguage(text.slice(sentence.start, sentence.end)) !== 'ja') return;
  for (const aside of asides) checkOneSentence(text, aside, mentions.filter((m) => m.start >= aside.start && m.end <= aside.end), ctx, out);
}

function checkOneSentence(text: string, sentence: SentenceRange, mentions: Mention[], ctx: ClaimContext, out: Diagnostic[]): void {
  // A "sentence" this long is a table dump or a log line, not a claim; reading values there
  // would only cost time.
  if (sentence.end - sentence.start > MAX_SENTENCE_LENGTH) return;
  let resolved = mentions.filter((m) => !m.candidates && !insideLongerTitle(text, m, ctx.dataset));
  const body = text.slice(sentence.start, sentence.end);
  const lang: Lang = sentenceLanguage(body);
  // "the SDF’s permanent joint headquarters", "the new joint headquarters": a description by words
  // of one organisation's name stands for it in the claims of its sentence, like its name would.
  const discourse = ctx.discourse ?? newDiscourse();
  // ("The United Kingdom's Permanent Joint Headquarters": another country's body, as for names.)
  // ("The UK's Ministry of Defence … set up its Permanent Joint Headquarters": its, in a sentence about another country's body.)
  const described = (lang === 'en' ? descriptionSpans(body, ctx.dataset) : descriptionSpansJa(body, ctx.dataset)).filter((d) => !ownedByAnotherCountry(body, { start: d.start, end: d.end } as Mention) && !(lang === 'en' && /\b(?:its|their)\s+$/i.test(body.slice(Math.max(0, d.start - 6), d.start)) && opensWithAnotherCountry(body)));
  if (lang === 'en') for (const d of commanderTitleSpans(body, ctx.dataset)) described.push(d);
  else for (const d of headedCommandSpans(body, ctx.dataset)) described.push(d);
  if (lang === 'en' || described.length > 0) resolved = withDescriptions(body, sentence.start, resolved, described, ctx, discourse, lang);
  // The document's first line names what it is about (a title): rows of an infobox state its facts.
  if (discourse.title === undefined && !PAGE_CHROME_LINE.test(body)) {
    // A scraped page may open with its navigation (「コンテンツにスキップ」, "Skip to content") before the title.
    // A wiki's heading marks ("= Gen Nakatani =") stand before the title too.
    // An infobox may open the page with its name row ("Agency Name: | Ministry of Defense |").
    // (The chrome may open the sentence itself, when the page's first lines run together: "From Wikipedia, …" / "Joint Operations Command".)
    let chrome = 0;
    for (let k = 0; k < MAX_CHROME_LINES; k++) {
      const nl = body.indexOf('\n', chrome);
      if (nl < 0 || !PAGE_CHROME_LINE.test(body.slice(chrome, nl))) break;
      chrome = nl + 1;
    }
    const lead = sentence.start <= 4200 && /^[\s#>*|=-]*$/.test(text.slice(0, sentence.start).split('\n').filter((l) => !PAGE_CHROME_LINE.test(l)).join('\n')) ? chrome + NAME_ROW_LEAD.exec(body.slice(chrome))![0].length + sentence.start : -1;
    discourse.title = resolved.find((m) => m.start === lead)?.entity ?? '';
  }
  // A cue inside a name is part of the name (「防衛力整備計画」 holds 計画, "Defense Buildup Plan" holds nothing to read).
  // 「日本エストニア防衛相会談」: a title before 会談 names a meeting of such holders, not anyone's post.
  // A cue that begins inside a name and runs past it (「日米首脳会談を行い」 for 会談を行) begins where the name ends: the name is what it tells of.
  const hits = ctx.cues.find(text, sentence.start, sentence.end).map((h) => {
    const inside = mentions.find((m) => m.start < h.start && h.start < m.end && m.end < h.end);
    return inside ? { ...h, start: inside.end } : h;
  }).filter((h) => !mentions.some((m) => m.start <= h.start && h.end <= m.end && (m.start < h.start || h.end < m.end)) &&
    // "Chief Petty Officer X", "Chief Warrant Officer X": a rank, not a head.
    !(h.end - h.start === CHIEF.length && EN_CHIEF_RANK.test(text.slice(h.start, h.end + 16))) &&
    // "the Ministry of Foreign Affairs’ Okinawa Liaison Office": a cue in title case after another's possessive names that one's office.
    // (Not a post: "Austin's Meeting With Japanese Minister of Defense X" is a headline's title case.)
    !(lang === 'en' && /^[A-Z]/.test(text[h.start] ?? '') && !h.properties.some((p) => personValued(ctx.dataset, p)) && EN_OWNED_NAME_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 40), h.start))) &&
    !(h.end - h.start === HEAD.length && text.slice(h.start, h.end).toLowerCase() === HEAD && !EN_RANK_AFTER.test(text.slice(h.end, h.end + 14))) &&
    // "Japan's defense establishment": the armed services and their ministry as a whole, not a founding.
    !(lang === 'en' && EN_ESTABLISHMENT_CUE.test(text.slice(h.start, h.end)) && EN_BODY_ESTABLISHMENT_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 20), h.start))) &&
    // "launched the" takes only a name right after it, not its possessive ("launched the JJOC's first drill", "launched the drills").
    // 「国防相」 is Japan's defence minister only in a translation that says so in the same phrase (「日本の木原稔国防相」「日本の上川陽子外相、木原稔国防相」); else another country's.
    !(lang === 'ja' && JA_DEFENCE_MINISTER_ABROAD.test(text.slice(h.start, h.end)) && !JA_JAPANS_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 32), h.start))) &&
    (!/^launch(?:ed|es) the$/i.test(text.slice(h.start, h.end)) || mentions.some((m) => m.start > h.end && /^\s+$/.test(text.slice(h.end, m.start)) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)))) && !(JA_MEETING_AFTER.test(text.slice(h.end, h.end + 2)) && h.properties.some((p) => personValued(ctx.dataset, p))));
  const frame = sentenceFrame(body, resolved, sentence.start, lang, hits);
  const before = copyDiscourse(discourse);
  // The year this sentence tells, for the next one's month with no year (「同年」「10月には」).
  const told = lastYearIn(body);
  if (told !== undefined) discourse.year = told;
  // The scene date lasts one sentence: only the one right after it may take it.
  discourse.scene = lang === 'ja' ? sceneDate(text, sentence, hits, ctx.dataset) : undefined;
  // 「国家安全保障戦略とは、…。2013年に初めて閣議決定されたもので」: the topic before was none of the dataset's.
  const topics = frame.anaphor && !(lang === 'ja' && frame.anaphor.kind === 'any' && before.foreignTopic) ? resolveAnaphor(frame.anaphor, before, ctx.dataset, lang) : [];
  // "The new command, … will be staffed by approximately 240 personnel. … will lead the JJOC": with nothing before it to
  // stand for, a description of something new stands for the first fitting name later in its paragraph.
  if (topics.length === 0 && lang === 'en' && frame.anaphor && before.things.length === 0 && ctx.blockMentions) {
    const ahead = cataphor(frame.anaphor, ctx.blockMentions.filter((m) => m.start >= sentence.end), ctx.dataset);
    if (ahead) topics.push(ahead);
  }
  // Only a topic being defined (「…とは、」): 「日米両政府は、…」 is a topic of its own sentence, and the next may go back to the command.
  discourse.foreignTopic = lang === 'ja' && frame.foreignSubject && frame.foreignAt !== undefined && frame.foreignAt - sentence.start <= JA_OPENING_TOPIC && (text.slice(frame.foreignAt - 1, frame.foreignAt + 1) === 'とは' || JA_LIST_ITEM_TOPIC.test(text.slice(sentence.start, frame.foreignAt + 1))) && !resolved.some((m) => m.start < frame.foreignAt!) ? true : undefined;
  if (frame.foreignAt !== undefined) frame.leftOut = resolveAnaphor({ kind: 'any' }, before, ctx.dataset, lang);
  // What the next sentence may refer back to: this one's subject, else what it referred to;
  // every name of the sentence is remembered too, the subject last so that it is the latest.
  const said = frame.subject ? ctx.dataset.entities.get(frame.subject.entity) : frame.anaphor?.kind === 'any' ? undefined : topics[0];
  for (const m of [...resolved].reverse()) {
    const e = ctx.dataset.entities.get(m.entity);
    if (e && e !== said) remember(discourse, e);
  }
  // "a joint headquarters to command …": a description by words of one name is remembered too.
  for (const e of describedEntities(described).reverse()) if (e !== said) remember(discourse, e);
  if (said) remember(discourse, said);
  // A negation inside a quotation is the speaker's, not the writer's denial of the sentence's claims
  // (「木原防衛相は「…やぶさかではない」としており」).
  // A caption's "(not pictured)" denies nothing the sentence claims.
  // "The alliance has never been stronger" affirms; it denies nothing.
  // Blanked to the same length, so that a negation's offset is the sentence's.
  const blank = (m: string) => ' '.repeat(m.length);
  // (Each pattern is tried only where its opening character or word is there at all: most sentences have none.)
  let unquoted = body.includes('「') || body.includes('“') ? body.replace(QUOTED, blank) : body;
  if (NOT_SIGN.test(unquoted)) unquoted = unquoted.replace(/\bnot (?:pictured|shown|seen in the photo)\b/gi, blank);
  if (NEVER_SIGN.test(unquoted)) unquoted = unquoted.replace(/\b(?:has|have|had) never been (?:\w+er|more \w+|better)\b/gi, blank);
  // 「…に就任!?」 in a headline is surprise, not a question; 「X氏:初代司令官とは何者か?」 asks who
  // the holder is, and says who holds the post.
  // A sentence that calls something wrong, false or a rumour, or asks, claims nothing.
  // Only a year written onto an event's name is told in a question, as what it presupposes ("how many claims resulted
  // from the 2024 Noto Peninsula Earthquake?"), and a move told as a noun ("the relocation of the Futenma Air Station to
  // Henoko?"): the rest is asked.
  // (「…地震が発生したが、その後の初動はどうであったか?」, "…, but can it really command?": a clause before the
  // question's "but" is stated; only what comes after it is asked.)
  const marked = /(?<![!！])[?？]\s*$/.test(body) && !JA_WHO_IS.test(body) && !JA_WHAT_IS.test(body);
  // 「…300人を超えるのだろうか。」「…ではないか。」: a Japanese question ends in か, with or without its mark.
  // (Not a quoted speaker's question still open in the sentence, nor 「なぜ…に選ばれたのか」, which asks why and presupposes the rest.)
  // "Myth: …", "Claim: … Verdict: false", 「誤解:…」: a fact-check's label sets what follows up to be judged, not said.
  if (CLAIM_LABEL.test(body)) return;
  const endsAsking = lang === 'ja' && JA_QUESTION_END.test(body) && !JA_WHY.test(body) && countOf(body, '「') === countOf(body, '」');
  const askedFrom = marked || endsAsking ? sentence.start + statedBeforeQuestion(body, lang) : sentence.end;
  if (endsAsking && askedFrom === sentence.start) return;
  const question = marked || endsAsking;
  // "Defense Minister X denied his resignation", 「木原防衛相は辞任を否定」: what is denied is something else; a
  // title right beside its holder's name before the word of denial is still said (as with a negation,
  // below). Nothing else is read ("X denied that Lt. Gen. Y was appointed commander").
  const denial = DENIAL.exec(unquoted);
  const deniedFrom = denial ? sentence.start + denial.index : Infinity;
  /**
   * Where the sentence's claims stop standing: a negation denies them all, unless it is in a
   * reported or later clause after them. An English title right beside its holder's name ("Defense
   * Minister X did not attend") is said, not denied: it stands anyway. (A Japanese name before its
   * title is read less surely: 「真珠湾攻撃指揮官の…ではない」 is no name.)
   */
  let negatedFrom = Infinity;
  let negatedUntil = Infinity;
  /** Where a Japanese sentence's negation stands: a name with its title well before it is said, not denied. */
  let jaNegatedAt = Infinity;
  const negation = NEGATION_EN.exec(unquoted);
  if (negation) {
    // Not a clause that goes on about what was said ("…, though that is not final", "but this was not confirmed"): it hedges it.
    const reporting = [...unquoted.slice(0, negation.index).matchAll(EN_REPORTING_VERB)].filter((r) => !(r[0].startsWith(',') || r[0].startsWith(';')) || !EN_BACK_REFERENCE.test(unquoted.slice(r.index + r[0].length))).pop();
    // "Although the 2011 earthquake was the most powerful on record, it was not unexpected": a negation in the main
    // clause denies that clause, not the concession or the time fronted before its comma.
    const fronted = EN_OPENING_SUBCLAUSE.exec(unquoted);
    negatedFrom = sentence.start + (reporting ? reporting.index : fronted && fronted[0].length <= negation.index ? fronted[0].length : 0);
    // "X did not respond to questions, but photos showed that he met with INDOPACOM chief Adm. Y":
    // the clause after the negation's own ends it.
    EN_NEXT_CLAUSE.lastIndex = negation.index + negation[0].length;
    const next = EN_NEXT_CLAUSE.exec(unquoted);
    // …unless that clause is negated too ("…, and it has not opened").
    if (next && !NEGATION_EN.test(unquoted.slice(next.index + next[0].length))) negatedUntil = sentence.start + next.index;
  }
  // 「これまで実施していなかった工事に着手した」: a negation right before a noun is a relative clause's,
  // denying that clause only (from the comma before it), not what the sentence says.
  // (Looked for only in a sentence with a negation at all: most have none.)
  const attributive = lang === 'ja' && NEGATION_JA.test(unquoted) ? [...unquoted.matchAll(JA_ATTRIBUTIVE_NEGATION)] : [];
  const denying = attributive.length > 0 ? unquoted.replace(JA_ATTRIBUTIVE_NEGATION, blank) : unquoted;
  const jaNegation = lang === 'ja' ? NEGATION_JA.exec(denying) : null;
  const neitherNor = jaNegation !== null && JA_NEITHER_NOR.test(jaNegation[0]);
  if (jaNegation) {
    negatedFrom = sentence.start;
    jaNegatedAt = sentence.start + jaNegation.index;
    // 「実際に部隊を動かすのではなく、…で実施します」「300人ではなく240人」: when ではなく is the only negation,
    // only what stands before its last one is denied.
    const last = denying.lastIndexOf('ではなく');
    if (last >= 0 && !NEGATION_JA.test(denying.replaceAll('ではなく', '    '))) negatedUntil = Math.min(negatedUntil, sentence.start + last + 'ではなく'.length);
  } else if (attributive.length > 0) {
    const first = attributive[0]!;
    const lastOne = attributive[attributive.length - 1]!;
    negatedFrom = sentence.start + unquoted.lastIndexOf('、', first.index) + 1;
    negatedUntil = sentence.start + lastOne.index + lastOne[0].length;
  }
  let values: ParsedValue[] | undefined;
  let names: Array<NameSpan> | undefined;
  const people = () => (names ??= outsideNames(text, sentence, resolved, lang, hits.filter((x) => x.properties.some((p) => personValued(ctx.dataset, p)))));
  const used = new Set<object>();
  /** Entity and family judged so far, with the family's members each judgement spoke of. */
  const reported = new Map<string, Set<string>>();
  /** The line of the sentence an offset is on: two captions run together (「…木原稔防衛相=13日\n…小林真司防衛相=13日」) are two statements, each judged. */
  const multiline = body.includes('\n');
  const lineOf = (offset: number) => {
    let n = 0;
    if (multiline) for (let k = text.indexOf('\n', sentence.start); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) n++;
    return n;
  };
  /** The dates (and places of a move) judged by a rule with no cue, by entity, family and line (judgeOne). */
  const judgedValues = new Map<string, Set<string>>();
  /** Who was judged to hold a post, by line: a second holder titled on the same line is judged too, the same one not again. */
  const holders = new Map<string, Set<string>>();
  /** How often a line's post was looked at again for another holder. */
  const retitled = new Map<string, number>();
  const reportKey = (entity: string, family: string, at: number) => `${entity}\u0000${family}\u0000${lineOf(at)}`;
  const dateline = ctx.dateline;
  // 「同日」「同年3月24日」: a date told by pointing back at the last one written (sameDate.ts).
  const allValues = () => (values ??= (lang === 'ja' ? withSameDates(text, sentence, readValues()) : readValues()));
  let changed: boolean | undefined;
  /** Does the sentence tell of a plan that was then changed (its dates are the plan's)? Looked at once, when a date is judged. */
  const planChanged = () => (changed ??= lang === 'ja' ? JA_PLAN_BEFORE_CHANGE.test(body) && JA_CHANGED.test(body) : EN_PLAN_BEFORE_CHANGE.test(body) && EN_CHANGED.test(body));
  // "TOKYO, Oct 29 (Reuters) - Japan will set up a new joint command": a news dateline before what is to come dates the story, not the event.
  const readValues = () => {
    const storyDate = lang === 'en' ? datelineOf(text, sentence.start) : undefined;
    const toCome = storyDate !== undefined && EN_TO_COME.test(body);
    // 「2025年2月7日(日本時間8日未明)」: the same moment in another time zone, in brackets right after a date, is no second date
    // (「日米首脳会談 (現地時間2月7日)」, with no date before it, is the date).
    const zones = body.includes('時間') || /\b(?:JST|local\s+time|Japan\s+time)\b/i.test(body) ? [...body.matchAll(TIME_ZONE_GLOSS)].map((g) => [g.index + sentence.start, g.index + g[0].length + sentence.start]) : [];
    const found = findValues(body).map((v) => ({ ...v, start: v.start + sentence.start, end: v.end + sentence.start }));
    const glossed = (v: ParsedValue) => zones.some(([from, to]) => v.start >= from! && v.end <= to! && found.some((d) => d.value.kind === 'date' && d.end <= from! && from! - d.end <= 1));
    return found.filter((v) => !(dateline && v.start >= dateline.start && v.end <= dateline.end) && !(toCome && v.start === storyDate.start) && !glossed(v));
  };
  const anotherTopicBetween = (entity: Entity, candidate: Candidate): boolean => {
    const own = resolved.filter((m) => m.entity === entity.id && m.end <= candidate.start).pop();
    return own !== undefined && resolved.some((m) => m.entity !== entity.id && m.start >= own.end && m.end <= candidate.start && ctx.dataset.entities.get(m.entity)?.type === 'person' && JA_TOPIC_AFTER.test(text.slice(m.end, m.end + 6)));
  };
  const judge = (entity: Entity, decl: PropertyDecl, spoken: string[], members: string[], candidate: Candidate) => {
    if (question && candidate.end > askedFrom && !(decl.type === 'date' && entity.type === 'event' && isValue(candidate.found) && resolved.some((m) => m.entity === entity.id && m.start >= candidate.end && m.start - candidate.end <= 2 && /^[\s\u3000の]?$/.test(text.slice(candidate.end, m.start)))) && !movedInQuestion(text, sentence, candidate)) return;
    if (decl.type === 'date' && planChanged()) return;
    // 「米インド太平洋軍は、在日米軍と在韓米軍の上級組織にあたる」: a value joined to its subject by と or や is its fellow,
    // not its value (not so for relations both hold alike, counterparts and a meeting's participants).
    if (lang === 'ja' && decl.type === 'entity' && !SHARED_RELATIONS.has(decl.name) && resolved.some((m) => m.entity === entity.id && (m.end <= candidate.start ? JA_COORDINATED.test(text.slice(m.end, candidate.start)) : candidate.end <= m.start && JA_COORDINATED.test(text.slice(candidate.end, m.start))))) return;
    // "Adm. Samuel Palau, Indo-Pacom commander": the holder's name misspelt, the same given name and the family name's start.
    if (lang === 'en' && isOutsideName(candidate.found) && misspeltHolder(candidate.found.text, entity, members, ctx.dataset)) return;
    // "Paparo's predecessor at the helm of INDOPACOM, Adm. John Aquilino", 「南雲空将の前任の統合幕僚副長は」: the one before.
    if (EN_JA_PREDECESSOR_BEFORE.test(text.slice(Math.max(sentence.start, candidate.start - 70), candidate.start)) && (personValued(ctx.dataset, decl.name) || decl.name === 'service')) return;
    // 「南雲憲一郎空将の後任に海将が就けば、…海上自衛隊の出身者が…」, "Nagumo's successor, a Navy officer,": what follows
    // the person's successor is the successor's.
    if (entity.type === 'person' && !personValued(ctx.dataset, decl.name)) {
      const own = resolved.filter((m) => m.entity === entity.id && m.end <= candidate.start).pop();
      if (own && SUCCESSOR_BETWEEN.test(text.slice(own.end, candidate.start))) return;
    }
    // 「南雲空将は航空自衛隊、統合幕僚長の吉田圭秀陸将は陸上自衛隊の出身」: another person made the topic between the
    // person and the value owns the value.
    if (lang === 'ja' && entity.type === 'person' && anotherTopicBetween(entity, candidate)) return;
    // "Before Paparo, INDOPACOM was led by Adm. John Aquilino": the time before the holder on record, an earlier holder.
    if (lang === 'en' && personValued(ctx.dataset, decl.name) && beforeHolder(text, sentence.start, ctx.dataset, entity, decl.name)) return;
    // 「南雲空将と俵海将は、それぞれ航空自衛隊と海上自衛隊の出身だ」, "respectively": values paired with several subjects.
    // (Not a name right by its title: 「上川陽子外相と木原稔防衛相もそれぞれパパロ氏と会った」 still names the minister.)
    if (!candidate.adjacent && RESPECTIVELY.test(body)) return;
    // "A memorial ceremony for the Noto Peninsula earthquake was held on January 1, 2025": a date of the memorial.
    if (decl.type === 'date' && memorialDate(text, sentence, candidate, entity)) return;
    // 「約38万人の兵員・職員を抱える米インド太平洋軍とは」: a number in a clause that modifies another name is that name's.
    if (lang === 'ja' && isValue(candidate.found) && candidate.found.value.kind === 'quantity') {
      const held = JA_HELD_BY_NEXT.exec(text.slice(candidate.end, candidate.end + 24));
      const at = held ? candidate.end + held[0].length : -1;
      if (held && resolved.some((m) => m.start >= at && m.start - at <= 1 && m.entity !== entity.id)) return;
    }
    // 「南雲司令官は空自、彼自身は海自の出身である」: a value after another topic, set off by a comma, is that topic's.
    if (lang === 'ja' && entity.type === 'person') {
      const own = resolved.filter((m) => m.entity === entity.id && m.end <= candidate.start).pop();
      if (own && JA_NEXT_TOPIC.test(text.slice(own.end, candidate.start))) return;
    }
    // "The USFJ headquarters was set up in 1957, nearly seven decades before the JJOC.": a name that only closes a span
    // counted to it ("before the JJOC.") is the point counted from, not what the sentence dates.
    if (lang === 'en' && decl.type === 'date') {
      const own = resolved.filter((m) => m.entity === entity.id && m.start >= sentence.start && m.end <= sentence.end);
      // ("The command was announced in September 2023, about nine months after the Defense Buildup Plan of December 2022 had
      // proposed it": a date before the span tells of the main clause, whatever the name's own clause says.)
      if (own.length > 0 && own.every((m) => EN_SPAN_TO_NAME_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)) && (/^\s*(?:[.,;)]|$)/.test(text.slice(m.end, m.end + 2)) || candidate.end <= m.start))) return;
    }
    // "…, and on March 29, 2025, the day before, the two had attended …": a day glossed as counted from another is not the event's.
    // (Not one glossed from another thing named: "established in March 2024, a year after the Defense Buildup Plan" dates the founding.)
    if (lang === 'en' && decl.type === 'date') {
      const gloss = EN_COUNTED_DAY_AFTER.exec(text.slice(candidate.end, candidate.end + 30));
      const from = gloss ? candidate.end + gloss[0].length : -1;
      if (gloss && !resolved.some((m) => m.entity !== entity.id && m.start >= from && /^\s+(?:the\s+)?$/.test(text.slice(from, m.start)))) return;
    }
    // "Defense of Japan 2024, released in July 2024, described the planned creation of the JJOC": a date set off
    // with its own participle (no cue of the property) is that participle's.
    if (lang === 'en' && decl.type === 'date' && otherParticipleDate(text, sentence, candidate, decl)) return;
    // "Like China's Eastern Theater Command, established on February 1, 2016, the JJOC was created …": a value in a
    // fronted comparison, before the entity is named, is the thing compared with's.
    if (lang === 'en' && candidate.end <= sentence.start + MAX_COMPARED_FRONT && EN_COMPARED_OPENING.test(body) && !resolved.some((m) => m.entity === entity.id && m.end <= candidate.start)) {
      const own = resolved.find((m) => m.entity === entity.id && m.start >= candidate.end);
      if (own && /,\s+(?:the\s+)?$/.test(text.slice(Math.max(sentence.start, own.start - 8), own.start))) return;
    }
    // "The April 2024 summit came five months before the Quad leaders met in Wilmington on September 21, 2024": a clause
    // with another subject and its own meeting; "replaced the Medium Term Defense Program that had been approved in
    // December 2018": a relative clause on another noun.
    if (lang === 'en' && decl.type === 'date' && otherClauseDate(text, sentence, candidate, entity, resolved)) return;
    // "The Noto quake came less than a year after a magnitude 6.5 earthquake struck Suzu … on May 5, 2023": the date of another quake.
    if (lang === 'en' && decl.type === 'date' && entity.type === 'event' && otherQuakeDated(text, sentence, candidate, entity, resolved)) return;
    // "The U.S.-Japan 2+2 before the July 2024 meeting was held … on January 11, 2023": the one before (or after) is another.
    if (lang === 'en' && decl.type === 'date' && entity.type === 'event' && resolved.some((m) => m.entity === entity.id) && resolved.every((m) => m.entity !== entity.id || EN_ANOTHER_OF_SERIES_AFTER.test(text.slice(m.end, m.end + 50)))) return;
    // 「海上自衛隊出身の俵千城海将を副司令官に迎えた」: a branch that modifies another person (or post) is theirs.
    // (Not one that stands for the person told of: 「航空自衛隊出身のベテラン」.)
    if (lang === 'ja' && decl.name === 'service') {
      const origin = JA_ORIGIN_OF_NEXT.exec(text.slice(candidate.end, candidate.end + 4));
      const next = origin ? candidate.end + origin[0].length : -1;
      // (「海上自衛隊出身の俵副司令官と、…南雲司令官が」: a name with its title that is not the entity's, the dataset knowing the name or not.)
      if (origin && (JA_POST_AFTER_ORIGIN.test(text.slice(next, next + 6)) || resolved.some((m) => m.start >= next && m.start - next <= 2 && m.entity !== entity.id && ctx.dataset.entities.get(m.entity)?.type === 'person') || (JA_TITLED_NAME_AFTER_ORIGIN.test(text.slice(next, next + 12)) && !resolved.some((m) => m.entity === entity.id && m.start >= next && m.start - next <= 2)))) return;
    }
    // 「南雲空将は2023年3月30日、統合幕僚副長に起用された」: a nomination to another post than the one the dataset dates.
    if (lang === 'ja' && decl.type === 'date' && /^(?:nominated|appointed)$/.test(decl.name) && nominatedToOtherPost(text, sentence, candidate, ctx.cues)) return;
    // 「2025年2月7日の日米首脳会談から約9か月後の2025年10月28日、東京で再び日米首脳会談が開かれた」: the event named
    // in full, then its general name again, is another of that name; the dates are theirs.
    if (decl.type === 'date' && entity.type === 'event' && namedAgainInGeneral(text, resolved, entity)) return;
    // 「航空総隊は航空自衛隊の隷下にあり」, "the Self Defense Fleet is part of the Maritime Self-Defense Force": a unit's own
    // service branch is the parent it belongs to, told beside the command it answers to; no other superior.
    if (decl.name === 'reportsTo' && isMention(candidate.found) && serviceBranches(ctx.dataset).has(candidate.found.entity) && !serviceBranches(ctx.dataset).has(entity.id)) return;
    // 「統合幕僚監部で要職を歴任」: a service branch is one the dataset knows as such, not any organisation one served in.
    if (decl.name === 'service' && isMention(candidate.found) && !serviceBranches(ctx.dataset).has(candidate.found.entity)) return;
    // 「山田防衛大臣は「…」と…語らなかった」: a Japanese name right by its title, far from the negation, is said too (not
    // 「…の山田ではない」, the negation on the name itself).
    // (Not 「在日米軍の指揮下にも、インド太平洋軍の指揮下にもない」: a negation of both of a pair reaches back to the first.)
    // (In English only a title beside its holder's name: "The JJOC is not subordinate to INDOPACOM" denies the superior right by its cue.)
    const saidAnyway = candidate.adjacent && ((lang === 'en' && personValued(ctx.dataset, decl.name)) || (lang === 'ja' && jaNegatedAt - candidate.end > JA_NAME_NEGATION_GAP && !neitherNor && (isMention(candidate.found) || candidate.found.text.length >= 2)));
    if (candidate.end > negatedFrom && candidate.start < negatedUntil && !saidAnyway && !candidate.presupposed) return;
    // "If the JJOC had 1,000 personnel, …", 「仮に…要員が500人を超えれば」: a value supposed, not stated.
    if (inSupposition(body, candidate.start - sentence.start, lang)) return;
    // 「統合作戦司令部が300人規模になれば、…」: a value in a conditional clause, without 仮に or もし.
    if (lang === 'ja' && JA_CONDITIONAL_AFTER.test(text.slice(candidate.end, candidate.end + 12))) return;
    // 「統合作戦司令部の要員を将来500人規模に拡大すべきだとの意見もある」「いずれ2000人規模になるとの観測もある」: someone's view, not a statement.
    // (Not the destination of a move told as a noun, 「普天間飛行場の辺野古への移設を促進すべきだとの意見書」: the view is of promoting it.)
    if (lang === 'ja' && JA_OPINION_AFTER.test(text.slice(candidate.end, candidate.end + 24)) && !/^への(?:移設|移転)/.test(text.slice(candidate.end, candidate.end + 5))) return;
    // (An amount after a modal of wish or possibility: not a date, "could be the worst since the 2011 earthquake".)
    if (lang === 'en' && isValue(candidate.found) && (candidate.found.value.kind === 'quantity' || candidate.found.value.kind === 'money') && EN_MODAL_BEFORE.test(body.slice(Math.max(0, candidate.start - sentence.start - 60), candidate.start - sentence.start))) return;
    if (deniedFrom !== Infinity && !(candidate.end <= deniedFrom && candidate.adjacent && personValued(ctx.dataset, decl.name) && (isMention(candidate.found) || isOutsideName(candidate.found)))) return;
    let facts = entity.facts.filter((f) => spoken.includes(f.property));
    const holder = candidate.holder;
    if (holder !== undefined) facts = facts.filter((f) => scalars(f).some((v) => v.kind === 'entity' && v.id === holder));
    // None of the members spoken of: the family's one the entity has is compared, and named.
    if (facts.length === 0) {
      facts = entity.facts.filter((f) => members.includes(f.property));
      if (facts.length > 0 && facts.every((f) => f.property === facts[0]!.property)) decl = ctx.dataset.properties.get(facts[0]!.property) ?? decl;
    }
    // 「自衛隊からは隊員3万3千人…が参加」: a number drawn from a body (to take part in something) is no headcount.
    if (lang === 'ja' && isValue(candidate.found) && candidate.found.value.kind === 'quantity' && JA_DRAWN_FROM.test(text.slice(Math.max(sentence.start, candidate.start - 12), candidate.start))) return;
    // "The defense budget also included ¥9.3 billion for …": an amount allocated is another stage than one requested.
    if (decl.type === 'money' && facts.length > 0 && facts.every((f) => f.qualifiers.status === 'proposed') && allocatedNotRequested(body, lang)) return;
    const known = facts.flatMap(scalars);
    const agrees = known.map((v) => agreement(candidate.found, v, ctx.dataset));
    let conflicting = agrees.includes('conflict') && !agrees.includes('agree');
    // "will be established by April 2025" of a command set up in March 2025: the deadline was met.
    const foundDate = isValue(candidate.found) && candidate.found.value.kind === 'date' ? candidate.found.value : undefined;
    if (conflicting && decl.type === 'date' && foundDate && (lang === 'en' ? EN_DEADLINE_BEFORE.test(text.slice(Math.max(sentence.start, candidate.start - 30), candidate.start)) : JA_DEADLINE_AFTER.test(text.slice(candidate.end, candidate.end + 6))) && known.some((v) => notAfterPeriod(v, foundDate))) conflicting = false;
    if (conflicting) {
      // A name right next to its title (「折木良一防衛相」, "Defense Minister X") says who holds it, whoever else the sentence names.
      const adjacent = candidate.adjacent === true;
      // Only names on the candidate's own line: two captions run together (「…とパパロ・司令官\n…とパパロ・司令官」) are two statements.
      const beside = adjacent ? [] : resolved.filter((m) => !text.slice(Math.min(m.start, candidate.start), Math.max(m.end, candidate.end)).includes('\n'));
      if (isMention(candidate.found) && !plausibleEntityValue(candidate.found, facts, beside, ctx.dataset)) return;
      // 「パパロ司令官率いるインド太平洋軍」: a person who holds this post of another organisation the sentence names holds that one.
      // (Not an organisation another reports to as well: 「在日米軍を防衛省司令官隷下の…、統合作戦司令部のカウンターパートとなる」.)
      const holder = isMention(candidate.found) && personValued(ctx.dataset, decl.name) ? candidate.found.entity : undefined;
      if (holder && resolved.some((m) => m.entity !== entity.id && ctx.dataset.entities.get(m.entity)?.facts.some((f) => members.includes(f.property) && scalars(f).some((v) => v.kind === 'entity' && v.id === holder)))) return;
      if (isOutsideName(candidate.found) && !expectsPerson(facts, beside, ctx.dataset)) return;
      // "Defense Minister Shin Won-shik and his … Japanese counterparts": a name of another form than every
      // holder on record of a Japanese post is another country's holder.
      if (lang === 'en' && isOutsideName(candidate.found) && !nameLikeHolders(candidate.found.text, entity, members, ctx.dataset)) return;
      // 「在日米国陸軍のブッチャー副司令官は…」 then 「ブッチャー副司令官は」: the post told before with another organisation.
      if (lang === 'ja' && isOutsideName(candidate.found) && titledWithOtherBefore(text, sentence.start, candidate, entity)) return;
      // A list of entities is rarely complete ("commands A, B, C"), nor is a property that holds
      // several values: naming another is no conflict.
      if (decl.type === 'entity' && (decl.multiple || facts.some((f) => f.value.kind === 'list'))) conflicting = false;
      // 「2025年10月29日、小泉進次郎防衛相は…と日米防衛相会談を行った」: someone else in a participant's post, at a later date than the dataset knows it: a later meeting.
      if (decl.type === 'date' && entity.type === 'event' && isValue(candidate.found) && candidate.found.value.kind === 'date' && otherHolderOfParticipantPost(entity, candidate.found.value, ctx.dataset, hits, people(), resolved, lang === 'ja')) return;
    }
    used.add(candidate.found);
    const lineKey = reportKey(entity.id, familyOf(decl), candidate.start);
    // A place judged by any rule is known: another place of a move on the line is then judged too (judgeOne).
    if (isMention(candidate.found) && ctx.dataset.entities.get(candidate.found.entity)?.type === 'place') judgedValues.set(lineKey, (judgedValues.get(lineKey) ?? new Set<string>()).add(candidate.found.entity));
    holders.set(lineKey, (holders.get(lineKey) ?? new Set<string>()).add(holderKey(candidate.found)));
    // A subject left out and taken from before (「発足日 | …」 under a table's heading): it is still what the text is about.
    if (topics.includes(entity) && !resolved.some((m) => m.entity === entity.id)) remember(discourse, entity);
    const said = reported.get(lineKey) ?? new Set<string>();
    // A value that agrees with one member only (「初年度約240人、…280人に増員予定」: 240 is the headcount)
    // leaves the others to be said by their own cues.
    const agreedProps = conflicting ? [] : facts.filter((f) => scalars(f).some((v) => agreement(candidate.found, v, ctx.dataset) === 'agree')).map((f) => f.property);
    for (const p of spoken) if (agreedProps.length === 0 || agreedProps.includes(p)) said.add(p);
    reported.set(lineKey, said);
    if (ctx.readings) {
      const found = candidate.found;
      const value: ScalarValue | undefined = isMention(found) ? { kind: 'entity', id: found.entity } : isValue(found) ? found.value : undefined;
      ctx.readings.push({ entity: entity.id, property: decl.name, found: found.text, ...(value ? { value } : {}), start: candidate.start, end: candidate.end, verdict: facts.length === 0 ? 'new' : conflicting ? 'conflict' : 'agree' });
    }
    if (!conflicting) return;
    // The right value elsewhere in the sentence ("not 300 but about 240") means the writer
    // knows it: the other number is about something else.
    // A date without a year ("3月24日" after "2024年") is part of the same date, not another one.
    // Nor is a dateline's date ("March 30, 2025 (EIRNS)—", "TOKYO, March 30 (Kyodo) --") or a page's (「公開日:…」): it is when the text was written.
    // Nor is a coarser date ("2024年度末" by 「6月28日」): it agrees with any day of its year.
    const found = candidate.found;
    const coarser = (v: ParsedValue) => v.value.kind === 'date' && isValue(found) && found.value.kind === 'date' && PRECISION_RANK[v.value.precision] < PRECISION_RANK[found.value.precision];
    // When the sentence speaks of several members of a family with values of their own (「初年度約360人、…280人に増員予定」),
    // the right value of one is no excuse for a wrong one of another: only when every member's value is there already is a further number about something else.
    // (A year inside a name, 「令和6年能登半島地震」, is part of the name, not a value the writer gives.)
    // ("On March 10th, … (11:50 p.m. on April 10th, Japan time)": the same moment on another clock is no other value that excuses it.)
    // ("Local date 1 January 2023 (2024-01-01)": the same date restated in brackets right after is no other value either.)
    const others = isValue(found) ? allValues().filter((v) => v !== found && !otherClock(text, v) && !(v.start > found.end && RESTATED_BETWEEN.test(text.slice(found.end, v.start))) && !resolved.some((m) => m.start <= v.start && v.end <= m.end) && !(v.value.kind === 'date' && v.value.yearless) && !(v.value.kind === 'date' && (DATELINE_AFTER.test(text.slice(v.end, v.end + 16)) || PAGE_DATE_BEFORE.test(text.slice(Math.max(0, v.start - 12), v.start)))) && !coarser(v)) : [];
    // (A date finer than the dataset's, 「On February 24, 2024」 by a value of 2024, is another day of that year, not the value again.)
    const finerThan = (v: ParsedValue, k: ScalarValue) => v.value.kind === 'date' && k.kind === 'date' && PRECISION_RANK[v.value.precision] > PRECISION_RANK[k.precision];
    // ("131億円(7120万ドル)": an amount in the dataset's own first currency is not excused by a conversion that agrees;
    // a conversion that is off is, by the amount it converts: rates differ.)
    const firstCurrency = known.find((k) => k.kind === 'money')?.currency;
    const conversion = (v: ParsedValue) => isValue(found) && found.value.kind === 'money' && found.value.currency === firstCurrency && v.value.kind === 'money' && v.value.currency !== firstCurrency;
    const agreed = known.filter((k) => others.some((v) => compareValue(v, k) === 'agree' && !finerThan(v, k) && !conversion(v)));
    if (agreed.length > 0 && (spoken.length <= 1 || agreed.length === known.length)) return;
    // The wrong one is then compared with the members the sentence has not already given right.
    const open = agreed.length > 0 ? facts.filter((f) => !scalars(f).some((k) => agreed.includes(k))) : facts;
    const openDecl = agreed.length > 0 && open.length > 0 && open.every((f) => f.property === open[0]!.property) ? (ctx.dataset.properties.get(open[0]!.property) ?? decl) : decl;
    // A date is its own time; for anything else, the time the sentence or the document is about.
    // ("The current Minister of Defense is X, who took office on September 13, 2023": the present, not the day told of.)
    // ("Three days after the 2011 disaster, …; Defense Minister X later approved …": a year the value scanner leaves alone.)
    // (「北澤俊美防衛大臣の下で、自衛隊は東日本大震災に…対応した」: an event named with no date written is the time, by its date on record.)
    // (「2025年3月と10月に来日した。…10月には小泉進次郎防衛相と」「同年には」: a month with no year, or the same year, is in the year told before.)
    const time = decl.type === 'date' ? undefined : ((candidate.undated || PRESENT_WORD.test(body) ? undefined : (sentenceTime(allValues(), candidate, text, sentence.start) ?? inYearTold(allValues(), candidate, before.year) ?? (lang === 'en' ? bareYearTime(body) : undefined) ?? listHeadingTime(text, candidate.start) ?? namedEventTime(resolved, entity, ctx.dataset) ?? sameYearTime(body, before.year))) ?? ctx.documentDate);
    // 「フィリップ・デービッドソン…司令官」 warned of, then 「デービッドソン司令官から」: the short form of a name already warned of, again.
    if (isOutsideName(found) && !(before.wrongHolders ?? []).some((k) => k.endsWith(`\u0000${found.text}`)) && namedWrongBefore(before, entity.id, decl.name, found.text)) return;
    out.push(conflict(ctx, entity, openDecl, open.length > 0 ? open : facts, candidate, time));
    if (personValued(ctx.dataset, decl.name) && (isOutsideName(found) || isMention(found))) rememberWrongHolder(discourse, entity.id, decl.name, isMention(found) ? found.entity : found.text);
  };
  /** The earlier entity a description stands for ("the ministry", "the new command"). */
  const describe = (head: string, words: string[]) => resolveAnaphor({ kind: 'thing', head, words }, before, ctx.dataset, lang)[0];
  /** A claim of one property by a rule with no cue, unless the sentence already judged that entity's family. */
  /**
   * `placeOf`: a place a move gives (relocation.ts); another place on the line is judged too
   * (「辺野古への移設…X新基地建設反対」), as another date is.
   */
  const judgeOne = (entity: Entity, property: string, candidate: Candidate, placeOf?: string) => {
    const decl = ctx.dataset.properties.get(property);
    if (!decl) return;
    const key = reportKey(entity.id, familyOf(decl), candidate.start);
    // "…the Case of the 2011 Tohoku Earthquake … The Case of the 2010 Tohoku Earthquake": a date written
    // again on the line, otherwise, is judged too (the same date again is not).
    // So is another place (「…の辺野古…X新基地」, "a tour of X where the ministry is … after it moved to Y").
    const again = placeOf ?? (decl.type === 'date' && isValue(candidate.found) ? candidate.found.text : isMention(candidate.found) && ctx.dataset.entities.get(candidate.found.entity)?.type === 'place' ? candidate.found.entity : undefined);
    // (A place judged before by another rule is not known: no second one then.)
    const seen = again !== undefined ? (judgedValues.get(key) ?? (placeOf !== undefined && reported.has(key) ? undefined : new Set<string>())) : undefined;
    if (reported.has(key) && !(seen && again !== undefined && !seen.has(again) && seen.size < MAX_DATES_A_LINE)) return;
    if (seen && again !== undefined) judgedValues.set(key, seen.add(again));
    judge(entity, decl, [property], [property], candidate);
  };
  // Claims made by how names are put together, with no cue word: "the Defense Ministry in
  // Ichigaya", 「市ヶ谷の防衛省」, "the 2011 earthquake", "Air SDF Lt. Gen. Nagumo".
  // ("1993 Noto Peninsula Earthquake": an event named without a year, dated far from its own, is another of that name.)
  for (const claim of implicitClaims(text, sentence, resolved, ctx.dataset, lang, allValues)) {
    if (claim.property === 'date' && claim.entity.type === 'event' && isValue(claim.found) && farFromDates(claim.found, claim.entity, 'date') && resolved.some((m) => m.entity === claim.entity.id && (generalName(claim.entity, m) || yearlessEventName(claim.entity, m)))) continue;
    judgeOne(claim.entity, claim.property, { found: claim.found, start: claim.found.start, end: claim.found.end, ...(claim.presupposed ? { presupposed: true } : {}) });
  }
  // "the March 2011 earthquake and tsunami": a disaster told by what it was, dated beside the words.
  for (const claim of lang === 'en' ? describedDisasterClaims(text, sentence, ctx.dataset, allValues, ctx.quakeDaysTold) : describedQuakeClaimsJa(text, sentence, ctx.dataset, allValues, ctx.quakeDaysTold)) judgeOne(claim.entity, 'date', { found: claim.found, start: claim.found.start, end: claim.found.end, ...('presupposed' in claim && claim.presupposed ? { presupposed: true } : {}) });
  // "after the 2010 disaster" in a document about the 2011 earthquake that writes 2010 nowhere else: that earthquake's year told wrong
  // (the year of a definite description, said whatever the sentence denies: "… at the time of the 2010 earthquake, and therefore did not …").
  for (const claim of quakeYearClaims(text, sentence, ctx.dataset, lang, allValues, ctx.quakeYearsOff ?? [], ctx.quakeDaysTold, resolved)) judgeOne(claim.entity, 'date', { found: claim.found, start: claim.found.start, end: claim.found.end, presupposed: true });
  // "Lloyd Austin announced USFJ's restructuring in July 2024": an announcement told by the change it announced.
  for (const claim of announcedChangeClaims(text, sentence, resolved, ctx.dataset, lang, allValues)) judgeOne(claim.entity, 'date', { found: claim.found, start: claim.found.start, end: claim.found.end });
  // 「…99年に名護市辺野古への移設を受け入れた」「辺野古新基地の建設」, "the relocation to Henoko": a move
  // told of after the facility it replaces (in this sentence or just before) names the new site;
  // "to replace Futenma", 「普天間飛行場の継続的な使用を回避」 name what it replaces.
  for (const claim of relocationClaims(text, sentence, resolved, ctx.dataset, lang, before.things, ctx.moveNamed)) judgeOne(claim.entity, claim.property, { found: claim.found, start: claim.found.start, end: claim.found.end, ...(claim.presupposed ? { presupposed: true } : {}) }, claim.found.entity);
  // "The Defense Agency moved to the Ichigaya area from Roppongi", 「防衛庁は六本木から市ヶ谷に移転」: where it moved to is where it is.
  for (const claim of movedOfficeClaims(text, sentence, resolved, ctx.dataset, lang)) judgeOne(claim.entity, 'headquarters', { found: claim.found, start: claim.found.start, end: claim.found.end });
  // "in Tokyo’s Ichigaya area, where the ministry is located": the place of an entity told of before.
  if (lang === 'en' && body.includes('where')) {
    for (const w of body.matchAll(EN_WHERE_LOCATED)) {
      const placeEnd = sentence.start + w.index;
      const place = resolved.find((m) => m.end === placeEnd && ctx.dataset.entities.get(m.entity)?.type === 'place');
      // "where the ministry is located" (a description of one told of before), "where the Defense Ministry is located" (a name).
      const named = resolved.find((m) => m.start > placeEnd && m.start - placeEnd <= 40 && text.slice(m.end, m.end + 30).match(/^\s+(?:is|was|has been)\s+(?:located|based|headquartered|housed)/));
      const owner = place && (named ? ctx.dataset.entities.get(named.entity) : /^(?:ministry|command|headquarters|agency)$/i.test(w[2]!) ? describe(w[2]!.toLowerCase(), [w[2]!.toLowerCase()]) : undefined);
      if (place && owner && owner.facts.some((f) => f.property === 'headquarters')) judgeOne(owner, 'headquarters', { found: place, start: place.start, end: place.end });
    }
  }
  // "under the ministry compound in Ichigaya, Tokyo": the site of an organisation told of before, by a description.
  if (lang === 'en') {
    for (let k = 0; k < resolved.length; k++) {
      const place = resolved[k]!;
      if (ctx.dataset.entities.get(place.entity)?.type !== 'place') continue;
      const site = EN_DESCRIBED_SITE.exec(text.slice(Math.max(sentence.start, place.start - 60), place.start));
      // The ministry named earlier in this sentence, else the one told of before it.
      const head = (site?.[1] ?? site?.[2] ?? site?.[3])?.toLowerCase();
      const named = head ? [...resolved].reverse().find((m) => m.end <= place.start && ctx.dataset.entities.get(m.entity)?.type === 'organization' && /ministry|agency/i.test(m.text) && m.text.toLowerCase().includes(head)) : undefined;
      // "Defense Minister X … at his ministry": the ministry X is a minister of, by the dataset.
      // "the meeting between Kihara and … at the ministry's headquarters": one named in the sentence is too.
      const ministerOf = head ? ministryOfMinister(resolved.filter((m) => m.end <= place.start), ctx.dataset) : undefined;
      const owner = head ? (named ? ctx.dataset.entities.get(named.entity) : site?.[2] ? (ministerOf ?? describe(head, [head])) : (describe(head, [head]) ?? ministerOf)) : undefined;
      if (!owner || !owner.facts.some((f) => f.property === 'headquarters')) continue;
      // "in Tokyo’s Ichigaya district": the most specific place of the chain.
      const found = placeOfChain(placeChain(text, resolved, k, ctx.dataset), owner, 'headquarters', ctx.dataset);
      judgeOne(owner, 'headquarters', { found, start: found.start, end: found.end });
    }
  }
  // 「防衛省は…を東京・市ケ谷の同省で開いた」: the place of the ministry named before, by 同省.
  if (lang === 'ja') {
    for (let k = 0; k < resolved.length; k++) {
      const first = resolved[k]!;
      if (ctx.dataset.entities.get(first.entity)?.type !== 'place' || (k > 0 && /^[・]$/.test(text.slice(resolved[k - 1]!.end, first.start)))) continue;
      const chain = placeChain(text, resolved, k, ctx.dataset);
      const same = JA_SAME_BODY_AFTER.exec(text.slice(chain[chain.length - 1]!.end, chain[chain.length - 1]!.end + 6));
      if (!same) continue;
      const named = [...resolved].reverse().find((m) => m.end <= first.start && m.text.endsWith(same[1]!) && ctx.dataset.entities.get(m.entity)?.type === 'organization');
      const owner = named ? ctx.dataset.entities.get(named.entity) : before.things.map((id) => ctx.dataset.entities.get(id)).find((e) => e?.type === 'organization' && (e.labels.ja ?? '').endsWith(same[1]!));
      if (owner && owner.facts.some((f) => f.property === 'headquarters')) {
        const found = placeOfChain(chain, owner, 'headquarters', ctx.dataset);
        judgeOne(owner, 'headquarters', { found, start: found.start, end: found.end });
      }
    }
  }
  // An encyclopedia's infobox, labels glued to values ("Size240", "Part ofJapanese Ministry of Defense").
  const titled = discourse.title ? ctx.dataset.entities.get(discourse.title) : undefined;
  if (titled && !namedOtherAbove(text, sentence.start, titled)) {
    for (const claim of infoboxLabelClaims(text, sentence, resolved, titled, ctx.dataset, allValues, people)) judgeOne(titled, claim.property, { found: claim.found, start: claim.start, end: claim.end, adjacent: true });
    // "Minister of Defense | |" … "Succeeded by | Gen Nakatani |": the office's next (or previous) holder after the page's person.
    for (const claim of successionClaims(text, sentence, resolved, titled, ctx.dataset, (from, to) => ctx.cues.find(text, from, to))) judgeOne(claim.entity, claim.property, claim.candidate);
  }
  /** The organisations and things told of before this sentence, most recent first. */
  const recent = before.things.map((id) => ctx.dataset.entities.get(id)!).filter(Boolean);
  // 「南雲司令官は「…防衛大臣の指揮の下で…果たす」と述べた」: a quote with no subject speaks for the speaker's organisation.
  const speakerSubject = (at: number): PickedSubject | undefined => {
    const entity = quotedSpeakerOrganisation(text, at, sentence.start, resolved, before.persons[0], ctx.dataset);
    return entity && !resolved.some((m) => m.entity === entity.id) ? { entity, written: true } : undefined;
  };
  // 「山田太郎・大臣」: a bare title after a name, for the organisation the text is about.
  if (lang === 'ja') {
    // Not when a known person stands right before the post's full title in the sentence (「南雲防衛大臣と…、中谷大臣は」): that name is read by its cue.
    // (On the same line: 「中谷防衛大臣\n【映像】…握手を交わす田中大臣」, a headline then a caption, are two statements.)
    const titledByCue = (property: string, own: number) => hits.some((h) => h.properties.includes(property) && lineOf(h.start) === lineOf(own) && resolved.some((m) => m.end === h.start && m.start !== own && ctx.dataset.entities.get(m.entity)?.type === 'person'));
    // A bare title naming again a holder already warned of (「浜田靖一防衛大臣」, then 「浜田大臣は」) says nothing new.
    for (const claim of bareTitleClaims(text, sentence, resolved, ctx.dataset, recent, before.persons, ctx.postsTitled)) {
      const name = isMention(claim.candidate.found) ? claim.candidate.found.entity : claim.candidate.found.text;
      if (!titledByCue(claim.property, claim.candidate.start) && !namedWrongBefore(before, claim.entity.id, claim.property, name)) judgeOne(claim.entity, claim.property, claim.candidate);
    }
    // 「パパロ氏はアキリーノ前司令官の後任として就任」: the topic now holds the post.
    for (const claim of successorClaims(text, sentence, hits, resolved, ctx.dataset, recent)) judgeOne(claim.entity, claim.property, claim.candidate);
  }
  // 「防衛相ー中谷元氏」, "Defense Minister: Gen Nakatani": a line of a list, a post's full title and its holder.
  for (const claim of titledRowClaims(text, sentence, resolved, ctx.dataset, lang)) judgeOne(claim.entity, claim.property, claim.candidate);
  // "Also, Minister Nakatani welcomed …": an English bare title after the post's full title, with no other minister near.
  if (lang === 'en') for (const claim of bareTitleClaimsEn(text, sentence, resolved, ctx.dataset)) judgeOne(claim.entity, claim.property, claim.candidate);
  // "X will replace Adm. Y, who has served in the INDOPACOM role since 2021": X holds the post next.
  if (lang === 'en') for (const claim of successorClaimsEn(text, sentence, resolved, ctx.dataset, recent)) judgeOne(claim.entity, claim.property, claim.candidate);
  // "Adm. X relinquished command of U.S. Indo-Pacific Command to Adm. Y", 「INDOPACOMの指揮権をY海軍大将に渡した」: Y holds the post next.
  for (const claim of handoverClaims(text, sentence, resolved, ctx.dataset, lang)) judgeOne(claim.entity, claim.property, claim.candidate);
  // A meeting told by who met: its date and place, when one of them shows it is the dataset's.
  const meetings = describedEventClaims(text, sentence, resolved, ctx.dataset, lang, allValues, before.event ? [before.event, ...before.things] : before.things, before.persons);
  // "Japan and the US decided in June to upgrade the command …": a meeting told by what it decided.
  if (meetings.length === 0 && lang === 'en') meetings.push(...decidedUpgradeClaimsEn(text, sentence, resolved, ctx.dataset, allValues));
  for (const claim of meetings) {
    // The meeting told of is what the next sentences may go on about.
    remember(discourse, claim.entity);
    discourse.event = claim.entity.id;
    judgeOne(claim.entity, claim.property, { found: claim.found, start: claim.found.start, end: claim.found.end });
  }
  // "Tokyo, March 30 (Jiji Press)--The defense chiefs … agreed Sunday": a lede's meeting, dated by the story's dateline.
  if (lang === 'en') for (const claim of datelineEventClaims(text, sentence, resolved, ctx.dataset, allValues)) judgeOne(claim.entity, claim.property, { found: claim.found, start: claim.found.start, end: claim.found.end });
  // "Defence Minister X will host his Japanese counterpart Y": Y holds the Japanese post.
  if (lang === 'en') for (const claim of counterpartClaims(text, sentence, hits, resolved, ctx.dataset, before.persons)) judgeOne(claim.entity, claim.property, claim.candidate);
  // An event of one person told by that person and what happened (入院, "hospitalized"): its date.
  for (const claim of personalEventClaims(text, sentence, resolved, ctx.dataset, lang, allValues)) judgeOne(claim.entity, claim.property, { found: claim.found, start: claim.found.start, end: claim.found.end });
  // "The ministry requested about 10.5 billion yen for the new headquarters", 「創設のために…約105億円が要求」: a sum asked for a founding.
  for (const claim of requestedSumClaims(text, sentence, resolved, ctx.dataset, lang, allValues, before.things)) judgeOne(claim.entity, 'cost', { found: claim.found, start: claim.found.start, end: claim.found.end });
  // 「この人事は3月11日の閣議で承認された」: the nomination day of the person appointed in the sentence before.
  for (const claim of approvedAppointmentClaims(text, sentence, resolved, ctx.dataset, lang, allValues, before.persons)) judgeOne(claim.entity, claim.property, { found: claim.found, start: claim.found.start, end: claim.found.end });
  if (hits.length === 0) return;
  const families = familyMembers(ctx.dataset);
  /** The number right by a cue ("240 personnel", "increased to 280"): two cues with numbers of their own speak of two values. */
  const numberOf = (o: CueHit) => {
    const quantities = allValues().filter((v) => v.value.kind === 'quantity');
    // 「約300人で、将来的には280人規模に」: a Japanese cue set off as an adverb or a topic after a comma governs the number after it.
    if (lang === 'ja' && JA_ADVERBIAL_CUE_AFTER.test(text.slice(o.end, o.end + 3)) && /、\s*$/.test(text.slice(Math.max(sentence.start, o.start - 2), o.start))) {
      const ahead = quantities.find((v) => v.start >= o.end && v.start - o.end <= 8);
      if (ahead) return ahead;
    }
    return quantities.find((v) => (v.start >= o.end && v.start - o.end <= 8) || (v.end <= o.start && o.start - v.end <= 3) || (v.start < o.end && v.end > o.start));
  };
  // An English cue reads forward ("plans to expand to 420"): a number after it within reach is its own.
  const nearestNumber = (o: CueHit) => {
    let best: ParsedValue | undefined;
    let gap = Infinity;
    for (const v of allValues()) {
      if (v.value.kind !== 'quantity') continue;
      const after = v.start >= o.end;
      const g = lang === 'en' && after && v.start - o.end <= NEAR_CUE ? -1 / (1 + v.start - o.end) : Math.max(v.start - o.end, o.start - v.end, 0);
      if (g < gap) [best, gap] = [v, g];
    }
    return best;
  };

  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (modifiesNextCue(text, hit, hits[h + 1])) continue;
    const reference = referencePoint(text, hit);
    const binding = bindCue(text, hit, resolved, lang, sentence.start);
    if (binding.kind === 'foreign') continue;
    for (const name of hit.properties) {
      const decl = ctx.dataset.properties.get(name);
      if (!decl || decl.type === 'text') continue;
      // 「発足から半年」, "since its founding": an event used as a point in time states no date for
      // it (「防衛相から」 is still the minister).
      // 「2025年3月の発足以来」 still writes the event's own date onto it.
      if (reference === 'span' && decl.type === 'date' && !allValues().some((v) => v.value.kind === 'date' && v.end < hit.start && text.slice(v.end, hit.start) === 'の')) continue;
      const family = familyOf(decl);
      const members = families.get(family) ?? [name];
      // The members this sentence speaks of: the cue's own property, and any other member cued
      // too ("planned" next to "personnel"); a current headcount is no planned one.
      // Only a member cued near this cue counts: "240 personnel which will be increased to 280"
      // states both, each of its own number.
      // A cue with no number of its own belongs to the number nearest it: "240 staff and plans to
      // expand to 420", 「240人で発足し、…420人に増員する計画」 plan 420, not 240.
      const spoken = members.filter((p) => p === name || hits.some((o) => o !== hit && o.properties.includes(p) && Math.max(o.start - hit.end, hit.start - o.end) <= NEAR_CUE && (numberOf(o) === undefined ? numberOf(hit) === undefined || nearestNumber(o) === numberOf(hit) : numberOf(o) === numberOf(hit))));
      const entityValued = decl.type === 'entity';
      // 「25日、記者会見を開き、…会談を行う予定」: a cue whose object is another gathering dates that one.
      // 「日米2プラス2は23年1月に…開催して以来、約1年半ぶり」: the first in a while since then tells the last one's date
      // (not 「2024年3月の発足以来、…指揮している」, the event's own).
      if (lang === 'ja' && decl.type === 'date' && /^(?:(?:され|し)?て)?以来、?[^。\n]{0,12}ぶり/.test(text.slice(hit.end, hit.end + 24))) continue;
      // 「同年9月、…作業部会を設置した」: one whose object is another body dates that body's start.
      if (lang === 'ja' && decl.type === 'date' && JA_OTHER_OBJECT.test(text.slice(Math.max(sentence.start, hit.start - 8), hit.start))) continue;
      if (lang === 'ja' && decl.type === 'date' && JA_FOUNDING_CUE.test(text.slice(hit.start, hit.end)) && JA_CABINET_FOUNDED_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 4), hit.start))) continue;
      // 「2024年10月に発足した石破内閣で」: a cabinet founded, the cue's clause on it.
      if (lang === 'ja' && decl.type === 'date' && JA_FOUNDING_CUE.test(text.slice(hit.start, hit.end)) && JA_CABINET_FOUNDED_AFTER.test(text.slice(hit.end, hit.end + 12))) continue;
      // "In December 2022, the government decided to establish the command": a date before a decision to
      // do something is the decision's; only a date after the cue ("decided to establish it in 2025") is the deed's.
      if (lang === 'en' && decl.type === 'date' && EN_DECIDED_TO.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start)) && !allValues().some((v) => v.value.kind === 'date' && v.start >= hit.end)) continue;
      // "The press release of March 2023 said the Defense Buildup Plan …": a release of news is no document's.
      if (lang === 'en' && /^release/i.test(text.slice(hit.start, hit.end)) && /\b(?:press|news|media)\s+$/i.test(text.slice(Math.max(sentence.start, hit.start - 8), hit.start))) continue;
      // 「元防衛大臣で…の小野寺さん」「前司令官」: a post held before is no claim about who holds it.
      // (Not the 元 that ends a name: 「中谷元統合作戦司令官」 is Gen Nakatani with the title.)
      if (lang === 'ja' && personValued(ctx.dataset, name) && /[元前]\s*$/.test(text.slice(Math.max(0, hit.start - 3), hit.start)) && !resolved.some((m) => m.end === hit.start && m.start < hit.start - 1)) continue;
      // 「浜田靖一防衛相（当時）」「当時の防衛大臣は…」: the post at a time the sentence does not give.
      // (「2025年3月24日、X防衛大臣(当時)が…」: a sentence dated to the month, within the dataset's record of the post, gives it.)
      // (「当時の折木良一統合幕僚長が菅直人首相や北沢俊美防衛相への報告…」: 当時の before a list of titled names is each one's.)
      // (「東日本大震災当時の首相は菅直人氏で、防衛相は北澤俊美氏だった」: and the clause set beside it with 「で、」.)
      // (「防衛相を務めた岩屋毅氏は、2024年10月の…で外相に就いた」: a date after the post is another clause's; only one before it dates the post held.)
      // (「…防衛相を務め、2024年10月には…に就いた」: so in the continuative form, in a sentence told in the past.)
      if (lang === 'ja' && personValued(ctx.dataset, name) && (JA_SERVED_ONCE_AFTER.test(text.slice(hit.end, hit.end + 10)) || continuedPastPost(text, hit.end, body)) && !allValues().some((v) => v.value.kind === 'date' && v.start >= sentence.start && v.end <= hit.start)) continue;
      if (lang === 'ja' && personValued(ctx.dataset, name) && (JA_THEN_AFTER.test(text.slice(hit.end, hit.end + 6)) || JA_BEFORE_THAT_OPENING.test(body) || formerlyBefore(text.slice(sentence.start, hit.start)) || JA_SERVED_ONCE_AFTER.test(text.slice(hit.end, hit.end + 10)) || /当時の?\s*$/.test(text.slice(Math.max(sentence.start, hit.start - 3), hit.start)) || JA_SAME_CABINET_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 6), hit.start)) || /当時の[^。、]{0,36}$/.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start)) || JA_THEN_PARALLEL_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 48), hit.start))) && !datedWithinRecord(allValues(), ctx.dataset, name)) continue;
      // "X, the defense minister at the time,": the same in English.
      if (lang === 'en' && personValued(ctx.dataset, name) && EN_THEN_AFTER.test(text.slice(hit.end, hit.end + 20))) continue;
      // "Parliamentary Vice-Minister of Defense X", 「防衛大臣政務官の…」「司令官補佐」: a title made longer is another post.
      if (personValued(ctx.dataset, name) && (lang === 'en' ? EN_LESSER_POST_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 28), hit.start)) : JA_LESSER_POST_AFTER.test(text.slice(hit.end, hit.end + 3)))) continue;
      // "has served as a commander at every level of the Army": a post one of many hold, not the one an organisation has.
      if (lang === 'en' && personValued(ctx.dataset, name) && EN_INDEFINITE_POST.test(text.slice(Math.max(sentence.start, hit.start - 24), hit.start))) continue;
      // 「上級部隊 防衛大臣直轄」, "| Commander | X |": a row of the title's infobox.
      const row = discourse.title ? infoboxRow(text, sentence, hit) : undefined;
      const page = row && ctx.dataset.entities.get(discourse.title!);
      // A row whose key is the full title of a post one organisation alone has (「防衛大臣 | X |」 in the ground force's infobox) is that organisation's.
      const postOwner = page && !hasFacts(page, members) ? fullTitleOwner(text.slice(hit.start, hit.end), decl, ctx.dataset) : undefined;
      const titled = postOwner ?? page;
      // 「- 名称:統合任務部隊 東北」 then 「- 規模:約10万人」: rows under a name of something else are that thing's.
      if (titled && namedOtherAbove(text, hit.start, titled)) continue;
      // A cell with two values of the kind (「初年度約240人、2025年度末には280人に増員予定」) is read by its cues, not as one value.
      const inCell = row && titled && !entityValued ? allValues().filter((v) => v.start >= row.valueStart && v.end <= row.valueEnd && v.value.kind === decl.type) : [];
      const found = row && titled ? (entityValued ? rowMention(row, resolved) : inCell.length === 1 ? inCell[0] : undefined) : undefined;
      // 「防衛大臣 | 山田太郎 |」 under the post's owner: a name alone in the cell, one the dataset does not know.
      const cellName = !found && row && postOwner && entityValued ? rowOutsideName(text, row) : undefined;
      if (cellName) {
        if (!reported.has(reportKey(postOwner!.id, family, hit.start))) judge(postOwner!, decl, spoken, members, { ...cellName, adjacent: true });
        continue;
      }
      // A row whose value the rules for names read better (a person the dataset does not know) goes on to them.
      if (found && titled && !(isMention(found) && found.entity === titled.id)) {
        if (!reported.has(reportKey(titled.id, family, hit.start))) judge(titled, decl, spoken, members, { found, start: found.start, end: found.end, adjacent: true });
        continue;
      }
      // A row of the title's infobox speaks of the title entity, or of nothing the dataset has ("司令官 X" on a page about a unit with
      // no commander on record), unless it is a sole post's full title (postOwner, above).
      if (row && titled && !postOwner && !hasFacts(titled, members)) continue;
      // 「2021年に発表された防衛力整備計画」: a date of the family the entity holds another member of (a document announced is published).
      let subject = pickSubject(text, hit, binding, frame, topics, resolved, spoken, ctx.dataset, entityValued, lang, sentence.start, describe, recent) ?? (decl.type === 'date' && members.length > spoken.length ? pickSubject(text, hit, binding, frame, topics, resolved, members, ctx.dataset, entityValued, lang, sentence.start, describe, recent) : undefined);
      // 「（組織）発足時の人員は約240人で、…」 on a page about the command: a Japanese sentence that opens on the cue as its topic,
      // with no name and no subject of its own, is about the page's title (the latest told of may be a body the page only compares it with).
      if (!subject && !entityValued && lang === 'ja' && discourse.title && !frame.subject && !frame.anaphor && hit.start - sentence.start <= TITLE_CUE_OPENING && /^[はも]/.test(text.slice(hit.end, hit.end + 1)) && !resolved.some((m) => m.start < sentence.end)) {
        const page = ctx.dataset.entities.get(discourse.title);
        if (page && hasFacts(page, spoken)) subject = { entity: page };
      }
      // "recommendations on revising the Defense Buildup Plan in April 2026", 「防衛力整備計画の改定を…」: a date of its revision, not of the document.
      // (Not when the cue is the document's own, right before it: 「2022年に策定した…3文書の見直し」.)
      const named = subject?.mention;
      const ownCue = !!named && hit.end <= named.start && named.start - hit.end <= 6 && !/[\s、,]/.test(text.slice(hit.end, named.start));
      if (named && decl.type === 'date' && ctx.dataset.entities.get(named.entity)?.type === 'document' && !ownCue && documentRevised(text, sentence.start, named)) continue;
      // "The JJOC established a new cyber unit in 2026": the subject of a founding verb in the active
      // voice, with an object after it, founded that object; it was not founded then.
      if (lang === 'en' && named && decl.type === 'date' && named.end <= hit.start && EN_ACTIVE_SUBJECT_GAP.test(text.slice(named.end, hit.start)) && EN_FOUNDED_OBJECT.test(text.slice(hit.start, hit.start + 40))) continue;
      // 「…施行期日を定める政令が3月14日に公布され、同年3月24日に新たに設置された」: a law is promulgated, not
      // set up; a founding verb with no subject of its own tells of what the page is about (its title).
      if (!subject && lang === 'ja' && decl.type === 'date' && JA_SET_UP_PASSIVE.test(text.slice(hit.start, hit.end + 3)) && ((frame.subject && ctx.dataset.entities.get(frame.subject.entity)?.type === 'document') || (frame.foreignSubject && JA_LAW_SUBJECT.test(text.slice(sentence.start, hit.start))))) {
        const page = discourse.title ? ctx.dataset.entities.get(discourse.title) : undefined;
        if (page && page.type === 'organization' && hasFacts(page, spoken)) subject = { entity: page };
      }
      // In a quote, a subject neither written nor named is the speaker's organisation, when the speaker holds a post of one.
      if (lang === 'ja' && !subject?.written && !subject?.mention) subject = speakerSubject(hit.start) ?? subject;
      if (row && titled && subject && subject.entity !== titled) continue;
      // 「統合作戦司令部は陸上自衛隊の指揮権を持つ」: the one whose command is held is the cue's subject; the holder is the value, never the other way round.
      if (lang === 'ja' && binding.kind === 'mention' && JA_COMMAND_HELD.test(text.slice(hit.start, hit.end)) && subject?.entity.id !== binding.mention.entity) continue;
      if (subject && !row && infoboxRow(text, sentence, hit) && namedOtherAbove(text, hit.start, subject.entity)) continue;
      if (!subject) {
        // Reading to record (readClaims, Record Fact): the sentence's own subject is read too,
        // though it has no fact of this kind yet. The check itself never judges such a subject.
        const own = ctx.readings && !entityValued && frame.subject ? ctx.dataset.entities.get(frame.subject.entity) : undefined;
        if (own && !own.facts.some((f) => members.includes(f.property)) && !reported.has(reportKey(own.id, family, hit.start))) {
          const value = pickValue(text, allValues(), resolved, hit, hits, decl, ctx.dataset, lang === 'ja', used);
          if (value) judge(own, decl, spoken, members, value);
        }
        continue;
      }
      // "The last meeting was held in Hawaii", 「前回の会合は」: a sentence that opens on another occasion
      // speaks of that one, not of the one told of before.
      if (!subject.mention && !subject.written && ANOTHER_OCCASION_OPENS.test(body.slice(0, OCCASION_REACH))) continue;
      // 「・陸上総隊：2018年3月新編」: an item that opens on its own label and a colon tells of that label, not of the one before.
      if (lang === 'ja' && !subject.mention && !subject.written && JA_LABEL_OPENS.test(body.slice(0, 24)) && !resolved.some((m) => m.entity === subject.entity.id && m.start >= sentence.start && m.end <= sentence.end)) continue;
      // "Three years before the JJOC was set up, the ministry created the Cyber Defense Command in March 2022": a name inside a
      // subordinate clause that opens the sentence is no subject of a cue past the clause's comma.
      if (lang === 'en' && subject.mention && subject.mention.end <= hit.start && EN_FRONTED_SUBORDINATE.test(text.slice(sentence.start, subject.mention.start)) && text.slice(subject.mention.end, hit.start).includes(',')) continue;
      // "The JJOC met with party chief Yoshihiko Noda", "opposition leader X": a bare title right after another word than the
      // subject's name (or its, the, top, new…) is that word's: the party's, the opposition's.
      if (lang === 'en' && EN_BARE_HEAD_CUE.test(text.slice(hit.start, hit.end)) && otherTitleOwnerBefore(text, hit.start, subject.mention)) continue;
      // "Britain's Permanent Joint Headquarters at Northwood, often cited as a model for Japan's JJOC, was set up in April 1996":
      // a name a preposition governs inside an aside set off by commas is no subject of the verb right after the aside;
      // the words before the aside are (not "Japan's new command, the JJOC, was set up", where the aside renames them).
      if (lang === 'en' && subject.mention && subject.mention.end <= hit.start && EN_ASIDE_CLOSED_THEN_VERB.test(text.slice(subject.mention.end, hit.start)) && asideObject(text, sentence.start, subject.mention)) continue;
      // 「俵千城海将は、司令官の南雲空将とは異なり海上自衛隊の出身だ」: a name compared with is no subject of the cue after it.
      if (lang === 'ja' && subject.mention && subject.mention.end <= hit.start && JA_COMPARED_WITH_AFTER.test(text.slice(subject.mention.end, subject.mention.end + 12))) continue;
      // "Japan's defense budget for fiscal 2025, the JJOC's first full fiscal year, came to about 8.7 trillion yen including …
      // costs": a name owning the noun of an aside set off by commas is no subject of a cue after the aside.
      if (lang === 'en' && subject.mention && subject.mention.end <= hit.start && possessorInAside(text, sentence.start, subject.mention, hit.start)) continue;
      // 「東日本大震災発生から5年、…イベント … 2016年8月28日 開催」: an earthquake is not held; a cue of holding is a gathering's.
      if (decl.type === 'date' && HELD_CUE.test(text.slice(hit.start, hit.end)) && Object.values(subject.entity.labels).some((l) => l && QUAKE_LABEL.test(l))) continue;
      // 「2022年12月　安保3文書閣議決定 … 2024年2月　関連法改正案を閣議決定」: a timeline's row names what it tells of, or nothing
      // the rows before named.
      if (lang === 'ja' && decl.type === 'date' && !subject.written) {
        const rowStart = lineStartFrom(text, hit.start, Math.max(0, hit.start - 40));
        if (JA_ROW_DATE_BEFORE.test(text.slice(rowStart, hit.start)) && (!subject.mention || subject.mention.end <= rowStart)) continue;
      }
      // "Even a JJOC of 1,000 personnel would look small next to INDOPACOM": a name with an indefinite article, in a sentence
      // of what would be, is one supposed, not the one there is.
      if (lang === 'en' && subject.mention && EN_INDEFINITE_BEFORE.test(text.slice(Math.max(sentence.start, subject.mention.start - 6), subject.mention.start)) && EN_WOULD.test(body)) continue;
      // 「前回の「2+2」は2023年1月11日に…」, "the previous 2+2": a meeting of a series named by its general name,
      // with a word before it that sets another round of it, is that round.
      if (subject.mention && generalName(subject.entity, subject.mention) && ANOTHER_ROUND_BEFORE.test(text.slice(Math.max(sentence.start, subject.mention.start - 12), subject.mention.start))) continue;
      // 「自衛艦隊の一部」 in a list of units: a cue that takes the name before it as its value needs a
      // subject written in the sentence, not one carried over from before.
      // 「在日米軍をインド太平洋軍司令官隷下の統合軍司令部として」: the object of a を…として clause is written too.
      const madeInto = (m: Mention) => /^[」』]?を/.test(text.slice(m.end, m.end + 2)) && JA_AS_WHAT.test(text.slice(hit.end, hit.end + 24));
      // A title topic made from the organisation's name (「統合作戦司令官は」) is written too.
      // Not a cue that is a clause of its own (「国防総省の命令を受けて、自衛隊全体を動かす」): its subject is left out as any verb's is.
      if (lang === 'ja' && (text[hit.start] === 'の' || JA_UNDER_COMMANDER.test(text.slice(hit.start, hit.end))) && !JA_RECEIVES_ORDERS.test(text.slice(hit.start, hit.end)) && !subject.written && !(subject.mention && (subject.mention === frame.subject || JA_MARKED.test(text.slice(subject.mention.end, subject.mention.end + 8)) || madeInto(subject.mention)))) continue;
      // A sum of money in a Japanese sentence with no subject written is too often another budget's
      // (not one opened by 「そのため」, for what the sentence before told of).
      if (lang === 'ja' && decl.type === 'money' && !subject.mention && frame.anaphor?.kind !== 'thing' && !JA_FOR_THAT_OPENING.test(body)) continue;
      const key = reportKey(subject.entity.id, family, hit.start);
      // A member judged on this line already is not judged again. A cue that also speaks of a member
      // not judged yet is, when it has a number of its own not read yet (「約240人で、将来的には350人規模に」).
      const fresh = spoken.filter((p) => !reported.get(key)?.has(p));
      const own = numberOf(hit);
      const stale = own === undefined || used.has(own);
      // A second holder named right by the title on the same line (「木原防衛相…吉田防衛相」) is its own statement.
      // (A budget: a line of a hundred titled names is a list, not a hundred statements.)
      const again = fresh.length === 0 && entityValued && personValued(ctx.dataset, name) && (retitled.get(key) ?? 0) < MAX_HOLDERS_A_LINE;
      if (again) retitled.set(key, (retitled.get(key) ?? 0) + 1);
      // "The 2011 Great East Japan Earthquake struck on March 11, 2010": a date read from how the name is put together
      // (judgeOne, before the cues) leaves a date the cue gives on the line to be judged too, when it is another.
      // (In Japanese only with the date opening the sentence and the name marked が right before the cue: 「2010年3月11日14時46分頃、
      // …「平成23年(2011年)東北地方太平洋沖地震」が発生し」; not 「30日に行われた日米防衛相会談を巡り、…31日」.)
      const datedAgain = !again && fresh.length === 0 && decl.type === 'date' ? judgedValues.get(key) : undefined;
      if (!again && !datedAgain && (fresh.length === 0 || (stale && (fresh.length < spoken.length || (reported.has(key) && spoken.length === members.length))))) continue;

      let candidate: Candidate | undefined;
      if (entityValued) {
        names = people();
        // Only names of the kind the dataset's values are (a person for a commander) compete.
        const kinds = new Set(subject.entity.facts.filter((f) => members.includes(f.property)).flatMap(scalars).flatMap((v) => (v.kind === 'entity' ? [ctx.dataset.entities.get(v.id)?.type] : [])));
        // 「岸田内閣の防衛大臣」: a prime minister named for a cabinet is no value; the cabinet says when.
        const fitting = resolved.filter((m) => m === subject.mention || (kinds.has(ctx.dataset.entities.get(m.entity)?.type) && !(lang === 'ja' && JA_CABINET_AFTER.test(text.slice(m.end, m.end + 8)))));
        // "…Cooperation Team, which was installed at the Akasaka Press Center", 「…部署を…赤坂プレスセンターに設置」:
        // where it is put says the place before any place merely named on the way.
        if (kinds.has('place')) candidate = placedAt(text, hit, fitting.filter((m) => m !== subject.mention), sentence, lang);
        candidate ??= pickEntityValue(text, fitting, resolved, kinds.has('person') ? names : [], hit, subject.mention, subject.entity, lang, ctx.dataset, decl.name);
        // 「パパロ氏は5月、…米インド太平洋軍司令官に就任した」: the topic takes up the post.
        if (!candidate && lang === 'ja' && kinds.has('person') && JA_TAKES_POST.test(text.slice(hit.end, hit.end + 8))) candidate = topicHolder(text, sentence, frame, names, fitting, subject.entity);
        // 「防衛大臣には、…を進めた中谷元氏が起用された」: the name the appointment verb takes, past a relative clause.
        if (!candidate && lang === 'ja' && kinds.has('person')) candidate = appointedTo(text, hit, sentence, names, fitting.filter((m) => m.entity !== subject.entity.id));
        // "X will make his first U.S. trip as Japan's defense chief": the name opening the sentence holds the post.
        if (!candidate && lang === 'en' && kinds.has('person') && EN_AS_POST_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start))) candidate = asPostHolder(text, sentence, hit, fitting, resolved, subject.entity);
      } else {
        candidate = pickValue(text, allValues(), resolved, hit, hits, decl, ctx.dataset, lang === 'ja', used);
        // "On March 30, Hegseth announced that the Pentagon had started phase one …", 「…第一段階を開始したと、
        // …が3月30日の…会見で発表した」: a start told as done is dated by its announcement.
        if (!candidate && decl.type === 'date') candidate = announcedStart(text, sentence, hit, allValues(), used, lang);
        // 「2025年3月24日、…変革が始まりました。…「統合作戦司令部」が発足し」: the day the sentence before opened with.
        if (!candidate && decl.type === 'date' && before.scene && !allValues().some((v) => v.value.kind === 'date') && !JA_RELATIVE_TIME.test(body) && JA_PREDICATE_CUE.test(text.slice(hit.end, hit.end + 4))) {
          candidate = { found: before.scene, start: before.scene.start, end: before.scene.end };
        }
        if (reference === 'event' && decl.type === 'date' && candidate && !(candidate.start >= hit.end && EN_PLACE_PHRASE.test(text.slice(hit.end, candidate.start)))) candidate = undefined;
        // "announced plans in December 2022 to create a joint command … by fiscal 2027": the date between the verb of planning and its
        // "to" is the plan's, whatever date follows the cue.
        if (lang === 'en' && decl.type === 'date' && candidate && candidate.end <= hit.start) {
          const from = Math.max(sentence.start, hit.start - 40);
          const planned = EN_DECIDED_TO.exec(text.slice(from, hit.start));
          if (planned && candidate.start >= from + planned.index) candidate = undefined;
        }
        // 「統合作戦司令部が発足したそうだと聞いて調べてみたら、2006年の時点で…」: a date after a clause quoted as heard or said
        // is the hearer's, not the quoted event's.
        if (lang === 'ja' && decl.type === 'date' && candidate && candidate.start >= hit.end && JA_QUOTED_CLAUSE_CLOSED.test(text.slice(hit.end, candidate.start))) candidate = undefined;
        // "In the first half of 2024, the Diet debated the bills that would create the JJOC": a cue in a clause of what another
        // noun would do, its object the name, is not dated by the main clause's date before it.
        if (lang === 'en' && decl.type === 'date' && candidate && candidate.end <= hit.start && subject.mention && subject.mention.start >= hit.end && EN_OTHER_NOUN_WOULD_BEFORE.test(text.slice(Math.max(candidate.end, hit.start - 40), hit.start))) candidate = undefined;
        // "the amendment that created the JJOC passed the Diet in May 2024", "The law that created the JJOC was enacted in May
        // 2024": a cue in a relative clause on another noun, its object the name, then the main clause's verb and its date.
        if (lang === 'en' && decl.type === 'date' && candidate && subject.mention && subject.mention.start >= hit.end && candidate.start >= subject.mention.end && EN_RELATIVE_ON_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start)) && EN_MAIN_VERB_AFTER_OBJECT.test(text.slice(subject.mention.end, candidate.start))) candidate = undefined;
        // 「2007年に発生した能登半島地震は別」: an event told by its general name, a name it shares with others of its kind,
        // and a date far from its own (not a year or one part off) is another event of that name.
        // (So is an event named without a year: "the Noto Peninsula earthquake of March 25, 2007".)
        if (decl.type === 'date' && candidate && isValue(candidate.found) && subject.mention && (generalName(subject.entity, subject.mention) || yearlessEventName(subject.entity, subject.mention)) && farFromDates(candidate.found, subject.entity, decl.name)) candidate = undefined;
        // 「2プラス2は2023年1月に米国で開催して以来」: an event of a series told by its general name, then 以来, is the last one before.
        if (lang === 'ja' && decl.type === 'date' && candidate && subject.mention && generalName(subject.entity, subject.mention) && JA_SINCE_AFTER.test(text.slice(hit.end, hit.end + 8))) candidate = undefined;
        // 「…の地震が発生した。2021年9月16日に発生したM5.1の地震では」: an event only implied by the sentences before,
        // with a date far from its own, is another of its kind.
        // So is one in a sentence that dates several of its kind (「2021年9月16日に発生した…、2023年5月5日に発生した…の地震では」),
        // or tells of a many-country forum's meeting (「昨年11月に…APECの年次首脳会議で」).
        // (Only where the cue's clause modifies a noun of such an event, 「…に発生したM5.1の地震」: 「2015年に発生し、」 goes on about the one told of.)
        if (decl.type === 'date' && candidate && !subject.mention && subject.entity.type === 'event' && !resolved.some((m) => m.entity === subject.entity.id) && (FORUM_MEETING.test(body) || (lang === 'ja' && JA_CUE_MODIFIES_EVENT.test(text.slice(hit.end, hit.end + 20)) && ((isValue(candidate.found) && farFromDates(candidate.found, subject.entity, decl.name)) || allValues().filter((v) => v.value.kind === 'date' && !v.value.yearless).length >= 2)))) candidate = undefined;
        // "The Great East Japan Earthquake was powerful. The Valdivia earthquake struck Chile on May 22, 1960.": a sentence that names
        // another earthquake, and not the one told of before, dates that one when the date is far from the dataset's.
        if (lang === 'en' && decl.type === 'date' && candidate && isValue(candidate.found) && !subject.mention && subject.entity.type === 'event' && !resolved.some((m) => m.entity === subject.entity.id && m.start >= sentence.start && m.end <= sentence.end) && EN_ANOTHER_NAMED_QUAKE.test(body) && farFromDates(candidate.found, subject.entity, decl.name)) candidate = undefined;
        // 「1986年に初めて策定され」, "was first adopted in 1976": a document drawn up again and again, told of its first
        // edition long before the one the dataset holds (not 「2022年12月に初めて策定された」, its own first edition).
        if (decl.type === 'date' && candidate && isValue(candidate.found) && subject.entity.type === 'document' && farFromDates(candidate.found, subject.entity, decl.name) && (lang === 'ja' ? JA_FIRST_EDITION.test(text.slice(Math.max(sentence.start, hit.start - 6), hit.start)) : EN_FIRST_EDITION.test(text.slice(Math.max(sentence.start, hit.start - 12), hit.start)))) candidate = undefined;
        // 「去年7月に…は統合作戦司令部発足に合わせて…を述べた」: timed with the event, the sentence's own date is not the event's,
        // unless it is written onto the event (「3月24日の統合作戦司令部発足に合わせ」「2025年3月末の…創設に向けて」).
        if (lang === 'ja' && decl.type === 'date' && candidate && JA_TIMED_WITH.test(text.slice(hit.end, hit.end + 6)) && !JA_WRITTEN_ONTO.test(text.slice(candidate.end, candidate.end + 3))) candidate = undefined;
        // 「防衛省の2024年度概算要求は過去最大の7兆7385億円で、統合作戦司令部の創設に必要な経費も含まれた」: a sum that closes its
        // own clause before the name is that clause's, not the name's.
        if (lang === 'ja' && candidate && decl.type === 'money' && subject.mention && candidate.end <= subject.mention.start && JA_CLAUSE_PREDICATE_AFTER.test(text.slice(candidate.end, candidate.end + 8))) candidate = undefined;
        // "began with about 540 personnel, more than twice the JJOC's initial strength", 「約540人で、統合作戦司令部の2倍」:
        // a value before the name it is compared with is the other thing's.
        if (candidate && subject.mention && candidate.end <= subject.mention.start && (lang === 'en' ? EN_COMPARED_BETWEEN.test(text.slice(candidate.end, subject.mention.start)) : JA_COMPARED_AFTER.test(text.slice(subject.mention.end, subject.mention.end + 12)))) candidate = undefined;
      }
      // "Japanese troop rotations locked in, Defence Minister Richard Marles confirms": a title alone
      // names the one organisation with such a post, but a name unlike every holder on record (no
      // Japanese name for Japan's minister) holds another country's.
      if (candidate && subject.byTitle && lang === 'en' && isOutsideName(candidate.found) && !nameLikeHolders(candidate.found.text, subject.entity, members, ctx.dataset)) continue;
      // 「中谷防衛大臣は…。南雲大臣は」: the organisation a title named is told of, as its name would be;
      // a bare 大臣 in the next sentences is its post.
      if (candidate && subject.byTitle && lang === 'ja') remember(discourse, subject.entity);
      // "new Defense Minister X", 「新防衛相」: a holder just named, whom the dataset may not have yet.
      if (candidate && entityValued && personValued(ctx.dataset, name) && (lang === 'en' ? EN_NEW_HOLDER_BEFORE : JA_NEW_HOLDER_BEFORE).test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start))) candidate = { ...candidate, newer: true };
      // "X was appointed defense minister", 「X氏が防衛大臣に就任した」「…を経て、防衛大臣となった」: a holder told taking the post,
      // at a time the text does not give, is a change the dataset may not have yet (not one told as a past holder's).
      // (Only in a sentence that tells no time at all, not even 「5月」「昨日」「これから」 or a cabinet's name: those say which change.)
      if (candidate && entityValued && personValued(ctx.dataset, name) && tookPost(text, hit, candidate, lang) && !allValues().some((v) => v.value.kind === 'date') && !TIME_TOLD.test(body)) candidate = { ...candidate, newer: true };
      // 「小泉進次郎防衛相は就任後初めての…」「…は就任から約1週間後の10月29日」: a holder told from taking the post, just now.
      if (candidate && lang === 'ja' && entityValued && personValued(ctx.dataset, name) && hit.end >= candidate.end && JA_SINCE_TAKING_POST_AFTER.test(text.slice(hit.end, hit.end + 12))) candidate = { ...candidate, newer: true };
      // "Defense Agency chief X", 「X防衛庁長官」: the post under the organisation's name before 2007, a past holder's.
      if (candidate && entityValued && personValued(ctx.dataset, name) && FORMER_POST_CUE.test(text.slice(hit.start, hit.end))) candidate = { ...candidate, former: true };
      // "Takeshi Iwaya, who was defense minister, became foreign minister": a past holder, at a time the text does not give.
      if (candidate && lang === 'en' && entityValued && personValued(ctx.dataset, name) && candidate.end <= hit.start && EN_PAST_HOLDER_BETWEEN.test(text.slice(candidate.end, hit.start))) candidate = { ...candidate, former: true };
      // "X served as deputy commander of U.S. Indo-Pacific Command under Adm. Y": the one served under, told in the past.
      if (candidate && lang === 'en' && entityValued && personValued(ctx.dataset, name) && /^under\b/i.test(text.slice(hit.start, hit.end)) && EN_SERVED_UNDER_BEFORE.test(text.slice(sentence.start, hit.start))) candidate = { ...candidate, former: true };
      // 「稲田朋美氏は防衛大臣を務めた」: the same in Japanese, the post held in the past tense.
      // (「小野寺五典氏は2度にわたって防衛相を務め、2024年10月には…に就いた」: its continuative form takes the past of the sentence's last verb.)
      if (candidate && lang === 'ja' && entityValued && personValued(ctx.dataset, name) && candidate.end <= hit.start && (JA_PAST_POST_AFTER.test(text.slice(hit.end, hit.end + 8)) || continuedPastPost(text, hit.end, body))) candidate = { ...candidate, former: true };
      // 「防衛省の初代防衛大臣には久間章生氏が就任した」「初代のインド太平洋軍司令官」, "Japan's first defense minister": the post's first holder, at a time
      // the dataset does not record unless it knows who held the post from the day it was set up (the JJOC's first commander).
      if (candidate && entityValued && personValued(ctx.dataset, name) && (lang === 'en' ? (EN_FIRST_HOLDER_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 24), hit.start)) || EN_FIRST_HOLDER_CUE.test(text.slice(hit.start, hit.end))) && !EN_FIRST_TO_AFTER.test(text.slice(hit.end, hit.end + 12)) : JA_FIRST_HOLDER_BEFORE.test(text.slice(Math.max(sentence.start, postStart(hit, resolved) - 4), postStart(hit, resolved))) || JA_FIRST_HOLDER_CUE.test(text.slice(hit.start, hit.end))) && !recordsFirstHolder(subject.entity, members)) candidate = { ...candidate, former: true };
      if (again && !(candidate?.adjacent && !used.has(candidate.found) && !holders.get(key)?.has(holderKey(candidate.found)))) continue;
      // 「記者会見で統合作戦司令部の創設について説明する木原大臣（2024年）」: an event as the topic of talk is dated only by a
      // date written onto it (「2024年3月の創設について」), not by the talk's.
      if (candidate && lang === 'ja' && decl.type === 'date' && isValue(candidate.found) && JA_ABOUT_AFTER.test(text.slice(hit.end, hit.end + 4)) && !(candidate.end <= hit.start && JA_DATE_ONTO_EVENT.test(text.slice(candidate.end, hit.start)))) continue;
      // (Only the cue's own: the name right before the cue as its subject, the date after it. Not "…earthquake hit Suzu; the Noto
      // quake of January 2024 …", "…of December 2022 replaced the Guidelines of December 2018 and the Program adopted the same day".)
      if (candidate && datedAgain) {
        const own = lang === 'en'
          ? subject.mention !== undefined && subject.mention.end <= hit.start && hit.start - subject.mention.end <= DATED_AGAIN_GAP && !/[,;:(]|\band\b/.test(text.slice(subject.mention.end, hit.start)) && candidate.start >= hit.end
          : subject.mention !== undefined && subject.mention.end <= hit.start && JA_SUBJECT_MARKED_BEFORE_CUE.test(text.slice(subject.mention.end, hit.start)) && candidate.end <= subject.mention.start && candidate.start - sentence.start <= 2;
        if (!own || !isValue(candidate.found) || datedAgain.has(candidate.found.text) || datedAgain.size >= MAX_DATES_A_LINE) continue;
        datedAgain.add(candidate.found.text);
      }
      if (candidate) judge(subject.entity, decl, spoken, members, candidate);
    }
  }
}

/** After an event's cue: what is talked about (「について」「に関して」「をめぐり」), or written for (「の誕生に寄せて」「を記念して」). */
const JA_ABOUT_AFTER = /^(?:について|に関し|に関す|をめぐ|を巡|に寄せ|を記念|を祝)/;
/** Between a date and an event's cue: the date written onto it (「2024年3月の」「2025年3月に統合作戦司令部を」), no comma or clause between. */
const JA_DATE_ONTO_EVENT = /^(?:の|に|には|までに)?[^、。,，]{0,24}$/;
