// Where a replacement facility is built, told by the move or the site, not by the facility's name:
// 「普天間飛行場の辺野古への移設」, "the relocation to Henoko", "the new air base in the Henoko
// district of Nago", 「名護市辺野古沿岸の埋め立て」. The place read is the facility's `location`;
// the place the move empties ("to replace Futenma", 「普天間飛行場の継続的な使用を回避」) is what it `replaces`.

import type { Dataset, Entity, Mention } from '../model';
import { agreement } from './agreement';
import { replacementOf } from './implicit';
import type { SentenceRange } from './sentences';
import { scalars } from './shared';
import type { Lang } from './structure';

/** 「辺野古沿岸(大浦湾も含む)への移設」「辺野古への移設」「辺野古へ移設」「辺野古移設」「辺野古沖移設」「辺野古周辺への移設」「「辺野古」移設」「(辺野古への)移設事業」「辺野古(へのこ)への移設」「辺野古への5年以内の移設」「辺野古への代替施設建設」「辺野古での代替基地建設」「辺野古に代替施設が完成しても」「辺野古への着実な移設」. */
const JA_MOVE_TO_PLACE = /^(?:[（(][\u3041-\u3096ー]{1,10}[）)])?[」』)）]?(?:沖|沿岸部?|周辺|地区|崎(?:地区)?)?(?:[（(][^（）()]{1,12}[）)])?(?:への(?:[^、。「」]{1,8}?の|(?:着実|円滑|早期|確実|速やか)な)?|へ|に)?(?:の)?[)）]?(?:県内|県外)?移設(?!先)|^(?:沖|沿岸部?|周辺|地区|崎)?(?:に|へ)(?:米軍)?(?:基地|飛行場|代替施設)を移(?:す|し|さ|そ|転)|^(?:沖|沿岸部?|周辺|地区)?(?:への|での|における|に|で)?(?:の)?代替(?:施設|基地|飛行場)(?:の)?建設|^(?:沖|沿岸部?)?に代替(?:施設|基地|飛行場)が(?:完成|建設|整備)/;
/**
 * "relocation to X", "relocate the U.S. Marine Corps' Futenma air base, currently in …, to X", "relocate
 * the US air base from the prefecture's city of Ginowan to a less populated area, X", "moving … Futenma from
 * Ginowan, also in Okinawa, to the X area", "relocate the base
 * to the coastal area of X", "relocated to an off-shore location in the Oura Bay of X", "to the less populated X", "to the
 * prefecture's X district", "relocated to the replacement facility in X", "relocated to a more expensive but much
 * quieter off-shore location at X": the move, what is
 * moved, an aside or where from, then where to.
 */
