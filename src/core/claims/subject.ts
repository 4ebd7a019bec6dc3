// Which entity a claim is about: the name its cue belongs to, the sentence's subject, the noun a
// relative clause modifies, an earlier entity, the object of the cue's verb, or the organisation a
// title names by itself. See docs/fact-check.md.

import { lastIndexWithin, lineStartFrom } from '../text/bounded';
import type { Dataset, Entity, Mention } from '../model';
import type { CueHit } from './cueIndex';
import { entityByDescription, foreignDescription, type DescriptionSpan } from './descriptions';
import { japaneseNameEndingAt } from './personNames';
import { CLAUSE_BREAK, hasFacts, holdersOfValue, holdsElsewhere, JA_NEW_BEFORE, JA_ORDINAL_BEFORE, JA_OWN_COUNTRY_BEFORE, JA_VERB_CLAUSE_ENDED, personValued, propertyHolders, scalars } from './shared';
import { JA_UNDER_COMMANDER, type Binding, type Lang, type SentenceFrame } from './structure';
import { opensWithAnotherCountry } from '../recognize/foreignOwner';

/** Between a name and a cue: the start of a relative or participle clause about the name. */
/** Between two names of one noun phrase: の, a coordinator or a dot (「自衛隊の統合作戦司令部」「…戦略及び…計画」). */
const JA_PHRASE_JOINT = /^[」』]?(?:[（(][^（）()]{0,30}[）)])?(?:の|及び|および|並びに|ならびに|・|や|と|、)[「『]?$/;
/** How many names one noun phrase is followed through. */
const MAX_PHRASE_NAMES = 8;
/** Before a name: a clause of time opening ("a week after the", ", when the"), at the sentence's start or after a comma. */
const EN_TIME_CLAUSE_BEFORE = /(?:^|,)\s*(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|before|since|when|until)\s+(?:the\s+|its\s+)?$/i;
/** How far before a cue the bracket its date opens is looked for. */
const BRACKET_DATE_REACH = 16;
/** Inside a bracket before a cue: a date only (「（2018年」「（2022年3月」). */
const JA_BRACKET_DATE_ONLY = /^[0-9０-９年月日度末頃]*$/;
/** After 出身: the standpoint it gives the topic (「出身の立場から」「出身として」). */
const JA_STANDPOINT_AFTER = /^(?:の立場(?:から|で)|として)/;
/** Between an owner and a cue: its possessive, then a body named in capitals, then a copula ("'s Okinawa Defense Bureau is "). */
const EN_OWNED_BODY_BETWEEN = /^['’]s\s+(?:[A-Z][\w.-]*\s+){1,5}(?:is|was|are|were|has\s+been|will\s+be)\s+$/;
/** A cue that is a verb of what an organisation does or is under ("reports to", "answers to", "falls under"). */
const EN_VERB_CUE = /^(?:reports?|reported|reporting|answers?|answered|falls?|fell)\b/i;
/** Between a name and a cue: a relative clause on the name that owns what follows ("X, whose roughly 380,000 personnel"). */
const EN_WHOSE_BETWEEN = /^,\s+whose\s+(?:(?:roughly|about|some|nearly|around|approximately|over|more\s+than|[\d,.]+|[a-z-]+)\s+){0,3}$/i;
/** How far before a cue a name that owns it by a short clause ("X, whose …", "X itself was …") may end. */
const OWNER_CLAUSE_REACH = 100;
/** Between a name and a count: a relative clause that counts the name's people ("…, which counts about 380,000 "). */
const EN_WHICH_COUNTS_BETWEEN = /^,\s+which\s+(?:counts|has|had|numbers|employs|comprises|includes|oversees)\s+(?:(?:roughly|about|some|nearly|around|approximately|over|more\s+than|well\s+over)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[a-z-]+\s+)?$/i;
/** Between the subject and its verb cue: a relative clause set off by commas, then a copula ("…, which now answers to X, was "). */
const EN_SUBJECT_CLAUSE_VERB_BETWEEN = /^,\s+(?:which|who|that)\b[^,;:]{1,80},\s+(?:(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+(?:first\s+|formally\s+|officially\s+)?)?$/i;
/** Between a name and a cue in the passive, that name its subject ("the Joint Staff Office itself was established"). */
const EN_OWN_PASSIVE_BETWEEN = /^\s+(?:itself\s+|themselves\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|formally\s+|officially\s+)?$/i;
/** From a name to a cue: が, a verb in its attributive form, then the noun it modifies (「が指揮する陸上総隊」). */
const JA_RELATIVE_SUBJECT_GAP = /^[」』]?が[^、。「」]{0,12}?(?:する|した|している|していた)[\u4e00-\u9fff\u30a0-\u30ff][^、。「」]{0,24}$/;
const JA_RELATIVE_SUBJECT_REACH = 48;
/** From a clause of contrast's opening to its verb cue: a subject in capitals of its own ("…, but Seoul's JCS was "). */
const EN_CONTRAST_SUBJECT_TO_CUE = /[,;]\s+(?:but|while|whereas)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*['’]s\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}\s+(?:(?:was|were|is|are|has\s+been|had\s+been|first)\s+)?$/;
/** Right before a name: a clause of contrast opening (", while the ", "; whereas "). */
const EN_CONTRAST_OPENER_BEFORE = /[,;]\s+(?:while|whereas|but|and)\s+(?:the\s+)?$/i;
/** Between a subject and a cue of its predicate: only auxiliaries and adverbs, or an aside's opening comma (" is now ", ", now "). */
const EN_PREDICATE_GAP = /^\s*(?:,\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be|to\s+be|now|currently|also|still|jointly)\s+)*$/i;
/** From the sentence's start: a topic owned by a name (「Xの…は」), then a clause ended by a comma, before a cue. */
const JA_OWNED_TOPIC_BEFORE = /^[^。、]{1,40}の[^。、]{1,16}は[^。]*、[^、。]*$/;
/** Between 「発足の」 and the name it modifies: nothing, or a relative clause ending in its verb. */
const JA_MODIFIED_NAME_GAP = /^(?:|[^、。「」]{0,36}?(?:する|した|される|された|している))[「『]?$/;
/** "assumed command", "took command": a command taken, its name left out when it is not after it. */
const EN_TOOK_COMMAND = /^(?:assumed|assuming|took|take)\s+(?:the\s+)?command$/i;
/** After it: who from, when ("in May", "in 2024", "last month") or where, not what of. */
const EN_NO_COMMAND_NAMED = /^\s*(?:from\b|on\b|in\s+(?:a|the|\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:last|this|earlier\s+this)\s+(?:month|year|week)\b|during\b|at\s+(?:a|the)\b|[.,;]|$)/;
const EN_RELATIVE_LEAD = /^\)?\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:(?:which|that|who|both|each|all)\s+)?(?:(?:is|was|were|has|had|have)\s+(?=(?:itself|themselves|also|already|originally)\s))?(?:(?:itself|themselves|also|already|originally)\s+)?(?:(?:is|was|were|will be|would be|has been|had been|is to be|was to be|will|would|been)\s+)?(?:(?:set|scheduled|expected|due|planned|slated)(?:\s+to(?:\s+be)?)?\s+)?(?:(?:newly|officially|formally|first|recently|only)\s+)?$/i;

/** "its Defense Buildup Program (DBP), one of three … documents issued in December 2022": an appositive of a set the name belongs to. */
const EN_ONE_OF = /^\)?\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:one of|part of|among|the last of)\s+[^,;:.()]{0,80}\s$/i;

/** Between a phrase's head and a name inside it: a participle or a preposition goes on with the phrase ("headquarters overseeing all three branches of the SDF"). */
/** Between two names: a clause of its own opening (a subordinator or a pronoun subject). */
const EN_CLAUSE_OPENS_WITHIN = /\b(?:though|although|because|since|while|when|whereas|unless|they|it|he|she|we)\b/i;
const EN_PHRASE_GOES_ON = /^\s+(?:[a-z]+ing|[a-z]+ed|of|in|at|for|under|from|within|across|over|on)\b/i;
/** Right before a cue (with its value glued on, "20-member"): a capitalised name's possessive, "the Space Operations Squadron's 20-". */
const EN_UNKNOWN_OWNER_BEFORE = /\b((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)['’]s\s+(?:about\s+|some\s+|roughly\s+)?[\d,]+[- ]?$/;
const EN_OWN_COUNTRY = /^(?:Japan|Tokyo|America|United States|Washington|the)$/;
/** After a colon or semicolon up to the cue: a subject phrase of its own, then the verb's auxiliaries ("; the latter was"). */
// (Only "the latter", "the former", or a phrase with a capitalised word: "the command" may be the one told of.)
const EN_OWN_SUBJECT_AFTER_BREAK = /[;:]\s+(?:the\s+(?:latter|former|other(?:\s+one)?)|(?:the|its|their|a|an)\s+[^,;:.]{0,60}?\b[A-Z][\w.’'-]*[^,;:.]{0,40}?)\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+(?:(?:newly|officially|formally|first|recently|only)\s+)?$/;
/** Between a name and an indefinite noun: the copula, or the comma of an appositive ("X was a …", "X, an …"). */
const EN_NAME_IS_BEFORE = /^(?:,?\s+(?:is|was|are|were|became|remains|remained)\s+|\s*,\s+)$/;
/** "a unit that was", "another body which is": an indefinite noun, then a restrictive clause's auxiliaries up to the cue. */
const EN_INDEFINITE_RELATIVE_BEFORE = /\b(?:a|an|another|one)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)\s+(?:that|which)\s+(?:(?:is|was|were|will be|would be|has been|had been|is to be|was to be|will|would)\s+)?(?:(?:newly|officially|formally|first|recently)\s+)?$/;
const EN_COMMAND_HEAD = /^(?:command|headquarters|hq|commands)$/;
/** " that will be", " which was": a restrictive relative clause right after a name, its verb's auxiliaries only. */
const EN_RESTRICTIVE_RELATIVE = /^\)?\s+(?:that|which)\s+(?:(?:is|was|were|will be|would be|has been|had been|is to be|was to be|is set to be|is expected to be|is scheduled to be|will|would)\s+)?(?:(?:newly|officially|formally|first|recently)\s+)?$/i;
/** ", which has", ", that has", ", who has": a relative clause with its own noun (EN_RELATIVE_HAS). */
const EN_RELATIVE_PRONOUN_HAS = /^\)?\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:which|that|who)\s/i;
/** From a dash and "which" to the cue, with no dash between: the cue is inside that relative clause. */
const EN_DASH_RELATIVE = /\s[—–]\s(?:which|that)\s[^—–]{0,150}$/;

/** "the JOC, which has about 240 personnel": a relative clause that has the number before its cue. */
const EN_RELATIVE_HAS = /^\)?\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:(?:which|that|who)\s+(?:[^,;:.]{0,80}?\s)?(?:has|have|had|now has|will have|with)|composed of|consisting of|made up of|comprising|numbering)\s+(?:about|around|some|approximately|nearly|roughly|over|more than|fewer than)?\s*[\d,.]+\s*$/i;

/**
 * Between a clause's subject and its verb: auxiliaries and a few adverbs only ("had", "has now", "was officially");
 * after a short form in brackets, or a document's name used before "paper" ("the Defense Buildup Plan (DBP) paper was").
 */
const EN_OWN_CLAUSE_SUBJECT = /^\)?(?:\s+(?:paper|papers|document|documents))?\s+(?:(?:had|has|have|was|were|is|are|will|would|then|also|now|officially|formally|finally|already|been)\s+)+$/;

/** The people of a country's forces as the subject right before a cue: "military personnel in Japan who currently". */
const EN_PEOPLE_IN_COUNTRY = /\b(?:military\s+personnel|troops|service\s*members|soldiers|servicemembers)\s+(?:(?:stationed|based|deployed)\s+)?in\s+(Japan)\b,?\s+(?:(?:who|that|which|but\s+(?:they|these)|and\s+(?:they|these))\s+)?(?:(?:currently|now|still|all|ultimately)\s+)*$/;

// "U.S." ends in a full stop: no word boundary need follow it.
const EN_WHOSE_FORCES = /\bU\.S\.|\b(?:United\s+States|US|America|American)\b/;

/** After a cue: the noun it modifies, then として or what it is made into (「…隷下の統合軍司令部として」「…管轄下にある合同司令部に変換」). */
export const JA_AS_WHAT = /^(?:の)?[「『]?[^。、「」]{0,16}?[」』]?(?:として|に(?:変換|再編|改編|格上げ|移行))/;

/** "the JJOC established this March": a cue in the past participle, right after a name, then a time. */
const EN_PARTICIPLE_CUE = /^(?:established|launched|founded|created|set up|activated|inaugurated|formed)$/i;
/** The same, with the preposition a cue may hold ("launched in"). */
const EN_PARTICIPLE_CUE_IN = /^(?:established|launched|founded|created|set up|activated|inaugurated|formed|opened|stood up)(?:\s+(?:in|on))?$/i;
const EN_TIME_AFTER = /^\s+(?:in|on|this|last|since)\b/i;

/** "the Joint Operations Command, a permanent 240-member organization": an appositive that counts the name's members. */
const EN_APPOSITIVE_COUNT = /^\)?\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:a|an)\s+(?:[a-z-]+\s+){0,3}[\d,.]+(?:-|\s+)$/i;

/** A verb form that modifies the noun after it: 新設される, 発足した, 設置予定の (not one that ends its clause with a particle of aspect or mood: 「発足したばかりで」「発足したそうだ」). */
const JA_ATTRIBUTIVE = /^(?:さ)?(?:れる|れた|する|した|される|された|予定の|する予定の|される予定の)(?![。、]|こと|の[はがをにで]|ため|と|ので|が|は|を|に|も|ほか|ばかり|ところ[だでです。、]|はず|らしい|だろう|でしょう|よう[だでな]|そう[だでな])/;

const JA_VERB_ENDED_CUE = /(?:した|された)$/;
/** After such a cue: no particle or end that makes it a predicate, so the noun it modifies. */
const JA_NOUN_AFTER_VERB = /^(?![。、]|こと|の[はがをにで]|ため|と|ので|が|は|を|に|も|ほか|[ \u3000]|$)/;

/** After a cue: its relative clause set off by a comma, then another one ending right before the noun both modify. */
const JA_COMMA_RELATIVE = /^(?:さ)?(?:れた|した|れる|する)、[^。、「」]{0,70}(?:する|した|される|された|している)[「『]?$/;

