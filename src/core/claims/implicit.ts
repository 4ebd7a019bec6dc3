// Claims made by how names are put together, with no cue word in between:
// - an organisation and a place: "the Ministry of Defense (MOD) in Ichigaya", "the Defense
//   Ministry in Tokyo's Ichigaya area", 「市ヶ谷の防衛省」 (headquarters);
// - an event and a date: "the 2011 Great East Japan Earthquake", "the earthquake in 2011",
//   「2011年の東日本大震災」 (date); a document and its year: "the 2022 Defense Buildup Program" (published);
// - a service branch and a ranked person: "Air SDF Lt. Gen. Kenichiro Nagumo" (service);
// - a command and what it commands: "INDOPACOM, of which USFJ is a component", 「Xは…Yを傘下に
//   置く」, "USFJ, a component of INDOPACOM" (reportsTo).
// Each frame is a few characters between two names, so the cost is one look at each pair of
// neighbouring names.

import { lineStartFrom } from '../text/bounded';
import type { Dataset, Entity, Mention } from '../model';
import { findValues, parseNumber, type ParsedValue } from '../values';
import type { SentenceRange } from './sentences';
import { documentRevised, eventYears, hasFacts, placeJoint, scalars, serviceBranches } from './shared';
import type { Lang } from './structure';
import { placeOfChain, wrongRegionAfter } from './agreement';
import { commandedUnitsEn, commandedUnitsJa } from './commandedUnits';

export interface ImplicitClaim {
  entity: Entity;
  property: string;
  found: Mention | ParsedValue;
  /** The value is joined by の to the name (「2011年3月の東日本大震災」): a negation of the sentence's predicate leaves it standing. */
  presupposed?: boolean;
}

/** "the Defense Ministry (MOD) in …", "the Defense Ministry head office in Shinjuku Ward, …". */
const EN_PLACE_AFTER_ORG = /^\s*(?:\([^()]{1,12}\))?(?:\s+(?:head office|headquarters|HQ|main office|building|compound))?\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:Ward|District|City|Prefecture),\s+)?$/;

/** "the Futenma Replacement Facility in Henoko", "… (FRF) at Camp Schwab in Henoko", "… facility off the Henoko district". */
// "the Futenma Replacement Facility construction at X", "… at the Camp Schwab/X area", "… at Camp Schwab-X Bay": the work on it, and the camp it shares the site with.
const EN_FACILITY_IN = /^\s*(?:\([^()]{1,12}\))?(?:\s+(?:construction|project|site|work))?\s+(?:in|at|on|off)\s+(?:the\s+)?(?:Camp\s+Schwab\s*[\/-]\s*)?$/;

/** 「市ヶ谷の防衛省」「東京・市ヶ谷にある防衛省」. */
// 「東京都新宿区の防衛省」: a ward or town the dataset does not know may follow the place.
// 「市ヶ谷台の防衛省」: the height or district the place names.
const JA_PLACE_BEFORE_ORG = /^(?:台|地区)?(?:[\u4e00-\u9fff]{1,4}[区市町村])?(?:の|にある|に所在する|に本部を置く)$/;
/** 「防衛省・市ヶ谷台」「防衛省 市ヶ谷地区」: the organisation, a dot or a space, then its site's height or district. */
// (「防衛省市ヶ谷地区」「防衛省市ヶ谷庁舎」: glued, with no dot, too.)
const JA_ORG_DOT_PLACE = /^[・\s\u3000]?$/;
const JA_SITE_WORD_AFTER = /^(?:台|地区|庁舎|本庁舎)/;
/** 「防衛省と同じ東京・市谷に設置」: the place of the organisation named before. */
const JA_ORG_SAME_PLACE = /^(?:と同じ|[=＝])$/;
/** The opening of an address in brackets: 「（」 and prefecture, city or ward names the dataset need not know. */
/** After a meeting's name: it is held (「を開催」「を開き」「を行った」). */
const JA_HELD = /^[」』]?を(?:開催|開い|開く|開き|行っ|行う|行い|実施)/;
/**
 * Between the place marked で and the meeting's name: at most a modifier (「ヘグセス氏が就任して以降初となる」),
 * no sentence end, no new topic, and no saying (「防衛省で記者団に対し、…」 is where it was said); or the
 * place visited for it (「…が3月30日に防衛省を訪れ、日米防衛相会談を行う」).
 */