// ("relocate U.S. Marine Corps Air Station Futenma in Ginowan, also in the prefecture, to Henoko": an aside with also.)
const EN_MOVE_TO_PLACE = /\b(?:relocation|relocate[ds]?|relocating|move[sd]?|moving|transfer|shift(?:s|ed|ing)?)\s+(?:[\w.'’()-]+(?:,\s+(?:also\s+)?(?:in|by|from|after|before)\s+[^,;:.]{1,30},)?\s+){0,9}?(?:from\s+(?:[\w.'’-]+,?\s+){1,16}?|[\w.'’-]+,\s+[^,;:.]{1,100}?,\s+)?to\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:prefecture|[Cc]ity)['’]s\s+)?(?:an?\s+(?:[\w-]+\s+){0,3}?(?:area|site|location|spot),\s+|(?:an?\s+)?(?:[\w-]+\s+){0,6}?(?:area|site|location|spot|district|coast|waters|facility)\s+(?:of|in|off|at)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+Bay\s+of\s+)?|(?:less|more|sparsely|thinly)\s+(?:densely\s+)?populated\s+)?$/i;
// (Not 「X移設先」: the place glued before 移設先, where X moves to, is the base moved.)
const JA_GLUED_MOVE = /^移設(?!先)/;
/** 「普天間(飛行場)からXに移転」「普天間飛行場の一部をXに移転」: the words between the replaced place and the place moved to, and the move after it. */
/** 「辺野古への移転」: 移転 as a noun after the place, as 移設 (looked for only where the base moved is named before it; not troops, 「2700人をハワイに移転させる」). */
const JA_TRANSFER_TO_PLACE = /^への移転(?!先|候補|予定)/;
const JA_FROM_BETWEEN = /^(?:飛行場|基地)?(?:から|(?:の[^、。「」]{0,6})?を)$/;
const JA_MOVED_HERE = /^(?:へ|に)(?:の)?(?:移転|移設|移(?:す|し|さ|そ))/;
/** 「日本政府が1999年に辺野古移転を決定」「辺野古移転計画」「辺野古移転に同意」: 移転 glued to the site, as 移設, with what is done to the plan. */
const JA_GLUED_TRANSFER = /^移転(?:計画|案|方針|問題|反対|を(?:決定|決め|進め|推進)|に(?:同意|反対|合意))/;
/** 「海兵隊のグアム、ハワイ移転計画」: troops moved to the place, not the base built there. */
const JA_TROOPS_BEFORE = /(?:海兵隊|部隊|兵士?|隊員|要員|グアム|人)[^。]{0,4}$/;
/** 「普天間の県内移設」「普天間飛行場の移設に向けた」: the move of the place, not to it. */
const JA_OF_MOVE = /^の(?:(?:県内|県外|国外)移設|移設(?:に向け|を(?:進め|急|巡|めぐ)|工事|計画|は|が|も))/;
/** Between the base moved and the site it moves to: 「普天間基地の辺野古」「普天間飛行場辺野古」「…の名護市辺野古」. */
const JA_BEFORE_SITE = /^の?(?:名護市)?$/;
/** 「普天間の名護市辺野古での新基地建設」: what is built at the site, after the base it replaces. */
const JA_BUILT_AT_SITE = /^(?:での|への)[^、。「」]{0,6}?建設/;
/** "the Henoko relocation", "the Henoko relocation plan", "opposes the Henoko move": the site before the word for the move, as 「辺野古移設」. */
const EN_GLUED_MOVE = /^\s+(?:relocation|move|transfer)\b(?!\s+(?:site|of|from)\b)/;
/** How close after the move's own site a place glued to 移設 is read as the base moved (「辺野古「埋め立て」へ…X移設」). */
const SITE_BESIDE_REACH = 12;
/** 「X移設、辺野古が最善」: the move of X, then the site it goes to, set off by a comma. */
const JA_GLUED_THEN_SITE = /^移設[、,，]\s*$/;
/** How far before a place a move to it may begin. */
const EN_MOVE_REACH = 200;
/** 「普天間飛行場の移設先として、埋め立てが進む名護市辺野古」「普天間基地移設予定先として知られている辺野古」「移設候補地に辺野古を決定」「候補地として名指しされた名護市辺野古」「普天間飛行場の代替基地となる名護市辺野古」, "the relocation site for the Futenma air base on the coast of Henoko", "a U.S. base relocation project in the Henoko coastal area": the site named after. */
// (「普天間飛行場の移転先として国が埋め立てを行っている名護市辺野古」「普天間基地の移転先候補「辺野古」」: 移転 after the base and の.)
const JA_RELOCATION_SITE_BEFORE = /(?:移設|(?:基地|飛行場)の?移転)(?:先候補|先|候補地|予定地|予定先)(?:に|を|として|は|が|の|となる|である)?、?[^。、「」]{0,30}[「『]?$|候補地(?:として|に)[^。、「」]{0,16}$|代替(?:施設|基地|飛行場)(?:と|に)なる\s*(?:沖縄県)?\s*(?:名護市)?\s*$/;
const EN_RELOCATION_SITE_BEFORE = /\brelocation site\b[^.;:()]{0,80}\b(?:in|at|on|of|off)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}$|\b(?:the|a)\s+(?:(?:U\.S\.|US|military|base|Marine|Marines['’]?)\s+){0,3}relocation\s+(?:work\s+|project\s+)?(?:in|at)\s+(?:the\s+)?$/i;

// A site, told by the town it lies in or by what is built there. These say where something is
// built, not what it replaces: they count only in a sentence about building or moving, in a
// document about the move (the replaced place, the facility, its site or the region that holds it
// named in the sentence or just before).
/** 「名護市辺野古沿岸」「名護市辺野古への移設」「名護市辺野古に建設」「名護市辺野古のキャンプ・シュワブ沿岸部に建設」「名護市辺野古のキャンプシュワブ米軍基地沖合」「名護市の辺野古沿岸部」「名護市辺野古に代替施設を建設」「名護市辺野古に普天間飛行場を移設する」「普天間の県内移設」「普天間飛行場の移設に向けた埋立工事」「普天間を閉鎖返還できる」「米軍普天間(ふてんま)飛行場(宜野湾(ぎのわん)市)の…移設」「名護市辺野古での米軍基地新設工事」: a district of the town the site lies in (or of the base beside it: 「キャンプ・シュワブ辺野古崎地区」). */
// (「米軍キャンプ・シュワブがある辺野古沿岸部」: the place that holds the camp.)
const JA_TOWN_BEFORE = /(?:名護市の?|同市の?|キャンプ・?シュワブ(?:がある|のある)?)\s*[「『]?$/;
// (「名護市辺野古は、…普天間基地の移設先だが」: the town's district said to be where the base goes.)
const JA_SITE_AFTER = /^は、?[^。「」]{0,40}?移設先(?!と(?:して|する)?(?:検討|候補))|^(?:への|に|での|で|の)?(?:沿岸|沖|崎|地区|区|付近|周辺|海(?!兵)|移設|新基地|基地建設|埋め立て|埋立|建設|(?:米軍)?基地(?:の)?新設)|^の[^、。「」]{1,16}?(?:沖合|沿岸)|^の[^、。「」]{0,16}?(?:沿岸|沖)[^、。「」]{0,6}?(?:に|で)建設|^に[^、。「」]{0,16}?を(?:建設|移設)|^の[^、。「」]{1,16}?(?:に|で)[^、。「」]{0,16}?(?:建設|埋め?立)|^(?:ということで|に)決ま/;
/** A reading in brackets after a place (「辺野古(へのこ)沖」): the words after it are read past it. */
const JA_READING_GLOSS = /^[（(][\u3041-\u3096ー]{1,10}[）)]/;
/** 「辺野古新基地」「辺野古に新基地」「辺野古の埋め立て」「辺野古沿岸部約157ヘクタールを埋め立て」「辺野古海域に護岸を設置」「辺野古に建設されるＶ字形の滑走路」「辺野古に基地を建設する」「辺野古沿岸域でのV字型の新基地建設」「辺野古沿岸への土砂投入」「辺野古への土砂投入」「辺野古工事」「辺野古で政権が進める米軍新基地建設」「辺野古への米軍新基地建設」「辺野古米軍基地建設」「辺野古「埋め立て」へ」: what is built at the site. */
// (「辺野古・大浦湾を埋め立て」「辺野古、大浦湾側で着工」「辺野古 大浦湾側に石材投入」: the place beside the bay the runway fills.)
// (「辺野古の基地はキャンプ・シュワブの先に延長する形で建設されています」: the base at the place, built.)
const JA_BUILT_AFTER = /^の(?:米軍)?(?:新)?基地(?:は|が)[^。]{0,30}?建設|^[・、\s]\s*大浦湾|^(?:の|での|に|への|沖の|沿岸の|沿岸部の)?[「『]?(?:(?:米軍|海上)?(?:新基地|基地建設)|埋め立て|埋立)|^沖の大浦湾|^(?:における|の)(?:公有水面|海域|沿岸部?)[^、。「」]{0,8}?埋め?立|^(?:に|で)(?:建設|計画|整備)され[^。、「」]{0,8}?(?:滑走路|基地|施設)|^(?:に|で)[^、。「」]{0,8}?(?:基地|滑走路|代替施設)を(?:建設|造)|^(?:沿岸(?:部|域)?|沖)(?:での|の|に)[^、。「」]{0,12}?(?:新基地|基地|滑走路)建設|^(?:沿岸(?:部|域)?|沖)(?:へ|への|に)[^、。「」]{0,4}?土砂|^(?:沖|沿岸(?:部|域)?|海域)[^、。「」]{0,30}?(?:を埋め立て|に護岸|に土砂)|^(?:へ|への)土砂(?:投入|搬入)|^[」』]?工事(?![費者])|^で[^、。「」]{0,12}?(?:米軍)?新基地(?:の)?建設/;
/** "the Henoko district of Nago", "Henoko, Nago", "the Henoko coastal area in the city of Nago", "… of the prefecture's city of Nago", "… of the Okinawan city of Nago", "the Henoko coastal area in Okinawa Prefecture". */
const EN_TOWN_AFTER = /^(?:\s+(?:district|area|coast|coastal\s+(?:area|district|zone)|coastline|bay|Bay|peninsula|Peninsula|point|Point|region))?\s*(?:,(?:\s+in)?|\s+(?:of|in))\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?city\s+of\s+|Okinawa['’]s\s+)?Nago\b|^,\s+a\s+(?:coastal\s+)?(?:district|area)\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?Nago\b|^\s+(?:district|area|coast|coastal\s+(?:area|district|zone))\s+(?:of|in)\s+Okinawa(?:\s+Prefecture)?\b/;
/** "the Henoko relocation site for …", "the Henoko relocation project", "selected Henoko as the relocation site", "Henoko was identified as the replacement site", "the construction of Henoko base", "the Henoko landfill approval", "the Henoko district is set to host a new facility", "Camp Schwab-Henoko area and adjacent waters", "the Henoko site that will serve as a replacement facility", "the Henoko base construction plan", "the Henoko replacement facility", "the Henoko construction", "the Henoko project", "completion of Henoko facility": the site named as such. */
const EN_SITE_AFTER = /^\s+(?:relocation|replacement)\s+(?:site|project|plan|work|construction|airstrip|airfield|runways?|facility)\b|^\s+new\s+base\b|^\s+(?:landfill|reclamation)\b(?!\s+(?:of|in|at)\b)|^\s+(?:(?:district|area|coast)\s+)?(?:is|was|will\s+be|would\s+be)\s+(?:set|slated|due|expected|chosen)\s+to\s+host\b|^(?:\s+(?:area|Bay|bay))?(?:\s+and\s+(?:the\s+)?adjacent\s+waters)?\s+(?:is|was|remains)\s+the\s+only\s+(?:candidate\s+site|(?:viable\s+)?(?:solution|option|alternative))\b|^\s+(?:area\s+)?and\s+(?:the\s+)?adjacent\s+waters\b|^\s+site\s+(?:that|which)\s+(?:will|would)\s+(?:serve|be\s+used)\s+as\s+(?:a|the)\s+(?:replacement|relocation|new)\b|^\s+base\s+construction\b|^\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:identified|chosen|selected|picked|designated|named)\s+as\s+(?:the\s+)?(?:relocation|replacement|new)\s+site\b|^\s+as\s+(?:the\s+)?(?:relocation|replacement|new)\s+site\b|^\s+(?:site|facility|runways?|airstrip|construction|project|property|heliport)\b(?!\s+(?:of|in|at|for)\b)/;
/** "Nago's Henoko district", "Nago's southeastern district of Henoko", "Nago's Cape Henoko", "coastal Henoko in Nago". */
const EN_TOWN_BEFORE = /\bNago(?:\s+[Cc]ity)?['’]s\s+(?:(?:less|more|sparsely|thinly)\s+(?:densely\s+)?populated\s+|[a-z]+(?:ern)?\s+)?(?:district\s+of\s+|Cape\s+)?$/;
/** "the construction of Henoko base", "opposing the Henoko base", "after new Henoko base is constructed": a base named by its site, after a word of building it (not "the Futenma base", "an alternative to the X base"). */
const EN_BASE_AFTER = /^\s+base\b(?!\s+(?:of|in|at)\b)/;
/** "protest against the Henoko base", "opposition to the Henoko base": the base opposed. */
const EN_PROTEST_BEFORE = /\b(?:protest(?:s|ed|ing)?|rall(?:y|ies|ied)|sit-ins?|oppos(?:e|es|ed|ing|ition)|against)\s+(?:against\s+|to\s+)?(?:the\s+)?$/i;
/** "the Henoko base plan", "the Henoko base project": the plan of a base at the place. */
const EN_BASE_PLAN_AFTER = /^\s+base\s+(?:plan|project|construction)\b/;
// "landfill work at planned Henoko base site": a base planned there, as a new one.
const EN_BUILD_BEFORE = /\b(?:construction\s+of|build(?:ing)?|oppos(?:e|es|ed|ing)|against|new|planned|proposed)\s+(?:the\s+)?$/i;
/** "the ongoing construction in Henoko of an airfield to replace …": the building, where, then what is built. */
const EN_CONSTRUCTION_IN_BEFORE = /\bconstructions?\s+(?:work\s+)?(?:in|at|off)\s+$/i;
/** "construction work in the sea off X", "ground improvement work off the northern side of Cape X": work at sea off the site. */
const EN_WORK_OFF_BEFORE = /\b(?:construction|reclamation|landfill|(?:ground|soil|seabed)\s+improvement)\s+work\s+(?:in\s+the\s+(?:sea|waters)\s+)?off\s+(?:the\s+(?:[a-z]+ern\s+)?(?:side|coast|tip)\s+of\s+)?(?:Cape\s+)?$/i;
/** "to block base construction in X": a base being built there. */
const EN_BASE_CONSTRUCTION_IN_BEFORE = /\b(?:base|runway|airfield)\s+construction\s+(?:work\s+)?(?:in|at|off)\s+$/i;
const EN_BUILT_OF_AFTER = /^\s+of\s+(?:an?|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:air\s*field|air\s*base|airbase|base|runways?|airstrip|facility)\b/i;
/** "the tip of Cape Henoko", "the Henoko Peninsula": the cape of the place, where the runway goes. */
const EN_CAPE_BEFORE = /\bCape\s+$/;
const EN_CAPE_AFTER = /^\s+(?:Peninsula|peninsula|Point|point)\b/;
const EN_THE_CITYS = /\bthe\s+city['’]s\s+(?:[a-z]+(?:ern)?\s+)?(?:district\s+of\s+)?$/;
const EN_NAGO = /\bNago\b/;
const JA_DECIDED_AFTER = /^(?:ということで|に)決ま/;
const EN_CALLED_BEFORE = /\b(?:area|district|village|town|place|spot|region|coast)\b[^.;:]{0,40}?\b(?:called|named|known\s+as)\s+$/i;
const EN_PROJECT = /\bproject\b/i;
/** "a new U.S. Marine Corps air base at Henoko", "the new V-shaped, two-runway airstrip at Henoko", "build a U.S. military base off Henoko", "construction of U.S. Force's base in Henoko", "the replacement facility at Camp Schwab, in the village of Henoko", "the replacement facility for … Futenma at Henoko", "a U.S. military base in the city's Henoko district", "the new base construction in Henoko". */
// ("the new base facilities being constructed in Henoko": plural.)
const EN_BASE_BUILT_IN_BEFORE = /\b(?:bases?|facilit(?:y|ies)|airfields?|runways?|airstrips?)\s+(?:is|are|was|were|will\s+be|would\s+be|being|to\s+be|has\s+been|have\s+been)\s+(?:built|constructed)\s+(?:at|in|on|off)\s+(?:the\s+)?$/i;
/** "built … about two miles offshore from the village of Henoko", "into the adjacent waters of Henoko", "the waters surrounding the Henoko reef": the sea off the site. */
// ("built over a reef that is almost 2 miles off the shores of Henoko": a distance off its shore.)
const EN_OFFSHORE_BEFORE = /\b(?:(?:into|in)\s+the\s+(?:sea|waters)\s+off\s+(?:its|the)|(?:miles?|kilometers?|kilometres?|km)\s+off\s+(?:the\s+)?(?:shores?|coast(?:line)?)\s+of|offshore\s+(?:from|of)|(?:adjacent|surrounding)\s+waters\s+(?:of|off)|waters\s+(?:surrounding|around|off))\s+(?:the\s+)?(?:(?:village|district|town|coast|community|area)\s+of\s+)?$/i;
/** "picked the Henoko site for the air station", "the Henoko reef": the site named for what is built there, or its reef. */
const EN_SITE_FOR_AFTER = /^\s+(?:site\s+for\s+(?:the\s+|a\s+)?(?:new\s+|replacement\s+|relocated\s+)?(?:air\s+station|air\s*base|airbase|base|airfield|runways?|facility|heliport|relocation)\b|reef\b)/i;
/** "halting the Henoko project", "opposed the Henoko airstrip plan": a project or its works named by the site need no other word of building. */
// ("Oura Bay and Henoko are also the site of a new U.S. Marine airbase".)
const EN_SITE_WORKS_AFTER = /^\s+(?:project|airstrip|heliport|construction(?:\s+(?:site|work|project|plan))?|landfill(?:\s+work)?|reclamation(?:\s+work)?)\b(?!\s+(?:of|in|at|for)\b)|^\s+(?:is|are|was|were)\s+(?:also\s+)?(?:the\s+)?site\s+of\s+(?:a|an|the)\s+(?:new|planned|proposed)\s+(?:[\w.-]+\s+){0,4}?(?:air\s*base|airbase|base|airfield|runway|air\s+station|facility)\b/;
/** "its stance that ‘Henoko is the only solution.’": the place opening its clause, held to as the only solution. */
const EN_ONLY_SOLUTION_AFTER = /^[’'"”]?\s+(?:is|was|remains)\s+the\s+only\s+(?:viable\s+)?(?:solution|option|alternative)\b/;
const EN_CLAUSE_OPENS_BEFORE = /(?:^|[‘'"“]|\bthat\s+|[,;:]\s*)$/;
/** "resume construction at Henoko", "prevent the construction in Henoko.": building at the place, the clause ending there. */
const EN_CLAUSE_ENDS_AFTER = /^\s*(?:[.,;:)”"]|$|\s(?:and|to|was|is|has|had|have|will|would|amid|despite|since|after|before|until|while|as|on|by|between)\b)/;
/** "In Henoko, a replacement facility for the … Futenma air base … is planned": the place fronted, then the facility. */
const EN_FRONTED_IN_BEFORE = /^[\s"“]*In\s+$/;
/** "Off the coast of Henoko, the Government will build the Air Station": the sea off the place fronted, then what is built there. */
const EN_FRONTED_OFF_BEFORE = /^[\s"“]*Off\s+(?:the\s+(?:coast|shore)\s+of\s+)?$/;
const EN_BUILT_AFTER_FRONT = /^,\s+[^.;:]{0,60}?\b(?:will|would|is\s+to|plans?\s+to|is\s+going\s+to)\s+build\b|^,\s+[^.;:]{0,60}?\b(?:is|are|was|were|will\s+be)\s+(?:being\s+)?(?:built|constructed)\b/i;
// (Built there, not only talked of there: "In Tokyo, the replacement facility was discussed" is Tokyo's talk.)
const EN_FACILITY_AFTER_FRONT = /^,\s+(?:a|the)\s+(?:new\s+)?(?:replacement|relocation|substitute)\s+(?:facility|base|air\s*base|airfield)\b[^.;:]{0,120}?\b(?:is|are|was|were|will\s+be|would\s+be)\s+(?:(?:planned|set|slated|scheduled|due|expected|going)\s+to\s+be\s+|being\s+|to\s+be\s+)?(?:built|constructed|located)\b/i;
/** "removing buildings within Camp Schwab in Henoko to build a new air base": the camp the runway is built at, in its place. */
const EN_CAMP_IN_BEFORE = /\bCamp\s+Schwab\s+(?:in|at)\s+$/;
const EN_NEW_BASE_BEFORE = /\b(?:(?:new|replacement|alternative|relocation|planned|proposed|completed)\s+|build(?:ing)?\s+(?:an?|the)\s+|construction\s+(?:of|on)\s+(?:an?\s+|the\s+)?)(?:[\w.'’-]+,?\s+){0,4}?(?:air\s*base|airbase|super\s*base|base|airfield|air\s+station|air\s+facility|heliport|runway|airstrip|facility)\s+(?:for\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,6}?)?(?:(?:being|to\s+be)\s+built\s+|under\s+construction\s+|,\s+which\s+(?:is|will\s+be)\s+(?:to\s+be\s+)?built\s+|construction\s+)?(?:at|in|on|off)\s+(?:the\s+)?(?:coast\s+(?:of|off)\s+|shores?\s+of\s+|Okinawa['’]s\s+|(?:city|prefecture)['’]s\s+)?(?:Camp\s+Schwab,?\s+(?:in\s+)?(?:the\s+)?(?:(?:village|district|town|area)\s+of\s+)?)?$/i;
/** "the project off Henoko", "the Oura Bay side of the Henoko coastal area", "landfill work off Henoko", "reclaim land off Henoko", "reclamation work in coastal Henoko", "a reclaimed site on the Henoko coast", "the seabed in Oura Bay in Henoko". */
const EN_RECLAIMED_BEFORE = /\b(?:reclaim(?:ing)?\s+(?:the\s+)?(?:coastal\s+)?(?:area|waters|sea|coast(?:line)?)\s+(?:of|off|at)|(?:reclaim(?:ing)?\s+(?:(?:some|about|around|roughly)\s+)?(?:[\d,.]+\s+hectares\s+of\s+)?land(?:\s+in\s+waters)?|reclaimed\s+(?:site|land|area)|landfill|land\s+reclamation|reclamation|seawalls?|soft\s+ground)\s+(?:work\s+|project\s+)?(?:at|in|off|on)|land\s+off|project\s+off|Oura\s+Bay\s+(?:side\s+of|on\s+the\s+[a-z]+\s+side\s+of|at|in|off))\s+(?:the\s+)?(?:coast(?:line)?\s+(?:of|off)\s+|shores?\s+of\s+|coastal\s+)?$/i;
/** 「辺野古崎地区及びこれに隣接する水域に建設」: the cape of the place, where the runway goes. */
const JA_CAPE_AFTER = /^[」』]?崎/;
/** 「普天間飛行場の機能を辺野古のキャンプ・シュワブへ移設」: the camp the base goes to, in its place (a site, not the base moved). */
// (「辺野古にある米軍キャンプ・シュワブの沿岸」: the camp in the place.)
const JA_CAMP_AFTER = /^(?:の|にある|がある)\s*(?:米軍)?[「『]?キャンプ・?シュワブ/;
/** 「辺野古が唯一の解決策」「辺野古「唯一の解決策」」「辺野古が最善」「辺野古への移設が唯一の解決策」「辺野古移転が…唯一の手段」「辺野古に移転をするということが…唯一の手段」: the site the government holds to. */
const JA_ONLY_AFTER = /^[」』]?(?:が|は|こそ|、)?[「『]?(?:唯一|最善)|^(?:への|へ)(?:の)?移設(?:が|は|こそ)[「『]?唯一|^(?:に|へ)?移転(?:を)?(?:する(?:という|こと))?[^。]{0,20}唯一/;
/** 「新基地建設工事が進む名護市辺野古」「普天間代替施設建設事業が進む辺野古・大浦湾」: a relative clause on the site says what is built there. */
const JA_BUILT_BEFORE = /(?:新基地|基地|代替施設)建設(?:工事|事業)?(?:が|の)進む\s*(?:名護市)?\s*$/;
/** 「代わりに海兵隊の基地をXにつくる」: the base as the object before the place, then built there. */
const JA_BASE_OBJECT_BEFORE = /(?:基地|代替施設|飛行場|滑走路)を\s*(?:名護市)?$/;
const JA_BUILT_HERE_AFTER = /^に(?:つく|作|造|建設)/;
/** A sentence about building or moving something. */
const JA_BUILDING = /移設|代替|新基地|基地建設|埋め立て|埋立|土砂|滑走路|建設|工事|着工|石材|護岸|基地を[^。]{0,16}?に(?:つく|作|造)/;
const EN_BUILDING = /\b(?:locate|locating|continued\s+use|relocat\w*|move[ds]?|moving|transfer\w*|shift\w*|replac\w*|substitut\w*|new\s+(?:[\w.]+\s+){0,4}?(?:base|airfield|runway|heliport|airstrip|air\s+station|facility)|reclamation|reclaim\w*|landfill|seawalls?|runways?|construct\w*|build\w*|built|complet\w*|(?:ground|soil|seabed)\s+improvement)\b/i;

// What the move empties, told by what happens to it: replaced, relocated, closed, returned, no
// longer used. Only in a document about the move, and not of a place of the move's own site.
/** "to replace Futenma", "relocate the U.S. Marine Corps' Futenma air base", "move the U.S. Marine Corps' Futenma Air Station from", "close the controversial and dangerous Futenma", "avoids the continued use of Futenma", "the return of the Futenma", "returning the U.S. Futenma airfield", "a replacement facility for the U.S. Marine Corps' Futenma", "the land used for the Futenma", "relocating the U.S. military's Futenma", "take over the functions of the Futenma", "where the functions of the U.S. Futenma … are to be relocated", "the replacement of Futenma", "remove the dangers of Futenma", "return its Futenma airbase", "return the site of the … Futenma air station", "transferred there from U.S. Futenma", "shift the Futenma air base", "move the U.S. Marines' Futenma", "relocating Marines from Futenma", "move Marine air operations on Okinawa from Futenma", "operations currently based at Futenma", "the relocation of U.S. Marine Corps Air Station (MCAS) Futenma", "a substitute facility for the U.S. Marines' Futenma base", "the relocation site for U.S. Futenma", "the “relocation” of the U.S. Futenma base", "the relocation plan for Futenma", "an alternative to the Futenma base", "a replacement facility in a coastal area of Nago for the Futenma", "eliminating the current dangerous conditions at the Futenma", "replace the 9,000-foot runway at Futenma", "in place of the U.S. Marine Corps’ Futenma", "relocate the U.S. military base in Futenma". */
const EN_REPLACED_BEFORE = /\b(?:replac(?:e|es|ed|ing)|replacement\s+of|(?:take|takes|taking|took)\s+over\s+(?:the\s+)?functions\s+of|functions\s+of|(?:remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing))\s+(?:the\s+)?(?:current\s+)?(?:dangers?|dangerous\s+conditions)\s+(?:of|posed\s+by|at)|(?:relocat(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|transfer(?:s|red|ring)?|shift(?:s|ed|ing)?)(?:\s+(?:the\s+)?(?:Marines|troops|units|forces|aircraft|helicopters|(?:Marine\s+)?air\s+operations)(?:\s+(?:on|in)\s+[A-Z][\w-]+)?\s+from)?|relocation\s+of\s+(?:the\s+)?(?:Marines|troops|units|forces|aircraft|helicopters|(?:Marine\s+)?air\s+operations)\s+from|relocation\s+of\s+the\s+(?:U\.S\.\s+)?(?:Marine\s+Corps\s+)?air\s+(?:station|base)\s+(?:at|in)|relocation[”"’]?\s+of|relocation\s+plan\s+for|alternative\s+to|replac(?:e|es|ed|ing)\s+the\s+(?:[\w,.-]+\s+){0,2}?runway\s+at|(?:currently|now)\s+(?:[a-z]+ly\s+)?(?:based|stationed|located|deployed|housed|carried\s+out|conducted)\s+at|transfer\s+of|new\s+location\s+of|clos(?:e|es|ed|ing)|closure\s+of|shut\s+down|(?:continued\s+)?use\s+of|return\s+of|return(?:s|ing)?|replacement\s+for|(?:replacement|substitute|alternative|new)\s+(?:facility|base|airfield)\s+(?:(?:in|at|off)\s+(?:[\w-]+\s+){1,6}?)?(?:for|of)|(?:planned\s+)?relocation\s+site\s+for|land\s+used\s+(?:by|for)|land\s+of|in\s+place\s+of)\s+(?:there\s+)?(?:from\s+)?(?:the\s+|its\s+)?(?:(?:operations|functions|site|land)(?:,\s+(?:in|by|from|after|before)\s+[^,;:.]{1,30},)?\s+of\s+(?:the\s+)?)?(?:(?:controversial|dangerous|crowded|existing|current|and)\s+){0,3}(?:U\.S\.\s+|US\s+)?(?:military['’]s\s+|Marine\s+Corps['’]?\s+|Marines['’]\s+|(?:Marine\s+)?Corps\s+Air\s+Station\s+)?(?:(?:military|Marine(?:\s+Corps)?)\s+(?:base|air\s*base|airfield|air\s+station)\s+(?:in|at)\s+)?(?:\([A-Z]{2,6}\)\s+)?$/i;
/** "the Futenma airfield will be replaced within Okinawa", "the Futenma air station is to be relocated", "where X Air Station is relocated", "X Air Base Relocation", "to facilitate Futenma's relocation", "Futenma cannot be shut down until", "U.S. Futenma in Ginowan, Okinawa Prefecture, being relocated to", "the U.S. Marine Corps Futenma, now in the city of Ginowan, is planned to be relocated", "Futenma's transfer to Henoko", "in order for Futenma to be closed", "The Futenma base, located in … Ginowan, is slated to be relocated": the base after the place, then what happens to it. */
const EN_EMPTIED_AFTER = /^(?:,?\s+(?:now\s+|currently\s+)?in\s+(?:the\s+city\s+of\s+)?[A-Z][\w-]+(?:,\s+[A-Z][\w-]+(?:\s+Prefecture)?)?,?)?\s+(?:being|is\s+(?:planned|set|scheduled|due|expected|slated)\s+to\s+be|is\s+to\s+be)\s+(?:relocated|moved)\b|^\s+(?:base|air\s*base|airfield|air\s+station),\s+(?:located|situated)\s+[^.;:]{1,90}?,\s+(?:is|was)\s+(?:(?:planned|set|scheduled|due|expected|slated)\s+)?to\s+be\s+(?:relocated|moved|closed|returned)\b|^\s+(?:[Aa]ir\s*[Bb]ase|[Aa]irbase|[Aa]irfield|[Aa]ir\s+[Ss]tation|base)(?:\s+in\s+[A-Z][\w-]+)?\s+(?:will|would|is|was|should|must)\s+(?:to\s+)?(?:be\s+)?(?:being\s+)?(?:replaced|relocated|moved|closed|returned)\b|^\s+(?:[Aa]ir\s*[Bb]ase|[Aa]ir\s+[Ss]tation|[Aa]irfield)\s+[Rr]elocation\b|^\s+(?:will|would|can|cannot|could|must|should)(?:\s+not)?\s+be\s+(?:shut\s+down|closed|returned)\s+until\b|^,?\s+in\s+the\s+city\s+of\s+[A-Z][\w-]+,?\s+(?:will|would|is\s+to|is\s+set\s+to)\s+be\s+(?:closed|returned|shut\s+down)\b|^['’]s\s+(?:relocation|closure|return|replacement|transfer|move)\b|^\s+to\s+be\s+(?:closed|returned|shut\s+down)\b/;
const EN_BASE_IN_BEFORE = /\b(?:air\s+station|air\s*base|airbase|airfield|base)\s+in\s+$/i;
const EN_BEING_MOVED_AFTER = /^\s+(?:is|was|will\s+be|would\s+be)\s+(?:being\s+|to\s+be\s+)?(?:relocated|moved|closed|returned)\b/;
/** Not the place itself but a thing of it or based there ("Tokyo's plans", "Okinawa-based Marines"; not "Futenma's heliport functions"). */
const EN_NOT_ITSELF_AFTER = /^(?:['’]s\b(?!\s+(?:[\w-]+\s+)?(?:functions|operations|relocation|closure|return|replacement)\b)|-based\b)/;
/**
 * 「米軍普天間飛行場移設に伴う」「米軍普天間飛行場(宜野湾市)の移設先」「米海兵隊・普天間飛行場の名護市辺野古沿岸部への移設」:
 * 「米軍普天間飛行場(宜野湾市)返還に伴う」: the base before 移設 (or its return for the move) is the one moved (after 米軍; 「辺野古移設」 may be the site).
 */
const JA_BASE_BEFORE = /(?:米軍|アメリカ軍|米海兵隊・?)\s*$/;
/**
 * 「米軍X(沖縄県宜野湾市)の全面返還に日米両政府が合意して20年」: the return of the base the move empties,
 * agreed, with the move itself told only in the next sentence (so no word of building here).
 */
const JA_RETURN_AGREED = /^(?:飛行場|基地)?(?:[（(](?:[^（）()]|[（(][^（）()]{0,10}[）)]){0,16}[）)])?の(?:早期|全面)*返還に[^。「」]{0,12}?合意/;
/** 「辺野古への移設で合意している米軍X」: a relative clause of its move before the base. */
const JA_MOVED_BEFORE = /移設[^。、「」]{0,12}?(?:米軍|アメリカ軍)\s*$/;
const JA_MOVED_AFTER = /^(?:[（(][\u3041-\u3096ー]{1,10}[）)])?(?:飛行場|基地)?(?:[（(](?:[^（）()]|[（(][^（）()]{0,10}[）)]){0,16}[）)])?(?:の|を)?(?:[^。、「」]{1,16}?(?:への|へ))?(?:(?:県内)?移設|(?:全面)?返還に伴)|^(?:[（(][\u3041-\u3096ー]{1,10}[）)])?(?:飛行場|基地)?(?:[（(](?:[^（）()]|[（(][^（）()]{0,10}[）)]){0,16}[）)])?(?:は、?[^。「」]{1,40}?(?:への|へ)(?:の)?移設|の?問題)/;
/** 「普天間返還は新基地建設が前提」「普天間の固定化を避ける」「普天間の危険性の除去」「普天間の危険性の早期除去」「普天間の危険除去」「普天間の使用継続を避ける」「普天間問題を解決する」「普天間(宜野湾市)のキャンプ・シュワブ沖への移設」「一日も早く普天間を移転する」「普天間の5年以内の運用停止」「普天間の可能な限りの早期全面返還」「移設完了後、普天間が返還されない」「普天間飛行場の継続的な使用を回避」「普天間飛行場の一日も早い全面返還」「普天間飛行場を日本側に返還するため」「普天間を「5〜7年以内に全面返還」」「名護市辺野古に普天間飛行場を移設する」「普天間飛行場の「返還」のため」「普天間の移設は2030年代半ば以降になる」. */
// (「米軍普天間基地に代わる名護市辺野古の新基地」「政府が普天間飛行場の移設先とする名護市辺野古」: what the new base stands in for.)
const JA_EMPTIED_AFTER = /^移設先|^(?:飛行場|基地)?(?:に代わる|に代わって|の代わりに|の移設先(?:と(?:する|して)|である|の))|^(?:[（(][\u3041-\u3096ー]{1,10}[）)])?(?:飛行場|基地)?(?:[（(](?:[^（）()]|[（(][^（）()]{0,10}[）)]){0,16}[）)])?(?:(?:早期|全面)*返還(?!さ)|の固定化|の[^。、「」]{0,8}?運用停止|が(?:全面)?返還さ|の継続的(?:な)?使用|の(?:早期|一日も早い|1日も早い|全面|早期全面|危険性?の?(?:早期|一日も早い|1日も早い)?除去|使用継続|継続使用)|問題を解決|の[^。、「」]{1,24}?(?:への|へ)(?:の)?移設|の[^。、「」]{0,10}?の(?:早期|全面)+返還|を[「『]?(?:日本側に|[^。、「」]{0,10}?(?:以内|まで)に)?(?:全面|閉鎖)?返還|の(?:県内|県外|国外)移設|の移設(?:に向け|を(?:進め|急|巡|めぐ)|工事|計画|は|が|も)|の[「『]移設先|の[「『]?返還|を(?:県外に|県内に|[^。、「」]{0,12}?(?:に|へ))?移(?:設|転)(?!先|候補|予定))/;

/** 「辺野古に移設する」「辺野古へ移設しない」: the move told by a verb, denied by a negation with it. */
const JA_VERB_MOVE = /^(?:に|へ)移設(?:する|し|させ|され|でき)/;
/** "relocation to X", "the move to X": the move told by a noun. */
const EN_NOUN_MOVE = /^relocation\b/i;
const EN_PLAN_TO_BEFORE = /\b(?:plans?|decision|agreement|deal|pact|efforts?|bid|project)\s+to\s+$/i;

/** A base, its functions or a pronoun for one: what a verb of moving must move for the move to be the base's. */
// (Not "some 4,000 of them": a part of them is people, Marines leaving Okinawa, not a base.)
const EN_BASE_MOVED = /\b(?:bases?|air\s*stations?|air\s*fields?|airfields?|air\s+bases?|facilit(?:y|ies)|heliports?|runways?|functions?|operations?|hub|it|(?<!\bof\s)them)\b/i;
/** "the relocation to", "relocating to": the move as a noun with nothing moved named, in a document about the move. */
const EN_BARE_MOVE = /^(?:relocation|relocating)\s+to\b/i;
/** How far before a verb of moving its subject is looked for ("The Futenma base will be moved to"). */
const EN_MOVER_REACH = 60;

/**
 * Does the move from `verbAt` to the place at `placeAt` move a base: a base word, a replaced base
 * (Futenma) or its replacement facility between them, or in the subject just before the verb?
 * (Not the region the new site is in: "Okinawa Governor Tamaki moved to Tokyo".)
 */
function movesTheBase(text: string, sentence: SentenceRange, verbAt: number, placeAt: number, mentions: readonly Mention[], replacements: ReadonlyMap<string, Entity>): boolean {
  const from = Math.max(sentence.start, verbAt - EN_MOVER_REACH);
  if (EN_BASE_MOVED.test(text.slice(from, placeAt))) return true;
  return mentions.some((o) => o.start >= from && o.end <= placeAt && (replacements.has(o.entity) || [...replacements.values()].some((f) => f.id === o.entity)));
}

/** A place a sentence gives for a replacement facility. */
export interface RelocationClaim {
  entity: Entity;
  property: 'location' | 'replaces';
  found: Mention;
  /** Told by a noun phrase, so that a negation in the sentence does not deny it. */
  presupposed: boolean;
}

const familyCache = new WeakMap<Dataset, Map<string, Set<string>>>();

/**
 * Per replacement facility, the entities a document about its move names: what it replaces, the
 * facility, its site and the regions that hold the site (Okinawa for Henoko).
 */
function moveFamilies(dataset: Dataset): Map<string, Set<string>> {
  let families = familyCache.get(dataset);
  if (families) return families;
  families = new Map();
  for (const [replaced, facility] of replacementOf(dataset)) {
    const family = families.get(facility.id) ?? new Set([facility.id]);
    family.add(replaced);
    for (const id of sitesOf(facility)) {
      family.add(id);
      for (const e of dataset.entities.values()) {
        if (e.type === 'place' && e.id !== id && agreement(placeMention(e.id), { kind: 'entity', id }, dataset) === 'agree') family.add(e.id);
      }
    }
    families.set(facility.id, family);
  }
  familyCache.set(dataset, families);
  return families;
}

/** The places a facility's `location` names (Henoko), not the regions that hold them. */
function sitesOf(facility: Entity): Set<string> {
  let sites = siteCache.get(facility);
  if (!sites) siteCache.set(facility, (sites = new Set(facility.facts.filter((f) => f.property === 'location').flatMap(scalars).flatMap((v) => (v.kind === 'entity' ? [v.id] : [])))));
  return sites;
}
const siteCache = new WeakMap<Entity, Set<string>>();

const NONE: ReadonlySet<string> = new Set();

/** Does the document name any member of the family anywhere (`named`, from moveFamilyNamed)? */
function namedAnywhere(family: ReadonlySet<string>, named: ReadonlySet<string>): boolean {
  if (named.size === 0) return false;
  for (const id of family) if (named.has(id)) return true;
  return false;
}

/**
 * The members of the dataset's move families (a replacement facility, the place it replaces, its
 * site and the places that hold it) that a document names anywhere: a sentence before the story
 * names them (a headline) is about the move too. Sorted, few: part of a block's cache key.
 */
export function moveFamilyNamed(dataset: Dataset, mentions: readonly Mention[]): string[] {
  const families = moveFamilies(dataset);
  if (families.size === 0) return [];
  const members = new Set<string>();
  for (const family of families.values()) for (const id of family) members.add(id);
  const named = new Set<string>();
  for (const m of mentions) if (members.has(m.entity)) named.add(m.entity);
  return [...named].sort();
}

/** A mention of a place for comparing places, not from any text. */
function placeMention(entity: string): Mention {
  return { entity, text: '', start: 0, end: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, lang: 'en' } as Mention;
}

/** A site told by its town or by what is built there, in a sentence about building or moving (`building`). */
function toldAsSite(text: string, sentence: SentenceRange, m: Mention, lang: Lang, building: boolean): boolean {
  // 「辺野古が唯一の解決策」 needs no word of building: the site is the one the move is held to.
  // 「名護市のXということで決まった」: the site decided, in a sentence with no word of building.
  if (lang === 'ja' && JA_DECIDED_AFTER.test(text.slice(m.end, m.end + 12)) && toldInTown(text, sentence, m, lang)) return true;
  if (lang === 'ja') return JA_ONLY_AFTER.test(text.slice(m.end, m.end + 40)) || building && (toldInTown(text, sentence, m, lang) || JA_CAMP_AFTER.test(text.slice(m.end, m.end + 16)) || JA_BUILT_AFTER.test(text.slice(m.end, m.end + 30)) || JA_CAPE_AFTER.test(text.slice(m.end, m.end + 2)) || JA_BUILT_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start)) || (JA_BASE_OBJECT_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start)) && JA_BUILT_HERE_AFTER.test(text.slice(m.end, m.end + 4))));
  const lead = text.slice(Math.max(sentence.start, m.start - 120), m.start);
  // "opposition to the project off the Henoko district of Nago": a project at a site told by its town.
  if (EN_PROJECT.test(text.slice(sentence.start, sentence.end)) && toldInTown(text, sentence, m, lang)) return true;
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 50));
  // (The longer reach after the place, read only for a place that opens the sentence.)
  const afterLong = () => text.slice(m.end, Math.min(sentence.end, m.end + 200));
  // "a new Marine base in the more rural area in Okinawa called X": the place the area is called.
  if (building && EN_CALLED_BEFORE.test(lead)) return true;
  // "protest against the X base", "the X base plan": a base told of as opposed or planned at a place is the new one, with no word of building needed.
  if ((EN_BASE_AFTER.test(after) && EN_PROTEST_BEFORE.test(lead)) || EN_BASE_PLAN_AFTER.test(after)) return true;
  if (m.start - sentence.start <= 24 && EN_FRONTED_OFF_BEFORE.test(text.slice(sentence.start, m.start)) && EN_BUILT_AFTER_FRONT.test(afterLong())) return true;
  if (EN_ONLY_SOLUTION_AFTER.test(after) && EN_CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 6), m.start))) return true;
  if (EN_SITE_WORKS_AFTER.test(after) || (m.start - sentence.start <= 8 && EN_FRONTED_IN_BEFORE.test(text.slice(sentence.start, m.start)) && EN_FACILITY_AFTER_FRONT.test(afterLong()))) return true;
  return building && (toldInTown(text, sentence, m, lang) || EN_SITE_AFTER.test(after) || (EN_BASE_AFTER.test(after) && EN_BUILD_BEFORE.test(lead)) || EN_CAPE_AFTER.test(after) || EN_CAPE_BEFORE.test(lead) || EN_NEW_BASE_BEFORE.test(lead) || EN_BASE_BUILT_IN_BEFORE.test(lead) || EN_RECLAIMED_BEFORE.test(lead) || (EN_CONSTRUCTION_IN_BEFORE.test(lead) && (EN_BUILT_OF_AFTER.test(after) || EN_CLAUSE_ENDS_AFTER.test(after))) || EN_CAMP_IN_BEFORE.test(lead) || EN_BASE_CONSTRUCTION_IN_BEFORE.test(lead) || EN_WORK_OFF_BEFORE.test(lead) || EN_OFFSHORE_BEFORE.test(lead) || EN_SITE_FOR_AFTER.test(after));
}

/** A site told by the town it lies in (「名護市辺野古沿岸」, "the Henoko district of Nago", "Nago's Henoko district"). */
function toldInTown(text: string, sentence: SentenceRange, m: Mention, lang: Lang): boolean {
  if (lang === 'ja') return JA_TOWN_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start)) && JA_SITE_AFTER.test(text.slice(m.end, m.end + 40).replace(JA_READING_GLOSS, ''));
  const lead = text.slice(Math.max(sentence.start, m.start - 120), m.start);
  // "Nago Mayor X asked … about a base in the city's Henoko district": the town named before in the sentence.
  return EN_TOWN_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 50))) || EN_TOWN_BEFORE.test(lead) || (EN_THE_CITYS.test(lead) && EN_NAGO.test(text.slice(sentence.start, m.start)));
}

/** A place told as what the move empties, in a sentence about building or moving (`building`); `afterBase`: right after 米軍. */
function toldAsReplaced(text: string, sentence: SentenceRange, m: Mention, lang: Lang, building: boolean, afterBase: boolean): boolean {
  if (lang === 'ja') {
    const after = text.slice(m.end, m.end + 40);
    if (JA_CAMP_AFTER.test(after)) return false;
    if (afterBase && JA_RETURN_AGREED.test(after)) return true;
    return building && ((afterBase && JA_MOVED_AFTER.test(after)) || JA_EMPTIED_AFTER.test(after) || JA_MOVED_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start)));
  }
  // "a Marine Corps air station in Futenma is being relocated to …": the base in the place, then its move.
  if (EN_BASE_IN_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)) && EN_BEING_MOVED_AFTER.test(text.slice(m.end, m.end + 40))) return true;
  return building && ((EN_REPLACED_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 90), m.start)) && !EN_NOT_ITSELF_AFTER.test(text.slice(m.end, m.end + 40))) || EN_EMPTIED_AFTER.test(text.slice(m.end, m.end + 140)));
}