/** A verb's attributive form right before a noun: the clause modifies that noun. */
const JA_MODIFIES_NOUN = /^(?:た|る|れた|れる|された|される|した|する)([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,12})/;

/**
 * The noun a Japanese cue's relative clause modifies, when it names nothing in the dataset and does
 * not stand for the topic (「…に行われた首都直下地震対応の訓練」): the match, the noun its group 1.
 */
function unnamedNounModified(text: string, hit: CueHit, mentions: Mention[]): RegExpExecArray | undefined {
  const modified = JA_MODIFIES_NOUN.exec(text.slice(hit.end, hit.end + 16));
  return modified && !JA_TOPIC_HEAD.test(modified[1]!) && !mentions.some((m) => m.start >= hit.end && m.start <= hit.end + modified[0].length) ? modified : undefined;
}
/** Between an organisation and its title: の and a name (katakana, or kanji with an honorific), 「のジョスト」「の山田太郎・」. */
const JA_ORG_NAME_TITLE = /^[」』]?の(?:[\u30a1-\u30fa\u30fc・]{2,12}|[\u4e00-\u9fff]{2,6}(?:・)?)$/;
/** A sentence that opens with a title as its topic: 「統合作戦司令官(とうごう…)は、」. */
const JA_TITLE_TOPIC = /^[\s・•]*([\u4e00-\u9fff\u30a0-\u30ff]{2,12}司令官)(?:（[^（）]{0,30}）|\([^()]{0,30}\))?(?:は|が)/;
/** Between a name and its cue: が, then the cue's own adverbials with no comma or bracket (「」が今年2月に). */
/** After a cue: its clause goes on into a later one (「創設されてから」「発足した後」「新編されたことは」). */
const JA_CLAUSE_GOES_ON = /^(?:さ)?(?:れ)?(?:てから|た後|たあと|た際|たことは|たことが|て以来|した後|したことは|されてから|されたことは|された後)/;
// (Not past a noun made the topic: 「統合作戦司令部が統括する水陸機動団は約2100人体制」 tells of that noun.)
const JA_OWN_CLAUSE_SUBJECT = /^[」』）)]?が(?![^、。「」『』（）()]*[\u4e00-\u9fff\u30a0-\u30ff][はも])[^、。「」『』（）()]{0,16}$/;
/** Nouns that stand for what the text told of: 「新設された司令部」「発生した地震」. */
/** A verb of saying and "that", up to the clause it reports ("said on Monday that "). */
const EN_REPORTED_THAT = /\b(?:said|says|announced|reported|stated|noted|confirmed|explained|added|told\s+[\w\s]{1,30}?)\s+(?:(?:on|in|last)\s+[\w,]+(?:\s+\d{1,2})?\s+)?that\s+/;
/** Before a name: an aside set off by a comma that places something else under or within it. */
const EN_ASIDE_BEFORE = /,\s*(?:now\s+|currently\s+|which\s+is\s+(?:now\s+)?)?(?:under|part\s+of|within|subordinate\s+to|reporting\s+to|attached\s+to|under\s+the\s+command\s+of)\s+(?:the\s+)?$/i;
/** ", when the joint task force …" up to the cue: a clause of time after a comma, and its subject's start. */
const EN_WHEN_CLAUSE = /,\s*(?:when|where|while)\s+(?:the\s+|a\s+|an\s+|its\s+)?(\S)[^,;:]*$/i;
/** A subordinate clause that opens the sentence, up to the cue (no comma yet: the cue is inside it). */
const EN_FRONTED_CLAUSE = /^[\s"“]*(?:When|While|Once|Although|Though|Whereas|Because|Since|After|Before)\s+(?=[^,;:]*$)/;
/** Before the name that opens such a clause: articles and modifiers only. */
const EN_CLAUSE_SUBJECT_LEAD = /^(?:(?:the|a|an|its|japan['’]s|japanese|new|newly)\s+)*$/i;
/** The noun phrase a relative clause modifies, up to its particle (の inside it) or a citation mark or bracket. */
const JA_NOUN_PHRASE = /^[^、。はがをにでともへ」』[［(（]{1,16}/;
/** A modified noun that stands for the topic or makes the clause its predicate (「…に発足した組織だ」「発足する予定で」「発生した大きな地震」). */
// (「…に発足したそうだ」「…とのことです」: hearsay after the verb ends the sentence; it modifies no noun.)
const JA_STANDS_FOR_TOPIC = /(?:司令部|組織|部隊|機関|会談|会合|会議|協議|地震|震災|文書|計画|法案|発表|予定|見込み|見通し|方針|考え|方向|こと|もの)(?:だ|だった)?$|^(?:そう|とのこと)(?:だ|です|だった|でした)?$/;
const JA_TOPIC_HEAD = /^(?:新?司令部|同|新|組織|部隊|機関|会談|会合|会議|協議|地震|震災|文書|計画|法案|発表)/;

// ("will newly establish the “Joint Operations Command” …", "plans to open its own Joint Operations Command …": the verb to come too.)
const EN_LAUNCH_VERB_BEFORE = /\b(?:launch(?:ed|es|ing)?|establish(?:ed|es|ing)?|set(?:s|ting)? up|creat(?:e|ed|es|ing)|open(?:ed|s|ing)?|inaugurat(?:e|ed|es|ing)|st(?:and|ands|anding|ood) up|activat(?:e|ed|es|ing)|form(?:ed|s|ing)?)\s+(?:the\s+|its\s+(?:own\s+)?|a\s+new\s+|the\s+new\s+)?["“]?$/i;
/** Between a launched name and "with N": a verb of its own, whose object the number may count ("to command …", "which oversees …"). */
const EN_OWN_VERB_BETWEEN = /\bto\s+(?!be\b)[a-z]+\b|\b(?:which|that|who)\b/i;
const EN_WITH_NUMBER = /^[^.;!?]{0,100}?\bwith\s+(?:about\s+|around\s+|some\s+|approximately\s+|roughly\s+|nearly\s+|an initial\s+)?[\d,.]+(?:\s+[a-z]+){0,6}?\s*$/;

/** The name a launch verb takes as its object, when the cue's number comes after it with "with". */
function launchedWith(text: string, hit: CueHit, mentions: Mention[], sentenceStart: number): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end > hit.start || m.start < sentenceStart) continue;
    // (Not past a verb of its own: "establish a joint headquarters to command the three services … with about 220,000 personnel".)
    if (EN_LAUNCH_VERB_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 30), m.start)) && EN_WITH_NUMBER.test(text.slice(m.end, hit.start)) && !EN_OWN_VERB_BETWEEN.test(text.slice(m.end, hit.start).split(/\bwith\s/).slice(0, -1).join(' '))) return m;
  }
  return undefined;
}

/** A description of another body before an unowned cue: "the ministry", "the government", "the agency". */
const EN_OTHER_BODY = /\b(?:the|its|their)\s+(?:ministry|agency|government|department|office|bureau|army|navy|fleet|cabinet|military)\b/i;

/** A ministry or the government, which plans staff for the bodies under it. */
const JA_PLANNING_BODY = /^(?:防衛省|同省|防衛庁|政府)$/;
/** A cue of more staff to come (「増員」「増やす」「拡充」「将来的」). */
const JA_MORE_STAFF_CUE = /^(?:増員|増やす|増える|拡充|将来的)$/;

/** A body named in capitals that is no name of the dataset's ("the Cyber Defense Group"). */
const EN_UNNAMED_BODY = /\bthe\s+(?:[A-Z][a-z]+\s+){1,4}(?:Group|Command|Force|Forces|Squadron|Unit|Agency|Office|Headquarters|Division|Wing|Brigade|Fleet)\b/;
/** Before a passive cue: a subordinate clause's subject, a description or "it" ("when the command was", "after it had been"). */
const EN_CLAUSE_PASSIVE_SUBJECT = /\b(?:when|after|before|since|as|once|until|where)\s+(?:the\s+(?:new\s+)?(command|headquarters)|(it))\s+(?:was|were|had\s+been|has\s+been|is|will\s+be)\s+(?:(?:officially|formally|first|finally)\s+)?$/i;

/** Before a cue: another country's body as its subject ("the British headquarters was", "Australia's joint command, was"). */
const EN_FOREIGN_BODY_SUBJECT_BEFORE = /\b(?:the|a|an)\s+(?:British|Australian|Korean|South\s+Korean|German|French|Canadian|Chinese|Indian|Philippine|Taiwanese|UK|U\.K\.)\s+(?:[a-z]+\s+){0,2}(?:headquarters|command|ministry|force|forces|agency|unit|military|body)\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:[a-z]+ly\s+)?$/;
/** A cue that holds its own definite article or possessive ("first phase of the upgrade", "began its upgrade"). */
const EN_DEFINITE_IN_CUE = /\b(?:the|its)\b/i;
/** How far a topic of its own may stand before its cue (「自衛隊サイバー防衛隊は2022年に新編」). */
const JA_OWN_TOPIC_REACH = 24;
/** Between a subject and its verb cue: an aside set off by commas, adverbs, an auxiliary ("…, by contrast, opened", " was quickly"). */
const EN_SUBJECT_TO_VERB_GAP = /^(?:,\s+[^,;]{1,30},)?\s+(?:(?:was|were|is|are|has|have|had|been|also|then|only|first|officially|formally)\s+)*$/i;
/** Before a cue: a relative clause opened by a comma on the noun before it, not closed ("…, the last of which covered … and was"). */
const EN_RELATIVE_CLAUSE_TO_CUE = /,\s+(?:the\s+(?:last|first|latest|most\s+recent)\s+of\s+)?which\b[^,;()]{0,100}?\b(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?$/i;
/** Before a count's cue: an appositive's head noun and the count (", a standing headquarters of about 240 "). */
const EN_APPOSITIVE_COUNT_BEFORE = /,\s+an?\s+(?:[a-z-]+\s+){0,3}?(?:headquarters|command|organization|organisation|body|unit|force)\s+(?:of|with)\s+(?:(?:about|approximately|around|some|roughly|nearly)\s+)?[\d,.]+\s+$/;
/** Before a cue: an appositive's head noun set off by a comma after a name (", an organization", ", a body"). */
const EN_APPOSITIVE_NOUN_BEFORE = /,\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:organization|organisation|body|force|service|branch|agency|institution|unit)\s+$/;

/** "the staff", "its personnel", "the initial staffing": a cue with no owner written. */
const EN_BARE_OWNED = /\b(?:the|its)\s+(?:(?:initial|current|total|new)\s+)?$/i;

