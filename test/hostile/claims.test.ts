// The claim reader on sentences built to hurt it: up to the 2,000-unit sentence limit and past
// it, runs of capitalised words, particles, brackets, titles and names that its rules scan, mixed
// scripts, lone surrogates and emoji. Each must finish (a rule that backtracks would time the
// test out), and every conflict it raises must cover the text it names and sit in one sentence.
import { strict as assert } from 'node:assert';
import { LineIndex } from '../../src/core';
import { assertRangeCovers, serviceWith } from '../helpers';

const { service } = serviceWith();

const LONG = 1900;
const fill = (unit: string, n = LONG) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const CASES: Array<[string, string]> = [
  ['capitalised words before the subject', `The ${fill('Aaa ')} JJOC has 300 personnel.`],
  ['a description of many words', `The JJOC opened. The ${fill('new ')}command has 300 personnel.`],
  ['titles in a row', `${fill('Lt. Gen. ')}Taro Yamada commands the JJOC.`],
  ['names in a row', `Defense Minister ${fill('Yamada ')}visited.`],
  ['particles in a row', `統合作戦司令部${fill('はが')}300人体制で発足した。`],
  ['appositives between equals signs', `「統合作戦司令部」${fill('=司令官・山田太郎空将=')}が発足した。`],
  ['kanji runs before a title', `${fill('山田太郎')}防衛相は視察した。`],
  ['brackets and parentheses', `統合作戦司令部${fill('（（「」））')}の人員は300人。`],
  ['organisation and place chains', `The Ministry of Defense (MOD) in ${fill("Tokyo's ")}Futenma hosted it.`],
  ['event years', `After the ${fill('2011 ')}Great East Japan Earthquake, troops came.`],
  ['mixed scripts, emoji and lone surrogates', `JJOC\uD800👍🏽統合作戦司令部\uDC00は${fill('e\u0301 ٣ 𠮷 ')}の人員は300人である。`],
  ['cues and values in a row', `The JJOC ${fill('has 300 personnel and ')}.`],
  ['Japanese cues and values in a row', `統合作戦司令部は${fill('約300人の態勢で発足し、')}。`],
  ['ranked names in a row', `The JJOC ${fill('commanded by Lt. Gen. Taro Yamada and ')}.`],
  ['meeting words and dates between two participants', `中谷防衛相はヘグセス国防長官と${fill('30日に防衛省で会談し')}た。`],
  ['English meetings with places and days', `Gen Nakatani and Pete Hegseth ${fill('met at the Ministry of Defense on March 30, 2025, ')}.`],
  ['descriptions in a row', `The ${fill('joint headquarters and a joint headquarters of ')}has 300 personnel.`],
  ['bare titles after names', `防衛省の式典。${fill('山田太郎・大臣、')}が訓示した。`],
  ['infobox rows with no line break', `在日米軍\n\n${fill('| 上級部隊 | 航空総隊 | の一部 | ')}`],
  ['many infobox rows', `# 統合作戦司令部\n\n${fill('- 上級部隊: 国防総省\n')}`],
  ['spaces and commas between a meeting word and its day', `Gen Nakatani and Pete Hegseth met${fill(' ,', 80)}x on March 30, 2025.`],
  ['a run of capitals between a meeting word and its day', `Gen Nakatani and Pete Hegseth met ${fill('A', 80)}! on March 30, 2025.`],
  ['spaces between a meeting held and its day', `Defense Minister Kihara held Japan-U.S. Security Consultative Committee${fill(' ,', 80)}x on June 28, 2024.`],
  ['spaces between a founding and its place and day', `The JJOC was established at${fill(' ,', 80)}x on March 30, 2025.`],
  ['an address of wards and commas after a place', `The Defense Ministry in Ichigaya${fill(', Aaa-ku', 200)}, Hawaii, hosts it.`],
  ['a dateline of capitals and a lede of meetings', `${fill('Tokyo ', 120)}, March 30 (Jiji Press)--The defense chiefs of Japan and the United States ${fill('agreed Sunday and ')}.`],
  ['successions and asides in a row', `INDOPACOM is large. Robert Harlan, who ${fill('led, ')} relieved Adm. ${fill('John ')}Aquilino, who has led ${fill('the command ')}.`],
  ['one sentence over the limit', `The JJOC has 300 personnel ${fill('and more ', 12000)}.`],
  ['many short claims', fill('The JJOC has 300 personnel. 統合作戦司令部の人員は300人だ。 ', 20000)],
  ['units commanded in a long list', `U.S. Forces Japan will be led by a general, and will command ${fill('the Ground Component Command, the SDF Self-Defense Fleet, ')}and the Space Operations Group.`],
  ['titled holders on one line', `${fill('木原防衛相 山本五郎防衛相 ')}`],
  ['a date before a summit verb', `Fumio Kishida and Joe Biden on Wednesday (April 10) ${fill('reaffirmed ties and ')}during a bilateral summit.`],
  ['drawn-from numbers and other units', `統合作戦司令部は${fill('米太平洋艦隊のケーラー司令官と自衛隊からは隊員3万人、')}。`],
  ['a list of names after a verb', `In December 2021, the government revised its ${fill('National Security Strategy of Japan, the Aaa and ', 600)}Defense Buildup Program.`],
  ['a meeting told of, then its people again and again', `中谷防衛大臣は30日、防衛省でヘグセス国防長官と会談した。${fill('中谷防衛大臣とヘグセス国防長官は国防総省で会談した。')}`],
  ['services and commands before titles', `${fill('パパロ米インド太平洋軍海軍大将')}司令官は来日した。`],
  ['infobox rows above a lead, many and long', `${fill('Headquarters 5-1 Ichigaya honmura-cho, Hawaii\n', 2900)}The Ministry of Defense (防衛省) is a ministry.`],
  ['one row longer than the lead is looked for', `Formed 2007\nJurisdiction Japan\nHeadquarters ${fill('Ichigaya, Hawaii, ', 6000)}\nThe Ministry of Defense is a ministry.`],
  ['negated clauses joined by ", and this"', `U.S. Forces Japan does not have command${fill(', and this authority is not held by the Self-Defense Fleet')}, and this authority is held by the Self-Defense Fleet.`],
  ['authority opened many times', `在日米軍司令部がある。${fill('作戦指揮権は、ハワイにある自衛艦隊が持っていた。')}`],
  ['a name then a long way to since becoming', `This was Kobayashi's ${fill('first overseas trip and ')} since becoming defense minister. ${fill('Minister of Defense, H.E. ')}Tanaka Hiroshi.`],
  ['possessive joint commands in a row', `${fill("Japan's new unified command, the Japanese Self-Defence Forces' joint operation headquarters, ")}which will be launched by February.`],
  ['appointments approved again and again', `南雲憲一郎空将を起用した。${fill('この人事は2月11日の閣議で承認された。')}${fill('The appointment was approved at a Cabinet meeting on February 11. ')}`],
  ['a law promulgated with many notes', `統合作戦司令部は常設組織である。\n\n政令${fill('(令和7年政令第49号)')}が2025年3月14日に公布され${fill('[3]')}、同年2月24日に新たに設置された。`],
  ['short forms in brackets again and again', `${fill('A permanent joint headquarters (PJHQ) (PJHQ) ')}will establish the new PJHQ by the end of its fiscal year 2024 (February 2025) and requested 180 members to initially staff it.`],
  ['pronouns and counterparts in a row', `Pete Hegseth landed. ${fill('He joined his Japanese counterpart, Shinji Kobayashi. ')}Japan's Defense Minister, ${fill('Kobayashi, ')}spoke.`],
  ['one event dated many ways on one line', `${fill('the 2011 Tohoku Earthquake, the 2010 Tohoku Earthquake, the 2009 Tohoku Earthquake, ')}`],
  ['many ではなく in one sentence', `統合作戦司令部の人員は${fill('300人ではなく、')}240人だ。`],
  ['moves and sites in a long list', `Futenma will be relocated ${fill('to the coastal area of the waters off the area of ')}Henoko, in Nago, ${fill('returning the land used for the replacement facility for the ')}Futenma base, and reclaim some 160 hectares of land in waters off ${fill('soft ground off ')}Henoko.`],
  ['Japanese moves glued and repeated', `${fill('米海兵隊・普天間飛行場の名護市辺野古沿岸部への')}移設を進める。名護市辺野古に${fill('普天間基地代替施設')}を建設する。`],
  ['no command, then commands, again and again', `${fill('在日米軍司令部は作戦指揮権を持たない。ハワイの宇宙作戦群の司令部が指揮権を持つ。')}`],
  ['negated relative clauses, many', `米軍普天間飛行場の名護市ハワイへの移設に向け、${fill('これまで実施していなかった工事、')}で着手した。`],
  ['moves to towns told many ways', `The relocation of a U.S. base to the Hawaii district of ${fill('the northern Okinawan city of Nago, ')}and ${fill('the Tokyo coastal area in Okinawa Prefecture and ')} relocating the U.S. military's ${fill('Ichigaya, ')}`],
  ['one person and a kind of meeting, many times', `${fill('Pete Hegseth attends a defense ministerial meeting in Tokyo in February. The last meeting was held in May. ')}${fill('バイデン大統領は3月の首脳会談で確認した。')}`],
  ['Japanese descriptions and deadlines, many', `政府は2025年2月までに${fill('陸海空の3自衛隊を一元的に運用管理できる統合司令部の創設を目指す、')}${fill('自衛隊の常設統合司令部')}`],
  ['moves named many ways, repeated', `Futenma. ${fill('The Hawaii relocation project will take over the functions of the Ichigaya and remove the dangers of Tokyo. ')}普天間。${fill('ハワイ移設、名護市東京への米軍新基地建設、')}`],
  ['a name, a long predicate, then as a post', `Taro Kobayashi ${fill('will make his first trip and ')}as Japan's defense chief. ${fill('Kobayashi as defense minister ')}`],
  ['commanders titled by their commands, many', `${fill('New US Indo-Pacific Commander Admiral Robert Harlan and Chief Petty Officer Pierce Decker and ')}Joint Operations Commander.`],
  ['two who met and one date, with long quotes', `President Joe Biden and Prime Minister Fumio Kishida revealed “${fill('a plan on April 10, 2023 and ')}” on April 10, 2023 ${fill('and spoke ')}`],
  ['moves from long places to capes, negated, repeated', `Futenma. ${fill('Okinawa will never allow moving Marines from a crowded area in Ginowan in the central part of the island, also in Okinawa, to the Cape Tokyo area, nor the Hawaii landfill. ')}普天間。${fill('米軍東京の移設に向けたハワイ崎地区の「(市ヶ谷への)移設」、東京の固定化、ハワイに建設されるＶ字形の滑走路、')}`],
  ['two defence chiefs of a two-plus-two, many dates', `${fill('木原防衛大臣、オースティン国防長官と会談(6月2日)。Defense Minister Minoru Kihara met Defense Secretary Lloyd Austin on June 2. ')}${fill('U.S. Indo-Pacific Command head Admiral ')}Robert Harlan.`],
  ['wrong holders named again and again, bases told many ways', `${fill('浜田靖一防衛大臣が訪問した。浜田大臣は述べた。フィリップ・デービッドソン米インド太平洋軍司令官、デービッドソン司令官。')}Futenma. ${fill('the “relocation” of the U.S. Tokyo base, a replacement facility in a coastal area of Nago for the Ichigaya, Ichigaya cannot be shut down until, ')}普天間。${fill('米軍東京(宜野湾(ぎのわん)市)の名護市ハワイ(へのこ)への5年以内の移設、東京が唯一、市ヶ谷の県内移設、')}`],
  ['self-introductions, many', `${fill('本日、防衛大臣を拝命いたしました田中浩です。防衛大臣の田中です。防衛大臣の')}田中浩浩浩浩浩浩浩浩です。`],
  ['names by titles far before a negation, sites built at, many', `${fill('山田防衛大臣は「…」と、4つ星指揮官、東京に基地を建設する、東京沿岸域での新基地建設、ハワイの名護市辺野古での新基地建設、')}語らなかった。Futenma ${fill('the U.S. base is constructed in Tokyo (as replacement for the Tokyo base), Hawaii’s transfer to Henoko, ')}`],
  ['only solutions, bases moved and named, many', `普天間。${fill('東京が「唯一の解決策」、東京(宜野湾市)のキャンプ・シュワブ(名護市東京)沖への移設、辺野古への移設で合意している米軍東京は、県内の辺野古沿岸部への移設、ハワイ問題を解決する、')}Futenma ${fill('the plan to move Marine air operations on Okinawa to the Tokyo peninsula, the U.S. Marine Corps Tokyo in Ginowan, Okinawa Prefecture, is planned to be relocated, the Affairs’ Okinawa Liaison Office, ')}`],
  ['paired counterparts and top officials, many', `${fill('Marles hosted his US and Japanese counterparts, Lloyd Austin and Hiroshi Tanaka, and his American and Japanese counterparts A B and C D, ')}${fill('Admiral Daniel Whitford became the top military official in the Indo-Pacific Command, ')}`],
  ['ministries by height or district, many', `${fill('防衛省・普天間台、防衛省 ハワイ地区、現在の沖縄台の防衛省、防衛省・')}市ヶ谷台台台台台台。`],
  ['headlines over long stories, moves and bare titles, many', `${fill('東京移設を明記 ')}田中大臣、${fill('山田大臣、')}\n\n${fill('普天間飛行場の移設をめぐり、中谷元防衛大臣は述べた。')}${fill('Tokyo relocation plan faces new delays. ')}`],
  ['organisations moved, decisions, quakes and cabinet lists, many', `${fill('The Defense Agency moved to the Hawaii area from Roppongi, and the Defense Agency moved to ')}Ichigaya. ${fill('防衛庁は六本木から沖縄に移転し、')}${fill('In December 2022, the government decided to establish ')}the command. ${fill('The 9.0 magnitude earthquake struck in the afternoon of March 11, 2010, triggering a tsunami, ')}${fill('▽防衛大臣、安全保障法制担当大臣、')}に小林真司氏。`],
  ['sites and bases told many new ways, repeated', `普天間。${fill('米軍東京移設、名護市東京(へのこ)沖の埋め立て、同市ハワイ沖に代替施設を建設、東京への海上基地建設、普天間から東京に移転、米軍市ヶ谷の「移設先」、ハワイの移設工事、')}Futenma ${fill("the Tokyo site, the two Hawaii runways, a superbase at Tokyo, reclaim the coastal area of Tokyo, Hawaii's replacement facility, the relocation of U.S. Corps Air Station Ichigaya, ")}`],
  ['places said to hold the ministry, many', `${fill('東京の沖縄(いちがや)に防衛省があります。防衛庁本庁舎が、ここ辺野古地区に移転し、')}${fill("the agency's new facilities in Hawaii's ")}Shinjuku Ward.`],
  ['ministries at places, told many ways', `${fill('防衛省は辺野古の駅を出てすぐの')}目と鼻の先にあります。${fill('正面の普天間台に防衛庁がある。')}${fill('The Defense Agency moves to the Henoko buildings, at the ministry in ')}Henoko.`],
  ['addresses, cues of where, British spellings and Japan earthquakes, many', `${fill('防衛省の本部は東京都新宿区普天間にあり、所在地 沖縄新宿区市谷本村町、防衛省の所在地は東京・ハワイにある。')}${fill('The papers were approved by the former administration of Prime Minister X in 2021, including the Defence Buildup Programme, ')}${fill('After 2012 Japan earthquake, an earthquake struck the island nation of Japan on March 11, 2010, ')}end.`],
  ['bases relocated, told by name, many', `Henoko, ${fill('where Tokyo Air Station is relocated, where the Ichigaya Air Base in Okinawa is being relocated, Hawaii Air Base Relocation, ')}end.`],
  ['names with a space before titles, many', `${fill('井上 誠(いのうえ・まこと)統合作戦司令官、で一致 日米防衛相、 誠 統合作戦司令官、')}end。`],
  ['local days with Japan’s day in brackets, many', `${fill('石破茂総理は2日(日本時間の8日午前1時55分)、トランプ米大統領と首脳会談に臨み、')}終わった。`],
  ['epicentres, great tsunamis and general event names, many', `${fill('2023年1月1日に能登地方を震源とする地震。震度7を観測した。2010年3月11日に起こった巨大地震と大津波。2007年に発生した能登半島地震は別である。')}終わり。`],
  ['moves told by 移設先 and bases built at places, many', `普天間。${fill('市谷移設先として合意している名護市辺野古沿岸部、代わりに海兵隊の基地を東京につくる、')}終わり。`],
  ['returns agreed, dangers removed and 移転 glued to places, many', `普天間飛行場の移設。${fill('米軍東京(沖縄県宜野湾市)の全面返還に日米両政府が合意、市ヶ谷の危険性の早期除去、1999年に東京移転を決定、名護市東京のキャンプシュワブ沖合、')}終わり。`],
  ['construction and bays named before places, many', `Futenma. ${fill('the construction in Tokyo of an airfield to replace Futenma, reclaimed seabed in Oura Bay at Tokyo, relocation (of MCAS Futenma) to Tokyo, ')}end.`],
  ['bare ministers beside named ones, many', `上川外務大臣と木原防衛大臣が参加した。${fill('両閣僚は、閣僚協議で、上川大臣と佐藤大臣と林官房長官と山田大臣が、')}終わり。`],
  ['titles held at the time, dated, many', `${fill('2025年3月24日、折木防衛大臣(当時)が出席し、2023年1月11日、浜田防衛大臣(当時)は、')}終わり。`],
  ['capitalised names before heads, many', `The Defense Buildup Program. ${fill('The National Security Strategy Program Plan was revised since its formulation in 2013, ')}end.`],
  ['counterparts listed in dashes and bases in place of others, many', `Henoko. ${fill('their Japanese counterparts — foreign affairs minister Y and defense minister X — in place of the U.S. Marine Corps’ Tokyo, relocate the U.S. military base in Tokyo, ')}end.`],
  ['great earthquakes told by their region, many', `${fill('On 1st January 2023 an Mw7.5 earthquake occurred across the Noto Peninsula, M 7.5 - 2023 Noto Peninsula, Japan Earthquake, Tōhoku Noto ')}end.`],
  ['units listed before 指揮する, many', `在日米軍は、${fill('陸上総隊、自衛艦隊、航空総隊・')}宇宙作戦群を指揮する。${fill('インド太平洋軍は陸上総隊を指揮し、')}終わり。`],
  ['quoted building words, glued moves beside sites and under-whom phrases, many', `同司令官の下、司令部には${fill('辺野古「埋め立て」へ…東京移設、東京「埋め立て」、')}180名で発足する。`],
  ['bases with asides of where they are, many', `Henoko. ${fill('The Tokyo base, located in a densely populated area in the city of Ginowan in Okinawa, is slated to be relocated, Minister of Defense Mr. Tanaka, ')}end.`],
  ['plans changed, forums, series and implied events, many', `令和6年能登半島地震。日米首脳会談。${fill('3月初旬に訪問を実現させようとしていたが日程が変更された、APECの首脳会議で、2プラス2は2023年1月に開催して以来、2021年9月16日に発生したM5.1の地震、')}終わり。`],
  ['earthquakes by years, times and prefectures, many', `${fill('2023 Noto Peninsula Earthquake\n2010: Tōhoku earthquake and tsunami\noccurred at 4:10 p.m. local time (7:10 UTC) on Monday January 1, 2023, Iwate, Miyagi, Fukushima, the Noto quake on Jan. 1, 2023, ')}end.`],
  ['full-title rows in another infobox, many', `陸上自衛隊\n\n${fill('防衛大臣 | 山田太郎 |\n防衛大臣 | 吉田圭秀 |\n')}終わり。`],
  ['earthquakes by epicentres, tsunamis and year-first days, many', `${fill('令和5年(2023年)1月1日に石川県能登地方を震源として発生した、地震と津波による大災害、a tsunami devastated Tohoku on March 11, 2010, the 2010 March 11 earthquake, ')}end.`],
  ['addresses before にある and bases protested, many', `Futenma. ${fill('ハワイ新宿区市ヶ谷本村町にある防衛省、protest against the Tokyo base, the Tokyo base plan, ')}end.`],
  ['offices moved with asides, many', `${fill('防衛庁がここ(六本木)から沖縄(元々駐屯地があった)に移転して、沖縄に移転した防衛庁は、')}終わり。`],
  ['quakes by magnitude, sums for what came before, glued dated topics and one-kanji surnames, many', `常設統合司令部。${fill('2010年3月11日午後2時46分、マグニチュード9.0の巨大地震が三陸沖で発生し、そのため131億円を要求し、ハワイ施設の代替施設、令和3年12月政府は防衛力整備計画を閣議決定、米国防長官 林防衛相と、海上自衛隊において様々な要職を歴任、')}終わり。`],
  ['founding verbs with objects after their subjects, many', `The JJOC. ${fill('The JJOC has also officially established a new unit, will create the conditions, is intended to create a response in 2026, ')}end.`],
  ['sums with conversions and purposes before money words, many', `常設統合司令部。${fill('防衛省は常設統合司令部の設置費用として131億円(7120万ドル)、「統合作戦司令部」の創設に係る経費、の設置の費用、')}終わり。`],
  ['incumbent titles after an organisation with no holder on record, many', `インド太平洋軍。${fill('在日米軍司令官は第5空軍司令官が兼務しており、現任司令官は、ジョン・スミス中将。')}終わり。`],
  ['earthquakes of a year, nuclear accidents, tremors and tidal waves, bracketed magnitudes, many', `${fill('the earthquake and tsunami of 2010, the 2010 nuclear accident triggered by a massive earthquake, a seismic tremor and tidal wave struck Japan in 2010, On 1 January 2023, at 16:10 JST, a MJMA 7.6 (Mw 7.5) earthquake struck the Noto Peninsula, ')}end.`],
  ['bases moved by 移す, coasts before replacement facilities and relocations in places, many', `Futenma. 普天間飛行場。${fill('普天間飛行場を東京へ移す、普天間飛行場の部隊を東京に移した、東京沿岸部への代替施設の建設、the relocation in Tokyo, ')}end.`],
  ['fronted dates with zones, seconds, colons and citation marks, many', `令和6年能登半島地震。${fill(':2010年(平成22年)3月11日14時46分18秒(日本時間)、能登半島地震は、2023年(令和5年)1月1日16時10分(JST)に、珠洲市内で発生した地震[20][注釈 12]、')}終わり。`],
  ['cabinet days before foundings and names in lenticular brackets, many', `${fill('政府は3月11日の閣議で、【統合作戦司令部】を新編することを決めた。【統合作戦司令部】は2025年2月に発足、')}終わり。`],
  ['base construction in places and replacement facilities of places, many', `Futenma. ${fill('to block base construction in Tokyo, constructing replacement facilities of Tokyo, a relocation in Tokyo, ')}end.`],
  ['commands told by their heads and headcounts before names, many', `${fill('統合作戦司令官をトップとする360人の司令部、約360人の統合作戦司令部、インド太平洋軍司令官を長とする司令部、')}終わり。`],
  ['titled names before denials, many', `${fill('Defense Minister Taro Yamada denied his resignation, denied that Lt. Gen. Taro Yamada was named commander of the JJOC, 田中防衛相は辞任を否定、')}end.`],
  ['moves of things other than bases and superiors beside other organisations, many', `Okinawa. ${fill('The school moved to Tokyo, Governor Tamaki moved to Tokyo, 在日米軍を防衛省司令官隷下の統合軍司令部として再構成し、統合作戦司令部のカウンターパートとなる、')}end.`],
  ['relative clauses with their own nouns after verbs, many', `${fill('The JJOC works closely with INDOPACOM, which has about 375,000 personnel, ')}end.`],
  ['budgets of other things before costs of a command, many', `${fill('2024年度の防衛予算は約7.9兆円で、統合作戦司令部の関連経費も含まれる。The defense budget is about 7.9 trillion yen, including costs related to the JJOC. ')}end.`],
  ['earthquakes of other places beside great ones, many', `Tohoku. ${fill('The 2010 Chile earthquake and tsunami killed 525, unlike the 2012 Haida Gwaii earthquake, the Tohoku quake was a magnitude 9.0 event, ')}end.`],
  ['bases moved to coasts and relocation destinations, many', `普天間飛行場。${fill('東京沿岸に基地を移す、基地移転先の東京は、')}終わり。`],
  ['relative clauses on other units after the topic, many', `統合作戦司令部は、${fill('2006年3月に発足した統合幕僚監部とは別に、2022年3月に新編された自衛隊サイバー防衛隊も、')}指揮する。`],
  ['clauses on other countries\' nouns and unknown names, many', `The JJOC is compared ${fill("with the UK's PJHQ, which opened in 1996, and the Medium Term Defense Program, adopted in 2018, and a British command that opened in 1996, ")}end.`],
  ['fronted clauses and suppositions, many', `${fill('When the JJOC was launched in March 2025, INDOPACOM had about 375,000 personnel. If the JJOC had 1,000 personnel, it could. 仮に統合作戦司令部の要員が500人を超えれば、手狭になる。')}end.`],
  ['counterparts, predecessors and deputies of names and pronouns, many', `The JJOC opened. ${fill("Its counterpart, INDOPACOM, was founded in 1947. The JJOC's American partner, U.S. Forces Japan, has about 54,000 personnel. ")}end.`],
  ['sums ending their own clauses before a command\'s costs, many', `${fill('防衛関係費は約7兆9496億円となり、統合作戦司令部の創設経費も含まれた。要員は今後280人に増やす案、')}終わり。`],
  ['anniversaries, surnames alone and decisions dated before their deeds, many', `${fill('統合作戦司令部は発足1周年を迎える。統合作戦司令部の俵副司令官は補佐する。The government decided in December 2022 to set up the JJOC. ')}end.`],
  ['other countries\' bodies of the same names, many', `${fill("英国の常設統合司令部（PJHQ）の要員は約500人、Singapore's Ministry of Defence was established in 1970, ")}end.`],
  ['other places\' quakes, earlier clauses, others\' branches, other posts and gatherings, many', `${fill('2010年2月27日、チリ中部でマグニチュード8.8の地震が発生した。自衛隊が1954年7月1日に創設されてから、海上自衛隊出身の俵千城海将、統合幕僚副長に起用された。前回の2023年1月の会合。The budget, which included funds for the JJOC, totaled 7.95 trillion yen. ')}end.`],
  ['clauses of time, chambers\' members and other bodies\' foundings, many', `${fill('two years before the JJOC was established, the House of Councillors, whose 248 members serve, when the joint task force reached a strength of about 107,000 troops, 1954年の自衛隊発足から約70年で統合作戦司令部の新設、')}end.`],
  ['counts of things, others\' headcounts, conditionals and 当時 before lists, many', `${fill('統合作戦司令部は以下の5つ、規模は約2万8500人の在韓米軍と比べれば、300人規模になれば、当時の折木良一統合幕僚長が山田太郎防衛相に、')}終わり。`],
  ['other quakes struck, comparisons and series before, many', `The Noto quake came. ${fill('Later a magnitude 6.5 earthquake struck Suzu, at the tip, on May 5, 2023, and U.S. Forces Korea, like U.S. Forces Japan, falls under INDOPACOM; the U.S.-Japan 2+2 before the July 2024 meeting met; 2006年当時から、')}end.`],
  ['announcements of states going on and other meetings\' holders, many', `${fill('在日米軍は2025年4月10日、統合軍司令部へのアップグレードを開始していると発表した。2025年10月29日、小泉進次郎防衛相は来日したヘグセス国防長官と日米防衛相会談を行った。')}終わり。`],
  ['editions, former posts, lists of bodies, fronted titles and caption labels, many', `${fill('防衛力整備計画 (2023)により、統合幕僚副長だった佐藤健二空将、防衛省本省ならびに統合幕僚監部や各幕僚監部がある市ヶ谷地区、When Defense Minister Kenji Sato Image: AP ')}end.`],
  ['clauses with itself, participles after names and times from events, many', `${fill('The JJOC sat beside the Joint Staff, which had itself been created in March 2006, and the Joint Staff, created in 2006; 統合作戦司令部が発足する前の2024年初めには、')}end.`],
  ['relative clauses before topics, comparisons, foreign bodies, views and branches, many', `${fill('統合作戦司令部が指揮する自衛隊サイバー防衛隊は、2022年3月に約540人で、統合作戦司令部の発足より約半年早く、英国国防省の常設統合司令部、500人規模に拡大すべきだとの意見、航空総隊は航空自衛隊の隷下、')}終わり。`],
  ['purposes, years set off, subordinate clauses and announced postings, many', `${fill("The law was amended in May 2024 to create the JJOC, the year the JJOC's set-up funds were requested, even though they belong to the Air Self-Defense Force, itself founded in 1954; 2006年に矢野一樹氏が提起した構想、連絡官派遣を発表した。")}end.`],
  ['moves with asides and work off capes, many', `Futenma moves. ${fill('They agreed to transfer the operations, in fiscal 2022 or later, of the base to an airstrip; ground improvement work off the northern side of Cape Henoko and construction work in the sea off ')}end.`],
  ['English glosses in brackets, many and nested', `統合作戦司令部は${fill('（Admiral Gregory Lansing, Commander, U.S. Indo-Pacific Command (INDOPACOM (((JJOC))))）、')}終わり。`],
  ['readout openings with clocks and colons, many', `On March 10th, ${fill('commencing at 10:50 a.m. (11:50 p.m. on April 10th, Japan time) for approximately 85 minutes, ')}Mr. KISHIDA Fumio held a meeting with Joseph R. Biden.`],
  ['countries\' ministers, posts one becomes, headcounts held and honorifics, many', `${fill('各国防衛相と会談、防衛大臣になる井上誠氏、22万以上の隊員を持つ自衛隊、the defence minister, Mr Makoto Inoue, ')}終わり。`],
  ['welcomes with long guests, many', `Nakatani welcomed ${fill('U.S. Defense Secretary Pete Hegseth and ')}Hegseth to the Pentagon in Tokyo for talks.`],
  ['dated earthquakes and tsunamis and 震災, many', `${fill('2010年の地震と津波、2010年3月の東北地方で多くが亡くなった地震と津波、2010年の震災では、')}終わり。`],
  ['restrictive clauses on names and indefinite nouns, many', `The JJOC ${fill("works with a unit that was established in 1947 and the Forces' joint operation headquarters that will be launched by 2025 and ")}end.`],
  ['contrasts, conditionals, plans as kinds and times before, many', `${fill('統合作戦司令部が約240人で発足したのに対し、2018年3月に新編された水陸機動団は、500人まで膨らめば、1000人規模にするような計画は、それまでの3年間、2010年の東北地方の地震以来、')}終わり。`],
  ['colons with the latter, days counted, owners and floated creations, many', `The JJOC ${fill("began; the Cyber Defense Command, launched in March 2022, and: the latter was activated in 2020; On March 29, 2025, a day before his talks; the Squadron's 20-member launch; creation was first floated in 2006; ")}end. 石破氏はかつて防衛大臣を務めた経験を持つ。`],
  ['other rounds, named offices, clauses ended before a cue and asides before a move, many', `${fill('前回の「2+2」は、2025年10月の日米防衛相会談は、白書は2025年7月に閣議で報告され、統合作戦司令部の発足を、カーター米国防長官と、日本の防衛大臣俵千城と、東京基地の替わりの施設を、辺野古沿岸(大浦湾も含む)への移設、統合作戦司令部の2倍、')}終わり。`],
  ['subordinators, dates onto names, quakes by day, comparisons and laws, many', `${fill("Before taking charge of INDOPACOM, the January 1, 2024, Noto Peninsula Earthquake, At 4:10 in the afternoon of January 1, 2024, the Noto Peninsula of Ishikawa Prefecture was hit by a 7.5 magnitude earthquake that struck on New Year's Day 2024, more than twice the JJOC's strength, the law creating the JJOC was enacted ")}end.`],
  ['whose clauses, contrasts, proposals, wishes, quakes by the hour and moves from one town to another, many', `${fill("USFK reports to INDOPACOM, whose roughly 380,000 personnel, while USFJ reports to, the year the Joint Staff Office itself was established, Japan's 7.95 trillion yen defense budget, for the JJOC to be launched the following March, on Mar. 11, 2011 when disaster struck Japan with a 9.0-magnitude earthquake, the tsunami in 2011, relocation from Ginowan city to Nago city’s less populated Henoko district, ")}end. ${fill('統合作戦司令部の発足に先立ち、創設を訴えた、300人規模で始められれば理想的だった、2024年1月1日16時10分 (日本時間 、協定世界時7時 分)に、辺野古に代替施設が完成しても、普天間基地“代替施設”、防衛省市ヶ谷地区、- 英国：常設統合司令部（1996年設置）')}終わり。`],
  ['kinds of holder, announced postings, suppositions, anniversaries and standpoints, many', `${fill('初の女性防衛相、2025年9月6日、連絡官を東京に派遣したと発表した、カナダ軍にも「統合作戦司令部」があり、仮に人員を倍増させるとすれば、480人規模、同司令部の指揮下にある陸上総隊は、2006年に移行してから、海上自衛隊出身の立場から、小泉防衛相は就任後初めて、')}終わり。 ${fill("a memorial on January 1, 2025, the first anniversary of the disaster, a week after the JJOC opened, Adm. Samuel Palau, Indo-Pacom commander, ")}end.`],
  ['decisions to upgrade, long and repeated', `Japan and the US decided in June to upgrade ${fill('the command and control of the forces and ')}the command of US forces in Japan. ${fill('In June, Japan and the US agreed to upgrade the US military command in Japan. ')}`],
];

describe('hostile sentences for the claim reader', () => {
  for (const [what, text] of CASES) {
    it(`${what} (${text.length} code units): finishes, and each conflict covers its text`, () => {
      const a = service.analyze({ file: 'hostile.md', text, kind: 'markdown' })!;
      const lines = new LineIndex(text);
      for (const d of a.diagnostics.filter((x) => x.code === 'fact-conflict')) {
        const [s, e] = assertRangeCovers(text, lines, d.range, what);
        assert.equal(text.slice(s, e), d.found, `${what}: the range holds what the conflict says it found`);
      }
      assert.ok(Array.isArray(service.readClaims({ file: 'hostile.md', text, kind: 'markdown' })));
    });
  }

  it('still reads a plain claim after the hostile ones (no state leaks between documents)', () => {
    const a = service.analyze({ file: 'after.md', text: 'The JJOC has 300 personnel.', kind: 'markdown' })!;
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'fact-conflict').map((d) => d.found), ['300']);
  });
});