const JA_HELD_AT = /^(?:(?:で|において|にて)(?![^。]*?(?:に対し|記者|会見|述べ|語っ|話し|明らかに))、?[^。「」は]{0,60}|を(?:訪れ|訪問し)(?:て)?、?[^。「」は]{0,30})$/;
// (「防衛省本省(東京・市ヶ谷)」: its main office named between.)
const JA_ADDRESS_OPEN = /^(?:本省|本庁|本部)?[（(][^（）()、。]{0,12}$/;
const JA_ADDRESS_REST = /^[^（）()、。]{0,16}[）)]/;
const JA_ORG_IS_AT = /^(?:本庁|庁舎|本部|本省)?(?:の|が)(?:ある|置かれている|置かれた)$/;
/** After an organisation: others listed with it (「ならびに統合幕僚監部や陸海空の各幕僚監部」), then where they all are. */
const JA_ORG_LIST_IS_AT = /^(?:本庁|庁舎|本部|本省)?(?:(?:や|と|および|及び|ならびに|並びに)[^。、がはをにで「」]{1,24}?)+(?:の|が)(?:ある|置かれている|置かれた)$/;
/** How far (UTF-16 code units) the place may stand after the list's first organisation. */
const MAX_ORG_LIST = 60;
const EN_RANK = /^\s+(?:(?:Lt\.|Lieutenant|Gen\.|General|Adm\.|Admiral|Vice|Rear|Maj\.|Major|Col\.|Colonel|Capt\.|Captain)\s*){1,3}$/;
/** Between a subordinate and the superior a relative clause modifies: 「を傘下に持つ」「を指揮下に置く」「を傘下に抱える」. */
const JA_HAS_UNDER = /^[」』]?を(?:その)?(?:傘下|指揮下|隷下|配下)に(?:持つ|持っている|置く|置いている|収める|抱える|抱えている)(?:米|日本の)?$/;
/** Before a place: "replacing", "to replace". */
const EN_REPLACING_BEFORE = /\breplac(?:e|es|ed|ing)\s+(?:the\s+)?(?:U\.S\.\s+)?$/;
/** Between the place replaced and the new site: "(, an appositive,) with a new facility in the (rural) …". */
const EN_WITH_NEW_FACILITY = /^(?:,[^,;.]{0,100},)?\s+with\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:facility|base|air\s*base|airfield|air\s+station|runways?|heliport)\s+(?:in|at|off|on)\s+(?:the\s+)?(?:(?:rural|coastal|northern|remote|[a-z]+ern)\s+)?$/;
/** After a place: 「(飛行場)の代替施設」「普天間施設の代替施設」, the facility that replaces it. */
// (「普天間基地の替わりの施設」「…の代わりとなる施設」: the same in words.)
// (「普天間基地“代替施設”の建設現場」: the word quoted, glued to the place.)
// (「普天間基地に代わる新しい基地」: what takes its place.)
const JA_REPLACEMENT_OF = /^(?:飛行場|基地|施設)?(?:の(?:代替(?:施設|基地)|[替代]わり(?:の|となる)(?:施設|基地|飛行場))|[“"「『]代替(?:施設|基地)[”"」』]|に代わる(?:新しい|新たな)?(?:施設|基地|飛行場))/;
/** After a place: a gloss in brackets, then 「の代替とされ」「の代替となる」「の代替だ」 (the topic stands in for it). */
const JA_STANDS_IN_FOR = /^(?:飛行場|基地)?(?:[（(][^（）()]{1,12}[）)])?の代替(?:と(?:され|して|なる|なっ)|である|だ)/;
/** After a place: 「(飛行場)の代替施設として、」「の移転先として」, what is built there replaces it. */
const JA_REPLACEMENT_AS = /^(?:飛行場|基地)?の(?:代替(?:施設|基地|地)?|移設先|移転先)として、?/;
// 「普天間は司令部機能と飛行場を」: the topic, then what of it is moved.
const JA_MOVED_FROM = /^(?:基地|飛行場)?\s*(?:[（(][^（）()]{0,20}[）)])?(?:の[^、。「」]{0,8}|は[^、。「」はが]{0,16}を)$/;
// 「東京のキャンプ・シュワブに移設」: a named site within the place.
const JA_MOVED_TO = /^(?:の[\u30a1-\u30fa\u30fc\u4e00-\u9fff・]{1,12})?(?:への|に)?(?:県内|県外)?移設/;
// "Futenma to Henoko", "Futenma (in Ginowan) to the Henoko district of", "Futenma from a crowded
// residential area of Ginowan to the less populated coastal zone of Henoko", "close Futenma … and relocate operations to Henoko".
const EN_MOVED_TO = /^(?:['’]s)?(?:\s+(?:[Bb]ase|[Aa]ir [Ss]tation|[Aa]ir [Bb]ase|[Aa]irfield|[Ff]acility))?\s+(?:\([^()]{0,30}\)\s+)?(?:in\s+(?:[A-Z][\w’'-]*,?\s+){1,3})?(?:(?:from|in)\s+[^,;.()]{0,80}?\s+)?(?:(?:and|to)\s+(?:relocate|move|transfer|shift)\s+(?:its\s+)?(?:(?:operations|functions|units|base)\s+)?)?(?:to|relocation to|move to)\s+(?:the\s+)?(?:(?:less|more|densely|sparsely|populated|rural|remote|coastal|northern|northeastern|quieter)\s+){0,3}(?:[A-Z][\w’'-]*\s+){0,3}?(?:(?:[a-z]+\s+){0,3}(?:area|district|site|coast|zone|village|bay)\s+(?:of|in)\s+)?$/;

/** Is `to` where a move from `from` goes: 「普天間飛行場の辺野古への移設」, "move Futenma to Henoko"? */
function movedTo(text: string, from: Mention, to: Mention, lang: Lang): boolean {
  return lang === 'ja' ? JA_MOVED_FROM.test(text.slice(from.end, to.start)) && JA_MOVED_TO.test(text.slice(to.end, to.end + 24)) : EN_MOVED_TO.test(text.slice(from.end, to.start));
}

const replacementCache = new WeakMap<Dataset, Map<string, Entity>>();
const replacedAtCache = new WeakMap<Dataset, Map<string, Entity>>();

/** For each place, the one facility that replaces another and stands there (Henoko → the Futenma Replacement Facility). */
function replacedAt(dataset: Dataset): Map<string, Entity> {
  let index = replacedAtCache.get(dataset);
  if (index) return index;
  index = new Map();
  for (const facility of new Set(replacementOf(dataset).values())) {
    for (const f of facility.facts) {
      if (f.property !== 'location') continue;
      for (const v of scalars(f)) if (v.kind === 'entity') index.set(v.id, facility);
    }
  }
  replacedAtCache.set(dataset, index);
  return index;
}

/** For each place or facility, the one entity the dataset says `replaces` it. */
export function replacementOf(dataset: Dataset): Map<string, Entity> {
  let index = replacementCache.get(dataset);
  if (index) return index;
  index = new Map();
  for (const e of dataset.entities.values()) {
    for (const f of e.facts) {
      if (f.property !== 'replaces') continue;
      for (const v of scalars(f)) if (v.kind === 'entity') index.set(v.id, e);
    }
  }
  replacementCache.set(dataset, index);
  return index;
}

const EN_COMMAND_OVER = /^(?:\s*,[^,;:.]{0,40},)?\s+(?:has|holds|exercises|retains)\s+(?:operational\s+)?command(?:\s+authority)?\s+over\s+(?:the\s+)?$/;
const EN_SITE_OF_REPLACEMENT = /^(?:(?:\s+[\w-]+){0,5},\s+the\s+(?:planned\s+|future\s+|chosen\s+)?site\s+(?:of|for)\s+(?:a|the)\s+(?:new\s+)?(?:replacement\s+)?(?:facility|base|airfield)\s+(?:for|to replace)\s+(?:the\s+)?(?:U\.S\.\s+)?|\s+(?:is|as)\s+(?:the\s+)?only\s+(?:option|solution)\s+for\s+(?:the\s+)?)$/;
/** Before a place: where (in, at, off, of). */
const EN_IN_PLACE_BEFORE = /\b(?:in|at|off|of)\s+(?:the\s+)?$/;
/** Between a place and a facility's name: building it there (" to build the ", " to construct a new "). */
const EN_TO_BUILD_BETWEEN = /^\s+to\s+(?:build|construct)\s+(?:the|a)\s+(?:new\s+)?$/;
/** Before a place: building work there ("Landfill work is under way off the X district", "a new runway to be built in Okinawa's X district"). */
const EN_SITE_OF_WORK = /\b(?:reclamation|reclaimed\s+land|landfill|seawalls?|(?:new|replacement)\s+(?:[\w.’'-]+\s+){0,3}(?:base|air\s*base|air\s+station|airfield|runways?|heliport|facility))\b[^.;:]{0,60}?\b(?:off|in|at)\s+(?:the\s+)?(?:coast(?:line)?\s+of\s+|shores\s+of\s+)?(?:[A-Z][\w’'-]*['’]s\s+)?$/i;
// "the replacement facility in Okinawa for Futenma": where it stands may come first.
// "an alternative facility to Futenma": what it replaces, in other words.
// ("constructing replacement facilities of MCAS Futenma": of, and in the plural.)
const EN_REPLACEMENT_FOR = /\b(?:replacement|alternative|substitute)\s+(?:facility|facilities|base|site|airfield)\s+(?:(?:in|at|off|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+){1,3})?(?:for|to|of)\s+(?:the\s+)?(?:U\.S\.\s+)?(?:Marine\s+(?:Corps\s+)?)?(?:Air\s+Station\s+)?$/i;
/**
 * "a long-delayed air base to replace X", "The new air station, which would replace X", "to build a
 * new base to relocate the functions of X": a new facility told of by what it replaces.
 */
const EN_NEW_FACILITY_REPLACES = /\b(?:base|air\s*base|air\s+station|airfield|runways?|heliport|facility|reclamation|landfill)\b[^.;:]{0,60}?\b(?:(?:to|would|will|is\s+to|are\s+to|intended\s+to)\s+replace|to\s+(?:relocate|take\s+over)\s+the\s+functions\s+of|functions\s+now\s+(?:undertaken|performed)\s+by)\s+(?:the\s+)?(?:(?:controversial|current|existing|aging|ageing|crowded|busy|dangerous)\s+)?(?:U\.S\.\s+)?(?:Marine\s+Corps['’]?\s+)?(?:Air\s+Station\s+)?$/i;
/** Before a unit: 「隷下に」「傘下には」, and other units listed before it (「在韓米軍と」). */
const JA_UNDER_IT_BEFORE = /(?:傘下|指揮下|隷下|配下)に(?:は)?(?:[^、。「」]{1,12}[と、・])?$/;
/** After it: the rest of the list, then 「を置いている」「を持つ」. */
const JA_PUT_UNDER_AFTER = /^(?:[と、・][^、。「」]{1,12})?(?:など|等)?を(?:置|持|抱え|収め)/;
const JA_COMMAND_OF = /^の(?:作戦)?指揮(?:権)?は/;
const JA_COMMAND_BY = /^(?:司令部|司令官)?が(?:担|執)/;
const JA_IS_MEMBER_OF = /^(?:氏)?\s*(?:[（(][^（）()]{0,48}[）)])?\s*(?:は|も)、?\s*(?:日本の?)?$/;
/** A profile's line, 「・南雲憲一郎 - 航空自衛官」「南雲憲一郎(なぐも・けんいちろう)|第33期・航空自衛隊」: the name, a separator, the branch. */
/** After the branch: the person is one of its members (「航空自衛官。」「航空自衛隊のパイロットとして」). */
const JA_MEMBER_AFTER = /^(?:。|である|だ|で、|です|の(?:ベテラン|元|現役|戦闘機|輸送機)?(?:パイロット|操縦士|幹部|将官|隊員)(?:として|だった|である|です|で、|だ|。))/;
const JA_PROFILE_BRANCH = /^\s*(?:[（(][^（）()]{0,48}[）)])?\s*(?:[-－–—|｜:：]\s*)(?:第[0-9０-９]{1,3}期[・･]?)?$/;
/** After an organisation and a place: its head office ("the Ministry of Defense Ichigaya headquarters"). */
const EN_HEAD_OFFICE_AFTER = /^\s+(?:headquarters|HQ|compound|complex)\b/;
const EN_BUILDING_AFTER = /^\s+(?:building|compound|complex|headquarters|offices?)\b/i;
/** Japanese ranks and honorifics after a name: 「航空自衛隊の南雲憲一郎空将」 names the branch of a ranked member. */
const JA_RANK_AFTER = /^(?:空将補?|陸将補?|海将補?|[1-3１-３一二三][佐尉]|氏)/;
/**
 * Between a branch and a person: の (「航空自衛隊の南雲空将」), or one of its units and the unit's
 * title (「空自西部航空方面隊司令官・南雲空将」「…方面隊(春日市)の司令官に着任した南雲空将」): a unit's
 * commander is a member of its branch.
 */
const JA_BRANCH_THEN_MEMBER = /^(?:の|[\u4e00-\u9fff\u30a1-\u30fc]{2,14}(?:[（(][^（）()]{1,10}[）)])?の?(?:司令官|司令|隊長|団長|群司令)(?:・|の|に(?:着任|就任)した))$/;
/** After a person, the branch in brackets with the rank: 「南雲憲一郎(航空自衛隊・空将)」. */
const JA_BRACKET_BEFORE_BRANCH = /^\s*[（(]$/;
const JA_RANK_IN_BRACKET_AFTER = /^[・、\s]*(?:空将補?|陸将補?|海将補?)?[）)]/;
const EN_APPOSITIVE_MEMBER = /^,\s+(?:a|an|the)\s+(?:(?:former|retired|career|veteran|senior)\s+)?(?:Japan(?:ese)?\s+)?$/;
const EN_MEMBER_NOUN = /^\s+(?:officer|pilot|general|admiral|commander|veteran)\b/i;
/** A headcount's own counter at its end (「240人」「約240名」), not a rank or a share (「人員」 is no count). */
const JA_PERSONS_COUNTER = /[0-9０-９〇一二三四五六七八九十百千万]\s*(?:人|名)$/;
const EN_OF_BRANCH = /^\s+(?:of|from)\s+(?:the\s+)?(?:Japan(?:ese|['’]s)?\s+)?$/;
/** Between a date and a meeting's name: its joint statement or communiqué ("June 2024 Joint Statement of the"). */
const EN_STATEMENT_OF = /^\s+(?:[Jj]oint\s+)?(?:[Ss]tatement|[Cc]ommuniqu[eé]|[Dd]eclaration)\s+(?:of|from)\s+(?:the\s+)?$/;
// "Response to 2011 Tōhoku earthquake" (a page's caption drops the article); "Japan's 2022 Defense
// Buildup Program", "its 2022 …": whose it is, in place of the article.
/** A sentence (a title, a list's line) that is the year, then maybe a colon or a dash, then the event's name. */
const EN_YEAR_OPENS = /^\s*(?:[-*•]\s+)?((?:19|20)\d\d)(?:\s*[:：–—]\s*|\s+)$/;
const EN_YEAR_OPENS_REACH = 12;

/** The year that opens the sentence or the line of `m`, right before it ("2023 Noto Peninsula Earthquake" under a page's chrome). */
function yearOpening(text: string, sentence: SentenceRange, m: Mention): RegExpExecArray | null {
  const from = lineStartFrom(text, m.start, sentence.start);
  return m.start - from <= EN_YEAR_OPENS_REACH ? EN_YEAR_OPENS.exec(text.slice(from, m.start)) : null;
}
// ("English language information session, 2023 Ishikawa Noto Peninsula Earthquake": after a comma too.)
// (Not "Over fiscal 2023 to 2027 the Defense Buildup Plan": an article after the year opens another phrase.)
// ("Aid Work for 2024 Noto Peninsula Earthquake": a headline's preposition with no article; "in the “2024 Noto Peninsula Earthquake”": the name quoted.)
const EN_EVENT_YEAR_BEFORE = /(?:\bthe|\bto|\bof|\bafter|\bsince|\bfrom|\bduring|\bits|\bJapan['’]s|\bfor|\bby|\bwith|\babout|\bamid|\bfollowing|,|^)\s+["“‘]?((?:19|20)\d\d)\s+(?:(?!(?:the|a|an)\s)[a-z-]+\s+){0,2}$/i;
// "two-plus-two ministerial meeting in Tokyo on June 28": a word or two of what kind of meeting it was.
// '"Foreign and Defense Ministerial (2+2) Meeting" at the Iikura Guest House in Tokyo on July 28': the name's bracket and quote closed, two places.
// ("the Great East Japan Earthquake and subsequent tsunami of March 11, 2011": the tsunami it set off, dated with it;
// "the … Committee (“2+2”) Joint Statement of July 28, 2024": its statement, issued at it; "the Great East Japan Earthquake disaster in March 2011".)
/** Before a date written onto an event's name: an article or a preposition of time ("after the", "since the"), or the sentence's start. */
const EN_BEFORE_DATE_ONTO_NAME = /(?:^\s*|\b(?:the|after|since|following|during|before|of)\s+)$/i;
const EN_EVENT_DATE_AFTER = /^[)）]?\s*(?:\([^()]{1,12}\)\s+)?(?:(?:(?:[Mm]inisterial|[Bb]ilateral|[Ss]ecurity|[Dd]efen[cs]e|[Ll]eaders['’]?|[Ss]trategic)\s+){0,2}(?:[Mm]eeting|[Tt]alks|[Ss]ummit|[Ss]ession|[Cc]onference|[Dd]ialogue|[Jj]oint\s+[Ss]tatement)["”]?\s+)?(?:(?:held\s+)?(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*,?\s+){1,3}){0,2}(?:and\s+(?:the\s+)?(?:subsequent\s+|ensuing\s+|resulting\s+)?[Tt]sunami\s+|[Dd]isaster\s+)?(?:in|of|on)\s+$/;
/** "the powerful Noto Peninsula earthquake at the start of 2024": the part of a year it came in. */
const EN_PART_OF_YEAR_AFTER = /^\s+(?:at\s+the\s+(?:start|beginning|turn|end)\s+of|early\s+in|late\s+in)\s+$/;
/** Before a meeting's name: someone held or attended it ("held Japan-U.S.", "attended the"). */
const EN_HELD_BEFORE_EVENT = /\b(?:held|hosted|attended|convened|co-?chaired|chaired|took\s+part\s+in|participated\s+in)\s+(?:the\s+|a\s+)?(?:[A-Z][\w.]*[-–][A-Z][\w.]*\s+)?$/;
/** After it: its short name in brackets, who with and where, then "on"/"in" before the date. */
const EN_HELD_GAP = /^(?:\s*\([^()]{1,16}\))?(?:[\s,]+(?![\s,])|(?:with|and|in|on|at|of|the|his|her|their|counterparts?)\b|[A-Z][\w.’'-]*(?![\w.’'-]))*$/;
const EN_HELD_GAP_SPAN = 150;
/** 「2011年の東日本大震災」「平成23年東日本大震災」「平成23年(2011年)東北地方太平洋沖地震」 (a year glued to the name). */
// 「6月28日の日米2プラス2」: the parties' 日米 before a name that leaves them out.
/** Between a date and an event's short name in brackets: の, the long name (no clause), the bracket. */
// 「6月末にあった日米外務・防衛担当閣僚会合(2プラス2)」: a relative clause of when it was held, in place of の.
// 「6月の外務・防衛担当閣僚による安全保障協議委員会(2プラス2)」: who held it may stand before the long name.
const JA_DATE_THEN_NAME_BRACKET = /^(?:末)?(?:の|にあった|に行われた|に開かれた|に開催された)(?:日米)?(?:[\u4e00-\u9fff\u30a0-\u30ff・]{2,16}(?:による|の))?[\u4e00-\u9fff\u30a0-\u30ff・]{2,16}\s?[（(]\s?(?:日米)?[「『]?$/;
// (「平成23(2011)年3月11日午後2時46分「東日本大震災」発生」: the hour and minute of the day may come between;
// 「2024年石川県能登半島地震」: the prefecture it struck; 「2024年の幕開けに襲った能登半島地震」: when in the year.)
// (「令和6年元日の「令和6年能登半島地震」」: New Year's Day after the year; 「2024年1月1日、正月に発生した…地震」: the day, then when in the year.)
const JA_DATE_BEFORE_EVENT = /^[\s)）]*(?:末|元日|元旦)?(?:(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?(?:頃|ごろ)?)?(?:の|に発生した|に起きた|に発災した|にあった|に行われた|に開かれた|に開催された|(?:の[^。、「」\s]{1,4}|、(?:正月|元日|元旦|新年))?に(?:襲った|起きた|発生した)|、)?\s*(?:日米|[\u4e00-\u9fff]{2,3}県)?[「『]?$/;
/** 「3月10日にワシントンで開く日米首脳会談」「4月10日に予定されている首脳会談」: where, then held (or to be). */
// 「3月10日におこなわれた岸田文雄総理とジョー・バイデン米大統領との日米首脳会談」: who met, before the name, may stand between too.
const JA_DATE_PLACE_BEFORE_EVENT = /^に(?:[^\s、。「」]{1,8}?で)?(?:開く|開かれる|開かれた|開催する|開催される|開催された|(?:行|おこな)う|(?:行|おこな)われる|(?:行|おこな)われた|予定されている|予定される|予定の)(?:[^\s、。「」]{2,40}?(?:との|と|の))?(?:日米)?$/;
const MAX_DATE_PLACE_GAP = 60;

/** After an event's name: its verb of happening in the attributive form, right before a date (「が起きた」「の発生した」). */
const JA_EVENT_THEN_HAPPENED_DATE = /^[」』]?(?:が|の)(?:起きた|起こった|発生した|発災した|襲った)$/;
/** After an event's name, where may come between: 「…を東京都内で開き」「…が石川県で発生」. */
// (「2011年3月11日、東日本大震災時、米軍が…」: the event's time, set off by commas as the date is.)
const JA_EVENT_HELD_LATER = /^[」』]?(?:を[^、。「」]{0,16}?(?:開い|開き|開く|開催|行っ|行う|行い|実施)|が[^、。「」]{0,16}?(?:開か|行われ|開催|発生|起き|起こ)|に臨|(?:発生)?(?:時|の際|当時)[、,])/;
/** After an event's name: it was held or happened (「…に臨んだ」「…を行った」「…が開かれた」「…が発生」). */
const JA_EVENT_HELD_AFTER = /^(?:に臨|を行|を開|を実施|が行われ|が開か|が開催|が発生|が起き|が起こ)/;
/** Before a date that opens a sentence: nothing, or its topic (「石破首相は」「両首脳は、」), and 現地時間. */
const JA_TOPIC_BEFORE_DATE = /^\s*(?:[^、。「」]{1,24}は、?)?(?:現地時間)?$/;
/** After an event's name: a word for a piece of writing about it (「メモ」「まとめ」「雑感」「レポート」). */
const JA_WRITING_AFTER = /^[」』]?(?:メモ|ノート|まとめ|記録|日記|雑感|感想|所感|レポート|リポート|覚書|備忘録|ブログ)/;
/** After such a date: the time of day (「午前」「14時46分」), the other clock's day in brackets (「(日本時間11日)」), then a comma. */
const JA_AFTER_FRONTED_DATE = /^(?:午前|午後|夜|朝|未明|夕)?(?:[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?(?:頃|ごろ)?)?(?:[（(][^（）()]{0,12}[）)])?[、,]/;

/** A count of people in brackets after a name: the bracket (and a marker), the number, a unit, the bracket closed. */
const JA_COUNT_IN_BRACKETS = /^([」』]?\s*[（(]\s*)(?:約|およそ)?[0-9０-９,，]{1,7}\s*[人名](?:規模|体制)?\s*[）)]/;
const EN_COUNT_IN_BRACKETS = /^(\s*\(\s*)(?:about|around|roughly|some|approximately)?\s*[0-9,]{1,7}\s+(?:personnel|staff|staff members|people|members|troops)\s*\)/i;

const EN_OF_WHICH = /^\s*,\s*of which\s+$/;
const EN_IS_COMPONENT = /^\s+is\s+(?:a|one|the)\s+(?:(?:sub-unified|subordinate|key)\s+)?(?:component|part|subordinate command)\b/;
// "USFJ (Japanese: 在日米軍) is a subordinate unified command of": asides in brackets may come first.
const EN_COMPONENT_OF = /^(?:\s*\([^()]{0,60}\))*\s*(?:,\s*|\s+is\s+)(?:a|one of the|the)?\s*(?:(?:sub-unified|subordinate)\s+(?:unified\s+)?)?(?:component|(?:sub-unified|subordinate)\s+(?:unified\s+)?command)s?\s+of\s+(?:the\s+)?$/;
/** Between a body and one of its organs: 「の常設組織「」「の新たな機関」. */
const JA_ORGAN_OF = /^の(?:常設|新設の|新たな|新しい|特別|下部|内部|恒常的な)?(?:組織|機関)[「『]?$/;
const JA_TOPIC_AFTER = /^[」』）)]*(?:は|が)/;
const JA_UNDER = /^[」』）)]*を(?:その)?(?:傘下|隷下|指揮下)に(?:置|抱え|収め|持)/;

/** The superior named first: "X, of which Y is a component", 「XはYを傘下に置く」. */
function superiorFirst(text: string, superior: Mention, subordinate: Mention, lang: Lang): boolean {
  if (lang === 'en') return EN_OF_WHICH.test(text.slice(superior.end, subordinate.start)) && EN_IS_COMPONENT.test(text.slice(subordinate.end, subordinate.end + 60));
  const between = text.slice(superior.end, subordinate.start);
  return JA_TOPIC_AFTER.test(between) && !/[。]/.test(between) && between.length <= 40 && JA_UNDER.test(text.slice(subordinate.end, subordinate.end + 12));
}

/** The most specific place of a chain that starts at `k`: "Ichigaya, Tokyo" → Ichigaya; "Tokyo's Ichigaya", 「東京・市谷」 → Ichigaya. */
/** The places written as one from `mentions[k]` on: "Tokyo's Ichigaya", 「東京・市ヶ谷」. */
export function placeChain(text: string, mentions: Mention[], k: number, dataset: Dataset): Mention[] {
  const chain = [mentions[k]!];
  for (let j = k + 1; j < mentions.length; j++) {
    const next = mentions[j]!;
    if (dataset.entities.get(next.entity)?.type !== 'place' || !placeJoint(text, chain[chain.length - 1]!.end, next.start)) break;
    chain.push(next);
  }
  return chain;
}

function specificPlace(text: string, mentions: Mention[], k: number, dataset: Dataset, owner?: Entity, property = ''): Mention {
  const place = placeOfChain(placeChain(text, mentions, k, dataset), owner, property, dataset);
  // "in the Ichigaya district of Shinjuku Ward, Henoko": a wrong region after the right place.
  return wrongRegionAfter(text, place, mentions, owner, property, dataset) ?? place;
}

export function implicitClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: Lang, values: () => ParsedValue[]): ImplicitClaim[] {
  const out: ImplicitClaim[] = [];
  const branches = serviceBranches(dataset);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const entity = dataset.entities.get(m.entity);
    // The next name of another entity ("Ministry of Defense (MOD) in …": MOD is the same one).
    let n = k + 1;
    while (n < mentions.length && mentions[n]!.entity === m.entity) n++;
    const next = mentions[n];
    const nextEntity = next && dataset.entities.get(next.entity);
    // Organisation, then place.
    if (lang === 'en' && next && hasFacts(entity, ['headquarters']) && nextEntity?.type === 'place' && EN_PLACE_AFTER_ORG.test(text.slice(m.end, next.start))) {
      out.push({ entity, property: 'headquarters', found: specificPlace(text, mentions, n, dataset, entity, 'headquarters') });
    }
    // A facility, then where it is: "the Futenma Replacement Facility in Henoko", 「辺野古の普天間飛行場代替施設」.
    if (lang === 'en' && next && entity?.type === 'place' && hasFacts(entity, ['location']) && nextEntity?.type === 'place' && EN_FACILITY_IN.test(text.slice(m.end, next.start))) {
      out.push({ entity, property: 'location', found: specificPlace(text, mentions, n, dataset, entity, 'location') });
    }
    if (lang === 'ja' && next && entity?.type === 'place' && nextEntity?.type === 'place' && hasFacts(nextEntity, ['location']) && /^の$/.test(text.slice(m.end, next.start))) {
      out.push({ entity: nextEntity, property: 'location', found: m });
    }
    // 「「統合作戦司令部」(約240人)」, "the JJOC (about 240 personnel)": a headcount in brackets right after the organisation.
    if (entity?.type === 'organization' && hasFacts(entity, ['personnel'])) {
      const open = (lang === 'ja' ? JA_COUNT_IN_BRACKETS : EN_COUNT_IN_BRACKETS).exec(text.slice(m.end, m.end + 40));
      const count = open && values().find((v) => v.value.kind === 'quantity' && v.start === m.end + open[1]!.length && (v.value.unit === 'persons' || v.value.unit === undefined));
      if (count) out.push({ entity, property: 'personnel', found: count });
    }
    // 「…をトップとする240人の司令部」: a headcount right before the organisation, joined by の (Japanese only: "240 personnel of" is no such thing).
    if (lang === 'ja' && entity?.type === 'organization' && hasFacts(entity, ['personnel']) && text[m.start - 1] === 'の') {
      const count = values().find((v) => v.value.kind === 'quantity' && v.value.unit === 'persons' && v.end === m.start - 1 && JA_PERSONS_COUNTER.test(text.slice(v.start, v.end)));
      if (count) out.push({ entity, property: 'personnel', found: count });
    }
    // 「防衛省（東京都新宿区市谷本村町）」: an address in brackets right after the organisation.
    // The most specific of the places inside the brackets (「東京都新宿区市谷」: 市谷), never one after them.
    const rest = lang === 'ja' && next && hasFacts(entity, ['headquarters']) && nextEntity?.type === 'place' && JA_ADDRESS_OPEN.test(text.slice(m.end, next.start)) ? JA_ADDRESS_REST.exec(text.slice(next.end, next.end + 24)) : null;
    if (rest) {
      const close = next!.end + rest[0].length;
      const inside = mentions.slice(n).filter((p) => p.end <= close && dataset.entities.get(p.entity)?.type === 'place');
      out.push({ entity: entity!, property: 'headquarters', found: placeOfChain(inside, entity, 'headquarters', dataset) });
    }
    // 「防衛省で、…初となる、日米防衛相会談を開催する」: where a named meeting is held, the place marked で before it.
    if (lang === 'ja' && entity?.type === 'event' && hasFacts(entity, ['location']) && JA_HELD.test(text.slice(m.end, m.end + 8))) {
      // The nearest place or organisation before it (a person in the modifier is no site).
      const at = mentions.slice(0, k).reverse().find((y) => y.start >= sentence.start && m.start - y.end <= 80 && ['place', 'organization'].includes(dataset.entities.get(y.entity)?.type ?? ''));
      if (at && JA_HELD_AT.test(text.slice(at.end, m.start))) out.push({ entity, property: 'location', found: at });
    }
    // Place, then の, then organisation.
    if (lang === 'ja' && next && entity?.type === 'place' && hasFacts(nextEntity, ['headquarters']) && JA_PLACE_BEFORE_ORG.test(text.slice(m.end, next.start))) {
      // 「ハワイ新宿区市ヶ谷本村町にある防衛省」: the address's chain from its first place, whose region may not hold the rest.
      let first = k;
      while (first > 0 && dataset.entities.get(mentions[first - 1]!.entity)?.type === 'place' && placeJoint(text, mentions[first - 1]!.end, mentions[first]!.start)) first--;
      out.push({ entity: nextEntity!, property: 'headquarters', found: first < k ? specificPlace(text, mentions, first, dataset, nextEntity, 'headquarters') : m });
    }
    if (lang === 'ja' && next && hasFacts(entity, ['headquarters']) && nextEntity?.type === 'place' && JA_ORG_SAME_PLACE.test(text.slice(m.end, next.start))) {
      out.push({ entity, property: 'headquarters', found: specificPlace(text, mentions, n, dataset, entity, 'headquarters') });
    }
    if (lang === 'ja' && next && hasFacts(entity, ['headquarters']) && nextEntity?.type === 'place' && JA_ORG_DOT_PLACE.test(text.slice(m.end, next.start)) && JA_SITE_WORD_AFTER.test(text.slice(next.end, next.end + 2))) {
      out.push({ entity, property: 'headquarters', found: next });
    }
    // 「防衛省のある東京・市谷」「防衛省がある市ケ谷駐屯地」: the place where the organisation is.
    if (lang === 'ja' && next && hasFacts(entity, ['headquarters']) && nextEntity?.type === 'place' && JA_ORG_IS_AT.test(text.slice(m.end, next.start))) {
      out.push({ entity, property: 'headquarters', found: specificPlace(text, mentions, n, dataset, entity, 'headquarters') });
    }
    // 「防衛省本省ならびに統合幕僚監部や陸海空の各幕僚監部がある市ヶ谷地区」: the first of a list of bodies the place has.
    if (lang === 'ja' && next && hasFacts(entity, ['headquarters']) && nextEntity?.type !== 'place') {
      const place = mentions.slice(k + 1).find((o) => o.start - m.end <= MAX_ORG_LIST && dataset.entities.get(o.entity)?.type === 'place');
      if (place && JA_ORG_LIST_IS_AT.test(text.slice(m.end, place.start))) out.push({ entity, property: 'headquarters', found: specificPlace(text, mentions, mentions.indexOf(place), dataset, entity, 'headquarters') });
    }
    // "the Ministry of Defense Ichigaya headquarters": a place between an organisation and its head office
    // (not "its Okinawa office": a regional one).
    if (lang === 'en' && next && hasFacts(entity, ['headquarters']) && nextEntity?.type === 'place' && /^\s$/.test(text.slice(m.end, next.start)) && EN_HEAD_OFFICE_AFTER.test(text.slice(next.end, next.end + 14))) {
      out.push({ entity, property: 'headquarters', found: next });
    }
    // "the Ichigaya Defense Ministry building": a place right before an organisation's building.
    if (lang === 'en' && next && entity?.type === 'place' && hasFacts(nextEntity, ['headquarters']) && /^\s$/.test(text.slice(m.end, next.start)) && EN_BUILDING_AFTER.test(text.slice(next.end, next.end + 14))) {
      out.push({ entity: nextEntity, property: 'headquarters', found: m });
    }
    // "Lt. Gen. X, a former Air Self-Defense Force officer": the person's branch.
    if (lang === 'en' && next && branches.has(next.entity) && hasFacts(entity, ['service']) && EN_APPOSITIVE_MEMBER.test(text.slice(m.end, next.start)) && EN_MEMBER_NOUN.test(text.slice(next.end, next.end + 12))) {
      out.push({ entity, property: 'service', found: next });
    }
    // Service branch, rank, person; person "of" or "from" service branch ("Gen. Nagumo of the Air Self-Defense Force", "Lt. Gen. X from the Air Self-Defense Force").
    if (lang === 'en' && next && branches.has(m.entity) && hasFacts(nextEntity, ['service']) && EN_RANK.test(text.slice(m.end, next.start))) {
      out.push({ entity: nextEntity, property: 'service', found: m });
    }
    if (lang === 'en' && next && branches.has(next.entity) && hasFacts(entity, ['service']) && EN_OF_BRANCH.test(text.slice(m.end, next.start))) {
      out.push({ entity, property: 'service', found: next });
    }
    // "Kazuki Yano of the Maritime Staff Office": a person's affiliation.
    else if (lang === 'en' && next && entity?.type === 'person' && nextEntity?.type === 'organization' && hasFacts(entity, ['affiliation']) && EN_OF_BRANCH.test(text.slice(m.end, next.start))) {
      out.push({ entity, property: 'affiliation', found: next });
    }
    // 「南雲憲一郎（…）は、日本の航空自衛官。」「…氏は、航空自衛隊のベテランパイロットとして」: a person described as a member of a branch.
    if (lang === 'ja' && next && branches.has(next.entity) && hasFacts(entity, ['service']) && JA_IS_MEMBER_OF.test(text.slice(m.end, next.start)) && JA_MEMBER_AFTER.test(text.slice(next.end, next.end + 16))) {
      out.push({ entity, property: 'service', found: next });
    }
    if (lang === 'ja' && next && branches.has(next.entity) && hasFacts(entity, ['service']) && JA_PROFILE_BRANCH.test(text.slice(m.end, next.start)) && /^(?:[。、|｜\s]|$)/.test(text.slice(next.end, next.end + 1))) {
      out.push({ entity, property: 'service', found: next });
    }
    if (lang === 'ja' && next && branches.has(m.entity) && hasFacts(nextEntity, ['service']) && JA_BRANCH_THEN_MEMBER.test(text.slice(m.end, next.start)) && JA_RANK_AFTER.test(text.slice(next.end, next.end + 3))) {
      out.push({ entity: nextEntity, property: 'service', found: m });
    }
    if (lang === 'ja' && next && branches.has(next.entity) && hasFacts(entity, ['service']) && JA_BRACKET_BEFORE_BRANCH.test(text.slice(m.end, next.start)) && JA_RANK_IN_BRACKET_AFTER.test(text.slice(next.end, next.end + 6))) {
      out.push({ entity, property: 'service', found: next });
    }
    // A command and what it commands, said from the superior's side: "INDOPACOM, of which USFJ
    // is a component", 「インド太平洋軍は…在日米軍を傘下に置く」 (the subordinate reports to it).
    if (entity?.type === 'organization') {
      // In Japanese other names may stand between them (「…はハワイに司令部があり、…を傘下に置く」).
      const subordinate = lang === 'ja' ? mentions.slice(n).find((y) => y.entity !== m.entity && hasFacts(dataset.entities.get(y.entity), ['reportsTo']) && superiorFirst(text, m, y, lang)) : next && hasFacts(nextEntity, ['reportsTo']) && superiorFirst(text, m, next, lang) ? next : undefined;
      const sub = subordinate && dataset.entities.get(subordinate.entity);
      if (sub) out.push({ entity: sub, property: 'reportsTo', found: m });
    }
    // 「防衛省の常設組織「統合作戦司令部」」: a body named as an organisation of another is under it.
    if (lang === 'ja' && next && entity?.type === 'organization' && hasFacts(nextEntity, ['reportsTo']) && JA_ORGAN_OF.test(text.slice(m.end, next.start))) {
      out.push({ entity: nextEntity!, property: 'reportsTo', found: m });
    }
    // 「防衛省 統合作戦司令部は…を公表した」: a release's issuer written as its parent and itself, opening the sentence.
    if (lang === 'ja' && next && entity?.type === 'organization' && hasFacts(nextEntity, ['reportsTo']) && /^[ \u3000]$/.test(text.slice(m.end, next.start)) && /^\s*$/.test(text.slice(sentence.start, m.start)) && /^[はが]/.test(text.slice(next.end, next.end + 1))) {
      out.push({ entity: nextEntity!, property: 'reportsTo', found: m });
    }
    // 「在日米軍を傘下に持つ米インド太平洋軍」: a relative clause on the superior, the subordinate first.
    if (lang === 'ja' && next && hasFacts(entity, ['reportsTo']) && nextEntity?.type === 'organization' && JA_HAS_UNDER.test(text.slice(m.end, next.start))) {
      out.push({ entity, property: 'reportsTo', found: next });
    }
    // 「Xは、…として隷下に在韓米軍と在日米軍などを置いている」: the topic has the named units under it.
    if (lang === 'ja' && hasFacts(entity, ['reportsTo']) && JA_UNDER_IT_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start)) && JA_PUT_UNDER_AFTER.test(text.slice(m.end, m.end + 24))) {
      const topic = mentions.find((t) => t.start < m.start && t.start - sentence.start <= 24 && /^は/.test(text.slice(t.end, t.end + 1)) && dataset.entities.get(t.entity)?.type === 'organization');
      if (topic && topic.entity !== m.entity) out.push({ entity: entity!, property: 'reportsTo', found: topic });
    }
    // 「在日米軍の指揮は、これまでハワイにあるインド太平洋軍司令部が担っており」: who commands it.
    if (lang === 'ja' && hasFacts(entity, ['reportsTo']) && JA_COMMAND_OF.test(text.slice(m.end, m.end + 10))) {
      const by = mentions.slice(n).find((y) => y.start - m.end <= 60 && dataset.entities.get(y.entity)?.type === 'organization' && JA_COMMAND_BY.test(text.slice(y.end, y.end + 8)) && !/[。]/.test(text.slice(m.end, y.start)));
      if (by) out.push({ entity, property: 'reportsTo', found: by });
    }
    // 「普天間基地の辺野古移設」「普天間飛行場（宜野湾市）の名護市辺野古への県内移設」, "the relocation of
    // Futenma to Henoko": where the facility that replaces it stands.
    const replacement = replacementOf(dataset).get(m.entity);
    if (replacement && hasFacts(replacement, ['location'])) {
      const place = mentions.slice(n).find((y) => y.start - m.end <= (lang === 'en' ? 140 : 48) && dataset.entities.get(y.entity)?.type === 'place' && movedTo(text, m, y, lang));
      if (place) out.push({ entity: replacement, property: 'location', found: specificPlace(text, mentions, mentions.indexOf(place), dataset, replacement, 'location') });
    }
    // "the U.S. Indo-Pacific Command, based in Hawaii, has command authority over U.S. Forces Japan": the superior first.
    if (lang === 'en' && entity?.type === 'organization') {
      const under = mentions.slice(n).find((y) => y.start - m.end <= 80 && hasFacts(dataset.entities.get(y.entity), ['reportsTo']) && EN_COMMAND_OVER.test(text.slice(m.end, y.start)));
      const sub = under && dataset.entities.get(under.entity);
      if (sub && sub !== entity) out.push({ entity: sub, property: 'reportsTo', found: m });
    }
    // "in the Henoko coastal district of Nago, the planned site of a replacement facility for … Futenma".
    if (lang === 'en' && entity?.type === 'place') {
      const replaced = mentions.slice(n).find((y) => y.start - m.end <= 120 && replacementOf(dataset).has(y.entity) && EN_SITE_OF_REPLACEMENT.test(text.slice(m.end, y.start)));
      const by = replaced && replacementOf(dataset).get(replaced.entity);
      if (by && hasFacts(by, ['location'])) out.push({ entity: by, property: 'location', found: m });
    }
    // "Reclamation work continues off the X district of Nago … to build a new base to relocate the
    // functions of … Futenma": the site of the work for the facility that replaces a place the sentence names.
    if (lang === 'en' && entity?.type === 'place' && !replacement && !replacedAt(dataset).has(m.entity) && EN_SITE_OF_WORK.test(text.slice(Math.max(sentence.start, m.start - 100), m.start))) {
      const replaced = mentions.find((o) => o !== m && replacementOf(dataset).has(o.entity));
      const by = replaced && replacementOf(dataset).get(replaced.entity);
      if (by && hasFacts(by, ['location']) && by.id !== m.entity) out.push({ entity: by, property: 'location', found: m });
    }
    // "the work being undertaken in a coastal area of Henoko to build the Futenma replacement facility": the place a
    // facility is built at, named right before it.
    if (lang === 'en' && entity?.type === 'place' && next && EN_IN_PLACE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 8), m.start)) && EN_TO_BUILD_BETWEEN.test(text.slice(m.end, next.start))) {
      // (A facility that replaces another and stands somewhere on record; not one whose own place follows: "… to build the FRF in Henoko".)
      if (nextEntity && !/^\s+(?:in|at|off)\s/.test(text.slice(next.end, next.end + 6)) && hasFacts(nextEntity, ['replaces']) && hasFacts(nextEntity, ['location']) && nextEntity.id !== m.entity) out.push({ entity: nextEntity, property: 'location', found: m });
    }
    // "the replacement facility for MCAS Futenma in Henoko": where the replacement stands.
    if (lang === 'en' && replacement && hasFacts(replacement, ['location']) && EN_REPLACEMENT_FOR.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) && next && nextEntity?.type === 'place' && /^\s+in\s+(?:the\s+)?$/.test(text.slice(m.end, next.start))) {
      out.push({ entity: replacement, property: 'location', found: specificPlace(text, mentions, n, dataset, replacement, 'location') });
    }
    // 「ハワイ(…)の辺野古への移設」, "moving X to Henoko": a move to where a replacement facility stands,
    // from another place than the one it replaces.
    if (entity?.type === 'place' && !replacement && !replacedAt(dataset).has(m.entity)) {
      const to = mentions.slice(n).find((y) => y.start - m.end <= 48 && replacedAt(dataset).has(y.entity) && movedTo(text, m, y, lang));
      const facility = to && replacedAt(dataset).get(to.entity);
      if (facility && facility.id !== m.entity) out.push({ entity: facility, property: 'replaces', found: m });
    }
    // 「普天間飛行場の代替施設として、名護市辺野古の…に建設」「…の移転先として国が埋め立てを行っている名護市辺野古」: the replacement of one place, built at another.
    if (lang === 'ja' && entity?.type === 'place') {
      const as = JA_REPLACEMENT_AS.exec(text.slice(m.end, m.end + 16));
      // The most specific of the places there (「沖縄県名護市辺野古」: 辺野古).
      const places = as ? mentions.slice(n).filter((y) => y.start >= m.end + as[0].length && y.start - (m.end + as[0].length) <= 30 && dataset.entities.get(y.entity)?.type === 'place' && !/[、。]/.test(text.slice(m.end + as[0].length, y.start))) : [];
      const site = places.length > 0 ? placeOfChain(places, replacement, 'location', dataset) : undefined;
      if (site && replacement && hasFacts(replacement, ['location']) && replacement.id !== site.entity) out.push({ entity: replacement, property: 'location', found: site });
      const facility = site && !replacement && !replacedAt(dataset).has(m.entity) ? replacedAt(dataset).get(site.entity) : undefined;
      if (facility && facility.id !== m.entity) out.push({ entity: facility, property: 'replaces', found: m });
    }
    // "replacing Marine Corps Air Station Futenma, a sprawling base …, with a new facility in the rural Henoko district": the new facility's site.
    if (lang === 'en' && entity?.type === 'place' && EN_REPLACING_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start))) {
      const site = mentions.slice(n).find((y) => y.start - m.end <= 160 && dataset.entities.get(y.entity)?.type === 'place' && EN_WITH_NEW_FACILITY.test(text.slice(m.end, y.start)));
      if (site && replacement && hasFacts(replacement, ['location']) && replacement.id !== site.entity) out.push({ entity: replacement, property: 'location', found: site });
      const facility = site && !replacement && !replacedAt(dataset).has(m.entity) ? replacedAt(dataset).get(site.entity) : undefined;
      if (facility && facility.id !== m.entity) out.push({ entity: facility, property: 'replaces', found: m });
    }
    // 「普天間飛行場の代替施設の本体工事費」: what the one replacement facility the dataset knows replaces.
    // 「辺野古は普天間基地(同県宜野湾市)の代替とされていますが」: the site as the topic, then the place it stands in for, a gloss between.
    const siteTopic = () => JA_STANDS_IN_FOR.test(text.slice(m.end, m.end + 24)) && mentions.slice(0, n).some((y) => y.start >= sentence.start && replacedAt(dataset).has(y.entity) && /^[」』]?は/.test(text.slice(y.end, y.end + 2)));
    if (lang === 'ja' && entity?.type === 'place' && !replacement && !replacedAt(dataset).has(m.entity) && (JA_REPLACEMENT_OF.test(text.slice(m.end, m.end + 10)) || siteTopic())) {
      const facilities = new Set(replacementOf(dataset).values());
      const [only] = facilities;
      if (facilities.size === 1 && only && only.id !== m.entity) out.push({ entity: only, property: 'replaces', found: m });
    }
    // "the replacement facility for <place>": what the one replacement facility the dataset knows replaces.
    // "a new air base to replace <place>": likewise, in a sentence that names where that facility stands.
    const newFacility = () => EN_NEW_FACILITY_REPLACES.test(text.slice(Math.max(sentence.start, m.start - 120), m.start)) && mentions.some((o) => o !== m && [...replacementOf(dataset).values()].some((f) => f.id === o.entity || f.facts.some((x) => x.property === 'location' && scalars(x).some((v) => v.kind === 'entity' && v.id === o.entity))));
    if (lang === 'en' && entity?.type === 'place' && !replacement && (EN_REPLACEMENT_FOR.test(text.slice(Math.max(sentence.start, m.start - 80), m.start)) || newFacility())) {
      const facilities = new Set(replacementOf(dataset).values());
      const [only] = facilities;
      if (facilities.size === 1 && only && only.id !== m.entity) out.push({ entity: only, property: 'replaces', found: m });
    }
    // "USFJ, a component of INDOPACOM": the subordinate first.
    if (lang === 'en' && next && hasFacts(entity, ['reportsTo']) && nextEntity?.type === 'organization' && EN_COMPONENT_OF.test(text.slice(m.end, next.start))) {
      out.push({ entity, property: 'reportsTo', found: next });
    }
    // An event and its date; a document and when it was published ("the Defense Buildup Program
    // in 2022,", "the 2022 Defense Buildup Program", 「2022年の安保3文書」).
    if (entity?.type === 'event' && hasFacts(entity, ['date'])) {
      const date = eventDate(text, sentence, m, values(), lang, entity);
      // "the 2007 Noto Peninsula earthquake": a year far from the event's names another of its name (a recurring quake, meeting or summit).
      if (date && !yearsApart(date, entity)) out.push({ entity, property: 'date', found: date, ...(lang === 'ja' && date.end <= m.start && /^\s*の\s*$/.test(text.slice(date.end, m.start)) ? { presupposed: true } : {}) });
    }
    // (「2026年の安保3文書改定」, "revising the Defense Buildup Plan in 2026": the year of its revision, not of the document.)
    if (entity?.type === 'document' && hasFacts(entity, ['published']) && !documentRevised(text, sentence.start, m)) {
      const date = eventDate(text, sentence, m, values(), lang, entity);
      // 「防衛力整備計画 (2023)により」: a bare year in brackets after a Japanese name labels its edition (its first fiscal year), not its adoption.
      const edition = date !== undefined && lang === 'ja' && /^[0-9０-９]{4}$/.test(date.text) && /^\s?[（(]$/.test(text.slice(m.end, date.start));
      if (date && !edition) out.push({ entity, property: 'published', found: date });
    }
    // 「指揮権はインド太平洋軍に残しつつ、…在日米軍の司令部の権限を強化」: the one whose powers grow while
    // command stays where it was still answers to it.
    // 「米政府はインド太平洋軍に指揮統制権を残す一方、在日米軍の司令部機能を強化する」: the same, the command named after.
    if (lang === 'ja' && entity?.type === 'organization' && ((JA_COMMAND_STAYS_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 14), m.start)) && JA_STAYS_WITH.test(text.slice(m.end, m.end + 12))) || JA_COMMAND_LEFT_WITH.test(text.slice(m.end, m.end + 16)))) {
      const comma = text.slice(m.end, sentence.end).indexOf('、');
      const clauseEnd = m.end + comma;
      const other = comma < 0 ? undefined : mentions.find((o) => o.start > clauseEnd && o.entity !== m.entity && hasFacts(dataset.entities.get(o.entity), ['reportsTo']));
      if (other && JA_POWERS_AFTER.test(text.slice(other.end, Math.min(sentence.end, other.end + 60)))) out.push({ entity: dataset.entities.get(other.entity)!, property: 'reportsTo', found: m });
    }
  }
  // "USFJ will command the Ground Component Command, the Self Defense Fleet, …": each unit reports to the subject.
  for (const c of lang === 'en' ? commandedUnitsEn(text, sentence, mentions, dataset) : commandedUnitsJa(text, sentence, mentions, dataset)) out.push({ entity: dataset.entities.get(c.unit.entity)!, property: 'reportsTo', found: c.superior });
  return out;
}

/** 「指揮権は(今のように)」 right before the organisation that keeps it. */
const JA_COMMAND_STAYS_BEFORE = /(?:作戦)?指揮権は(?:今の(?:よう|とおり)に|引き続き|従来(?:通り|どおり)に?)?$/;
/** 「…に残しつつ」「に残しておくが」: command stays with it. */
const JA_STAYS_WITH = /^に残(?:し|す|して|したまま|しておく|しつつ)/;
/** 「に指揮統制権を残す」「に作戦指揮権を残しつつ」: command left with it. */
const JA_COMMAND_LEFT_WITH = /^に(?:作戦)?指揮(?:統制)?権を残(?:し|す)/;
/** After the other organisation: its powers are what change (「に…権限を与える」「の司令部の権限を強化」「の司令部機能を強化」). */
const JA_POWERS_AFTER = /^[^。]{0,50}(?:権限|司令部機能)/;

/** Is `date` more than a year from every date the dataset gives `event`? */
function yearsApart(date: ParsedValue, event: Entity): boolean {
  if (date.value.kind !== 'date' || date.value.yearless) return false;
  const year = date.value.year;
  const known = eventYears(event);
  return known.length > 0 && known.every((y) => Math.abs(y - year) > 1);
}

/** After an event's name: a span counted from it (「の発生から1年」「から半年」「以来3年」). */
// (The count and whether it is of years, read by anniversaryDay: 「から6年」「以来十年」.)
const JA_COUNTED_FROM_EVENT_AFTER = /^[」』]?(?:の(?:発生|発災|発足|開催))?(?:から|以来)(?:約|およそ|で|、)?([0-9０-９一二三四五六七八九十数半]+)(年)?/;

/** Is `date` the day a span after the event reaches (its year the event's plus the years told)? */
function anniversaryDay(after: string, date: ParsedValue, event: Entity): boolean {
  const span = JA_COUNTED_FROM_EVENT_AFTER.exec(after);
  // (The value reader's own parseNumber reads 「６」「十二」「二十」; 「十数年」 is no number.)
  const years = span?.[2] ? parseNumber(span[1]!) : undefined;
  return years !== undefined && date.value.kind === 'date' && eventYears(event).includes(date.value.year - years);
}

function eventDate(text: string, sentence: SentenceRange, m: Mention, values: ParsedValue[], lang: Lang, event: Entity): ParsedValue | undefined {
  const dates = values.filter((v) => v.value.kind === 'date');
  // 「東日本大震災（2011年）」, "the Great East Japan Earthquake (2011)": a date in brackets right after the name.
  // 「日米首脳会談 (現地時間2月7日)」: the local day is the event's (Japan's clock may be a day on).
  // "the three national security documents (announced in December 2022)": when a document was made public, in brackets.
  const bracketed = dates.find((v) => v.start > m.end && /^[」』]?\s?[（(](?:現地時間|local time,?\s|(?:announced|published|released|adopted|approved|issued)\s+(?:in|on)\s)?$/.test(text.slice(m.end, v.start)) && /^[）)]/.test(text.slice(v.end, v.end + 1)));
  if (bracketed) return bracketed;
  if (lang === 'ja') {
    // 「東日本大震災が起きた2011年3月から今年2月までの2年間」: the date the event's clause of happening modifies is its own.
    const happened = dates.find((v) => v.start > m.end && v.start - m.end <= 8 && JA_EVENT_THEN_HAPPENED_DATE.test(text.slice(m.end, v.start)));
    if (happened) return happened;
    // 「2012年3月11日　東日本大震災の発生から1年」: an event a span is counted from is not dated by the day the span reaches.
    // (But 「2011年3月11日の東日本大震災から6年」: a date joined to the name by の is the event's own; a far year is another's, below.)
    // (Not the anniversary's own day: 「2012年3月11日の東日本大震災から1年の追悼式」 is a year on from 2011.)
    if (JA_COUNTED_FROM_EVENT_AFTER.test(text.slice(m.end, m.end + 16))) return dates.find((v) => v.end === m.start - 1 && text[v.end] === 'の' && !anniversaryDay(text.slice(m.end, m.end + 16), v, event));
    // 「2024年1月1日、能登半島地震が発生」; but 「2025年1月6日、令和6年能登半島地震の犠牲者を追悼する式典を実施」:
    // a date set off by a comma dates the event only when the event is what happened or was held (or the comma is
    // the date's, before the verb of what happened: 「2024年1月1日、正月に発生した令和6年能登半島地震は」).
    const glued = dates.find((v) => v.end <= m.start && m.start - v.end <= 9 && JA_DATE_BEFORE_EVENT.test(text.slice(v.end, m.start)) && (!/、/.test(text.slice(v.end, m.start)) || /(?:発生し|起き|起こっ|襲っ)た$/.test(text.slice(v.end, m.start)) || JA_EVENT_HELD_LATER.test(text.slice(m.end, m.end + 24))));
    if (glued) return glued;
    // 「3月10日に日米首脳会談」 (a headline), 「4月10日に日米首脳会談を行う」: に, then the event held or nothing more.
    const placed = dates.find((v) => v.end <= m.start && m.start - v.end <= MAX_DATE_PLACE_GAP && (JA_DATE_PLACE_BEFORE_EVENT.test(text.slice(v.end, m.start)) || (/^に(?:日米)?$/.test(text.slice(v.end, m.start)) && (JA_EVENT_HELD_LATER.test(text.slice(m.end, m.end + 24)) || /^[ \u3000]/.test(text.slice(m.end, m.end + 1)) || m.end === sentence.end))));
    if (placed) return placed;
    // 「昨年6月の安全保障協議委員会(2プラス2)で」: the name the date is written onto, then the event's short name in brackets.
    const named = dates.find((v) => v.end <= m.start && m.start - v.end <= 24 && JA_DATE_THEN_NAME_BRACKET.test(text.slice(v.end, m.start)));
    if (named) return named;
    // 「日米首脳会談 指揮・統制を向上 …(2024年4月10日)」: a headline that opens with the event's name and
    // closes with a full date in brackets, the only date in it.
    // (Not 「日米防衛相会談メモ（2025/04/02）」: a note or a report on the meeting, dated when it was written.)
    const closing = m.start - sentence.start <= 2 && dates.length === 1 && !JA_WRITING_AFTER.test(text.slice(m.end, m.end + 4)) ? dates.find((v) => v.value.kind === 'date' && !v.value.yearless && /[（(]/.test(text[v.start - 1] ?? '') && /^[)）]\s*$/.test(text.slice(v.end, sentence.end))) : undefined;
    if (closing) return closing;
    // 「石破首相は現地時間7日午前、ホワイトハウスで…日米首脳会談に臨んだ」: the date that opens the sentence dates the meeting it holds.
    if (!JA_EVENT_HELD_AFTER.test(text.slice(m.end, m.end + 4))) return undefined;
    const opening = dates.find((v) => v.end <= m.start && JA_TOPIC_BEFORE_DATE.test(text.slice(sentence.start, v.start)) && JA_AFTER_FRONTED_DATE.test(text.slice(v.end, v.end + 24)));
    // Another date between is another event's; not the other clock's day in brackets right after it.
    const after = opening ? opening.end + JA_AFTER_FRONTED_DATE.exec(text.slice(opening.end, opening.end + 24))![0].length : 0;
    return opening && !dates.some((o) => o !== opening && o.start >= after && o.end <= m.start) && !/。/.test(text.slice(opening.end, m.start)) ? opening : undefined;
  }
  // "Two years after the January 1, 2024, Noto Peninsula Earthquake": a full date written onto the name, right before it.
  const onto = dates.find((v) => v.end <= m.start && v.value.kind === 'date' && !v.value.yearless && v.value.precision === 'day' && /^,?\s+$/.test(text.slice(v.end, m.start)) && EN_BEFORE_DATE_ONTO_NAME.test(text.slice(Math.max(sentence.start, v.start - 16), v.start)));
  if (onto) return onto;
  // "the 2+2 on July 28", "the … Committee meeting on July 28, 2024", "the … Committee (SCC) in Tokyo, Japan, on July 28".
  const after = dates.find((v) => v.start >= m.end && v.start - m.end <= 80 && (EN_EVENT_DATE_AFTER.test(text.slice(m.end, v.start)) || EN_PART_OF_YEAR_AFTER.test(text.slice(m.end, v.start))));
  if (after) return after;
  // "Defense Minister X held Japan-U.S. Security Consultative Committee ("2+2") with Foreign Minister Y, … in Tokyo on June 28":
  // a meeting someone held or attended, then who with and where, then when.
  if (EN_HELD_BEFORE_EVENT.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) {
    const held = dates.find((v) => v.start >= m.end);
    if (held && held.start - m.end <= EN_HELD_GAP_SPAN && EN_HELD_GAP.test(text.slice(m.end, held.start))) return held;
  }
  // "the June 2024 Joint Statement of the Security Consultative Committee": a meeting's statement is issued at it.
  const statement = dates.find((v) => v.end <= m.start && m.start - v.end <= 40 && EN_STATEMENT_OF.test(text.slice(v.end, m.start)));
  if (statement) return statement;
  // "the 2011 Great East Japan Earthquake": a bare year the value scanner leaves alone.
  // "2023 Noto Peninsula Earthquake", "2010: Tōhoku earthquake and tsunami": a title or a list's line that opens with the year.
  const before = EN_EVENT_YEAR_BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 40), m.start)) ?? yearOpening(text, sentence, m);
  if (!before) return undefined;
  const year = before[1]!;
  const start = m.start - before[0].length + before[0].indexOf(year);
  const parsed = findValues(`in ${year}`)[0];
  return parsed && parsed.value.kind === 'date' ? { ...parsed, start, end: start + year.length } : undefined;
}