const CABINET_MEETING = /^cabinet meeting$/i;
const CABINET_MEETING_OPENS = /^\s*(?:At|During|In)\s+(?:(?:a|an|the|its|[A-Z][a-z]+['’]s)\s+)?$/;
const APPOINTS = /\b(?:appointed|appointment|named|nominated|nomination|tapped|picked|selected)\b|起用|任命|指名|充て/;

/** Does only a person ever hold this property in the dataset (nominated, rank)? */
function holdersArePeople(dataset: Dataset, property: string): boolean {
  const holders = propertyHolders(dataset, property);
  return holders.length > 0 && holders.every((e) => e.type === 'person');
}

/** A clause ending in a continuative form and a comma (「開始され、」「新設し、」). */
// 「…180人体制で発足し初代司令官には…」: a founding verb in its joining form ends its clause without a comma too.
/** A bare 司令部 (no name glued before it) and の, right before a cue: 「司令部の人員」「同司令部の人員」. */
/** After a headcount: the people are to staff something ("240 members to initially staff it"). */
const EN_TO_STAFF_IT = /^\s+to\s+(?:initially\s+|first\s+|fully\s+)?(?:staff|man|run)\s+(?:it|the\s+(?:new\s+)?(?:command|headquarters|hq|unit))\b/i;
/** Before a name: a verb that sets it up, with its article ("establish the new"). */
const EN_SET_UP_BEFORE = /\b(?:establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|set(?:s|ting)?\s+up|launch(?:es|ed|ing)?|stand(?:s|ing)?\s+up|stood\s+up|form(?:s|ed|ing)?)\s+(?:(?:the|a|an|its)\s+)?(?:new\s+)?$/i;
/** A cue that says who holds the command (「指揮権を持つ」「上位組織」). */
const JA_HOLDS_COMMAND = /^(?:(?:作戦)?指揮権を[持も]つ|上位組織|上級組織)/;
/** A command authority held (「指揮権を持つ」), and what it is over, before it (「…への」「…に対する」, after など). */
const JA_COMMAND_HELD = /^(?:作戦)?指揮(?:統制)?権を(?:[持も]|有|握)/;
const JA_COMMAND_OVER = /(?:など|等)?(?:への|に対する|に対しての)(?:作戦)?$/;
/** The sentence before says its organisation has none (「…作戦指揮権を持たない。」「作戦指揮権を持たず、」). */
const JA_NO_COMMAND_BEFORE = /指揮権(?:は|を)?(?:持って(?:い)?(?:ない|おらず)|持た(?:ない|ず)|もたない|ない|なく)[^。]{0,60}。\s*$/;
/** How far before the sentence that is looked for. */
const NO_COMMAND_REACH = 120;
/** A sentence that opens on the command authority: 「作戦指揮権は」「部隊の作戦指揮権は」. */
const JA_AUTHORITY_OPENS = /^\s*(?:[「『]?[^、。「」]{0,8}の)?(?:作戦)?指揮(?:統制)?権は$/;
/** After a headcount's cue: where the people serve ("stationed in Japan"). */
const EN_STATIONED_AFTER = /^\s+(?:who\s+are\s+|currently\s+)?(?:stationed|based|deployed|serving)\s+(?:in|on)\s+(Japan|Okinawa)\b/;
/** Before a cue that says where command lies: nothing but a word that sets it against the sentence before. */
const EN_AUTHORITY_OPENS = /^\s*(?:(?:Instead|Rather|However|But|In fact|In practice),?\s+)?$/i;
const EN_AUTHORITY_CUE = /^(?:command|command authority|authority|instructions|orders)\b/i;
const JA_BARE_COMMAND_OF = /(?:^|[^\u4e00-\u9fff\u30a0-\u30ff])(?:同|新|本|この)?司令部の$/;
const JA_CLAUSE_END = /(?:され|し|して|れ|り|き|け|て|で)、|(?:発足|創設|新設|設置|始動|開設|新編|編成)し(?![てた])/;

/** "establish the (new) joint headquarters": the object description's head noun. */
const EN_OBJECT_DESCRIPTION = /^\s+(?:the|a|an|its)\s+((?:(?:new|new[a-z]*|permanent|joint|standing|planned|proposed|operations?|unified|integrated)\s+){0,3})(command|headquarters|hq|unit|organi[sz]ation)\b/i;

/** After an object name: を, also past a co-object (「A(2+2)および延長抑止対話を開催」). */
const JA_ASSIGNMENT = /^配属/;
const JA_ASSIGNED_TO = /^[」』）)]*に$/;
const JA_OBJECT_AFTER = /^[」』）)]*(?:を|(?:および|及び|並びに|と(?!の)|や)(?:[^、。をがはにでの]|に関する|の){1,30}を\s*$)/;

/** "released three documents: A, B and C": the verb's objects listed after a colon. */
// "three strategic documents – the National Security Strategy (NSS), …": a dash opens the list too, and acronyms in brackets stay in it.
const EN_COLON_LIST = /^\s+(?:[\w-]+\s+){0,5}[\w-]+(?::|\s[–—])\s+(?:[^.;:()–—]|\([A-Z]{2,6}\)){0,160}$/;

/** The mention a Japanese clause marks as the object (〜を), or an English one right after the cue. */
function objectOf(text: string, hit: CueHit, mentions: Mention[], lang: Lang): Mention[] {
  // 「360人が統合作戦司令部に配属された」: where people are assigned is whose staff they are.
  const assigned = lang === 'ja' && JA_ASSIGNMENT.test(text.slice(hit.start, hit.end));
  if (lang === 'ja') return mentions.filter((m) => m.end <= hit.start && hit.start - m.end < 40 && (JA_OBJECT_AFTER.test(text.slice(m.end, hit.start)) || (assigned && JA_ASSIGNED_TO.test(text.slice(m.end, hit.start)))));
  // "released three documents: the National Security Strategy, …, and the Defense Buildup Program": a list after a colon.
  // "revised its National Security Strategy, National Defense Strategy, and Defense Buildup Program": a list of names right after the verb.
  // (Not past a predicate of its own: "started with roughly 540 personnel and today falls under the JJOC".)
  return mentions.filter((m) => m.start >= hit.end && ((m.start - hit.end <= 30 && !CLAUSE_BREAK.test(text.slice(hit.end, m.start)) && !/[,.]/.test(text.slice(hit.end, m.start)) && !EN_NEW_PREDICATE_BETWEEN.test(text.slice(hit.end, m.start))) || (m.start - hit.end <= 200 && (EN_COLON_LIST.test(text.slice(hit.end, m.start)) || namesListedBefore(text.slice(hit.end, m.start))))));
}

/** Between a cue and a name: "and", maybe an adverb, then a verb of a predicate of its own ("and today falls under"). */
const EN_NEW_PREDICATE_BETWEEN = /\band\s+(?:(?:now|today|also|still|later|then|currently)\s+)?[a-z]+(?:s|ed)\s/;

/** How far a list of names after a verb may reach to the name it ends with. */
const MAX_NAME_LIST = 160;
/** One item of such a list: a name in capitals, small words of names between (of, for, and, on, the). */
const EN_LISTED_NAME = /^(?:(?:the|its|their|Japan['’]s)\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w'’.-]*))*$/;
/** The joint before a list's next item: a comma, or and. */
const EN_LIST_LAST_JOINT = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+|their\s+)?$/;
/** Is `gap` (from a verb to a name) a list of names, the name after it the next item ("its X, Y, and ")? */
function namesListedBefore(gap: string): boolean {
  const last = EN_LIST_LAST_JOINT.exec(gap);
  if (gap.length > MAX_NAME_LIST || !last) return false;
  const items = gap.slice(0, last.index).trim().split(/,\s*(?:and\s+)?/);
  return items.length <= 6 && items.every((item) => EN_LISTED_NAME.test(item.trim()));
}

/** What a cue's claim is about: the entity, and the mention that named it when one did. */
export interface PickedSubject {
  mention?: Mention;
  entity: Entity;
  /** Written in the sentence (or its quote's speaker), not carried over from before. */
  written?: boolean;
  byTitle?: boolean;
}

/**
 * The entity a claim is about, by the sentence's structure, most certain first:
 * 1. the name the cue belongs to ("the JJOC's staff", 「統合作戦司令部の司令官」);
 * 2. the sentence's subject or topic;
 * 3. the entity an anaphor stands for ("It has…", 「同部隊は…」, a Japanese sentence with no subject);
 * 4. when the subject has no such facts or is no known name ("The government will set up the
 *    JJOC in 2025"), the object of the cue's verb;
 * 5. with no subject at all, the nearest name that has such facts.
 * A subject that is a known name without such facts ends the search for a quantity or a date:
 * the sentence is about it. For a name-valued property the subject may be the value itself
 * ("Tawara is the deputy commander of …"), so the search goes on.
 */