/**
 * The places a sentence gives for a replacement facility: where a move goes ("the relocation to X",
 * after the replaced place, in the sentence or just before), where it is built (a site told by its
 * town or by what is built there), and what it empties ("to replace X"), the last two only in a
 * text about the move.
 */
export function relocationClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: Lang, recent: readonly string[], named: ReadonlySet<string> = NONE): RelocationClaim[] {
  const replacements = replacementOf(dataset);
  if (replacements.size === 0) return [];
  const out: RelocationClaim[] = [];
  const families = moveFamilies(dataset);
  // Whether the sentence is about building or moving something, looked for once.
  const building = (lang === 'ja' ? JA_BUILDING : EN_BUILDING).test(text.slice(sentence.start, sentence.end));
  const isSite = (id: string) => { for (const f of replacements.values()) if (sitesOf(f).has(id)) return true; return false; };
  for (const m of mentions) {
    if (dataset.entities.get(m.entity)?.type !== 'place' || replacements.has(m.entity)) continue;
    // "Okinawa's Henoko district": the region before the place it holds is no site of its own.
    // ("Hawaii's replacement facility": the facility a place owns is no place that holds it.)
    if (lang === 'en' && /^['’]s\s/.test(text.slice(m.end, m.end + 3)) && mentions.some((o) => o.start === m.end + 3 && dataset.entities.get(o.entity)?.type === 'place' && !families.has(o.entity))) continue;
    const lead = text.slice(Math.max(sentence.start, m.start - 60), m.start);
    // In an address (「沖縄県名護市辺野古」) the site is its last place.
    const inAddress = mentions.some((o) => o.start >= m.end && o.start - m.end <= 6 && /^[\u4e00-\u9fff]*$/.test(text.slice(m.end, o.start)) && dataset.entities.get(o.entity)?.type === 'place');
    const site = lang === 'ja' ? JA_RELOCATION_SITE_BEFORE.test(lead) : EN_RELOCATION_SITE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 140), m.start));
    // 「辺野古移設」: the site glued to the word for the move, the name of the move itself in Japanese politics; in a document about it, it is its site.
    // (Not 「米軍X移設」: after 米軍 it is the base moved.)
    // "the Henoko relocation" in English, as 「辺野古移設」.
    // Right after 米軍 (Japanese only): the place is the base moved.
    const afterBase = lang === 'ja' && JA_BASE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 6), m.start));
    const gluedMove = lang === 'ja' ? JA_GLUED_MOVE.test(text.slice(m.end, m.end + 2)) && !afterBase : EN_GLUED_MOVE.test(text.slice(m.end, m.end + 24));
    const reach = Math.max(sentence.start, m.start - EN_MOVE_REACH);
    const movedAny = lang === 'ja' ? null : EN_MOVE_TO_PLACE.exec(text.slice(reach, m.start));
    // "Governor Tamaki moved to Tokyo for talks", "The Defense Agency moved to Ichigaya": a verb of moving
    // moves the base only when the base is what it moves, told between the verb and "to" or before the verb
    // ("The Futenma base will be moved to", "relocate the air station to"); "the relocation to X", "relocating to X" need no more.
    const movedBy = movedAny && (EN_BARE_MOVE.test(movedAny[0]) ? true : movesTheBase(text, sentence, reach + movedAny.index, m.start, mentions, replacements)) ? movedAny : null;
    // (「米軍X(飛行場)の移設」: after 米軍 the place is the base moved, not where it goes.)
    // 「普天間からXに移転」「普天間飛行場をXへ移す」: from the replaced place to this one, 移転 and 移す as 移設.
    // (Not its troops: 「普天間飛行場の部隊を東京に移した」 moves units, not the base.)
    const fromReplaced = lang === 'ja' && JA_MOVED_HERE.test(text.slice(m.end, m.end + 6)) && mentions.some((o) => replacements.has(o.entity) && o.end <= m.start && JA_FROM_BETWEEN.test(text.slice(o.end, m.start))) && !JA_TROOPS_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start));
    const transferred = lang === 'ja' && !afterBase && JA_GLUED_TRANSFER.test(text.slice(m.end, m.end + 8)) && !JA_TROOPS_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start));
    // 「辺野古「埋め立て」へ…X移設」: beside the move's own site, a place glued to 移設 is the base moved (as 「普天間移設」), not another site.
    // (Only right after the site in the same phrase, or right before it after a comma: 「名護市辺野古沖の埋め立て申請を認め、…県としてX移設を承認」 moves to X.)
    const movedBeside = lang === 'ja' && gluedMove && !families.has(m.entity) && mentions.some((o) => o !== m && isSite(o.entity) && ((o.end <= m.start && m.start - o.end <= SITE_BESIDE_REACH && !/[、。,，]/.test(text.slice(o.end, m.start))) || (o.start >= m.end && JA_GLUED_THEN_SITE.test(text.slice(m.end, o.start)))));
    // 「普天間基地移転問題に関しては、…辺野古への移転が承認され」: 移転 as 移設, in a sentence that names the base moved.
    const transferTo = lang === 'ja' && !afterBase && JA_TRANSFER_TO_PLACE.test(text.slice(m.end, m.end + 6)) && mentions.some((o) => replacements.has(o.entity) && o.end <= m.start) && !JA_TROOPS_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start));
    const moved = lang === 'ja' ? ((JA_MOVE_TO_PLACE.test(text.slice(m.end, m.end + 24)) && !JA_OF_MOVE.test(text.slice(m.end, m.end + 10)) && !afterBase) || (site && !inAddress) || fromReplaced || transferred || transferTo) && !movedBeside : !!movedBy || site || gluedMove;
    // The facility itself ("a Futenma replacement facility in Nago") is no site of itself.
    const sited = !moved && !inAddress && !families.has(m.entity) && toldAsSite(text, sentence, m, lang, building);
    // 「名護市X新基地建設」, "the X district of Nago": the town the site lies in says which move it is.
    const inTown = sited && toldInTown(text, sentence, m, lang);
    // 「普天間基地の辺野古沖移設」「普天間飛行場辺野古への移設」: the place right before the site and its move is the base moved.
    const beforeSite = lang === 'ja' && mentions.some((o) => o.start >= m.end && o.start - m.end <= 4 && JA_BEFORE_SITE.test(text.slice(m.end, o.start)) && isSite(o.entity) && (JA_MOVE_TO_PLACE.test(text.slice(o.end, o.end + 8)) || JA_BUILT_AT_SITE.test(text.slice(o.end, o.end + 12))));
    const emptied = !families.has(m.entity) && (beforeSite || movedBeside || toldAsReplaced(text, sentence, m, lang, building, afterBase));
    if (!moved && !sited && !emptied) continue;
    // Told otherwise than by a move to it after the replaced place: the document must be about this
    // move (any of its places, named here or just before), and the place is none of its own.
    // A headline names the move before the story names its places (「X移設を明記」 over 「…普天間飛行場の…」): named anywhere in the document counts.
    const about = (family: Set<string> | undefined) => !!family && !family.has(m.entity) && (mentions.some((o) => o !== m && family.has(o.entity)) || recent.some((id) => family.has(id)) || namedAnywhere(family, named));
    // A place told by a noun phrase ("opposition to the relocation to X", "will never allow the
    // landfill off X", 「X新基地建設について…述べなかった」) is presupposed: a negation in the
    // sentence denies its verb, not where the base goes. A move told by a verb ("will not move
    // the base to X") is denied with it.
    // ("the ongoing plan to move … to X": a verb inside a plan's name is told by a noun phrase too.)
    const presupposed = lang === 'ja' ? !JA_VERB_MOVE.test(text.slice(m.end, m.end + 10)) : !movedBy || EN_NOUN_MOVE.test(movedBy[0]) || EN_PLAN_TO_BEFORE.test(text.slice(Math.max(sentence.start, reach + movedBy.index - 24), reach + movedBy.index));
    // One claim per facility and place: a second place of the same sentence is judged too ("the
    // relocation to X … the X district"), the same place not again.
    const told = (entity: Entity, property: 'location' | 'replaces') => out.some((o) => o.entity === entity && o.property === property && o.found.entity === m.entity);
    for (const [replaced, entity] of replacements) {
      const family = families.get(entity.id);
      if (emptied && replaced !== m.entity && about(family) && !told(entity, 'replaces')) out.push({ entity, property: 'replaces', found: m, presupposed });
      // ("the relocation of the base to a replacement facility": the facility itself is no place of its own.)
      if (!(moved || sited) || m.entity === entity.id || !entity.facts.some((f) => f.property === 'location') || told(entity, 'location')) continue;
      // "the relocation of a U.S. military base to the X district of Nago": the town says which move it is, as for a site.
      // A move to the place in a document about this move (its places named anywhere, 「X移設を明記」 over the story, a headline's
      // 「Xへの移設が唯一の解決策」), a relocation site told as such (「移設候補地に」), or a move in a sentence that names the
      // move's own site or base (「辺野古崎地区…、X周辺への移設」), needs no more of the move around it.
      const ownSite = mentions.some((o) => o !== m && (o.entity === replaced || sitesOf(entity).has(o.entity)));
      if (sited ? inTown || about(family) : mentions.some((o) => o.entity === replaced) || recent.slice(0, 2).includes(replaced) || toldInTown(text, sentence, m, lang) || ((moved || gluedMove || site) && about(family)) || (!inAddress && ownSite && !family?.has(m.entity))) out.push({ entity, property: 'location', found: m, presupposed });
    }
  }
  return out;
}