export function pickSubject(
  text: string,
  hit: CueHit,
  binding: Binding,
  frame: SentenceFrame,
  topics: Entity[],
  mentions: Mention[],
  members: string[],
  dataset: Dataset,
  entityValued: boolean,
  lang: Lang,
  sentenceStart: number,
  describe?: (head: string, words: string[]) => Entity | undefined,
  recent?: Entity[],
): PickedSubject | undefined {
  const withFacts = (m: Mention | undefined) => {
    const entity = m && dataset.entities.get(m.entity);
    return entity && hasFacts(entity, members) ? { mention: m, entity } : undefined;
  };
  // 「防衛省は将来的に約280人への増員を検討している」: the ministry that plans more staff, with no such facts of its own,
  // plans them for the organisation told of before (the command), not for itself.
  if (lang === 'ja' && !entityValued && recent && frame.subject && frame.subject.end <= hit.start && !withFacts(frame.subject) && dataset.entities.get(frame.subject.entity)?.type === 'organization' && JA_PLANNING_BODY.test(frame.subject.text) && JA_MORE_STAFF_CUE.test(text.slice(hit.start, hit.end)) && members.some((p) => dataset.properties.get(p)?.unit === 'persons') && !mentions.some((m) => m.end <= hit.start && withFacts(m))) {
    const latest = recent.find((e) => e.type === 'organization' && hasFacts(e, members));
    if (latest) return { entity: latest };
  }
  // "He took up the post when the command was established on March 24, 2025": a clause of its own, its subject a
  // description of one told of before (or "it"), then the passive cue; not the main clause's subject.
  if (lang === 'en' && !entityValued && recent) {
    const clause = EN_CLAUSE_PASSIVE_SUBJECT.exec(text.slice(Math.max(sentenceStart, hit.start - 60), hit.start));
    // ("He moved to the JJOC when it was established": "it" is a name of the sentence before the clause, if one has such facts.)
    const named = clause ? [...mentions].reverse().find((m) => m.end <= hit.start - clause[0].length && m.start >= sentenceStart && dataset.entities.get(m.entity)?.type === 'organization') : undefined;
    const entity = clause ? (named ? dataset.entities.get(named.entity) : clause[1] && describe ? describe(clause[1].toLowerCase(), [clause[1].toLowerCase()]) : clause[2] ? recent.find((e) => e.type === 'organization' && hasFacts(e, members)) : undefined) : undefined;
    if (clause && !mentions.some((m) => m.start >= hit.start - clause[0].length && m.end <= hit.start)) {
      // (Not past another clause or an unnamed body in capitals, "…; by comparison, the Cyber Defense Group had about 90 when it
      // was formed in 2014": "it" is that body, none of the dataset's.)
      const since = named ? text.slice(named.end, hit.start - clause[0].length) : text.slice(sentenceStart, hit.start - clause[0].length);
      if (/;/.test(since) || EN_UNNAMED_BODY.test(since)) return undefined;
      if (entity && hasFacts(entity, members)) return { entity };
      if (named) return undefined;
    }
  }
  // "…, but the British headquarters was created in 1996": another country's body, told by a description, is the cue's subject.
  if (lang === 'en' && !entityValued && EN_FOREIGN_BODY_SUBJECT_BEFORE.test(text.slice(Math.max(sentenceStart, hit.start - 60), hit.start))) return undefined;
  // 「統合作戦司令部が指揮する部隊のうち、自衛隊サイバー防衛隊は…発足時の隊員は約540人」: the one picked out among others is the topic.
  // (Looked for only where the sentence has のうち at all: each name is tried against every later one.)
  if (lang === 'ja' && !entityValued && text.slice(sentenceStart, hit.start).includes('のうち、')) {
    const among = mentions.find((m) => m.end < hit.start && /のうち、$/.test(text.slice(Math.max(sentenceStart, m.start - 4), m.start)) && /^[」』]?は/.test(text.slice(m.end, m.end + 2)) && !mentions.some((o) => o.start > m.end && o.end <= hit.start && /^[」』]?[はが]/.test(text.slice(o.end, o.end + 2))));
    if (among) return withFacts(among);
  }
  // 「米インド太平洋軍との調整窓口にもなるため、南雲司令官は…」: a dataset person with a bare title right after the name holds
  // the post the dataset gives them, not one of an organisation named in an earlier clause (an owner written right before
  // the name, 「インド太平洋軍の南雲司令官」, is left to the rules below).
  if (lang === 'ja' && entityValued && members.length === 1) {
    const person = mentions.find((m) => m.end === hit.start && dataset.entities.get(m.entity)?.type === 'person');
    const owners = person ? [...holdersOfValue(dataset, members[0]!, person.entity)] : [];
    if (person && owners.length === 1 && !mentions.some((m) => m.end <= person.start && person.start - m.end <= 2 && dataset.entities.get(m.entity)?.type === 'organization')) {
      const owner = dataset.entities.get(owners[0]!);
      if (owner) return { entity: owner };
    }
  }
  // 「統合作戦司令部が指揮する部隊のうち、陸上総隊は2018年、自衛隊サイバー防衛隊は2022年に新編された」: a name set up as a topic
  // of its own right before the cue, after the sentence's first subject, is what the cue tells of.
  // (「…は防衛省の下に、在日米軍は米インド太平洋軍司令官の隷下に」: so with a name-valued cue, its value between them.)
  if (lang === 'ja' && frame.subject) {
    const own = [...mentions].reverse().find((m) => m.start > frame.subject!.end && m.end < hit.start && hit.start - m.end <= JA_OWN_TOPIC_REACH && /^[」』]?は/.test(text.slice(m.end, m.end + 2)) && /[、,]/.test(text.slice(frame.subject!.end, m.start)));
    const gap = own ? text.slice(own.end, hit.start) : '';
    if (own && own.entity !== frame.subject.entity && !/[。、]/.test(gap) && (entityValued || !mentions.some((m) => m.start >= own.end && m.end <= hit.start))) return withFacts(own);
  }
  // "USFJ is being turned into a joint force headquarters. The first phase of the upgrade began in March 2025": a cue
  // that refers back by its own article ("the upgrade", "its upgrade"), with no name of such facts in the sentence, is the
  // latest one told of that has them.
  if (lang === 'en' && !entityValued && recent && EN_DEFINITE_IN_CUE.test(text.slice(hit.start, hit.end)) && !mentions.some((m) => withFacts(m))) {
    const latest = recent.slice(0, 3).find((e) => hasFacts(e, members));
    if (latest) return { entity: latest };
  }
  // "The DBP replaced the Medium Term Defense Program, the last of which … was approved in December 2018": a cue in a relative
  // clause on the noun before its comma is that noun's (a name's with such facts, else nobody's).
  if (lang === 'en' && !entityValued) {
    const relative = EN_RELATIVE_CLAUSE_TO_CUE.exec(text.slice(Math.max(sentenceStart, hit.start - 120), hit.start));
    if (relative) {
      const comma = hit.start - relative[0].length;
      const noun = mentions.find((m) => m.end === comma || (m.end < comma && /^\)$/.test(text.slice(m.end, comma))));
      return noun ? withFacts(noun) : undefined;
    }
  }
  // "…, according to NHK; the Cyber Defense Command, by contrast, opened in 2022": a clause after a semicolon has its own subject.
  if (lang === 'en' && !entityValued) {
    const semi = text.slice(sentenceStart, hit.start).lastIndexOf('; ');
    const at = semi >= 0 ? sentenceStart + semi + 2 : -1;
    const own = at >= 0 ? mentions.find((m) => m.start >= at && /^(?:the\s+)?$/i.test(text.slice(at, m.start)) && m.end <= hit.start && EN_SUBJECT_TO_VERB_GAP.test(text.slice(m.end, hit.start))) : undefined;
    if (own) return withFacts(own);
    // ("…; by comparison, the Cyber Defense Group had about 90 when it was formed in 2014": a body no name of the dataset's.)
    if (at >= 0 && EN_UNNAMED_BODY.test(text.slice(at, hit.start)) && !mentions.some((m) => m.start >= at && m.end <= hit.start)) return undefined;
  }
  // "the Air Self-Defense Force, an organization founded on July 1, 1954": a cue in an appositive on the name before it is that name's.
  // ("its Joint Operations Command, a standing headquarters of about 240 officers and civilians": so is a count in one.)
  if (lang === 'en' && !entityValued) {
    const appositive = EN_APPOSITIVE_NOUN_BEFORE.exec(text.slice(Math.max(sentenceStart, hit.start - 40), hit.start)) ?? EN_APPOSITIVE_COUNT_BEFORE.exec(text.slice(Math.max(sentenceStart, hit.start - 70), hit.start));
    const owner = appositive ? mentions.find((m) => m.end === hit.start - appositive[0].length) : undefined;
    if (owner) return withFacts(owner);
  }
  // "The JJOC commands the three services, which together have an authorized strength of about 247,000 personnel":
  // a count in a relative clause on a noun no name stands for is that noun's.
  if (lang === 'en' && !entityValued) {
    const which = EN_OTHER_NOUN_WHICH.exec(text.slice(Math.max(sentenceStart, hit.start - 140), hit.start));
    const comma = which ? Math.max(sentenceStart, hit.start - 140) + which.index + which[1]!.length : -1;
    if (which && !mentions.some((m) => m.end === comma)) return undefined;
  }
  // 「統合作戦司令部が240人で発足した一方、自衛官の採用は…計画の約1万9600人」: a clause of contrast with a topic of its own
  // (no name of the dataset's) before the cue is that topic's.
  if (lang === 'ja' && !entityValued) {
    const from = Math.max(sentenceStart, hit.start - 60);
    const contrast = JA_CONTRAST_TOPIC.exec(text.slice(from, hit.start));
    // (A name that is the topic is the subject, with the facts it has or none: 「…部隊のうち、自衛隊サイバー防衛隊は…新編された」.)
    if (contrast) {
      const topicEnd = from + contrast.index + contrast[0].indexOf('は', contrast[0].search(/[、,]/));
      const topic = mentions.find((m) => m.start >= from + contrast.index && m.end <= topicEnd);
      // (Not when another name stands between the topic and the cue: 「一方、自衛隊は…「統合作戦司令部」を創設」 creates that one.)
      if (topic && !mentions.some((m) => m.start >= topicEnd && m.end <= hit.start)) return withFacts(topic);
      if (!mentions.some((m) => m.start >= from + contrast.index && m.end <= hit.start)) return undefined;
    }
  }
  // "The new store near the Joint Operations Command opened in May 2026": a thing beside the name is the subject, not the name.
  if (lang === 'en' && !entityValued && frame.subject && frame.subject.end <= hit.start && EN_LOCATIVE_HEAD_BEFORE.test(text.slice(Math.max(sentenceStart, frame.subject.start - 60), frame.subject.start))) return undefined;
  // "…, but Seoul's JCS was established in 1963": a clause of contrast with a subject of its own in capitals, no name of the
  // dataset's, before its verb cue is that subject's, not the sentence's.
  if (lang === 'en' && !entityValued) {
    const contrast = EN_CONTRAST_SUBJECT_TO_CUE.exec(text.slice(Math.max(sentenceStart, hit.start - 80), hit.start));
    if (contrast && !mentions.some((m) => m.end <= hit.start && m.start >= hit.start - contrast[0].length)) return undefined;
  }
  // "The Cyber Defense Command, which now answers to the JJOC, was launched in March 2022": the subject, past a relative
  // clause set off by commas, then its verb; a name inside the clause is no subject of it.
  if (lang === 'en' && !entityValued && frame.subject && frame.subject.end <= hit.start && hit.start - frame.subject.end <= OWNER_CLAUSE_REACH + 40 && EN_SUBJECT_CLAUSE_VERB_BETWEEN.test(text.slice(frame.subject.end, hit.start))) return withFacts(frame.subject);
  // "The Defense Ministry's Okinawa Defense Bureau is headquartered in Okinawa": a body the subject owns, named in
  // capitals after its possessive (a place's name may be part of it), is what the cue tells of, not the owner.
  if (lang === 'en' && frame.subject && frame.subject.end <= hit.start && hit.start - frame.subject.end <= OWNER_CLAUSE_REACH && EN_OWNED_BODY_BETWEEN.test(text.slice(frame.subject.end, hit.start))) return undefined;
  // "Officials said on Monday that the JJOC has 300 personnel": a name that opens a clause reported
  // by a verb of saying is that clause's subject, whoever said it.
  if (lang === 'en' && !entityValued && frame.foreignSubject) {
    const said = EN_REPORTED_THAT.exec(text.slice(sentenceStart, hit.start));
    const at = said ? sentenceStart + said.index + said[0].length : -1;
    const own = said ? mentions.find((m) => m.start >= at && m.end <= hit.start && EN_CLAUSE_SUBJECT_LEAD.test(text.slice(at, m.start))) : undefined;
    const bound = own && !mentions.some((m) => m.start > own.end && m.end <= hit.start) && withFacts(own);
    if (bound) return bound;
  }
  // "…, and USFK reports to INDOPACOM as well": a name right before a verb cue is its subject, whatever the sentence's;
  // with no such facts, the verb is nobody's the dataset knows.
  if (lang === 'en' && frame.subject && EN_VERB_CUE.test(text.slice(hit.start, hit.end))) {
    const own = mentions.find((m) => m.end <= hit.start && /^\s+(?:now\s+|also\s+|still\s+|directly\s+)?$/.test(text.slice(m.end, hit.start)));
    if (own && own.entity !== frame.subject.entity && dataset.entities.get(own.entity)?.type === 'organization') return withFacts(own);
  }
  // "… works with U.S. Indo-Pacific Command, whose roughly 380,000 personnel make it the largest", "in 2006, the year the
  // Joint Staff Office itself was established": a cue in a clause on another name (whose …; that name, then its verb in
  // the passive) is that name's, or nobody's the dataset knows.
  if (lang === 'en' && !entityValued) {
    // (Only names within a short clause's reach of the cue: the gaps these read are a few words long.)
    const owner = mentions.filter((m) => m.end <= hit.start && hit.start - m.end <= OWNER_CLAUSE_REACH && (EN_WHOSE_BETWEEN.test(text.slice(m.end, hit.start)) || EN_OWN_PASSIVE_BETWEEN.test(text.slice(m.end, hit.start)) || EN_WHICH_COUNTS_BETWEEN.test(text.slice(m.end, hit.start)))).pop();
    if (owner && !mentions.some((m) => m.start >= owner.end && m.end <= hit.start)) return withFacts(owner);
  }
  // "The JJOC drew on lessons from 2011, when the joint task force for the disaster reached a strength of about
  // 107,000 troops": a cue in a clause of time with its own subject, one no name covers, is that subject's.
  // (An amount's only: in "…announced in December 2022, when the Cabinet revised three documents" the verb's object is dated.)
  if (lang === 'en' && !entityValued && members.every((p) => dataset.properties.get(p)?.type !== 'date')) {
    const when = EN_WHEN_CLAUSE.exec(text.slice(Math.max(sentenceStart, hit.start - 120), hit.start));
    const at = when ? hit.start - when[0].length + when[0].indexOf(when[1]!) : -1;
    // (Not a pronoun for the subject told of: "The JJOC started in 2025, when it had 300 staff".)
    if (when && !/^(?:it|its|they|their|he|his|she|her)\b/i.test(text.slice(at, at + 6)) && !mentions.some((m) => m.start >= at && m.start - at <= 4)) return undefined;
  }
  // "While the JJOC has 300 personnel, INDOPACOM has far more": a cue in a clause fronted before the
  // main one is said of that clause's own subject, the name that opens it.
  if (lang === 'en' && !entityValued) {
    const fronted = EN_FRONTED_CLAUSE.exec(text.slice(sentenceStart, hit.start));
    const own = fronted ? mentions.find((m) => m.start >= sentenceStart + fronted[0].length && m.end <= hit.start && EN_CLAUSE_SUBJECT_LEAD.test(text.slice(sentenceStart + fronted[0].length, m.start))) : undefined;
    const bound = own && withFacts(own);
    if (bound) return bound;
  }
  // 「在日米軍司令官は…。現任司令官は、X中将」: a post of the organisation told of last is its post, though
  // the dataset knows no holder of it; an earlier organisation with such a post is not meant.
  const lastOrganisation = lang === 'ja' && entityValued && topics[0]?.type === 'organization' && !hasFacts(topics[0], members) && members.every((p) => personValued(dataset, p));
  const topic = lastOrganisation ? undefined : topics.find((t) => hasFacts(t, members));
  // 「沖縄の海兵隊などへの指揮権を持つインド太平洋軍」: command held over what stands before 「への」, not
  // over the sentence's topic; that one is whose superior the holder is, or no one the dataset knows.
  if (lang === 'ja' && entityValued && JA_COMMAND_HELD.test(text.slice(hit.start, hit.end + 4))) {
    const over = JA_COMMAND_OVER.exec(text.slice(Math.max(sentenceStart, hit.start - 24), hit.start));
    if (over) return withFacts(mentions.find((m) => m.end === hit.start - over[0].length));
  }
  // "At a Cabinet meeting on February 11, the government appointed X": a cabinet meeting dates only an appointment it made.
  // Only one that opens the sentence: "X attended a Cabinet meeting on May 1 where …" is X's day, not X's appointment.
  if (lang === 'en' && CABINET_MEETING.test(text.slice(hit.start, hit.end)) && !(CABINET_MEETING_OPENS.test(text.slice(sentenceStart, hit.start)) && APPOINTS.test(text.slice(sentenceStart, Math.min(text.length, hit.end + 200))))) return undefined;
  // 「統合作戦司令官」: a title made from its organisation's name (司令部 → 司令官) names the organisation.
  // 「自衛隊の統合作戦司令官」: also after a name with no such post on record (the forces the command belongs to).
  // (A former holder's 元/前 is no bar when it ends a name: 「中谷元統合作戦司令官」.)
  if ((binding.kind === 'free' || (binding.kind === 'mention' && !withFacts(binding.mention))) && lang === 'ja' && (!/[前元]$/.test(text.slice(Math.max(0, hit.start - 1), hit.start)) || mentions.some((m) => m.end === hit.start && m.start < hit.start - 1))) {
    // 「…米インド太平洋司令官」: a bare 司令官 cue after the words of an organisation's name.
    const run = text.slice(hit.start, hit.end) === '司令官' ? /[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,12}$/.exec(text.slice(Math.max(0, hit.start - 12), hit.start))?.[0] : undefined;
    const owner = titleOwner(`${run ?? ''}${text.slice(hit.start, hit.end)}`, dataset);
    if (owner && hasFacts(owner, members)) return { entity: owner };
  }
  // "the ministry's headquarters": the earlier entity the description stands for.
  if (binding.kind === 'described') {
    const entity = describe?.(binding.head, [binding.head]);
    return entity && hasFacts(entity, members) ? { entity } : undefined;
  }
  if (binding.kind === 'mention') {
    const bound = withFacts(binding.mention);
    if (bound) return bound;
    // 「中谷防衛大臣」: a name before a title is its holder, the value, not the owner; an
    // organisation before a title for a person ("Joint Staff chief") owns it, and has no such
    // facts; before other cues it may be the value (「海上自衛隊出身」).
    if (!entityValued) return undefined;
    if (dataset.entities.get(binding.mention.entity)?.type !== 'person' && members.every((p) => personValued(dataset, p))) return undefined;
  }
  // "the JJOC, which was established …", "the JJOC, set to be established on …": a relative or
  // participle clause right after a name is about that name.
  // "the new command — which will be in Ichigaya, …, and staffed by 240 officials —": the noun
  // before a relative clause set off by a dash, while the cue is inside it.
  if (lang === 'en') {
    const lead = EN_DASH_RELATIVE.exec(text.slice(Math.max(sentenceStart, hit.start - 160), hit.start));
    if (lead) {
      const at = hit.start - lead[0].length;
      const head = mentions.filter((m) => m.end <= at && /^\s*$/.test(text.slice(m.end, at))).pop();
      const bound = head && withFacts(head);
      if (bound) return bound;
    }
  }
  // "… will establish the new PJHQ … and requested a budget for 240 members to initially staff it":
  // the people staff what the sentence sets up, its object, not its subject.
  if (lang === 'en' && !entityValued && EN_TO_STAFF_IT.test(text.slice(hit.end, hit.end + 40))) {
    const object = mentions.filter((m) => m.end <= hit.start && m.start >= sentenceStart && m !== frame.subject && EN_SET_UP_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 24), m.start))).pop();
    const bound = object && withFacts(object);
    if (bound) return bound;
  }
  if (lang === 'en') {
    const earlier = mentions.filter((m) => m.end <= hit.start);
    const head = earlier.pop();
    const between = head ? text.slice(head.end, hit.start) : '';
    // "the JSDF Joint Operations Command (JJOC) established this March": a participle right after a name, then its time.
    if (head && !entityValued && /^\)?\s*(?:\([^()]{0,30}\)\s*)?$/.test(between) && EN_PARTICIPLE_CUE.test(text.slice(hit.start, hit.end)) && EN_TIME_AFTER.test(text.slice(hit.end, hit.end + 12))) {
      const bound = withFacts(head);
      if (bound) return bound;
    }
    // "… and announced that U.S. Forces Japan had begun reorganizing": a name right before the cue's
    // verb, auxiliaries only between, is its own clause's subject, whoever the sentence's is.
    if (head && !entityValued && EN_OWN_CLAUSE_SUBJECT.test(between) && (frame.foreignSubject || (frame.subject && frame.subject !== head))) {
      const bound = withFacts(head);
      if (bound) return bound;
      // ("…, established 71 years after the Self-Defense Forces were founded in 1954": that clause's subject, with no such facts.)
      if (/^\s+(?:was|were)\s+$/.test(between)) return undefined;
    }
    // ("The Ground Component Command, now under the JJOC, was established in 2018": a name inside an aside is not what the clause after it is on.)
    const aside = head && EN_ASIDE_BEFORE.test(text.slice(Math.max(sentenceStart, head.start - 40), head.start));
    // "the … joint operation headquarters that will be launched by March 2025": a restrictive clause on the name before it.
    if (head && !aside && !entityValued && EN_RESTRICTIVE_RELATIVE.test(between)) {
      const bound = withFacts(head);
      if (bound) return bound;
    }
      // "Five years after the Space Operations Squadron's 20-member launch, the JJOC …": a count owned by a name no mention covers is that name's.
    // (Not a country's: "Japan's 300-member JJOC".)
    if (!entityValued) {
      const owner = EN_UNKNOWN_OWNER_BEFORE.exec(text.slice(Math.max(sentenceStart, hit.start - 80), hit.start));
      if (owner && !EN_OWN_COUNTRY.test(owner[1]!) && !mentions.some((m) => m.end > hit.start - owner[0].length && m.start < hit.start)) return undefined;
    }
    // "Both the JJOC and the U.S. Space Force's … are newcomers: the latter was activated … in October 2020": a clause after a
    // colon or semicolon with a subject of its own that no name covers ("the latter", "the U.S. command") is that subject's.
    if (!entityValued) {
      const own = EN_OWN_SUBJECT_AFTER_BREAK.exec(text.slice(Math.max(sentenceStart, hit.start - 100), hit.start));
      if (own && !mentions.some((m) => m.start >= hit.start - own[0].length && m.end <= hit.start)) return undefined;
    }
  // "The JJOC works with a unit that was established in 1947": a restrictive clause on an indefinite noun no name covers is that noun's.
    // (Not a command or a headquarters: "a new command that was launched on March 24" may be the one told of.)
    if (!entityValued) {
      const lead = EN_INDEFINITE_RELATIVE_BEFORE.exec(text.slice(Math.max(sentenceStart, hit.start - 80), hit.start));
      // ("The Great East Japan Earthquake was a magnitude 9.0 earthquake that struck … on March 11, 2011", "X, an earthquake
      // that struck …": the noun is the name's predicate or appositive, the name itself.)
      const leadStart = hit.start - lead?.[0].length!;
      const named = lead && mentions.some((m) => m.start >= sentenceStart && m.end <= leadStart && EN_NAME_IS_BEFORE.test(text.slice(m.end, leadStart)));
      if (lead && !named && !EN_COMMAND_HEAD.test(lead[1]!) && !mentions.some((m) => m.end > hit.start - lead[0].length && m.end <= hit.start)) return undefined;
    }
    if (head && !aside && (EN_RELATIVE_LEAD.test(between) || EN_RELATIVE_HAS.test(between) || EN_ONE_OF.test(between) || EN_APPOSITIVE_COUNT.test(between))) {
      const bound = withFacts(head);
      if (bound) return bound;
      // "the new joint headquarters overseeing all three branches of the SDF, which is set to
      // launch …": a name inside the noun phrase cannot be it; the phrase's head can.
      // ("The JJOC works closely with INDOPACOM, which has …": a verb between makes the name its object, not part of the phrase.)
      const outer = earlier.pop();
      const within = outer && text.slice(outer.end, head.start);
      // ("… fall under the JJOC for operations even though they belong to the Air Self-Defense Force, itself founded in 1954": a clause of its own between.)
      const boundOuter = outer && within!.length <= 80 && !/[,;:.()]/.test(within!) && EN_PHRASE_GOES_ON.test(within!) && !EN_CLAUSE_OPENS_WITHIN.test(within!) && withFacts(outer);
      if (boundOuter) return boundOuter;
      // "INDOPACOM, which has about 375,000 personnel": the clause's own noun has the number, though the dataset has none for it.
      if (EN_RELATIVE_PRONOUN_HAS.test(between)) return undefined;
      // "the JJOC sits beside the Joint Staff, created in March 2006": a participle set off after a name is that name's.
      if (!entityValued && /^\)?\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:(?:itself|themselves)\s+)?$/.test(between) && EN_PARTICIPLE_CUE_IN.test(text.slice(hit.start, hit.end))) return undefined;
    }
  }
  // "The JJOC is compared with the UK's PJHQ, which opened in 1996", "The plan replaced the Medium Term Defense
  // Program, adopted in 2018", "a British command that opened in 1996": a clause on another noun, one the
  // dataset does not know (a proper name no mention covers, or another country's), speaks of that noun.
  if (lang === 'en' && !entityValued && otherNounClause(text, hit, mentions, sentenceStart)) return undefined;
  // "54,000 military personnel in Japan who currently report to X": the people of the forces in
  // Japan, told by where they serve, are those forces (the organisation named "forces in Japan").
  if (lang === 'en' && entityValued) {
    const lead = text.slice(Math.max(sentenceStart, hit.start - 120), hit.start);
    // Most cues have no "in Japan" before them: one look for the words before the pattern.
    const people = lead.includes(' in Japan') ? EN_PEOPLE_IN_COUNTRY.exec(lead) : null;
    // Whose forces they are is written before them ("The United States has around 54,000 …").
    const entity = people && EN_WHOSE_FORCES.test(lead.slice(0, people.index)) ? entityByDescription(['forces', 'in', people[1]!.toLowerCase()], dataset) : undefined;
    if (entity && hasFacts(entity, members)) return { entity };
  }
  // "the 55,000 personnel stationed in Japan": people told by where they serve are the forces
  // there, whatever command the sentence names next.
  const stationed = lang === 'en' && !entityValued ? EN_STATIONED_AFTER.exec(text.slice(hit.end, hit.end + 40)) : null;
  if (stationed) {
    const entity = entityByDescription(['forces', 'in', stationed[1]!.toLowerCase()], dataset);
    return entity && hasFacts(entity, members) ? { entity } : undefined;
  }
  // "launched the JJOC in Ichigaya with 240 personnel (which will be increased to 280)": the
  // number goes with what was launched, whoever launched it.
  if (lang === 'en' && !entityValued) {
    const launched = launchedWith(text, hit, mentions, sentenceStart);
    const bound = launched && withFacts(launched);
    if (bound) return bound;
  }
  // 「在日米軍をインド太平洋軍司令官隷下の統合軍司令部として再構成する」: what a を…として clause
  // makes something into is said of the object, whoever does it.
  if (lang === 'ja' && JA_AS_WHAT.test(text.slice(hit.end, hit.end + 24))) {
    const object = mentions.filter((m) => m.end <= hit.start && hit.start - m.end <= 40 && /^[」』]?を、?/.test(text.slice(m.end, m.end + 3)) && !/[。、]/.test(text.slice(m.end + 2, hit.start))).pop();
    const bound = object && withFacts(object);
    if (bound) return bound;
  }
  // 「統合作戦司令官は、…の長であり、防衛大臣の指揮監督を受け」: a title made from an organisation's
  // name as the sentence's topic speaks for the organisation it heads (not of who holds a post).
  if (lang === 'ja' && !frame.subject && !members.some((p) => personValued(dataset, p))) {
    // …or of the sentence before, when this one has no topic of its own (「…は、…の長。防衛大臣の指揮監督を受け」).
    // (No further back than the longest sentence read: a longer one opens with nothing read here.)
    const floor = Math.max(0, sentenceStart - MAX_SENTENCE_BACK);
    const end = Math.max(lastIndexWithin(text, '。', sentenceStart - 2, floor), lastIndexWithin(text, '\n', sentenceStart - 1, floor));
    const previous = end >= 0 || floor === 0 ? end + 1 : sentenceStart;
    const titled = JA_TITLE_TOPIC.exec(text.slice(sentenceStart, Math.min(text.length, sentenceStart + 40))) ?? (previous < sentenceStart && !/[はが]/.test(text.slice(sentenceStart, hit.start)) ? JA_TITLE_TOPIC.exec(text.slice(previous, Math.min(sentenceStart, previous + 40))) : null);
    const owner = titled ? titleOwner(titled[1]!, dataset) : undefined;
    if (owner && hasFacts(owner, members) && !mentions.some((m) => m.end <= hit.start && m.start >= sentenceStart && hasFacts(dataset.entities.get(m.entity), members) && JA_OWN_CLAUSE_SUBJECT.test(text.slice(m.end, hit.start)))) return { entity: owner, written: true };
  }
  // 「白書は、…「統合作戦司令部」が今年2月に発足したことにふれ」: a name marked が right before the
  // cue, no comma between, is the subject of the cue's own clause, whatever the sentence's topic.
  if (lang === 'ja' && !entityValued) {
    const own = mentions.filter((m) => m.end <= hit.start && hit.start - m.end <= 24 && JA_OWN_CLAUSE_SUBJECT.test(text.slice(m.end, hit.start))).pop();
    const bound = own && withFacts(own);
    if (bound) return bound;
    // 「自衛隊が1954年7月1日に創設されてから約70年後、統合作戦司令部が発足した」: that subject with no such facts
    // is still the clause's; the date is none of the sentence's topic's.
    if (own && JA_CLAUSE_GOES_ON.test(text.slice(hit.end, hit.end + 8))) return undefined;
  }
  // 「（在日米軍は…組織。）作戦指揮権は米ハワイのインド太平洋軍司令部が持つ」: a sentence that opens on
  // the command authority, with no owner written, goes on about the organisation told of last;
  // the one marked が after the cue holds the authority (the value), though it has a superior of its own on record.
  if (lang === 'ja' && entityValued && recent && JA_AUTHORITY_OPENS.test(text.slice(sentenceStart, hit.end)) && !mentions.some((m) => m.end <= hit.start)) {
    const latest = recent.find((e) => e.type === 'organization' && hasFacts(e, members));
    if (latest) return { entity: latest };
  }
  // 「在日米軍司令部は…作戦指揮権を持たない。ハワイのインド太平洋軍の司令部が指揮権を持つ」「…上位組織で作戦指揮権を
  // もつインド太平洋軍司令部は…」: after a sentence that says the organisation told of has no command, the one that
  // holds it is named (the value), and the organisation told of is whose superior it is.
  if (lang === 'ja' && entityValued && recent && JA_HOLDS_COMMAND.test(text.slice(hit.start, hit.end + 4)) && JA_NO_COMMAND_BEFORE.test(text.slice(Math.max(0, sentenceStart - NO_COMMAND_REACH), sentenceStart)) && !/の(?:作戦)?$/.test(text.slice(Math.max(sentenceStart, hit.start - 3), hit.start))) {
    const latest = recent.find((e) => e.type === 'organization' && hasFacts(e, members) && e.id !== frame.subject?.entity);
    if (latest) return { entity: latest };
  }
  // 「統合作戦司令部は、2006年3月に発足した統合幕僚監部とは別に」「2022年3月に新編された自衛隊サイバー防衛隊も指揮する」:
  // a cue in a relative clause after the topic describes the noun the clause modifies; with no name
  // of such facts there, it is none of the topic's, unless that noun stands for the topic (「…に発足した組織だ」).
  // (With no subject written, likewise after a topic owned by a name: 「統合作戦司令部の発足時の人員は約240人で、2022年に新編された自衛隊サイバー防衛隊の約540人」.)
  // (「新司令部は2018年3月に朝霞駐屯地で発足した陸上総隊で」: a described topic too, not the clause's own subject, 「司令部が発足した3月24日」.)
  if (lang === 'ja' && !entityValued && (frame.subject ? frame.subject.end <= hit.start : JA_OWNED_TOPIC_BEFORE.test(text.slice(sentenceStart, hit.start)) || (frame.anaphor?.kind === 'thing' && !/[がの]$/.test(text.slice(Math.max(sentenceStart, hit.start - 1), hit.start))))) {
    const nounAt = attributiveNounAt(text, hit);
    const noun = nounAt >= 0 ? JA_NOUN_PHRASE.exec(text.slice(nounAt, nounAt + 20).replace(/^[「『]/, ''))?.[0] : undefined;
    if (noun !== undefined && !withFacts(attributiveHead(text, hit, mentions, withFacts)) && !JA_STANDS_FOR_TOPIC.test(noun)) return undefined;
  }
  // 「…に対し、2018年3月に陸上総隊の隷下で新編された水陸機動団は約2100人で」: a cue in a relative clause on a noun no name
  // covers, which is the subject of a clause of its own, is said of that noun, whatever the sentence's subject.
  if (lang === 'ja' && !entityValued) {
    const modified = unnamedNounModified(text, hit, mentions);
    // (「我が国の」: が inside a word.)
    if (modified && modified[1]!.length >= 2 && /^[はがも]/.test(text.slice(hit.end + modified[0].length, hit.end + modified[0].length + 1))) return undefined;
  }
  // 「2018年3月に…始動した陸上総隊と同様、統合作戦司令部も…」: a cue whose relative clause modifies another name,
  // one with no such facts, describes that name, not the subject written after it.
  if (lang === 'ja' && !entityValued && frame.subject && frame.subject.start >= hit.end) {
    const nounAt = attributiveNounAt(text, hit);
    const modified = nounAt >= 0 ? mentions.find((m) => m.start >= nounAt && m.start <= nounAt + 1) : undefined;
    // (The whole phrase the clause modifies: 「自衛隊の統合作戦司令部」「国家防衛戦略及び防衛力整備計画」.)
    const phrase: Mention[] = [];
    for (let m = modified; m && phrase.length < MAX_PHRASE_NAMES; m = mentions.find((n) => n.start >= m!.end && JA_PHRASE_JOINT.test(text.slice(m!.end, n.start)))) phrase.push(m);
    if (modified && !phrase.includes(frame.subject) && !phrase.some((m) => m.entity === frame.subject!.entity || withFacts(m))) return undefined;
  }
  // "On April 1, 2025, a week after the JJOC opened, Japan's new fiscal year began with a record defense budget of …": a
  // name inside a clause of time, closed by its comma before the cue, is no subject of the cue.
  if (lang === 'en' && !entityValued && frame.subject && frame.subject.end <= hit.start && EN_TIME_CLAUSE_BEFORE.test(text.slice(Math.max(sentenceStart, frame.subject.start - 40), frame.subject.start))) {
    // (Looked for only up to the cue: an unbounded search would cross a whole document with no comma.)
    const comma = text.slice(frame.subject.end, hit.start).indexOf(',');
    const close = comma < 0 ? -1 : frame.subject.end + comma;
    if (close >= 0 && !mentions.some((m) => m.start > frame.subject!.end && m.end <= close)) return undefined;
  }
  // 「…主な部隊――陸上総隊（2018年新編）、自衛艦隊」: a cue in brackets right after a name, with only its date before it, is that name's.
  if (lang === 'ja' && !entityValued) {
    // (Looked for no further back than a date's length: most cues have no bracket before them at all.)
    const open = Math.max(lastIndexWithin(text, '（', hit.start, hit.start - BRACKET_DATE_REACH), lastIndexWithin(text, '(', hit.start, hit.start - BRACKET_DATE_REACH));
    const owner = open >= 0 && JA_BRACKET_DATE_ONLY.test(text.slice(open + 1, hit.start)) ? mentions.find((m) => m.end === open) : undefined;
    if (owner) return withFacts(owner);
  }
  // 「副司令官の俵千城海将は、海上自衛隊出身の立場から南雲司令官を支える」: from the standpoint of what the topic is.
  if (lang === 'ja' && frame.subject && frame.subject.end <= hit.start && text.slice(hit.start, hit.end).endsWith('出身') && JA_STANDPOINT_AFTER.test(text.slice(hit.end, hit.end + 6))) return withFacts(frame.subject);
  // ", while the Joint Staff, now led by Gen. X, handles …": an organisation with no such facts that opens a clause of
  // contrast, then the cue of its predicate, keeps the cue its own, whatever the sentence's subject.
  if (lang === 'en' && entityValued && mentions.some((m) => m.end <= hit.start && hit.start - m.end <= 40 && dataset.entities.get(m.entity)?.type === 'organization' && !withFacts(m) && EN_CONTRAST_OPENER_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 16), m.start)) && EN_PREDICATE_GAP.test(text.slice(m.end, hit.start)))) return undefined;
  const bySubject = withFacts(frame.subject);
  if (bySubject) return bySubject;
  // "The JJOC reports to the minister. The Joint Staff is now led by Gen. X": an organisation that opens the sentence as its
  // subject, one with no such facts, keeps a cue of its predicate its own; no name told of before takes it.
  if (lang === 'en' && entityValued && frame.subject && frame.subject.end <= hit.start && dataset.entities.get(frame.subject.entity)?.type === 'organization' && /^[\s"“]*(?:The\s+|the\s+)?$/.test(text.slice(sentenceStart, frame.subject.start)) && EN_PREDICATE_GAP.test(text.slice(frame.subject.end, hit.start))) return undefined;
  // 「3月11日の閣議で…南雲空将を起用」, "At a Cabinet meeting on March 11, the government appointed
  // Lt. Gen. X": a date of a person's own appointment, in a sentence that appoints exactly one
  // person who has such facts.
  if (!entityValued && APPOINTS.test(text.slice(sentenceStart, Math.min(text.length, hit.end + 200)))) {
    const people = mentions.filter((m) => dataset.entities.get(m.entity)?.type === 'person' && hasFacts(dataset.entities.get(m.entity), members));
    if (people.length === 1 && members.every((p) => holdersArePeople(dataset, p))) return withFacts(people[0]);
  }
  // 「3月24日に新設される…「統合作戦司令部」」: a cue in a relative clause describes the noun the
  // clause modifies, the next name after it that has such facts.
  // A cue that ends in its verb's own ending (「決定した」) is followed by the noun itself.
  // A cue that stops at its stem's れ (開かれ, 行われ) takes the ending after it (開かれた会議).
  if (lang === 'ja' && attributiveNounAt(text, hit) >= 0) {
    const head = attributiveHead(text, hit, mentions, withFacts);
    if (head) return withFacts(head);
  }
  // 「180名規模の統合作戦司令部」「約240人体制の司令部」: a measure joined by の to the name after it is that name's.
  if (lang === 'ja' && !entityValued) {
    const head = mentions.find((m) => m.start >= hit.end && /^の[「『]?$/.test(text.slice(hit.end, m.start)) && withFacts(m));
    if (head) return withFacts(head);
  }
  // 「24日に発足した、陸海空自衛隊を…指揮する「統合作戦司令部」」: two relative clauses on one noun, set off by a comma.
  if (lang === 'ja') {
    const head = mentions.find((m) => m.start >= hit.end && m.start - hit.end <= 80 && JA_COMMA_RELATIVE.test(text.slice(hit.end, m.start)) && withFacts(m));
    if (head) return withFacts(head);
  }
  // "The government aims to establish the joint headquarters": a description of an earlier
  // entity as the object.
  if (lang === 'en' && !entityValued && describe) {
    const object = EN_OBJECT_DESCRIPTION.exec(text.slice(hit.end, hit.end + 60));
    // ("The UK's Ministry of Defence … set up its Permanent Joint Headquarters": its own, in a sentence about another country's body.)
    const theirs = /^\s*(?:its|their)\s/i.test(text.slice(hit.end, hit.end + 8)) && opensWithAnotherCountry(text.slice(sentenceStart, hit.start));
    const entity = object && !theirs && !foreignDescription(text, hit.end, hit.end + object[0].length) ? describe(object[2]!.toLowerCase(), `${object[1]!}${object[2]!}`.toLowerCase().split(/\s+/)) : undefined;
    if (entity && hasFacts(entity, members)) return { entity };
  }
  // 「2015年に行われた首都直下地震対応の訓練では」: a cue in a relative clause on a noun that names
  // nothing in the dataset is said of that noun, not of what the text told of before.
  if (lang === 'ja' && !frame.subject && topic) {
    if (unnamedNounModified(text, hit, mentions)) return undefined;
  }
  // 「在日米軍のジョスト司令官」: an organisation, の, a name, then the title: the title is that
  // organisation's, whatever the text was about before (with no such facts on record, nobody's).
  if (lang === 'ja' && entityValued && members.every((p) => personValued(dataset, p))) {
    const own = mentions.filter((m) => m.end < hit.start && hit.start - m.end <= 16 && dataset.entities.get(m.entity)?.type === 'organization' && JA_ORG_NAME_TITLE.test(text.slice(m.end, hit.start))).pop();
    if (own) return withFacts(own);
  }
  // 「ラップ新司令官は」 after 「在日米軍司令官に就任したラップ」: the title is the one the text gave that person, not the topic's.
  if (lang === 'ja' && topic && entityValued && members.every((p) => personValued(dataset, p)) && introducedWithAnother(text, hit, sentenceStart, dataset, topic)) return undefined;
  // "It will report to the head of X": in English a name after a name-valued cue is its value, not a rival subject.
  if (!frame.subject && topic && !mentions.some((m) => !(entityValued && lang === 'en' && m.start >= hit.end) && hasFacts(dataset.entities.get(m.entity), members))) return { entity: topic };
  // 「…に240人態勢で設けられ、初代司令官には…南雲空将が任じられた」: the subject written is a later
  // clause's; the cue's own clause leaves its subject out, the organisation told of before.
  if (lang === 'ja' && !entityValued && frame.subject && frame.subject.start > hit.end && JA_CLAUSE_END.test(text.slice(hit.end, frame.subject.start)) && !mentions.some((m) => m.end <= hit.start && hasFacts(dataset.entities.get(m.entity), members))) {
    const latest = recent?.find((e) => hasFacts(e, members));
    if (latest) return { entity: latest };
  }
  // 「…が開始され、要員が到着した」: a subject after the cue is a later clause's; the cue's clause has none written.
  if (lang === 'ja' && frame.foreignSubject && !frame.subject && frame.foreignAt !== undefined && frame.foreignAt > hit.end && JA_CLAUSE_END.test(text.slice(hit.end, frame.foreignAt))) {
    const left = frame.leftOut?.find((t) => hasFacts(t, members));
    if (left && !mentions.some((m) => m.end <= hit.start && hasFacts(dataset.entities.get(m.entity), members))) return { entity: left };
  }
  // "…, and the staff consists of about 240 personnel", "With the initial staffing of …": a cue
  // owned by no name in the sentence is the latest organisation's that has such facts.
  // Only a headcount: "the budget" and "the cost" are too often someone else's.
  if (!entityValued && lang === 'en' && recent && members.some((p) => dataset.properties.get(p)?.unit === 'persons') && EN_BARE_OWNED.test(text.slice(Math.max(sentenceStart, hit.start - 24), hit.start)) && !mentions.some((m) => hasFacts(dataset.entities.get(m.entity), members))) {
    // Only the very latest thing told of: an older one is too far back to own an unowned cue.
    const latest = recent[0];
    // "The ministry then moved, and the staff …": another organisation described in the sentence may own it.
    const other = EN_OTHER_BODY.test(text.slice(sentenceStart, hit.start));
    if (latest && hasFacts(latest, members) && !other) return { entity: latest };
  }
  // "(… not commanded by the U.S. Forces Japan commander.) Instead, command is vested in X": a sentence that
  // opens on where the command lies, with no owner written, goes on about the organisation told of last.
  if (lang === 'en' && entityValued && recent && EN_AUTHORITY_OPENS.test(text.slice(sentenceStart, hit.start)) && EN_AUTHORITY_CUE.test(text.slice(hit.start, hit.end))) {
    const latest = recent.find((e) => e.type === 'organization' && hasFacts(e, members));
    if (latest) return { entity: latest };
  }
  // 「設置場所は…で、司令部の人員は約240人」: a bare 司令部 before the cue is the command told of, whatever the sentence's topic.
  if (lang === 'ja' && !entityValued && recent && JA_BARE_COMMAND_OF.test(text.slice(Math.max(sentenceStart, hit.start - 6), hit.start))) {
    const latest = recent.find((e) => hasFacts(e, members));
    if (latest) return { entity: latest };
  }
  // 「（委員は19日の委員会で、）同日発足の陸海空自衛隊を一元的に指揮する「統合作戦司令部」」: a cue that
  // modifies a name after it (…発足の X, a relative clause between) is that name's, whatever the topic.
  if (lang === 'ja' && !entityValued && text[hit.end] === 'の') {
    const owner = mentions.find((m) => m.start > hit.end && m.start - hit.end <= 40 && JA_MODIFIED_NAME_GAP.test(text.slice(hit.end + 1, m.start)) && withFacts(m));
    if (owner) return withFacts(owner);
  }
  // "During the ceremony, Adm. X assumed command from Adm. Y", "X assumed the command in May": a
  // command taken with none named after it is the one the text told of last.
  if (entityValued && lang === 'en' && recent && EN_TOOK_COMMAND.test(text.slice(hit.start, hit.end)) && EN_NO_COMMAND_NAMED.test(text.slice(hit.end, hit.end + 20)) && !mentions.some((m) => hasFacts(dataset.entities.get(m.entity), members))) {
    const latest = recent.find((e) => e.type === 'organization' && hasFacts(e, members));
    if (latest) return { entity: latest };
  }
  if (frame.foreignSubject || frame.subject) {
    // For a name-valued property the name after the cue is its value ("under the command of X").
    for (const m of entityValued && lang === 'en' ? [] : objectOf(text, hit, mentions, lang)) {
      const o = withFacts(m);
      if (o) return o;
    }
    // A person who has no such facts speaks of an organisation's or an event's ("Gen. Nagumo,
    // commander of the JJOC, reviews troops ahead of the activation ceremony on March 24"): the
    // nearest name that has them. Another organisation as the subject keeps the claim its own.
    if (!entityValued && !(frame.subject && dataset.entities.get(frame.subject.entity)?.type === 'person')) return undefined;
  }
  // The nearest name with such facts before the cue, else after it; for a name-valued property
  // only in the same clause ("will report to INDOPACOM, in close collaboration with the JJOC":
  // the JJOC is another clause's).
  // 「Yの隷下に」「Y司令官隷下の」: the name right before such a cue is its value, not its owner.
  const valueBefore = lang === 'ja' && (text[hit.start] === 'の' || JA_UNDER_COMMANDER.test(text.slice(hit.start, hit.end)));
  const before = mentions.filter((m) => m.end <= hit.start && !(valueBefore && /^(?:司令部|司令官)?[」』）)]*$/.test(text.slice(m.end, hit.start)))).reverse();
  const after = mentions.filter((m) => m.start >= hit.end && (!entityValued || !/[,;:、。]/.test(text.slice(hit.end, m.start))));
  for (const m of [...before, ...after]) {
    if (frame.subject && m === frame.subject) continue;
    // 「統合作戦司令部が指揮する陸上総隊の隷下には」: the subject of a relative clause on the noun before the cue is not the cue's.
    if (lang === 'ja' && m.end <= hit.start && hit.start - m.end <= JA_RELATIVE_SUBJECT_REACH && JA_RELATIVE_SUBJECT_GAP.test(text.slice(m.end, hit.start))) continue;
    const s = withFacts(m);
    if (s) return s;
  }
  if (topic) return { entity: topic };
  // The property's bare label as the cue (副司令官, "deputy commander"), which every command has.
  const cue = text.slice(hit.start, hit.end).toLowerCase();
  // A deputy's title in any wording ("deputy chief", "vice commander", 副司令官) is as bare: every command has one.
  const bareLabel = DEPUTY_TITLE.test(cue) || members.some((p) => Object.values(dataset.properties.get(p)?.label ?? {}).some((l) => l?.toLowerCase() === cue));
  // A role title with no owner in the sentence (「初代司令官に任命された…」) is the role in what
  // the text is about: the latest organisation that has it.
  if (entityValued && recent && members.every((p) => personValued(dataset, p)) && (bareLabel || !soleHolder(dataset, members)) && ownTitle(text, sentenceStart, hit, mentions, lang)) {
    const latest = recent.find((e) => hasFacts(e, members));
    if (latest && !titleOfAnother(text, hit, mentions, dataset, members, latest, sentenceStart, lang)) return { entity: latest };
  }
  // A title names its holder's organisation by itself ("Defense Minister X", 「X防衛相」) when one
  // entity alone holds the property, unless another country's is meant ("British defence minister").
  // Not the property's bare label (「コンヴァース副司令官」, "deputy commander"): every command has one.
  const holder = entityValued && !bareLabel && ownTitle(text, sentenceStart, hit, mentions, lang) ? soleHolder(dataset, members) : undefined;
  if (holder) return { ...holder, byTitle: true };
  // "the JJOC Cooperation Team, installed at …", 「統合作戦司令部との連携を専門に扱う部署」: a cue this
  // specific names the one organisation whose places it is (only USFJ has a liaison office).
  // Not a relation that needs its subject written ("headquartered in", "based in"): any unit is based somewhere.
  if (entityValued && hit.end - hit.start >= SPECIFIC_CUE_LENGTH[lang] && !/\s(?:in|at|on)$/i.test(text.slice(hit.start, hit.end))) return soleHolder(dataset, members, 'place');
  return undefined;
}

/**
 * May a title with no owner written be another organisation's than `latest`? 「パパロ司令官」: the
 * person holds that post elsewhere in the dataset; 「在日アメリカ軍の旗が…司令官に就任した…」: the
 * sentence names an organisation of its own, marked as subject or owner (so not one inside a title,
 * 「統合幕僚副長」), with no such facts on record.
 */
function titleOfAnother(text: string, hit: CueHit, mentions: Mention[], dataset: Dataset, members: string[], latest: Entity, sentenceStart: number, lang: Lang): boolean {
  // 「ラップ新司令官は」 after 「在日米軍司令官に就任したラップ米空軍中将」: the person the text gave another
  // organisation's title holds that one.
  if (lang === 'ja' && introducedWithAnother(text, hit, sentenceStart, dataset, latest)) return true;
  // 「…在日アメリカ軍司令官の退任と共に退役します。新たな司令官となる…」: the same title written last
  // with another organisation's name before it is that organisation's post.
  if (lang === 'ja' && titledLastByAnother(text, hit, dataset, latest)) return true;
  for (const m of mentions) {
    if (m.start < sentenceStart) continue;
    const e = dataset.entities.get(m.entity);
    if (!e || e === latest) continue;
    if (e.type === 'person' && holdsElsewhere(dataset, e.id, members, latest)) return true;
    // Only a Japanese clause's own organisation, shortly before the title (an English sentence names many in passing).
    // 「防衛省のある東京・市谷」 says where, naming no holder of the title.
    if (lang === 'ja' && e.type === 'organization' && !hasFacts(e, members) && m.end <= hit.start && hit.start - m.end <= JA_OWN_ORGANISATION && /^(?:は|が|では|の(?!ある|あった|近く|隣))/.test(text.slice(m.end, m.end + 3))) return true;
  }
  return false;
}

/** How far back the same title, written with its organisation, is looked for. */
const TITLED_WITHIN = 400;

/** Was the bare title at `hit` last written, shortly before, after another organisation's Japanese name (「在日米軍司令官」)? */
function titledLastByAnother(text: string, hit: CueHit, dataset: Dataset, latest: Entity): boolean {
  const title = text.slice(hit.start, hit.end);
  const at = text.lastIndexOf(title, hit.start - 1);
  if (at < 0 || hit.start - at > TITLED_WITHIN) return false;
  const [first] = organisationsEndingAt(text, at, dataset, 12);
  return first !== undefined && first !== latest;
}

/** How far back in the text a name's first title is looked for, and at how many of its places (a budget). */
const INTRODUCED_WITHIN = 4000;
const INTRODUCED_PLACES = 8;
/** The words between an organisation's name and its holder's: 「在日米軍の」「在日米軍司令官に就任した」. */
// 「在日米軍司令官兼第5空軍司令官に2月5日、ケビン・シュナイダー空軍中将が就任」: the post, when, then the name.
const ORG_THEN_HOLDER = /(?:の|司令官(?:に就任した|に就いた|の|、|に[^、。「」]{0,12}、)?)$/;
/** A given name in katakana (and an initial) before a surname: 「スティーブン・F・」. */
const GIVEN_NAME_BEFORE = /[\u30a1-\u30fa\u30fc]{2,12}[・･](?:[A-ZＡ-Ｚ][.．]?[・･])?$/;

/**
 * Was the name right before the title (「ラップ新司令官」) given earlier, with its own title, as
 * another organisation's (「在日米軍司令官に就任したラップ」「在日米軍のラップ司令官」)?
 */
function introducedWithAnother(text: string, hit: CueHit, sentenceStart: number, dataset: Dataset, latest: Entity): boolean {
  const lead = /(?:新|前|現)?$/.exec(text.slice(Math.max(0, hit.start - 1), hit.start))![0].length;
  const name = japaneseNameEndingAt(text, hit.start - lead, Math.max(sentenceStart, hit.start - lead - 16));
  if (!name || name.text.length < 2) return false;
  let places = 0;
  for (let k = text.indexOf(name.text, Math.max(0, sentenceStart - INTRODUCED_WITHIN)); k >= 0 && k < sentenceStart && places < INTRODUCED_PLACES; k = text.indexOf(name.text, k + 1), places++) {
    // 「…司令官のスティーブン・F・ジョスト」: the given name (and an initial) before the surname.
    const before = text.slice(Math.max(0, k - 40), k).replace(GIVEN_NAME_BEFORE, '');
    const link = ORG_THEN_HOLDER.exec(before);
    if (!link) continue;
    // The organisation's name ends where the link begins, or before a 兼 (「在日米軍兼第5空軍司令官」「在日米軍司令官兼…」, a post held with another):
    // one look-up per length, whatever the dataset's size.
    const head = before.slice(0, before.length - link[0].length);
    for (const end of [head.length, head.lastIndexOf('兼'), head.lastIndexOf('司令官兼')].filter((e) => e > 0)) {
      if (organisationsEndingAt(head, end, dataset, end).some((org) => org !== latest)) return true;
    }
  }
  return false;
}

/**
 * The organisations whose Japanese names end at `end` in `text` (at most `maxLength` long), shortest
 * name first: one look-up per length, whatever the dataset's size.
 */
function organisationsEndingAt(text: string, end: number, dataset: Dataset, maxLength: number): Entity[] {
  const names = japaneseOrganisationNames(dataset);
  const out: Entity[] = [];
  for (let len = 2; len <= maxLength && len <= end; len++) {
    const org = names.get(text.slice(end - len, end));
    if (org) out.push(org);
  }
  return out;
}

const orgNamesJa = new WeakMap<Dataset, Map<string, Entity>>();

/** Each organisation's Japanese names (label and aliases), the first organisation a name belongs to. */
function japaneseOrganisationNames(dataset: Dataset): Map<string, Entity> {
  let names = orgNamesJa.get(dataset);
  if (names) return names;
  names = new Map();
  for (const e of dataset.entities.values()) {
    if (e.type !== 'organization') continue;
    for (const n of [e.labels.ja, ...e.aliases.filter((a) => a.lang === 'ja').map((a) => a.text)]) if (n && !names.has(n)) names.set(n, e);
  }
  orgNamesJa.set(dataset, names);
  return names;
}

/** After a title: its holder's name, then "of" and an organisation (where the owner is named, it is the title's). */
const EN_NAME_THEN_OWNER = /^[ \t]+(?:(?:[A-Z][a-z’'-]+|[A-Z]\.)[ \t]+){1,4}of[ \t]+(?:the[ \t]+)?(?=(?:U\.S\.[ \t]+)?[A-Z])/;

/** After "X of (the)": Japan, or the holder's party or house, which owns no post. */
const EN_OWN_AFTER_NAME = /^(?:Japan\b|Liberal Democratic Party|LDP\b|Komeito|Constitutional Democratic Party|House of (?:Representatives|Councillors)|Diet\b|Upper House|Lower House)/;

/** How far before a bare title a Japanese sentence's organisation may stand and still be the title's. */
const JA_OWN_ORGANISATION = 30;

/** 「…一方、自衛官の採用は」「…部隊のうち、Xは」: a clause of contrast or a part, then its own topic. */
// (「統合作戦司令部が指揮する部隊のうち、X は…」: one of several, set off as its own topic.)
const JA_CONTRAST_TOPIC = /(?:一方|他方|これに対し|のうち)[、,]\s*[^。、]{1,20}?は[^。]{0,40}$/;

/** A lower-case noun, then a relative clause of counting on it: ", which together have …". */
const EN_OTHER_NOUN_WHICH = /(\b[a-z][\w-]*),\s+which\s+(?:together\s+|combined\s+|collectively\s+|in\s+all\s+)?(?:have|has|had|number|numbers|total|totals|count|counts|comprise|comprises|employ|employs)\b[^.;:]{0,80}$/;

/** Before a name: a head noun and where it stands by the name ("the new store near the", "an office next to"). */
const EN_LOCATIVE_HEAD_BEFORE = /(?:^|[,;:]\s*|\b(?:The|A|An|the|a|an)\s+)(?:[\w.’'-]+\s+){0,3}[a-z][\w-]*\s+(?:near|next\s+to|beside|outside|opposite|across\s+from|close\s+to|behind|in\s+front\s+of|adjacent\s+to)\s+(?:the\s+)?$/;

/** Before a title, words that name another holder: "British", "Pacific Air Forces", 豪, 元 (former). */
const OTHER_HOLDER_EN = /\b(?:british|u\.k\.|uk|australian|american|u\.s\.|us|chinese|korean|philippine|indian|french|german|italian|canadian|zealand|taiwanese|russian|ukrainian|former|ex|then)[\s-]*$/i;

/** A capitalised word right before the title: its organisation ("Pacific Air Forces Deputy Commander"). */
const OWNER_WORD_EN = /(?:^|[^.!?]\s)(?!(?:From|By|With|And|The|To|For|Of|In|On|At|As|Said|Says|Then|Former|New|When|While|Once|After|Before|Since|Because|Although|Though|If|Unless|Until|Where|Whereas|But|So|Yet|Meanwhile|Also|Now|Today|Yesterday|Earlier|Later|However|Current|Incoming|Outgoing|Acting|Incumbent)\s)[A-Z][\w.’'-]*\s+$/;

const JAPANESE_COUNTERPART = /\b(?:his|her|their)\s+(?:new\s+|incoming\s+|respective\s+)?(?:(?:[A-Z][a-z]+|U\.S\.)\s+and\s+)?Japanese\s+(?:and\s+(?:[A-Z][a-z]+|U\.S\.)\s+)?counterparts?\b/;

/** Between "counterparts" and a title: nothing but a comma, or the titles and names listed before it (titles in lower case too: "foreign affairs minister Fumio Kishida and"). */
const COUNTERPART_LIST = /^[\s,—–-]*(?:(?:[A-Z][\w.'’-]*|foreign|affairs|defen[cs]e|minister|secretary|of|state)\s+){0,7}(?:(?:[A-Z][\w.'’-]*\s+)(?:and|,)\s+)?$/;

const COUNTERPART_IN_PHRASE = /\b(?:with|to|for|alongside|among|by|from)\s+$/i;

/** "his Japanese counterpart" in the sentence of an English title (up to its first sentence end after the title). */
export function japaneseCounterpart(text: string, sentenceStart: number, hit: CueHit): RegExpExecArray | null {
  const rest = text.slice(hit.end, hit.end + 240);
  const stop = rest.search(/[.!?](?:\s|$)/);
  const m = JAPANESE_COUNTERPART.exec(text.slice(sentenceStart, hit.end + (stop < 0 ? rest.length : stop)));
  if (m) m.index += sentenceStart;
  return m;
}

/**
 * Does the sentence of `hit` give the same title again, marked as Japan's and held by someone else
 * ("Defence Minister X met … and Japanese Defence Minister Y")? A marked title with no name after it
 * ("remarks by the Japanese Defense Minister … From Defense Minister Nakatani") may be this one.
 */
function otherTitleMarkedJapanese(text: string, sentenceStart: number, hit: CueHit): boolean {
  const rest = text.slice(hit.end, hit.end + 300);
  const stop = rest.search(/[.!?](?:\s|$)/);
  // Compared in lower case with one spelling of "defence", by position: no text becomes a pattern.
  // Only ASCII letters are folded, so that positions in the folded text are positions in the original.
  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/defence/g, 'defense');
  const original = `${text.slice(sentenceStart, hit.start)} ${rest.slice(0, stop < 0 ? rest.length : stop)}`;
  const sentence = fold(original);
  const title = fold(text.slice(hit.start, hit.end));
  const own = EN_NAME_AFTER_TITLE.exec(rest)?.[1];
  for (let at = sentence.indexOf(title); at >= 0; at = sentence.indexOf(title, at + title.length)) {
    if (!/(?:japanese|japan['’]s) $/.test(sentence.slice(Math.max(0, at - 12), at))) continue;
    const holder = EN_NAME_AFTER_TITLE.exec(original.slice(at + title.length))?.[1];
    if (holder && holder !== own) return true;
  }
  return false;
}

/** The name right after a title: "Defence Minister Gen Nakatani". */
const EN_NAME_AFTER_TITLE = /^\s+((?:[A-Z][a-z’'-]+\s+)?[A-Z][a-z’'-]+)/;

/** After a title: its holder hosts or welcomes people from Japan. */
const HOSTS_JAPANESE = /\b(?:host|hosts|hosted|hosting|welcome|welcomes|welcomed|welcoming|receive|receives|received|receiving)\b[^;:]{0,80}?\b(?:from\s+(?:the\s+United\s+States\s+and\s+|the\s+U\.S\.\s+and\s+)?Japan\b|(?:his|her|their)\s+Japanese\b|Japanese\s+(?:officials|delegation|visitors|guests|counterparts?)\b)/;

/** "… the minister for defense in Japan", "… of Japan": the country named after the title. */
const JAPAN_AFTER_TITLE = /^\s+(?:of|in)\s+Japan\b/;
const OWN_HOLDER_EN = /\b(?:japan['’]s|japanese|japan)\s+$/i;
/** A list item's marker at the start of its line. */
const LIST_ITEM_LINE = /^[ \t]*(?:[•●○◦▪‣∙·*+-]|\d{1,3}[.)])[ \t]/;
/** A list's lead that says whose people follow: "…with senior Australian officials, including:". */
const FOREIGN_LIST_LEAD = /\b(?:Australian|British|South Korean|Korean|Philippine|Filipino|Indian|French|German|Chinese|Canadian|New Zealand|Taiwanese|Russian|Ukrainian|Italian|Dutch|Indonesian|Vietnamese|Thai|Malaysian|Singaporean)\b[^\n]*:[ \t]*$/;
/** How many lines of a list are passed to find its lead (a budget). */
const LIST_LEAD_LINES = 24;

/** How far back a sentence's or a line's start is looked for (the longest sentence read is shorter). */
const MAX_SENTENCE_BACK = 4000;

/** Is the sentence at `sentenceStart` an item of a list whose lead names another country's people? */
function foreignListLead(text: string, sentenceStart: number): boolean {
  // (Lines are looked back over no further than MAX_SENTENCE_BACK each: a longer one is read by its end only.)
  let lineStart = lineStartFrom(text, sentenceStart, Math.max(0, sentenceStart - MAX_SENTENCE_BACK));
  if ((lineStart > 0 && text[lineStart - 1] !== '\n') || !LIST_ITEM_LINE.test(text.slice(lineStart, lineStart + 8))) return false;
  for (let n = 0; n < LIST_LEAD_LINES && lineStart > 0; n++) {
    const end = lineStart - 1;
    const floor = Math.max(0, end - MAX_SENTENCE_BACK);
    lineStart = lineStartFrom(text, end, floor);
    const whole = lineStart === 0 || text[lineStart - 1] === '\n';
    const line = text.slice(lineStart, end).replace(/\r$/, '');
    if (!whole) return FOREIGN_LIST_LEAD.test(line.slice(-400));
    if (line.trim() === '' || LIST_ITEM_LINE.test(line)) continue;
    return FOREIGN_LIST_LEAD.test(line.slice(-400));
  }
  return false;
}

/** A verb that names someone to a post, then the name, right before the title. */
const NAMED_TO_EN = /\b(?:named|appointed|tapped|picked|nominated|installed|confirmed)\s+(?:[A-Z][\w’'-]*\s+){1,3}$/;

/**
 * Is the title at `hit` written for the one organisation that has it ("Defense Minister X",
 * "Japan's defense minister, X", 「中谷防衛相」), rather than another's ("U.K. Defence Minister",
 * "Pacific Air Forces Deputy Commander", 「豪国防相」, 「元防衛相」)?
 */
export function ownTitle(text: string, sentenceStart: number, hit: CueHit, mentions: Mention[], lang: Lang): boolean {
  const before = text.slice(Math.max(sentenceStart, hit.start - 30), hit.start);
  // "Defence Minister X will host his Japanese counterpart": X holds another country's post.
  // Not "and their Japanese counterparts, Defense Minister X": there the counterpart is the title's
  // holder; but "In a talk with his Japanese counterparts, Defence Minister X announced": a phrase before the subject.
  if (lang === 'en') {
    // "…senior Australian officials, including:" then "• Minister of Defence X": a list's items are what its lead says.
    if (foreignListLead(text, sentenceStart)) return false;
    const counterpart = japaneseCounterpart(text, sentenceStart, hit);
    // "their Japanese counterparts, Foreign Minister Y and Defense Minister X": a list of them.
    // "Austin, alongside his Japanese counterpart, Minister of Defense X, will …": a phrase after a name, not one that opens the sentence.
    // ("Austin spoke with their Japanese counterparts — Foreign Minister Y and Defense Minister X — at …": a phrase after the verb, a list set off by dashes.)
    const fronted = counterpart && !/,/.test(text.slice(sentenceStart, counterpart.index));
    const dashed = counterpart && /^\s*[—–]/.test(text.slice(counterpart.index + counterpart[0].length, hit.start));
    const apposition = counterpart && counterpart.index + counterpart[0].length <= hit.start && COUNTERPART_LIST.test(text.slice(counterpart.index + counterpart[0].length, hit.start)) && !(fronted && !dashed && COUNTERPART_IN_PHRASE.test(text.slice(Math.max(sentenceStart, counterpart.index - 16), counterpart.index)));
    // "… with his U.S. and Japanese counterparts—…and Japanese Defense Minister X—": a title marked Japan's is Japan's.
    if (counterpart && !apposition && !OWN_HOLDER_EN.test(before)) return false;
    // "Defence Minister X met … and Japanese Defence Minister Y": when the sentence marks another holder of the title as Japan's, an unmarked one is not.
    if (!OWN_HOLDER_EN.test(before) && otherTitleMarkedJapanese(text, sentenceStart, hit)) return false;
    // "Deputy Commander C. J. Mahoney of the U.S. Marine Corps Forces, Pacific": the holder's own organisation, named after the name.
    const of = EN_NAME_THEN_OWNER.exec(text.slice(hit.end, hit.end + 120));
    // Not Japan, nor the holder's party or house ("Defense Minister X of the Liberal Democratic Party").
    if (of && !EN_OWN_AFTER_NAME.test(text.slice(hit.end + of[0].length, hit.end + of[0].length + 40)) && !mentions.some((m) => m.start === hit.end + of[0].length)) return false;
    // "Defence Minister X will host senior defence officials from the United States and Japan": Japan's guests have another country's host.
    if (HOSTS_JAPANESE.test(text.slice(hit.end, hit.end + 200).split(/[.!?](?:\s|$)/, 1)[0]!)) return false;
  }
  // "Minister for Defence" is Australia's or Britain's title unless Japan's is said ("Japanese Minister for Defence",
  // "the minister for defense in Japan").
  if (lang === 'en' && /^minister for/i.test(text.slice(hit.start, hit.end))) return OWN_HOLDER_EN.test(before) || JAPAN_AFTER_TITLE.test(text.slice(hit.end, hit.end + 16));
  // "Kishida named Makoto Inoue defense minister": the capitalised word before the title is the appointee's name, no owner.
  if (lang === 'en') return OWN_HOLDER_EN.test(before) || !(OTHER_HOLDER_EN.test(before) || (OWNER_WORD_EN.test(before) && !NAMED_TO_EN.test(before)));
  // 「中谷元第26代防衛大臣」「第26代防衛相に」: an ordinal belongs to the title.
  // 「田中浩・新防衛大臣」「新防衛相に」: 新, 現 and 次期 belong to the title too.
  // 「佐藤健二日本国防衛大臣」: Japan's own name before the title is part of it.
  const ordinal = JA_ORDINAL_BEFORE.exec(before)?.[0].length ?? JA_NEW_BEFORE.exec(before)?.[0].length ?? JA_OWN_COUNTRY_BEFORE.exec(before)?.[0].length ?? 0;
  const titleStart = hit.start - ordinal;
  const lead = before.slice(0, before.length - ordinal);
  const c = lead[lead.length - 1];
  // 「山田太郎・防衛相」: the middle dot sets a name off from its title.
  if (c === undefined || c === '・' || !/[\u4e00-\u9fff\u30a0-\u30ff]/.test(c)) return true;
  // 「中谷防衛相」「山田太郎防衛相」: a name right before the title is its holder.
  if (mentions.some((m) => m.end === titleStart && m.entity !== undefined)) return true;
  // A name of two kanji or more (田中防衛相) holds the title; one kanji may be another country's (豪国防相) or 元/前.
  const name = japaneseNameEndingAt(text, titleStart, Math.max(0, titleStart - 8));
  if (name && name.text.length >= 2) return true;
  return !/[元前豪英米韓中比仏独印加露]$/.test(lead) && name !== undefined;
}

const holders = new WeakMap<Dataset, Map<string, Entity | null>>();

/** A cue this long names one organisation's place by itself (Japanese in fewer characters: 「サテライトオフィス」). */
const SPECIFIC_CUE_LENGTH: Record<Lang, number> = { en: 12, ja: 9 };
/** A deputy's or second's title: "deputy chief", "vice commander", "second-in-command", 副司令官. */
const DEPUTY_TITLE = /^(?:deputy|vice|second-in-command)\b|^副/;

/** The one entity with facts in a family, if there is exactly one and its values are people (or places). */
export function soleHolder(dataset: Dataset, members: string[], valueType: 'person' | 'place' = 'person'): { entity: Entity } | undefined {
  let byFamily = holders.get(dataset);
  if (!byFamily) holders.set(dataset, (byFamily = new Map()));
  const key = `${valueType}\u0000${members.join('\u0000')}`;
  let holder = byFamily.get(key);
  if (holder === undefined) {
    const all = [...dataset.entities.values()].filter((e) => hasFacts(e, members));
    // Only a title whose values are people: "based in Hawaii" names no organisation by itself.
    const people = all.length === 1 && all[0]!.facts.filter((f) => members.includes(f.property)).flatMap(scalars).every((v) => v.kind === 'entity' && dataset.entities.get(v.id)?.type === valueType);
    holder = people ? all[0]! : null;
    byFamily.set(key, holder);
  }
  return holder ? { entity: holder } : undefined;
}

/** 「統合作戦司令官をトップとする240人の司令部」: a command told by the title of its head. */
const JA_HEADED_COMMAND = /([\u4e00-\u9fff\u30a0-\u30ff]{2,16}司令官)を(?:トップ|長)とする(?:[^、。「」]{0,16}の)?(司令部)/g;

/** Each Japanese command told by the title of its head (JA_HEADED_COMMAND), as the span of 司令部, for the organisation the title is made from. */
export function headedCommandSpans(body: string, dataset: Dataset): DescriptionSpan[] {
  if (!body.includes('とする')) return [];
  const out: DescriptionSpan[] = [];
  for (const m of body.matchAll(JA_HEADED_COMMAND)) {
    const entity = titleOwner(m[1]!, dataset);
    if (entity) out.push({ entity, start: m.index + m[0].length - m[2]!.length, end: m.index + m[0].length });
  }
  return out;
}

/** The organisation whose Japanese name the title is made from: 統合作戦司令官 → 統合作戦司令部. */
export function titleOwner(title: string, dataset: Dataset): Entity | undefined {
  const stem = /^(.{2,}司令)官$/.exec(title)?.[1];
  if (!stem) return undefined;
  const names = japaneseOrganisationNames(dataset);
  // 「米インド太平洋司令官」 (軍 left out): the command 「インド太平洋軍」.
  return names.get(`${stem}部`) ?? names.get(stem.replace(/^米/, '').replace(/司令$/, '軍'));
}

/** ", which", ", who", ", whose", ", adopted in …": a clause set off after a noun; " that": one after another country's noun. */
const EN_CLAUSE_MARK = /,\s*(?:which|who|whose)\s|,\s*(?:(?:newly|first|originally|later|officially)\s+)?(?:established|founded|created|adopted|launched|opened|formed|set\s+up|built|published|issued|introduced|activated)\s|\s(?:that|which)\s/g;
/** Another country's, before the noun a clause is on. */
const EN_FOREIGN_OWNER = /\b(?:British|Britain['’]s|UK['’]s|U\.K\.['’]s|Australian|Australia['’]s|Korean|Korea['’]s|Chinese|China['’]s|Taiwanese|Indian|India['’]s|French|France['’]s|German|Germany['’]s|Philippine|Russian|Russia['’]s|Canadian|Canada['’]s|NATO['’]s|NATO)\b[^,;:.]{0,40}$/;
/** A capitalised word that is no name of a thing: a day, a month. */
const EN_NOT_A_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I)$/;

/**
 * Is the cue inside a clause on a noun the dataset does not know: the last clause mark before the
 * cue comes right after another country's noun, or (not " that") after a capitalised name that no
 * mention ends at?
 */
function otherNounClause(text: string, hit: CueHit, mentions: Mention[], sentenceStart: number): boolean {
  const from = Math.max(sentenceStart, hit.start - 120);
  let mark: RegExpExecArray | undefined;
  EN_CLAUSE_MARK.lastIndex = 0;
  const span = text.slice(from, hit.start);
  for (let m = EN_CLAUSE_MARK.exec(span); m; m = EN_CLAUSE_MARK.exec(span)) mark = m;
  // ("the MTDP, adopted in 2018": the cue itself the participle right after the comma.)
  // (Not a main verb after a parenthesis, "the government, led by …, approved three documents": a participle takes no object.)
  // ("the Mid-Term Defense Program adopted in December 2018": or right after a capitalised name, with no comma.)
  if (!mark && /(?:ed|set up)$/i.test(text.slice(hit.start, hit.end)) && /^\s+(?:in|on|by|at|during)\b/.test(text.slice(hit.end, hit.end + 8))) mark = /,\s*(?:(?:newly|first|originally|later|officially)\s+)?$/.exec(span) ?? /(?<=[A-Z][\w’'-]*)\s+$/.exec(span) ?? undefined;
  if (!mark) return false;
  const at = from + mark.index;
  // A name right before the clause is what it is on (the rules for names read it).
  if (mentions.some((m) => m.end <= at && /^[)）"”’']*$/.test(text.slice(m.end, at)))) return false;
  const lead = text.slice(Math.max(sentenceStart, at - 60), at);
  if (EN_FOREIGN_OWNER.test(lead)) return true;
  if (/^\s(?:that|which)\s$/.test(mark[0])) return false;
  // (Not a name inside another noun's phrase, "the new joint headquarters overseeing all three branches of the SDF, which …".)
  const last = /(\bof\s+(?:the\s+)?)?([A-Z][\w’'-]*)\)?$/.exec(lead);
  // ("the House of Councillors, whose 248 members": a name of its own, not an acronym inside another's phrase.)
  return !!last && !(last[1] && /^[A-Z]{2,}$/.test(last[2]!)) && !EN_NOT_A_NAME.test(last[2]!) && lead.length > last[0].length;
}

/**
 * Where the noun a Japanese cue modifies begins, when the cue is in the attributive form
 * (「新設される」「発足した」; a cue that stops at its stem's れ takes the ending after it, 開かれた会議);
 * -1 when the cue is no modifier.
 */
function attributiveNounAt(text: string, hit: CueHit): number {
  const stem = text[hit.end - 1] === 'れ' ? 'れ' : '';
  const attributive = JA_ATTRIBUTIVE.exec(stem + text.slice(hit.end, hit.end + 8));
  if (attributive) return hit.end + attributive[0].length - stem.length;
  return JA_VERB_ENDED_CUE.test(text.slice(hit.start, hit.end)) && JA_NOUN_AFTER_VERB.test(text.slice(hit.end, hit.end + 4)) ? hit.end : -1;
}

/** The next name after an attributive cue, in its sentence, that has such facts: the noun its clause describes. */
function attributiveHead(text: string, hit: CueHit, mentions: Mention[], withFacts: (m: Mention | undefined) => unknown): Mention | undefined {
  // (Not past a noun the clause closed on as a topic: 「…に閣議決定された日本初の国家安全保障戦略は、安保3文書の一つ」,
  // 「約540人で発足した自衛隊サイバー防衛隊も、」.)
  // (Nor past a clause the noun's own predicate ended with a comma: 「…に策定された2019〜2023年度版が最後となり、…防衛力整備計画に」.)
  // (Nor past a noun of time the clause dates: 「統合幕僚長という役職が2006年に誕生した時から統合作戦司令部発足の話はあった」.)
  if (JA_TIME_NOUN_MODIFIED.test(text.slice(hit.end, hit.end + 10))) return undefined;
  // (The name right after the clause is its head, with such facts or none: 「2018年3月27日に…発足した陸上総隊は…、…統合作戦司令部は」.)
  // (Not one that owns the head, 「発足した自衛隊の統合作戦司令部」: the phrase's last name is its head.)
  const right = mentions.find((m) => m.start >= hit.end && m.start - hit.end <= 6 && JA_ATTRIBUTIVE_END.test(text.slice(hit.end, m.start)));
  // (Nor the first of a list, 「閣議決定された「国家防衛戦略」及び「防衛力整備計画」」: each is the clause's.)
  const joint = right ? /^[」』]?(?:の|及び|および|並びに|ならびに|や|と|、|・)[「『]?/.exec(text.slice(right.end, right.end + 6)) : null;
  if (right && !(joint && mentions.some((m) => m.start >= right.end + joint[0].length && m.start <= right.end + joint[0].length + 1))) return right;
  return mentions.find((m) => m.start >= hit.end && m.start - hit.end <= 60 && !/[。]|[はも][、\s]/.test(text.slice(hit.end, m.start)) && !JA_VERB_CLAUSE_ENDED.test(text.slice(hit.end, m.start)) && withFacts(m));
}

/** Between an attributive cue and the name it modifies: the verb's ending only (「した」「された」「する」). */
const JA_ATTRIBUTIVE_END = /^(?:さ)?(?:れる|れた|する|した|される|された|の)[「『]?$/;
/** After an attributive cue: a noun of time it modifies (「した時から」「された際に」「した直後」). */
const JA_TIME_NOUN_MODIFIED = /^(?:さ)?(?:れる|れた|する|した|される|された)(?:時|とき|際|頃|ころ|当時|直後|直前|前後|以降|以前)/;
