// Claim checking as a table: a sentence in, the conflicts it must raise out ("entity.property
// found→replacement"). English and Japanese side by side; the traps are the rows with no conflict.
import { strict as assert } from 'node:assert';
import { serviceWith } from '../helpers';

const { service } = serviceWith();

function conflicts(text: string): string[] {
  const a = service.analyze({ file: 'x.md', text, kind: 'markdown' })!;
  return a.diagnostics.filter((d) => d.code === 'fact-conflict').map((d) => `${d.entity}.${d.property} ${d.found}→${d.replacement}`);
}

const CASES: Array<[string, string[]]> = [
  ['The JJOC has 300 personnel.', ['jjoc.personnel 300→240']],
  ['The JJOC has 240 personnel.', []],
  ['The JJOC has about 250 personnel.', []],
  ['The JJOC has more than 200 personnel.', []],
  // A fix never keeps a bound it would make false: the whole phrase is replaced.
  ['The JJOC has more than 300 personnel.', ['jjoc.personnel more than 300 personnel→240 personnel']],
  ['The JJOC does not have 300 personnel.', []],
  ['Does the JJOC have 300 personnel?', []],
  ['NHK says plans would take the JJOC to 280 personnel.', []],
  ['統合作戦司令部の人員は三百人だ。', ['jjoc.personnel 三百→二百四十']],
  ['統合作戦司令部は約240人体制で発足した。', []],
  ['統合作戦司令部の人員は２４０人。', []],
  ['The JJOC was established on March 24, 2025.', []],
  ['The JJOC was established on 24 March 2025.', []],
  ['The JJOC was established on 2025-03-31.', ['jjoc.established 2025-03-31→2025-03-24']],
  ['The JJOC was set up in 2024.', ['jjoc.established 2024→2025']],
  ['統合作戦司令部は令和7年3月に発足した。', []],
  ['統合作戦司令部は令和6年3月24日に発足した。', ['jjoc.established 令和6年3月24日→令和7年3月24日']],
  ['発足から半年たった2025年9月、統合作戦司令部は訓練を行った。', []],
  ['2024年3月の発足以来、統合作戦司令部は陸海空を指揮している。', ['jjoc.established 2024年3月→2025年3月']],
  ['統合作戦司令部は発足から半年の2025年9月、訓練を行った。', []],
  ['Since its establishment in March 2024, the JJOC has grown.', ['jjoc.established March 2024→March 2025']],
  ['Since its creation on March 24, 2024, the Joint Operations Command has been led by Gen. Kenichiro Nagumo.', ['jjoc.established March 24, 2024→March 24, 2025']],
  ['Since its founding, the JJOC has grown to 240 staff in March 2026.', []],
  ['Setting up the JJOC cost 10.5 billion yen.', []],
  ['The JJOC cost 105億円.', []],
  ['統合作戦司令部の関連経費は120億円だった。', ['jjoc.cost 120億→105億']],
  ['The JJOC budget was $80 million.', ['jjoc.cost 80 million→71.2 million']],
  ['The JJOC is commanded by Kenichiro Nagumo.', []],
  ['The JJOC is commanded by Tateki Tawara.', ['jjoc.commander Tateki Tawara→Kenichiro Nagumo']],
  ['Tateki Tawara is the deputy commander of the JJOC.', []],
  ['統合作戦司令部の司令官は俵千城海将だ。', ['jjoc.commander 俵千城→南雲憲一郎']],
  ['The JJOC commands the Self-Defense Fleet and the JSDF branches.', []],
  ['ＪＪＯＣの創設経費は105億円（2024年度予算の要求額）。', []],
  ['The JJOC stood up in fiscal 2024 with a budget of 10.5 billion yen.', []],
  ['統合作戦司令部の人員が三百人に達したとの一部報道は誤りで、実際は約240人である。', []],
  ['Reports that the JJOC has 300 personnel are wrong.', []],
  ['The JJOC has 300 personnel, not the 240 often cited.', []],
  ['JJOC personnel costs reached $90 million.', ['jjoc.cost 90 million→71.2 million']],
  ['Kenichiro Nagumo of the Japan Air Self-Defense Force became the commander of the JJOC.', []],

  // --- Reading the sentence's structure (invented sentences, not real prose) ---
  // The subject, not the nearest name, owns the value.
  ['The JJOC, housed in the Defense Ministry compound at Ichigaya, opened with 300 staff.', ['jjoc.personnel 300→240']],
  ['統合作戦司令部は防衛省の敷地内に置かれ、約300人の態勢で始動した。', ['jjoc.personnel 300→240']],
  // A value about another subject stays with it.
  ['The Defense Ministry, which oversees the JJOC, has 20,000 staff.', []],
  // A cue that belongs to another organisation's title says nothing about ours.
  ['俵海将は舞鶴地方隊の司令官などを経て、統合作戦司令部の副司令官を務める。', []],
  ['He was once the commander of the Maizuru District before joining the JJOC.', []],
  // Pronouns, descriptions and a Japanese sentence without a subject refer back.
  ['The JJOC opened last spring. It has 300 personnel.', ['jjoc.personnel 300→240']],
  ['The JJOC opened last spring. The new command has 300 personnel.', ['jjoc.personnel 300→240']],
  ['統合作戦司令部が発足した。同司令部の人員は約300人だ。', ['jjoc.personnel 300→240']],
  ['統合作戦司令部が発足した。当初は約300人体制となる。', ['jjoc.personnel 300→240']],
  // A month alone, after a word that makes it a time, dates the claim by its month.
  ['The JJOC was launched in February.', ['jjoc.established February→March']],
  ['The JJOC was launched in March.', []],
  // A description that fits none of the recent entities refers to nothing.
  ['The Defense Ministry moved offices. The new command has 300 personnel.', []],
  // Titles name their holder's organisation; another country's title does not.
  ['Defense Minister Taro Yamada visited the troops.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['山田太郎防衛相は部隊を視察した。', ['jmod.minister 山田太郎→中谷元']],
  ['British Defence Minister John Healey visited Tokyo.', []],
  ['U.S. Pacific Air Forces Deputy Commander Lt. Gen. Jane Doe spoke.', []],
  // A name the dataset does not know, introduced by a rank, fills a person-valued property.
  ['The JJOC is commanded by Lt. Gen. Taro Yamada.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['統合作戦司令部の司令官に山田太郎陸将を充てる。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  // A misspelling of the right name is no other person.
  ['The JJOC is commanded by Gen. Kenichiro Nagomu.', []],
  // Family name first.
  ['Japan named General Nagumo Kenichiro as the first head of the JJOC.', []],
  ['Japan named General Tawara Tateki as the first head of the JJOC.', ['jjoc.commander Tawara Tateki→Kenichiro Nagumo']],
  // A relative clause dates the noun it modifies; another predicate's date is not the cue's.
  ['政府は、4月24日に新設される統合作戦司令部の人事を決めた。', ['jjoc.established 4月24日→3月24日']],
  ['2022年末に閣議決定された戦略で統合作戦司令部の創設が打ち出された。', []],
  ['Recommendations to establish the JJOC date back to 2022.', []],
  ['The government aims to establish the JJOC in 2026.', ['jjoc.established 2026→2025']],
  // A date without a year is compared by month and day.
  ['On April 24, the JJOC was officially launched.', ['jjoc.established April 24→March 24']],
  ['On March 24, the JJOC was officially launched.', []],
  // Names that stand together make claims with no cue word.
  ['The talks took place at the Ministry of Defense (MOD) in Futenma.', ['jmod.headquarters Futenma→Ichigaya']],
  ['新宿区辺野古の防衛省で記者会見が開かれた。', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['Troops deployed after the 2012 Great East Japan Earthquake.', ['tohoku-earthquake-2011.date 2012→2011']],
  // A role title with no owner in its sentence is the role in what the text is about.
  ['統合作戦司令部が発足した。式典では、初代司令官に任命された俵千城海将に旗が授与された。', ['jjoc.commander 俵千城→南雲憲一郎']],
  ['The JJOC opened this week. Its first commander is Lt. Gen. Taro Yamada.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  // A name set off right after a title, even with no rank after it.
  ['統合作戦司令部\n\n統合作戦司令官 山田太郎（空将）', ['jjoc.commander 山田太郎→南雲憲一郎']],
  // Infobox rows: a key that is a cue, the title's entity, the value after the key.
  ['在日米軍\n\n| 項目 | 内容 |\n|---|---|\n| 上級部隊 | 航空総隊 |', ['usfj.reportsTo 航空総隊→インド太平洋軍']],
  ['在日米軍\n\n| の一部 | 航空総隊 |', ['usfj.reportsTo 航空総隊→インド太平洋軍']],
  ['# 統合作戦司令部\n\n- 上級部隊: 国防総省', ['jjoc.reportsTo 国防総省→防衛省']],
  ['統合作戦司令部\n\n上級部隊 防衛省', []],
  ['メモ\n\n上級部隊 国防総省', []],
  ['The JJOC is part of the Pentagon.', ['jjoc.reportsTo the Pentagon→Ministry of Defense']],
  ['上級部隊 防衛大臣直轄', []],
  // A name next to its title says who holds it, whoever else the sentence names.
  ['折木良一防衛相と中谷防衛相が並んだ写真。', ['jmod.minister 折木良一→中谷元']],
  // After a topic, a name that takes を is the verb's object, not the title's holder.
  ['統合作戦司令官は、ランドル海軍中佐を歓迎した。', []],
  // A relative or participle clause right after a name is about that name.
  ['The cabinet approved the plan for the JJOC, set to be established on Mar. 31, on Tuesday.', ['jjoc.established Mar. 31→Mar. 24']],
  ['Our team works with the JJOC, which was established on April 1.', ['jjoc.established April 1→March 24']],
  ['The Defense Ministry, which was established on April 1, oversees the JJOC.', []],
  // A day alone is the day of the article's month.
  ['「統合作戦司令部」が今月19日に発足した。', ['jjoc.established 19日→24日']],
  ['「統合作戦司令部」が今月24日に発足した。', []],
  // 「防衛相から」 is still the minister; 「発足から」 is a point in time.
  ['式典では山田防衛相から旗が授与された。', ['jmod.minister 山田→中谷元']],
  // An organisation before a title is no person.
  ['太平洋艦隊司令官を務めたパパロ氏は、米インド太平洋軍司令官に就任した。', []],
  // The topic takes up the post.
  ['ランシング氏は5月、前司令官の後任として米インド太平洋軍司令官に就任した。', ['indopacom.commander ランシング→サミュエル・パパロ']],
  // A reading in brackets between a name and its rank.
  ['統合作戦司令部が発足した。佐藤健二（さとう・けんじ）空将が統合作戦司令官として指揮する。', ['jjoc.commander 佐藤健二→南雲憲一郎']],
  // An untitled name of two words right after a person cue; an appositive with a possessive.
  ['The JJOC will be led by Taro Yamada.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['The Joint Operations Command, under Gen. Taro Yamada’s leadership, coordinates the three services.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['Defense Minister Taro Yamada\'s visit to Okinawa was postponed.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['The JJOC is led by Japan and the United States.', []],
  ['Lt. Gen. Taro Yamada, the JJOC’s first commander, spoke.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  // A name right before a compound title.
  ['統合作戦司令部が発足した。山田太郎統合作戦司令官は会見で述べた。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  ['統合作戦司令部が発足した。南雲憲一郎統合作戦司令官は会見で述べた。', []],
  // A name after a name-valued cue, in another clause, is not what the claim is about.
  ['US forces will report to the commander of INDOPACOM, in close collaboration with the JJOC.', []],
  // A day alone belongs to the clause it stands in: after a new subject it dates that clause.
  ['「統合作戦司令部」の創設を柱とする改正案が10日の本会議で可決された。', []],
  // Names that end like a country's short form (田中) and a middle dot before the title.
  ['田中防衛大臣は、ヘグセス国防長官と防衛省で会談した。', ['jmod.minister 田中→中谷元']],
  ['山田太郎・防衛相は30日、ヘグセス国防長官と防衛省で会談した。', ['jmod.minister 山田太郎→中谷元']],
  // "commander of Japan's …", British spelling, an activation ceremony, a fronted date for a first clause.
  ['Gen. Taro Yamada, the first commander of Japan’s Joint Operations Command, spoke.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['Defence Minister Taro Yamada met troops at the Defence Ministry in Okinawa.', ['jmod.minister Taro Yamada→Gen Nakatani', 'jmod.headquarters Okinawa→Ichigaya']],
  ['The JJOC held its activation ceremony at Camp Ichigaya on April 24, 2025.', ['jjoc.established April 24, 2025→March 24, 2025']],
  ['2025年4月24日、陸海空3自衛隊を一元的に指揮する「統合作戦司令部」が発足し、初代司令官に南雲憲一郎空将が就任した。', ['jjoc.established 2025年4月24日→2025年3月24日']],
  // A Japanese sentence with no subject may be about the next-to-last entity too.
  ['統合作戦司令部の創設が決まった。在日米軍も機能を強化する。東京・市谷に300人規模で発足する。', ['jjoc.personnel 300→240']],
  // A title right after an organisation that is no known name is that organisation's.
  ['在日米軍は、第5空軍司令官を兼務する在日米軍司令官によって指揮される。', []],
  // The names a sentence mentions are remembered, not only its subject.
  ['陸海空3自衛隊を指揮する「統合作戦司令部」の創設を柱とする改正案が成立した。東京・市谷に300人規模で発足する。', ['jjoc.personnel 300→240']],
  // A person without such facts as the subject: the claim is the nearest organisation's.
  ['Gen. Kenichiro Nagumo, commander of the JJOC, reviews troops during the activation ceremony on April 24, 2025.', ['jjoc.established April 24, 2025→March 24, 2025']],
  ['The Defense Ministry, near the JJOC, held a ceremony on April 24, 2025 for its founding.', []],
  // A command and what it commands, from either side.
  ['陸上総隊はハワイに司令部があり、在日米軍を傘下に置く。', ['usfj.reportsTo 陸上総隊→インド太平洋軍']],
  ['インド太平洋軍はハワイに司令部があり、在日米軍を傘下に置く。', []],
  ['This falls to the Self-Defense Fleet, of which USFJ is a component.', ['usfj.reportsTo Self-Defense Fleet→United States Indo-Pacific Command']],
  ['USFJ, a component of U.S. Indo-Pacific Command, will change.', []],
  // The place where an organisation is: 「防衛省のある東京・市谷」.
  ['統合作戦司令部は、防衛省本庁のある東京・辺野古に発足する。', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['統合作戦司令部は、防衛省のある東京・市ヶ谷に発足する。', []],
  // A name before an appositive title; a parenthesis between a base-verb cue and its date.
  ['Makoto Inoue, Japan’s new defense minister, visited the JJOC.', ['jmod.minister Makoto Inoue→undefined']],
  ['Gen Nakatani, Japan’s new defense minister, visited the JJOC.', []],
  ['Japan plans to establish a Japan Joint Operations Command (JJOC) by 2024.', ['jjoc.established 2024→2025']],
  // A property that holds several values: another one is no conflict.
  ['The JJOC will have U.S. Forces Japan as a new counterpart.', []],
  // "U.S. forces in Japan" names USFJ; "report directly to the commander of X" reports to X.
  ['Washington will turn U.S. forces in Japan into a headquarters that will report directly to the commander of the Self-Defense Fleet.', ['usfj.reportsTo Self-Defense Fleet→United States Indo-Pacific Command']],
  ['Washington will turn U.S. forces in Japan into a headquarters that will report directly to the commander of U.S. Indo-Pacific Command.', []],
  // An appositive between a name and its verb; "appointed to lead".
  ['Vice Adm. Jiro Tanaka, a former fleet commander at the Maritime Self-Defense Force, was appointed to lead the JJOC.', ['jjoc.commander Jiro Tanaka→Kenichiro Nagumo']],
  ['Lt. Gen. Kenichiro Nagumo, a former fighter pilot of the Air Self-Defense Force, was appointed to lead the JJOC.', []],
  // "A and B, both approved … in DATE": the participle clause is about the names before it.
  ['Tokyo revised the National Defense Strategy and the Defense Buildup Plan, both approved by the Cabinet in 2021.', ['defense-buildup-plan.published 2021→2022']],
  // A meeting told by who met: its date and place, once one of them shows it is the dataset's.
  ['Gen Nakatani and Pete Hegseth held talks at the Pentagon in Washington on March 30, 2025.', ['us-japan-defense-ministers-meeting-2025-03-30.location the Pentagon→Ministry of Defense']],
  ['Gen Nakatani and Pete Hegseth held talks at the Defense Ministry in Tokyo on Sunday, April 30, 2025.', ['us-japan-defense-ministers-meeting-2025-03-30.date April 30, 2025→March 30, 2025']],
  ['中谷防衛相は31日、来日したヘグセス国防長官と防衛省で会談した。', ['us-japan-defense-ministers-meeting-2025-03-30.date 31日→30日']],
  ['ヘグセス国防長官と並ぶ中谷防衛相＝30日午後、米国防総省（代表撮影）　会談では抑止力の強化を確認した。', []],
  ['視察後に握手する中谷防衛相とヘグセス国防長官＝30日午後、米国防総省（代表撮影）', []],
  ['会談後、握手する中谷防衛相とヘグセス国防長官＝30日午後、米国防総省（代表撮影）', ['us-japan-defense-ministers-meeting-2025-03-30.location 米国防総省→防衛省']],
  // A date wrong in one part only (the month, the year) names the same meeting, wrongly dated.
  ['ヘグセス米国防長官は4月30日の日米防衛相会談で表明した。', ['us-japan-defense-ministers-meeting-2025-03-30.date 4月30日→3月30日']],
  ['ヘグセス米国防長官は10月29日の日米防衛相会談で表明した。', []],
  ['ブリンケン国務長官とオースティン国防長官は、2024年6月28日に東京で日本の外相と防衛相との間で「2+2」および延長抑止対話を開催した。', ['us-japan-2plus2-2024-07.date 2024年6月28日→2024年7月']],
  ['This follows a March 2024 summit between President Joe Biden and Prime Minister Fumio Kishida.', ['us-japan-summit-2024-04.date March 2024→April 2024']],
  // The same month of another year may be that year's summit (April 2021's, Biden and Suga's): no near miss…
  ['The April 2023 Japan-U.S. summit focused on the economy.', []],
  // …unless the summit's people are named: the same two meeting a year or a month apart is the rarer story.
  ['This follows an April 2023 summit between President Joe Biden and Prime Minister Fumio Kishida.', ['us-japan-summit-2024-04.date April 2023→April 2024']],
  ['This follows a March summit between President Joe Biden and Prime Minister Fumio Kishida.', ['us-japan-summit-2024-04.date March→April']],
  ['防衛省は3月31日、米軍が統合作戦司令部との連携を専門に扱う部署を新設すると発表した。', []],
  // How long a meeting just told of lasted; hours and minutes are one length of time.
  // (No replacement is offered: 「1時間25分」 is not one number to rewrite.)
  ['中谷防衛大臣は、アメリカ・ヘグセス国防長官と防衛省で会談した。中谷防衛大臣はヘグセス国防長官と約2時間20分にわたって会談。', ['us-japan-defense-ministers-meeting-2025-03-30.duration 約2時間20分→undefined']],
  ['中谷防衛大臣は、アメリカ・ヘグセス国防長官と防衛省で会談した。中谷防衛大臣はヘグセス国防長官と約1時間20分にわたって会談。', []],
  ['中谷防衛大臣はヘグセス国防長官と約2時間20分にわたって会談。', []],
  // Nothing says it is the dataset's meeting: the same people meet again elsewhere, on other days.
  ['Gen Nakatani met Pete Hegseth at the Pentagon on May 31, 2025.', []],
  ['中谷防衛相は6月1日、ヘグセス国防長官とシンガポールで会談した。', []],
  // The three security documents adopted together date the plan among them.
  ['The JJOC was first proposed in the three key security documents adopted in 2021.', ['defense-buildup-plan.published 2021→2022']],
  ['2021年末に策定された安保3文書で統合司令部の創設が打ち出された。', ['defense-buildup-plan.published 2021年→2022年']],
  // A present-tense clause that holds the post, before the titled name it modifies.
  ['統合作戦司令部が発足した。式典では、初代司令官の重責を担う山田太郎空将が訓示した。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  ['統合作戦司令部では、司令官を務める山田太郎空将が訓示した。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  // Where a career began is the service branch.
  ['南雲憲一郎氏は、陸上自衛隊でキャリアをスタートさせた。', ['kenichiro-nagumo.service 陸上自衛隊→航空自衛隊']],
  // An event used as a point in time keeps its own date right after it, with only a place between.
  ['Gen. Nagumo inspected the JJOC ahead of its activation ceremony at Camp Ichigaya in Tokyo, April 24, 2025.', ['jjoc.established April 24, 2025→March 24, 2025']],
  ['Gen. Nagumo inspected the JJOC ahead of its activation ceremony, which drew crowds on April 24, 2025.', []],
  ['The JJOC marked the first anniversary of its establishment on March 24, 2026.', []],
  // A description by words of one organisation's name, before or instead of the name.
  ['Funds will go to a joint headquarters for the three services. Officials hope to launch the new command by March 2024.', ['jjoc.established March 2024→March 2025']],
  ['The joint headquarters, staffed by some 300 officers, will sit in Tokyo.', ['jjoc.personnel 300→240']],
  ['The government plans to set up the joint headquarters in 2025. It will open with 300 personnel under the leadership of a joint commander.', ['jjoc.personnel 300→240']],
  // "a permanent joint command", as news called the JJOC before it had its name.
  ['The ministry plans to set up a permanent joint command. Officials plan to establish the new command, composed of roughly 300 members, in Ichigaya.', ['jjoc.personnel 300→240']],
  // Another country's joint headquarters is not ours.
  ['The British joint headquarters, staffed by some 300 officers, sits in Northwood.', []],
  ['Britain set up its joint headquarters in 1996 with 300 personnel.', []],
  // A Japanese date marked に reaches its verb over names and particles, not over another predicate.
  ['統合作戦司令部は、2025年4月24日に東京・市ヶ谷の防衛省の敷地内で陸海空自衛隊の隊員とともに正式に発足した。', ['jjoc.established 2025年4月24日→2025年3月24日']],
  ['2021年末に公表された報告書で、陸海空の部隊を束ねる統合作戦司令部を東京・市ヶ谷に発足させる方針が示された。', []],
  // 「XはYの隷下にある」: a cue that begins with の takes the name right before it; a topic may carry two asides.
  ['在日米軍（USFJ）（英語では United States Forces Japan と書く）は、陸上総隊の隷下にある。', ['usfj.reportsTo 陸上総隊→インド太平洋軍']],
  ['在日米軍は、インド太平洋軍の隷下にある。', []],
  ['米軍の指揮下のもと、自衛隊が在日米軍と訓練を行った。', []],
  // Titles real prose uses: "X chief", "defense chief, X," a branch before a rank, a title made
  // from its organisation's name (統合作戦司令官), "opened in".
  ['INDOPACOM chief Adm. John Smith said the drills would continue.', ['indopacom.commander John Smith→Samuel Paparo']],
  ['Japan’s defense chief, Taro Yamada, said the drills would continue.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Japan’s new Joint Operations Command, headed by Air Self-Defense Force Lt. Gen. Taro Yamada, began work.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['統合作戦司令官に就任した山田太郎空将は会見で語った。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  ['山田太郎・統合作戦司令官は会見で語った。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  ['The JJOC, which opened in March 2024, coordinates the three services.', ['jjoc.established March 2024→March 2025']],
  ['The cabinet approved the assignment of Lt. Gen. Taro Yamada as commander of the Self-Defense Forces Joint Operations Command.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  // Another organisation's chief, a former holder, other things opened.
  ['Joint Staff chief Gen. Yoshihide Yoshida visited the JJOC on Monday.', []],
  ['The U.S. Army’s Pacific chief, Gen. Taro Yamada, visited the JJOC.', []],
  ['Chief Cabinet Secretary Yoshimasa Hayashi said the JJOC would open in 2025.', []],
  ['前統合作戦司令官の山田太郎空将は会見で語った。', []],
  ['The JJOC opened a liaison office in 2026.', []],
  // The sentence's subject takes the post; an affiliation before a ranked name; a name glued to the
  // organisation a title is made with.
  ['Taro Yamada, 59, will be the first commander of the JJOC.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['Taro Yamada was tapped as the first commander of the JJOC.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['Kenichiro Nagumo, 59, will be the first commander of the JJOC.', []],
  ['Taro Yamada, 59, will be the first speaker at the JJOC ceremony.', []],
  ['Taro Yamada, who became defense minister in October, spoke to reporters.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Lt. Gen. Taro Yamada took the helm of the JJOC in March.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['統合作戦司令部が発足した。初代司令官には、航空自衛隊の山田太郎空将が就任した。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  ['スミス米インド太平洋軍司令官は記者会見で語った。', ['indopacom.commander スミス→サミュエル・パパロ']],
  // 「N人で発足」 states the initial headcount and the founding; an address in brackets; more cues.
  ['統合作戦司令部は約300人で発足した。', ['jjoc.personnel 300→240']],
  ['統合作戦司令部は2025年4月24日に約240人で発足した。', ['jjoc.established 2025年4月24日→2025年3月24日']],
  ['防衛省（東京都新宿区辺野古）は発表した。', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['防衛省（東京・市ヶ谷）は発表した。', []],
  ['The JJOC became operational in March 2024.', ['jjoc.established March 2024→March 2025']],
  ['USFJ will operate under the direct control of the Self-Defense Fleet.', ['usfj.reportsTo Self-Defense Fleet→United States Indo-Pacific Command']],
  ['The Defense Ministry, located in Okinawa, announced the change.', ['jmod.headquarters Okinawa→Ichigaya']],
  ['The JJOC launched the drills on May 1, 2025.', []],
  // "the ministry's headquarters": a possessive description of an earlier entity; the most specific
  // place of a chain ("Tokyo's Henoko district") is the value.
  ['The Defense Ministry moved last year. The ministry’s headquarters in Okinawa is large.', ['jmod.headquarters Okinawa→Ichigaya']],
  ['The Defense Ministry is headquartered in Tokyo’s Henoko district.', ['jmod.headquarters Henoko→Ichigaya']],
  ['The Defense Ministry is headquartered in Tokyo’s Ichigaya district.', []],
  // An event's date in brackets right after its name.
  ['東日本大震災（2012年）の際、統合任務部隊が編成された。', ['tohoku-earthquake-2011.date 2012年→2011年']],
  ['The Great East Japan Earthquake (2011) showed the need for joint command.', []],
  // A bare title after a name (「山田太郎・大臣」) is the office of the organisation the text is about.
  ['防衛省で式典があった。隊旗を授与した山田太郎・大臣は訓示した。', ['jmod.minister 山田太郎→中谷元']],
  ['防衛省で式典があった。中谷大臣は訓示した。', []],
  ['防衛省で式典があった。上川陽子外務大臣は訓示した。', []],
  ['外務省で式典があった。茂木敏充・大臣は訓示した。', []],
  // The one replaced held the post before: the claim is about the successor.
  ['Adm. Samuel Paparo took over from Adm. John C. Aquilino as commander of U.S. Indo-Pacific Command.', []],
  ['Adm. Daniel Whitford took over from Adm. John C. Aquilino as commander of U.S. Indo-Pacific Command.', ['indopacom.commander Daniel Whitford→Samuel Paparo']],
  ['Adm. Samuel Paparo, succeeding Adm. John C. Aquilino, became commander of U.S. Indo-Pacific Command.', []],
  ['パパロ氏が、アキリーノ氏の後任としてインド太平洋軍司令官に就任した。', []],
  // An event of one person, told by the person and what happened, not by its name.
  ['2023年(令和5年)2月15日、吉田圭秀統合幕僚長が過労で入院した。', ['yoshida-hospitalization-2024-02.date 2023年(令和5年)2月15日→2024年(令和6年)2月']],
  ['吉田圭秀統合幕僚長は2024年2月15日に入院した。', []],
  ['Gen. Yoshihide Yoshida was hospitalized on Jan. 15, 2024.', ['yoshida-hospitalization-2024-02.date Jan. 15, 2024→Feb. 2024']],
  ['Gen. Yoshihide Yoshida visited the JJOC on Jan. 15, 2024.', []],
  // A date fronted at the sentence's start dates its main verb, over a long subject.
  ['In December 2021, the government of Japan, led by its National Security Council, approved three strategic documents.', ['defense-buildup-plan.published December 2021→2022']],
  ['In December 2021, the National Security Council met for the first time in months, and the Cabinet approved three strategic documents.', []],
  // 「Xでは、Yが就任」; under an organisation's commander (「Y司令官隷下の」); a subject after the cue is a later clause's.
  ['新設された統合作戦司令官では、吉田圭秀空将が就任することとなった。', ['jjoc.commander 吉田圭秀→南雲憲一郎']],
  ['在日米軍について自衛隊サイバー防衛隊司令官隷下の統合軍司令部として再構成する考えを示した。', ['usfj.reportsTo 自衛隊サイバー防衛隊→インド太平洋軍']],
  ['在日米軍についてインド太平洋軍司令官隷下の統合軍司令部として再構成する考えを示した。', []],
  ['在日米軍司令部はアップグレードを進めている。2月には既にアップグレードが開始され、要員が到着している。', ['usfj.upgradeStarted 2月→3月']],
  ['式典には隊員家族ら計約400人が出席した。', []],
  // A ministry's notice: date and time, then how long, then who met where (において).
  ['令和7年4月30日9時50分から約85分間、中谷防衛大臣とヘグセス米国防長官は、防衛省において会談を行った。', ['us-japan-defense-ministers-meeting-2025-03-30.date 令和7年4月30日→令和7年3月30日']],
  ['令和7年3月30日9時50分から約106分間、中谷防衛大臣とヘグセス米国防長官は、防衛省において会談を行った。', ['us-japan-defense-ministers-meeting-2025-03-30.duration 106→85']],
  ['令和7年3月30日9時50分から約85分間、中谷防衛大臣とヘグセス米国防長官は、国防総省において会談を行った。', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  // A summit's general name, beside a date of one summit (or a date wrong in one part).
  ['両閣僚は、本年1月7日の日米首脳会談における合意を踏まえた。', ['us-japan-summit-2025-02-07.date 1月7日→2月7日']],
  ['両閣僚は、本年2月7日の日米首脳会談における合意を踏まえた。', []],
  ['両首脳は、本年6月1日の日米首脳会談で合意した。', []],
  // A day that opens the sentence dates the cue after it, over names and particles only.
  ['先月19日、防衛省内に新たに設立された統合作戦司令部は、陸海空の自衛隊を一元的に指揮する。', ['jjoc.established 19日→24日']],
  ['19日、政府は会議を開き、統合作戦司令部の発足を確認した。', []],
  // An appositive between the appointed name and "as the first head of"; a fronted occasion with its date.
  ['At a Cabinet meeting on March 11, the government appointed Lt. Gen. Inoue Makoto, vice chief of staff at the Joint Staff of the JSDF, as the first head of the Joint Operations Command.', ['jjoc.commander Inoue Makoto→Kenichiro Nagumo']],
  // A purpose clause between the verb and a date that ends the sentence; not one that names an event.
  ['Japan Self-defense Force (JSDF) established Joint Operations Command (JJOC) to oversee three branches on February 24th.', ['jjoc.established February 24th→March 24th']],
  ['Japan established the JJOC to prepare for the summit on May 1.', []],
  // What was launched "with N personnel", whoever launched it; a later cue with its own number states another member.
  ['Ishiba administration launched JJOC in Ichigaya, Tokyo, with 360 personnel which will be increased to 280 within a year.', ['jjoc.personnel 360→240']],
  ['Ishiba administration launched JJOC in Ichigaya, Tokyo, with 240 personnel which will be increased to 350 within a year.', ['jjoc.plannedPersonnel 350→280']],
  ['The JJOC has a planned 280 personnel.', []],
  // A document and its year.
  ['The Defense Buildup Program in 2021, made under Prime Minister Fumio Kishida, noted the need.', ['defense-buildup-plan.published 2021→2022']],
  ['The 2022 Defense Buildup Program noted the need.', []],
  // A person "of" a service branch: the branch is theirs, and no other claimant between the name and its title.
  ['General Ken-ichiro Nagumo of Maritime Self-defense Force assumed the Commander of the JJOC.', ['kenichiro-nagumo.service Maritime Self-defense Force→Japan Air Self-Defense Force']],
  ['General Taro Tanaka of Air Self-defense Force assumed the Commander of the JJOC.', ['jjoc.commander Taro Tanaka→Kenichiro Nagumo']],
  ['General Ken-ichiro Nagumo of Air Self-defense Force assumed the Commander of the JJOC.', []],
  // 「…Y司令官隷下の」 after another organisation: Y is the value, the organisation before is the subject.
  ['2+2は都内で開かれ、米国において在日米軍について自衛隊サイバー防衛隊司令官隷下の統合軍司令部として再構成する考えを示した。', ['usfj.reportsTo 自衛隊サイバー防衛隊→インド太平洋軍']],
  // A person described as a member of a branch; a branch "OB" before a name is no other claimant.
  ['南雲憲一郎（なぐも けんいちろう）は、日本の陸上自衛官。', ['kenichiro-nagumo.service 陸上自衛官→航空自衛隊']],
  ['南雲憲一郎（なぐも けんいちろう）は、日本の航空自衛官。', []],
  ['南雲憲一郎は、陸上自衛官と会談した。', []],
  ['新たな防衛大臣に就任する陸上自衛官OBの井上誠・元防衛大臣は語った。', ['jmod.minister 井上誠→中谷元']],
  // 「Xの指揮は…Yが担う」: who commands it.
  ['在日米軍の指揮は、これまでハワイにある航空総隊司令部が担っていた。', ['usfj.reportsTo 航空総隊→インド太平洋軍']],
  ['在日米軍の指揮は、これまでハワイにあるインド太平洋軍司令部が担っていた。', []],
  // Moving a facility somewhere names where the one that replaces it stands.
  ['普天間基地の東京移設を含む沖縄統合計画を着実に実施する。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['米軍普天間飛行場(沖縄県宜野湾市)の名護市辺野古への県内移設計画で、埋め立て工事が始まった。', []],
  ['The relocation of the Futenma base to Tokyo is under way.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The relocation of Futenma to Okinawa’s Henoko district is under way.', []],
  ['Futenma is in Okinawa.', []],
  // A unit described by its liaison role, put somewhere: USFJ's liaison office (the one organisation that has one).
  ['米軍は自衛隊の統合作戦司令部との連携を専門に扱う部門を、東京都心部の港区六本木にある米陸軍基地「普天間飛行場代替施設」に設置することを決めた。', ['usfj.liaisonOffice 普天間飛行場代替施設→赤坂プレス・センター']],
  ['米軍は自衛隊の統合作戦司令部との連携を専門に扱う部門を、東京都心部の港区六本木にある米陸軍基地「赤坂プレスセンター」に設置することを決めた。', []],
  ['He leads the Joint Operations Command Cooperation Team, which was installed at Okinawa, a U.S. military compound in Tokyo, in April.', ['usfj.liaisonOffice Okinawa→Akasaka Press Center']],
  ['The JJOC opened a liaison office in 2026.', []],
  // No false conflicts found on a fourth set of real pages: a date right before a cue of its own
  // kind is that cue's; a cue that is another verb's object has no date of its own; no names made
  // of title words or glued to katakana.
  ['統合作戦司令部の設置は,令和4年12月に策定された安保3文書で明記されていた。', []],
  ['これに基づき、2024年2月9日に統合作戦司令部の設置が盛り込まれた法律案が国会に提出された。', []],
  ['文民の最高司令官である大統領と統合作戦司令官の機能を併せ持つ。', []],
  ['岩屋外務大臣とパパロ・米インド太平洋司令官が握手した。', []],
  // Found on a fourth set of real pages (Japanese): commas written , as the ministry writes them;
  // a negation inside a quotation; a fronted 「…月末、」 past a cue used as a noun; 「Y司令部の指揮下」;
  // a caption 「名前 防衛大臣」; 「防衛大臣には、…X氏が起用」; 「X・米インド太平洋司令官」.
  ['令和6年(2024年)3月24日,陸海空自衛隊を指揮する常設組織として,統合作戦司令部が新編された。', ['jjoc.established 令和6年(2024年)3月24日→令和7年(2025年)3月24日']],
  ['Lieutenant General Kenji Sato (right), commander of the newly established Joint Operations Command, receives honors.', ['jjoc.commander Kenji Sato→Kenichiro Nagumo']],
  ['山田防衛相は「これは増員するということは、やぶさかではない」としている。', ['jmod.minister 山田→中谷元']],
  ['2024年3月末、統合作戦司令部の創設とタイミングを合わせる形で、在日米軍は統合軍司令部へのアップグレードを開始した。', ['usfj.upgradeStarted 2024年3月→2025年3月']],
  ['在日米軍は現在、ハワイの陸上総隊司令部の指揮下にある。', ['usfj.reportsTo 陸上総隊→インド太平洋軍']],
  ['在日米軍は現在、ハワイのインド太平洋軍司令部の指揮下にある。', []],
  ['山田太郎 防衛大臣', ['jmod.minister 山田太郎→中谷元']],
  ['防衛大臣には、与那国島の配備計画を進めた佐藤健二氏が起用された。', ['jmod.minister 佐藤健二→中谷元']],
  ['防衛大臣には、与那国島の配備計画を進めた中谷元氏が起用された。', []],
  ['握手する外務大臣とランシング・米インド太平洋司令官', ['indopacom.commander ランシング→サミュエル・パパロ']],
  // From a third set of real pages (English): "ratified", "under the authority of", a title after
  // "From", a place before an organisation's building, "a former X officer", a bare "the staff",
  // "set up a base at", a relocation "in Okinawa to …".
  ['The command was outlined in the three security documents ratified by the Japanese government at the end of 2021.', ['defense-buildup-plan.published 2021→2022']],
  ['US Forces Japan will be transformed into a joint force headquarters unit under the authority of the commander of the Self-Defense Fleet.', ['usfj.reportsTo Self-Defense Fleet→United States Indo-Pacific Command']],
  ['We will have opening remarks From Defense Minister Kishida.', ['jmod.minister Kishida→Gen Nakatani']],
  ['The Joint Operations Command launched at the Henoko Defense Ministry building in Tokyo.', ['jmod.headquarters Henoko→Ichigaya']],
  ['The first commander was Lt. Gen. Kenichiro Nagumo, a former Maritime Self-Defense Force officer.', ['kenichiro-nagumo.service Maritime Self-Defense Force→Japan Air Self-Defense Force']],
  ['The Joint Operations Command was launched on Monday. The first commander was named, and the staff consists of about 360 personnel.', ['jjoc.personnel 360→240']],
  ['The Joint Operations Command was launched on Monday. The budget request rose over the record ¥6.82 trillion last year.', []],
  ['The U.S. Forces Japan had established a team to coordinate with the SDF and set up a base at Okinawa.', ['usfj.liaisonOffice Okinawa→Akasaka Press Center']],
  ['Work began for the relocation of the U.S. military base Futenma in Okinawa to Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // Two caption lines run into one paragraph: the right name on the other line does not excuse this one.
  ['握手する外務大臣とランシング・米インド太平洋司令官\n見つめ合う外務大臣とサミュエル・パパロ・米インド太平洋司令官', ['indopacom.commander ランシング→サミュエル・パパロ']],
  // Descriptions stand for their organisation inside a sentence; a dash aside; "where the ministry is located";
  // a relative clause with its number; a name that opens a longer one.
  ['The budget request includes ¥13.1 billion in funds associated with building the SDF’s permanent joint headquarters.', ['jjoc.cost 13.1 billion→10.5 billion']],
  ['The JJOC was announced. Officials plan to launch the new command — which will be in Tokyo’s Ichigaya area, where the ministry is located, and staffed by around 360 officials — by March 2024.', ['jjoc.personnel 360→240', 'jjoc.established March 2024→March 2025']],
  ['The Defense Ministry asked for funds. The unit will sit in Tokyo’s Henoko area, where the ministry is located.', ['jmod.headquarters Henoko→Ichigaya']],
  ['The Joint Staff, which has about 400 personnel, and the JJOC, which has about 360 personnel, are two parts of the defense.', ['jjoc.personnel 360→240']],
  ['The SDF Joint Operations Command, which will be the counterpart, was inaugurated on February 24.', ['jjoc.established February 24→March 24']],
  ['The British joint headquarters, staffed by some 300 officers, sits in Northwood.', []],
  // The right given name with another family name is another person; a misspelling of both is not.
  ['General Ken-ichiro Tanaka of Air Self-defense Force assumed the Commander of the JJOC.', ['jjoc.commander Ken-ichiro Tanaka→Kenichiro Nagumo']],
  ['Lt. Gen. Nagomu Kenishiro was appointed as the first commander of the JJOC.', []],
  // A possessive description without an article; a relative clause past a name inside the noun phrase.
  ['The U.S. command will be a counterpart to Japan’s new permanent joint headquarters overseeing all three branches of the Self-Defense Forces, which is set to launch at the end of fiscal 2024 with about 360 personnel.', ['jjoc.personnel 360→240']],
  ['The U.S. command will be a counterpart to Britain’s new permanent joint headquarters overseeing all three branches of its forces, which is set to launch in 2024 with about 360 personnel.', []],
  // The date of a cabinet decision that appoints one person is that person's nomination date.
  ['On February 11, the cabinet approved the appointment of Lt. Gen. Kenichiro Nagumo as the first head of the Joint Operations Command.', ['kenichiro-nagumo.nominated February 11→March 11']],
  ['On March 24, the government appointed Lt. Gen. Kenichiro Nagumo as the first head of the Joint Operations Command.', []],
  ['政府は、統合作戦司令部の初代司令官に南雲憲一郎空将を起用することを2月11日の閣議で決定した。', ['kenichiro-nagumo.nominated 2月11日→3月11日']],
  ['Kenichiro Nagumo attended a Cabinet meeting on May 1.', []],
  // An English sentence that gives a Japanese name in brackets is read as English.
  ['The Joint Operations Command (Japanese: 統合作戦司令部, JJOC) reports to the Japanese Ministry of Defense (JMOD) in Hawaii, Tokyo.', ['jmod.headquarters Hawaii→Ichigaya']],
  // From a fifth set (English): an event's date after "meeting on" or "(SCC) in Tokyo, Japan, on";
  // "took over leadership of"; "Jr."; "head office in X Ward, Y"; "where the Defense Ministry is located"; "X of the Y Office".
  ['During the U.S.-Japan Security Consultative Committee meeting on June 28, 2024, the ministers resolved to act.', ['us-japan-2plus2-2024-07.date June 28, 2024→July 2024']],
  ['During the U.S.-Japan Security Consultative Committee meeting on July 28, 2023, the ministers resolved to act.', []],
  ['The ministers convened the U.S.-Japan Security Consultative Committee (SCC) in Tokyo, Japan, on June 28, 2024.', ['us-japan-2plus2-2024-07.date June 28, 2024→July 2024']],
  ['Navy Admiral Lloyd J. Austin Jr. took over leadership of the U.S. Indo-Pacific Command on May 3, succeeding Admiral John Aquilino.', ['indopacom.commander Lloyd J. Austin→Samuel Paparo']],
  ['Navy Admiral Samuel J. Paparo Jr. took over leadership of the U.S. Indo-Pacific Command on May 3, succeeding Admiral John Aquilino.', []],
  ['The Defense Ministry head office in Shinjuku Ward, Hawaii', ['jmod.headquarters Hawaii→Ichigaya']],
  ['Tokyo’s Okinawa area, where the Defense Ministry is located, is far from Yokota.', ['jmod.headquarters Okinawa→Ichigaya']],
  ['The idea started in 2006 when Kazuki Yano of the Joint Staff Office said so.', ['kazuki-yano.affiliation Joint Staff Office→Maritime Staff Office']],
  // From a sixth set (Japanese), false conflicts: a misspelt name with the person's own surname;
  // a date that opens a span (「1976年以降」).
  ['統合作戦司令部の副司令官は俵建樹海軍中将だ。', []],
  ['統合作戦司令部の副司令官は山田太郎海軍中将だ。', ['jjoc.deputyCommander 山田太郎→俵千城']],
  ['国家防衛戦略が初めて策定された。これは、1976年以降6回策定されてきた防衛計画の大綱に代わるものだ。', []],
  // From a sixth set (Japanese): 「東京・市ヶ谷にある防衛省」, 「防衛省と同じ東京・市谷」, 「防衛省で初の対面による会談」,
  // the length of the meeting told of before with one of its people named, 「常設の統合司令部」, 「Xの舵を取る」.
  ['統合作戦司令部は、東京・辺野古にある防衛省(JMOD)傘下の司令部である。', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['統合司令部は24年度末、防衛省と同じ東京・辺野古に設置する。', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['中谷防衛相とヘグセス米国防長官は3月30日、国防総省で初の対面による会談を行った。', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  ['中谷防衛相とヘグセス米国防長官は3月30日、防衛省で会談を行った。中谷大臣は、約106分間に及んだ会談は率直だったと語った。', ['us-japan-defense-ministers-meeting-2025-03-30.duration 106→85']],
  ['陸海空3自衛隊を一元的に指揮する常設の統合司令部を360人規模で新設する。', ['jjoc.personnel 360→240']],
  ['ピート・ヘグセスがINDOPACOMの舵を取る', ['indopacom.commander ピート・ヘグセス→サミュエル・パパロ']],
  // The day an appointment takes effect (「…日付で」) is not the day it was decided; the cabinet meeting's is.
  ['政府は2月24日付で南雲憲一郎空将を統合作戦司令官に起用した。', []],
  ['2025年2月11日の閣議において、3月24日付をもって統合作戦司令部の初代司令官に南雲憲一郎を起用する人事が決定された。', ['kenichiro-nagumo.nominated 2025年2月11日→2025年3月11日']],
  // A full date that opened the sentence before, dating nothing there, dates this sentence's event;
  // not past a word of another time (翌年).
  ['2024年3月24日、日本の防衛体制における大きな変革が始まりました。陸海空の自衛隊を一元的に指揮する「統合作戦司令部」が発足しました。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  ['2024年3月24日、防衛省は準備室を設けた。統合作戦司令部は翌年発足した。', []],
  // False conflicts found on an eighth set (Japanese): 「防衛大学校出身」 names a school; 「自衛艦隊の一部」 in a
  // list of units has no subject; a cue inside a name (防衛力整備計画's 計画); a budget figure with no subject written.
  ['防衛大学校出身の南雲憲一郎空将が、新たに発足する自衛隊の統合作戦司令部トップに就任。', []],
  ['○ 陸自:中部方面隊、陸上総隊の一部、北部方面隊の一部\n○ 海自:舞鶴地方隊、自衛艦隊の一部、呉地方隊の一部', []],
  ['統合作戦司令部の創設が盛り込まれた。防衛力整備計画(令和5~9年度)の2年目にあたり、令和5年度当初予算の6兆8219億円から増えた。', []],
  ['在日米軍は、自衛艦隊の隷下にある。', ['usfj.reportsTo 自衛艦隊→インド太平洋軍']],
  // From an eighth set (Japanese): who took office at a change-of-command ceremony; a headline
  // 「X氏:…初代司令官に就任!?」 (surprise, not a question); 「辺野古の米軍新基地建設」.
  ['米インド太平洋軍の司令官交代式が3日、ハワイ州で開かれ、ハーラン海軍大将が就任した。', ['indopacom.commander ハーラン→サミュエル・パパロ']],
  ['米インド太平洋軍の司令官交代式が3日、ハワイ州で開かれ、パパロ海軍大将が就任した。', []],
  ['山田太郎氏:統合作戦司令部初代司令官に就任!?防衛省の新組織とは!?', ['jjoc.commander 山田太郎→南雲憲一郎']],
  ['普天間基地の「返還」のため、沖縄県名護市東京の米軍新基地建設などを加速させる。', ['futenma-replacement-facility.location 東京→辺野古']],
  // From a seventh set (English): "X (DBP), one of three … documents issued in …"; "Y, based in Hawaii,
  // has command authority over X"; "the replacement facility for MCAS Futenma in …"; "formulated".
  ['Japan outlined the plan in its Defense Buildup Program (DBP), one of three national security and defense documents issued in December 2021.', ['defense-buildup-plan.published December 2021→2022']],
  ['Currently, the Self-Defense Fleet, based in Hawaii, has command authority over U.S. Forces Japan.', ['usfj.reportsTo Self-Defense Fleet→United States Indo-Pacific Command']],
  ['Trucks keep pouring gravel at the construction site of the replacement facility for MCAS Futenma in Tokyo, Nago City.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Government of Japan formulated three strategic documents at the end of 2021.', ['defense-buildup-plan.published 2021→2022']],
  // A headcount with no owner written goes to the latest thing told of only.
  ['The Joint Operations Command was launched. The ministry then moved, and the staff consists of about 360 personnel.', []],
  // From a ninth set (English): "the new command, composed of roughly 240 members"; "Minister of Defense of
  // Japan X"; "in the Henoko district of Nago, the planned site of a replacement facility for … Futenma".
  ['The JJOC was announced. Officials plan to establish the new command, composed of roughly 360 members, in Tokyo.', ['jjoc.personnel 360→240']],
  ['Minister of Defense of Japan Fumio Kishida and U.S. Defense Secretary Pete Hegseth review an honor guard.', ['jmod.minister Fumio Kishida→Gen Nakatani']],
  ['Minister of Defense of Japan Kenji Sato and U.S. Defense Secretary Pete Hegseth review an honor guard.', ['jmod.minister Kenji Sato→Gen Nakatani']],
  ['Minister of Defense of Australia Richard Marles and U.S. Defense Secretary Pete Hegseth review an honor guard.', []],
  ['Work began in the Tokyo coastal district of Nago, the planned site of a replacement facility for the U.S. Marine Corps Air Station Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // From a fourteenth set (English): "took the reins of", "who assumed office as the new commander of",
  // a fronted "Taking over as … on <date>," before the holder, "returns (to his former post) as", "standing up".
  ['Adm. Robert Harlan took the reins of U.S. Indo-Pacific Command during a ceremony in Hawaii.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  ['In early May, Adm. Robert Harlan, who assumed office as the new commander of U.S. Indo-Pacific Command, spoke.', ['indopacom.commander Robert Harlan→undefined']],
  ['Taking over as the commander of U.S. Indo-Pacific Command on May 3, 2024, Admiral Robert Harlan is a native of Ohio.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  ['Ex-SDF officer Inoue returns as defense minister', ['jmod.minister Inoue→Gen Nakatani']],
  ['Former SDF officer Taro Yamada returns to his former post as defense chief.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Japan will be standing up the JJOC by March 2024.', ['jjoc.established March 2024→March 2025']],
  ['Taro Yamada, the former defense minister, spoke.', []],
  ['Ex-SDF officer Yamada met the defense minister.', []],
  ['The commander of U.S. Indo-Pacific Command on May 3, 2024, Admiral Robert Harlan said, was away.', []],
  // From a twelfth set (English): a month shared by a saying and the meeting before it ("said in late
  // March after meeting with"), not a day; "the committee met in"; "the Futenma Replacement Facility in
  // <place>", where a region that holds the site (Okinawa, as the site's description says) is no other
  // place; a holder before ", who has been serving …, was selected as" and ", formerly …, will lead".
  ['U.S. Defense Secretary Pete Hegseth said in late February 2025 after meeting with Japanese Defense Minister Gen Nakatani in Tokyo.', ['us-japan-defense-ministers-meeting-2025-03-30.date February 2025→March 2025']],
  ['Hegseth said on March 31, 2025 after meeting with Japanese Defense Minister Gen Nakatani in Tokyo.', []],
  ['On June 28, 2024, the Japan-US Security Consultative Committee met in Tokyo.', ['us-japan-2plus2-2024-07.date June 28, 2024→July 2024']],
  ['They discussed the construction of the Futenma Replacement Facility in Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Futenma Replacement Facility in Okinawa is delayed.', []],
  ['沖縄で普天間飛行場代替施設の建設が進む。', []],
  ['東京の普天間飛行場代替施設の建設が進む。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['Kenji Sato, who has been serving on the party’s security committee, was selected as defense minister.', ['jmod.minister Kenji Sato→Gen Nakatani']],
  ['General Makoto Inoue, formerly vice chief of staff for the Joint Staff Office, will lead the JJOC.', ['jjoc.commander Makoto Inoue→Kenichiro Nagumo']],
  // From a thirteenth set (Japanese): a name quoted in a headline (「「山田太郎」空将」), a title quoted before
  // its holder (「「統合作戦司令官」に…を起用」), the holder's own post before の (「統幕副長の小林氏」), and
  // 「防衛省がある市谷に」: the subject of a clause that says where a place is is not the sentence's.
  ['自衛隊「統合作戦司令部」初代トップに「山田太郎」空将', ['jjoc.commander 山田太郎→南雲憲一郎']],
  ['統合作戦司令部初代トップに統幕副長の小林氏起用へ', ['jjoc.commander 小林→南雲憲一郎']],
  ['統合作戦司令部をめぐり、政府はトップの「統合作戦司令官」に統合幕僚副長の井上誠・空将を起用する方針を固めた。', ['jjoc.commander 井上誠→南雲憲一郎']],
  ['統合作戦司令部の概要が判明した。防衛省がある東京・市谷に360人体制で設置。', ['jjoc.personnel 360→240']],
  ['統合作戦司令部の概要が判明した。防衛省がある東京・市谷に240人体制で設置。', []],
  ['統合作戦司令部初代トップに統幕副長の南雲氏起用へ', []],
  // From a fifteenth set (Japanese): a table written inside a paragraph is rows of their own (a right
  // date elsewhere in the paragraph no longer hides a wrong one), a name in a cell after 「初代司令官 |」,
  // the object of the cue's verb (「「統合作戦司令部」を新設」「インド太平洋軍を率いる」) and a relative
  // clause on that object between the date and the cue.
  ['【統合作戦司令部の基本データ】\n項目 | 詳細 |\n---|---|\n発足日 | 2024年3月24日 |\n初代司令官 | 井上誠(航空自衛隊出身) |', ['jjoc.established 2024年3月24日→2025年3月24日','jjoc.commander 井上誠→南雲憲一郎']],
  ['【統合作戦司令部の基本データ】\n項目 | 詳細 |\n---|---|\n発足日 | 2025年3月24日 |\n初代司令官 | 南雲憲一郎(航空自衛隊出身) |', []],
  ['自衛隊は、2024年3月24日に陸海空自衛隊を一元的に指揮する「統合作戦司令部」を新設しました。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  ['自衛隊は、2025年3月24日に陸海空自衛隊を一元的に指揮する「統合作戦司令部」を新設しました。', []],
  ['山田太郎氏はインド太平洋軍を率いる。', ['indopacom.commander 山田太郎→サミュエル・パパロ']],
  // The sentence before ended with a predecessor's name: the next sentence's holder is no predecessor.
  ['Yoko Kamikawa was appointed foreign minister, replacing Yoshimasa Hayashi. Kenji Sato was selected as defense minister.', ['jmod.minister Kenji Sato→Gen Nakatani']],
  ['Kenji Sato was appointed foreign minister, replacing Yoshimasa Hayashi.\n\nTaro Yamada, who has been serving on a party committee, was selected as defense minister, replacing Yasukazu Hamada.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  // From the sixth set (English): a suffix after the holder's name ("Jr."), and who met between the
  // meeting word and its date ("a meeting with Defense Minister X on …").
  ['Navy Admiral Daniel Whitford Jr. took over leadership of the U.S. Indo-Pacific Command on May 3.', ['indopacom.commander Daniel Whitford→Samuel Paparo']],
  ['Pete Hegseth held a meeting with Japanese Defense Minister Gen Nakatani on April 30, 2025.', ['us-japan-defense-ministers-meeting-2025-03-30.date April 30, 2025→March 30, 2025']],
  ['Pete Hegseth held a meeting with Japanese Defense Minister Gen Nakatani on March 30, 2025.', []],
  // From the fifth set (Japanese): 「X氏:初代統合作戦司令官とは何者か?」 asks who the holder is and says
  // who holds the post (a colon after a name labels it); a plain question still states nothing.
  ['井上誠氏:初代統合作戦司令官とは何者か?', ['jjoc.commander 井上誠→南雲憲一郎']],
  ['南雲憲一郎氏:初代統合作戦司令官とは何者か?', []],
  ['井上誠氏は初代統合作戦司令官か?', []],
  // False conflicts found on a seventeenth set (Japanese, first score): 「日本エストニア防衛相会談」 (a meeting of
  // such ministers, no holder), and 「4部から5部へ拡充」 (parts, not people).
  ['明日、エストニアのペフクル国防大臣を防衛省にお迎えして、日本エストニア防衛相会談を実施します。', []],
  ['統合作戦司令部の任務を反映した。構成も従来の4部から5部へ拡充されている。', []],
  ['統合作戦司令部の人員を300名に拡充する。', ['jjoc.plannedPersonnel 300→280']],
  // False conflict found on a sixteenth set (English, first score): "headquartered in" needs its subject
  // written; it does not name the one organisation the dataset gives a headquarters.
  ['The US Indo-Pacific Commander, headquartered in Hawaii, has command over units based in Okinawa Prefecture.', []],
  // From a sixteenth set (English): a verb with its object after it ("The Defense Ministry established the
  // JJOC on …": the object was established, not the ministry), "X leads the JJOC" (only with an
  // organisation named right after), "who has deep expertise in …" as an aside, "The current Minister of
  // Defense is X".
  ['The Defense Ministry established the Joint Operations Command on February 24 to unify command of the three services.', ['jjoc.established February 24→March 24']],
  ['JJOC established in 2024', ['jjoc.established 2024→2025']],
  ['Gen. Makoto Inoue, who has deep expertise in SDF joint operations, leads the SDF Joint Operations Command.', ['jjoc.commander Makoto Inoue→Kenichiro Nagumo']],
  ['Lt. Col. Raffi Mnatzakanian, who leads the JCT\'s campaign planning, said in an interview.', []],
  ['The current Minister of Defense is Taro Yamada, who took office on September 13, 2023.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['The current Minister of Defense is Gen Nakatani.', []],
  // From a nineteenth set (Japanese): 「統合司令部」 in brackets, the provisional name (unbracketed, any
  // country's joint command); a number with 程度 before 「の規模」.
  ['防衛省は、来年度、各自衛隊を一元的に指揮する常設の「統合司令部」を360人程度の規模で設置する方針です。', ['jjoc.personnel 360→240']],
  ['防衛省は、来年度、各自衛隊を一元的に指揮する常設の「統合司令部」を240人程度の規模で設置する方針です。', []],
  ['日豪の統合司令部間の相互理解を深める。', []],
  // 「辺野古への代替施設建設」「辺野古での代替基地建設」 after Futenma is named: the replacement's site.
  ['普天間返還問題、東京への代替基地建設に関し確認した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間返還問題、辺野古への代替基地建設に関し確認した。', []],
  ['沖縄での代替基地建設に関し確認した。', []],
  // 「司令部トップの統合作戦司令官に起用された X空将」: a bare 司令部 is the command told of, and the title
  // after 「トップの」 is the same post.
  ['統合作戦司令部が発足した。防衛省では司令部トップの統合作戦司令官に起用された小林真司空将が栄誉礼を受けた。', ['jjoc.commander 小林真司→南雲憲一郎']],
  ['統合作戦司令部が発足した。防衛省では司令部トップの統合作戦司令官に起用された南雲憲一郎空将が栄誉礼を受けた。', []],
  ['第5空軍司令部トップの司令官に起用された小林真司中将が着任した。', []],
  // 「…を目指す新組織が…に発足」: a description as the subject, after its modifier, stands for what was told of.
  ['統合作戦司令部が話題だ。自衛隊を一元的に指揮する新組織が2024年3月24日に発足した。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  ['統合作戦司令部が話題だ。自衛隊を一元的に指揮する新組織が2025年3月24日に発足した。', []],
  // 「会談は約85分間行われ」, "The talks lasted about 85 minutes": the meeting just told of, as the topic; nothing
  // without one told of before.
  ['令和7年3月30日、中谷元防衛大臣とピート・ヘグセス米国防長官は防衛省において会談を行い、一致した。会談は約106分間行われた。', ['us-japan-defense-ministers-meeting-2025-03-30.duration 106→85']],
  ['Gen Nakatani and Pete Hegseth met at the Ministry of Defense on March 30, 2025. The talks lasted about 120 minutes.', ['us-japan-defense-ministers-meeting-2025-03-30.duration 120→85']],
  ['会談は約106分間行われた。', []],
  // "the replacement facility for <place>": what the one replacement facility the dataset knows replaces.
  ['Trucks pour gravel at the construction site of the replacement facility for Ichigaya in Henoko, Nago City.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['Trucks pour gravel at the construction site of the replacement facility for MCAS Futenma in Henoko, Nago City.', []],
  // False conflicts found on a twentieth set (English, first score): a minister who hosts or meets "his
  // Japanese counterpart" holds another country's post; the counterpart named after it holds Japan's.
  ['Defence Minister Rajnath Singh will host his Japanese counterpart Gen Nakatani on Monday, May 5, for crucial talks.', []],
  ['Defence Minister Rajnath Singh will host his Japanese counterpart Shinji Kobayashi on Monday.', ['jmod.minister Shinji Kobayashi→Gen Nakatani']],
  ['Defence Minister Rajnath Singh will host his Japanese counterpart, Fumio Kishida, on Monday.', ['jmod.minister Fumio Kishida→Gen Nakatani']],
  ['In a formal talk with his Japanese and American counterparts, Defence Minister Richard Marles announced Japan will train in Darwin.', []],
  ['Secretary Austin, alongside Antony Blinken, and their Japanese counterparts, Defense Minister Makoto Inoue and Foreign Minister Yoko Kamikawa, emphasized the shift.', ['jmod.minister Makoto Inoue→Gen Nakatani']],
  ['Defence Minister Rajnath Singh met his Japanese counterpart.', []],
  // From a twentieth set (English): "with 240 personnel under General X"; "X, the country's defense minister";
  // "Japanese Minister for Defence X" (without "Japanese" it is Australia's or Britain's title).
  ['The Japan Joint Operations Command was established in the Defense Ministry in Tokyo with 240 personnel under General Makoto Inoue.', ['jjoc.commander Makoto Inoue→Kenichiro Nagumo']],
  ['The launch of the new command is of great significance, added Kenji Sato, the country’s defense minister.', ['jmod.minister Kenji Sato→Gen Nakatani']],
  ['Yesterday I took part in the meeting, along with US Secretary of Defense Lloyd Austin and Japanese Minister for Defence Kenji Sato.', ['jmod.minister Kenji Sato→Gen Nakatani']],
  ['Richard Marles (Corio, Australian Labor Party, Minister for Defence) Share this', []],
  // From a twenty-first and twenty-second set: "X (…) is a subordinate unified command of Y", "has officially taken
  // the reins of", 「田中浩 統合幕僚副長を起用」 (a space between a name and its post).
  ['The United States Forces Japan (USFJ) (Japanese: 在日米軍, Hepburn: Zainichi Beigun) is a subordinate unified command of the Ministry of Defense.', ['usfj.reportsTo Ministry of Defense→United States Indo-Pacific Command']],
  ['The United States Forces Japan (USFJ) (Japanese: 在日米軍, Hepburn: Zainichi Beigun) is a subordinate unified command of the United States Indo-Pacific Command.', []],
  ['Admiral Robert K. Harlan has officially taken the reins of the U.S. Indo-Pacific Command (USINDOPACOM), assuming command on May 3.', ['indopacom.commander Robert K. Harlan→Samuel Paparo']],
  ['これを前に政府は、11日の閣議で、司令部のトップである「統合作戦司令官」に田中浩 統合幕僚副長を起用することを決めました。', ['jjoc.commander 田中浩→南雲憲一郎']],
  ['これを前に政府は、11日の閣議で、司令部のトップである「統合作戦司令官」に南雲憲一郎 統合幕僚副長を起用することを決めました。', []],
  // An encyclopedia's citation after a sentence's dot: the right date in the next sentence does not hide a wrong one.
  ['The JJOC is a permanent command activated on March 24, 2024, to centralize oversight of the branches (JSDF).[1] Its creation was confirmed earlier in 2025.', ['jjoc.established March 24, 2024→March 24, 2025']],
  // "released three documents: A, B, and the Defense Buildup Program": the objects of a verb listed after a colon.
  ['In December 2021, Japan’s government released three major strategic documents: the National Security Strategy, the National Defense Strategy, and the Defense Buildup Program.', ['defense-buildup-plan.published December 2021→2022']],
  ['In December 2022, Japan’s government released three major strategic documents: the National Security Strategy, the National Defense Strategy, and the Defense Buildup Program.', []],
  ['Samuel Paparo steps into the position of the 27th commander of INDOPACOM.', []],
  // A move to where the replacement facility stands, from another place than the one it replaces (a region
  // that holds the replaced place is no other place).
  ['米軍ハワイ(沖縄県宜野湾市)の名護市辺野古への県内移設計画で、防衛省は14日、土砂を投入した。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['米軍普天間飛行場(沖縄県宜野湾市)の名護市辺野古への県内移設計画で、防衛省は14日、土砂を投入した。', []],
  ['The plan to move Hawaii to Henoko was endorsed.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ['沖縄の辺野古への移設が進む。', []],
  // "in the Tokyo district where the Defense Ministry is headquartered": no comma before where.
  ['The JJOC will be set up with about 240 personnel in the Hawaii district where the Defense Ministry is headquartered.', ['jmod.headquarters Hawaii→Ichigaya']],
  ['The JJOC will be set up in the Tokyo district where the Defense Ministry is headquartered.', []],
  // False conflict found on a twenty-fourth set (Japanese, first score): after 「防衛相に」 a name is one the
  // post is given to (「…を充てる」), not 「要望書を送り」.
  ['都や港区・区議会が防衛相に要望書を送り、改めて同センターの返還を求めている。', []],
  ['統合作戦司令部の司令官に山田太郎を充てる。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  // 「令和7年3月より、…アップグレードを開始」: from when a start happened is its date (「2022年から…検討」 is no such date).
  ['令和6年3月より、在日米軍は統合軍司令部へのアップグレードを開始しました。', ['usfj.upgradeStarted 令和6年3月→令和7年3月']],
  ['令和7年3月より、在日米軍は統合軍司令部へのアップグレードを開始しました。', []],
  // 「安全保障3文書の改定を決定」: the three documents' revision decided is the plan's publication.
  ['2021年12月16日、政府は臨時閣議で安全保障3文書の改定を決定した。', ['defense-buildup-plan.published 2021年12月16日→2022年']],
  ['2022年12月16日、政府は臨時閣議で安全保障3文書の改定を決定した。', []],
  // A dateline's date is when the text was written, not a right value that excuses a wrong one.
  ['March 30, 2025 (EIRNS)—Pete Hegseth, in meeting with Japanese Defense Minister Gen Nakatani in Tokyo on April 30, stated that Japan is a partner.', ['us-japan-defense-ministers-meeting-2025-03-30.date April 30→March 30']],
  ['March 30, 2025 (EIRNS)—Pete Hegseth, in meeting with Japanese Defense Minister Gen Nakatani in Tokyo on March 30, stated that Japan is a partner.', []],
  // 「X氏はY前司令官の後任として就任」: the topic now holds the post of the latest organisation that has it.
  ['インド太平洋軍の司令官交代式があった。ホイットフォード氏はアキリーノ前司令官の後任として5月に就任した。', ['indopacom.commander ホイットフォード→サミュエル・パパロ']],
  ['インド太平洋軍の司令官交代式があった。パパロ氏は前司令官の後任として就任し、協力強化を表明した。', []],
  ['インド太平洋軍の司令官交代式があった。バイデン氏は前司令官の後任として就任し、協力強化を表明した。', ['indopacom.commander バイデン→サミュエル・パパロ']],
  ['自衛艦隊の交代式があった。山田太郎氏は前司令官の後任として就任した。', []],
  // "answer (directly) to", 「…の指揮監督を受け」 as reportsTo.
  ['The JJOC will answer directly to the Pentagon.', ['jjoc.reportsTo the Pentagon→Ministry of Defense']],
  ['統合作戦司令部は国防総省の指揮監督を受ける。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['統合作戦司令部は防衛省の指揮監督を受ける。', []],
  // From a twenty-sixth set (English): "<place> (is) the only option for Futenma relocation", "report to the head
  // of X", "the Futenma Relocation Facility on <place>".
  ['U.S., Japanese leaders reaffirm Tokyo as only option for Futenma relocation', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['They reaffirmed that Henoko is the only option for Futenma relocation.', []],
  ['The Pentagon will reconstitute US Forces Japan into a joint headquarters that will report to the head of the Ministry of Defense.', ['usfj.reportsTo Ministry of Defense→United States Indo-Pacific Command']],
  ['The Pentagon will reconstitute US Forces Japan into a joint headquarters that will report to the head of the US Indo-Pacific Command.', []],
  ['The Futenma Relocation Facility on Tokyo bay is delayed.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // From a twenty-eighth set (both languages, first score: 「通称防衛相」 was a false conflict): counterparts set off
  // by dashes, "the Asia-focused U.S. Indo-Pacific Command", a katakana name before 新司令官.
  ['通称防衛相', []],
  ['On Sunday, Lloyd Austin, Antony Blinken and their Japanese counterparts — Defense Minister Shinji Kobayashi and Foreign Affairs Minister Yoko Kamikawa — announced the plan.', ['jmod.minister Shinji Kobayashi→Gen Nakatani']],
  ['Adm. Gregory Lansing became the 27th commander of the Asia-focused U.S. Indo-Pacific Command during a ceremony at Pearl Harbor.', ['indopacom.commander Gregory Lansing→Samuel Paparo']],
  ['米インド太平洋軍は3日、司令官交代式典を開催し、ハーラン新司令官が就任した。', ['indopacom.commander ハーラン→undefined']],
  ['米インド太平洋軍は3日、司令官交代式典を開催し、パパロ新司令官が就任した。', []],
  // False conflicts found on a twenty-seventh set (Japanese, first score): a scraped page's navigation line before
  // its title; an infobox row of the title entity, which has no commander on record, is no one else's;
  // 「代々海軍大将が就任」 names no one.
  ['コンテンツにスキップ\n\n在日米軍\n\n上級部隊 アメリカインド太平洋軍\n指揮\n司令官 スティーブン・ジョスト空軍中将[1]\n副司令官 ジョージ B. ラウル4世海兵隊少将', []],
  ['司令官には、代々海軍大将が就任している。', []],
  // From a twenty-seventh set (Japanese): the subject written is a later clause's (「…240人態勢で設けられ、初代
  // 司令官には…空将が任じられた」); 「…に任命された人物がX氏」.
  ['統合作戦司令部が発足した。防衛省のある東京・市谷に360人態勢で設けられ、初代司令官には前統合幕僚副長の南雲憲一郎空将が任じられた。', ['jjoc.personnel 360→240']],
  ['統合作戦司令部が発足した。防衛省のある東京・市谷に240人態勢で設けられ、初代司令官には前統合幕僚副長の南雲憲一郎空将が任じられた。', []],
  ['2025年、自衛隊において「統合作戦司令部」が新設され、その初代司令官に任命された人物が井上誠氏。', ['jjoc.commander 井上誠→南雲憲一郎']],
  // False conflict found on a twenty-ninth set (English, first score): "his new Japanese counterpart"; a host's
  // "Defence Secretary" (no cue of the dataset) names the defence post too; a caption's "not pictured" denies nothing.
  ['Defense Minister Kim Yong-hyun and his new Japanese counterpart, Hiroshi Tanaka, have held their first videoconference.', ['jmod.minister Hiroshi Tanaka→Gen Nakatani']],
  ['Defense Minister Kim Yong-hyun and his new Japanese counterpart, Gen Nakatani, have held their first videoconference.', []],
  ['Meanwhile, Defence Secretary John Healey met his Japanese counterpart, Hiroshi Tanaka, in London.', ['jmod.minister Hiroshi Tanaka→Gen Nakatani']],
  ["Japan's Defense Minister Kenji Sato, right, attends a meeting with Australia's Defence Minister Richard Marles, not pictured, in Tokyo.", ['jmod.minister Kenji Sato→Gen Nakatani']],
  // False conflicts found on a tenth set (Japanese): 「国務長官」, 「太平洋艦隊新司令官」, 「チーム司令官」 name no person;
  // 「防衛省=東京・市谷」 (a caption) gives the place; 「2プラス2」.
  ['出席者は日本側が外務大臣と防衛大臣、米国側がそのカウンターパートの国務長官と国防長官。', []],
  ['インド太平洋軍の司令官交代式があった。太平洋艦隊新司令官のパパロ大将(Image:U.S.Navy)', []],
  ['パパロ氏は、陸軍第10山岳師団の地域復興チーム司令官としてアフガニスタン派遣経験もある。インド太平洋軍の司令官に就いた。', []],
  ['防衛省=東京・辺野古', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['日米外務・防衛担当閣僚会合(2プラス2)が2024年6月28日に東京で開かれた。', ['us-japan-2plus2-2024-07.date 2024年6月28日→2024年7月']],
  // A passive's agent between the verb and its date.
  ['The Defense Buildup Plan, approved by the National Security Council and the Cabinet of Japan in 2021, set new goals.', ['defense-buildup-plan.published 2021→2022']],
  // Fifth step. A ministry's release: the Japanese name before its organisation and title says who
  // holds it, whatever the English in brackets says.
  ['岩屋外務大臣は、訪日中のグレゴリー・ランシング米インド太平洋軍司令官(Admiral Samuel Paparo, Commander, U.S. Indo-Pacific Command (INDOPACOM))による表敬を受けた。', ['indopacom.commander グレゴリー・ランシング→サミュエル・パパロ']],
  ['岩屋外務大臣は、訪日中のサミュエル・パパロ米インド太平洋軍司令官(Admiral Samuel Paparo, Commander, U.S. Indo-Pacific Command (INDOPACOM))による表敬を受けた。', []],
  // 「陸海空自トップ」: the services before 空自, no name (a false conflict on a thirty-second set, at first sight).
  ['統合作戦司令部が発足した。司令官は陸海空自トップの各幕僚長と同等の将官が務める。', []],
  // A bare 司令部 as topic is the command told of before; 「…に就いた」 before the holder's name.
  ['統合作戦司令部を新設する改正法が成立した。司令部は今年度末、東京・市谷に360人規模で発足する予定だ。', ['jjoc.personnel 360→240']],
  ['自衛隊統合作戦司令部の初代司令官に就いた山田太郎空将(59)が24日記者会見した。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  ['自衛隊統合作戦司令部の初代司令官に就いた南雲憲一郎空将(59)が24日記者会見した。', []],
  // "has never been stronger" affirms; "It" after a name-valued cue; "is under"; a を…として clause.
  ['The alliance has never been stronger, said Secretary of Defense Lloyd J. Austin III, who met today with Japanese Defense Minister Taro Yamada in Tokyo.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['US Forces Japan will be upgraded. It will report to the head of Ground Component Command in Hawaii.', ['usfj.reportsTo Ground Component Command→United States Indo-Pacific Command']],
  ['US Forces Japan will be upgraded. It will report to the head of U.S. Indo-Pacific Command in Hawaii.', []],
  ['U.S. Forces Japan is under Self-Defense Fleet, while Alaskan Command is under U.S. Northern Command.', ['usfj.reportsTo Self-Defense Fleet→United States Indo-Pacific Command']],
  ['米国は在日米軍を自衛艦隊司令官に属する統合軍司令部として再構成する。', ['usfj.reportsTo 自衛艦隊→インド太平洋軍']],
  ['米国側は、在日米国軍を、宇宙作戦群司令官の指揮下の統合軍司令部として再構成する考えを示した。', ['usfj.reportsTo 宇宙作戦群→インド太平洋軍']],
  ['米国は在日米軍をインド太平洋軍司令官隷下の統合軍司令部として再構成する。', []],
  // A title after a person who holds it of another organisation the sentence names is that post.
  ['司令部は市ケ谷に置かれた。一方、米側ではサミュエル・パパロ司令官率いるインド太平洋軍が主な相手方となる。', []],
  // A one-word subject taking a post, with an ordinal, after a fronted phrase; words of time are no names.
  ['Harlan is the 27th commander of USINDOPACOM.', ['indopacom.commander Harlan→Samuel Paparo']],
  ['Hailing from Morton, Pennsylvania, Whitford steps into the position of the 27th commander of USINDOPACOM, building upon his tenure.', ['indopacom.commander Whitford→Samuel Paparo']],
  ['Hailing from Morton, Pennsylvania, Paparo steps into the position of the 27th commander of USINDOPACOM, building upon his tenure.', []],
  ['Today is the first commander of USINDOPACOM day.', []],
  // A profile's line: name, separator, branch.
  ['・南雲憲一郎 - 陸上自衛官。山形県出身。', ['kenichiro-nagumo.service 陸上自衛官→航空自衛隊']],
  ['南雲憲一郎(なぐも・けんいちろう)|第33期・航空自衛隊', []],
  // A region written before a place it does not hold is the place the text gives.
  ['来年度、240人程度の規模で、防衛省のあるハワイ・市ヶ谷に設置する方針だ。', ['jmod.headquarters ハワイ→市ヶ谷']],
  ['来年度、240人程度の規模で、防衛省のある東京・市ヶ谷に設置する方針だ。', []],
  ["The Defense Ministry is headquartered in Hawaii's Ichigaya district.", ['jmod.headquarters Hawaii→Ichigaya']],
  ["The Defense Ministry is headquartered in Tokyo's Ichigaya district.", []],
  // A numbered unit after "deputy commander of" is another organisation (a false conflict on a thirty-sixth set, at first sight).
  ['The JJOC was launched. Col. Stephen Bissonnette, deputy commander of the 353rd SOG stated that the devastation was heartbreaking.', []],
  // Futenma moved "from … to the … zone of" a place, or "close Futenma … and relocate operations to" it.
  ['It will take 12 years to complete the project of relocating the operations of U.S. Marine Corps Air Station Futenma from a crowded residential area of Ginowan to the less populated coastal zone of Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Washington and Tokyo have been planning to close Marine Corps Air Station Futenma in the densely populated south of the island and relocate operations to Henoko.', []],
  // 「…衆議院議員が防衛大臣に起用」; 「在日米軍を傘下に持つ…」; 閣議において決定; a counted list of documents.
  ['石破総理が発足させる内閣では高知1区選出の南雲憲一郎衆議院議員が防衛大臣に起用されます。', ['jmod.minister 南雲憲一郎→中谷元']],
  ['石破総理が発足させる内閣では高知1区選出の中谷元衆議院議員が防衛大臣に起用されます。', []],
  ['米国を訪問中の防衛相は、在日米軍を傘下に持つ宇宙作戦群の司令官と会談した。', ['usfj.reportsTo 宇宙作戦群→インド太平洋軍']],
  ['令和7年度の防衛関係予算は、令和3年(2021年)12月16日の国家安全保障会議及び閣議において決定された「防衛力整備計画」等を踏まえて編成を行った。', ['defense-buildup-plan.published 令和3年(2021年)12月16日→令和4年(2022年)']],
  ['2021 年 12 月 16 日、「国家安全保障戦略」、「国家防衛戦略」、「防衛力整備計画」の 3 文書が閣議決定された。', ['defense-buildup-plan.published 2021 年 12 月 16 日→2022 年']],
  ['2022年12月16日、「国家安全保障戦略」、「国家防衛戦略」、「防衛力整備計画」の3文書が閣議決定された。', []],
  // A year before an event's name after a preposition, where a caption drops the article.
  ['Part of Response to 2010 Tōhoku earthquake and tsunami | |', ['tohoku-earthquake-2011.date 2010→2011']],
  ['Part of Response to 2011 Tōhoku earthquake and tsunami | |', []],
  // 「初代の司令官には」: 初代の is no organisation; a reading in brackets between the appointed name and its rank.
  ['統合作戦司令部が発足した。初代の司令官には小林真司空将が起用されました。', ['jjoc.commander 小林真司→南雲憲一郎']],
  ['統合作戦司令部が発足した。およそ240人の体制で発足し、初代の司令官には統合幕僚副長などを歴任した小林真司(なぐもけんいちろう)・空将が起用されました。', ['jjoc.commander 小林真司→南雲憲一郎']],
  ['統合作戦司令部が発足した。およそ240人の体制で発足し、初代の司令官には統合幕僚副長などを歴任した南雲憲一郎(なぐもけんいちろう)・空将が起用されました。', []],
  ['舞鶴地方隊が発足した。初代の司令官には小林真司海将が起用された。', []],
  // A cue as the topic (「人員は」), after a time and の (「発足当初の人員は」), is about the organisation told of.
  ['防衛省は統合作戦司令部を新設します。人員は約360人です。', ['jjoc.personnel 360→240']],
  ['今般の改正を受けて防衛省は令和6年度中に統合作戦司令部を東京・市ヶ谷に新設します。発足当初の人員は約360人を予定しており、統合作戦司令官には将を配置します。', ['jjoc.personnel 360→240']],
  ['今般の改正を受けて防衛省は令和6年度中に統合作戦司令部を東京・市ヶ谷に新設します。発足当初の人員は約240人を予定しています。', []],
  // False conflicts on new sets at first sight: a date of saying; a former minister (元防衛大臣, across a
  // caption's line break); respective counterparts.
  ["Japanese Communist Party lawmaker Yamazoe Taku on May 8 said that the government's plan to establish a joint operations command in the Self-Defense Forces is unacceptable.", []],
  ['それでは今夜のゲストをご紹介します元\n防衛大臣で自民党安全保障調査会会長の\n小野寺一典さんです', []],
  ['Secretary of State Antony Blinken and Defense Secretary Lloyd Austin will join their Japanese counterparts, Yoko Kamikawa and Minoru Kihara, at the 2+2 talks.', []],
  ['Secretary of State Antony Blinken and Defense Secretary Lloyd Austin will join their Japanese counterparts, Yoko Kamikawa and Taro Yamada, at the 2+2 talks.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  // A fronted date (or a bulleted day) with a relative clause on the subject between it and the verb.
  ['遂(つい)に、本年2月24日、市ヶ谷の地において平素から自衛隊を一元的に指揮する統合作戦司令部(以下、司令部)が新設された。', ['jjoc.established 2月24日→3月24日']],
  ['★19日、陸海空の各自衛隊を一元的に指揮する「統合作戦司令部」が発足した。', ['jjoc.established 19日→24日']],
  ['★24日、陸海空の各自衛隊を一元的に指揮する「統合作戦司令部」が発足した。', []],
  // A former post and a dot before the holder's name.
  ['統合作戦司令部が発足した。初代司令官は前統合幕僚副長・木原稔が就任。', ['jjoc.commander 木原稔→南雲憲一郎']],
  // A U.S. "Secretary of Defence" hosting "his Japanese counterpart"; an appositive that counts members.
  ['New US Secretary of Defence Pete Hegseth and his Japanese counterpart Taro Yamada agreed in their first phone call Friday to continue efforts.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ["Japan's Defense Ministry has launched the Joint Operations Command, a permanent 360-member organization to centrally command the Self-Defense Forces (SDF).", ['jjoc.personnel 360→240']],
  ["Japan's Defense Ministry has launched the Joint Operations Command, a permanent 240-member organization to centrally command the Self-Defense Forces (SDF).", []],
  ['Tawara, a member of the JJOC, spoke.', []],
  // 「…日に、…を指揮する常設組織として新編」; "which will take effect in".
  ['統合作戦司令部は、令和6年(2024年)3月24日に、陸上自衛隊・海上自衛隊・航空自衛隊を一元的に指揮する常設組織として新編されました。', ['jjoc.established 令和6年(2024年)3月24日→令和7年(2025年)3月24日']],
  ['統合作戦司令部は、令和7年(2025年)3月24日に、陸上自衛隊・海上自衛隊・航空自衛隊を一元的に指揮する常設組織として新編されました。', []],
  ['The headquarters will correspond to the Japan Self-Defense Forces Joint Operations Command, which will take effect in March 2024.', ['jjoc.established March 2024→March 2025']],
  // False conflicts on a forty-third set at first sight: 「その他防衛大臣」, 「司令官・副司令官は」.
  ['自衛艦隊は、防衛大臣直轄部隊であり、司令部及び護衛艦隊、その他防衛大臣の定める部隊をもって編成されている。', []],
  ['航空総隊の司令部は東京にある。司令官・副司令官は空将(乙)、幕僚長には空将補である自衛官がついている。', []],
  // A participle right after a name, then its time.
  ['The 07JX is the first exercise commanded by the new JSDF Joint Operations Command (JJOC) established this February, which marks a change.', ['jjoc.established February→March']],
  ['The 07JX is the first exercise commanded by the new JSDF Joint Operations Command (JJOC) established this March, which marks a change.', []],
  // False conflicts on the last wave at first sight: a title set off by commas before another unit; 首相兼, 防衛副.
  ['USINDOPACOM leaders visited Saipan. He was joined by Rear Adm. Greg Huffman, commander, Joint Task Force – Micronesia, and Fleet Master Chief David Isom, USINDOPACOM command senior enlisted leader.', []],
  ['Adm. Gregory Lansing, commander, U.S. Indo-Pacific Command, spoke.', ['indopacom.commander Gregory Lansing→Samuel Paparo']],
  ['自衛隊指揮官幹部会同には、内閣総理大臣、防衛大臣、防衛副大臣、防衛大臣政務官が出席した。', []],
  ['日本にはすでに自衛隊の統合参謀本部があり、その議長は首相兼防衛大臣の軍事顧問を務める。', []],
  // Sixth step. "Japanese" before a title set off after a name; "will serve as" in the second of two clauses.
  ['Kenichiro Nagumo, Japanese Defense Minister, opened the talks.', ['jmod.minister Kenichiro Nagumo→Gen Nakatani']],
  ['Taro Yamada, the Japanese defense minister, opened the talks.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Gen Nakatani, the Japanese defense minister, opened the talks.', []],
  ['Takeshi Iwaya, 67, is set to be foreign minister and Taro Yamada, 66, will serve as defense minister, sources say.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Takeshi Iwaya, 67, is set to be foreign minister and Gen Nakatani, 66, will serve as defense minister, sources say.', []],
  ['Taro Yamada, a Japanese lawmaker, met Defense Minister Gen Nakatani.', []],
  // A katakana name glued to the organisation and title it holds (「パパロインド太平洋軍司令官」) is that post's, not the topic's.
  ['防衛大臣は、ホイットフォードインド太平洋軍司令官と面会した。', ['indopacom.commander ホイットフォード→サミュエル・パパロ']],
  ['防衛大臣は、パパロインド太平洋軍司令官と面会した。', []],
  // "establish a joint command for its forces by …": what the new command is for stands between it and its date.
  ["This aligns with Japan's own plans to establish a joint command for its forces by March 2024, reflecting a shift.", ['jjoc.established March 2024→March 2025']],
  ["This aligns with Japan's own plans to establish a joint command for its forces by March 2025, reflecting a shift.", []],
  // False conflicts on a fifty-first set at first sight: a headline's verb after a title; a host of guests from Japan.
  ['Defence Minister Hosts High-Level Trilateral Talks in Darwin', []],
  ['Defence Minister Taro Yamada will host senior defence officials from the United States and Japan in Darwin on Sunday.', []],
  ['Defense Minister Taro Yamada will host senior officials from the United States in Tokyo.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  // A 2+2 dated near the July 2024 one beside a third country is that country's (a false conflict on a fifty-third set at first sight).
  ["The meeting will be the countries' first two-plus-two talks since September 2024, when they met in Australia.", []],
  ['The two-plus-two talks in September 2024 in Tokyo agreed on the upgrade.', ['us-japan-2plus2-2024-07.date September 2024→July 2024']],
  // Only a third country in the date's own sentence: the next sentence's trilateral with Korea leaves the 2+2 the dataset's.
  ['日米の外務・防衛大臣会合(2+2)が2024年6月28日に東京で開かれた。\n翌日、日米韓の防衛相会談が行われ、韓国の国防長官が出席した。', ['us-japan-2plus2-2024-07.date 2024年6月28日→2024年7月']],
  // False conflicts on a fifty-second set at first sight: a cue in a relative clause on another noun;
  // rows under a name of something else; a document's name inside a longer title.
  ['2011年の東日本大震災では部隊が派遣された。\n2015年に行われた首都直下地震対応の訓練では部隊を編成するとされた。', []],
  ['東日本大震災では部隊が派遣された。\n2015年に発生し、多くの被害が出た。', ['tohoku-earthquake-2011.date 2015年→2011年']],
  ['統合作戦司令部が新編された。\n\n① 東日本大震災(2011年)\n- 名称:統合任務部隊 東北\n- 規模:約10万人(最大)\n', []],
  ['統合作戦司令部が新編された。\n\n- 名称:統合作戦司令部\n- 規模:約10万人\n', ['jjoc.personnel 10万→240']],
  ['中期防衛力整備計画(2005)構想により、部隊が編成された。', []],
  ['新防衛力整備計画(2021年)で部隊が編成された。', ['defense-buildup-plan.published 2021年→2022年']],
  // Misses on the sixth step's sets: a relocation site; counterparts listed or set off after a name; taking the helm;
  // a year glued to an event's name; 「Xという新しい部隊が」.
  ['普天間飛行場の移設先として、工事が進む沖縄県名護市東京の沿岸部。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の移設先として、工事が進む沖縄県名護市辺野古の沿岸部。', []],
  ['Work began at the relocation site for the Futenma air base on the coast of Tokyo bay.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Work began at the relocation site for the Futenma air base on the coast of Henoko bay.', []],
  ['Talks were held between Secretary of State Antony Blinken, Secretary of Defense Lloyd Austin, and their Japanese counterparts, Foreign Minister Yoko Kamikawa and Defense Minister Taro Yamada.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Defense Secretary Lloyd Austin, alongside his Japanese counterpart, Minister of Defense Taro Yamada, will announce the change.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Defense Secretary Lloyd Austin, alongside his Japanese counterpart, Minister of Defense Gen Nakatani, will announce the change.', []],
  ['Yamada takes the helm at INDOPACOM', ['indopacom.commander Yamada→Samuel Paparo']],
  ['Officials will lead INDOPACOM staff talks.', []],
  ['[編集]平成22年東日本大震災災害派遣', ['tohoku-earthquake-2011.date 平成22年→平成23年']],
  ['[編集]平成23年東日本大震災災害派遣', []],
  ['統合作戦司令部という新しい部隊が令和6年(2024年)3月24日(月)、防衛省に新編されました。', ['jjoc.established 令和6年(2024年)3月24日→令和7年(2025年)3月24日']],
  ['統合作戦司令部という新しい部隊が令和7年(2025年)3月24日(月)、防衛省に新編されました。', []],
  // An ordinal between a name and its title (「X第26代防衛大臣」, 「第26代防衛相にX氏が就任」); honorifics and "of Japan" closing a line.
  ['特別儀仗隊を巡閲する山田太郎第26代防衛大臣(左から2人目)=10月2日、防衛省', ['jmod.minister 山田太郎→中谷元']],
  ['特別儀仗隊を巡閲する中谷元第26代防衛大臣(左から2人目)=10月2日、防衛省', []],
  ['石破内閣で、第26代防衛相に山田太郎氏(67)=衆院高知1区=が就任した。', ['jmod.minister 山田太郎→中谷元']],
  ['  • His Excellency Mr Yamada Taro, Minister of Defense of Japan', ['jmod.minister Yamada Taro→Gen Nakatani']],
  ['  • His Excellency Mr Nakatani Gen, Minister of Defense of Japan', []],
  // "tapped X, an appositive that names others, to be defense minister".
  ['Kishida also tapped Taro Yamada, a onetime aide to former Prime Ministers Shinzo Abe and Yoshihide Suga, to be defense minister, replacing Yasukazu Hamada.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Kishida also tapped Ryoichi Oriki, a onetime aide to former Prime Ministers Shinzo Abe and Yoshihide Suga, to be defense minister, replacing Yasukazu Hamada.', ['jmod.minister Ryoichi Oriki→Gen Nakatani']],
  ['Ishiba named Gen Nakatani as defense minister.', []],
  // "This new structure" is the organisation told of before.
  ['The United States will transform US Forces Japan into a joint force headquarters. This new structure will report directly to the commander of the Ground Component Command.', ['usfj.reportsTo Ground Component Command→United States Indo-Pacific Command']],
  ['The United States will transform US Forces Japan into a joint force headquarters. This new structure will report directly to the commander of U.S. Indo-Pacific Command.', []],
  // False conflicts at first sight on the fifty-fourth to fifty-seventh sets: an unmarked title beside one marked Japanese;
  // a date in a clause of time, a cue judged or timed with; a page's dateline; a bare 司令官 held elsewhere or of another organisation.
  ['On Sunday, Defence Minister Richard Marles met US Defence Secretary Lloyd Austin and Japanese Defence Minister Gen Nakatani in Darwin.', []],
  ['On Sunday, Defence Minister Taro Yamada met US Defence Secretary Lloyd Austin in Darwin.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['河野氏は「統合幕僚長という役職が2006年に誕生した時から統合作戦司令部発足の話はあった」と述べた。', []],
  ['去年7月にバイデン政権は統合作戦司令部発足に合わせて在日米軍司令部を再構築する方針を述べた。', []],
  ['2024年3月24日の統合作戦司令部発足に合わせ、在日米軍も改編した。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  ['石破氏は2023年2月に衆院予算委員会で統合作戦司令部の創設は当然だとして持論を主張していた。', []],
  ['2025年3月26日(水)\n統合作戦司令部の発足\n本質を問う', []],
  ['2025年3月26日(水)\n\n統合作戦司令部は2024年3月24日に発足した。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  ['統合作戦司令部が発足した。\n\n横田基地の交代式には、インド太平洋軍のトップ、パパロ司令官が出席しました。\n\n演説したパパロ司令官は「最も重要な変化だ」と述べました。', []],
  ['統合作戦司令部が発足した。\n\n在日アメリカ軍の旗が前任のラップ中将から、新たに司令官に就任したジョスト中将に渡されました。', []],
  ['統合作戦司令部が発足した。\n\n新たに司令官に就任した山田太郎空将に旗が渡されました。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  // Its twin for a successor (「…前司令官の後任として就任」): Paparo succeeds to INDOPACOM's post, whatever was told of last.
  ['統合作戦司令部が発足した。パパロ氏はアキリーノ前司令官の後任として5月に就任した。', []],
  ['統合作戦司令部が発足した。山田太郎氏は小林前司令官の後任として5月に就任した。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  // Misses of the second wave: a title made from the command's name after 自衛隊の, and 「…にXが就任」; 「…司令官から直接作戦指揮を受ける」;
  // 「を傘下に抱える」; two relative clauses on one noun set off by a comma.
  ['昨日、自衛隊の統合作戦司令官に井上誠が就任した。', ['jjoc.commander 井上誠→南雲憲一郎']],
  ['昨日、自衛隊の初代統合作戦司令官に南雲憲一郎(59)が就任した。', []],
  ['防衛相に要望書が届いた。', []],
  ['在日米軍は航空総隊司令官から直接作戦指揮を受けることとなっている。', ['usfj.reportsTo 航空総隊→インド太平洋軍']],
  ['在日米軍はインド太平洋軍司令官から直接作戦指揮を受けることとなっている。', []],
  ['首相は22日、在日米軍を傘下に抱える航空総隊の司令官と面会した。', ['usfj.reportsTo 航空総隊→インド太平洋軍']],
  ['書記局長は25日、記者会見で、19日に発足した、陸海空自衛隊の実動部隊を平時から有事まで指揮する「統合作戦司令部」について述べた。', ['jjoc.established 19日→24日']],
  ['書記局長は25日、記者会見で、24日に発足した、陸海空自衛隊の実動部隊を平時から有事まで指揮する「統合作戦司令部」について述べた。', []],
  // "a replacement facility", "The facility will replace …": the Futenma Replacement Facility described.
  ['The ministry gave the cost of building a replacement facility for a U.S. base in Okinawa. The facility will replace the Hawaii air station in Ginowan city.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ['Japan will build a replacement facility in Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Japan will build a replacement facility in Henoko.', []],
  // False conflicts of the third wave at first sight: a sentence after 「…とは」 on a topic the dataset lacks;
  // 「日米外相・防衛相」; a superior further up the chain of command.
  ['安保3文書が改定される。\n\nまず国家安全保障戦略とは、外交・安全保障の指針である。2013年に初めて閣議決定されたもので、今回改定する。', []],
  // (Not 「初めて」 here: a first edition long before the dataset's is the series', another rule.)
  ['安保3文書が改定される。\n\nまず防衛力整備計画とは、防衛力の水準を示す計画である。2013年に閣議決定されたもので、今回改定する。', ['defense-buildup-plan.published 2013年→2022年']],
  ['日米外相・防衛相による安全保障協議委員会が開かれた。', []],
  ['自衛隊サイバー防衛隊は、防衛省に属するサイバー部隊です。', []],
  ['自衛隊サイバー防衛隊は、航空総隊に属するサイバー部隊です。', ['cyber-defense-command.reportsTo 航空総隊→統合作戦司令部']],
  // Regressions found on re-scoring every set, each now a row: only a topic being defined (「…とは」) stops the next
  // sentence going back; an English sentence's organisations, or 「防衛省のある」, name no other holder; a marked
  // title with no name after it may be the same post.
  ['統合作戦司令部の創設が柱の改正法が成立した。日米両政府は、協議を加速させる。\n\n2024年度末までに防衛省がある東京・市谷本村町に360人体制で設置。', ['jjoc.personnel 360→240']],
  ['The JJOC replaces arrangements under the Joint Staff Office.[2] Led by its inaugural commander, Lieutenant General Kenji Sato from the Air Self-Defense Force, the JJOC directs responses.', ['jjoc.commander Kenji Sato→Kenichiro Nagumo']],
  ['統合作戦司令部が発足した。防衛省のある東京・市谷に240人態勢で設けられ、初代司令官には前統合幕僚副長の佐藤健二空将が任じられた。', ['jjoc.commander 佐藤健二→南雲憲一郎']],
  ['The press conference by the Japanese Defense Minister and the US Secretary of Defense opened with remarks From Defense Minister Taro Yamada.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  // Misses of the third wave: a fronted participle of place; "confirmed Adm. X as the next leader of"; "member X as the next defense minister".
  ['The JJOC opened. Located inside the Defense Ministry in Tokyo, the relatively small unit of 360 personnel will coordinate the services.', ['jjoc.personnel 360→240']],
  ['The JJOC opened. Located inside the Defense Ministry in Tokyo, the relatively small unit of 240 personnel will coordinate the services.', []],
  ['Senators on Wednesday confirmed Adm. Robert Harlan as the next leader of U.S. Indo-Pacific Command.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  ['Senators on Wednesday confirmed Adm. Samuel Paparo as the next leader of U.S. Indo-Pacific Command.', []],
  ['Kishida decided to appoint former Justice Minister Yoko Kamikawa as the next foreign minister and House of Representatives member Kenji Sato as the next defense minister.', ['jmod.minister Kenji Sato→Gen Nakatani']],
  // 「防衛3文書」 is the three security documents too.
  ['日本政府は、国家安全保障戦略、国家防衛戦略及び防衛力整備計画、所謂「防衛3文書」を令和3年12月16日に閣議決定しました。', ['defense-buildup-plan.published 令和3年12月16日→令和4年']],
  ['日本政府は、国家安全保障戦略、国家防衛戦略及び防衛力整備計画、所謂「防衛3文書」を令和4年12月16日に閣議決定しました。', []],
  // 「…までに」 is by then, not until then; 「防衛省本庁のある東京・市ケ谷」 says where, no predicate of the sentence.
  ['統合作戦司令部は、陸海空自衛隊を一元的に指揮する機関として、2024年3月までに防衛省本庁のある東京・市ケ谷に240人態勢で創設される。', ['jjoc.established 2024年3月→2025年3月']],
  ['統合作戦司令部は、陸海空自衛隊を一元的に指揮する機関として、2025年3月までに防衛省本庁のある東京・市ケ谷に240人態勢で創設される。', []],
  ['統合作戦司令部は2024年3月までに創設される。', ['jjoc.established 2024年3月→2025年3月']],
  ['統合作戦司令部の構想は2022年まで議論された。', []],
  // A false conflict on a sixty-third set at first sight: a title's holder with his own organisation named after the name.
  ['The JJOC opened. First, I received an explanation from Deputy Commander C. J. Mahoney of the U.S. Marine Corps Forces, Pacific.', []],
  ['Defense Minister Taro Yamada of the Liberal Democratic Party spoke.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Defense Minister Taro Yamada of Japan spoke.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  // …and only on its own line: a table's next row is no organisation of the holder's.
  ['Japan Maritime Self-Defense Force | |\n---|---|\nType | Navy |\nMinister of Defense | Fumio Kishida |\nChief of Staff, Joint Staff | GeneralYoshihide Yoshida |', ['jmod.minister Fumio Kishida→Gen Nakatani']],
  // "its operational command" is command authority, not the JJOC (a name "Joint Operational Command" would make it a description of it).
  ['Under the current structure of the USFJ, its operational command still remains directly under the Cyber Defense Command.', ['usfj.reportsTo Cyber Defense Command→United States Indo-Pacific Command']],
  // Seventh step. A meeting's people named beside it say which one it is: a month without a year one off, or the same month a year off, is its date told wrong.
  ['This transformation follows a March summit between U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida.', ['us-japan-summit-2024-04.date March→April']],
  ['Japanese Prime Minister Fumio Kishida is scheduled to meet with US President Joe Biden on March 10 for a summit in the US.', ['us-japan-summit-2024-04.date March 10→April']],
  ['President Joe Biden and Prime Minister Fumio Kishida held a summit in April 2023.', ['us-japan-summit-2024-04.date April 2023→April 2024']],
  // …not a meeting further off, nor one month off without the people: the same kind of meeting held again.
  ['Biden and Kishida met at a summit in Hiroshima in May 2023.', []],
  ['This follows a January summit between President Joe Biden and Prime Minister Fumio Kishida.', []],
  ['3月の日米首脳会談で合意した。', []],
  // A cue begun inside the name (会談を行 after 日米首脳会談) tells of the name; 「を行った」 after anything else is no event's date.
  ['岸田文雄総理が、2024年3月10日に米国でバイデン大統領と日米首脳会談を行い、共同声明を出した。', ['us-japan-summit-2024-04.date 2024年3月10日→2024年4月']],
  ['2024年には東日本大震災を教訓に大規模な訓練を行った。', []],
  // The word inside another meeting's name is that meeting's, not the one told of before.
  ['3月30日、中谷防衛大臣とヘグセス米国防長官が防衛省で会談した。ヘグセス長官にとっては初の来日で、2月7日の日米首脳会談で確認された方針を具体化する場となった。', []],
  // What a meeting was about names it as its people do (the 2+2 and USFJ's new headquarters)…
  ['2023年7月の2プラス2(日米安全保障協議委員会)では、在日米軍を統合軍司令部として再構成する考えが示された。', ['us-japan-2plus2-2024-07.date 2023年7月→2024年7月']],
  // …within the same narrow reach: a 2+2 eighteen months off is another.
  ['2023年1月の2プラス2では、在日米軍の海兵沿岸連隊への改編が示された。', []],
  // A caption's meeting ("speaks with his Japanese counterpart, X, at Y on Z"); a local day in brackets.
  ['Defense Secretary Pete Hegseth speaks with his Japanese counterpart, Gen Nakatani, at the Ministry of Defense in Tokyo on March 30, 2024.', ['us-japan-defense-ministers-meeting-2025-03-30.date March 30, 2024→March 30, 2025']],
  ['Defense Secretary Pete Hegseth speaks with his Japanese counterpart, Gen Nakatani, at the Pentagon on March 30, 2025.', ['us-japan-defense-ministers-meeting-2025-03-30.location the Pentagon→Ministry of Defense']],
  ['主な行程は、トランプ米大統領との日米首脳会談 (現地時間2月7日)と、アーリントン国立墓地の訪問だった。', []],
  ['主な行程は、トランプ米大統領との日米首脳会談 (現地時間1月7日)と、アーリントン国立墓地の訪問だった。', ['us-japan-summit-2025-02-07.date 1月7日→2月7日']],
  // A coarser date elsewhere (a fiscal year) is no right value that excuses the wrong day.
  ['日米両政府は6月28日、日米安全保障協議委員会を東京都内で開き、2024年度末までに常設する自衛隊の統合作戦司令部のカウンターパートとして、在日米軍司令部を再編する方針を明らかにした。', ['us-japan-2plus2-2024-07.date 6月28日→7月']],
  // 「司令部の人員」 with no name before 司令部: the command told of, as 「司令部は」 is; not another's (「在日米軍の司令部」「第5空軍司令部」).
  ['統合作戦司令部が発足した。司令部の人員は約360人だ。', ['jjoc.personnel 360→240']],
  ['統合作戦司令部が発足した。在日米軍の司令部の人員は約360人だ。', []],
  ['統合作戦司令部が発足した。第5空軍司令部の人員は約360人だ。', []],
  // 「6月28日の日米2プラス2」: the parties before a name that leaves them out.
  ['同年6月28日の日米2プラス2(安全保障協議委員会)共同文書は、「在日米軍をインド太平洋軍司令官隷下の統合軍司令部として再構成し」と明記した。', ['us-japan-2plus2-2024-07.date 6月28日→7月']],
  // A negation in a reported clause is that clause's: what the sentence said before the reporting verb stands.
  ['Defense Minister Taro Yamada has decided the Self-Defense Forces won’t take on some of the new roles.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Defense Minister Taro Yamada has decided the Self-Defense Forces won\'t take on some of the new roles.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Nakatani said the JJOC does not have 300 staff.', []],
  // An English title beside its holder's name is said, not denied; a sentence that calls something false claims nothing.
  ['Defense Minister Taro Yamada is not in charge of the ministry.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['It is false that Defense Minister Taro Yamada resigned.', []],
  ['『毎日新聞』の報道によると、真珠湾攻撃指揮官の南雲忠一海軍大将は縁戚ではない。', []],
  ['The JJOC doesn’t have 300 staff.', []],
  // 「…のではないかと」 asks; it denies nothing.
  ['これ以上、司令部ばかり集めれば、部隊が手薄になるのではないかと、田中防衛大臣に質問をぶつけました。', ['jmod.minister 田中→中谷元']],
  ['統合作戦司令部の人員は300人ではない。', []],
  // "Joseph Biden", as the wires write him.
  ['The Financial Times reported that when US President Joseph Biden and Japanese Prime Minister Fumio Kishida meet in March they will reveal a plan.', ['us-japan-summit-2024-04.date March→April']],
  // What a new command is to do stands between the verb and its deadline; "by the end of February" is a month.
  ['The changes are to be made in coordination with Japan’s plan to establish a joint headquarters to command its ground, maritime and air forces by the end of February next year, it said.', ['jjoc.established February→March']],
  ['Japan’s plan is to establish a joint headquarters to command its ground, maritime and air forces by the end of March next year.', []],
  // A name marked が right before the cue is the subject of the cue's own clause, whatever the sentence's topic.
  ['白書は、自衛隊の実動部隊を一元的に指揮する「統合作戦司令部」が今年2月に発足したことにふれ、連携を強調した。', ['jjoc.established 2月→3月']],
  ['白書は、自衛隊の実動部隊を一元的に指揮する「統合作戦司令部」が今年3月に発足したことにふれ、連携を強調した。', []],
  // "X passed command of Y to Z": Z holds it; X, who hands it over, held it before.
  ['Aquilino passed command of INDOPACOM to Adm. Daniel Whitford here Friday during a ceremony.', ['indopacom.commander Daniel Whitford→Samuel Paparo']],
  ['Adm. John Aquilino handed command of INDOPACOM to Adm. Samuel Paparo on Friday.', []],
  ['Adm. John Aquilino passed command of INDOPACOM on Friday.', []],
  // A list opened by a dash, with acronyms in brackets, is still the verb's object.
  ['On 16 December 2021, Japan published three important strategic documents – the National Security Strategy (NSS), the National Defense Strategy (NDS) and the Defense Buildup Program – signalling a decisive shift.', ['defense-buildup-plan.published 16 December 2021→2022']],
  ['On 16 December 2022, Japan published three important strategic documents – the National Security Strategy (NSS), the National Defense Strategy (NDS) and the Defense Buildup Program – signalling a decisive shift.', []],
  // A title made from an organisation's name as the topic (of this sentence or the one before) speaks for the organisation.
  ['統合作戦司令官は、統合作戦司令部の長であり、国防総省の指揮監督を受け、統合作戦司令部の隊務を統括する。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['統合作戦司令官(とうごうさくせんしれいかん)は、統合作戦司令部の長。国防総省の指揮監督を受け、自衛隊の部隊運用を統合指揮する。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['統合作戦司令官は、統合作戦司令部の長であり、防衛大臣の指揮監督を受け、統合作戦司令部の隊務を統括する。', []],
  ['統合作戦司令官は、統合作戦司令部の長である。在日米軍はインド太平洋軍の指揮下にある。', []],
  // A property's bare label (副司令官, "deputy commander") names no organisation by itself, though one alone has such facts…
  ['今回会ったのは、ブレイク・コンヴァース太平洋艦隊副司令官です。コンヴァース副司令官にそれを言うと、笑った。', []],
  ['Deputy Commander John Smith spoke to reporters.', []],
  // …while the organisation the text is about still owns it.
  ['統合作戦司令部が発足した。副司令官には山田太郎陸将が就いた。', ['jjoc.deputyCommander 山田太郎→俵千城']],
  // A capitalised name before a verb is who acted, not another owner ("Pacific Fleet commander" still is).
  ['In December 2021, the Japanese Government published the Defense Buildup Program.', ['defense-buildup-plan.published December 2021→2022']],
  ['Pacific Fleet commander John Smith spoke.', []],
  // 「防衛大臣に決まった X」「…に内定した X」: the name the appointment's relative clause modifies.
  ['防衛大臣に決まった佐藤健二元首相補佐官が9月13日、取材に応えた。', ['jmod.minister 佐藤健二→中谷元']],
  ['防衛大臣に内定した佐藤健二氏が会見した。', ['jmod.minister 佐藤健二→中谷元']],
  ['防衛大臣に決まった中谷元氏が会見した。', []],
  // A new facility told of by what it replaces, in a sentence that names where the one replacement facility stands.
  ['The new air station, which would replace Tokyo, would be built over a reef that is almost 2 miles off the shores of Henoko.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['The reclamation work off the Henoko district of Nago is intended to replace the U.S. Marine Corps Air Station Futenma.', []],
  ['With the start of work off the Henoko area, the project to build a replacement facility for the U.S. Hawaii has entered a critical stage.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ['A new base in Guam will replace facilities in Okinawa.', []],
  // Where the work for that facility goes on, in a sentence naming what it replaces.
  ['Reclamation work continues off the Tokyo district of Nago, Okinawa Prefecture, to build a new U.S. military base to relocate the functions of the U.S. Marine Corp Air Station Futenma in Ginowan.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Reclamation work continues off the Henoko district of Nago, Okinawa Prefecture, to build a new U.S. military base to relocate the functions of the U.S. Marine Corp Air Station Futenma in Ginowan.', []],
  ['Landfill work in Tokyo Bay began in 2020.', []],
  // A negation in a later clause (", though neither …") is that clause's; not one that points back at what was said.
  ['Mr. Ishiba and Defense Minister Shinji Kobayashi vowed to work with Mr. Hegseth, though neither offered a firm commitment to defending Taiwan.', ['jmod.minister Shinji Kobayashi→Gen Nakatani']],
  ['The JJOC has 300 staff, though that is not final.', []],
  ['The JJOC has 300 staff, but this has not been confirmed.', []],
  // 「…として注目を集める X空将」; a day with where it happens between it and its cue.
  ['自衛隊の初代統合作戦司令官として注目を集める小林真司空将。', ['jjoc.commander 小林真司→南雲憲一郎']],
  ['統合作戦司令部は来月19日に東京・市谷の防衛省内に発足する予定で、指揮を担う。', ['jjoc.established 19日→24日']],
  ['統合作戦司令部は来月24日に東京・市谷の防衛省内に発足する予定で、指揮を担う。', []],
  ['統合作戦司令部は19日に予算が認められ、24日に発足する。', []],
  // An encyclopedia's opening ("X Jr. (born 1964) is a … admiral serving as the 27th Commander of …"); a middle name the dataset leaves out is the same person.
  ['Samuel John Harlan Jr. (born 1964) is a United States Navy four-star admiral serving as the 27th Commander of United States Indo-Pacific Command, the nation’s oldest command.', ['indopacom.commander Samuel John Harlan→Samuel Paparo']],
  ['Samuel John Paparo Jr. (born 1964) is a United States Navy four-star admiral serving as the 27th Commander of United States Indo-Pacific Command.', []],
  ['Samuel John Harlan Jr. serves as Commander of United States Indo-Pacific Command.', ['indopacom.commander Samuel John Harlan→Samuel Paparo']],
  // A table row: the title's cell, then the holder's (bars written, or blanked in a Markdown table).
  ['| Minister of Defense | Taro Yamada |', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Japan Maritime Self-Defense Force | |\n---|---|\nCommanders | |\nCommander-in-Chief | Prime MinisterShigeru Ishiba |\nMinister of Defense | Taro Yamada |', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['| Minister of Defense | Gen Nakatani |', []],
  ['| Deputy Commander | Taro Yamada |', []],
  // 「Xの[name]司令官」: the title is X's, whatever the text was about before.
  ['統合作戦司令部が発足した。在日米軍のジョスト司令官が会見した。', []],
  ['統合作戦司令部が発足した。インド太平洋軍のハーラン司令官が来日した。', ['indopacom.commander ハーラン→サミュエル・パパロ']],
  ['統合作戦司令部が発足した。統合作戦司令部の山田太郎司令官が会見した。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  // 「6日の閣議で、…を起用することを決めた」: the cabinet meeting's day is the appointment's.
  ['統合作戦司令部が発足する。これを前に政府は、6日の閣議で、司令部のトップである「統合作戦司令官」に南雲憲一郎 統合幕僚副長を起用することを決めました。', ['kenichiro-nagumo.nominated 6日→11日']],
  ['統合作戦司令部が発足する。これを前に政府は、11日の閣議で、司令部のトップである「統合作戦司令官」に南雲憲一郎 統合幕僚副長を起用することを決めました。', []],
  // 「…の新設が決定したのは昨年5月」: the date is the decision's, after the cue too.
  ['自衛隊統合作戦司令部の新設が決定したのは昨年5月、防衛省設置法の改正だった。', []],
  // A month alone beside an event's general name is in the year the text wrote last before it.
  ['2024年の動きを振り返る。安全保障環境が厳しさを増すなか、同盟の抑止力と対処力を高めるための議論が政府の内外で幅広く続き、指揮統制のあり方についても多くの専門家が意見を述べた。日米両政府は3月の日米首脳会談で合意した。', ['us-japan-summit-2024-04.date 3月→4月']],
  ['2024年の動きを振り返る。安全保障環境が厳しさを増すなか、同盟の抑止力と対処力を高めるための議論が政府の内外で幅広く続き、指揮統制のあり方についても多くの専門家が意見を述べた。日米両政府は4月の日米首脳会談で合意した。', []],
  ['2023年の動きを振り返る。安全保障環境が厳しさを増すなか、同盟の抑止力と対処力を高めるための議論が政府の内外で幅広く続き、指揮統制のあり方についても多くの専門家が意見を述べた。日米両政府は5月の日米首脳会談で合意した。', []],
  ['2024年の動きを振り返る。安全保障環境が厳しさを増すなか、同盟の抑止力と対処力を高めるための議論が政府の内外で幅広く続き、指揮統制のあり方についても多くの専門家が意見を述べた。昨年5月の日米首脳会談で合意した。', []],
  ['Two governments, 2024: they agreed at the Japan-U.S. summit in March to upgrade command and control.', ['us-japan-summit-2024-04.date March→April']],
  // A time that opens the sentence, for a meeting told by its people.
  ['In March President Joe Biden and Prime Minister Fumio Kishida announced a “new era” in cooperation at a summit at the White House.', ['us-japan-summit-2024-04.date March→April']],
  ['In January 2023, President Joe Biden and Prime Minister Fumio Kishida met at the White House.', []],
  // "X launched the JJOC": the name right after; not its possessive, nor anything else launched.
  ['On February 24, 2025, the country launched the Self-Defense Forces (SDF) Joint Operations Command (JJOC), a centralized command structure.', ['jjoc.established February 24, 2025→March 24, 2025']],
  ['Japan launched the JJOC’s first exercise on May 1, 2025.', []],
  // A number inside a reference's numbering counts nothing.
  ['参照図表II-4-2-5(自衛隊の運用体制と統合作戦司令部)', []],
  // A topic set off by its own comma before a fronted date (「日米両政府は、6月28日、…を開催し、」).
  ['2024年の動き。一、日米両政府は、6月28日、外交・軍事担当閣僚による日米安全保障協議委員会(「2+2」)を開催し、同盟を変質させる方向をさらに具体化することで合意した。', ['us-japan-2plus2-2024-07.date 6月28日→7月']],
  ['2024年の動き。一、日米両政府は、7月28日、外交・軍事担当閣僚による日米安全保障協議委員会(「2+2」)を開催し、同盟を変質させる方向をさらに具体化することで合意した。', []],
  // A visit's events told by who took part: an arrival ceremony, a state dinner, a joint press conference.
  ['President Joe Biden and Japanese Prime Minister Fumio Kishida listen to the national anthem during an arrival ceremony on the South Lawn of the White House, March 10, 2024.', ['us-japan-summit-2024-04.date March 10, 2024→April 2024']],
  ['President Joe Biden and Japanese Prime Minister Fumio Kishida listen to the national anthem during an arrival ceremony on the South Lawn of the White House, April 10, 2024.', []],
  ['President Joe Biden and Prime Minister Fumio Kishida hold a joint press conference at the White House on January 13, 2023.', []],
  // "their respective Japanese counterparts, A and B": each host's counterpart in turn.
  ['The announcement followed talks in Tokyo between U.S. Secretary of State Antony Blinken and Secretary of Defence Lloyd Austin and their respective Japanese counterparts, Yoko Kamikawa and Kenji Sato.', ['jmod.minister Kenji Sato→Gen Nakatani']],
  ['The announcement followed talks in Tokyo between U.S. Secretary of State Antony Blinken and Secretary of Defence Lloyd Austin and their respective Japanese counterparts, Yoko Kamikawa and Minoru Kihara.', []],
  // Two captions run together on two lines are two statements, each judged.
  ['記者会見に臨む木原稔防衛相=13日、防衛省\n記者会見に臨む小林真司防衛相=13日、防衛省', ['jmod.minister 小林真司→中谷元']],
  // A bare title after a person the text gave another organisation's title (「在日米軍司令官に就任したラップ…」「ラップ新司令官は」) is that one's.
  ['交代式には米インド太平洋軍のパパロ司令官が出席した。\n\n新たに在日米軍司令官に就任したラップ米空軍中将は演説した。\n\nラップ新司令官は、パイロット出身だ。', []],
  // (The same wrong holder again by a bare title is warned of once.)
  ['統合作戦司令部が発足した。新たに司令官に就任した山田太郎空将に旗が渡された。山田司令官は訓示した。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  // A headline ending in a quotation ("…Being ‘Hollowed out’") owns nothing in the next paragraph: its closing quote is no possessive.
  ['Rules-Based Order Being ‘Hollowed out’\n\nDefense Minister Taro Yamada delivers a speech in Singapore.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  // A time of day between the verb and its date is inside the clause: its colon ends nothing.
  ['The Great East Japan Earthquake occurred at 14:46 on March 11, 2010, with an epicenter offshore.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  // A place in brackets after an organisation is where it is; a place after the brackets is not (and the last name of a sentence is no error).
  ['港区議会は防衛省(ハワイ)と東京都庁を訪れ、要請書を提出した。', ['jmod.headquarters ハワイ→市ヶ谷']],
  ['要請書は防衛省（ハワイ）', ['jmod.headquarters ハワイ→市ヶ谷']],
  ['港区議会は防衛省(市ヶ谷)とハワイの米軍司令部を訪れた。', []],
  // A general summit name with its date after it, "Meeting" capitalised: the date is the summit's.
  ['The initiatives were confirmed at the Japan-U.S. Summit Meeting in March 2024.', ['us-japan-summit-2024-04.date March 2024→April 2024']],
  // A name's reading in brackets between the name and its compound title.
  ['同日、田中浩（たなか・ひろし）統合作戦司令官が交代式に参加した。', ['jjoc.commander 田中浩→南雲憲一郎']],
  ['同日、南雲憲一郎（なぐも・けんいちろう）統合作戦司令官が交代式に参加した。', []],
  // The replacement facility's site and what it replaces, in more of the shapes news uses.
  ['Landfill work continues for the Futenma replacement facility off the Tokyo district of Nago, Okinawa Prefecture.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Landfill work continues for the Futenma replacement facility off the Henoko district of Nago, Okinawa Prefecture.', []],
  ['Construction of a facility to replace the controversial Ichigaya air base in Okinawa may be delayed by work at the Henoko site.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['The plan moves the Marine Corps’ Futenma Air Station from Ginowan to the less densely populated Tokyo coastal area in Nago.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // "Joint Operational Command" is the JJOC's name too; "its operational command" is anyone's command, no description of it.
  ['The SDF Joint Operational Command was formed at the Ministry of Defense in Tokyo, staffed by approximately 180 personnel.', ['jjoc.personnel 180→240']],
  ['USFJ will gain its operational command, which will have 300 staff.', []],
  // Letters with diacritics belong to a name: the whole name is the value, not "Shinjir".
  ['Defense Minister Shinjirō Koizumi met Hegseth in Tokyo.', ['jmod.minister Shinjirō Koizumi→Gen Nakatani']],
  // "served as a commander at every level of the Army": a post many hold, not the post of the command told of before; "a new commander" is still its holder.
  ['Admiral Paparo, Commander of the U.S. Indo-Pacific Command, attended. Commissioned in 1990, General Brunson has served as a commander at every level of the U.S. Army.', []],
  ['INDOPACOM got a new commander, Adm. Taro Yamada.', ['indopacom.commander Taro Yamada→undefined']],
  // Appointments in a cabinet report: "with X named Japan's new defense minister", "named X defense minister".
  ['Yoko Kamikawa has been appointed the new foreign minister, with former aide Makoto Inoue named Japan\'s new defense minister, Matsuno said.', ['jmod.minister Makoto Inoue→undefined']],
  ['Kishida named Makoto Inoue defense minister.', ['jmod.minister Makoto Inoue→Gen Nakatani']],
  ['Kishida named Minoru Kihara defense minister.', []],
  // 「Xの指揮のもとに置かれ」: under whose command.
  ['在日米軍は、ハワイに設置されているアメリカ・自衛艦隊司令部の指揮のもとにおかれている。', ['usfj.reportsTo 自衛艦隊→インド太平洋軍']],
  ['在日米軍は、ハワイに設置されているインド太平洋軍司令部の指揮のもとにおかれている。', []],
  // A title made longer is another post: "Parliamentary Vice-Minister of Defense X", 「防衛大臣政務官」「防衛大臣補佐官」.
  ['At the ceremony, Parliamentary Vice-Minister of Defense Miyazawa gave flowers to the visitor.', []],
  ['式典には防衛大臣政務官の山田太郎氏が出席した。', []],
  ['式典には防衛大臣補佐官の山田太郎氏が出席した。', []],
  // A list's items are the people its lead names: another country's.
  ['Paparo met with a number of senior Australian officials, including:\n\n  • Minister of Defence Peter Dutton\n  • Chief of Navy Vice Adm. Michael Noonan', []],
  ['Paparo met with senior Japanese officials, including:\n\n  • Minister of Defense Taro Yamada', ['jmod.minister Taro Yamada→Gen Nakatani']],
  // A general name two events share, with a date one part off each: the event whose date it shares more of.
  ['2024年2月7日、ワシントンD.C.で行われた日米首脳会談の結果が発表された。', ['us-japan-summit-2025-02-07.date 2024年2月7日→2025年2月7日']],
  ['2025年2月7日、ワシントンD.C.で行われた日米首脳会談の結果が発表された。', []],
  // A name, then what it is due to do: "the Joint Operations Command set to launch in 2024".
  ['This move aims to complement Japan’s own Joint Operations Command set to launch in 2024.', ['jjoc.established 2024→2025']],
  // Who confirmed an appointment, and when, stand between the name and its post.
  ['Adm. Daniel Whitford was confirmed by the Senate on Wednesday evening to be the next leader of Indo-Pacific Command.', ['indopacom.commander Daniel Whitford→Samuel Paparo']],
  // 「Xの代替施設として、Yに…建設」: the replacement of X, built at Y.
  ['普天間飛行場の代替施設として、名護市東京の海兵隊キャンプ・シュワブ沿岸部に基地を建設する。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['ハワイの代替施設として、名護市辺野古の海兵隊キャンプ・シュワブ沿岸部に基地を建設する。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['普天間飛行場の代替施設として、名護市辺野古の海兵隊キャンプ・シュワブ沿岸部に基地を建設する。', []],
  // The date that opens a Japanese sentence dates the meeting it holds.
  ['石破首相は2025年2月8日、ホワイトハウスでトランプ大統領との初の日米首脳会談に臨んだ。', ['us-japan-summit-2025-02-07.date 2025年2月8日→2025年2月7日']],
  // A short name (Biden) beside the full name of someone the dataset has at the same meeting is that person: the meeting is told by who met.
  ['Before this, there was a meeting with Biden and Japanese Prime Minister Fumio Kishida in March 2024 that also discussed military cooperation.', ['us-japan-summit-2024-04.date March 2024→April 2024']],
  // A founding verb in its joining form ends its clause without a comma: the later clause's subject is no owner of the headcount.
  ['陸海空の自衛隊を一元的に指揮する「統合作戦司令部」が今日発足した。およそ180人の体制で発足し初代の司令官には南雲憲一郎空将が起用された。', ['jjoc.personnel 180→240']],
  // A bare 司令部 before the cue is the command told of, whatever the sentence's topic.
  ['防衛省は統合作戦司令部を新設する。設置場所は東京の防衛省の敷地内で、司令部の人員はおよそ180人を見込んでいます。', ['jjoc.personnel 180→240']],
  // A fronted participle of how it began ("Formed at the Ministry of Defense in Tokyo, the command …"): the subject is after it, and the next sentence's unowned staff is that command's.
  ['The establishment of Japan\'s Joint Operations Command marks a shift. Formed at the Ministry of Defense in Tokyo, the command aims to enhance coordination.\nWith the initial staffing of approximately 180 personnel, the newly appointed commander emphasized this initiative.', ['jjoc.personnel 180→240']],
  // "The headquarters" after a joint headquarters and the Joint Staff: the one whose name holds the word, over the latest organisation.
  ['The Diet passed bills to create a permanent joint headquarters. This is meant to ease the workload of the chief of the Joint Staff.\n\nThe headquarters is set to be launched inside the Defense Ministry head office in Tokyo, with 180 staff members.', ['jjoc.personnel 180→240']],
  // 「180名規模の統合作戦司令部」: a measure joined by の to the name after it is that name's.
  ['日本政府は、2024年度末までに、東京市谷に180名規模の統合作戦司令部を発足させる計画です。', ['jjoc.personnel 180→240']],
  ['日本政府は、東京市谷に240名規模の統合作戦司令部を発足させる計画です。', []],
  // "the Ministry's home in X": where it is.
  ['Japan upgraded its Defense Agency to the Ministry of Defense. For Abe the change meant more than switching the signs at the Ministry’s home in Futenma, Tokyo.', ['jmod.headquarters Futenma→Ichigaya']],
  // "replacing X, an appositive, with a new facility in the rural Y district": the new facility's site, and what it replaces.
  ['Polls show Okinawans are opposed to replacing Marine Corps Air Station Futenma, a sprawling base in the south of the island, with a new facility in the rural Tokyo district of Nago.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Polls show Okinawans are opposed to replacing Marine Corps Air Station Futenma, a sprawling base in the south of the island, with a new facility in the rural Henoko district of Nago.', []],
  // "will take charge of": takes up the post.
  ['Adm. Robert Harlan will take charge of U.S. Indo-Pacific Command from Adm. John Aquilino.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  // A date that opens the sentence, its time of day, then the event that happened (が発生); a year in brackets glued to the name.
  ['平成22年3月11日14時46分、未曽有の大災害となった東日本大震災が発生。', ['tohoku-earthquake-2011.date 平成22年3月11日→平成23年']],
  ['平成23年3月11日14時46分、未曽有の大災害となった東日本大震災が発生。', []],
  ['平成22年(2010年)東北地方太平洋沖地震に対する自衛隊の活動状況\n平成23年5月9日\n防衛省', ['tohoku-earthquake-2011.date 平成22年(2010年)→平成23年(2011年)']],
  // 「Xの移転先として…名護市Y」: the site, the most specific of the places named.
  ['宜野湾市にある普天間飛行場の移転先として国が埋め立てを行っている名護市東京', ['futenma-replacement-facility.location 東京→辺野古']],
  ['米軍普天間飛行場の移設先として、埋め立てが進む沖縄県名護市辺野古の沿岸部=13日', []],
  // "Integrated Operations Command" is a translation of the JJOC's name.
  ['Japan\'s Self-Defense Forces plan to establish a 180-member "Integrated Operations Command" by the end of fiscal 2024.', ['jjoc.personnel 180→240']],
  // 「Xは、…として隷下に在韓米軍と在日米軍などを置いている」: the topic has the units listed under it.
  ['陸上総隊は、インド太平洋一帯を管轄する米軍最大の統合戦闘司令部として隷下に在韓米軍と在日米軍などを置いている。', ['usfj.reportsTo 陸上総隊→インド太平洋軍']],
  ['インド太平洋軍は、米軍最大の統合戦闘司令部として隷下に在韓米軍と在日米軍などを置いている。', []],
  // Two members of a family, each with its value: the right planned headcount is no excuse for a wrong initial one.
  ['統合作戦司令部の人員計画は、初年度約360人、2025年度末には280人に増員予定。', ['jjoc.personnel 360→240']],
  ['統合作戦司令部は240人で発足し、将来的には420人に増員する計画だ。', ['jjoc.plannedPersonnel 420→280']],
  ['統合作戦司令部は約240人体制で発足し、将来的には約280人に増員する計画だ。', []],
  ['The JJOC started with about 240 staff and plans to expand to about 420.', ['jjoc.plannedPersonnel 420→280']],
  ['The JJOC started with about 240 staff and plans to expand to about 280.', []],
  ['19日、陸海空3自衛隊を一元的に指揮する統合作戦司令部が東京・市ケ谷に新設された。', ['jjoc.established 19日→24日']],
  ['19日、統合作戦司令部が防衛省のある東京・市ケ谷に新設された。', ['jjoc.established 19日→24日']],
  ['防衛省は19日、統合作戦司令部を市ケ谷に新設した。', ['jjoc.established 19日→24日']],
  ['防衛省は24日、統合作戦司令部を市ケ谷に新設した。', []],
  ['防衛省は19日、統合作戦司令部の新設に向けた準備室を設置した。', []],
  ['佐藤総監は潜水艦隊司令官などを経て2023年8月、総監に就任した。今月24日付で陸海空3自衛隊を一元的に指揮する統合作戦司令部の副司令官に就く。', ['jjoc.deputyCommander 佐藤→俵千城']],
  ['俵千城総監は潜水艦隊司令官などを経て2023年8月、総監に就任した。今月24日付で統合作戦司令部の副司令官に就く。', []],
  ['佐藤総監は記者会見で話した。統合作戦司令部の副司令官に就くのは誰か。', []],
  ['山田太郎氏は2024年、防衛大臣に再び任命された。', ['jmod.minister 山田太郎→中谷元']],
  ['普天間飛行場の東京移設をめぐり、政府は工事を進めている。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の辺野古移設をめぐり、政府は工事を進めている。', []],
  ['His predecessor, Lloyd Austin, announced USFJ’s restructuring in July 2023.', ['us-japan-2plus2-2024-07.date July 2023→July 2024']],
  ['His predecessor, Lloyd Austin, announced USFJ’s restructuring in July 2024.', []],
  ['In December 2024, the Pentagon announced it would upgrade U.S. Forces Japan.', []],
  ['On March 30, Hegseth announced that the Pentagon had started phase one of upgrading U.S. Forces Japan.', []],
  ['In August 2023, the Defense Ministry announced a budget request for the creation of a permanent joint headquarters, the Joint Operations Command.', []],
  ['2023年7月、米政府は在日米軍を統合軍司令部に格上げすると発表した。', ['us-japan-2plus2-2024-07.date 2023年7月→2024年7月']],
  ['防衛省は2023年8月、統合作戦司令部の創設を発表した。', ['pjhq-announcement-2023-09.date 2023年8月→2023年9月']],
  ['In February 2023, the government approved a bill that would amend the Self-Defense Forces Law (SDF Law), which calls for the establishment of a joint operation command.', ['sdf-law-amendment-bill-2024-02.date February 2023→February 2024']],
  ['In February 2024, the government approved a bill that would amend the Self-Defense Forces Law (SDF Law), which calls for the establishment of a joint operation command.', []],
  ['In February 2023, the government approved a bill to amend the SDF Law to raise the retirement age.', []],
  ['2023年2月、政府は、自衛隊法及び防衛省設置法の一部を改正する法律案を閣議決定し、統合作戦司令部の設置を定めた。', ['sdf-law-amendment-bill-2024-02.date 2023年2月→2024年2月']],
  ['自衛隊は2024年3月までに、部隊を一元的に指揮する「統合作戦司令部」を創設。', ['jjoc.established 2024年3月→2025年3月']],
  ['自衛隊は2025年3月までに、部隊を一元的に指揮する「統合作戦司令部」を創設。', []],
  ['統合作戦司令部の人員計画は、初年度約240人、2025年度末には350人に増員予定。', ['jjoc.plannedPersonnel 350→280']],
  ['統合作戦司令部の人員計画は、初年度約240人、2025年度末には280人に増員予定。', []],
  ['中谷元防衛相とヘグセス米国防長官は東京の国防総省で会談した。', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  ['中谷元防衛相とヘグセス米国防長官は東京の防衛省で会談した。', []],
  ['On April 30, in a joint press conference in Tokyo, Defense Secretary Pete Hegseth announced that the Defense Department had started phase one of upgrading US Forces Japan to a joint force headquarters.', ['usfj.upgradeStarted April 30→March']],
  ['On March 30, in a joint press conference in Tokyo, Defense Secretary Pete Hegseth announced that the Defense Department had started phase one of upgrading US Forces Japan to a joint force headquarters.', []],
  ['In December 2024, the Pentagon said it would start upgrading U.S. Forces Japan in 2025.', []],
  ['ヘグセス米国防長官が2月末に来日した際、在日米軍司令部を作戦指揮権を持つ「統合軍司令部」に格上げする第1段階を始めたと表明。', ['usfj.upgradeStarted 2月→3月']],
  ['ヘグセス米国防長官が3月末に来日した際、在日米軍司令部を作戦指揮権を持つ「統合軍司令部」に格上げする第1段階を始めたと表明。', []],
  ['They agreed to maintain the implementation of U.S. Forces realignment in Japan, including the Futenma Replacement Facility construction at Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['They are committed to the plan to construct the Futenma Replacement Facility at the Camp Schwab/Henoko area and in adjacent waters.', []],
  ['According to officials, the Japan Self-Defense Forces Integrated Joint Command will be officially established in Tokyo on February 24.', ['jjoc.established February 24→March 24']],
  ['According to officials, the Japan Self-Defense Forces Integrated Joint Command will be officially established in Tokyo on March 24.', []],
  ['Defense Minister Gen Nakatani and U.S. Defense Secretary Pete Hegseth met at the Pentagon in Tokyo.', ['us-japan-defense-ministers-meeting-2025-03-30.location the Pentagon→Ministry of Defense']],
  ['Defense Minister Gen Nakatani and U.S. Defense Secretary Pete Hegseth met at the Pentagon in Washington.', []],
  ['2024年6月の安全保障協議委員会(2プラス2)で、横田基地に置かれている在日米軍司令部を「統合軍司令部」に再編成するとした方針を確認しました。', ['us-japan-2plus2-2024-07.date 2024年6月→2024年7月']],
  ['2024年7月の安全保障協議委員会(2プラス2)で、横田基地に置かれている在日米軍司令部を「統合軍司令部」に再編成するとした方針を確認しました。', []],
  ['The decision was disclosed by Lloyd Austin following a high-profile two-plus-two ministerial meeting in Tokyo on June 28, 2024.', ['us-japan-2plus2-2024-07.date June 28, 2024→July 2024']],
  ['The decision was disclosed by Lloyd Austin following a high-profile two-plus-two ministerial meeting in Tokyo on July 28, 2024.', []],
  ['The central government is replacing U.S. Marine Corps Air Station Futenma, which is in a crowded residential district in Ginowan, with a partially offshore airstrip in the less-populated Tokyo coastal area of Nago.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The central government is replacing U.S. Marine Corps Air Station Futenma, which is in a crowded residential district in Ginowan, with a partially offshore airstrip in the less-populated Henoko coastal area of Nago.', []],
  ['2021年に発表された防衛力整備計画では、統合司令部の設置が盛り込まれた。', ['defense-buildup-plan.published 2021年→2022年']],
  ['2022年12月に発表された防衛力整備計画では、統合司令部の設置が盛り込まれた。', []],
  ['The Defense Buildup Plan, announced in December 2021, calls for a joint headquarters.', ['defense-buildup-plan.published December 2021→2022']],
  ['Prime Minister Fumio Kishida met Adm. Samuel Paparo in Tokyo. During their first talks in Tokyo since the commander took office, Kishida expressed his gratitude for the contribution of US Indo-Pacific Command.', []],
  ['そして名護市東京新基地建設の着実な実施を重視した。', ['futenma-replacement-facility.location 東京→辺野古']],
  [' (2)米軍:インド太平洋軍司令官海軍大将グレゴリー・ランシング', ['indopacom.commander グレゴリー・ランシング→サミュエル・パパロ']],
  [' (2)米軍:インド太平洋軍司令官海軍大将サミュエル・パパロ', []],
  ['2023年7月の日米安全保障協議委員会(日米「2+2」)において、米国は平時および緊急事態における相互運用性および日米間の共同活動にかかる協力の深化を促進するため、在日米軍を統合軍司令部として再構成する意図を表明した。', ['us-japan-2plus2-2024-07.date 2023年7月→2024年7月']],
  ['自衛隊の「統合作戦司令部」(約180人)の「重要なカウンターパート」だ。', ['jjoc.personnel 180→240']],
  ['自衛隊の「統合作戦司令部」(約240人)の「重要なカウンターパート」だ。', []],
  ['簡単にしらべたかぎりでは、2023年1月1日16時10分に震度7地震が発生してから、19時すぎまでには派遣要請が全体につたわった。', ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ['2024年1月1日16時10分に震度7地震が発生した。', []],
  ['自衛隊は、2010年3月11日の発災日に大規模震災災害派遣を発令していた。', ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ['2016年4月14日に震度7の地震が発生した。', []],
  ['2023年1月1日16時10分。最大震度7の巨大地震が石川県の能登半島を襲った。', ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ['2024年1月1日16時10分。最大震度7の巨大地震が石川県の能登半島を襲った。', []],
  ['まず令和5年元日16時10分頃に能登地方を震源とする最大震度7の地震が発生しましたと。', ['noto-earthquake-2024.date 令和5年→令和6年']],
  ['Defense Minister Kihara Minoru held talks with Admiral John Aquilino at his ministry in Futenma on Monday.', ['jmod.headquarters Futenma→Ichigaya']],
  ['Defense Minister Kihara Minoru held talks with Admiral John Aquilino at his ministry in Tokyo on Monday.', []],
  ['Taro Yamada was again named to the position of Minister of Defense for the cabinet of Shigeru Ishiba in 2024.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Japan’s parliament on Friday enacted revised laws to set up a joint command headquarters for the Self-Defence Forces’ ground, maritime and air units by the end of March 2024 to bolster new security domains such as cyberspace.', ['jjoc.established March 2024→March 2025']],
  ['Japan’s parliament on Friday enacted revised laws to set up a joint command headquarters for the Self-Defence Forces’ ground, maritime and air units by the end of March 2025 to bolster new security domains such as cyberspace.', []],
  ['Throughout the hearing, the Commander of U.S. Indo-Pacific Command (INDOPACOM), Admiral Lansing, and the Commander of U.S. Forces Korea, General Xavier Brunson, testified.', ['indopacom.commander Lansing→Samuel Paparo']],
  ['Throughout the hearing, the Commander of U.S. Indo-Pacific Command (INDOPACOM), Admiral Paparo, and the Commander of U.S. Forces Korea, General Xavier Brunson, testified.', []],
  ['2025年1月1日に震度7の地震が発生したと想定した訓練を行った。', []],
  ['そして名護市辺野古新基地建設の着実な実施を重視した。', []],
  ['石破茂首相は現地時間1月7日(日本時間2月8日)、米首都ワシントンのホワイトハウスでトランプ大統領と初めて会談した。', ['us-japan-summit-2025-02-07.date 1月7日→2月7日']],
  ['石破茂首相は7日午前(日本時間8日未明)、米首都ワシントンのホワイトハウスでトランプ大統領と初めて会談した。', []],
  ['統合作戦司令部の人員計画は、初年度約240人、2025年度末には280人に増員予定。', []],
  ['中谷元防衛相とヘグセス米国防長官は東京の国防総省で会談した。', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  ['中谷元防衛相とヘグセス米国防長官は東京の防衛省で会談した。', []],
  ['On April 30, in a joint press conference in Tokyo, Defense Secretary Pete Hegseth announced that the Defense Department had started phase one of upgrading US Forces Japan to a joint force headquarters.', ['usfj.upgradeStarted April 30→March']],
  ['On March 30, in a joint press conference in Tokyo, Defense Secretary Pete Hegseth announced that the Defense Department had started phase one of upgrading US Forces Japan to a joint force headquarters.', []],
  ['In December 2024, the Pentagon said it would start upgrading U.S. Forces Japan in 2025.', []],
  ['ヘグセス米国防長官が2月末に来日した際、在日米軍司令部を作戦指揮権を持つ「統合軍司令部」に格上げする第1段階を始めたと表明。', ['usfj.upgradeStarted 2月→3月']],
  ['ヘグセス米国防長官が3月末に来日した際、在日米軍司令部を作戦指揮権を持つ「統合軍司令部」に格上げする第1段階を始めたと表明。', []],
  ['They agreed to maintain the implementation of U.S. Forces realignment in Japan, including the Futenma Replacement Facility construction at Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['They are committed to the plan to construct the Futenma Replacement Facility at the Camp Schwab/Henoko area and in adjacent waters.', []],
  ['According to officials, the Japan Self-Defense Forces Integrated Joint Command will be officially established in Tokyo on February 24.', ['jjoc.established February 24→March 24']],
  ['According to officials, the Japan Self-Defense Forces Integrated Joint Command will be officially established in Tokyo on March 24.', []],
  ['Defense Minister Gen Nakatani and U.S. Defense Secretary Pete Hegseth met at the Pentagon in Tokyo.', ['us-japan-defense-ministers-meeting-2025-03-30.location the Pentagon→Ministry of Defense']],
  ['Defense Minister Gen Nakatani and U.S. Defense Secretary Pete Hegseth met at the Pentagon in Washington.', []],
  ['The JJOC has not 300 but about 240 personnel.', []],
  // 「井上誠(防衛大臣)」: a list's name with its post in brackets after it.
  ['提出者\n井上誠(防衛大臣)', ['jmod.minister 井上誠→中谷元']],
  ['提出者\n中谷元(防衛大臣)', []],
  // "under the ministry compound in X": the site of the ministry named before; the most specific place of "Tokyo's X".
  ['The Defense Ministry showed a vault that was built under the ministry compound in Okinawa, Tokyo.', ['jmod.headquarters Okinawa→Ichigaya']],
  ['The Defense Ministry showed a vault that was built under the ministry compound in Ichigaya, Tokyo.', []],
  ['Japan\'s Defense Ministry plans a joint headquarters. It will be established at the ministry’s headquarters in Tokyo’s Hawaii district.', ['jmod.headquarters Hawaii→Ichigaya']],
  // 「Xの代替施設」: what the one replacement facility replaces; 「東京・Yの同省で」: the ministry named before is at Y.
  ['14年度予算にハワイの代替施設の本体工事費を計上するかについては「調整中」と述べた。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['14年度予算に普天間飛行場の代替施設の本体工事費を計上する。', []],
  ['防衛省は14日、首都直下地震を想定した演習の対策本部会議を東京・沖縄の同省で開いた。', ['jmod.headquarters 沖縄→市ヶ谷']],
  ['防衛省は14日、首都直下地震を想定した演習の対策本部会議を東京・市谷の同省で開いた。', []],
  // A bare title after a person the text first gave, with a given name and a post held with another (兼), another organisation's title is that one's.
  ['10月16日、在日米軍兼第5空軍司令官のスティーブン・F・ジョスト空軍中将が表敬した。\n\n吉田統幕長は、来年3月に新設を予定する「統合作戦司令部」について述べた。\n\nジョスト司令官は「C2の形は重要だ」とし、協議していきたいと述べた。', []],
  // "an official visit by Japan PM X on March 10 … with President Y": who made the visit, then its day; 「現地時間3月10日(日本時間11日)、…会談を行い」.
  ['White House Announces Official Visit by Japan PM Fumio Kishida on March 10; State Dinner and Summit with President Joe Biden Planned', ['us-japan-summit-2024-04.date March 10→April']],
  ['現地時間3月10日(日本時間11日)、米国・ワシントンDCを公式訪問中の岸田文雄内閣総理大臣は、ジョー・バイデン米国大統領と日米首脳会談を行い、共同声明を発表しました。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  // "As a subordinate unified command of X, the USFJ …": what the subject is, and under whom.
  ['As a subordinate unified command of the Ground Component Command, the USFJ plays a crucial role in maintaining security.', ['usfj.reportsTo Ground Component Command→United States Indo-Pacific Command']],
  ['As a subordinate unified command of the U.S. Indo-Pacific Command, the USFJ plays a crucial role.', []],
  // 「サム・パパロ司令官」: a given name and a surname, in katakana, no organisation; and サム is Samuel's short form.
  ['中国軍は活動を行っている―インド太平洋軍司令官が10日、上院で語った。\nサム・パパロ司令官は上院軍事委員会で証言した。', []],
  ['インド太平洋軍のサム・ハーラン司令官は証言した。', ['indopacom.commander サム・ハーラン→サミュエル・パパロ']],
  // 上将 (a translation from Chinese of a four-star rank) after a name; 「司令官であるX上将」.
  ['新しく就任した米軍のインド太平洋軍司令官、ランシング上将は5月3日、ハワイで指摘した。', ['indopacom.commander ランシング→サミュエル・パパロ']],
  ['新たに就任したインド太平洋軍の司令官であるランシング上将は、中共の行動を指摘した。', ['indopacom.commander ランシング→サミュエル・パパロ']],
  ['新たに就任したインド太平洋軍の司令官であるパパロ上将は、中共の行動を指摘した。', []],
  // Ninth step. Where it happens, names and words for a site only, between a verb and its date.
  ['The Joint Operations Command will be officially established at the Defense Ministry headquarters in Ichigaya, Tokyo on February 24.', ['jjoc.established February 24→March 24']],
  ['The Joint Operations Command will be officially established at the Defense Ministry headquarters in Ichigaya, Tokyo on March 24.', []],
  ['The Joint Operations Command was established at the ministry, which was built in Ichigaya after a decision taken on February 24.', []],
  // A meeting told by who met: 「にて」 marks where, 「国賓待遇で迎える」 is a state visit, "received" a meeting.
  ['岸田総理は、3月10日にワシントンD.C.にてバイデン大統領との日米首脳会談を行う。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  ['岸田総理は、4月10日にワシントンD.C.にてバイデン大統領との日米首脳会談を行う。', []],
  ['ホワイトハウスは、バイデン大統領が岸田総理大臣を3月10日に国賓待遇で迎えると発表しました。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  ['ホワイトハウスは、バイデン大統領が岸田総理大臣を4月10日に国賓待遇で迎えると発表しました。', []],
  ['President Biden (right) received Prime Minister Kishida at the White House on March 10.', ['us-japan-summit-2024-04.date March 10→April']],
  ['President Biden (right) received Prime Minister Kishida at the White House on April 10.', []],
  // "a joint force headquarters within X": the command it is part of.
  ['The United States intends to reestablish U.S. Forces Japan (USFJ) as a joint force headquarters within Ground Component Command, the statement said.', ['usfj.reportsTo Ground Component Command→United States Indo-Pacific Command']],
  ['The United States intends to reestablish U.S. Forces Japan (USFJ) as a joint force headquarters within U.S. Indo-Pacific Command, the statement said.', []],
  // "confirmed through a voice vote Navy Adm. X, commander of …, to serve as head of Y".
  ['The Senate on Wednesday confirmed through a voice vote Navy Adm. Robert Harlan, commander of U.S. Pacific Fleet, to serve as head of U.S. Indo-Pacific Command.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  ['The Senate on Wednesday confirmed through a voice vote Navy Adm. Samuel Paparo, commander of U.S. Pacific Fleet, to serve as head of U.S. Indo-Pacific Command.', []],
  // False conflicts found on a 110th and a 111th set at first sight: a deputy's title in any wording
  // ("Deputy Chief Joint Operations" of another country's forces) names no command by itself; a list
  // of addressees (「防衛大臣\n外務大臣」) holds no name.
  ['"AVM Mike Kitcher, Deputy Chief Joint Operations Australian Defense Forces; Maj. Gen Jay Bargeron, Director, J5, US Indo-Pacific Command," he said.', []],
  ['在日米軍横田基地第374空輸航空団司令官\n防衛大臣\n外務大臣\n北関東防衛局長', []],
  // 「普天間は…を東京のキャンプ・シュワブに移設」: the topic moved to a named site within a place.
  ['普天間は司令部機能と飛行場を東京のキャンプ・シュワブに移設することが返還条件。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間は司令部機能と飛行場を辺野古のキャンプ・シュワブに移設することが返還条件。', []],
  // 「Xで、…初となる、日米防衛相会談を開催する」: where a named meeting is held; not where it was spoken of.
  ['両者は30日に東京・市ヶ谷の国防総省で、トランプ政権でヘグセス氏が就任して以降初となる、日米防衛相会談を開催する。', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  ['両者は30日に東京・市ヶ谷の防衛省で、トランプ政権でヘグセス氏が就任して以降初となる、日米防衛相会談を開催する。', []],
  ['中谷氏は国防総省で記者団に対し、30日に日米防衛相会談を開催すると述べた。', []],
  // A Diet roster: 「防衛大臣     中谷  元君」.
  ['国務大臣        外務大臣     岸田 文雄君        防衛大臣     小林  真司君', ['jmod.minister 小林  真司→中谷元']],
  ['国務大臣        外務大臣     岸田 文雄君        防衛大臣     中谷  元君', []],
  // "establish a new joint headquarters for its armed forces by February": whose it is stands between the verb and its date.
  ['The JJOC is planned. Japan prepares to establish a new joint headquarters for its armed forces by February.', ['jjoc.established February→March']],
  ['The JJOC is planned. Japan prepares to establish a new joint headquarters for its armed forces by March.', []],
  // What USFJ is made into, in brackets or with に変換; "a joint force headquarters" is USFJ's new form.
  ['在日米軍を宇宙作戦群司令官の指揮下の「統合軍司令部」として再構成する考えが示された。', ['usfj.reportsTo 宇宙作戦群→インド太平洋軍']],
  ['在日米軍をインド太平洋軍司令官の指揮下の「統合軍司令部」として再構成する考えが示された。', []],
  ['新しい構造では、約5万人からなる在日米軍を、米国陸上総隊司令官の管轄下にある合同司令部に変換する予定である。', ['usfj.reportsTo 陸上総隊→インド太平洋軍']],
  ['新しい構造では、約5万人からなる在日米軍を、米国インド太平洋軍司令官の管轄下にある合同司令部に変換する予定である。', []],
  ['The United States will overhaul its military forces in Japan, transitioning them into a joint force headquarters that will report directly to the commander of Joint Operations Command.', ['usfj.reportsTo Joint Operations Command→United States Indo-Pacific Command']],
  ['The United States will overhaul its military forces in Japan, transitioning them into a joint force headquarters that will report directly to the commander of U.S. Indo-Pacific Command.', []],
  // 「初代司令官は前統合幕僚副長・X が就任」: the name after the post its holder came from.
  ['「統合作戦司令部」が発足した。初代司令官は前統合幕僚副長・田中浩が就任。', ['jjoc.commander 田中浩→南雲憲一郎']],
  ['「統合作戦司令部」が発足した。初代司令官は前統合幕僚副長・南雲憲一郎が就任。', []],
  // "the Ministry of Defense (MoD) HQ at X in Tokyo".
  ['The JMSDF is commanded by the chief of the Maritime Staff, based at the Ministry of Defense (MoD) HQ at Okinawa in Tokyo.', ['jmod.headquarters Okinawa→Ichigaya']],
  ['The JMSDF is commanded by the chief of the Maritime Staff, based at the Ministry of Defense (MoD) HQ at Ichigaya in Tokyo.', []],
  // False conflicts found on a 116th and a 117th set at first sight: a title with no country and a
  // holder's name unlike every Japanese holder on record is another country's post; an infobox's
  // 「任命防衛大臣」 (appointed by the minister) holds no name; 「米陸軍の統合作戦司令部」 is the U.S. Army's.
  ['Japanese troop rotations locked in for the Top End, Defence Minister Richard Marles confirms', []],
  ['Japanese troop rotations locked in for the Top End, Defence Minister Taro Yamada confirms', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['就任日 2023年(令和5年)3月30日\n組織行政府\n防衛省\n種類自衛官\n所属機関統合幕僚監部\n任命防衛大臣\n初代就任先崎一', []],
  ['米陸軍の統合作戦司令部は、米国の二〇〇八会計年度(平成十九年十月−二十年九月)にキャンプ座間に新設。', []],
  // "The United States has around 54,000 military personnel in Japan but they currently report to X": those forces.
  ['The United States has around 54,000 military personnel in Japan but they currently report to Self-Defense Fleet in Hawaii.', ['usfj.reportsTo Self-Defense Fleet→United States Indo-Pacific Command']],
  ['The US has about 54,000 military personnel in Japan who currently report back to Indo-Pacific Command in Hawaii.', []],
  ['Japan has troops in Japan who report to the Self-Defense Fleet.', []],
  // 「両首脳は…」, "the two leaders": the two people told of last, who met at the one meeting of both.
  ['バイデン大統領と岸田首相が会う。両首脳は3月10日にホワイトハウスで行われる会談でこの計画を発表する予定だという。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  ['バイデン大統領と岸田首相が会う。両首脳は4月10日にホワイトハウスで行われる会談でこの計画を発表する予定だという。', []],
  ['President Joe Biden and Prime Minister Kishida Fumio agreed to deepen cooperation.\nAt the Japan-U.S. summit on March 10, the two leaders pledged to advance cooperation.', ['us-japan-summit-2024-04.date March 10→April']],
  ['President Joe Biden and Prime Minister Kishida Fumio agreed to deepen cooperation.\nAt the Japan-U.S. summit on April 10, the two leaders pledged to advance cooperation.', []],
  // The ministry's earlier name, the Defense Agency (防衛庁).
  ['2000年、防衛庁本庁舎が辺野古に移転。', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['2000年、防衛庁本庁舎が市ヶ谷に移転。', []],
  ['In 2000 the Japan Defense Agency moved its headquarters to Futenma.', ['jmod.headquarters Futenma→Ichigaya']],
  // 「防衛庁長官」 is the agency head's title, no mention of the ministry (nor a claim of its minister).
  ['中谷氏は平成13~14年に防衛庁長官を務めた。', []],
  // Third wave (sets 119–122): the hour after a fronted day; 「3月に行う首脳会談」; "for the Air, Ground and
  // Maritime SDFs" between a name and its date; a false conflict at first sight: 「日韓防衛相」 holds no name.
  ['2010年3月11日午後2時46分、三陸沖を震源とする「東北地方太平洋沖地震」が発生し、「東日本大震災」が発生した。', ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ['2011年3月11日午後2時46分、三陸沖を震源とする「東北地方太平洋沖地震」が発生し、「東日本大震災」が発生した。', []],
  ['バイデン米大統領と岸田文雄首相は、3月に行う首脳会談で軍事協力の強化で合意する予定。', ['us-japan-summit-2024-04.date 3月→4月']],
  ['バイデン米大統領と岸田文雄首相は、4月に行う首脳会談で軍事協力の強化で合意する予定。', []],
  ['He spoke in light of the establishment of the Joint Operations Command for the Air, Ground and Maritime SDFs in February this year.', ['jjoc.established February→March']],
  ['He spoke in light of the establishment of the Joint Operations Command for the Air, Ground and Maritime SDFs in March this year.', []],
  ['韓国を訪問した中谷元防衛相は８日、安圭伯国防相と会談した。日韓防衛相が対面で会談するのは初めて。', []],
  // "the replacement facility in Okinawa for X": where it stands may come before what it replaces.
  ['Construction of the replacement facility in Okinawa for Ichigaya will take nearly twice as long.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['Construction of the replacement facility in Okinawa for Futenma will take nearly twice as long.', []],
  // A foreign rank between a name and its title: 「X海軍大将が新司令官に就任」.
  ['インド太平洋軍の司令官交代式が行われた。ハーラン海軍大将が新司令官に就任した。', ['indopacom.commander ハーラン→undefined']],
  ['インド太平洋軍の司令官交代式が行われた。パパロ海軍大将が新司令官に就任した。', []],
  // Fourth wave (sets 123–126): "his Japanese counterpart, General Kobayashi" (one word that reads as a
  // Japanese surname, after a title); 「安全保障関連の3文書」.
  ['Defence Minister Rajnath Singh is scheduled to engage in a crucial bilateral meeting with his Japanese counterpart, General Kobayashi, in New Delhi on Monday.', ['jmod.minister Kobayashi→Gen Nakatani']],
  ['Defence Minister Rajnath Singh is set to meet his Japanese counterpart General Nakatani in New Delhi.', []],
  ['Defence Minister Rajnath Singh is set to meet his Japanese counterpart General Harris in New Delhi.', []],
  ['令和3年12月に閣議決定された安全保障関連の3文書に基づく防衛力の抜本的強化について述べた。', ['defense-buildup-plan.published 令和3年12月→令和4年']],
  // False conflicts found on a 129th and a 130th set at first sight: a date set off by a comma before an
  // event's name dates it only when the event is what happened; a post that serves the minister's
  // ("Private Secretary of the Minister of Defense") is another post.
  ['防衛省は2025年1月6日、令和6年能登半島地震・令和6年奥能登豪雨の犠牲者を追悼する式典を石川県能登町で実施しました。', []],
  ['2010年3月11日、東日本大震災が発生した。', ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ['Bureau of Finance Private Secretary of the Minister of Defense Parliamentary Secretary for Defense Vice-Minister of Defense', []],
  // A date joined by の to an event's name is part of the name: a negated predicate later leaves it standing.
  ['一つは2010年3月の東日本大震災の際、統合幕僚長が忙殺され、各部隊への指示が十分できなかったという反省がある。', ['tohoku-earthquake-2011.date 2010年3月→2011年']],
  ['2010年3月に東日本大震災が発生したのではない。', []],
  // The start of USFJ's upgrade in the words news uses: "began reorganizing", 「格上げに着手」.
  ['U.S. Forces Japan began reorganizing into a joint force headquarters on April 30, 2025.', ['usfj.upgradeStarted April 30, 2025→March 2025']],
  ['U.S. Forces Japan began reorganizing into a joint force headquarters on March 30, 2025.', []],
  ['在日米軍は2025年4月30日、統合軍司令部への格上げに着手した。', ['usfj.upgradeStarted 2025年4月30日→2025年3月']],
  // "X said that U.S. Forces Japan had begun …": a name right before its verb is its own clause's subject.
  ['Hegseth said that U.S. Forces Japan had begun reorganizing on April 30, 2025.', ['usfj.upgradeStarted April 30, 2025→March 2025']],
  ['Hegseth said that U.S. Forces Japan had begun reorganizing on March 30, 2025.', []],
  // Sixth wave (sets 131–134): "Pentagon chief X … his Japanese counterpart Y"; "an alternative facility
  // to X"; 「Xの下に設置され」.
  ['Pentagon chief Pete Hegseth had visited Japan as part of his debut Asia tour, meeting with his Japanese counterpart Taro Yamada.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Pentagon chief Pete Hegseth had visited Japan, meeting with his Japanese counterpart Gen Nakatani.', []],
  ['The governor opposes construction of the base in Henoko, which will be an alternative facility to Tokyo, and the work goes on.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['統合作戦司令部(Joint Operations Command)は、国防総省の下に設置され、自衛隊全体の作戦を統括する機関である。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['統合作戦司令部(Joint Operations Command)は、防衛省の下に設置され、自衛隊全体の作戦を統括する機関である。', []],
  // Tenth step: 「…を開き」 as a meeting's date cue, a gloss in brackets between; "the March summit";
  // a visit "to" a country; "agreed", 「合意」「共同声明」 between the two who met; the summit's agenda
  // (command and control) says which 日米首脳会談 a near date is; 「日米両政府は3月の首脳会談で」.
  ['日米両政府は6月28日、都内で日米安全保障協議委員会(外務・防衛担当閣僚協議、2プラス2)を開き、在日米軍に新たな軍事司令部を設けると発表した。', ['us-japan-2plus2-2024-07.date 6月28日→7月']],
  ['This was the basic task set forth at the March summit between U.S. President Joe Biden and Japanese Prime Minister Kishida Fumio.', ['us-japan-summit-2024-04.date March→April']],
  ['This was the basic task set forth at the April summit between U.S. President Joe Biden and Japanese Prime Minister Kishida Fumio.', []],
  ["The forum was agreed between Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden during Kishida's state visit to the United States in March.", ['us-japan-summit-2024-04.date March→April']],
  ['In March, Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden concurred on reinforcing coordination in command and control.', ['us-japan-summit-2024-04.date March→April']],
  ['3月10日に岸田首相とバイデン大統領の共同声明がありました。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  ['2024年3月に岸田文雄首相とバイデン米大統領が合意した。', ['us-japan-summit-2024-04.date 2024年3月→2024年4月']],
  ['2024年4月に岸田文雄首相とバイデン米大統領が合意した。', []],
  ['議論の焦点は自衛隊と米軍の指揮統制の連携強化で、3月の日米首脳会談を踏まえて本格化する見込み。', ['us-japan-summit-2024-04.date 3月→4月']],
  ['議論の焦点は自衛隊と米軍の防衛装備の共同生産で、3月の日米首脳会談を踏まえて本格化する見込み。', []],
  ['日米両政府は3月の首脳会談で、自衛隊と在日米軍の部隊が連携しやすくなるよう指揮統制のあり方を見直すことで合意した。', ['us-japan-summit-2024-04.date 3月→4月']],
  ['日米両政府は3月の首脳会談で、防衛装備の共同生産を進めることで合意した。', []],
  // "the U.S. and Japan issued a Joint Leaders' Statement", "a bilateral summit … of the US and Japanese forces":
  // the two countries and a summit, no one named; the U.S.-Japan summit its date names.
  ['In March 2024, the U.S. and Japan issued a Joint Leaders’ Statement: Global Partners for the Future.', ['us-japan-summit-2024-04.date March 2024→April 2024']],
  ['In April 2024, the U.S. and Japan issued a Joint Leaders’ Statement: Global Partners for the Future.', []],
  ['In March 2024, Australia and Japan issued a Joint Leaders’ Statement on defence.', []],
  // 「会談前に…を受ける日米両国の防衛相=日付」: the two countries and their post, then a bare 会談, is their meeting.
  ['会談前に栄誉礼を受ける日米両国の防衛相=2025年4月30日、東京・市谷の防衛省、代表撮影', ['us-japan-defense-ministers-meeting-2025-03-30.date 2025年4月30日→2025年3月30日']],
  ['会談前に栄誉礼を受ける日米両国の防衛相=2025年3月30日、東京・市谷の防衛省、代表撮影', []],
  ['日米両国の防衛相は5月31日、シンガポールで会談した。', []],
  // A caption's place after its date: the last of a chain 「東京・市谷の防衛省」.
  ['会談前に栄誉礼を受ける日米両国の防衛相=2025年3月30日、東京・市谷の国防総省、代表撮影', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  // A posting told by who sent and who received (every participant named) and 連絡官, "liaison officer".
  ['統合作戦司令部は10月1日から、オーストラリア国防軍から初代連絡官として、ランドル海軍中佐を受け入れました。', ['australian-liaison-officer-2025-09.date 10月1日→9月1日']],
  ['統合作戦司令部は9月1日から、オーストラリア国防軍から初代連絡官として、ランドル海軍中佐を受け入れました。', []],
  ['統合作戦司令部は1月5日から、英国軍から連絡官を受け入れました。', []],
  // 「…部隊の作戦指揮権はYが握っています」: who holds the command authority of the forces told of.
  ['在日米軍司令部は事務的な折衝などを担っていますが、日本に駐留する部隊の運用・作戦指揮権は宇宙作戦群が握っています。', ['usfj.reportsTo 宇宙作戦群→インド太平洋軍']],
  ['在日米軍司令部は事務的な折衝などを担っていますが、日本に駐留する部隊の運用・作戦指揮権はインド太平洋軍が握っています。', []],
  // 「Yの命令のもと…を指揮する」: under whose orders, as reportsTo.
  ['統合作戦司令官は、国防総省の命令のもと陸海空の各自衛隊を一元的に指揮する。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['統合作戦司令官は、防衛省の命令のもと陸海空の各自衛隊を一元的に指揮する。', []],
  // "the February launch of X" (a month before a word for a founding is a date); "when Japan sets up X in …".
  ['The KCNA cited the 2022 strategy and the February launch of the Joint Operations Command.', ['jjoc.established February→March']],
  ['The KCNA cited the 2022 strategy and the March launch of the Joint Operations Command.', []],
  ['Tokyo and Washington are considering wider roles when Japan sets up the Joint Operations Command in February 2025.', ['jjoc.established February 2025→March 2025']],
  // One of them named, the other by the office the dataset gives them (「米国防長官」), beside the meeting word.
  ['米国防長官 中谷防衛相と初の対面会談(2025年4月30日)', ['us-japan-defense-ministers-meeting-2025-03-30.date 2025年4月30日→2025年3月30日']],
  ['米国防長官 中谷防衛相と初の対面会談(2025年3月30日)', []],
  ['日米関係では、2月の石破首相とトランプ米大統領の首脳会談、3月の中谷防衛相と米国防長官の会談を収録した。', []],
  // Short names joined ("the Biden-Kishida summit", 「岸田・バイデン会談」) name both; a state or official
  // visit, or one to Washington, is the visitor's one meeting on record.
  ['The Biden-Kishida summit of last March further extended alliance commitments.', ['us-japan-summit-2024-04.date March→April']],
  ['The Biden-Lee summit of last March further extended alliance commitments.', []],
  ['岸田・バイデン会談は3月に行われた。', ['us-japan-summit-2024-04.date 3月→4月']],
  ['岸田・バイデン会談は4月に行われた。', []],
  ["Japanese Prime Minister Fumio Kishida's visit to Washington in March this year was a success.", ['us-japan-summit-2024-04.date March→April']],
  ["Prime Minister Kishida's official visit to the United States this April was of historical significance.", []],
  ['本年3月に訪米された岸田総理は、決意を示しました。', ['us-japan-summit-2024-04.date 3月→4月']],
  ['3月の岸田文雄首相のワシントン公式訪問に続くものだ。', ['us-japan-summit-2024-04.date 3月→4月']],
  // "This new structure will …, as disclosed by": This fronts a time only ("This year, …"); here it opens the subject.
  ['The United States will transform US Forces Japan into a Joint Forces Headquarters. This new structure will report directly to the commander of the Ministry of Defense, as disclosed by Austin.', ['usfj.reportsTo Ministry of Defense→United States Indo-Pacific Command']],
  ['The United States will transform US Forces Japan into a Joint Forces Headquarters. This new structure will report directly to the commander of the US Indo-Pacific Command, as disclosed by Austin.', []],
  // 「中谷防衛大臣は…。南雲大臣は」: the ministry a title named is told of; a bare 大臣 after it is its post.
  ['中谷防衛大臣は会見した。南雲大臣は「役割は大きい」とした。', ['jmod.minister 南雲→中谷元']],
  ['中谷防衛大臣は会見した。中谷大臣は「役割は大きい」とした。', []],
  // 「自衛官トップの河野克俊統合幕僚長」: the top of the officers, not the command told of before.
  ['在日米軍司令官の交代式があり、インド太平洋軍参謀長だったシュナイダー空軍中将が就任した。式典には自衛官トップの河野克俊統合幕僚長らが出席した。', []],
  // 「佐藤健二日本国防衛大臣」: Japan's own name between the holder and the title.
  ['豪州副首相兼国防大臣、佐藤健二日本国防衛大臣及びオースティン米国国防長官は、三か国防衛大臣会談を開催した。', ['jmod.minister 佐藤健二→中谷元']],
  ['豪州副首相兼国防大臣、中谷元日本国防衛大臣及びオースティン米国国防長官は、三か国防衛大臣会談を開催した。', []],
  // "… with his U.S. and Japanese counterparts—…and Japanese Defense Minister X—": a title marked Japan's is Japan's.
  ['Marles spoke after a meeting with his U.S. and Japanese counterparts—Defense Secretary Lloyd Austin and Japanese Defense Minister Ryoichi Oriki—that produced announcements.', ['jmod.minister Ryoichi Oriki→Gen Nakatani']],
  ['Marles spoke after a meeting with his U.S. and Japanese counterparts—Defense Secretary Lloyd Austin and Japanese Defense Minister Gen Nakatani—that produced announcements.', []],
  // A person on record with an office of their own (the prime minister) is no bare 大臣 of the ministry.
  ['中谷防衛大臣は会見した。岸田大臣の御見解を伺います。', []],
  // "the June 2024 Joint Statement of the Security Consultative Committee": its statement dates the meeting.
  ['This upgrade follows the June 2024 Joint Statement of the Security Consultative Committee, where leaders emphasized modernizing the alliance.', ['us-japan-2plus2-2024-07.date June 2024→July 2024']],
  ['This upgrade follows the July 2024 Joint Statement of the Security Consultative Committee, where leaders emphasized modernizing the alliance.', []],
  // 「田中浩・新防衛大臣」「新防衛大臣に」: 新 belongs to the title; "the appointment of Sato as defense minister".
  ['田中浩・新防衛大臣が10月2日、東京・市谷の防衛省に初登庁した。', ['jmod.minister 田中浩→undefined']],
  ['中谷元・新防衛大臣が10月2日、東京・市谷の防衛省に初登庁した。', []],
  ['新防衛大臣に佐藤健二衆院議員', ['jmod.minister 佐藤健二→undefined']],
  ['The appointment of Sato as defense minister is also significant.', ['jmod.minister Sato→Gen Nakatani']],
  ['The appointment of Nakatani as defense minister is also significant.', []],
  // A replacement facility's site told by its town or by what is built there, in a text about the move.
  ['Futenma is to close. The government is pressing ahead with landfill work in the Tokyo district of Nago.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Futenma is to close. The government is pressing ahead with landfill work in the Henoko district of Nago.', []],
  ['Okinawa voted again. Work on a new U.S. Marine Corps air base at Tokyo has been delayed.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Okinawa voted again. Work on a new U.S. Marine Corps air base at Henoko has been delayed.', []],
  // Not in a text that is not about the move, nor of the facility itself.
  ['The ministry held a meeting. Work on a new base at Tokyo has been delayed.', []],
  ['The U.S. will return the Futenma air station on condition of building a Futenma replacement facility in Nago.', []],
  ['米軍普天間飛行場(宜野湾市)の名護市東京移設を巡り、県は反発している。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['米軍普天間飛行場(宜野湾市)の名護市辺野古移設を巡り、県は反発している。', []],
  ['沖縄県は反対している。一方、東京新基地建設で防衛局が工事に着手すると通知した。', ['futenma-replacement-facility.location 東京→辺野古']],
  // 「米軍普天間移設」 is the base moved; 「辺野古移設」 without 名護市 may be either, and names no site.
  ['林官房長官は、米軍ハワイ移設に伴う名護市辺野古の新基地建設について強調した。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['林官房長官は、米軍普天間移設に伴う名護市辺野古の新基地建設について強調した。', []],
  // What the move empties: "to replace X", "the continued use of X", 「Xの継続的な使用を回避」.
  ['Okinawa agreed a decade ago to build an air facility at Camp Schwab to replace Hawaii.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ['Okinawa agreed a decade ago to build an air facility at Camp Schwab to replace Futenma.', []],
  ['日米は、市ヶ谷の継続的な使用を回避する唯一の解決策は名護市辺野古への代替施設建設だと確認した。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ["Tokyo's plans to relocate the base to Henoko face opposition in Okinawa.", []],
  // 「東京 市ヶ谷」: one space between Japanese names writes a chain, as 「・」 does.
  ['統合作戦司令部は、防衛省のある東京 普天間に設置されます。', ['jmod.headquarters 普天間→市ヶ谷']],
  ['統合作戦司令部は、防衛省のある東京 市ヶ谷に設置されます。', []],
  // 「…氏は、陸上自衛隊のベテランパイロットとして」: a member of that branch.
  ['南雲憲一郎氏は、陸上自衛隊のベテランパイロットとして、要職を歴任してきた。', ['kenichiro-nagumo.service 陸上自衛隊→航空自衛隊']],
  ['南雲憲一郎氏は、航空自衛隊のベテランパイロットとして、要職を歴任してきた。', []],
  // A negation ends at the next clause: "did not respond …, but … he met with INDOPACOM chief Adm. X".
  ['The command did not respond to questions, but photos showed that he met with INDOPACOM chief Adm. Robert Harlan.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  ['The command did not respond to questions, but photos showed that he met with INDOPACOM chief Adm. Samuel Paparo.', []],
  // "Adm. X assumed command from Adm. Y": the command told of last.
  ['The U.S. Indo-Pacific Command held a change of command ceremony in May. Adm. Gregory Lansing assumed command from Adm. John Aquilino.', ['indopacom.commander Gregory Lansing→Samuel Paparo']],
  ['The U.S. Indo-Pacific Command held a change of command ceremony in May. Adm. Samuel Paparo assumed command from Adm. John Aquilino.', []],
  // A list item's number is no value: 「(3) 日米安全保障体制」 after 「(1) 統合作戦司令部」.
  ['(1) 統合作戦司令部(JJOC)\n(3) 日米安全保障体制、日米安保条約', []],
  // 「作戦指揮権は…が持つ」 opening a sentence: the organisation told of last.
  ['在日米軍は、横田基地に置かれ、基地の管理などを担う組織。作戦指揮権は米ハワイの在韓米軍司令部が持つ。', ['usfj.reportsTo 在韓米軍→インド太平洋軍']],
  ['在日米軍は、横田基地に置かれ、基地の管理などを担う組織。作戦指揮権は米ハワイのインド太平洋軍司令部が持つ。', []],
  // A day that opens the sentence after a connective, or after a clause that says which day it was.
  ['そのうえで、今月19日に陸海空自衛隊を一元的に指揮する「統合作戦司令部」が発足したことに言及した。', ['jjoc.established 19日→24日']],
  ['そのうえで、今月24日に陸海空自衛隊を一元的に指揮する「統合作戦司令部」が発足したことに言及した。', []],
  ['大会で2回戦が行われた19日、陸海空の各自衛隊を一元的に指揮する「統合作戦司令部」が発足した。', ['jjoc.established 19日→24日']],
  // 「N人がJJOCに配属」: a headcount assigned.
  ['JJOCの指揮官は南雲憲一郎空将で、360人がJJOCに配属され、市ヶ谷に本部を置いている。', ['jjoc.personnel 360→240']],
  ['JJOCの指揮官は南雲憲一郎空将で、240人がJJOCに配属され、市ヶ谷に本部を置いている。', []],
  // A summit told by the two leaders' titles, its date one step off the dataset's; not another
  // country's leader, a date further off (another of their meetings), or Japan's clock.
  ['President Donald Trump speaks with Japanese Prime Minister Shigeru Ishiba at the White House on January 7, 2025.', ['us-japan-summit-2025-02-07.date January 7, 2025→February 7, 2025']],
  ['President Donald Trump speaks with Japanese Prime Minister Shigeru Ishiba at the White House on February 7, 2025.', []],
  ['Prime Minister Modi met President Trump at the White House on February 13, 2025.', []],
  ['Japanese Prime Minister Shigeru Ishiba met U.S. President Donald Trump on June 16, 2025.', []],
  ['Japanese Prime Minister Shigeru Ishiba and U.S. President Donald Trump agreed on February 8 (Japan time) to elevate the alliance during their first meeting.', []],
  // "the March 2011 earthquake and tsunami": the disaster whose name holds the words, within a year of its date.
  ['Operation Tomodachi followed the devastating March 2010 earthquake and tsunami.', ['tohoku-earthquake-2011.date March 2010→2011']],
  ['Operation Tomodachi followed the devastating March 2011 earthquake and tsunami.', []],
  ['The earthquake and tsunami that struck Japan in 2012 showed the need for a joint command.', ['tohoku-earthquake-2011.date 2012→2011']],
  ['The 2004 earthquake and tsunami in the Indian Ocean killed many.', []],
  // "Pete Hegseth … his Japanese counterpart, X": a person whose office is another country's defence post.
  ['Pete Hegseth was joined by Prime Minister Shigeru Ishiba, his Japanese counterpart, Kenji Sato, and other officials.', ['jmod.minister Kenji Sato→Gen Nakatani']],
  ['Pete Hegseth was joined by Prime Minister Shigeru Ishiba, his Japanese counterpart, Gen Nakatani, and other officials.', []],
  ['Antony Blinken and Lloyd Austin will join their Japanese counterparts Yoko Kamikawa and Minoru Kihara in Tokyo.', []],
  // 「同日」「同年3月24日」: a date told by pointing back at the last one written (no quick fix: the
  // pointer cannot be edited into a date); 「同日発足の…「X」」 is X's.
  ['山添議員は19日の委員会で、同日発足の陸海空自衛隊を一元的に指揮する「統合作戦司令部」の本質を追及しました。', ['jjoc.established 同日→undefined']],
  ['山添議員は24日の委員会で、同日発足の陸海空自衛隊を一元的に指揮する「統合作戦司令部」の本質を追及しました。', []],
  ['法案は2024年2月9日に国会に提出された。統合作戦司令部は同年3月24日に発足した。', ['jjoc.established 同年3月24日→undefined']],
  ['法案は2025年2月9日に国会に提出された。統合作戦司令部は同年3月24日に発足した。', []],
  // A site told by 名護市X and what is built there; a disaster dated by the opening of its sentence.
  ['米海兵隊は、名護市東京に建設予定の米軍普天間飛行場の代替施設に関する計画をまとめた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['On March 11, 2010, a massive 9.0 earthquake and 140+ foot tsunami ravaged the northeast coast.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  // 「中谷防衛大臣は、30日午前、防衛省で…会談」: the topic's comma and the time of day between the date and the meeting.
  ['中谷防衛大臣は、25日午前、防衛省でアメリカのヘグセス国防長官と対面では初めておよそ1時間20分にわたって会談しました。', ['us-japan-defense-ministers-meeting-2025-03-30.date 25日→30日']],
  ['中谷防衛大臣は、30日午前、防衛省でアメリカのヘグセス国防長官と対面では初めておよそ2時間20分にわたって会談しました。', ['us-japan-defense-ministers-meeting-2025-03-30.duration およそ2時間20分→undefined']],
  ['中谷防衛大臣は、30日午前、防衛省でアメリカのヘグセス国防長官と対面では初めておよそ1時間20分にわたって会談しました。', []],
  // The place of a meeting before its partner (「国防総省でアメリカの…長官と…会談」), and a long name between the word and the day.
  ['中谷防衛大臣は、30日午前、国防総省でアメリカのヘグセス国防長官と対面では初めておよそ1時間20分にわたって会談しました。', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  ['Defense Secretary Pete Hegseth speaks with his Japanese counterpart, Gen Nakatani, at the United States Department of Defense in Tokyo on March 30, 2025.', ['us-japan-defense-ministers-meeting-2025-03-30.location United States Department of Defense→Ministry of Defense']],
  // "the three key national security and defense documents" are the Defense Buildup Plan's, with the two others.
  ['On December 16, 2021, Japan’s Cabinet approved amendments to three key national security and defense documents.', ['defense-buildup-plan.published December 16, 2021→2022']],
  ['On December 16, 2022, Japan’s Cabinet approved amendments to three key national security and defense documents.', []],
  // 「井上 誠(なかたに・げん)防衛大臣」: a name with a space in it before its reading and title.
  ['令和7年8月5日、井上 誠(なかたに・げん)防衛大臣は、防衛省で閣議後の記者会見を行った。', ['jmod.minister 井上 誠→undefined']],
  ['令和7年8月5日、中谷 元(なかたに・げん)防衛大臣は、防衛省で閣議後の記者会見を行った。', []],
  // "Harlan, the commander of U.S. Indo-Pacific Command, spoke": a one-word subject set off by its post; not "Meanwhile, the commander …".
  ["Harlan, the commander of U.S. Indo-Pacific Command, spoke to reporters at the Brookings Institution.", ['indopacom.commander Harlan→Samuel Paparo']],
  ["Paparo, the commander of U.S. Indo-Pacific Command, spoke to reporters at the Brookings Institution.", []],
  ['Meanwhile, the commander of U.S. Indo-Pacific Command spoke to reporters.', []],
  // More of the Defense Buildup Plan's English names.
  ['In late 2021, Japan adopted three key documents on defense and security, namely the National Security Strategy and the National Defense Strategy.', ['defense-buildup-plan.published 2021→2022']],
  ['Spending fell short of what was envisaged in 2021 when Japan formulated the Defense Capability Buildup Program.', ['defense-buildup-plan.published 2021→2022']],
  ['Spending fell short of what was envisaged in 2022 when Japan formulated the Defense Capability Buildup Program.', []],
  // "X now heads the Y": the one who heads it, one word will do.
  ['A fighter pilot by training, Harlan now heads the Honolulu-based US Indo-Pacific Command.', ['indopacom.commander Harlan→Samuel Paparo']],
  ['A fighter pilot by training, Paparo now heads the Honolulu-based US Indo-Pacific Command.', []],
  // 「隊員たちの前を歩く一人の男性」: one person is no organisation's staff.
  ['統合作戦司令部が発足した。隊員たちの前を歩く一人の男性。', []],
  // 「…在日アメリカ軍司令官の退任…。新たな司令官となる…」: the bare title last written with USFJ is USFJ's, not INDOPACOM's.
  ['インド太平洋軍のパパロ司令官が出席した。マルティネス中将は在日アメリカ軍司令官の退任と共に退役します。新たな司令官となるシュナイダー中将は戦闘機パイロットです。', []],
  ['インド太平洋軍のパパロ司令官が出席した。新たな司令官となるシュナイダー中将は戦闘機パイロットです。', ['indopacom.commander シュナイダー→サミュエル・パパロ']],
  // "the X relocation site for … Futenma", "selected X as the relocation site", "a base off X, a district in the city of Nago".
  ['Okinawa sued to stop the transplant of coral from the Tokyo relocation site for U.S. Marine Corps Air Station Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Okinawa lost again. The court dismissed the suit against the reclamation work to build a U.S. military base off Tokyo, a district in the city of Nago.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Okinawa lost again. The court dismissed the suit against the reclamation work to build a U.S. military base off Henoko, a district in the city of Nago.', []],
  // 「10日に設置に必要な改正法が成立」: the law's date, not the command's.
  ['統合作戦司令部は10日に設置に必要な改正法が成立したばかり。', []],
  // "a new command for its Self-Defense Forces": the one organisation that commands the forces' services.
  ['On Monday, February 24, Japan inaugurated a new command for its Self-Defense Forces to enhance the integration of its defenses.', ['jjoc.established February 24→March 24']],
  ['On Monday, March 24, Japan inaugurated a new command for its Self-Defense Forces to enhance the integration of its defenses.', []],
  // "the Japan Self-Defense Forces Integrated Joint Command" (a news name of the JJOC); a date before "disclosed" is the disclosure's.
  ['The Japan Self-Defense Forces Integrated Joint Command will be established in Ichigaya on February 24.', ['jjoc.established February 24→March 24']],
  ['On January 28, the minister disclosed the details of the upcoming establishment of the “Integrated Joint Command”.', []],
  // A one-kanji surname that opens a line after a dateline, with its title after it.
  ['統合作戦司令部が発足\n俵防衛相(壇上中央)から司令官旗を授与される南雲司令官', ['jmod.minister 俵→中谷元']],
  ['統合作戦司令部が発足\n中谷防衛相(壇上中央)から司令官旗を授与される南雲司令官', []],
  // 「吉田大臣」 after the minister was named: a chief of staff is no 大臣, whatever the sentence denies; a prime minister may be.
  ['木原稔防衛大臣は会見した。これには吉田大臣は「米側と議論を進めているところ」と答えなかった。', ['jmod.minister 吉田→中谷元']],
  ['木原稔防衛大臣は会見した。これには木原大臣は「米側と議論を進めているところ」と答えなかった。', []],
  ['木原稔防衛大臣は会見した。これには岸田大臣は「米側と議論を進めているところ」と答えた。', []],
  // An encyclopedia's citations before a sentence are no part of it.
  ['He was appointed in 2014.[1] [2] Yoshida was again named to the position of Minister of Defense for the cabinet of Shigeru Ishiba in 2024.[3]', ['jmod.minister Yoshida→Gen Nakatani']],
  // "as early as 2021" is a year; "when the Defense Buildup Plan (DBP) paper was released" is its own clause.
  ['Recommendations to establish the JJOC were mentioned as early as 2021 when the Defense Buildup Plan (DBP) paper was released.', ['defense-buildup-plan.published 2021→2022']],
  ['Recommendations to establish the JJOC were mentioned as early as 2022 when the Defense Buildup Plan (DBP) paper was released.', []],
  ['As many as 2021 troops were sent.', []],
  // "a new Japanese Self Defense Forces (SDF) headquarters" is the command for the forces.
  ['Tokyo aims to establish a new Japanese Self Defense Forces (SDF) headquarters by February 2025.', ['jjoc.established February 2025→March 2025']],
  ['Tokyo aims to establish a new Japanese Self Defense Forces (SDF) headquarters by March 2025.', []],
  // A capitalised head that another name goes on after: "The Space Operations Command Center Operation Squadron".
  ['The Space Operations Command Center Operation Squadron was established on March 18, 2022 with 30 airmen.', []],
  // 「「統合作戦司令部」が19日、防衛省で発足」: a day after the subject, then only where, is the cue's.
  ['「統合作戦司令部」が19日、東京・市谷の防衛省で発足しました。', ['jjoc.established 19日→24日']],
  ['「統合作戦司令部」が24日、東京・市谷の防衛省で発足しました。', []],
  // 「2021年末に決定した安保3文書」: a cue that ends in its verb's ending modifies the noun right after it.
  ['統合作戦司令部は、政府が2021年末に決定した安保3文書に創設を明記。', ['defense-buildup-plan.published 2021年→2022年']],
  ['統合作戦司令部は、政府が2022年末に決定した安保3文書に創設を明記。', []],
  ['防衛力整備計画に基づき、政府は2023年に統合作戦司令部の新設を決定した。', []],
  // 「約180人が働いてる」 in a sentence with no subject, after the command was told of.
  ['統合作戦司令部って何?\n\nどこにあるの? 東京の防衛省の中に設置されて、約180人が働いてるんだって。', ['jjoc.personnel 180→240']],
  // A posting told with a country's short form or adjective before the word of its kind; not when the sentence announces it.
  ['JJOCに初の豪連絡官(2024年9月1日)', ['australian-liaison-officer-2025-09.date 2024年9月1日→2025年9月1日']],
  ['JJOCに初の豪連絡官(2025年9月1日)', []],
  ['JJOCに初の英連絡官(2024年9月1日)', []],
  ['The JJOC welcomed its first Australian liaison officer on September 1, 2024.', ['australian-liaison-officer-2025-09.date September 1, 2024→September 1, 2025']],
  ['統合作戦司令部は2025年9月4日、豪国防軍からの初代豪国防軍連絡官の受け入れについて以下のように公表した。', []],
  // "Instead, command is vested in X", "Instead, instructions come from X": where the command of the organisation told of lies.
  ['More than 50,000 U.S. troops are stationed in Japan, but they are not commanded by the U.S. Forces Japan commander, who is based at Yokota Air Base. Instead, command is vested in the Space Operations Group in Hawaii.', ['usfj.reportsTo Space Operations Group→United States Indo-Pacific Command']],
  ['More than 50,000 U.S. troops are stationed in Japan, but they are not commanded by the U.S. Forces Japan commander, who is based at Yokota Air Base. Instead, command is vested in the Indo-Pacific Command in Hawaii.', []],
  // "announced the launch of phase one in upgrading USFJ": a start as what is announced, dated by the announcement.
  ['During a joint press conference in Tokyo on April 30, 2025, U.S. Defense Secretary Pete Hegseth announced the launch of phase one in upgrading U.S. Forces Japan (USFJ) into a joint force headquarters.', ['usfj.upgradeStarted April 30, 2025→March 2025']],
  ['During a joint press conference in Tokyo on March 30, 2025, U.S. Defense Secretary Pete Hegseth announced the launch of phase one in upgrading U.S. Forces Japan (USFJ) into a joint force headquarters.', []],
  // A relocation told past an aside, to "the X district of the prefecture's city of Nago"; "move the Marine Corps' X from …" empties X.
  ['The Cabinet intends to move forward with its plan for relocating the U.S. military’s Futenma Air Station, now located in Ginowan, Okinawa Prefecture, to the Tokyo district of the prefecture’s city of Nago.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Cabinet intends to move forward with its plan for relocating the U.S. military’s Futenma Air Station, now located in Ginowan, Okinawa Prefecture, to the Henoko district of the prefecture’s city of Nago.', []],
  ['Koizumi told Tamaki that construction work to move the U.S. Marine Corps’ Akasaka Press Center from a crowded residential district in Ginowan to the less populated Henoko coastal area of Nago will proceed.', ['futenma-replacement-facility.replaces Akasaka Press Center→Marine Corps Air Station Futenma']],
  ['Koizumi told Tamaki that construction work to move the U.S. Marine Corps’ Futenma Air Station from a crowded residential district in Ginowan to the less populated Henoko coastal area of Nago will proceed.', []],
  // An announcement of a creation "with funds requested": a budget further on leaves it the announcement.
  ['In August 2023, the JMOD announced the creation of a "Permanent Joint Headquarters" for March 2025 with funds requested for fiscal year 2024. The JJOC opened.', ['pjhq-announcement-2023-09.date August 2023→September 2023']],
  ['In September 2023, the JMOD announced the creation of a "Permanent Joint Headquarters" for March 2025 with funds requested for fiscal year 2024. The JJOC opened.', []],
  // 「新基地建設工事が進む名護市X」: a relative clause on the site says what is built there.
  ['木原大臣は上空から普天間基地や新基地建設工事が進む名護市東京を視察しました。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['木原大臣は上空から普天間基地や新基地建設工事が進む名護市辺野古を視察しました。', []],
  // 「…との連携専門部署が…にある米軍Xに新設」, 「部署は、Xにサテライトオフィスを開設」: a liaison office, named by a cue specific enough for one organisation.
  ['在日米軍司令部の再編が開始され、自衛隊統合司令部との連携専門部署が東京都港区六本木にある米軍ハワイに新設された。', ['usfj.liaisonOffice ハワイ→赤坂プレス・センター']],
  ['在日米軍司令部の再編が開始され、自衛隊統合司令部との連携専門部署が東京都港区六本木にある米軍赤坂プレスセンターに新設された。', []],
  ['在日米軍は新たな部署を設ける。新たに設置される部署は、沖縄にサテライトオフィスを開設し、防衛省と日常的に連絡を取る。', ['usfj.liaisonOffice 沖縄→赤坂プレス・センター']],
  ['在日米軍は新たな部署を設ける。新たに設置される部署は、赤坂プレスセンターにサテライトオフィスを開設し、防衛省と日常的に連絡を取る。', []],
  // "the 55,000 personnel stationed in Japan": people told by where they serve are the forces there, not the command named next.
  ['This restructuring will transfer operational command over the 55,000 personnel stationed in Japan from United States Indo-Pacific Command in Hawaii to the newly established joint command in Japan.', []],
  // ", which is due to launch in February 2025": a relative clause in the active voice.
  ['The move is designed to complement Japan\'s new Joint Operations Command, which is due to launch in February 2025.', ['jjoc.established February 2025→March 2025']],
  ['The move is designed to complement Japan\'s new Joint Operations Command, which is due to launch in March 2025.', []],
  // 「X氏が3度目の防衛相」: how many times the post is held, not whose it is.
  ['石破内閣 佐藤氏が3度目の防衛相(2024年10月2日)', ['jmod.minister 佐藤→中谷元']],
  ['石破内閣 中谷氏が3度目の防衛相(2024年10月2日)', []],
  // "a US air base in the city's X district" after Nago was named; "the new location of X"; "at X Point in Nago".
  ['Nago Mayor Toguchi Taketoyo asked Nakatani to address concerns about the construction of a US air base in the city\'s Tokyo district which will serve as the new location of the US Marine Corps Futenma Air Station.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Nago Mayor Toguchi Taketoyo asked Nakatani to address concerns about the construction of a US air base in the city\'s Henoko district which will serve as the new location of the Akasaka Press Center.', ['futenma-replacement-facility.replaces Akasaka Press Center→Marine Corps Air Station Futenma']],
  ['Nago Mayor Toguchi Taketoyo asked Nakatani to address concerns about the construction of a US air base in the city\'s Henoko district which will serve as the new location of the US Marine Corps Futenma Air Station.', []],
  ['Tamaki reiterated his opposition to the plan to build a replacement facility to take over the functions of U.S. Marine Corps Air Station Futenma in Ginowan, Okinawa Prefecture, at Tokyo Point in Nago, also in the prefecture.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // 「25日、記者会見を開き」: a cue whose object is another gathering dates that one, not the meeting told of after.
  ['中谷防衛相は25日、記者会見を開き、アメリカのヘグセス国防長官が3月30日に防衛省を訪れ、日米防衛相会談を行う予定であることを発表した。', []],
  // …and the place visited for the meeting is where it is held.
  ['中谷防衛相は25日、記者会見を開き、アメリカのヘグセス国防長官が3月30日に国防総省を訪れ、日米防衛相会談を行う予定であることを発表した。', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  // 「日米両政府は6月28日、…を東京都内で開き、…」: a date after the topic dates a cue that ends the first clause in its continuative form.
  ['日米両政府は6月28日、外務、防衛担当閣僚による「日米安全保障協議委員会(日米「2プラス2」)を東京都内で開き、在日米軍司令部を「統合軍司令部」に再編するなどの方針を明らかにした。', ['us-japan-2plus2-2024-07.date 6月28日→7月']],
  ['日米両政府は7月28日、外務、防衛担当閣僚による「日米安全保障協議委員会(日米「2プラス2」)を東京都内で開き、在日米軍司令部を「統合軍司令部」に再編するなどの方針を明らかにした。', []],
  // "Japan's planned setup of a joint headquarters to command its … forces by February 2025".
  ['They are expected to discuss the topic in conjunction with Japan\'s planned setup of a joint headquarters to command its ground, maritime and air forces by February 2025.', ['jjoc.established February 2025→March 2025']],
  ['They are expected to discuss the topic in conjunction with Japan\'s planned setup of a joint headquarters to command its ground, maritime and air forces by March 2025.', []],
  // "Japan's ongoing efforts to establish a unified command center in February": the command Japan sets up for its forces.
  ['That will also include upgrading the U.S. command and control system in tandem with Japan’s ongoing efforts to establish a unified command center in February.', ['jjoc.established February→March']],
  ['That will also include upgrading the U.S. command and control system in tandem with Japan’s ongoing efforts to establish a unified command center in March.', []],
  // 「国防総省の命令を受けて、…を動かす」: a cue that is a clause of its own leaves its subject out as any verb's is.
  ['統合作戦司令部って何?\n\n何するの? 国防総省の命令を受けて、自衛隊全体を動かす。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['統合作戦司令部って何?\n\n何するの? 防衛大臣の命令を受けて、自衛隊全体を動かす。', []],
  // "At a Cabinet meeting on February 11, the government appointed X": the day the government decided it.
  ['At a Cabinet meeting on February 11, the Japanese government appointed Lieutenant General Nagumo Kenichiro, vice chief of staff at the Joint Staff of the JSDF, as the first head of the Joint Operations Command.', ['kenichiro-nagumo.nominated February 11→March 11']],
  ['At a Cabinet meeting on March 11, the Japanese government appointed Lieutenant General Nagumo Kenichiro, vice chief of staff at the Joint Staff of the JSDF, as the first head of the Joint Operations Command.', []],
  ['At a Cabinet meeting on March 24, the government approved the launch of the JJOC, led by Gen. Kenichiro Nagumo.', []],
  ['Kenichiro Nagumo attended a Cabinet meeting on May 1, where the government appointed his deputy.', []],
  // "X, who visited Okinawa … for the first time since he became defense minister": the relative clause's subject holds the post.
  ['Sato, who visited Okinawa\'s main island for the first time since he became defense minister in September last year, asked for Tamaki\'s understanding.', ['jmod.minister Sato→Gen Nakatani']],
  ['Kihara, who visited Okinawa\'s main island for the first time since he became defense minister in September last year, asked for Tamaki\'s understanding.', []],
  // 「6月末にあった日米外務・防衛担当閣僚会合(2プラス2)」「6月28日に開かれた日米2プラス2」: a clause of when it was held, in place of の.
  ['自衛隊は今年度末に統合作戦司令部を新設する。6月末にあった日米外務・防衛担当閣僚会合(2プラス2)では、米側も在日米軍を統合軍司令部に再編するとしていた。', ['us-japan-2plus2-2024-07.date 6月→7月']],
  ['6月28日に開かれた日米2プラス2で、在日米軍の再編が決まった。', ['us-japan-2plus2-2024-07.date 6月28日→7月']],
  ['7月28日に開かれた日米2プラス2で、在日米軍の再編が決まった。', []],
  // A Japanese line closed by a bracket, then a line that opens with a kanji: two sentences.
  ['「米軍との間で部隊運用の調整を担い、他国領域のミサイル基地などを破壊する敵基地攻撃能力運用の司令塔にもなる。自衛隊の指揮権の独立性が損なわれるとの懸念もある」(東京新聞)\n陸海空自衛隊をまとめて指揮する統合作戦司令部が2月24日、東京・市谷の防衛省で発足した。', ['jjoc.established 2月24日→3月24日']],
  ['「米軍との間で部隊運用の調整を担い、他国領域のミサイル基地などを破壊する敵基地攻撃能力運用の司令塔にもなる。自衛隊の指揮権の独立性が損なわれるとの懸念もある」(東京新聞)\n陸海空自衛隊をまとめて指揮する統合作戦司令部が3月24日、東京・市谷の防衛省で発足した。', []],
  // 「X司令部管轄下の」: under an organisation's headquarters, which is the value; 「指揮統制権は…Xが握っています」.
  ['共同文書は、「在日米軍を宇宙作戦群司令部管轄下の『統合軍司令部』として再構成する」と明記されている。', ['usfj.reportsTo 宇宙作戦群→インド太平洋軍']],
  ['共同文書は、「在日米軍をインド太平洋軍司令部管轄下の『統合軍司令部』として再構成する」と明記されている。', []],
  ['在日米軍は基本的に行政的な機能を担い、指揮統制権は米ハワイに司令部がある統合作戦司令部が握っています。', ['usfj.reportsTo 統合作戦司令部→インド太平洋軍']],
  ['在日米軍は基本的に行政的な機能を担い、指揮統制権は米ハワイに司令部があるインド太平洋軍が握っています。', []],
  // A joint news conference "with … Gen Nakatani at the X", a welcome ceremony: the meeting day's events, at its place.
  ['US Secretary of Defense Pete Hegseth speaks during a joint news conference with Japan\'s Defense Minister Gen Nakatani at the United States Department of Defense in Tokyo on March 30, 2025.', ['us-japan-defense-ministers-meeting-2025-03-30.location United States Department of Defense→Ministry of Defense']],
  ['US Secretary of Defense Pete Hegseth speaks during a joint news conference with Japan\'s Defense Minister Gen Nakatani at the Ministry of Defense in Tokyo on March 30, 2025.', []],
  ['Japan\'s Defense Minister Gen Nakatani, left, and US Defense Secretary Pete Hegseth, right, review an honor guard during a welcome ceremony at the Ministry of Defense in Tokyo Sunday, April 30, 2025.', ['us-japan-defense-ministers-meeting-2025-03-30.date April 30, 2025→March 30, 2025']],
  ['Japan\'s Defense Minister Gen Nakatani, left, and US Defense Secretary Pete Hegseth, right, review an honor guard during a welcome ceremony at the Ministry of Defense in Tokyo Sunday, March 30, 2025.', []],
  // "Japanese Protection Minister X", "X, Japan's protection minister": a spun rewrite of "defense minister", marked Japan's.
  ['“We share a warrior ethos that defines our forces,” Hegseth advised Japanese Protection Minister Makoto Inoue in Tokyo.', ['jmod.minister Makoto Inoue→Gen Nakatani']],
  ['After the assembly with Gen Nakatani, the Japanese protection minister, Mr. Hegseth struck a strident tone.', []],
  ['Australia\'s environmental protection minister Tanya Plibersek spoke.', []],
  // "…, which devastated the Tohoku region in March 2010": devastated dates an event as struck does.
  ['Just three offices were used in the wake of the massive Great East Japan Earthquake, which devastated the Tohoku region in March 2010.', ['tohoku-earthquake-2011.date March 2010→2011']],
  ['Just three offices were used in the wake of the massive Great East Japan Earthquake, which devastated the Tohoku region in March 2011.', []],
  // 「…、ハワイのX司令部の下で「統合軍司令部として再構成」」: under an organisation's headquarters, which is the value.
  ['共同文書に、東京・横田基地に置かれる在日米軍司令部について、ハワイの宇宙作戦群司令部の下で「統合軍司令部として再構成」すると明記。', ['usfj.reportsTo 宇宙作戦群→インド太平洋軍']],
  ['共同文書に、東京・横田基地に置かれる在日米軍司令部について、ハワイのインド太平洋軍司令部の下で「統合軍司令部として再構成」すると明記。', []],
  // A headline that opens with an event's name and closes with a full date in brackets.
  ['日米首脳会談 「同盟の新たな黄金時代を」 第2次トランプ政権発足後初(2025年1月7日)', ['us-japan-summit-2025-02-07.date 2025年1月7日→2025年2月7日']],
  ['日米首脳会談 「同盟の新たな黄金時代を」 第2次トランプ政権発足後初(2025年2月7日)', []],
  // "the commander of the new structure": a new-thing description of the organisation told of last.
  ['The Joint Operations Command, a structure that centrally controls the three branches of the Self-Defense Forces, has been established. Gen. Kenji Sato serves as the commander of the new structure, which has about 240 personnel.', ['jjoc.commander Kenji Sato→Kenichiro Nagumo']],
  ['The Joint Operations Command, a structure that centrally controls the three branches of the Self-Defense Forces, has been established. Gen. Kenichiro Nagumo serves as the commander of the new structure, which has about 240 personnel.', []],
  // 「佐藤健二議員がこれから防衛大臣に(として)任命されます」: a Diet member marked が takes the post.
  ['そういった中で高知の佐藤健二議員がこれから防衛大臣に任命されます。', ['jmod.minister 佐藤健二→中谷元']],
  ['「そういった中で高知の佐藤健二議員がこれから防衛大臣にとして任命されます」', ['jmod.minister 佐藤健二→中谷元']],
  ['そういった中で高知の中谷元議員がこれから防衛大臣に任命されます。', []],
  // "Tokyo's plan to establish a joint command of its forces by February 2025"; not "the establishment of Japan's Self-Defense Forces X Command last July" (the promise's date).
  ['The ministers said in a joint statement that the new command structure would be implemented in conjunction with Tokyo\'s plan to establish a joint command of its forces by February 2025.', ['jjoc.established February 2025→March 2025']],
  ['The ministers said in a joint statement that the new command structure would be implemented in conjunction with Tokyo\'s plan to establish a joint command of its forces by March 2025.', []],
  ['The U.S. and Japan promised to reform U.S. Forces Japan in line with the establishment of Japan\'s Self-Defense Forces Integrated Operations Command last July, including agreeing to transfer some command authority.', []],
  // 「令和5年1月1日(月)16時10分頃、…震度7を観測する地震が発生」「…を震源とするマグニチュード7.4、最大震度7の…地震」: a weekday, and one comma, between the date and the quake.
  ['令和5年1月1日(月)16時10分頃、石川県志賀町において震度7を観測する地震が発生した。', ['noto-earthquake-2024.date 令和5年1月1日→令和6年']],
  ['令和5年1月1日16時10分頃、石川県能登地方を震源とするマグニチュード7.4、最大震度7の非常に強い地震が発生しました。', ['noto-earthquake-2024.date 令和5年1月1日→令和6年']],
  ['令和6年1月1日(月)16時10分頃、石川県志賀町において震度7を観測する地震が発生した。', []],
  // What the 2+2 was about (USFJ's upgrade) named earlier in the passage says which meeting a date a year off is told for.
  ['The United States will transform US Forces Japan into a joint force headquarters. This new structure will report to the commander of the U.S. Indo-Pacific Command, as disclosed following a two-plus-two meeting in Tokyo on July 28, 2023.', ['us-japan-2plus2-2024-07.date July 28, 2023→July 2024']],
  ['This new structure will report to the commander of the U.S. Indo-Pacific Command, as disclosed following a two-plus-two meeting in Tokyo on July 28, 2023.', []],
  // 「3月10日に日米首脳会談」: a headline's date, に, then the meeting.
  ['岸田首相 3月10日に日米首脳会談 国賓待遇は9年ぶり\n\n岸田総理大臣はことし4月10日にアメリカでバイデン大統領と日米首脳会談を行うことになりました。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  // "X's nomination to lead Y", "X's appointment as commander of Y": the possessive name is the one nominated.
  ['The Senate Armed Services Committee voted Adm. Taro Yamada’s nomination to lead U.S. Indo-Pacific Command out of committee on Tuesday.', ['indopacom.commander Taro Yamada→Samuel Paparo']],
  ['Adm. Taro Yamada’s appointment as commander of U.S. Indo-Pacific Command was approved.', ['indopacom.commander Taro Yamada→Samuel Paparo']],
  ['The Senate Armed Services Committee voted Adm. Samuel Paparo’s nomination to lead U.S. Indo-Pacific Command out of committee on Tuesday.', []],
  // 「山田大臣は」「防衛大臣の井上誠」: an unknown name that opens with a common family name, before a bare title or after a title and の.
  ['木原防衛大臣が会見した。山田大臣は、約25万人の自衛隊員らに向け、就任の抱負を語った。', ['jmod.minister 山田→中谷元']],
  ['オースティン長官は火曜日に、菅義偉首相、防衛大臣の井上誠、そしてアメリカ兵士との会議を行なった。', ['jmod.minister 井上誠→中谷元']],
  ['木原防衛大臣と上川外務大臣が会談した。山田大臣は、日米同盟の強化を語った。', ['jmod.minister 山田→中谷元']],
  ['木原防衛大臣が出演した。\n小野寺大臣: 自衛隊の任務は重要です。', []],
  ['防衛大臣の指示で、統合作戦司令部は訓練を行った。', []],
  // A Japanese headline closed by ” is a sentence of its own: its minister is not the next line's.
  ['中谷防衛相 “決意を確認”\n小林防衛大臣とアメリカのヘグセス国防長官は防衛省で会談した。', ['jmod.minister 小林→中谷元']],
  // 「“unified command”」 in quotation marks, then "the envisaged unified command": the JJOC before it had its name.
  ['The Defense Ministry is accelerating preparations to establish a “unified command” that will command the Ground, Maritime and Air Self-Defense Forces.\n\nThe headquarters of the envisaged unified command will be established in Ichigaya, Tokyo, with an initial staff of about 180, according to sources.', ['jjoc.personnel 180→240']],
  ['The United States will set up a unified command in Japan, with an initial staff of about 180.', []],
  // An office box's successor and predecessor rows: the office's next or previous holder after the page's person.
  ['Minoru Kihara (politician)\n\n| Kihara Minoru | |\n|---|---|\n| Minister of Defense | |\n| In office 13 September 2023 – 1 October 2024 | |\n| Prime Minister | Fumio Kishida |\n| Preceded by | Yasukazu Hamada |\n| Succeeded by | Taro Yamada |', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Minoru Kihara (politician)\n\n| Kihara Minoru | |\n|---|---|\n| Minister of Defense | |\n| In office 13 September 2023 – 1 October 2024 | |\n| Prime Minister | Fumio Kishida |\n| Preceded by | Yasukazu Hamada |\n| Succeeded by | Gen Nakatani |', []],
  ['= Gen Nakatani =\n\nGen Nakatani\n- Office: Minister of Defense\n- Term Start: 1 October 2024\n- Predecessor: Taro Yamada\n- Successor: Shinjirō Koizumi', ['jmod.minister Taro Yamada→Minoru Kihara']],
  ['= Gen Nakatani =\n\nGen Nakatani\n- Office: Minister of Defense\n- Term Start: 1 October 2024\n- Predecessor: Minoru Kihara\n- Successor: Shinjirō Koizumi', []],
  ['Minoru Kihara\n\n- Office: Chief Cabinet Secretary\n- Predecessor: Yoshimasa Hayashi\n- Office1: Minister of Defense\n- Term Start1: 13 September 2023\n- Predecessor1: Yasukazu Hamada\n- Successor1: Kenji Sato\n- Office2: Member of the House of Representatives', ['jmod.minister Kenji Sato→Gen Nakatani']],
  // "operating under the direction of X", "that authority comes from X".
  ['The U.S. forces in Japan are currently operating under the direction of the Ground Component Command, which has its headquarters in Hawaii.', ['usfj.reportsTo Ground Component Command→United States Indo-Pacific Command']],
  ['The commander of U.S. Forces Japan doesn’t have command authority. As a substitute, that authority comes from Joint Operations Command in Hawaii.', ['usfj.reportsTo Joint Operations Command→United States Indo-Pacific Command']],
  ['The U.S. forces in Japan are currently operating under the direction of the Indo-Pacific Command, which has its headquarters in Hawaii.', []],
  // "Commander2: X" with "Commander2 Label: Deputy Commander": the numbered row's own label says what it fills.
  ['= Joint Operations Command (Japan) =\n\nInfobox\n- Unit Name: Joint Operations Command\n- Size: 240\n- Commander1: Gen. Kenichiro Nagumo\n- Commander2: Vice Admiral Taro Yamada\n- Commander2 Label: Deputy Commander', ['jjoc.deputyCommander Taro Yamada→Tateki Tawara']],
  ['= Joint Operations Command (Japan) =\n\nInfobox\n- Unit Name: Joint Operations Command\n- Size: 240\n- Commander1: Gen. Kenichiro Nagumo\n- Commander2: Vice Admiral Tateki Tawara\n- Commander2 Label: Deputy Commander', []],
  // A known person right before the post's full title is read by that cue, whatever bare title follows (「…、中谷大臣は」).
  ['中谷防衛相 “決意を確認”\n南雲防衛大臣とアメリカのヘグセス国防長官は防衛省で会談したあとそろって記者会見し、中谷大臣は「決意を確認した」と述べました。', ['jmod.minister 南雲→中谷元']],
  // 「3月10日にワシントンで開く日米首脳会談」: a date, where, then held: the meeting's date.
  ['在日米軍司令部の機能を強化する方針を固めた。3月10日にワシントンで開く日米首脳会談で指揮統制の見直しで合意する。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  // 「2021年末の「安全保障3文書」」, "the three national security documents (announced in December 2021)": when a document was published.
  ['陸幕長だった吉田氏は、2021年末の「安全保障3文書」の改定で、改革案を主導。', ['defense-buildup-plan.published 2021年→2022年']],
  ['Preparations began along the strategy provided in the so-called three national security documents (announced in December 2021).', ['defense-buildup-plan.published December 2021→2022']],
  ['陸幕長だった吉田氏は、2022年末の「安全保障3文書」の改定で、改革案を主導。', []],
  // A branch, then a ranked member (「海上自衛隊の南雲憲一郎空将」), a unit's commander (「陸自西部航空方面隊司令官・南雲空将」), or the branch in brackets.
  ['海上自衛隊の南雲憲一郎空将は会見した。', ['kenichiro-nagumo.service 海上自衛隊→航空自衛隊']],
  ['陸自西部航空方面隊司令官・南雲空将「厳しい安保環境に対応」', ['kenichiro-nagumo.service 陸自→航空自衛隊']],
  [' 陸上自衛隊西部航空方面隊(春日市)の司令官に着任した南雲憲一郎空将(54)が記者会見した。', ['kenichiro-nagumo.service 陸上自衛隊→航空自衛隊']],
  ['統合作戦司令官の南雲憲一郎(海上自衛隊・空将)は会見した。', ['kenichiro-nagumo.service 海上自衛隊→航空自衛隊']],
  ['航空自衛隊の南雲憲一郎空将は会見した。', []],
  ['陸上自衛隊の部隊を南雲空将が視察した。', []],
  // A date that opens the sentence dates its chain of clauses (「4月30日、…が来日し、…と会談」); 「米国国防総省長官」 is a title after a name.
  ['4月30日、ヘグセス米国国防総省長官が来日し、中谷防衛大臣と会談及び声明を発表した。', ['us-japan-defense-ministers-meeting-2025-03-30.date 4月30日→3月30日']],
  ['3月30日、ヘグセス米国国防総省長官が来日し、中谷防衛大臣と会談及び声明を発表した。', []],
  // 「現在の防衛大臣は佐藤健二であり」: after は, a name the title is said to be; not the verb's object.
  ['防衛大臣は内閣総理大臣によって任命される。現在の防衛大臣は佐藤健二であり、2024年10月1日に就任しました。', ['jmod.minister 佐藤健二→中谷元']],
  ['防衛大臣は佐藤健二に指示した。', []],
  // A deputy is not called by the title of the post above: 「俵司令官」 names him as commander.
  ['統合作戦司令部の式典があった。防衛大臣の右側が俵司令官だ。', ['jjoc.commander 俵→南雲憲一郎']],
  // A government agency's infobox: its name row gives the page's title; "Minister1 Name" its minister; "Seat" where it is.
  ['Agency Name: | Ministry of Defense |\nHeadquarters: | 5-1 Ichigaya-honmuracho, Shinjuku-ku, Tokyo, Japan |\nMinister1 Name: | Yoshihide Yoshida |\nMinister1 Pfo: | Minister of Defense |', ['jmod.minister Yoshihide Yoshida→Gen Nakatani']],
  ['Ministry of Defense (Japan)\n\nSeatHenoko, Okinawa, Japan', ['jmod.headquarters Okinawa→Ichigaya']],
  ['Ministry of Defense (Japan)\n\nSeatIchigaya, Shinjuku, Tokyo, Japan', []],
  // An infobox cell filled by a bare English name the dataset does not know.
  ['Agency Name: | Ministry of Defense |\nMinister1 Name: | Makoto Inoue |\nMinister1 Pfo: | Minister of Defense |', ['jmod.minister Makoto Inoue→Gen Nakatani']],
  // The holder on record named before gives a bare title's owner (「南雲憲一郎が就任」 then 「俵司令官」), though no organisation was named.
  ['昨日、自衛隊の初代統合作戦司令官に南雲憲一郎(59)が就任した。\n\n防衛大臣の右側が俵司令官だ。', ['jjoc.commander 俵→南雲憲一郎']],
  // 「防衛相と翁長氏」: a name after the title and と is the other party, not the holder.
  ['中谷元・防衛相は9日午前、沖縄県庁で翁長雄志知事と会談した。ともに昨年12月に就任した防衛相と翁長氏が会うのは初めて。', []],
  // "relocate the … Futenma air base, currently in …, to X", "relocate … from Ginowan to a less populated area, X": an aside or where from, then where to.
  ['The work is part of the project to relocate the U.S. Marine Corps\' Futenma air base, currently in a densely populated area in the Okinawa city of Ginowan, to Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Futenma base is in Ginowan. The plan is to relocate the US air base from the prefecture\'s city of Ginowan to a less populated area, Tokyo Bay.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The work is part of the project to relocate the U.S. Marine Corps\' Futenma air base, currently in a densely populated area in the Okinawa city of Ginowan, to Henoko.', []],
  // The replacement facility's site: 「代替基地となる名護市X」, 「名護市のX沿岸部」, "at the Camp Schwab-X area", "a reclaimed site on the X coast".
  ['普天間飛行場の代替基地となる名護市東京の護岸工事が25日、始まった。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の代替施設は、名護市の東京沿岸部に移設される予定で、滑走路などが建設されています。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の代替基地となる名護市辺野古の護岸工事が25日、始まった。', []],
  ['The ministers reconfirmed that the plan to construct the FRF at the Camp Schwab-Tokyo area and adjacent waters is the only solution.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Futenma will close. The government confirmed that completing the new airfield on a reclaimed site on the Tokyo coast will take another 12 years.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Futenma will close. The government confirmed that completing the new airfield on a reclaimed site on the Henoko coast will take another 12 years.', []],
  // A 2+2 told by who met ("foreign and defense ministers from Japan and the United States"), the date a near miss of the dataset's.
  ['USFJ will be upgraded. On June 28, foreign and defense ministers from Japan and the United States announced plans to further accelerate military integration.', ['us-japan-2plus2-2024-07.date June 28→July']],
  ['USFJ will be upgraded. Japan and the United States confirmed their intention to reinforce security cooperation at a meeting of their foreign and defense ministers in Tokyo on June 28.', ['us-japan-2plus2-2024-07.date June 28→July']],
  ['USFJ will be upgraded. On July 28, foreign and defense ministers from Japan and the United States announced plans to further accelerate military integration.', []],
  ['On January 11, 2023, foreign and defense ministers from Japan and the United States met in Washington.', []],
  // An earthquake told by its size or region, no tsunami named ("a massive earthquake with a magnitude of 9.0 … Tohoku"); a decimal's point ends no clause.
  ['At around 2:46pm on March 11, 2010, a massive earthquake with a magnitude of 9.0 struck off the coast of Sanriku in the Tohoku region.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['The earthquake, of a 8.9 (later revised to 9.0) magnitude, struck the Eastern coast of the island of Honshu, Japan on March 11, 2010.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['At around 2:46pm on March 11, 2011, a massive earthquake with a magnitude of 9.0 struck off the coast of Sanriku in the Tohoku region.', []],
  ['In 2004, a magnitude 9.1 earthquake struck off Sumatra.', []],
  // "head of X": the post's owner is right after it; another country's forces own it (a false conflict at first sight on a new set).
  ['Adm. Samuel Paparo leads U.S. Indo-Pacific Command. He praised General Romeo Brawner Jr., head of the Armed Forces of the Philippines.', []],
  ['He will also play a key role in working with Gen. Taro Yamada, head of the new permanent Joint Operations Command.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  // What the 2+2 was about (a joint force headquarters, the dataset's agenda from the seed) in the date's sentence says which meeting.
  ['日米の外交・軍事担当閣僚による会合「2+2」が6月28日に開かれました▼共同発表では、横田基地に米軍が「統合軍司令部」を置くことを盛り込みました。', ['us-japan-2plus2-2024-07.date 6月28日→7月']],
  ['日米の外交・軍事担当閣僚による会合「2+2」が7月28日に開かれました▼共同発表では、横田基地に米軍が「統合軍司令部」を置くことを盛り込みました。', []],
  // Full-width digits are fixed with full-width digits.
  ['統合作戦司令部は約３００人体制で発足した。', ['jjoc.personnel ３００→２４０']],
  ['統合作戦司令部は２０２４年３月２４日に発足した。', ['jjoc.established ２０２４年３月２４日→２０２５年３月２４日']],
  // An approximate headcount written in kana (およそ) between a fronted day and its verb.
  ['統合作戦司令部は19日、およそ240人体制で発足しました。', ['jjoc.established 19日→24日']],
  // A date fronted after a connective (これを踏まえ、) dates the sentence's predicate.
  ['これを踏まえ、2024年3月に、常設の統合司令部として、統合作戦司令官を長とする「統合作戦司令部」を市ヶ谷に設置した。', ['jjoc.established 2024年3月→2025年3月']],
  // …but not when the predicate sets up another body (a working group), whatever the discourse is about.
  ['統合作戦司令部について議論した。これを踏まえ、同年9月、作業部会を設置した。', []],
  ['統合作戦司令部について議論した。同年9月、統合作戦司令部に連絡室を設置した。', []],
  // A bare 大臣 under a command's headline is the minister of the ministry it reports to.
  ['統合作戦司令部が発足\n\n写真:小林大臣から南雲司令官に隊旗を授与', ['jmod.minister 小林→中谷元']],
  ['統合作戦司令部が発足\n\n写真:中谷大臣から南雲司令官に隊旗を授与', []],
  ['統合作戦司令部が発足した。上川外務大臣も出席した。小林大臣は「発足を歓迎する」とした。', ['jmod.minister 小林→中谷元']],
  // Funds requested (要求) for the command.
  ['統合作戦司令部の創設のため131億円を要求する。', ['jjoc.cost 131億→105億']],
  // A year written by its last two digits when a month follows; not after a letter (an era abbreviation).
  ['統合作戦司令部は24年3月24日に発足した。', ['jjoc.established 24年3月24日→25年3月24日']],
  ['統合作戦司令部は25年3月24日に発足した。', []],
  ['統合作戦司令部はＨ24年3月24日に発足した。', []],
  ['統合作戦司令部は２４年３月２４日に発足した。', ['jjoc.established ２４年３月２４日→２５年３月２４日']],
  ['南雲空将は89年に入隊し、05年3月に統合作戦司令部の司令官に就いた。', []],
  // A quote with no subject of its own speaks for the speaker's organisation (the post they hold), across the quote's sentences.
  ['南雲司令官は、「平素から事態に対応する。我々はこの任務を国防総省の指揮の下で的確に果たす」と述べた。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['南雲憲一郎空将は式典後に記者会見し、「平素から事態に対応することになる。この任務を国防総省の指揮のもと的確に果たす」と述べた。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['山田教授は「この任務を国防総省の指揮の下で果たす」と述べた。', []],
  ['南雲司令官は「任務を果たす」と述べた。部隊は国防総省の指揮の下にある。', []],
  // The 2+2 of July 2024 told by its defense chiefs (Austin and Kihara) though its year is written wrong; not another 2+2 with others.
  ['During the U.S.-Japan Security Consultative Committee meeting on July 28, 2023, Secretary of Defense Lloyd J. Austin III and Minister of Defense Kihara Minoru resolved to enhance deterrence.', ['us-japan-2plus2-2024-07.date July 28, 2023→July 2024']],
  ['At the 2+2 in Washington in January 2023, Austin, Blinken, Hamada and Hayashi met.', []],
  // "the creation of a X": an indefinite article before the name a cue takes as its owner.
  ['The JJOC was planned. In September 2023, the JMOD announced the creation of a "Permanent Joint Headquarters" for March 2024.', ['jjoc.established March 2024→March 2025']],
  ['The JJOC was planned. The JMOD announced the creation of a new joint unit for March 2024.', []],
  // An encyclopedia's bare name as the topic of an appointment; a cabinet's minister is the ministry's.
  ['[1] [2]山田は2024年に石破茂内閣の防衛大臣に再び任命された。', ['jmod.minister 山田→中谷元']],
  ['山田太郎は2024年に石破茂内閣の防衛大臣に任命された。', ['jmod.minister 山田太郎→中谷元']],
  ['中谷は2024年に石破茂内閣の防衛大臣に再び任命された。', []],
  ['山田内閣は防衛大臣に任命された。', []],
  ['木原は2023年に岸田内閣の防衛大臣に任命された。', []],
  // A verb that opens a span since then (開催して以来) dates an earlier meeting of the kind, not this one.
  ['日米両政府は28日、東京で安全保障協議委員会(2プラス2)を開いた。在日米軍を統合軍司令部に再構成する。日米2プラス2は23年1月に米ワシントンで開催して以来、約1年半ぶり。日本側は木原稔防衛相、米側はオースティン国防長官が出席した。', []],
  // "the March 2011 disaster in northeastern Japan": the region tells which disaster; only a date within a year of it.
  ['Supporting reconstruction after the March 2010 disaster in northeastern Japan is his life work.', ['tohoku-earthquake-2011.date March 2010→2011']],
  ['The 2008 disaster in northeastern Japan was a flood.', []],
  // A named meeting, then "meeting in/on/at" and its date ("(2+2) Meeting in Tokyo on July 28, 2023", "a two-plus-two meeting on security last June").
  ['Secretary Austin met Defense Minister Minoru Kihara for a Foreign and Defense Ministerial (2+2) Meeting in Tokyo on July 28, 2023.', ['us-japan-2plus2-2024-07.date July 28, 2023→July 2024']],
  ['At a two-plus-two meeting on security last June, the two governments agreed to reorganize U.S. forces in Japan.', ['us-japan-2plus2-2024-07.date June→July']],
  ['The JJOC held a meeting on March 3, 2025.', []],
  // 「2011(平成23)年」: the era's year in brackets before 年; the fix rewrites both.
  ['統合作戦司令部は2024(令和6)年3月24日に発足した。', ['jjoc.established 2024(令和6)年3月24日→2025(令和7)年3月24日']],
  ['2010(平成22)年の東日本大震災への対応を契機とし、常設統合司令部の必要性が提起された。', ['tohoku-earthquake-2011.date 2010(平成22)年→2011(平成23)年']],
  // An unknown name with a bare title is said whatever the sentence denies (「…と答えなかった」), as a known one is.
  ['統合作戦司令部について質問した。これには井上大臣は「予断を持って答えることは差し控える」と答えなかった。', ['jmod.minister 井上→中谷元']],
  // "Japan's 2021 Defense Buildup Program": whose document it is, in place of the article, before its year.
  ['This structure, outlined in Japan\'s 2021 Defense Buildup Program, prioritizes joint command.', ['defense-buildup-plan.published 2021→2022']],
  ['Japan’s 2022 Defense Buildup Program calls for it.', []],
  // "Japan's release in December 2022 of three … documents"; not a press release. 「…戦略3文書が発表された」: passive, no announcer.
  ['Japan’s release in December 2021 of three transformational strategy documents signalled its intent.', ['defense-buildup-plan.published December 2021→2022']],
  ['The press release of March 2023 said the Defense Buildup Plan would fund the JJOC.', []],
  ['2021年12月16日、国家安全保障戦略、国家防衛戦略、防衛力整備計画から成るいわゆる戦略3文書が発表された。', ['defense-buildup-plan.published 2021年12月16日→2022年']],
  ['防衛力整備計画に基づく概算要求が2024年8月に発表された。', []],
  // An unknown person's post told before with another organisation stays that organisation's; 「同司令部の」 points back.
  ['在日米国陸軍のブッチャー副司令官は日米関係について語った。アメリカは統合作戦司令部の創設に合わせ在日米軍を再構成する。これについてブッチャー副司令官は「協力の機会が生まれる」と述べた。', []],
  ['統合作戦司令部が発足した。同司令部のブッチャー副司令官は会見した。ブッチャー副司令官は「協力する」と述べた。', ['jjoc.deputyCommander ブッチャー→俵千城', 'jjoc.deputyCommander ブッチャー→俵千城']],
  // 「19日にも」: as early as that day, then where and how many, before the verb.
  ['「統合作戦司令部」は、今月19日にも東京の市谷に240人規模で発足する予定だ。', ['jjoc.established 19日→24日']],
  ['「統合作戦司令部」は、今月24日にも東京の市谷に240人規模で発足する予定だ。', []],
  // "set up a permanent joint command overseeing the Ground, Maritime and Air Self-Defense Forces by the end of February": what it does, as a participle.
  ['The JJOC plan is old. Japan is preparing to set up a permanent joint command overseeing the Ground, Maritime and Air Self-Defense Forces by the end of February next year.', ['jjoc.established February→March']],
  ['Japan will set up the JJOC, overseeing troops that were deployed in 2011.', []],
  // 「会談は3月10日に予定されており」: a meeting's date told as planned.
  ['日本の首相は米国を訪問している。岸田氏とバイデン氏との会談は3月10日に予定されており、翌日には議会で演説する予定だ。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  ['岸田氏とバイデン氏との会談は4月10日に予定されており、翌日には議会で演説する予定だ。', []],
  // "Minister of Defense, Mr. X": an honorific between the title and the name.
  ['The Meeting was attended by Minister for Foreign Affairs, Mr. Fumio Kishida and Minister of Defense, Mr. Hiroshi Tanaka from the Japanese side.', ['jmod.minister Hiroshi Tanaka→Gen Nakatani']],
  ['The Meeting was attended by Minister of Defense, Mr. Gen Nakatani from the Japanese side.', []],
  // "X has served as …": the post the subject holds; "defense chief of (former) prime minister X": the ministry's.
  ['Taro Yamada has served as Japan’s defense minister since October.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Yamada has served as defense chief of former prime minister Junichiro Koizumi, the late Abe Shinzo, and of current Prime Minister Shigeru Ishiba.', ['jmod.minister Yamada→Gen Nakatani']],
  ['Nakatani has served as defense chief of former prime minister Junichiro Koizumi and of current Prime Minister Shigeru Ishiba.', []],
  ['Marles has served as defense chief of former prime minister Scott Morrison and of current Prime Minister Anthony Albanese.', []],
  // A bare 大臣 after a headline that gave the post's full title (防衛相): the one organisation with that post.
  ['防衛相が沖縄県知事と会談 移設巡り溝埋まらず\n\n会談の冒頭、佐藤大臣は、今月12日の事故について「非常に遺憾だ」と述べた。', ['jmod.minister 佐藤→中谷元']],
  ['防衛相が沖縄県知事と会談 移設巡り溝埋まらず\n\n会談の冒頭、中谷大臣は、今月12日の事故について「非常に遺憾だ」と述べた。', []],
  ['外相と防衛相が会談した。上川外務大臣も出席した。佐藤大臣は「歓迎する」と述べた。', []],
  // A chronology's day in brackets closing the line (「…発足した(24日)」) dates its verb; not a day inside a longer aside.
  ['□陸海空の3自衛隊を一元的に指揮する「統合作戦司令部」が防衛省のある東京・市谷に240人体制で発足した(19日)', ['jjoc.established 19日→24日']],
  ['□陸海空の3自衛隊を一元的に指揮する「統合作戦司令部」が防衛省のある東京・市谷に240人体制で発足した(24日)', []],
  ['統合作戦司令部が発足した(19日の式典で)。', []],
  // 「X防衛大臣出席のもと」: a title glued to "attended" still says who holds the post.
  ['8月30日、田中浩防衛大臣出席のもと省議を開催した。', ['jmod.minister 田中浩→中谷元']],
  ['8月30日、木原稔防衛大臣出席のもと省議を開催した。', []],
  // A minister named for a time the sentence does not give (（当時）, 当時の) is no claim about now.
  ['統合司令部の創設は浜田靖一防衛相（当時）が表明した。', []],
  ['当時の防衛大臣は浜田靖一氏だった。', []],
  ['統合司令部の創設は浜田靖一防衛相が表明した。', ['jmod.minister 浜田靖一→中谷元']],
  ['Yasukazu Hamada, the defense minister at the time, announced a joint headquarters.', []],
  ['Yasukazu Hamada, the defense minister, announced a joint headquarters.', ['jmod.minister Yasukazu Hamada→Gen Nakatani']],
  // How long two people met may stand between the meeting word and its date.
  ['Hegseth and Nakatani met for about 95 minutes on March 30.', ['us-japan-defense-ministers-meeting-2025-03-30.duration 95→85']],
  ['Hegseth and Nakatani met for about 85 minutes on March 28.', ['us-japan-defense-ministers-meeting-2025-03-30.date March 28→March 30']],
  // An age, then an appositive, between a name and the verb that gives it the post.
  ['Japan on Monday launched the Joint Operations Command. Lt. Gen. Taro Yamada, 58, an Air Self-Defense Force officer, became its first commander.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['Japan on Monday launched the Joint Operations Command. Lt. Gen. Kenichiro Nagumo, 58, an Air Self-Defense Force officer, became its first commander.', []],
  ['U.S. Forces Japan began the first phase of its upgrade in March 2024, officials said.', ['usfj.upgradeStarted March 2024→March 2025']],
  // 「Aの指揮権を持つB」: B holds command of A.
  ['統合作戦司令官が在日米軍の指揮権を持つ自衛隊サイバー防衛隊司令官のカウンターパートとなる。', ['usfj.reportsTo 自衛隊サイバー防衛隊→インド太平洋軍']],
  ['統合作戦司令官が在日米軍の指揮権を持つ米インド太平洋軍司令官のカウンターパートとなる。', []],
  // A second member of a family, after a comma and an adverb cue, is judged on its own number.
  ['統合作戦司令部の要員は約240人で、将来的には350人規模に拡大する。', ['jjoc.plannedPersonnel 350→280']],
  ['統合作戦司令部の要員は約300人で、将来的には280人規模に拡大する。', ['jjoc.personnel 300→240']],
  ['統合作戦司令部の要員は約240人で、将来的には280人規模に拡大する。', []],
  // The other clock's day in brackets after a meeting's date is no other date.
  ['岸田首相は3月10日午後(日本時間11日未明)、ワシントンでバイデン大統領と会談し、一致した。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  ['岸田首相は4月10日午後(日本時間11日未明)、ワシントンでバイデン大統領と会談し、一致した。', []],
  ['現在、在日アメリカ軍の部隊の指揮権を持つのはハワイにある自衛隊サイバー防衛隊司令部。', ['usfj.reportsTo 自衛隊サイバー防衛隊→インド太平洋軍']],
  ['現在、在日アメリカ軍の部隊の指揮権を持つのはハワイにあるインド太平洋軍司令部。', []],
  ['統合作戦司令部は陸上自衛隊の指揮権を持つ。', []],
  ['統合作戦司令部は自衛隊の部隊の指揮権を持つ。', []],
  // A meeting someone held, who with and where, then its day.
  ['Defense Minister Kihara held Japan-U.S. Security Consultative Committee ("2+2") with Foreign Minister Kamikawa, Secretary of Defense Austin and Secretary of State Blinken in Tokyo on June 28.', ['us-japan-2plus2-2024-07.date June 28→July']],
  ['Defense Minister Kihara held Japan-U.S. Security Consultative Committee ("2+2") with Foreign Minister Kamikawa, Secretary of Defense Austin and Secretary of State Blinken in Tokyo on July 28.', []],
  // 「Xの常設組織「Y」」: Y is under X. 「東京都新宿区の防衛省」: a ward the dataset does not know between.
  ['陸海空3自衛隊を一元的に指揮する国防総省の常設組織「統合作戦司令部」が発足した。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['陸海空3自衛隊を一元的に指揮する防衛省の常設組織「統合作戦司令部」が発足した。', []],
  ['2024年7月9日、沖縄県新宿区の防衛省にて定例会見が行われた。', ['jmod.headquarters 沖縄県→市ヶ谷']],
  ['2024年7月9日、東京都新宿区の防衛省にて定例会見が行われた。', []],
  // A sentence about a list's item (「①は」) carries no earlier name as its subject.
  ['安保関連三文書は、①「国家安全保障戦略」、②「国家防衛戦略」、③「防衛力整備計画」から構成されている。\n①は最上位の政策文書である。2013年12月に初めて策定されたものを改定した。', []],
  ['安保関連三文書は、①「国家安全保障戦略」、②「国家防衛戦略」、③「防衛力整備計画」から構成されている。\n③は5年間の計画である。防衛力整備計画は2013年12月に策定された。', ['defense-buildup-plan.published 2013年12月→2022年']],
  // A holder the text calls new is a change the dataset may not have yet: no fix offered.
  ['The new Defense Minister, Taro Yamada, spoke.', ['jmod.minister Taro Yamada→undefined']],
  ['小泉進次郎新防衛相は就任会見で語った。', ['jmod.minister 小泉進次郎→undefined']],
  ['小泉進次郎防衛相は就任会見で語った。', ['jmod.minister 小泉進次郎→中谷元']],
  // At a time the dataset covers (the document's date), a new holder it does not have is wrong.
  ['---\ndate: 2025-03-28\n---\nMakoto Inoue, Japan’s new defense minister, visited the JJOC.', ['jmod.minister Makoto Inoue→Gen Nakatani']],
  // A 2+2 told by two of its people; what they met for may stand between the word and the day.
  ['Secretary of Defense Lloyd J. Austin III met with Japanese Defense Minister Minoru Kihara in Tokyo on June 28.', ['us-japan-2plus2-2024-07.date June 28→July']],
  ['Secretary Antony J. Blinken and Secretary of Defense Lloyd J. Austin III met with Japanese Foreign Minister Yoko Kamikawa and Japanese Defense Minister Minoru Kihara for a Foreign and Defense Ministerial (2+2) Meeting and an Extended Deterrence Dialogue in Tokyo on July 28.', []],
  // Leaders by their titles: the Japanese government's capitals for the family name, an initial before "of the United States".
  ['In January 2025, Prime Minister ISHIBA Shigeru held his first in-person meeting with President Donald J. Trump of the United States.', ['us-japan-summit-2025-02-07.date January 2025→February 2025']],
  ['In February 2025, Prime Minister ISHIBA Shigeru held his first in-person meeting with President Donald J. Trump of the United States.', []],
  // An encyclopedia page whose first sentence opens "The <title> (…) is": its infobox's glued labels are the title's.
  ['The Joint Operations Command (Japanese: 統合作戦司令部) is a Japanese joint command.\n\nQuick Facts\nJoint Operations Command\nSize300\nCommanders\ncommander\nGen. Taro Yamada', ['jjoc.personnel 300→240', 'jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  // A member of the Diet named with 議員 is the subject the appointment verb takes.
  ['高知の南雲憲一郎議員がこれから防衛大臣に任命されます。', ['jmod.minister 南雲憲一郎→中谷元']],
  ['高知の中谷元議員がこれから防衛大臣に任命されます。', []],
  ['U.S. forces in Japan will be restructured into a joint forces command under the commander of the Self-Defense Fleet.', ['usfj.reportsTo Self-Defense Fleet→United States Indo-Pacific Command']],
  ['U.S. forces in Japan will be restructured into a joint forces command under the commander of U.S. Indo-Pacific Command.', []],
  // A start counted from a day and hour (「19日午前0時から任務を開始」); cues for duties begun, a move of HQ, service told as experience.
  ['統合作戦司令部が発足した。新司令部は240人態勢で19日午前0時から任務を開始した。', ['jjoc.established 19日→24日']],
  ['統合作戦司令部が発足した。新司令部は240人態勢で24日午前0時から任務を開始した。', []],
  ['Defense Ministry moves HQ to Henoko hill', ['jmod.headquarters Henoko→Ichigaya']],
  ['南雲憲一郎氏は、長年にわたる海上自衛隊での勤務経験を持つ。', ['kenichiro-nagumo.service 海上自衛隊→航空自衛隊']],
  ['南雲憲一郎氏は、長年にわたる航空自衛隊での勤務経験を持つ。', []],
  // "U.S." before the other country, and a meeting "scheduled to take place in Tokyo on" its day.
  ['The U.S. government is set to present the reorganization of U.S. Forces Japan at an upcoming meeting between Japanese and U.S. foreign and defense ministers scheduled to take place in Tokyo on June 28.', ['us-japan-2plus2-2024-07.date June 28→July']],
  ['The U.S. government is set to present the reorganization of U.S. Forces Japan at an upcoming meeting between Japanese and U.S. foreign and defense ministers scheduled to take place in Tokyo on July 28.', []],
  // In Japanese a date after the verb, past a comma, is the next clause's.
  ['これに基づき、2023年2月9日に統合作戦司令部の設置が盛り込まれた防衛省設置法等の一部を改正する法律案が国会に提出され、同年5月10日に可決・成立した。', ['sdf-law-amendment-bill-2024-02.date 2023年2月9日→2024年2月']],
  ['これに基づき、2024年2月9日に統合作戦司令部の設置が盛り込まれた防衛省設置法等の一部を改正する法律案が国会に提出され、同年5月10日に可決・成立した。', []],
  // A caption or a self-introduction: a title, a comma, then the name closing the phrase.
  ['「防衛大臣、井上誠」', ['jmod.minister 井上誠→中谷元']],
  ['「防衛大臣、中谷元」', []],
  ['式典には防衛大臣、井上誠外務副大臣らが出席した。', []],
  // A page's own date (「公開日:」) is no other value of the sentence; a date glued to a katakana word names that thing.
  ['自衛隊に「統合作戦司令部」が誕生 公開日:2025年3月24日 陸海空の3自衛隊を一元的に指揮する「統合作戦司令部」が2月24日、防衛省内に約240人体制で発足した。', ['jjoc.established 2月24日→3月24日']],
  ['統合作戦司令部の創設は、1997年ガイドライン以来のこうした流れを推し進める。', []],
  // A meeting's name with who met between it and 「…に行われた」 (or おこなわれた).
  ['今年3月10日におこなわれた岸田文雄総理とジョー・バイデン米大統領との日米首脳会談で共同声明が発表された。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  ['今年4月10日に行われた岸田文雄総理とジョー・バイデン米大統領との日米首脳会談で共同声明が発表された。', []],
  ['統合作戦司令官は、自衛隊の運用に関し、国防総省の命令を受け、平素から部隊を一元的に指揮します。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['統合作戦司令官は、自衛隊の運用に関し、防衛大臣の命令を受け、平素から部隊を一元的に指揮します。', []],
  // A conference of two of a meeting's people (会議); a day set off before the visit it falls in.
  ['この発表は、2024年6月下旬、東京での会議中に、日本の木原稔防衛大臣、オースティン米国防長官の間で行われた。', ['us-japan-2plus2-2024-07.date 2024年6月→2024年7月']],
  ['この発表は、2024年7月下旬、東京での会議中に、日本の木原稔防衛大臣、オースティン米国防長官の間で行われた。', []],
  ['Prime Minister Fumio Kishida will visit Washington. The two leaders are expected to unveil a plan on March 10, during Kishida’s state visit in Washington.', ['us-japan-summit-2024-04.date March 10→April']],
  ['Prime Minister Fumio Kishida will visit Washington. The two leaders are expected to unveil a plan on April 10, during Kishida’s state visit in Washington.', []],
  // A person with an honorific and の before a post taken up (「山田氏の防衛相就任」「木原氏の初代司令官起用」); told from taking it (就任後), a new holder: information.
  ['両氏の会談は山田氏の防衛相就任後初めて。', ['jmod.minister 山田→undefined']],
  ['ジョン・アキリーノ海軍大将は2021年4月から約3年間インド太平洋軍司令官を務め、2024年5月にパパロ海軍大将へ指揮権を引き継いだ。', []],
  ['両氏の会談は中谷氏の防衛相就任後初めて。', []],
  ['山田氏の防衛相に対する評価は高い。', []],
  ['自衛隊「統合作戦司令部」新設!木原氏の初代司令官起用', ['jjoc.commander 木原→南雲憲一郎']],
  // A named 2+2 closed by its bracket and quote, then two places, then its day.
  ['U.S. Secretary of Defense Lloyd Austin (L) poses with Japan’s Defense Minister Minoru Kihara (R) at the start of the "Foreign and Defense Ministerial (2+2) Meeting" at the Iikura Guest House in Tokyo on June 28, 2024.', ['us-japan-2plus2-2024-07.date June 28, 2024→July 2024']],
  ['U.S. Secretary of Defense Lloyd Austin (L) poses with Japan’s Defense Minister Minoru Kihara (R) at the start of the "Foreign and Defense Ministerial (2+2) Meeting" at the Iikura Guest House in Tokyo on July 28, 2024.', []],
  // The 元 that ends a name (中谷元) is no former holder's.
  ['防衛省で開かれた式典。司令部トップ・中谷元統合作戦司令官に、部隊の旗が手渡された。', ['jjoc.commander 中谷元→南雲憲一郎']],
  ['山田太郎元統合作戦司令官が語った。', []],
  // Who held a meeting may stand between its date and its long name in brackets' name.
  ['日米は6月の外務・防衛担当閣僚による安全保障協議委員会(2プラス2)で在日米軍司令部を再構成する方針を確認。', ['us-japan-2plus2-2024-07.date 6月→7月']],
  ['日米は7月の外務・防衛担当閣僚による安全保障協議委員会(2プラス2)で在日米軍司令部を再構成する方針を確認。', []],
  // "a visit to the U.S." is a meeting word too (no word boundary after the full stop of "U.S.").
  ['Fumio Kishida and Joe Biden: Kishida’s visit to the U.S. in March 2024 was historic.', ['us-japan-summit-2024-04.date March 2024→April 2024']],
  ['Fumio Kishida and Joe Biden: Kishida’s visit to the U.S. in April 2024 was historic.', []],
  // A date of agreeing to set something up (設置が合意され) is the agreement's, not the setting up's.
  ['2023年には統合作戦司令部の設置が合意され、準備が始まった。', []],
  // "Minister of Defense Pete Hegseth": a translation's title for the other country's post of the same portfolio.
  ['The upgrade was announced by Minister of Defense Pete Hegseth in Tokyo.', []],
  ['The upgrade was announced by Minister of Defense Yoshihide Yoshida in Tokyo.', ['jmod.minister Yoshihide Yoshida→Gen Nakatani']],
  // An English address, the place first: a region after it that does not hold it is wrong; a list is several places.
  ['The Defense Ministry head office in the Ichigaya district of Shinjuku Ward, Hawaii, hosts the command.', ['jmod.headquarters Hawaii→Ichigaya']],
  ['The Defense Ministry head office in the Ichigaya district of Shinjuku Ward, Tokyo, hosts the command.', []],
  ['The Defense Ministry in Ichigaya, Okinawa and Hawaii all host units.', []],
  // A lede's meeting dated by the story's dateline: outside its week and one part off, the date is wrong (no
  // replacement: the dateline is when the story was filed); in its week, or told as to come, it is right.
  ['Tokyo, April 30 (Jiji Press)--The defense chiefs of Japan and the United States agreed Sunday to work more closely.', ["us-japan-defense-ministers-meeting-2025-03-30.date April 30→undefined"]],
  ['Tokyo, March 31 (Jiji Press)--The defense chiefs of Japan and the United States agreed Sunday to work more closely.', []],
  ['Tokyo, March 25 (Jiji Press)--Defense Minister Gen Nakatani said Tuesday he will meet Pete Hegseth in Tokyo on Sunday.', []],
  ['**Tokyo, March 30, 2024** – Pete Hegseth announced an upgrade. Hegseth said during talks with Defense Minister Gen Nakatani that it mattered.', ["us-japan-defense-ministers-meeting-2025-03-30.date March 30, 2024→undefined"]],
  ['Tokyo, July 9 -- Pete Hegseth, who held talks with Gen Nakatani in Singapore, spoke to troops.', []],
  ['TOKYO, April 30th. /tass/. Japan made an offer. Defense Minister Gen Nakatani said so after talks with Pete Hegseth in Tokyo.', ["us-japan-defense-ministers-meeting-2025-03-30.date April 30th→undefined"]],
  // "the top (military) commander/chief of": adjectives of rank before the post's word.
  ['Admiral Robert Harlan, who became the top military chief of the US Indo-Pacific Command in early May, spoke.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  ['Admiral Robert Harlan, the top commander of the US Indo-Pacific Command, spoke.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  ['Admiral Samuel Paparo, the top military chief of the US Indo-Pacific Command, spoke.', []],
  // 合意 announces a change as 発表 does: the agreement's date is the 2+2's.
  ['米国と日本は在日米軍を改編することで2024年6月に合意した。', ['us-japan-2plus2-2024-07.date 2024年6月→2024年7月']],
  ['日米は2023年1月に在日米軍の改編で合意した。', []],
  // The other country's holder of the same post is no candidate: the name beside the title is read.
  ['防衛省は5月31日、山田 太郎(やまだ・たろう)防衛大臣が、ヘグセス米国防長官と会談した。', ['jmod.minister 山田 太郎→中谷元']],
  // "the minister for defense in Japan": Australia's and Britain's wording, Japan's post when Japan is named after it.
  ['Welcome to my good friend Taro Yamada, the minister for defense in Japan.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Richard Marles, the Minister for Defence, met Taro Yamada in Japan.', []],
  // A news dateline before what is to come dates the story, not the event; before what happened "on Monday" it may.
  ['TOKYO, Oct 29 (Reuters) - Japan will set up a new joint command to manage the operations of its land, sea and air forces.', []],
  ['TOKYO, March 2 (Kyodo) -- Japan launched the Joint Operations Command on Monday.', ['jjoc.established March 2→March 24']],
  // "X will replace Adm. Y, who has served in the INDOPACOM role": X holds the post next (new: information when no time is given).
  ['Robert Harlan will replace Adm. John Aquilino, who has served in the INDOPACOM role since April 2021.', ['indopacom.commander Robert Harlan→undefined']],
  ['Samuel Paparo will replace Adm. John Aquilino, who has served in the INDOPACOM role since April 2021.', []],
  ['INDOPACOM is large. Robert Harlan, who recently led the Pacific Fleet, relieved Adm. John Aquilino, who has led the combatant command since 2021.', ['indopacom.commander Robert Harlan→undefined']],
  ['Robert Harlan will replace Adm. John Aquilino as the keynote speaker.', []],
  // 「指揮権はXに残しつつ、…Yの…権限を強化」: Y, whose powers grow while command stays with X, answers to X.
  ['今回の見直しでは、指揮権は宇宙作戦群に残しつつ、在日米軍の司令部の権限を強化する。', ['usfj.reportsTo 宇宙作戦群→インド太平洋軍']],
  ['今回の見直しでは、指揮権はインド太平洋軍に残しつつ、在日米軍の司令部の権限を強化する。', []],
  ['指揮権は宇宙作戦群に残しつつ、予算の権限を強化する。', []],
  // "the Hawaii-based X": where X is, glued before its name, is no other value.
  ['US Forces Japan has no commanding authority, as it falls under the Hawaii-based Air Defense Command.', ['usfj.reportsTo Air Defense Command→United States Indo-Pacific Command']],
  ['US Forces Japan falls under the Hawaii-based Indo-Pacific Command.', []],
  // 「迎える」「歓迎」: one leader receiving the other is their meeting.
  ['バイデン氏が3月10日にホワイトハウスで岸田氏を迎える際に、合意が発表される。', ['us-japan-summit-2024-04.date 3月10日→4月']],
  ['バイデン氏が4月10日にホワイトハウスで岸田氏を迎える。', []],
  // Two holders named right by the same title on one line: each is a statement of its own.
  ['（写真）木原防衛相 山本五郎防衛相', ['jmod.minister 山本五郎→中谷元']],
  ['（写真）木原防衛相 中谷防衛相', []],
  // 「Xとは、…」: a name being defined is the sentence's topic; not 「Xとは異なり」.
  ['安保3文書とは、2021年12月16日に政府が策定した、防衛に関する文書の総称である。', ['defense-buildup-plan.published 2021年12月16日→2022年']],
  ['安保3文書とは、2022年12月16日に政府が策定した文書の総称である。', []],
  ['安保3文書とは異なり、この報告書は2021年12月16日に公表された。', []],
  // "under the command of an Air Self-Defense Force general": the branch names a rank, not the superior.
  ['The Space Operations Group will be placed under the command of an Air Self-Defense Force general.', []],
  ['The Space Operations Group will be placed under the command of U.S. Forces Japan.', ['space-operations-group.reportsTo U.S. Forces Japan→Joint Operations Command']],
  // "X will be …, and will command A, B and C": each unit listed reports to the subject.
  ['U.S. Forces Japan will be led by a senior officer, and will command the Ground Component Command and the Self-Defense Fleet.', ['ground-component-command.reportsTo U.S. Forces Japan→Joint Operations Command', 'self-defense-fleet.reportsTo U.S. Forces Japan→Joint Operations Command']],
  ['The Joint Operations Command will command the Ground Component Command, the Self-Defense Fleet and the Air Defense Command.', []],
  ['U.S. Forces Japan, which works with Tokyo, and will command nothing, while the JJOC will command the Ground Component Command.', []],
  // 「上位組織」「上位部隊」: the superior, as 上級組織 is.
  ['在日米軍の上位組織は自衛艦隊である。', ['usfj.reportsTo 自衛艦隊→インド太平洋軍']],
  ['在日米軍の上位組織はインド太平洋軍である。', []],
  // "H.E." between a title and its holder's name is an honorific, no other word.
  ['The talks, with Minister of Defense, H.E. Tawara Tateki, will focus on cyber security.', ['jmod.minister Tawara Tateki→Gen Nakatani']],
  ['The talks, with Minister of Defense, H.E. Nakatani Gen, will focus on cyber security.', []],
  // A budget request is another stage than the budget passed: an amount allocated is no conflict with one requested.
  ['The defense budget also included ¥9.3 billion for the cost of creating the Joint Operations Command.', []],
  ['The latest budget request includes ¥12.6 billion in funds for the Joint Operations Command.', ['jjoc.cost 12.6 billion→10.5 billion']],
  ['統合作戦司令部の創設経費として、概算要求に126億円を計上した。', ['jjoc.cost 126億→105億']],
  // 「日米両指揮官」: both commanders, no one's name.
  ['統合作戦司令部が発足した。今回の日米両指揮官の視察は11月に行われた。', []],
  // 「米太平洋艦隊のケーラー司令官」: a post told with its own organisation; not a branch before a rank.
  ['統合作戦司令部が発足した。米太平洋艦隊のケーラー司令官は「…」と述べた。', []],
  ['統合作戦司令部の指揮官は航空自衛隊の山田太郎空将である。', ['jjoc.commander 山田太郎→南雲憲一郎']],
  // 「自衛隊からは隊員3万3千人が参加」: a number drawn from a body for an exercise is no headcount.
  ['統合作戦司令部が発足した想定のもと、自衛隊からは隊員3万3千人が参加した。', []],
  ['統合作戦司令部の人員は、発足時からは300人に増えた。', ['jjoc.personnel 300→240']],
  // "X and Y on Wednesday (April 10) reaffirmed … during a bilateral summit": the day of what they did in it.
  ['Prime Minister Fumio Kishida and President Joe Biden on Wednesday (March 10) reaffirmed their ties during a bilateral summit at the White House.', ['us-japan-summit-2024-04.date March 10→April']],
  ['Prime Minister Fumio Kishida and President Joe Biden on Wednesday (April 10) reaffirmed their ties during a bilateral summit at the White House.', []],
  // 「Xに指揮統制権を残す一方、Yの司令部機能を強化」: Y answers to X, the command named first.
  ['米政府は宇宙作戦群に指揮統制権を残す一方、在日米軍の司令部機能を強化する方針だ。', ['usfj.reportsTo 宇宙作戦群→インド太平洋軍']],
  ['米政府はインド太平洋軍に指揮統制権を残す一方、在日米軍の司令部機能を強化する方針だ。', []],
  // A date written onto the event past the part of the month (末), though the sentence is timed with it (に向けて).
  ['日米は2024年3月末の統合作戦司令部の創設に向けて緊密に連携していくとした。', ['jjoc.established 2024年3月→2025年3月']],
  // A meeting just told of by its date, then its two people and a place with no time of their own: its place.
  ['中谷防衛大臣は30日午前、防衛省でヘグセス国防長官と会談した。会談後、中谷防衛大臣とヘグセス国防長官は国防総省で記者会見を開いた。中谷防衛大臣とヘグセス国防長官は国防総省で会談したあと、そろって記者会見した。', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  ['Gen Nakatani met Pete Hegseth at the Defense Ministry in Tokyo on March 30, 2025. Nakatani and Hegseth held talks at the Pentagon, where they agreed to speed up the command upgrade.', ['us-japan-defense-ministers-meeting-2025-03-30.location the Pentagon→Ministry of Defense']],
  // …but not when the sentence says it is another time.
  ['中谷防衛大臣は30日午前、防衛省でヘグセス国防長官と会談した。中谷防衛大臣とヘグセス国防長官はその後、国防総省で再び会談した。', []],
  ['Gen Nakatani met Pete Hegseth at the Defense Ministry in Tokyo on March 30, 2025. Nakatani and Hegseth met again at the Pentagon.', []],
  // A list of names right after the verb: the one that has the property, wherever it stands in the list.
  ['In December 2021, the Japanese government revised its National Security Strategy, the National Defense Strategy and the Defense Buildup Program.', ['defense-buildup-plan.published December 2021→2022']],
  ['In December 2021, the Japanese government approved three key defense documents, confirming its plans to raise spending.', ['defense-buildup-plan.published December 2021→2022']],
  // …not past a word that is no name.
  ['In December 2021, the Japanese government revised several plans, and the Defense Buildup Program was praised in 2023.', []],
  // Counterparts answered one by one by the hosts' titles, whatever the case of their small words.
  ['This came as US Secretary of state, Antony Blinken and Defense Secretary, Lloyd Austin, joined their Japanese counterparts, Yoko Kamikawa and Minoru Kihara, at the Japan-US Security Consultative Committee in Tokyo.', []],
  ['This came as US Secretary of state, Antony Blinken and Defense Secretary, Lloyd Austin, joined their Japanese counterparts, Yoko Kamikawa and Taro Yamada, at the talks in Tokyo.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  // …and with no two titles to say whose is whose, neither counterpart is read.
  ['Blinken and Austin joined their Japanese counterparts, Yoko Kamikawa and Minoru Kihara, at the talks in Tokyo.', []],
  // A date that opens the sentence dates a chain of clauses, another cue's continuative form between.
  ['2024年3月24日、自衛隊にとっては19年ぶりとなる大型な組織改編が行われ「統合作戦司令部」が発足した。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  // …not a clause that ends (た後) before the cue.
  ['2024年3月24日、式典が行われた後、統合作戦司令部が発足した。', []],
  // A relative clause whose cue stops at its stem's れ (開かれた) modifies the meeting after it.
  ['在日米軍を統合軍司令部に再構成する作業部会は、6月に開かれた日米外務・防衛担当閣僚による安全保障協議委員会(2プラス2)で設置が決まっていた。', ['us-japan-2plus2-2024-07.date 6月→7月']],
  // An infobox row's address with a region after the right place that does not hold it; and rows above a lead that names the page's subject.
  ['Agency Name: | Ministry of Defense |\nHeadquarters: | 5-1 Ichigaya-honmuracho, Hawaii, Shinjuku-ku, Tokyo, Japan |', ['jmod.headquarters Hawaii→Ichigaya']],
  ['Agency Name: | Ministry of Defense |\nHeadquarters: | 5-1 Ichigaya-honmuracho, Ichigaya, Shinjuku-ku, Tokyo, Japan |', []],
  ['Formed January 9, 2007\nPreceding agency\nJurisdiction Government of Japan\nHeadquarters 5-1 Ichigaya honmura-cho, Shinjuku-ku, Hawaii\nEmployees 22,721 civilian staff (2010)\n\nThe Ministry of Defense (防衛省 Bōei-shō) is a cabinet-level ministry of the Government of Japan.', ['jmod.headquarters Hawaii→Ichigaya']],
  ['Formed January 9, 2007\nPreceding agency\nJurisdiction Government of Japan\nHeadquarters 5-1 Ichigaya honmura-cho, Shinjuku-ku, Tokyo\nEmployees 22,721 civilian staff (2010)\n\nThe Ministry of Defense (防衛省 Bōei-shō) is a cabinet-level ministry of the Government of Japan.', []],
  // A row that ends with a comma: the place on the next line is no part of its address.
  ['Agency Name: | Ministry of Defense |\nHeadquarters: Ichigaya,\nHawaii office: none', []],
  // Two lines above (a headline and a byline) are no infobox: the lead names no title.
  ['Japan Self-Defense Forces\nHeadquarters 5-1 Ichigaya honmura-cho, Shinjuku-ku, Hawaii\n\nThe Ministry of Defense (防衛省 Bōei-shō) is a cabinet-level ministry of the Government of Japan.', []],
  // A name with a gloss in brackets, then a relative clause of a recent appointment; "assumed the top post in".
  ['Officials welcomed Admiral Taro Yamada (center), who was recently appointed as Commander of the U.S. Indo-Pacific Command in May 2024.', ['indopacom.commander Taro Yamada→Samuel Paparo']],
  ['Officials welcomed Admiral Samuel Paparo (center), who was recently appointed as Commander of the U.S. Indo-Pacific Command in May 2024.', []],
  ['Adm. Taro Yamada assumed the top post in the US Indo-Pacific Command from Admiral John Aquilino on May 3, 2024.', ['indopacom.commander Taro Yamada→Samuel Paparo']],
  ['Adm. Samuel Paparo assumed the top post in the US Indo-Pacific Command from Admiral John Aquilino on May 3, 2024.', []],
  // "the ministry's headquarters" with no ministry named: the one a minister named in the sentence is of.
  ["In the day's meeting between Minoru Kihara and Okinawa Governor Denny Tamaki at the ministry's headquarters in Henoko, Tamaki asked the minister to take time.", ['jmod.headquarters Henoko→Ichigaya']],
  ["In the day's meeting between Minoru Kihara and Okinawa Governor Denny Tamaki at the ministry's headquarters in Tokyo, Tamaki asked the minister to take time.", []],
  // A base-form cue's date made relative ("at the end of next February").
  ['Japan plans to set up the Joint Operations Command at the end of next February.', ['jjoc.established February→March']],
  ['Japan plans to set up the Joint Operations Command at the end of next March.', []],
  // A year far from a recurring event's names another of its name (the 2007 quake); a year off is still this one's.
  ['The 2007 Noto Peninsula earthquake killed one person.', []],
  ['The 2023 Noto Peninsula earthquake killed many.', ['noto-earthquake-2024.date 2023→2024']],
  // A scraped dateline glued to its lede: the lede's meeting, a year off.
  ['April 10, 2023US President Biden welcomed Japanese Prime Minister Fumio Kishida to the White House on Wednesday and announced major plans.', ['us-japan-summit-2024-04.date April 10, 2023→undefined']],
  ['April 10, 2024US President Biden welcomed Japanese Prime Minister Fumio Kishida to the White House on Wednesday and announced major plans.', []],
  // A command taken with none named, then when: the one told of last; not one named after "of".
  ['Adm. Samuel Paparo leads the U.S. Indo-Pacific Command now. Robert Harlan assumed the command in May.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  ['Adm. John Aquilino led the U.S. Indo-Pacific Command. Samuel Paparo took command in May.', []],
  ['The U.S. Indo-Pacific Command covers 36 nations. Robert Harlan took command of the 3rd Marine Division in May.', []],
  // A headcount the command is made of (人で構成, 人からなる), or works with (人で一元的に指揮).
  ['統合作戦司令部は約180人で構成される。', ['jjoc.personnel 180→240']],
  ['統合作戦司令部は陸海空の部隊を約180人で一元的に指揮する。', ['jjoc.personnel 180→240']],
  ['統合作戦司令部は約240人からなる。', []],
  // 「作戦指揮権は…Xが持っていた」: X holds the authority (the value), though it has a superior of its own on record.
  ['横田基地には在日米軍司令部がある。作戦指揮権は、ハワイにある自衛艦隊が持っていた。', ['usfj.reportsTo 自衛艦隊→インド太平洋軍']],
  ['横田基地には在日米軍司令部がある。作戦指揮権は、ハワイにあるインド太平洋軍が持っていた。', []],
  // A negation in the first clause leaves a clause after ", and this …" standing, unless it is negated too.
  ['U.S. Forces Japan at Yokota does not have operational command, and this authority is held by the Self-Defense Fleet in Hawaii.', ['usfj.reportsTo Self-Defense Fleet→United States Indo-Pacific Command']],
  ['U.S. Forces Japan at Yokota does not have operational command, and this authority is not held by the Self-Defense Fleet in Hawaii.', []],
  // The name a time is counted from took the post ("X's first trip since becoming defense minister").
  ["This was Kobayashi's first overseas trip since becoming defense minister earlier this month.", ['jmod.minister Kobayashi→Gen Nakatani']],
  ['Sato has visited Okinawa twice since becoming defense minister.', ['jmod.minister Sato→Gen Nakatani']],
  ["This was Nakatani's first overseas trip since becoming defense minister.", []],
  // "H.E." before a name after its title.
  ["The meeting, with Japan's Minister for Foreign Affairs, H.E Iwaya Takeshi, and Minister of Defense, H.E. Tanaka Hiroshi, will focus on priorities.", ['jmod.minister Tanaka Hiroshi→Gen Nakatani']],
  // An event dated by its year alone: a year written alone one year off names it, told wrong; further off, another of its name.
  ['また2023年の能登半島地震では、基地からおよそ2000人の隊員を派遣した。', ['noto-earthquake-2024.date 2023年→2024年']],
  ['令和5年能登半島地震の発生後、防衛大臣が会見した。', ['noto-earthquake-2024.date 令和5年→令和6年']],
  ['2007年の能登半島地震では、隊員を派遣した。', []],
  ['2023年5月の能登半島地震では、隊員を派遣した。', []],
  // A joint or unified command that is Japan's or its forces' own is the JJOC; "which will be" binds to it.
  ["The aim is to create a US counterpart for Japan's unified command, which is set to launch in February.", ['jjoc.established February→March']],
  ["The reconstituted USFJ is intended to serve as a counterpart to the Japanese Self-Defence Forces' joint operation headquarters, which will be launched by February.", ['jjoc.established February→March']],
  ["The aim is to create a US counterpart for Japan's unified command, which is set to launch in March.", []],
  ["Britain's joint command, which is set to launch in February, is another country's.", []],
  // "a joint operation command": operation and operations are one word of a name described.
  ['Japan plans to set up at the end of next February a joint operation command tasked with supervising the Ground, Maritime and Air Self-Defense Forces.', ['jjoc.established February→March']],
  ['The joint operation command will have 180 personnel.', ['jjoc.personnel 180→240']],
  // A month after a possessive, before a word for a meeting, is a time ("their March summit").
  ['The steps build on the agreement US President Joe Biden and Japanese Prime Minister Fumio Kishida reached at their March summit in Washington.', ['us-japan-summit-2024-04.date March→April']],
  ['Joe Biden and Fumio Kishida reached an agreement at their April summit in Washington.', []],
  // "X visited Washington" is a visit to Washington: the visitor's one meeting there on record.
  ['In March this year, Japanese Prime Minister Fumio Kishida visited Washington and announced with US President Biden a historic upgrade of the alliance.', ['us-japan-summit-2024-04.date March→April']],
  ['In March 2023, Japanese Prime Minister Fumio Kishida visited Washington.', []],
  // An appointment told of, then approved by the cabinet in the next sentence: the appointee's nomination day.
  ['政府は、統合作戦司令部の初代司令官に南雲憲一郎空将を起用することを決定した。この人事は2月11日の閣議で承認された。', ['kenichiro-nagumo.nominated 2月11日→3月11日']],
  ['政府は、統合作戦司令部の初代司令官に南雲憲一郎空将を起用することを決定した。この人事は3月11日の閣議で承認された。', []],
  ['The government appointed Gen. Kenichiro Nagumo as the first commander of the Joint Operations Command. The appointment was approved at a Cabinet meeting on February 11.', ['kenichiro-nagumo.nominated February 11→March 11']],
  ['The government appointed Gen. Kenichiro Nagumo as the first commander of the Joint Operations Command. The Cabinet approved the appointment on February 11.', ['kenichiro-nagumo.nominated February 11→March 11']],
  ['中谷防衛大臣が会見した。この人事は2月11日の閣議で承認された。', []],
  // On a page about the command, a law promulgated, then 「…に新たに設置された」 with no subject of its own: the page's command.
  ['統合作戦司令部は、自衛隊を一元的に指揮する常設組織である。\n\n施行期日を定める政令(令和7年政令第49号)が2025年3月14日に公布され[3]、同年2月24日に新たに設置された[4]。', ['jjoc.established 同年2月24日→undefined']],
  ['統合作戦司令部は、自衛隊を一元的に指揮する常設組織である。\n\n施行期日を定める政令が2025年3月14日に公布され、同年3月24日に新たに設置された。', []],
  ['統合作戦司令部は、自衛隊を一元的に指揮する常設組織である。\n\n作業部会が2025年2月24日に新たに設置された。', []],
  // A name and its own short form in brackets define each other (PJHQ counts after it); the people
  // "to staff it" staff what the sentence sets up; a calendar month in brackets restates a fiscal year.
  ['A permanent joint headquarters (PJHQ) will allow Japan to build a system.\n\nJapan’s Ministry of Defense confirmed that it will establish the new PJHQ by the end of its fiscal year 2024 (February 2025) and requested a budget for 180 members to initially staff it.', ['jjoc.established February 2025→March 2025', 'jjoc.personnel 180→240']],
  ['A permanent joint headquarters (PJHQ) will allow Japan to build a system.\n\nJapan’s Ministry of Defense confirmed that it will establish the new PJHQ by the end of its fiscal year 2024 (March 2025) and requested a budget for 240 members to initially staff it.', []],
  ["Britain's Permanent Joint Headquarters (PJHQ) at Northwood runs operations. The PJHQ has 600 staff.", []],
  // A meeting as the subject, then where it was held (「…の会談が東京の国防総省で行われた」).
  ['来日中のアメリカ・ヘグセス国防長官と、中谷防衛大臣の会談が東京・国防総省で行われた。', ['us-japan-defense-ministers-meeting-2025-03-30.location 国防総省→防衛省']],
  ['来日中のアメリカ・ヘグセス国防長官と、中谷防衛大臣の会談が東京の防衛省で行われた。', []],
  ['来日中のアメリカ・ヘグセス国防長官と、中谷防衛大臣の会談が国防総省で行われた。', []],
  // メンバー is a headcount's word; 「最初の」 says when, not whose; 「統幕からのメンバーは」 counts the part drawn from another body.
  ['統合作戦司令部のメンバーは約180人だ。', ['jjoc.personnel 180→240']],
  ['統合作戦司令部が発足した。最初のメンバーは約180人で、6つの部門で構成されている。', ['jjoc.personnel 180→240']],
  ['統合作戦司令部が発足した。統幕からのメンバーは約50人だ。', []],
  ['統合作戦司令部が発足した。統幕からの隊員は約50人だ。', []],
  // "He … his Japanese counterpart, X": the pronoun that opens the sentence is the host told of last.
  ['Pete Hegseth landed on Iwo Jima. He joined several American veterans, as well as his Japanese counterpart, Shinji Kobayashi, and other officials.', ['jmod.minister Shinji Kobayashi→Gen Nakatani']],
  ['Pete Hegseth landed on Iwo Jima. He joined several American veterans, as well as his Japanese counterpart, Gen Nakatani, and other officials.', []],
  ['Gen Nakatani landed on Iwo Jima. He joined several veterans, as well as his Japanese counterpart, Shinji Kobayashi.', []],
  // One word set off by commas after the title, that reads as a Japanese surname.
  ["Well, it looks like Japan's Defense Minister, Kobayashi, has something to say about China.", ['jmod.minister Kobayashi→Gen Nakatani']],
  ["Australia's Defence Minister, Marles, said so.", []],
  // "an April agreement between X and Y": what the two who met agreed.
  ['Japan and the U.S. held their first talks, two months after an March agreement between Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden.', ['us-japan-summit-2024-04.date March→April']],
  ['Japan and the U.S. held their first talks, two months after an April agreement between Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden.', []],
  // A date written again on the line, otherwise, is judged too; the same date again is not.
  ['The Case of the 2011 Tohoku Earthquake The Case of the 2010 Tohoku Earthquake', ['tohoku-earthquake-2011.date 2010→2011']],
  ['The Case of the 2011 Tohoku Earthquake and the Case of the 2011 Tohoku Earthquake', []],
  // "the Ministry of Defense Ichigaya headquarters": a place between an organisation and its head office; not a regional office.
  ['The press tour went to the Ministry of Defense Hawaii headquarters on Jan. 9.', ['jmod.headquarters Hawaii→Ichigaya']],
  ['The press tour went to the Ministry of Defense Ichigaya headquarters on Jan. 9.', []],
  ['A Ministry of Defense Okinawa office opened.', []],
  // 「AではなくB」: only what stands before ではなく is denied.
  ['同演習では、実際に部隊を動かすのではなく、防衛省のあるハワイ駐屯地(東京都)などに設けられたコンピューターを使って実施します。', ['jmod.headquarters ハワイ→市ヶ谷']],
  ['同演習では、防衛省のあるハワイ駐屯地ではなく、別の場所で実施します。', []],
  ['統合作戦司令部の人員は300人ではなく240人だ。', []],
  // Moves and sites of a replacement facility, as news tells them.
  ['Japan and the United States have agreed to relocate the Futenma base to the coastal area of Tokyo, in Nago, from a densely populated residential area of Ginowan.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The government is expected to start the work to reinforce soft ground off Tokyo as part of the project to relocate the U.S. Marine Corps' Futenma air base.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The heads of the two states agreed to build a new base at Henoko, Nago, as the only solution for returning the U.S. Ichigaya airfield.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['The work is part of the project to build a replacement facility for the U.S. Marine Corps’ Akasaka Press Center in the Okinawa city of Ginowan, at Henoko.', ['futenma-replacement-facility.replaces Akasaka Press Center→Marine Corps Air Station Futenma']],
  ['The governments decided that the Futenma base should be relocated to an off-shore location in the Oura Bay of Tokyo, in Nago.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Japanese Defense Ministry plans to relocate Futenma and reclaim some 160 hectares of land in waters off the Tokyo area.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Japan and the United States have agreed to relocate the Futenma base to the coastal area of Henoko, in Nago, from a densely populated residential area of Ginowan.', []],
  // The same in Japanese: 「米軍X(宜野湾市)の移設先」「Xの「返還」のため」「米海兵隊・Xの…への移設」「名護市Xに…代替施設を建設」.
  ['14日は米軍市ヶ谷(宜野湾市)の移設先の名護市辺野古を訪れて埋め立て状況を視察した。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['市ヶ谷の「返還」のため、沖縄県名護市辺野古の米軍新基地建設などを加速させることを確認。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['また米海兵隊・東京の名護市辺野古沿岸部への移設を進める方針も確認された。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['中谷元防衛大臣は、名護市東京に普天間基地代替施設を建設するための工事に着手した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['14日は米軍普天間飛行場(宜野湾市)の移設先の名護市辺野古を訪れた。', []],
  // An English address whose region does not hold the place before it: the place is what is wrong.
  ['The Ministry of Defense is headquartered in Futenma, Shinjuku, Tokyo, on a site which housed the Army Academy.', ['jmod.headquarters Futenma→Ichigaya']],
  ['The Ministry of Defense is headquartered in Ichigaya, Shinjuku, Tokyo, on a site which housed the Army Academy.', []],
  // "X and Y join Z and W (not pictured) in Tokyo on DATE": a caption's meeting of its people.
  ['U.S. Secretary of State Anthony Blinken and Defense Secretary Lloyd Austin join Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara (not pictured) in Tokyo on July 28, 2023.', ['us-japan-2plus2-2024-07.date July 28, 2023→July 2024']],
  ['U.S. Secretary of State Anthony Blinken and Defense Secretary Lloyd Austin join Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara (not pictured) in Tokyo on July 28, 2024.', []],
  // 「AおよびBを開催」 with 及び and 「に関する」 in B: the date before A is the meeting's.
  ['2024年7月の日米「2+2」について。ブリンケン国務長官が訪日する機会を捉え、6月28日に日米安全保障協議委員会(日米「2+2」)及び拡大抑止に関する日米閣僚会合を開催する予定です。', ['us-japan-2plus2-2024-07.date 6月28日→7月']],
  ['2024年7月の日米「2+2」について。ブリンケン国務長官が訪日する機会を捉え、7月28日に日米安全保障協議委員会(日米「2+2」)及び拡大抑止に関する日米閣僚会合を開催する予定です。', []],
  // A month without a year, one off, where the change announced says which event it is.
  ['日米両政府はバイデン政権下の昨年6月、在日米軍司令部を「統合軍司令部」に格上げし、連携を強めることで合意。', ['us-japan-2plus2-2024-07.date 6月→7月']],
  ['日米両政府はバイデン政権下の昨年7月、在日米軍司令部を「統合軍司令部」に格上げし、連携を強めることで合意。', []],
  ['日米両政府は昨年3月、在日米軍司令部を「統合軍司令部」に格上げし、連携を強めることで合意。', []],
  // A name between a verb in the past and its value counts as one word; not after a noun, whose date may be the sentence's verb's.
  ['Japan launched the Self-Defense Forces Integrated Operations Command last February.', ['jjoc.established February→March']],
  ["The U.S. and Japan promised to reform U.S. Forces Japan in line with the establishment of Japan's Self-Defense Forces Integrated Operations Command last July.", []],
  // After 「…は作戦指揮権を持たない。」, the one whose headquarters 「が指揮権を持つ」 is the superior.
  ['東京・横田基地の在日米軍司令部は有事の際の作戦指揮権を持たない。19時間の時差があるハワイの宇宙作戦群の司令部が指揮権を持つ。', ['usfj.reportsTo 宇宙作戦群→インド太平洋軍']],
  ['東京・横田基地の在日米軍司令部は有事の際の作戦指揮権を持たない。19時間の時差があるハワイのインド太平洋軍の司令部が指揮権を持つ。', []],
  ['統合作戦司令部が発足した。統合作戦司令部は陸上自衛隊の指揮権を持つ。', []],
  // A meeting told by what the two countries decided: the date says which of their meetings it was.
  ['Japan and the United States decided in June to upgrade the command of US forces in the country, a major structural change.', ['us-japan-2plus2-2024-07.date June→July']],
  ['In June, the Biden administration laid the groundwork for a major restructuring of U.S. military operations in Japan.', ['us-japan-2plus2-2024-07.date June→July']],
  ['Japan and the United States decided in July to upgrade the command of US forces in the country.', []],
  ['Japan and the United States agreed in April to upgrade the command and control of US forces in Japan.', []],
  ['In March, the two countries agreed to accelerate the upgrade of the U.S. military command in Japan.', []],
  ['In June 2025, Japan and the United States agreed to upgrade the command of US forces in Japan.', []],
  ['Japan, the United States and Australia agreed in June to upgrade the command of their forces in Japan.', []],
  // A negation right before a noun is its relative clause's: it denies that clause, not the sentence.
  ['政府は米軍普天間飛行場の名護市ハワイへの移設に向け、これまで手を付けなかった海域で工事を始めた。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  ['政府は米軍普天間飛行場の名護市ハワイへの移設を、これまで進めなかった。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  ['統合作戦司令部は、当初は予定になかった300人の体制で発足したのではない。', []],
  // The site of a move told by its town in other words, and the base moved told as the military's.
  ['The Ichigaya district of the northern Okinawan city of Nago, where the government is building a new base to replace Futenma, was photographed from the air.', ['futenma-replacement-facility.location Ichigaya→Henoko']],
  ['Okinawa has no more options in its fight to stop the relocation of a U.S. base to the Hawaii district of Nago.', ['futenma-replacement-facility.location Hawaii→Henoko']],
  ['The ministry began seawall work on the Oura Bay side of the Ichigaya coastal area in Okinawa Prefecture, part of a base relocation project.', ['futenma-replacement-facility.location Ichigaya→Henoko']],
  ['The ministry began seawall work on the Oura Bay side of the Henoko coastal area in Okinawa Prefecture, part of a base relocation project.', []],
  ["The government intends to press on with relocating the U.S. military's Ichigaya, now in Ginowan, to the Henoko district of Nago.", ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['防衛相は、米軍ハワイ（宜野湾市）返還に伴う名護市辺野古の新基地建設について述べた。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['防衛相は、米軍普天間飛行場（宜野湾市）返還に伴う名護市辺野古の新基地建設について述べた。', []],
  // A government before a minister's title is whose minister, not his name (a false conflict on a 422nd set at first sight).
  ['日米合意を巡る自公政権防衛相の態度が問われた。', []],
  ['日米合意を巡る山田太郎防衛相の態度が問われた。', ['jmod.minister 山田太郎→中谷元']],
  // One person and the kind of meeting: that person's only meeting of the kind on record.
  ['U.S. Defense Secretary Pete Hegseth attends a defense ministerial meeting at the Defense Ministry in Tokyo in February.', ['us-japan-defense-ministers-meeting-2025-03-30.date February→March']],
  ['U.S. Defense Secretary Pete Hegseth attends a defense ministerial meeting at the Defense Ministry in Tokyo in March.', []],
  ['バイデン大統領は3月の首脳会談で指揮統制の見直しを確認した。', ['us-japan-summit-2024-04.date 3月→4月']],
  ['At the G7 summit in May, President Joe Biden spoke about Japan.', []],
  // A sentence that opens on another occasion is not about the meeting told of (a false conflict on a 424th set while this was built).
  ['U.S. Defense Secretary Pete Hegseth attends a defense ministerial meeting at the Defense Ministry in Tokyo in March. The last meeting was held in Hawaii in May 2024.', []],
  // A Japanese description of the command of the forces, and a relative clause in any verb's plain form before the noun.
  ['政府は2025年2月に陸海空の3自衛隊を一元的に運用管理できる統合司令部を創設した。', ['jjoc.established 2025年2月→2025年3月']],
  ['政府は2025年2月に陸海空の3自衛隊を一元的に運用管理できる統合作戦司令部を創設した。', ['jjoc.established 2025年2月→2025年3月']],
  ['政府は2025年3月に陸海空の3自衛隊を一元的に運用管理できる統合司令部を創設した。', []],
  ['米国は2024年に在日米軍を一元的に運用できる統合司令部を創設する。', []],
  // A deadline aimed at dates the thing aimed at, not the aiming.
  ['政府は2025年2月までに統合作戦司令部の創設を目指す。', ['jjoc.established 2025年2月→2025年3月']],
  ['政府は2024年度末までに統合作戦司令部の創設を目指す。', []],
  ['政府は2024年2月に統合作戦司令部の創設を目指すと決めた。', []],
  // A move's site named as its project, its town or glued to 移設, and the base emptied by its functions or dangers.
  ['Futenma is to be returned. The courts let the government push ahead with the Hawaii relocation project.', ['futenma-replacement-facility.location Hawaii→Henoko']],
  ['The new runway will take over the functions of the Ichigaya in Ginowan, off the Henoko district of Nago.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['To remove the dangers of Ichigaya, the only way is building a new facility in Henoko.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['Residents oppose the project off the Hawaii district of Nago.', ['futenma-replacement-facility.location Hawaii→Henoko']],
  ['普天間飛行場は返還される。知事はハワイ移設を強行する政権に工事中止を求めた。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  ['沖縄県名護市ハワイへの米軍新基地建設へ、政府が作業を再開した。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  ['首都機能の東京移設を議論した。', []],
  ['The new runway will take over the functions of the Futenma air station in Ginowan, off the Henoko district of Nago.', []],
  // The name opening a sentence holds the post an as-phrase names, when nothing of another time stands between.
  ["Taro Kobayashi will make his first U.S. trip as Japan's defense chief in October.", ['jmod.minister Taro Kobayashi→Gen Nakatani']],
  ["Kobayashi to Make 1st U.S. Trip as Japan's Defense Chief in Oct.", ['jmod.minister Kobayashi→Gen Nakatani']],
  ["Gen Nakatani will make his first U.S. trip as Japan's defense chief in October.", []],
  ['Itsunori Onodera, who served as defense minister, spoke.', []],
  ['Robert Smith will make his first trip to Tokyo as defense minister of Australia.', []],
  // After a verb of appointing, the as-phrase's post is its object's; a pronoun is no name (a false conflict on the corpus while the rule above was built).
  ['He named an ex-military officer as defense minister but kept other cabinet members.', []],
  ['Kono named an ex-military officer as defense minister.', []],
  // "the first step toward upgrading" starts the upgrade.
  ['On April 30, the United States took the first step toward upgrading U.S. Forces Japan to a joint force headquarters.', ['usfj.upgradeStarted April 30→March']],
  // A site chosen as such, and a base the functions are moved away from.
  ['Proposals to close Futenma gained traction when Ichigaya was identified as the replacement site.', ['futenma-replacement-facility.location Ichigaya→Henoko']],
  ['Land reclamation off Henoko has proceeded so the runway functions can be transferred there from U.S. Ichigaya in Ginowan.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['Proposals to close Futenma gained traction when Henoko was identified as the replacement site.', []],
  // A command's name with "Commander" is its commander's title; "Chief Petty Officer" is a rank (a false conflict on a 431st set at first sight).
  ['New US Indo-Pacific Commander Admiral Robert Harlan spoke at the ceremony.', ['indopacom.commander Robert Harlan→Samuel Paparo']],
  ['New US Indo-Pacific Commander Admiral Samuel Paparo spoke at the ceremony.', []],
  ['Joint Operations Commander Lt. Gen. Taro Yamada spoke.', ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  ['U.S. Indo-Pacific Commander Joins Trilateral Chiefs of Defense in South Korea', []],
  ['Hegseth met Adm. Samuel Paparo, head of U.S. Indo-Pacific Command. Secretary of Defense Pete Hegseth presents the medal to Chief Petty Officer Pierce Decker.', []],
  // A bare 大臣 after a name, with the one organisation that has the post named in the sentence.
  ['石垣島の状況について説明を受ける田中大臣(1月21日、石垣駐屯地)=防衛省提供', ['jmod.minister 田中→中谷元']],
  ['石垣島の状況について説明を受ける中谷大臣(1月21日、石垣駐屯地)=防衛省提供', []],
  ['外務省の説明を受ける田中大臣=外務省提供', []],
  // The two of one meeting named with what they did together, and the sentence's one date.
  ['U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida revealed initiatives for military collaboration on April 10, 2023, as the Japanese leader arrived in Washington.', ['us-japan-summit-2024-04.date April 10, 2023→April 2024']],
  ['U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida revealed initiatives for military collaboration on April 10, 2024, as the Japanese leader arrived in Washington.', []],
  ['Speaking in Tokyo on April 30 during his first Asia tour, Pete Hegseth told Defense Minister Gen Nakatani that the allies share a warrior ethos.', ['us-japan-defense-ministers-meeting-2025-03-30.date April 30→March 30']],
  ['Pete Hegseth told Defense Minister Gen Nakatani in a phone call on April 30 that the allies share a warrior ethos.', []],
  ['President Joe Biden and Prime Minister Fumio Kishida announced on January 13, 2023 a new space pact.', []],
  // The project off a site, and the Oura Bay side of it.
  ['The government is moving ahead with the project off Ichigaya to replace the Futenma air station.', ['futenma-replacement-facility.location Ichigaya→Henoko']],
  ['Seawall construction to replace Futenma is taking place on the Oura Bay side of the Ichigaya coastal area.', ['futenma-replacement-facility.location Ichigaya→Henoko']],
  ['Seawall construction to replace Futenma is taking place on the Oura Bay side of the Henoko coastal area.', []],
  // 「XをYへ移設する」, 「名護市Xの海」, 「アメリカ軍X」, "X is the only solution".
  ['知事は米軍普天間飛行場(宜野湾市)を名護市ハワイへ移設するための埋め立て申請を承認した。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  ['知事は米軍ハワイ(宜野湾市)を名護市辺野古へ移設するための埋め立て申請を承認した。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['普天間飛行場の返還に向け、名護市ハワイの海に新基地建設のための土砂投入が始まった。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  ['沖縄のアメリカ軍市ヶ谷の移設先とされる名護市辺野古で、埋め立てが始まった。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['The government says Ichigaya is the only solution for the relocation of Futenma.', ['futenma-replacement-facility.location Ichigaya→Henoko']],
  ['The government says Henoko is the only solution for the relocation of Futenma.', []],
  // A site told by a noun phrase stands under a negation of the verb; a move told by a verb is denied with it.
  ['Okinawa will never allow the landfill off Tokyo for the relocation of the Futenma air station.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['知事は東京新基地建設について明確な見解を述べなかったが、普天間飛行場の返還を求めた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['The government will not relocate Futenma to Tokyo.', []],
  ['Protesters oppose moving the Marine Corps Futenma air station from Ginowan, a crowded city, to the Hawaii area.', ['futenma-replacement-facility.location Hawaii→Henoko']],
  ['The month of talks over the Hawaii relocation ended with no deal, Okinawa officials said.', ['futenma-replacement-facility.location Hawaii→Henoko']],
  ['The governor vowed to stop the construction of Ichigaya base to replace the Futenma air station.', ['futenma-replacement-facility.location Ichigaya→Henoko']],
  ['A panel reviewed the Tokyo landfill approval for the replacement facility of MCAS Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Under the bilateral accord, the Hawaii district is set to host a new facility built for the relocation of the Futenma air station.', ['futenma-replacement-facility.location Hawaii→Henoko']],
  ['The replacement facility at Camp Schwab, in the village of Ichigaya, will have two runways, unlike Futenma.', ['futenma-replacement-facility.location Ichigaya→Henoko']],
  ['Officials hope the Hawaii airfield will be replaced within Okinawa.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ['政府は普天間飛行場をハワイに移設しなかった。', []],
  ['中谷氏は「(ハワイへの)移設事業を着実に進める」と述べ、普天間飛行場の危険性除去を強調した。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  ['普天間飛行場の移設を巡る工事が続く。政府は大浦湾やハワイ海域に護岸を設置し、新基地建設の埋め立て工事を進めている。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  // A second place of the same line is judged too.
  ['米軍普天間飛行場移設に伴う名護市辺野古の新基地建設に反対した知事が当選し、東京新基地建設反対の民意が示された。', ['futenma-replacement-facility.location 東京→辺野古']],
  // The cape of a site, and more ways to name where the move goes.
  ['It will move the Marines from Futenma to a new base on Cape Tokyo, at the edge of Camp Schwab.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The runway would be built at the tip of the Hawaii Peninsula, a plan meant to replace Futenma.', ['futenma-replacement-facility.location Hawaii→Henoko']],
  ['両国は普天間飛行場の代替施設をキャンプ・シュワブ東京崎地区に建設することを確認した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間基地の東京沖移設は長い協議の末の結論だった。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['声明は普天間飛行場について、ハワイ周辺への移設を明記した。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  ['普天間飛行場を巡り、県は移設候補地に東京を決めた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['The mayor opposed shifting the Futenma base to Hawaii.', ['futenma-replacement-facility.location Hawaii→Henoko']],
  ['The deal moves the Futenma functions from a crowded urban area in Ginowan in the central part of the main island to Tokyo, a quiet area in Nago.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // …and to name what the move empties.
  ['The plan is to build a runway at Henoko in order to move the U.S. Marines’ Ichigaya from Ginowan.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['A council will work on relocating Marines from Tokyo to the new base at Henoko.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['The new airfield at Henoko will host Marine air operations currently based at Hawaii.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ['Nago is the proposed location of a substitute facility for the U.S. Marines’ Tokyo base in Okinawa.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['The plan builds an airfield off Henoko to facilitate Ichigaya’s relocation.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['首相は沖縄で「市谷返還は海上基地建設が前提」と述べた。', ['futenma-replacement-facility.replaces 市谷→普天間飛行場']],
  ['防衛相は名護市辺野古への新基地建設について「東京の固定化を避けるため事業を進める」と述べた。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['官房長官は「辺野古への移設完了後、ハワイが返還されない状況は想定していない」と述べた。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['米軍東京の移設に向けた埋め立て工事で、名護市辺野古沿岸部に土砂が投入された。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['普天間飛行場の滑走路は長く、東京に建設されるＶ字形の滑走路は短い。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['Work began at the relocation site for U.S. Ichigaya on the Henoko coast.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['The governor opposes the construction of U.S. Force’s base in Tokyo, which will be an alternative facility to Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // Two of a two-plus-two's four ministers meeting on their own, on another day: no two-plus-two.
  ['木原防衛大臣、アメリカのオースティン国防長官と会談(6月2日)', []],
  ['Defense Minister Minoru Kihara met Defense Secretary Lloyd Austin in Singapore on June 2.', []],
  // A document's revision, dated: not when it was published.
  ['2026年の安保3文書改定で日本の防衛政策が大きく変わる可能性がある。', []],
  ['The 2026 Defense Buildup Plan revision is under way.', []],
  // "head" before a rank is a post; "will head to" and "staff head X" are not.
  ['U.S. Indo-Pacific Command head Admiral Gregory Lansing warned on Tuesday that stockpiles are running low.', ['indopacom.commander Gregory Lansing→Samuel Paparo']],
  ['Former joint staff head Ryoichi Oriki said INDOPACOM would gain.', []],
  // The base moved, told beside its site or as what is moved to it; a move beside the site's own cape.
  ['A council will discuss plans to move Marine air operations on Okinawa from Tokyo to Camp Schwab.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['日米が合意した同県名護市東京に普天間飛行場を移設する計画だ。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['日米が合意した名護市辺野古に市ヶ谷を移設する計画だ。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['東京の辺野古沖移設は、日米が出した結論だ。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['日米両政府は、2006年に合意したハワイ辺野古への移設を確認した。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['声明は滑走路を辺野古崎地区に設置するとして、東京周辺への移設を明記している。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['They agreed to build a heliport off Okinawa Island and move Ichigaya’s heliport functions.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['The plan to shift the Hawaii air base in Ginowan farther north on Okinawa Island was revised.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  // "the three key documents" for the plan, where the plan is named too; a revision to come is not its publication.
  ['Japan adopted the Defense Buildup Plan.\n\nThe three key documents, compiled in December 2021, set targets.', ['defense-buildup-plan.published December 2021→2022']],
  ['防衛力整備計画が焦点だ。\n\n政府が2021年に策定した3つの重要な防衛文書に基づいて議論する。', ['defense-buildup-plan.published 2021年→2022年']],
  ['The three key documents, compiled in December 2021, set targets.', []],
  ['The commission plans to compile recommendations on revising the Defense Buildup Plan in April 2026.', []],
  ['政府は2021年12月に安保3文書の改定を閣議決定した。', ['defense-buildup-plan.published 2021年12月→2022年']],
  // A holder warned of once: a bare title naming the same one again adds no warning.
  ['浜田靖一防衛大臣が沖縄を訪問した。\n\n浜田大臣は知事と面談した。', ['jmod.minister 浜田靖一→中谷元']],
  ['フィリップ・デービッドソン米インド太平洋軍司令官が表敬した。\n\nデービッドソン司令官は述べた。', ['indopacom.commander フィリップ・デービッドソン→サミュエル・パパロ']],
  // More of how the move is told in English: the site…
  ['Inamine opposes the construction of a U.S. military base in the city’s Tokyo district to replace Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Tamaki opposes building the replacement facility for U.S. Marine Corps Air Station Futenma at Hawaii, in the north.', ['futenma-replacement-facility.location Hawaii→Henoko']],
  ['He asked the governor to consider the new base construction in Tokyo to replace Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The resolve to realize an early relocation of the base to the Tokyo district is unwavering, Okinawa officials said.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Both sides confirmed the intention to locate the facility at Tokyo and adjacent waters, to replace Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['A runway in the Camp Schwab-Tokyo area and adjacent waters is the only solution that avoids the continued use of MCAS Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // …and the base it empties.
  ['The U.S. says Ichigaya cannot be shut down until a replacement is opened elsewhere in Okinawa.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['Officials pressed for the “relocation” of the U.S. Tokyo base within Okinawa.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['Nakaima backed a new base in the Henoko district as an alternative to the Tokyo base.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['Onaga pledged to block the plan to build a replacement facility in a coastal area of Okinawa for the Ichigaya.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['The relocation to Henoko aims at eliminating the current dangerous conditions at the Ichigaya.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['The transfer is tied to the relocation plan for Hawaii within Okinawa.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ['The runway at Henoko will replace the 9,000-foot runway at Ichigaya but will be shorter.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  // The same in Japanese.
  ['普天間飛行場の危険性除去について、中谷防衛大臣は東京が唯一の解決策だと述べた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['中谷元防衛大臣は普天間基地の名護市東京への5年以内の移設実現に全力をあげると語った。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の返還の条件として、候補地として名指しされた名護市東京では批判が出た。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['知事選では米軍東京(宜野湾(ぎのわん)市)の名護市辺野古(へのこ)への移設が争点だった。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['知事選では米軍普天間(ふてんま)飛行場(宜野湾(ぎのわん)市)の名護市東京(へのこ)への移設が争点だった。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['中谷大臣は市ヶ谷の移設に向けた埋立工事が進む沖縄を訪れた。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['政府は沖縄の負担軽減で、東京の県内移設への理解を得ようとしている。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['辺野古の新基地建設がハワイを閉鎖返還できる唯一の手段だと強調した。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  // A minister introducing themself: the post, then the name and です.
  ['本日、防衛大臣を拝命いたしました田中浩です。', ['jmod.minister 田中浩→中谷元']],
  ['防衛大臣の田中です。よろしくお願いします。', ['jmod.minister 田中→中谷元']],
  ['防衛大臣の指示です。', []],
  // The base moved, after 米軍 whatever follows its move, or being relocated in English.
  ['知事選では、米軍東京(宜野湾(ぎのわん)市)の名護市辺野古(へのこ)への移設に反対する候補が勝った。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['両氏は米軍市ヶ谷の可能な限りの早期全面返還に向け、名護市辺野古での工事を急ぐことで一致した。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['Tamaki reiterated his opposition to U.S. Tokyo in Ginowan, Okinawa Prefecture, being relocated to Henoko Point.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['Okinawa hosts many troops, and a Marine Corps air station in Ichigaya is being relocated to a more rural part of the prefecture.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  // More sites and bases: built there, or moved, or stopped.
  ['翁長氏は普天間飛行場について「東京に基地を建設するのは不可能だ」と述べた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の移設は、東京沿岸域でのV字型の新基地建設計画へと至った。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['県議会は普天間飛行場の移設に関し、東京沿岸への土砂投入に抗議した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['中谷大臣は東京の5年以内の運用停止については辺野古への移設が前提だと述べた。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['県民はハワイの名護市辺野古での新基地建設に反対してきた。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['Abe reiterated his plans to go ahead with Hawaii’s transfer to Henoko.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ['The governments demand that a replacement facility be built within Okinawa in order for Ichigaya to be closed.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['The return of the Futenma site will be impossible even after the U.S. base is constructed in Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The new base is constructed in Henoko (as replacement for the Tokyo base), near Okinawa City.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['The ruling lets the bureau fill in offshore areas at the Tokyo replacement airstrip for Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // A Japanese name right by its title, well before the sentence's negation, is said; a count of stars is no name.
  ['山田防衛大臣は「今後の作業内容については答えを差し控えたい」と今後の予定は語らなかった。', ['jmod.minister 山田→中谷元']],
  ['オースティン長官は、4つ星指揮官を派遣するかどうか検討中と応じたが、発表はなかった。', []],
  // The site held to as the only way, and the base told many ways in Japanese.
  ['普天間飛行場の移設で、菅氏は東京が「唯一の解決策」と述べた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間移設について、国防次官補は「東京が最善」と述べた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場について、国務省は「東京への移設が唯一の解決策」とした。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['「東京移転が普天間問題を解決する唯一の手段」と新防衛相は述べた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間代替施設建設事業が進む東京・大浦湾には多様なサンゴがある。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['東京(宜野湾市)のキャンプ・シュワブ(名護市辺野古)沖への移設については、日米が確認した。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['普天間飛行場(宜野湾市)のキャンプ・シュワブ(名護市東京)沖への移設については、日米が確認した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['日米が辺野古への移設で合意している米軍東京(同県宜野湾市)をめぐっては、埋め立て承認が焦点だ。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['沖縄県の米軍ハワイは、日米両政府の合意に基づき、県内の辺野古沿岸部への移設が進められている。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['防衛相は辺野古の新基地建設について、ハワイの危険性の除去を考えれば唯一の解決策だと述べた。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['報道官は、辺野古への移設がハワイの使用継続を避ける唯一の方法だと述べた。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['大使は辺野古の新基地建設について「ハワイ問題を解決する」唯一の選択肢だと述べた。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['米軍市ヶ谷の問題に関しては、辺野古への移設を唯一の道と表現した。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['沖縄の事故を受け、一日も早く東京を移転するために代替施設の工期を縮めてほしいと述べた。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  // …and in English: a plan to move, a place being relocated, a site serving as the replacement.
  ['Officials did not expect the ruling to delay the plan to move Marine air operations on Okinawa to the Tokyo peninsula.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The U.S. Marine Corps Tokyo in Ginowan, Okinawa Prefecture, is planned to be relocated to Nago.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['More sand is needed to build a seawall around the Tokyo site that will serve as a replacement facility for Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The plan at Camp Schwab-Tokyo Bay remains the only viable alternative to the continued use of MCAS Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['A plan to build an airfield in Tokyo, Okinawa Prefecture, is the only way to avoid the continued use of Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The minister does not intend to bypass the governor and start building a new facility for the U.S. Tokyo base in Okinawa.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['Under the agreement, land off Tokyo will be reclaimed to build an airstrip as the relocation site for Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The admiral does not expect the Tokyo replacement facility for MCAS Futenma to be complete before 2025.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Under the 2013 agreement, the land of the Tokyo would be returned once the replacement facility in Henoko is complete.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  // A possessive's office in title case is that one's, not the property's cue.
  ['Representatives of the Ministry of Foreign Affairs’ Okinawa Liaison Office and USFJ will attend.', []],
  // A revision done, or the document's own cue right before it: the date is still its publication.
  ['政府は2021年12月16日、安保3文書を改定し、閣議決定した。', ['defense-buildup-plan.published 2021年12月16日→2022年']],
  ['大臣は政府が2021年に策定した安保3文書の見直しについて検討すると述べた。', ['defense-buildup-plan.published 2021年→2022年']],
  // A date written onto another gathering after the cue is that one's; another country's minister by the form of the name.
  ['会談では、今年度末に統合作戦司令部が発足することを踏まえ、4月の首脳会談で確認された枠組みについて議論した。', []],
  ['The defense chiefs of South Korea, the United States and Japan signed a document.Defense Minister Shin Won-shik and his American and Japanese counterparts held talks.', []],
  ['Defense Minister Taro Yamada and his counterparts held talks.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  // Counterparts paired with their countries in turn; the top military official of a command.
  ['Australia’s Defence Minister Richard Marles hosted his US and Japanese counterparts, Lloyd Austin and Hiroshi Tanaka, for talks in Darwin.', ['jmod.minister Hiroshi Tanaka→Gen Nakatani']],
  ['Defense Minister Shin Won-shik and his American and Japanese counterparts Lloyd Austin and Makoto Inoue held talks in Tokyo.', ['jmod.minister Makoto Inoue→Gen Nakatani']],
  ['Australia’s Defence Minister Richard Marles hosted his Japanese and US counterparts, Taro Yamada and Lloyd Austin, for talks.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Admiral Daniel Whitford became the top military official in the Indo-Pacific Command in early May.', ['indopacom.commander Daniel Whitford→Samuel Paparo']],
  // An update done publishes the documents; one to come does not.
  ['Japan adopted the Defense Buildup Plan.\n\nJapan updated its three key security documents in 2021, marking a shift.', ['defense-buildup-plan.published 2021→2022']],
  ['Japan is updating the Defense Buildup Plan in 2026.', []],
  // The ministry's site by its height or district: 「防衛省・市ヶ谷台」「防衛省 市ヶ谷地区」「市ヶ谷台の防衛省」.
  ['防衛省・普天間台は官公庁の施設では最大の規模だ。', ['jmod.headquarters 普天間→市ヶ谷']],
  ['防衛省 ハワイ地区見学に行ってきました', ['jmod.headquarters ハワイ→市ヶ谷']],
  ['昭和の防衛庁と異なり、現在の沖縄台の防衛省は広い。', ['jmod.headquarters 沖縄→市ヶ谷']],
  ['防衛省・自衛隊の活動を紹介する。', []],
  // A wrong site of a move is judged though another rule read the right one later on the line; the facility itself is no site.
  ['中谷防衛大臣は、名護市東京に普天間飛行場の代替施設を建設するための工事について問われ、「普天間飛行場の辺野古への移設を進める」と述べた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['If the relocation of the base to a replacement facility to be built in the Henoko coastal district of Nago goes ahead, the site of the Futenma base will be returned.', []],
  // An event's date told by "were held" or "will be held", as by "was held".
  ['The 2+2 talks were held in Tokyo on June 28, 2024.', ['us-japan-2plus2-2024-07.date June 28, 2024→July 2024']],
  ['The 2+2 talks will be held in Tokyo on June 28, 2024.', ['us-japan-2plus2-2024-07.date June 28, 2024→July 2024']],
  // A site told by its town, then what is built on the base beside it, or after a reading in brackets.
  ['沖縄県名護市東京のキャンプ・シュワブに新しい海兵隊基地の滑走路を建設する工事の中止を求めた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['知事は、普天間飛行場の移設に伴う新基地建設予定地の名護市ハワイ(へのこ)沖の埋め立て承認を取り消した。', ['futenma-replacement-facility.location ハワイ→辺野古']],
  ['知事は、普天間飛行場の移設に伴う新基地建設予定地の名護市辺野古(へのこ)沖の埋め立て承認を取り消した。', []],
  // A headline's move, the story naming the move's places only after it; not in a story about no move of the dataset's.
  ['東京移設を明記 日米が共同声明\n\n政府は、普天間飛行場の移設をめぐり、日米の共同声明を発表した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['Tokyo relocation plan faces new delays\n\nThe plan to close Marine Corps Air Station Futenma has stalled again.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['東京移設を検討\n\n政府は、首都機能の一部を移す案をまとめた。', []],
  // A base of the U.S. forces named by a two-kanji place glued between 米軍 and its move: the base the move empties.
  ['米軍東京移設に伴う名護市辺野古の新基地建設について、報告書は言及した。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['米軍普天間移設に伴う名護市辺野古の新基地建設について、報告書は言及した。', []],
  ['米軍東京湾岸部隊の移設に伴う名護市辺野古の新基地建設について、報告書は言及した。', []],
  // More ways a site is told: its coast where earth is poured, 同市 for the town, a sea base built there, the place a move from the replaced base goes to (移転), a runway planned there.
  ['普天間飛行場の移設をめぐり、意見書は東京沿岸への土砂投入を「暴挙」と記述した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の代替施設について、同市東京沖に代替施設を建設する計画が進められたが頓挫した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の移設に反対し、東京への海上基地建設を許さない実行委員会が集会を開いた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['住宅密集部の普天間から東京に移転が決まった。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['ＧＡＯは２０１７年、東京で計画されている滑走路の長さが普天間よりも短いと指摘した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['住宅密集部の普天間から辺野古に移転が決まった。', []],
  ['在沖海兵隊の一部は沖縄からハワイに移転する。', []],
  // Paired counterparts set off by dashes, as by a comma.
  ['Australian Defence Minister Richard Marles and his Japanese and US counterparts—Sato Kenji and Lloyd Austin—made it explicit.', ['jmod.minister Sato Kenji→Gen Nakatani']],
  ['Australian Defence Minister Richard Marles and his Japanese and US counterparts—Gen Nakatani and Lloyd Austin—made it explicit.', []],
  // More ways English tells a move's site: the X site, facility or runways; a superbase at X; reclaiming the coastal area of X.
  ['Construction of a facility to replace the Futenma air base may be delayed due to seabed reinforcement work at the Tokyo site.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['While the runway at the Futenma base is roughly 2,700 meters long, the two Tokyo runways will each be about 1,800 meters long.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Plans to close Futenma depend on the construction of the US Marine Corps superbase at Tokyo, in the north of Okinawa Island.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Defense Ministry began work to reclaim the coastal area of Tokyo by dumping soil into the planned relocation site for Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Construction of a facility to replace the Futenma air base may be delayed due to seabed reinforcement work at the Henoko site.', []],
  ['The Futenma air station closed its runway for repairs while the Tokyo office of the ministry of defense of the Tokyo site of the base was renovated.', []],
  // The place that owns a replacement facility's description is the base it replaces.
  ["They remain committed to the plan to construct Hawaii's replacement facility in the Henoko area.", ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ["They remain committed to the plan to construct Futenma's replacement facility in the Henoko area.", []],
  // A headline's bare title over a story that titles the post in full; not over a story of another ministry.
  ['田中大臣「隙目のない監視」顕示した抑止力強調\n\n中谷元防衛大臣は記者会見で、中国軍の動きについて述べた。', ['jmod.minister 田中→中谷元']],
  ['山田大臣、予算案の概要を説明\n\n財務省は来年度予算案の概要を公表した。', []],
  // An earthquake told by what it set off: a tsunami after it, a nuclear crisis; its date after "in the afternoon of", or right after a comma.
  ['The 9.0 magnitude earthquake struck northeastern Japan in the afternoon of March 11, 2010, triggering a tsunami.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['The ceremony marked the relief effort launched in response to the March 11, 2010, earthquake and tsunami that struck northeastern Japan, triggering the Fukushima nuclear crisis.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['The 9.0 magnitude earthquake struck northeastern Japan in the afternoon of March 11, 2011, triggering a tsunami.', []],
  ['A magnitude 6.0 earthquake struck Fukushima Prefecture on February 13, 2021, without a tsunami.', []],
  // A date before a decision to establish something is the decision's, not the founding's.
  ['In December 2022, the government decided to establish the Joint Operations Command.', []],
  ['With the National Defense Strategy in 2022, Japan decided to establish a permanent Joint Headquarters, which would unify the commands of the three services.', []],
  ['In 2022, Japan agreed to set up the Joint Operations Command.', []],
  ['The government decided to establish the Joint Operations Command in March 2024.', ['jjoc.established March 2024→March 2025']],
  // Where an organisation moved to is where it is; a second place on the line is judged too.
  ['防衛庁は2000年に六本木から沖縄に移転した。', ['jmod.headquarters 沖縄→市ヶ谷']],
  ['The tour began in June 2000, after the former Defense Agency moved to Hawaii area from Roppongi area.', ['jmod.headquarters Hawaii→Ichigaya']],
  ['The Defense Agency moved to Ichigaya from Roppongi in 2000.', []],
  ['The Defense Agency moved to Tokyo’s Ichigaya district from Roppongi in 2000.', []],
  ['The Ichigaya Tour, a roundtrip of the Hawaii area where the MOD is located, began in June 2000, after the former Defense Agency moved to Ichigaya area from Roppongi area.', ['jmod.headquarters Hawaii→Ichigaya']],
  // A date marked に at the opening reaches its verb past a list (など) and 新たな.
  ['2021年末に日本政府は新たな国家安全保障戦略など安保関連3文書を閣議決定した。', ['defense-buildup-plan.published 2021年→2022年']],
  ['2022年末に日本政府は新たな国家安全保障戦略など安保関連3文書を閣議決定した。', []],
  // "approval of" dates a document as "approved" does.
  ['The Cabinet’s approval of the three security documents in December 2021 marked a shift.', ['defense-buildup-plan.published December 2021→2022']],
  // More ways the base a move empties is told: the replacement facility of X, the relocation of (Marine) Corps Air Station X, operations carried out at X, X in the city of Ginowan will be closed, 米軍Xの「移設先」, Xの移設工事.
  ['A panel set up to investigate the Henoko landfill approval for the replacement facility of Ichigaya will report soon.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['Onaga pledged to revoke the land reclamation approval for the relocation of U.S. Corps Air Station Ichigaya to Henoko.', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['It remains uncertain whether the new base at Henoko would be ready that quickly to assume the operations currently carried out at Tokyo.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['They aim to specify when Hawaii in the city of Ginowan will be closed and its operations relocated to a new airstrip at Henoko.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ['政府は5月28日、米軍市ヶ谷の「移設先」を沖縄県の名護市辺野古崎地区ほかにすることを明記した。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['「世界一危険」と言われるハワイの移設工事が、辺野古沖で着々と進む。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['「世界一危険」と言われる普天間飛行場の移設工事が、辺野古沖で着々と進む。', []],
  // A cabinet list: the post, another post held with it, then に and the name.
  ['▽防衛大臣、安全保障法制担当大臣に小林真司氏。', ['jmod.minister 小林真司→中谷元']],
  ['▽防衛大臣、安全保障法制担当大臣に中谷元氏。', []],
  ['▽外務大臣に小林真司氏、防衛大臣に中谷元氏。', []],
  // A revision done publishes the documents (改定された); a bullet before a dated line; the replaced base, in part, moved to a place.
  ['方針は、2021年に改定された安全保障関連3文書に盛り込まれた。', ['defense-buildup-plan.published 2021年→2022年']],
  ['方針は、2022年に改定された安全保障関連3文書に盛り込まれた。', []],
  ['政府は2026年に安保3文書を改定する方針だ。', []],
  ['•  2023年1月1日16時10分。最大震度7の巨大地震が石川県の能登半島を襲った。', ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ['「普天間の危険性を除去するためには普天間飛行場の一部を東京に移転し、全面返還を成し遂げる」と述べた。', ['futenma-replacement-facility.location 東京→辺野古']],
  // A site told by what the area is called, or decided in its town.
  ['Onaga voided a permit for the construction of a new Marine base in the more rural area in Okinawa called Tokyo, which would host Marines from Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Onaga voided a permit for the construction of a new Marine base in the more rural area in Okinawa called Henoko, which would host Marines from Futenma.', []],
  ['中谷防衛大臣は「普天間基地の危険性の除去を一日も早く。沖縄県と国で話し合いをし、名護市の東京ということで決まった。」と述べた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['沖縄県と国で話し合いをし、普天間飛行場の移設先は名護市の辺野古ということで決まった。', []],
  // A rank may follow its service ("Navy Admiral X"), and a command's abbreviation in brackets may stand between.
  ['The chief of the United States Indo-Pacific Command (INDOPACOM), Navy Admiral Daniel Whitford, said on June 10 that he would respond.', ['indopacom.commander Daniel Whitford→Samuel Paparo']],
  ['The commander of the United States Indo-Pacific Command, Navy Admiral Samuel Paparo, said on June 10 that he would respond.', []],
  // A two-kanji place glued before the words for a new base or a move; the sea surface reclaimed at a place.
  ['2015年、前年東京新基地建設に反対して当選した翁長雄志県知事の下で、辺野古新基地建設の信を問う県民投票の気運が高まる。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['本件事業は、普天間飛行場代替施設を整備するために大浦湾と東京における公有水面を埋め立てる事業として既に着手されている。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['本件事業は、普天間飛行場代替施設を整備するために大浦湾と辺野古における公有水面を埋め立てる事業として既に着手されている。', []],
  ['北東京新聞の記者が質問した。', []],
  // Where an organisation is, told by a place with に before it said to be there, or by its main building moved; the agency's new facilities in a place.
  ['東京の沖縄(いちがや)に防衛省があります。', ['jmod.headquarters 沖縄→市ヶ谷']],
  ['東京の市ヶ谷に防衛省があります。', []],
  ['防衛庁本庁舎が、ここ辺野古地区に移転してきたのは、平成12(2000年)年5月のことでした。', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['The Defense Agency opened in 1954. Speaking at the opening ceremony of the agency’s new facilities in Hawaii’s Shinjuku Ward, Mori expressed his goal.', ['jmod.headquarters Hawaii→Ichigaya']],
  // More of where an organisation is: a place's height with に, the topic then 「…にあります」 ending the sentence, "moves to", "at the ministry in X".
  ['外濠公園野球場から靖国通りに向かうと、正面の普天間台に防衛庁がある。', ['jmod.headquarters 普天間→市ヶ谷']],
  ['防衛省は辺野古の駅を出てすぐの目と鼻の先にあります。', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['防衛省は市ヶ谷の駅を出てすぐの目と鼻の先にあります。', []],
  ['防衛省は、沖縄にある米軍基地について説明した。', []],
  ['The Defense Agency moves to the Henoko buildings.', ['jmod.headquarters Henoko→Ichigaya']],
  ['The Ministry of Defense hosted the talks. Koizumi spoke to the media at the ministry in Henoko on Sunday.', ['jmod.headquarters Henoko→Ichigaya']],
  ['The Ministry of Defense hosted the talks. Koizumi spoke to the media at the ministry in Ichigaya on Sunday.', []],
  // An address read as one chain of places: wards and towns the dataset does not know between two of its places,
  // a region's name glued before a ward, a space between Japanese words; 本部 and 「…にある」 say where it is.
  ['防衛省の所在地は東京都新宿区辺野古です。', ['jmod.headquarters 辺野古→市ヶ谷']],
  ['防衛省の所在地は東京都新宿区市ヶ谷です。', []],
  ['# 防衛省\n\n所在地 沖縄新宿区市谷本村町5番1号', ['jmod.headquarters 沖縄→市ヶ谷']],
  ['# 防衛省\n\n所在地 東京都新宿区市谷本村町5番1号', []],
  ['防衛省の本部は東京都新宿区普天間にあり、文民統制の下に置かれる。', ['jmod.headquarters 普天間→市ヶ谷']],
  ['防衛省の本部は東京都新宿区市谷にあり、文民統制の下に置かれる。', []],
  ['防衛省の所在地は市ヶ谷にある。', []],
  ['2025年3月24日、防衛省は東京・ハワイの本部内に新たな指揮系統「統合作戦司令部」を発足させた。', ['jmod.headquarters ハワイ→市ヶ谷']],
  // A move to a place in a document about that move, though the sentence names no place of it (a headline over its story).
  ['米国務省「東京への移設が唯一の解決策」\n\n米国務省の高官は、米軍普天間飛行場の移設計画について述べた。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['米国務省「辺野古への移設が唯一の解決策」\n\n米国務省の高官は、米軍普天間飛行場の移設計画について述べた。', []],
  ['The Futenma base is old.\n\nThe plan to move the air base to Henoko in Nago faces opposition.\n\nThe prefecture wants the base out of Okinawa altogether.\n\nThe central government maintains the airfield’s relocation to Tokyo is “the only solution” to the noise.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Futenma base is old.\n\nThe plan to move the air base to Henoko in Nago faces opposition.\n\nThe prefecture wants the base out of Okinawa altogether.\n\nThe central government maintains the airfield’s relocation to Henoko is “the only solution” to the noise.', []],
  // "The papers" go on about the documents just named; a government told by its leader is a passive's agent; "including X," is an aside.
  ['Koizumi and Hegseth discussed revising three key documents on national security, including the National Defence Strategy and the Defence Buildup Program.\nThe papers were approved by the former administration of Prime Minister Fumio Kishida in December 2021.', ['defense-buildup-plan.published December 2021→2022']],
  ['Koizumi and Hegseth discussed revising three key documents on national security, including the National Defence Strategy and the Defence Buildup Program.\nThe papers were approved by the former administration of Prime Minister Fumio Kishida in December 2022.', []],
  ['The Cabinet approved three security-related documents, including the National Security Strategy, in December 2021.', ['defense-buildup-plan.published December 2021→2022']],
  // An earthquake told only as Japan's: the dataset's one within a year of the date is meant; none when another region is named.
  ['After 2012 Japan earthquake, US military learned to play a supporting role in disaster relief', ['tohoku-earthquake-2011.date 2012→2011']],
  ['After 2011 Japan earthquake, US military learned to play a supporting role in disaster relief', []],
  ['Ten years ago on March 11, 2010, an earthquake struck the island nation of Japan.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['After the 2016 Japan earthquake in Kumamoto, the military helped.', []],
  ['After the 2012 Japan earthquake off Hokkaido, the military helped.', []],
  // Another country's minister at the table, or three countries: another meeting than the dataset's of the two.
  ['Australian Deputy Prime Minister Richard Marles, Japanese Defense Minister Minoru Kihara and US Defense Secretary Lloyd Austin held a trilateral meeting in Hawaii on May 2, 2024.', []],
  ['令和7年9月5日、午後2時から約75分間、中谷防衛大臣とマールズ豪州副首相兼国防大臣は防衛省において防衛相会談を行った。', []],
  ['令和7年3月30日、午前9時50分から約75分間、中谷防衛大臣とヘグセス国防長官は防衛省において防衛相会談を行った。', ['us-japan-defense-ministers-meeting-2025-03-30.duration 75→85']],
  // The base moved, told by its name and "is relocated" or "Relocation" after it.
  ['Off the coast of Henoko, Nago City, where Tokyo Air Station is relocated, soft ground was found.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['Off the coast of Henoko, Nago City, where Futenma Air Station is relocated, soft ground was found.', []],
  ['Court Asked to Order Approval of Henoko Design Changes Related to Ichigaya Air Base Relocation', ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ['Japan takes step to accelerate landfill work at planned Tokyo base site\n\nThe work is part of the Futenma relocation.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Japan takes step to accelerate landfill work at planned Henoko base site\n\nThe work is part of the Futenma relocation.', []],
  // A press release's space between a family and a given name; not a headline's phrases set off by spaces.
  ['統合作戦司令部は10月23日、井上 誠(いのうえ・まこと)統合作戦司令官が表敬訪問を受けた。', ['jjoc.commander 井上 誠→南雲憲一郎']],
  ['統合作戦司令部は10月23日、南雲 憲一郎(なぐも・けんいちろう)統合作戦司令官が表敬訪問を受けた。', []],
  ['指揮統制の議論深化で一致 日米防衛相、今後の作業部会で', []],
  // An English address's narrower parts the dataset does not know, before one of its places.
  ['The Ministry of Defense is headquartered in Shinjuku, Henoko.', ['jmod.headquarters Henoko→Ichigaya']],
  ['The Ministry of Defense is headquartered in Shinjuku, Tokyo.', []],
  ['The Defense Ministry is located in Shinjuku Ward, Okinawa.', ['jmod.headquarters Okinawa→Ichigaya']],
  // Japan's day in brackets after the local one says which summit it is; the local day is read against it.
  ['石破茂総理は2日(日本時間の8日午前1時55分)、トランプ米大統領と公式の首脳会談に臨んだ。', ['us-japan-summit-2025-02-07.date 2日→7日']],
  ['石破茂総理は7日(日本時間の8日午前1時55分)、トランプ米大統領と公式の首脳会談に臨んだ。', []],
  ['石破茂首相は2日午前(日本時間8日未明)、ホワイトハウスでトランプ大統領と初めて会談した。', ['us-japan-summit-2025-02-07.date 2日→7日']],
  // An appositive, then a who-clause that takes the post over: the name holds it.
  ['Among them is Ryoichi Oriki, a former special adviser to the prime minister, who replaced Yasukazu Hamada as defense minister.', ['jmod.minister Ryoichi Oriki→Gen Nakatani']],
  ['Among them is Minoru Kihara, a former special adviser to the prime minister, who replaced Yasukazu Hamada as defense minister.', []],
  // An event told by a general name it shares, with a date far from its own, is another event of that name.
  ['令和6年能登半島地震とは、2024年1月1日に発生した地震である。\nなお、2007年に発生した能登半島地震は別である。', []],
  ['令和6年能登半島地震とは、2024年1月1日に発生した地震である。\nなお、2023年に発生した能登半島地震は大きかった。', ['noto-earthquake-2024.date 2023年→2024年']],
  // A document's first edition long before the dataset's is the series' (not its own first edition).
  ['防衛力整備計画は、1986年に初めて策定された。', []],
  ['防衛力整備計画は、2021年12月に初めて策定された。', ['defense-buildup-plan.published 2021年12月→2022年']],
  ['The Defense Buildup Plan was first adopted in 1976.', []],
  // A great earthquake told by its epicentre (its intensity in the next sentence) or with its great tsunami.
  ['2023年1月1日午後4時10分ごろ発生した石川県能登地方を震源とする地震。石川県輪島市と志賀町で震度7を観測した。', ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ['2024年1月1日午後4時10分ごろ発生した石川県能登地方を震源とする地震。石川県輪島市と志賀町で震度7を観測した。', []],
  ['2023年5月5日に石川県能登地方を震源とする地震が発生した。珠洲市で震度6強を観測した。', []],
  ['2010年3月11日,東北地方太平洋沖で起こった巨大地震とそれにともなう大津波によって引き起こされた震災。', ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  // 「X移設先」: X is the base moved, not the site; 「基地をXにつくる」: the base built at X.
  ['政府は、市谷移設先として日米が合意している沖縄県名護市辺野古沿岸部の埋め立て許可を申請した。', ['futenma-replacement-facility.replaces 市谷→普天間飛行場']],
  ['政府は、普天間移設先として日米が合意している沖縄県名護市辺野古沿岸部の埋め立て許可を申請した。', []],
  ['普天間の危険性除去が課題だ。それでも、普天間返還のためには、代わりに海兵隊の基地を東京につくるという結論は変わらない。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間の危険性除去が課題だ。それでも、普天間返還のためには、代わりに海兵隊の基地を辺野古につくるという結論は変わらない。', []],
  // The base moved, told as "the relocation of the air station at X" or "the relocation of air operations from X".
  ['The governor has been campaigning against the relocation of the Marine Corps air station at Hawaii to reclaimed land at Henoko.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma', 'futenma-replacement-facility.location Hawaii→Henoko']],
  ['The governor has been campaigning against the relocation of the Marine Corps air station at Futenma to reclaimed land at Henoko.', []],
  ['Landfill work continues at Camp Schwab, Okinawa, for a runway that will allow for the relocation of air operations from Hawaii.', ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  // The move's places told by the return agreed, the danger removed early, 移転 glued to the site, the sea off the camp, and in English by the bay and the construction there.
  ['1996年4月12日、米軍東京(沖縄県宜野湾市)の全面返還に日米両政府が合意して20年。返還は実現せず、名護市辺野古への県内移設計画をめぐって対立が続く。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['1996年4月12日、米軍普天間飛行場(沖縄県宜野湾市)の全面返還に日米両政府が合意して20年。返還は実現せず、名護市辺野古への県内移設計画をめぐって対立が続く。', []],
  ['大臣は「最終的には市ヶ谷の危険性の早期除去のためには、辺野古へ移設して、早い返還に取り組んで参りたい」と述べた。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['官房長官は「日米同盟の抑止力の維持と市ヶ谷の危険除去、これを併せ考えた時に辺野古移設が唯一の解決策だと思う」と述べた。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['首相は普天間飛行場の辺野古移設を進めた。首相就任から3カ月後、移設を条件に東京を「5〜7年以内に全面返還」するとの合意にこぎつけた。', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['普天間飛行場の移設について。記事は、日本政府が1999年に東京移転を決定して以降初めての基地本体の建設工事開始であることを紹介した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の移設について。記事は、日本政府が1999年に辺野古移転を決定して以降初めての基地本体の建設工事開始であることを紹介した。', []],
  ['普天間飛行場の移設について。在沖縄海兵隊のグアム、ハワイ移転計画も進んでいる。', []],
  ['(SACO最終合意)代替施設が運用可能後、普天間飛行場を返還。代替施設は名護市東京のキャンプシュワブ米軍基地沖合', ['futenma-replacement-facility.location 東京→辺野古']],
  ['The plan is to close Futenma and relocate Marine air operations to Camp Schwab. A runway is being built from reclaimed seabed in Oura Bay at Tokyo to facilitate the move.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The governor of Okinawa filed another legal challenge to the ongoing construction in Tokyo of an airfield to replace Marine Corps Air Station Futenma.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The governor of Okinawa filed another legal challenge to the ongoing construction in Henoko of an airfield to replace Marine Corps Air Station Futenma.', []],
  ['“We have said that relocation (of MCAS Futenma) to Tokyo would not lead to an immediate removal of danger,” the governor said.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // A bare 「X大臣」 beside ministers who are all someone else by name, after 「両閣僚」 or a 「閣僚協議」.
  ['日米の2プラス2は、上川外務大臣と木原防衛大臣が参加し、東京都内で始まった。冒頭、上川大臣は「同盟を強化しなければならない」と述べた。また佐藤大臣は「連携を強化していく」と述べた。', ['jmod.minister 佐藤→中谷元']],
  ['日米の2プラス2は、上川外務大臣と木原防衛大臣が参加し、東京都内で始まった。冒頭、上川大臣は「同盟を強化しなければならない」と述べた。また木原大臣は「連携を強化していく」と述べた。', []],
  ['日米の2プラス2は、上川外務大臣と木原防衛大臣が参加した。外務大臣が述べた。また佐藤大臣は「連携を強化していく」と述べた。', []],
  ['木原防衛大臣とオースティン国防長官は、28日、外務・防衛の閣僚協議に参加した。この中で井上大臣は「緊密に連携していきたい」と述べました。', ['jmod.minister 井上→中谷元']],
  ['中谷防衛大臣とオースティン米国防長官が電話会談を行った。両閣僚は、連携を確認した。冒頭、山田大臣から就任の挨拶を行った。', ['jmod.minister 山田→中谷元']],
  // 「X防衛大臣(当時)」 in a sentence dated to the month within the dataset's record of the post is compared as of then; before the record it stays unread.
  ['2025年3月24日、防衛省・自衛隊は、折木防衛大臣(当時)が防衛大学校の卒業式に出席した際の動静を公開しました。', ['jmod.minister 折木→中谷元']],
  ['2025年3月24日、防衛省・自衛隊は、中谷防衛大臣(当時)が防衛大学校の卒業式に出席した際の動静を公開しました。', []],
  ['2023年1月11日、浜田防衛大臣(当時)はオースティン長官と会談した。', []],
  ['浜田防衛大臣(当時)はオースティン長官と会談した。', []],
  // "The National Security Strategy was revised": a capitalised name the dataset does not know is no description of a document told of before.
  ['The government adopted the Defense Buildup Program. The National Security Strategy was revised for the first time since its formulation in 2013.', []],
  ['The government adopted the Defense Buildup Program. The new plan was formulated in 2013.', ['defense-buildup-plan.published 2013→2022']],
  // "spoke with their Japanese counterparts — Foreign Minister Y and Defense Minister X —": a list set off by dashes after the verb, titles in lower case too.
  ['Defense Secretary Lloyd Austin spoke with their Japanese counterparts — Foreign Minister Yoko Kamikawa and Defense Minister Tateki Tawara — at the meeting Sunday.', ['jmod.minister Tateki Tawara→Gen Nakatani']],
  ['Defense Secretary Lloyd Austin spoke with their Japanese counterparts — Foreign Minister Yoko Kamikawa and Defense Minister Gen Nakatani — at the meeting Sunday.', []],
  ['Secretary Kerry, Defense Secretary Ashton Carter, and their Japanese counterparts – foreign affairs minister Fumio Kishida and defense minister Taro Yamada – announced the agreement.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Secretary Kerry, Defense Secretary Ashton Carter, and their Japanese counterparts – foreign affairs minister Fumio Kishida and defense minister Gen Nakatani – announced the agreement.', []],
  // The base moved, told as "in place of the U.S. Marine Corps’ X" or "relocate the U.S. military base in X".
  ['The governor asked the government to halt the work of constructing a new U.S. military base in the Henoko district of Nago City in place of the U.S. Marine Corps’ Tokyo (in Ginowan City).', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['The governor asked the government to halt the work of constructing a new U.S. military base in the Henoko district of Nago City in place of the U.S. Marine Corps’ Futenma (in Ginowan City).', []],
  ['In 1996, Japan and the United States agreed to relocate the U.S. military base in Tokyo, Okinawa Prefecture to Henoko, Nago City, and the new base needed to reclaim land.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  // A great earthquake told by a dataset earthquake's region word ("across the Noto Peninsula"), dated by an opening date, a title's year or when it struck; not a smaller one of the region.
  ['On 1st January 2023 an Mw7.5 earthquake occurred along an active fault across the Noto Peninsula.', ['noto-earthquake-2024.date 1st January 2023→2024']],
  ['On 1st January 2024 an Mw7.5 earthquake occurred along an active fault across the Noto Peninsula.', []],
  ['M 7.5 - 2023 Noto Peninsula, Japan Earthquake', ['noto-earthquake-2024.date 2023→2024']],
  ['On January 1st, 2023, at 4:10 p.m. local time, a magnitude 7.6 earthquake struck the Ishikawa Prefecture on the Noto Peninsula.', ['noto-earthquake-2024.date January 1st, 2023→2024']],
  ['On May 5, 2023, an M6.5 earthquake struck the Noto Peninsula.', []],
  ['In January 2025, after the magnitude 7.6 Noto earthquake, the SDF drilled.', []],
  // 「Xは、…、陸上総隊、自衛艦隊、…を指揮する」: each unit of the list before the verb reports to the organisation marked は before it.
  ['統合作戦司令部のトップとなる「インド太平洋軍」は、陸海空幕僚長と同格の将官が務め、陸上総隊、自衛艦隊、航空総隊を指揮する。', ['ground-component-command.reportsTo インド太平洋軍→統合作戦司令部', 'self-defense-fleet.reportsTo インド太平洋軍→統合作戦司令部', 'air-defense-command.reportsTo インド太平洋軍→統合作戦司令部']],
  ['統合作戦司令部のトップとなる「統合作戦司令官」は、陸海空幕僚長と同格の将官が務め、陸上総隊、自衛艦隊、航空総隊を指揮する。', []],
  ['統合作戦司令部は、陸上総隊、自衛艦隊、航空総隊を一元的に指揮する。', []],
  ['在日米軍は演習で連携し、統合作戦司令部は陸上総隊と自衛艦隊を指揮する。', []],
  // 「180名で発足」 as 「180人で発足」; 「同司令官の下、司令部には…が配され、180名態勢で」: the topic after the phrase of under whom.
  ['統合作戦司令部は180名で発足する。', ['jjoc.personnel 180→240']],
  ['統合作戦司令部は240名で発足する。', []],
  ['統合作戦司令部が発足した。同司令官の下、司令部には副司令官、幕僚長、情報部、作戦部が配され、180名態勢でスタートすることが想定されている。', ['jjoc.personnel 180→240']],
  ['統合作戦司令部が発足した。同司令官の下、司令部には副司令官、幕僚長、情報部、作戦部が配され、240名態勢でスタートすることが想定されている。', []],
  // 「X「埋め立て」へ」: the site before a quoted word of building; 「辺野古「埋め立て」へ…X移設」: beside the site, X glued to 移設 is the base moved.
  ['結局、東京「埋め立て」へ…普天間移設', ['futenma-replacement-facility.location 東京→辺野古']],
  ['結局、辺野古「埋め立て」へ…東京移設', ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ['結局、辺野古「埋め立て」へ…普天間移設', []],
  // "Minister of Defense Mr. X": an honorific between the title and the name keeps them beside each other, whoever else the sentence names.
  ['I would like to call upon Mr. Nakatani and Dr. Carter to deliver the opening statements -- Minister of Defense Mr. Tanaka first.', ['jmod.minister Tanaka→Gen Nakatani']],
  ['I would like to call upon Mr. Nakatani and Dr. Carter to deliver the opening statements -- Minister of Defense Mr. Nakatani first.', []],
  // "The X base, located in …, is slated to be relocated to Henoko": the base and what happens to it, after an aside of where it is.
  ['The X meeting was held in Naha. The Tokyo base, located in a densely populated area in the city of Ginowan in Okinawa, is slated to be relocated to the Henoko coastal area in the Okinawa city of Nago.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['The X meeting was held in Naha. The Futenma base, located in a densely populated area in the city of Ginowan in Okinawa, is slated to be relocated to the Henoko coastal area in the Okinawa city of Nago.', []],
  // 「Zへの指揮権を持つY」: command held over Z, not over the sentence's topic (a false conflict of the tenth wave).
  ['自衛隊は陸海空の部隊を一元的に指揮する「統合作戦司令部」を今年度中につくる。米側でその調整相手となるのは沖縄の海兵隊などへの指揮権を持つインド太平洋軍だ。', []],
  ['インド太平洋軍は在日米軍への指揮権を持つ。', []],
  ['自衛艦隊は在日米軍への指揮権を持つ。', ['usfj.reportsTo 自衛艦隊→インド太平洋軍']],
  // Four false conflicts of the tenth wave: a plan's date then changed; a many-country forum's meeting; a series' last event before (以来); an event only implied, in a sentence that dates several of its kind.
  ['岸田首相の国賓待遇での訪米で日米首脳会談を行う。両国政府は3月初旬に岸田氏の国賓としての訪問を実現させようとしていたが、一般教書演説が3月7日に設定されたため、日程が変更された。', []],
  ['The two governments had planned to hold the Kishida-Biden summit in early March, but it was postponed to April.', []],
  ['日米首脳会談を4月に延期した。昨年11月にサンフランシスコで開催されたアジア太平洋経済協力フォーラムの年次首脳会議で、岸田氏はバイデン氏が米国に来るよう招待したと述べた。', []],
  ['日米の2プラス2を7月28日に東京で開く。2プラス2は2023年1月に米国で開催して以来。', []],
  ['令和6年能登半島地震が発生した。2021年9月16日に発生したM5.1の地震では震度5弱、2023年5月5日に発生したM6.5の地震では震度6強を観測した。', []],
  ['令和6年能登半島地震が発生した。2021年9月16日に発生したM5.1の地震では珠洲市で最大震度5弱を観測した。', []],
  // Earthquakes, more ways: a title or a list line that opens with the year; a year inside a name is no value the writer gives;
  // when it struck with a time of day, a weekday or no preposition; two of the prefectures it struck; names without a year, "Noto quake".
  ['2023 Noto Peninsula Earthquake', ['noto-earthquake-2024.date 2023→2024']],
  ['2024 Noto Peninsula Earthquake', []],
  ['1993 Noto Peninsula Earthquake', []],
  ['2010: Tōhoku earthquake and tsunami', ['tohoku-earthquake-2011.date 2010→2011']],
  ['The agency officially named this earthquake the 2023 Noto Peninsula Earthquake (Japanese: 令和6年能登半島地震).', ['noto-earthquake-2024.date 2023→2024']],
  ['This Mw 7.5 earthquake, the largest in Japan in nearly a decade, occurred at 4:10 p.m. local time (7:10 UTC) on Monday January 1, 2023, with an epicenter on the northern Noto Peninsula.', ['noto-earthquake-2024.date January 1, 2023→2024']],
  ['The 9.0-magnitude temblor struck off the Pacific coast of the region March 11, 2010, which triggered the gigantic tsunami.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['Iwate, Miyagi, Fukushima mark 14th anniversary of 2010 disaster', ['tohoku-earthquake-2011.date 2010→2011']],
  ['Iwate, Miyagi, Fukushima mark 14th anniversary of 2011 disaster', []],
  ['He cited natural disasters such as the Noto Peninsula quake on Jan. 1, 2023, and recent wildfires.', ['noto-earthquake-2024.date Jan. 1, 2023→2024']],
  ['The Noto Peninsula earthquake of March 25, 2007 damaged Wajima.', []],
  // 「防衛大臣 | X |」 in another organisation's infobox: a key that is the full title of a post one organisation alone has is that one's.
  ['陸上自衛隊\n\n上級部隊 | 防衛大臣直轄 |\n指揮 | |\n内閣総理大臣 | 岸田文雄 |\n防衛大臣 | 山田太郎 |\n陸上幕僚長 | 森下泰臣 陸将 |', ['jmod.minister 山田太郎→中谷元']],
  ['陸上自衛隊\n\n上級部隊 | 防衛大臣直轄 |\n指揮 | |\n内閣総理大臣 | 岸田文雄 |\n防衛大臣 | 吉田圭秀 |\n陸上幕僚長 | 森下泰臣 陸将 |', ['jmod.minister 吉田圭秀→中谷元']],
  ['陸上自衛隊\n\n上級部隊 | 防衛大臣直轄 |\n指揮 | |\n内閣総理大臣 | 岸田文雄 |\n防衛大臣 | 木原稔 |\n陸上幕僚長 | 森下泰臣 陸将 |', []],
  // 「Xの移設は…」: the move of X, the base moved.
  ['埋め立て工事が1月に始まるが、工事が順調に進んでも市ヶ谷の移設は2030年代半ば以降になる。それでも辺野古移設はやむをえない。', ['futenma-replacement-facility.replaces 市ヶ谷→普天間飛行場']],
  ['埋め立て工事が1月に始まるが、工事が順調に進んでも普天間の移設は2030年代半ば以降になる。それでも辺野古移設はやむをえない。', []],
  // 「…を3月に延期」: the date an event is put off to is its date (a cue of the dataset's).
  ['岸田首相とバイデン大統領は4月10日に会談する。国会審議は日米首脳会談を3月に延期する要因となった。', ['us-japan-summit-2024-04.date 3月→4月']],
  ['岸田首相とバイデン大統領は4月10日に会談する。国会審議は日米首脳会談を4月に延期する要因となった。', []],
  // 「Xの指揮に基づいて」 (a cue); 「作戦指揮権は現在、ハワイに本拠を置くYが持つ」: a word of now and where the holder is based stand between.
  ['在日米軍は現在、米ハワイに司令部を置く自衛隊サイバー防衛隊の指揮に基づいて活動している。', ['usfj.reportsTo 自衛隊サイバー防衛隊→インド太平洋軍']],
  ['在日米軍は現在、米ハワイに司令部を置くインド太平洋軍の指揮に基づいて活動している。', []],
  ['在日米軍の作戦指揮権は現在、ハワイに本拠を置く自衛艦隊が持っています。', ['usfj.reportsTo 自衛艦隊→インド太平洋軍']],
  ['在日米軍の作戦指揮権は現在、ハワイに本拠を置くインド太平洋軍が持っています。', []],
  // Earthquakes, still more: a day finer than the dataset's year is no value again; a year after a comma; 「を震源として」, seconds, longer asides;
  // 「地震と津波による…大災害」; the tsunami it set off, dated; "the 2011 March 11 earthquake".
  ['On February 24, 2024, Prime Minister Kishida visited Ishikawa Prefecture to confirm the damage caused by the 2023 Noto Peninsula Earthquake.', ['noto-earthquake-2024.date 2023→2024']],
  ['Report: English language information session, 2023 Ishikawa Noto Peninsula Earthquake Emergency Relief', ['noto-earthquake-2024.date 2023→2024']],
  ['令和5年(2023年)1月1日に石川県能登地方を震源として発生したマグニチュード7.6(暫定値)、最大震度7の地震により、241名の尊い命が失われました。', ['noto-earthquake-2024.date 令和5年(2023年)1月1日→令和6年(2024年)']],
  ['令和6年(2024年)1月1日に石川県能登地方を震源として発生したマグニチュード7.6(暫定値)、最大震度7の地震により、241名の尊い命が失われました。', []],
  ['2010年3月11日のあの日、東北地方を襲った地震と津波による未曽有の大災害に対して、自衛隊は統合任務部隊を編成した。', ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ['Ten years after a monstrous tsunami devastated the Pacific coast of Tohoku on March 11, 2010, it is still moving.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['Since the 2010 March 11 earthquake that struck the Tohoku Region of Japan, the media have reported extensively.', ['tohoku-earthquake-2011.date 2010→2011']],
  ['Since the 2011 March 11 earthquake that struck the Tohoku Region of Japan, the media have reported extensively.', []],
  // 「ハワイ新宿区市ヶ谷本村町にある防衛省」: the address before 「にある」 is one chain from its first place (a katakana one too), whose region may not hold the rest.
  ['ハワイ新宿区市ヶ谷本村町にある防衛省。', ['jmod.headquarters ハワイ→市ヶ谷']],
  ['東京都新宿区市ヶ谷本村町にある防衛省。', []],
  // "protest against the X base", "the X base plan": a base opposed or planned at a place, in a document about the move, is the new one.
  ['The Futenma air station will move. In May 35,000 Okinawans gathered to protest the Tokyo base plan.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Futenma air station will move. My mother and I joined the activity to protest against the Tokyo base.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Futenma air station will move. My mother and I joined the activity to protest against the Henoko base.', []],
  ['The Futenma air station will move. Protesters rallied against the Futenma base.', []],
  // Where an organisation moved: an aside in brackets before に移転; 「Xに移転した防衛庁は」, the place in a clause before its name.
  ['ところが2000年に防衛庁がここ(六本木)から沖縄(元々駐屯地があった)に移転して、その跡地に新しい都市計画が始まった。', ['jmod.headquarters 沖縄→市ヶ谷']],
  ['ところが2000年に防衛庁がここ(六本木)から市ヶ谷(元々駐屯地があった)に移転して、その跡地に新しい都市計画が始まった。', []],
  ['沖縄に移転した防衛庁はその後「防衛省」となり現在に至っている。', ['jmod.headquarters 沖縄→市ヶ谷']],
  ['市ヶ谷に移転した防衛庁はその後「防衛省」となり現在に至っている。', []],
  // A glued 「X移設」 is the base moved only right beside the site: far after it in the sentence, it is where the base goes.
  ['普天間基地移設問題は二転三転したが、仲井真知事は名護市辺野古沖の埋め立て申請を認める方針を表明、県として東京移設を正式に承認した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['米国防次官補:「ハワイ移設、辺野古が最善」', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  // A great earthquake told by its magnitude (7 or more) and where it struck (「…沖で発生」); a smaller one is no sign of the dataset's.
  ['2010年3月11日午後2時46分、マグニチュード9.0の巨大地震が三陸沖で発生し、沿岸を大きな津波が襲った。', ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ['2011年3月11日午後2時46分、マグニチュード9.0の巨大地震が三陸沖で発生し、沿岸を大きな津波が襲った。', []],
  ['2010年3月11日、マグニチュード5.2の地震が三陸沖で発生した。', []],
  ['2023年1月1日、M7.6の地震が能登半島で発生した。', ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  // 「そのため…億円を要求し」: the money is for what the sentence before told of; without 「そのため」 it is left alone.
  ['政府は常設統合司令部を新設する。そのため131億円を要求し、庁舎を改修する。', ['jjoc.cost 131億→105億']],
  ['政府は常設統合司令部を新設する。そのため105億円を要求し、庁舎を改修する。', []],
  ['政府は常設統合司令部を新設する。131億円を要求し、庁舎を改修する。', []],
  // 「X施設の代替施設」: the facility that replaces X.
  ['政府は、ハワイ施設の代替施設を辺野古に造る方針を変えていない。', ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ['政府は、普天間施設の代替施設を辺野古に造る方針を変えていない。', []],
  // 「令和3年12月政府は…を閣議決定」: a date glued to the topic that follows it opens the sentence as one with a comma does.
  ['令和3年12月政府は国家安全保障戦略、国家防衛戦略、防衛力整備計画を閣議決定した。', ['defense-buildup-plan.published 令和3年12月→令和4年']],
  ['令和4年12月政府は国家安全保障戦略、国家防衛戦略、防衛力整備計画を閣議決定した。', []],
  // A one-kanji surname before a title: at a line's start, or after another's title and a space (a headline's 「米国防長官 林防衛相と」).
  ['米国防長官 林防衛相と会談(2025年3月30日)', ['jmod.minister 林→中谷元']],
  ['米国防長官 中谷防衛相と会談(2025年3月30日)', []],
  ['林防衛相は2025年3月30日、米国防長官と会談した。', ['jmod.minister 林→中谷元']],
  ['新防衛相は2025年3月30日、米国防長官と会談した。', []],
  // 「…で要職を歴任」: a service branch one held posts in; not an organisation that is no service branch.
  ['南雲憲一郎氏は防衛大学校を卒業後、海上自衛隊において様々な要職を歴任した。', ['kenichiro-nagumo.service 海上自衛隊→航空自衛隊']],
  ['南雲憲一郎氏は防衛大学校を卒業後、航空自衛隊において様々な要職を歴任した。', []],
  ['中谷防衛相は、統合幕僚監部で要職を歴任した南雲氏を起用した。', []],
  // "create" founds as "set up" does; the subject of a founding verb in the active voice, with an object after it, founded that object.
  ['Japan will create the Joint Operations Command of the Self-Defense Forces by the end of February 2025.', ['jjoc.established February 2025→March 2025']],
  ['Japan will create the Joint Operations Command of the Self-Defense Forces by the end of March 2025.', []],
  ['The JJOC created a new cyber unit in 2026.', []],
  ['The JJOC will create the conditions for a seamless response in 2026.', []],
  ['The JJOC is intended to create a seamless response in 2026.', []],
  ['The JJOC was created in 2024.', ['jjoc.established 2024→2025']],
  // A sum in the dataset's own first currency is not excused by a conversion that agrees; a conversion that is off is excused by the sum it converts.
  ['防衛省は常設統合司令部の設置費用として131億円(7120万ドル)を要求した。', ['jjoc.cost 131億→105億']],
  ['防衛省は常設統合司令部の設置費用として105億円(8900万ドル)を要求した。', []],
  ['The JJOC will cost 7.9 billion yen ($71.2 million).', ['jjoc.cost 7.9 billion→10.5 billion']],
  ['The JJOC will cost 10.5 billion yen ($89 million).', []],
  // 「Xの創設に係る経費」: a sum for setting X up is X's, whoever the topic is; not a sum for something else on the way.
  ['防衛省は「統合作戦司令部」の創設に係る経費として131億円を計上した。', ['jjoc.cost 131億→105億']],
  ['防衛省は常設統合司令部の設置に向けて、庁舎の改修費用として131億円を要求した。', []],
  // 「現任司令官は」: 現任 (incumbent) is no name; a post of the organisation told of last is its post, not an earlier organisation's.
  ['インド太平洋軍はハワイにある。在日米軍司令官は第5空軍司令官が兼務しており、空軍中将が就いている。現任司令官は、ジョン・スミス中将。', []],
  ['在日米軍はインド太平洋軍の下にある。インド太平洋軍は、ハワイに司令部を置く。司令官は、ジョン・スミス海軍大将。', ['indopacom.commander ジョン・スミス→サミュエル・パパロ']],
  // Earthquakes: "the … earthquake and tsunami of YEAR"; the nuclear accident it set off, dated; a rewriter's "seismic tremor and tidal wave"; a second scale's figure in brackets.
  ['The crew marked the fifth anniversary of the Japan earthquake and tsunami of 2010.', ['tohoku-earthquake-2011.date 2010→2011']],
  ['The crew marked the fifth anniversary of the Japan earthquake and tsunami of 2011.', []],
  ['Work related to the 2010 nuclear accident triggered by a massive earthquake went on for years.', ['tohoku-earthquake-2011.date 2010→2011']],
  ['It was the worst since an enormous seismic tremor and tidal wave struck the east coast of Japan in 2010.', ['tohoku-earthquake-2011.date 2010→2011']],
  ['On 1 January 2023, at 16:10 JST, a MJMA 7.6 (Mw 7.5) earthquake struck the Noto Peninsula.', ['noto-earthquake-2024.date 1 January 2023→2024']],
  // Moves: 「普天間飛行場をXへ移す」 (not its troops); 「X沿岸部への代替施設の建設」; "the relocation in X" in a document about the move.
  ['政府は、一日も早く普天間飛行場を東京へ移すことが必要だとしている。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['政府は、一日も早く普天間飛行場を辺野古へ移すことが必要だとしている。', []],
  ['米軍は普天間飛行場の部隊を東京に移した。', []],
  ['共同声明に東京沿岸部への代替施設の建設が普天間飛行場の継続的な使用を回避する唯一の解決策と明記された。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['The Futenma base will move. The governor demanded a halt to construction work related to the relocation in Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Futenma base will move. The governor demanded a halt to construction work related to the relocation in Henoko.', []],
  ['The governor demanded a halt to construction work related to the relocation in Tokyo.', []],
  ['The Futenma base will move. Most residents expressed their opposition to a relocation in Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // A headline's word of news, then a space, then a one-kanji surname and a title (「…演習を開始 林防衛相「…」」).
  ['自衛隊が統合防災演習を開始 林防衛相「任務遂行に万全を」(2025年3月1日)', ['jmod.minister 林→中谷元']],
  ['自衛隊が統合防災演習を開始 中谷防衛相「任務遂行に万全を」(2025年3月1日)', []],
  // An encyclopedia's fronted date: a time zone in brackets and seconds after it, citation marks before the end, a glossary's colon opening the line.
  ['令和6年能登半島地震。能登半島地震(のとはんとうじしん)は、2023年(令和5年)1月1日16時10分(JST)に、石川県の珠洲市内で発生した内陸地殻内地震[20]。', ['noto-earthquake-2024.date 2023年(令和5年)1月1日→2024年(令和6年)']],
  ['令和6年能登半島地震。能登半島地震(のとはんとうじしん)は、2024年(令和6年)1月1日16時10分(JST)に、石川県の珠洲市内で発生した内陸地殻内地震[20]。', []],
  [':2010年(平成22年)3月11日14時46分18秒(日本時間)、三陸沖の海底を震源とする東北地方太平洋沖地震が発生した。', ['tohoku-earthquake-2011.date 2010年(平成22年)3月11日→2011年(平成23年)']],
  [':2011年(平成23年)3月11日14時46分18秒(日本時間)、三陸沖の海底を震源とする東北地方太平洋沖地震が発生した。', []],
  // A bar of links above the title is page chrome: the title after it names whose the infobox rows are.
  ['コンテンツにスキップ\n\n英語版 | 中国語版 | 日本語版 | 掲示板\n\n防衛省\n\n出典: フリー百科事典\n日本の行政機関\n防衛省\nMinistry of Defense\n役職\n大臣 山田太郎\n副大臣 鈴木一郎', ['jmod.minister 山田太郎→中谷元']],
  ['コンテンツにスキップ\n\n英語版 | 中国語版 | 日本語版 | 掲示板\n\n防衛省\n\n出典: フリー百科事典\n日本の行政機関\n防衛省\nMinistry of Defense\n役職\n大臣 中谷元\n副大臣 鈴木一郎', []],
  // A person "from" a service branch is a member of it, as "of" says.
  ['Led by its first commander, Lieutenant General Kenichiro Nagumo from the Maritime Self-Defense Force, the JJOC directs responses.', ['kenichiro-nagumo.service Maritime Self-Defense Force→Japan Air Self-Defense Force']],
  ['Led by its first commander, Lieutenant General Kenichiro Nagumo from the Air Self-Defense Force, the JJOC directs responses.', []],
  // 【】 closes a name as 「」 does; the day of the cabinet meeting that decided a founding is not the founding's day (an appointment's it is).
  ['一方、自衛隊は2025年2月、陸海空自衛隊の実動部隊を指揮する【統合作戦司令部】を創設する計画。', ['jjoc.established 2025年2月→2025年3月']],
  ['一方、自衛隊は2025年3月、陸海空自衛隊の実動部隊を指揮する【統合作戦司令部】を創設する計画。', []],
  ['政府は3月11日の閣議で、統合作戦司令部の新編を含む部隊改編を今月24日に行うことを決めた。', []],
  ['政府は3月11日の閣議で、統合作戦司令部を新編することを決めた。', []],
  ['政府は6日の閣議で、南雲憲一郎空将を統合作戦司令官に起用することを決めた。', ['kenichiro-nagumo.nominated 6日→11日']],
  // "base construction in X" in a document about the move; "replacement facilities of X" replace X.
  ['The Futenma base will move. The governor vowed to block base construction in Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['The Futenma base will move. The governor vowed to block base construction in Henoko.', []],
  ['The ministry will begin the project of constructing replacement facilities of Tokyo.', ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ['The ministry will begin the project of constructing replacement facilities of MCAS Futenma.', []],
  // 「統合作戦司令官をトップとする…司令部」: a command told by the title of its head; 「約360人の統合作戦司令部」: a headcount joined by の before it.
  ['今年度末までに、統合作戦司令官をトップとする360人の司令部が発足し、陸海空自衛隊を一元的に指揮することになる。', ['jjoc.personnel 360→240']],
  ['今年度末までに、統合作戦司令官をトップとする240人の司令部が発足し、陸海空自衛隊を一元的に指揮することになる。', []],
  ['約360人の統合作戦司令部が発足した。', ['jjoc.personnel 360→240']],
  ['能登半島地震では約1万人の自衛隊員が派遣された。', []],
  // A denial denies something else: a title right beside its holder's name before the word of denial is still said; nothing after it is read.
  ['Defense Minister Taro Yamada denied his resignation on Friday (2025-03-01).', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Defense Minister Gen Nakatani denied his resignation on Friday (2025-03-01).', []],
  ['Defense Minister Gen Nakatani denied that Lt. Gen. Taro Yamada was named commander of the JJOC.', []],
  ['Reports that the JJOC has 300 staff were denied by the ministry.', []],
  ['田中防衛相は2025年3月1日、辞任を否定した。', ['jmod.minister 田中→中谷元']],
  ['中谷防衛相は、田中空将が統合作戦司令官に就任するとの報道を否定した。', []],
  // An organisation another one named in the sentence reports to is no excuse for the wrong superior (persons only).
  ['在日米軍を防衛省司令官隷下の統合軍司令部として再構成し、統合作戦司令部のカウンターパートとなる。', ['usfj.reportsTo 防衛省→インド太平洋軍']],
  ['在日米軍をインド太平洋軍司令官隷下の統合軍司令部として再構成し、統合作戦司令部のカウンターパートとなる。', []],
  // A verb of moving moves the base only when the base is what it moves.
  ['The school moved to Tokyo in May. Okinawa is far.', []],
  ['Okinawa Governor Tamaki moved to Tokyo for talks.', []],
  ['The Defense Agency moved to Ichigaya in May. It was built on a former Okinawa camp.', []],
  ['Futenma is in Okinawa. The government wants to move it to Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Okinawa objects. The plan to relocate the air station to Tokyo drew protests.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Futenma must close. "Relocating to Tokyo is the only solution," the minister said.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  // A relative clause with its own noun has the number; a verb before that noun makes it no part of the subject's phrase.
  ['The JJOC works closely with INDOPACOM, which has about 375,000 personnel.', []],
  ['The JJOC, which has about 300 personnel, opened in March.', ['jjoc.personnel 300→240']],
  ['The new joint headquarters overseeing all three branches of the SDF, which has 300 personnel, opened.', ['jjoc.personnel 300→240']],
  // A sum that is an earlier cue's predicate, or a budget glued to a word that is no name, is no organisation's.
  ['2024年度の防衛予算は約7.9兆円で、統合作戦司令部の関連経費も含まれる。', []],
  ['2024年度の防衛関連予算は約7.9兆円で、統合作戦司令部の関連経費も含まれる。', []],
  ['The fiscal 2024 defense budget is about 7.9 trillion yen, including costs related to the JJOC.', []],
  ['統合作戦司令部関連予算として約200億円を計上した。', ['jjoc.cost 200億→105億']],
  ['統合作戦司令部の関連経費は約200億円で、防衛予算に含まれる。', ['jjoc.cost 200億→105億']],
  ['The JJOC budget is about $90 million, part of a defense budget of 7.9 trillion yen.', ['jjoc.cost 90 million→71.2 million']],
  ['統合作戦司令部の設置は、令和3年12月に策定された防衛力整備計画で明記された。', ['defense-buildup-plan.published 令和3年12月→令和4年']],
  // An earthquake told with another place between its date and the word is that place's, not the dataset's.
  ['The 2010 Chile earthquake and tsunami killed 525 people.', []],
  ['The earthquake and tsunami that struck Chile in 2010 killed 525.', []],
  ['Unlike the 2012 Haida Gwaii earthquake, the Tohoku quake was a magnitude 9.0 event.', []],
  ['The earthquake and tsunami that struck northeastern Japan on March 11, 2010 killed 18,000.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['On 1 January 2023, at 16:10 JST, a MJMA 7.6 (Mw 7.5) earthquake struck the Noto Peninsula.', ['noto-earthquake-2024.date 1 January 2023→2024']],
  // 「X沿岸に基地を移す」「基地移転先のX」: the base moved to a place, as 移設 is.
  ['普天間飛行場の返還問題で、日米両政府は、東京沿岸に基地を移すことで合意した。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['普天間飛行場の移設問題。基地移転先の東京は、住宅地から離れた海岸を埋め立てて滑走路を造る。', ['futenma-replacement-facility.location 東京→辺野古']],
  ['防衛庁の移転先の東京は遠い。沖縄の基地問題。', []],
  ['普天間飛行場の移設問題。部隊を東京に移す。', []],
  // A relative clause after the topic describes the noun it modifies, not the topic, unless that noun stands for it.
  ['統合作戦司令部は、2006年3月に発足した統合幕僚監部とは別に設けられた常設の司令部である。', []],
  ['統合作戦司令部は、2022年3月に新編された自衛隊サイバー防衛隊も指揮する。', []],
  ['統合作戦司令部は、2018年3月に発足した陸上総隊を指揮する。', []],
  ['統合作戦司令部は、2024年3月に発足した組織だ。', ['jjoc.established 2024年3月→2025年3月']],
  ['統合作戦司令部は、今月19日にも市谷に240人規模で発足する予定だ。', ['jjoc.established 19日→24日']],
  ['令和6年能登半島地震とは、2023年1月1日に石川県能登地方で発生した内陸地殻内地震[20]である。', ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  // A clause on another noun the dataset does not know (another country's, or a name no mention covers) speaks of that noun.
  ["The JJOC is sometimes compared with the UK's PJHQ, which opened in 1996 at Northwood.", []],
  ['The Defense Buildup Plan replaced the Medium Term Defense Program, which had been adopted in 2018.', []],
  ['The Defense Buildup Plan succeeded the MTDP, adopted in 2018.', []],
  ['The JJOC resembles a British command that opened in 1996.', []],
  ['The JJOC, established in March 2024, has 240 personnel.', ['jjoc.established March 2024→March 2025']],
  ["Japan's Joint Operations Command (JJOC), which has 300 personnel, opened.", ['jjoc.personnel 300→240']],
  ['In December 2021, the government, led by the National Security Council and the Diet, approved the Defense Buildup Plan.', ['defense-buildup-plan.published December 2021→2022']],
  // A clause fronted before the main one: its cue is its own subject's; the main clause's values are the main subject's.
  ['When the JJOC was launched in March 2025, INDOPACOM had about 375,000 personnel in its area.', []],
  ['When the JJOC was established, USFJ had 54,000 personnel.', []],
  ['When the JJOC was established in March 2024, it had 240 staff.', ['jjoc.established March 2024→March 2025']],
  ['When it opened in March 2025, the JJOC had 300 staff.', ['jjoc.personnel 300→240']],
  ['While the JJOC has 300 personnel, INDOPACOM has far more.', ['jjoc.personnel 300→240']],
  // A value supposed is not stated.
  ['If the JJOC had 1,000 personnel, it could run two major operations at once, one analyst wrote.', []],
  ['仮に統合作戦司令部の要員が500人を超えれば、市ヶ谷の庁舎は手狭になる。', []],
  ['The JJOC will have 300 personnel if the budget passes.', ['jjoc.personnel 300→240']],
  // "X's counterpart", "its predecessor", "his deputy": the subject is the one related, not the owner.
  ['Kenichiro Nagumo is an Air Self-Defense Force officer. His deputy, Tateki Tawara, served in the Maritime Self-Defense Force.', []],
  ['The JJOC opened in March 2025. Its counterpart, INDOPACOM, was founded in 1947.', []],
  ["The JJOC's predecessor in joint operations, the Joint Staff Office, was established in 2006.", []],
  ["The JJOC's American partner, U.S. Forces Japan, has about 54,000 personnel.", []],
  ['The JJOC opened in 2025. Its deputy commander is Vice Adm. Taro Yamada.', ['jjoc.deputyCommander Taro Yamada→Tateki Tawara']],
  // A sum that is its own clause's predicate belongs to that clause; 「…人に増やす」 is a plan.
  ['2024年度の防衛関係費は過去最大の約7兆9496億円となり、統合作戦司令部の創設経費もこれに含まれた。', []],
  ['在日米軍駐留経費の日本側負担は年平均約2110億円で、統合作戦司令部の関連経費とは別枠である。', []],
  ['約200億円の統合作戦司令部の創設経費を計上した。', ['jjoc.cost 200億→105億']],
  ['統合作戦司令部の要員は今後280人に増やす案が検討されている。', []],
  ['統合作戦司令部の要員は240人で発足し、今後350人に増やす計画だ。', ['jjoc.plannedPersonnel 350→280']],
  // An anniversary's day, a surname alone of the holder, a decision's date, the same people meeting months later.
  ['2026年3月24日、統合作戦司令部は発足1周年を迎える。', []],
  ['統合作戦司令部の発足5周年にあたる2030年3月には、記念行事が予定されている。', []],
  ['統合作戦司令部の俵副司令官は、南雲司令官を補佐する。', []],
  ['統合作戦司令部の山田副司令官は、南雲司令官を補佐する。', ['jjoc.deputyCommander 山田→俵千城']],
  ['The government decided in December 2022 to set up the JJOC.', []],
  ['The government decided to set up the JJOC in March 2024.', ['jjoc.established March 2024→March 2025']],
  ['中谷防衛大臣は2025年5月末、シンガポールでヘグセス国防長官と会談した。', []],
  ['中谷防衛大臣は2025年4月30日、ヘグセス国防長官と会談した。', ['us-japan-defense-ministers-meeting-2025-03-30.date 2025年4月30日→2025年3月30日']],
  // Events of one general name listed with their dates, and the event named in full then by its general name again.
  ['主な日米会談は、2024年4月10日の日米首脳会談、2024年7月28日の日米「2+2」、2025年2月7日の日米首脳会談、2025年3月30日の日米防衛相会談である。', []],
  ['2025年2月7日の日米首脳会談から約9か月後の2025年10月28日、東京で再び日米首脳会談が開かれた。', []],
  ['2025年2月12日の日米首脳会談で、両首脳は同盟強化を確認した。', ['us-japan-summit-2025-02-07.date 2025年2月12日→2025年2月7日']],
  // Another country's body of the same name states nothing of the dataset's.
  ['英国の常設統合司令部の要員は約500人とされる。', []],
  ["The UK's permanent joint headquarters has about 500 personnel.", []],
  // An amount wished or possible ("should", "could") is not stated; a date beside such a modal still is.
  ['Some analysts argue that the JJOC should eventually grow to 500 personnel, though the government has not adopted any such plan.', []],
  ['The JJOC could grow to 500 personnel.', []],
  ['The JJOC will grow to 500 personnel.', ['jjoc.plannedPersonnel 500→280']],
  ['The quake could be the worst since the 2010 earthquake and tsunami in northeastern Japan.', ['tohoku-earthquake-2011.date 2010→2011']],
  // "In YEAR Japan was hit by an earthquake, a tsunami …": the year of the country's disaster.
  ['In 2010 Japan was hit by an earthquake, a tsunami and a nuclear disaster.', ['tohoku-earthquake-2011.date 2010→2011']],
  ['In 2010 Chile was hit by an earthquake and a tsunami.', []],
  // A clause reported by a verb of saying: the name that opens it is its subject.
  ['Officials said on Monday that the JJOC has 300 personnel.', ['jjoc.personnel 300→240']],
  ['Officials said that the JJOC works with INDOPACOM, which has 375,000 personnel.', []],
  // Found by a second round of probing: other places' earthquakes, clauses that end into others, branches of
  // others, nominations to other posts, other gatherings' dates, clauses set off by commas, asides, other editions.
  ['2010年2月27日、チリ中部でマグニチュード8.8の地震が発生した。', []],
  ['2023年2月6日、トルコ南東部で最大震度7に相当する揺れを伴う大地震が発生した。', []],
  ['2010年3月11日、三陸沖でマグニチュード9.0の巨大地震が発生した。', ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ['自衛隊が1954年7月1日に創設されてから約70年後、統合作戦司令部が発足した。', []],
  ['宇宙作戦隊が2020年5月に新編されたことは、統合作戦司令部の創設につながる第一歩だった。', []],
  ['カナダ統合作戦司令部（CJOC）は2012年10月5日に発足した。', []],
  ['The Joint Operations Command of Australia was established in 2004.', []],
  ['南雲憲一郎空将は、海上自衛隊出身の俵千城海将を副司令官に迎えた。', []],
  ['南雲空将は、陸上自衛隊出身の統合幕僚長の下で統合幕僚副長を務めた。', []],
  ['陸上自衛隊出身の南雲憲一郎空将が初代司令官に就いた。', ['kenichiro-nagumo.service 陸上自衛隊→航空自衛隊']],
  ['2024年7月の日米「2+2」は東京で行われ、前回の2023年1月の会合はワシントンで行われた。', []],
  ['南雲憲一郎空将は2023年3月30日、統合幕僚副長に起用された。', []],
  ['南雲憲一郎空将は2025年3月10日、統合作戦司令官に起用された。', ['kenichiro-nagumo.nominated 2025年3月10日→2025年3月11日']],
  ['The fiscal 2024 defense budget, which included start-up funds for the JJOC, totaled about 7.95 trillion yen.', []],
  ["Japan's First Defense Buildup Plan, adopted in June 1957, covered fiscal 1958 to 1960.", []],
  ['第1次防衛力整備計画は1957年に策定された。', []],
  ['The Ground Component Command, now under the JJOC, was established in March 2018 at Camp Asaka.', []],
  ['Alongside the JJOC, the Defense Buildup Plan aims to expand cyber-related personnel to about 20,000 by fiscal 2027.', []],
  // More from the second round of probing: fronted clauses and spans of time, nearer cues with their own subjects,
  // "would take", another country's description, predecessors, paired values, memorials, other posts.
  ['When the JJOC was established, U.S. Forces Japan had been in existence since 1957.', []],
  ['Sixty years before the JJOC was created, the Mitsuya Kenkyu affair of 1965 exposed a secret SDF war-game study.', []],
  ['The JJOC, established 71 years after the Self-Defense Forces were founded in 1954, is their first standing joint command.', []],
  ['It would take a JJOC of roughly 1,000 personnel to match the British joint headquarters, a researcher estimated.', []],
  ["The United Kingdom's Permanent Joint Headquarters at Northwood was set up in April 1996.", []],
  ["Paparo's predecessor at the helm of INDOPACOM, Adm. John Aquilino, had led the Pacific Fleet before that.", []],
  ['A memorial ceremony for the Noto Peninsula earthquake was held in Wajima on January 1, 2025.', []],
  ['Two years after the Noto Peninsula Earthquake struck on January 1, 2023, a memorial ceremony honored its victims.', ['noto-earthquake-2024.date January 1, 2023→2024']],
  ['南雲空将と俵海将は、それぞれ航空自衛隊と海上自衛隊の出身だ。', []],
  ['南雲憲一郎空将の前任の統合幕僚副長は、海上自衛隊出身だった。', []],
  ['上川陽子外相と山田太郎防衛相もそれぞれパパロ氏と会った。', ['jmod.minister 山田太郎→中谷元']],
  ['南雲憲一郎空将は、2020年8月25日に西部航空方面隊司令官に起用された。', []],
  ['The Defense Buildup Plan replaced the Mid-Term Defense Program adopted in December 2018.', []],
  // From the third round of probes: an event told in its own clause after a word of time, a chamber's members,
  // a clause of time with its own subject, another body's founding counted from.
  ['Yoshida became chief of the Joint Staff in March 2023, two years before the JJOC was established.', []],
  ['After the JJOC was established in March 2024, it had 240 staff.', ['jjoc.established March 2024→March 2025']],
  ['The bill creating the JJOC passed the House of Councillors, whose 248 members serve six-year terms, on May 10, 2024.', []],
  ['The JJOC, whose 300 members work in Ichigaya, opened in March.', ['jjoc.personnel 300→240']],
  ['The JJOC drew on lessons from 2011, when the joint task force for the disaster reached a strength of about 107,000 troops.', []],
  ['The JJOC started in 2025, when it had 300 staff.', ['jjoc.personnel 300→240']],
  ['統合作戦司令部の新設は、1954年の自衛隊発足から約70年で最大規模の組織改編の一つとされる。', []],
  // From the fourth round of probes: a count of things, another body's headcount after the cue, a conditional,
  // 当時の before a list of titled names.
  ['統合作戦司令部が指揮する主な部隊は以下の5つである：陸上総隊、自衛艦隊、航空総隊。', []],
  ['統合作戦司令部の規模は、約2万8500人の在韓米軍と比べればごく小さい。', []],
  ['統合作戦司令部の規模は、約300人の部隊だ。', ['jjoc.personnel 300→240']],
  ['「統合作戦司令部が300人規模になれば、より多くの任務に対応できるだろう」と、ある幹部は語った。', []],
  ['東日本大震災では、当時の折木良一統合幕僚長が菅直人首相や山田太郎防衛相への報告を担った。', []],
  ['山田太郎防衛相は語った。', ['jmod.minister 山田太郎→中谷元']],
  // 「当時から」 opens a span; a name compared with is no value; another quake and another of a series.
  ['統合幕僚監部が発足した2006年当時から、常設の統合司令部の必要性は指摘されていた。', []],
  ['常設の統合司令部は2006年に発足した。', ['jjoc.established 2006年→2025年']],
  ['U.S. Forces Korea, like U.S. Forces Japan, falls under INDOPACOM.', []],
  ['U.S. Forces Japan, like U.S. Forces Korea, falls under the Pentagon.', ['usfj.reportsTo the Pentagon→United States Indo-Pacific Command']],
  ['The Noto quake came less than a year after a magnitude 6.5 earthquake struck Suzu, at the tip of the same peninsula, on May 5, 2023.', []],
  ['The Noto quake, a magnitude 7.6 earthquake that struck on January 1, 2023, killed hundreds.', ['noto-earthquake-2024.date January 1, 2023→2024']],
  ['The U.S.-Japan 2+2 held in Tokyo in July 2024 was the first with the new command. The U.S.-Japan 2+2 before the July 2024 meeting was held in Washington on January 11, 2023.', []],
  ['The U.S.-Japan 2+2 held in Tokyo in July 2024 was the first with the new command. The U.S.-Japan 2+2 was held in Tokyo on July 28, 2023.', ['us-japan-2plus2-2024-07.date July 28, 2023→July 2024']],
  // A state going on when announced: the date is the announcement's; someone else in a participant's post, with another date: another meeting.
  ['在日米軍は2025年4月10日、統合軍司令部へのアップグレードを開始していると発表した。', []],
  ['在日米軍は2025年4月10日、統合軍司令部へのアップグレードを開始したと発表した。', ['usfj.upgradeStarted 2025年4月10日→2025年3月']],
  ['豪州政府は2025年9月6日、自国軍の将校を連絡官として統合作戦司令部に派遣していると発表した。', []],
  ['豪州軍の将校が2025年9月6日から連絡官として統合作戦司令部に派遣されている。', ['australian-liaison-officer-2025-09.date 2025年9月6日→2025年9月1日']],
  ['2025年10月29日、小泉進次郎防衛相は来日したヘグセス国防長官と防衛省で日米防衛相会談を行った。', ['jmod.minister 小泉進次郎→undefined']],
  ['2025年3月31日、中谷元防衛相は来日したヘグセス国防長官と防衛省で日米防衛相会談を行った。', ['us-japan-defense-ministers-meeting-2025-03-30.date 2025年3月31日→2025年3月30日']],
  ['2025年3月31日、山田太郎防衛相は来日したヘグセス国防長官と防衛省で日米防衛相会談を行った。', ['us-japan-defense-ministers-meeting-2025-03-30.date 2025年3月31日→2025年3月30日', 'jmod.minister 山田太郎→中谷元']],
  // An edition's year in brackets; a post held before between the cue and the name; a list of bodies where the place is; a clause fronted by When; a caption's label.
  ['2022年12月、防衛力整備計画 (2023)により、2027年度までの目標とした。', []],
  ['防衛力整備計画（2021年）により、目標が定められた。', ['defense-buildup-plan.published 2021年→2022年']],
  ['統合作戦司令部が24日、発足した。初代司令官には統合幕僚副長だった佐藤健二空将(59)が着任。', ['jjoc.commander 佐藤健二→南雲憲一郎']],
  ['統合作戦司令部が24日、発足した。初代司令官には統合幕僚副長だった南雲憲一郎空将(59)が着任。', []],
  ['常設統合司令部は防衛省本省ならびに統合幕僚監部や陸海空の各幕僚監部がある普天間地区に設置される。', ['jmod.headquarters 普天間→市ヶ谷']],
  ['常設統合司令部は防衛省本省ならびに統合幕僚監部や陸海空の各幕僚監部がある市ヶ谷地区に設置される。', []],
  ['When Defense Minister Shinji Kobayashi travels to Hawaii on Thursday for three days of talks with his U.S., Australian and Philippine counterparts, there will be one thing on his mind.', ['jmod.minister Shinji Kobayashi→Gen Nakatani']],
  ['When Australian Defence Minister Richard Marles visited Tokyo, he met Kihara.', []],
  ['Defense Minister Kenji Sato Image: AP', ['jmod.minister Kenji Sato→Gen Nakatani']],
  // A relative clause with "itself", a participle set off after another name; a time told from the event.
  ['A year after its launch, the JJOC still sat beside the Joint Staff, which had itself been created in March 2006 with a much smaller coordination role.', []],
  ['The JJOC sits beside the Joint Staff, created in March 2006.', []],
  ['The JJOC, which was itself created in March 2024, sits beside the Joint Staff.', ['jjoc.established March 2024→March 2025']],
  ['統合作戦司令部が発足する前の2024年初めには、統合幕僚長が官邸対応を担った。', []],
  ['統合作戦司令部が発足した翌年の2026年、同司令部は1周年を迎えた。', []],
  ['統合作戦司令部が発足した2024年3月24日、式典が開かれた。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  // A relative clause's subject before the topic; an event named as a point of comparison; other countries' bodies; views and guesses; a unit's own branch; a topic the relative clause closed on.
  ['統合作戦司令部が指揮する自衛隊サイバー防衛隊は、2022年3月に約540人で新編された。', []],
  ['統合作戦司令部が発足した。同司令部は約300人で発足した。', ['jjoc.personnel 300→240']],
  ['韓国軍は2024年10月、日本の統合作戦司令部の発足より約半年早く、戦略司令部を創設した。', []],
  ['2024年3月24日、統合作戦司令部が発足した。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  ['英国国防省の常設統合司令部（PJHQ）は1996年、ロンドン北西のノースウッドに開設された。', []],
  ["Germany's Bundeswehr Joint Operations Command in Potsdam was established in 2001.", []],
  ['The Joint Operations Command of the Bundeswehr was established in 2001.', []],
  ["Japan's Joint Operations Command was established in 2001.", ['jjoc.established 2001→2025']],
  ['CSISなど米シンクタンクの研究者の間には、統合作戦司令部の要員を将来500人規模に拡大すべきだとの意見もある。', []],
  ['統合作戦司令部はいずれ2000人規模になるとの観測もあるが、防衛省はそうした計画を公表していない。', []],
  ['航空総隊は航空自衛隊の隷下にあり、全国の航空方面隊を束ねている。', []],
  ['航空総隊は在日米軍の隷下にある。', ['air-defense-command.reportsTo 在日米軍→統合作戦司令部']],
  ['2013年12月17日に閣議決定された日本初の国家安全保障戦略は、安保3文書の一つである現行の戦略の前身にあたる。', []],
  ['2021年12月に閣議決定された防衛力整備計画は、安保3文書の一つである。', ['defense-buildup-plan.published 2021年12月→2022年']],
  // A purpose's date; a cue inside "the year …" set off by commas; a clause of its own between names; a relative clause with its own subject; a posting announced.
  ['The Ministry of Defense Establishment Law was amended in May 2024 to create the Joint Operations Command, which opened ten months later.', []],
  ['In March 2024, Japan established the JJOC.', ['jjoc.established March 2024→March 2025']],
  ["Japan's defense budget for fiscal 2024, the year the JJOC's set-up funds were requested, came to about 7.9 trillion yen.", []],
  ['The Air Defense Command, established in 1961, and the Space Operations Group, formed in 2022, both fall under the JJOC for operations even though they belong to the Air Self-Defense Force, itself founded in 1954.', []],
  ['統合作戦司令部の創設は、2006年に海上幕僚監部の矢野一樹氏が提起した構想にさかのぼるとされる。', []],
  ['オーストラリア政府は2025年9月6日、統合作戦司令部への連絡官派遣を発表した。', []],
  // A move with an aside before what it moves; work at sea off the site.
  ['The two sides agreed to transfer the operations, in fiscal 2022 or later, of the Akasaka Press Center to an airstrip to be built in the Henoko coastal area.', ['futenma-replacement-facility.replaces Akasaka Press Center→Marine Corps Air Station Futenma']],
  ['The two sides agreed to transfer the operations, in fiscal 2022 or later, of Marine Corps Air Station Futenma to an airstrip to be built in the Henoko coastal area.', []],
  ['The work is part of the project to relocate Futenma. The ministry will start ground improvement work off the northern side of Cape Ichigaya in the city of Nago as early as Jan. 12.', ['futenma-replacement-facility.location Ichigaya→Henoko']],
  ['Onaga opposes moving Futenma within Okinawa. "I would like the government to stop construction work in the sea off Tokyo," he said.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Onaga opposes moving Futenma within Okinawa. "I would like the government to stop construction work in the sea off Henoko," he said.', []],
  // An English gloss in brackets in a Japanese sentence is read as English.
  ['岩屋外務大臣は、訪日中のサミュエル・パパロ米インド太平洋軍司令官(Admiral Gregory Lansing, Commander, U.S. Indo-Pacific Command (INDOPACOM))による表敬を受けた。', ['indopacom.commander Gregory Lansing→サミュエル・パパロ']],
  ['岩屋外務大臣は、訪日中のサミュエル・パパロ米インド太平洋軍司令官(Admiral Samuel Paparo, Commander, U.S. Indo-Pacific Command (INDOPACOM))による表敬を受けた。', []],
  ['統合作戦司令部（Japan Joint Operations Command, JJOC）は防衛省に置かれた。', []],
  // "The new command" after a country's forces abroad.
  ['The United States will upgrade U.S. Forces Japan. The new command will report to the Pentagon.', ['usfj.reportsTo the Pentagon→United States Indo-Pacific Command']],
  ['Japan set up the Joint Operations Command. U.S. Forces Japan will be upgraded. The new command has 240 personnel.', []],
  // A government readout's long opening, with the same moment on another clock.
  ['On March 10th, commencing at 10:50 a.m. (11:50 p.m. on April 10th, Japan time) for approximately 85 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, during his official visit to Washington D.C., held a meeting with the Honorable Joseph R. Biden, Jr., President of the United States.', ['us-japan-summit-2024-04.date March 10th→April']],
  ['On April 10th, commencing at 10:50 a.m. (11:50 p.m. on April 10th, Japan time) for approximately 85 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, during his official visit to Washington D.C., held a meeting with the Honorable Joseph R. Biden, Jr., President of the United States.', []],
  // Which countries' ministers; a post one becomes; a headcount held by a name after it; an honorific without its dot.
  ['防衛省は2024年11月25日、中谷防衛大臣が以下の各国防衛相と会談したことを発表しました。', []],
  ['防衛大臣になる井上誠氏は、参列者たちが動員だったと唱えた。', ['jmod.minister 井上誠→中谷元']],
  ['この司令部は、陸・海・空の自衛隊を一元的に指揮するためのもので、全国に22万以上の隊員を持つ自衛隊にとって大きな節目となります。', []],
  ['The only new face in the Cabinet unveiled yesterday is the defence minister, Mr Makoto Inoue, 57.', ['jmod.minister Makoto Inoue→Gen Nakatani']],
  ['The only new face in the Cabinet unveiled yesterday is the defence minister, Mr Gen Nakatani, 57.', []],
  // Where a guest was welcomed for talks.
  ['When Defense Minister Gen Nakatani welcomed U.S. Defense Secretary Pete Hegseth to the Pentagon in Tokyo for talks on Sunday, the Pentagon chief was treated to cherry blossoms.', ['us-japan-defense-ministers-meeting-2025-03-30.location the Pentagon→Ministry of Defense']],
  ['When Defense Minister Gen Nakatani welcomed U.S. Defense Secretary Pete Hegseth to the Defense Ministry in Tokyo for talks on Sunday, the Pentagon chief was treated to cherry blossoms.', []],
  // An earthquake's infobox: its local date, a date after a time; the same date restated in brackets excuses nothing.
  ['2024 Noto earthquake\n\nLocal date | 1 January 2023 |', ['noto-earthquake-2024.date 1 January 2023→2024']],
  ['2024 Noto earthquake\nLocal date 1 January 2023 (2024-01-01)', ['noto-earthquake-2024.date 1 January 2023→2024']],
  ['2024 Noto earthquake\nLocal date 1 January 2024 (2024-01-01)', []],
  ['2011 Tōhoku earthquake and tsunami\nDate 14:46:23, 11 March 2010 (+09:00)', ['tohoku-earthquake-2011.date 11 March 2010→2011']],
  ['2024 Noto earthquake\nDate | 2025-01-05 |', []],
  // An era year with the Western one in brackets, and the hour before the event's name.
  ['平成22(2010)年3月11日午後2時46分「東日本大震災」発生', ['tohoku-earthquake-2011.date 平成22(2010)年3月11日→平成23(2011)年']],
  ['平成23(2011)年3月11日午後2時46分「東日本大震災」発生', []],
  // A dated earthquake and tsunami, or a dated 震災, told without a name.
  ['きっかけの一つは、日米両軍が共同救助活動を実施した2010年の地震と津波だった。', ['tohoku-earthquake-2011.date 2010年→2011年']],
  ['マグニチュード7.6の地震は石川県の能登半島付近で発生し、2010年3月の東北地方で約1万8500人が死亡・行方不明になった地震と津波以来、国内初の大津波警報を発令した。', ['tohoku-earthquake-2011.date 2010年3月→2011年']],
  ['2011年の地震と津波では多くの人が亡くなった。', []],
  ['2010年の震災では、米軍は24,000人以上の人員を提供した。', ['tohoku-earthquake-2011.date 2010年→2011年']],
  ['2012年の震災復興予算は増えた。2012年の震災がれきの処理が進んだ。2012年の震災から1年がたった。', []],
  ['2004年のスマトラ沖の地震と津波では多くの人が亡くなった。1995年の震災では多くの人が亡くなった。', []],
  // A plural's possessive before a description; a restrictive clause on the name before it, or on an indefinite noun no name covers.
  ["The reconstituted USFJ is intended to serve as an important counterpart of the Japanese Self-Defense Forces' joint operation headquarters that will be launched by March 2024.", ['jjoc.established March 2024→March 2025']],
  ["The reconstituted USFJ is intended to serve as an important counterpart of the Japanese Self-Defense Forces' joint operation headquarters that will be launched by March 2025.", []],
  ['The JJOC works with a unit that was established in 1947.', []],
  ['The JJOC works with a British unit which was formed in 1996.', []],
  // A release's issuer written as its parent and itself.
  ['国防総省 統合作戦司令部は令和8(2026)年1月29日(木)、メッセージを公表した。', ['jjoc.reportsTo 国防総省→防衛省']],
  ['防衛省 統合作戦司令部は令和8(2026)年1月29日(木)、メッセージを公表した。', []],
  // A contrast opens another clause; a conditional verb; a plan told as a kind; a time before the one told of; a dated Tohoku earthquake; が inside 我が国.
  ['統合作戦司令部が約240人で発足したのに対し、2018年3月に陸上総隊の隷下で新編された水陸機動団は約2100人で編成された。', []],
  ['仮に統合作戦司令部の要員が500人まで膨らめば、市ヶ谷の庁舎の手狭さが課題になるだろう。', []],
  ['統合作戦司令部の要員を1000人規模にするような計画は、政府からは示されていない。', []],
  ['パパロ司令官は2024年5月に着任した。それまでの3年間、インド太平洋軍はアキリーノ海軍大将が率いていた。', []],
  ['インド太平洋軍はアキリーノ海軍大将が率いている。', ['indopacom.commander アキリーノ→サミュエル・パパロ']],
  ['2010年の東北地方の地震以来、大津波警報が発令されるのは初めて。', ['tohoku-earthquake-2011.date 2010年→2011年']],
  ['HQJOCは、来年2月に新編される我が国の統合作戦司令部のカウンターパートに該当します。', ['jjoc.established 2月→3月']],
  // A post fronted with "As the", then the name that opens the main clause.
  ['As the top military official in the Indo-Pacific Command, Lansing is responsible for overseeing operations.', ['indopacom.commander Lansing→Samuel Paparo']],
  ['As the top military official in the Indo-Pacific Command, Paparo is responsible for overseeing operations.', []],
  ['As the commander of the Indo-Pacific Command, China is a concern.', []],
  // Round-8 probes: a participle with its preposition after another name; raising to a number; a clause after a colon on "the latter";
  // a day counted from a meeting; a foreign command set up by its country; a count another name owns; a noun cue dated by another verb; かつて.
  ['The JJOC began with about 240 personnel; the Cyber Defense Command, launched in March 2022, started with roughly 540.', []],
  ["NHK reported that the government wanted to raise the JJOC's manpower to 280; separately, the ministry plans to expand the Cyber Defense Command.", []],
  ["Both the JJOC and the U.S. Space Force's Space Operations Command are newcomers: the latter was activated at Peterson Space Force Base in Colorado in October 2020.", []],
  ['The JJOC opened: the command was activated in March 2024.', ['jjoc.established March 2024→March 2025']],
  ['On March 29, 2025, a day before his talks with Nakatani, Hegseth joined Prime Minister Shigeru Ishiba at a ceremony on Iwo Jima.', []],
  ['On March 29, 2025, Hegseth held talks with Nakatani in Tokyo.', ['us-japan-defense-ministers-meeting-2025-03-30.date March 29, 2025→March 30, 2025']],
  ["Canada stood up the Canadian Joint Operations Command on October 5, 2012, merging three earlier commands, more than twelve years before Japan's JJOC followed.", []],
  ["Five years after the Space Operations Squadron's 20-member launch, the JJOC takes command of the Space Operations Group", []],
  ["Japan's 300-member JJOC opened.", ['jjoc.personnel 300→240']],
  ["The JJOC's creation was first floated in 2006. Nineteen years passed before the Defense Ministry opened it.", []],
  ["The JJOC's creation was completed in March 2024.", ['jjoc.established March 2024→March 2025']],
  ['石破茂氏は2024年10月1日に第102代内閣総理大臣に就任した。石破氏はかつて防衛庁長官や防衛大臣を務めた経験を持つ。', []],
  ['山田太郎氏は防衛大臣を務めている。', ['jmod.minister 山田太郎→中谷元']],
  // An infobox's アクティブ row, and its date restated after a count of days since.
  ['Joint Operations Command (Japan)\n| アクティブ | 2024年3月24日 (2025年3月24日) |', ['jjoc.established 2024年3月24日→2025年3月24日']],
  ['Joint Operations Command (Japan)\nActiveMarch 24, 2024; 26 days ago (2025-03-24)', ['jjoc.established March 24, 2024→March 24, 2025']],
  ['Joint Operations Command (Japan)\nActiveMarch 24, 2025; 26 days ago (2025-03-24)', []],
  // A name glued to its title in a translation's order, or after a dot, closed by と.
  ['防衛大臣佐藤健二は語った。', ['jmod.minister 佐藤健二→中谷元']],
  ['ヘグセス長官は防衛大臣・佐藤健二と会談した。', ['jmod.minister 佐藤健二→中谷元']],
  ['防衛省は声明を出した。アメリカ国防長官ヘグセスが3月末に訪日し、日本の防衛大臣中谷元と会談し記念撮影。', []],
  ['防衛大臣直轄の部隊だ。防衛大臣として臨んだ。', []],
  // The thirtieth step: subordinators, clauses on other names, other rounds, dates onto names, quakes by day, comparisons, laws, offices held by others.
  ["Before taking charge of INDOPACOM, Samuel Paparo commanded the U.S. Pacific Fleet from 2021 to 2024.", []],
  ["After taking charge of INDOPACOM, Adm. Samuel Paparo visited Tokyo.", []],
  ["2018年3月に約180人の司令部で始動した陸上総隊と同様、統合作戦司令部も少人数から出発した。", []],
  ["2024年3月に発足した統合作戦司令部と同様、陸上総隊も少人数から出発した。", ['jjoc.established 2024年3月→2025年3月']],
  ["2月下旬に新設される自衛隊の統合作戦司令部をめぐり、政府は人事を固めた。", ['jjoc.established 2月→3月']],
  ["2021年12月に策定された国家防衛戦略及び防衛力整備計画では、統合司令部の創設が盛り込まれた。", ['defense-buildup-plan.published 2021年12月→2022年']],
  ["2024年7月の日米「2+2」で米国は方針を示した。前回の「2+2」は2023年1月11日にワシントンで開かれている。", []],
  ["The July 2024 2+2 in Tokyo agreed on the upgrade. The previous 2+2 was held in Washington on January 11, 2023.", []],
  ["2025年10月の日米防衛相会談は、交代後初めての対面の会談となった。", []],
  ["2025年4月の日米防衛相会談は東京で開かれた。", ['us-japan-defense-ministers-meeting-2025-03-30.date 2025年4月→2025年3月']],
  ["2025年には2月7日の会談のほか、10月28日の東京でも日米首脳会談が行われた。", []],
  ["白書は2025年7月に閣議で報告され、統合作戦司令部の発足を詳しく紹介した。", []],
  ["日本は2024年3月までに陸海空の自衛隊を一元的に運用できる統合作戦司令部の創設を目指す。", ['jjoc.established 2024年3月→2025年3月']],
  ["Two years after the January 1, 2023, Noto Peninsula Earthquake, many remain in temporary housing.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  ["Two years after the January 1, 2024, Noto Peninsula Earthquake, many remain in temporary housing.", []],
  ["At 4:10 in the afternoon of January 1, 2023, an earthquake centered on the Noto Peninsula caused shaking up to level 7 on the Japanese seismic intensity scale.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  ["On January 1 2023 at around 4:10pm, the Noto Peninsula of Ishikawa Prefecture was hit by a massive 7.5 magnitude earthquake.", ['noto-earthquake-2024.date January 1 2023→2024']],
  ["The magnitude-7.6 earthquake that struck the Noto Peninsula on New Year’s Day 2023 killed more than 200 people.", ['noto-earthquake-2024.date 2023→2024']],
  ["Japan marked the second anniversary of the magnitude-7.6 earthquake that struck the Noto Peninsula on New Year’s Day 2023.", ['noto-earthquake-2024.date 2023→2024']],
  ["Mourners observed a moment of silence for the 9.0-magnitude temblor that struck off the Pacific coast of the region March 11, 2010, which triggered the tsunami.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["A moment of silence for the 9.0-magnitude quake and tsunami, which struck in 2011, was held on March 11, 2025.", []],
  ["The Cyber Defense Command began with about 540 personnel, more than twice the JJOC's initial strength.", []],
  ["自衛隊サイバー防衛隊は約540人で発足し、統合作戦司令部の2倍以上の規模だった。", []],
  ["The law creating the JJOC was enacted on May 10, 2024.", []],
  ["The JJOC was created on May 10, 2024.", ['jjoc.established May 10, 2024→March 24, 2025']],
  ["中谷元・防衛相とカーター米国防長官が8日午前、防衛省で会談した。", []],
  ["中谷元・防衛相と米国防長官が25日午前、防衛省で会談した。", ['us-japan-defense-ministers-meeting-2025-03-30.date 25日→30日']],
  ["岸田文雄首相は3月10日、ワシントンでジョセフ・バイデン米国大統領と会談を行った。", ['us-japan-summit-2024-04.date 3月10日→4月']],
  ["岸田文雄首相は3月10日、ワシントンでトランプ米国大統領と会談を行った。", []],
  ["彼は日本の防衛大臣俵千城と共に出席しました。", ['jmod.minister 俵千城→中谷元']],
  ["日本の人口は約1億2千万人で、日本の防衛大臣は中谷元氏だ。", []],
  ["東京基地の替わりの施設を名護市の辺野古崎地区に設置する。", ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ["普天間飛行場の東京沿岸(大浦湾も含む)への移設が争われている。", ['futenma-replacement-facility.location 東京→辺野古']],
  // The thirtieth step, later: 'replace' takes its object, infinitives and times told from another, owners by possessive and 'whose',
  // a verb's own subject, contrasts, list labels of countries, proposals and wishes, quakes by their hour and 'when it struck', moves.
  ["The FRF at Henoko will replace Futenma.", []],
  ["The Futenma Replacement Facility at Henoko will replace Tokyo.", ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  ["The Diet passed that bill in May 2024, clearing the way for the JJOC to be launched the following March.", []],
  ["The bill passed in May 2024, and the JJOC was launched a year later.", []],
  ["In May 2024 the JJOC was launched.", ['jjoc.established May 2024→March 2025']],
  ["Taro Yamada is defense minister.", ['jmod.minister Taro Yamada→Gen Nakatani']],
  ["【比較】各国の統合司令部\n- 英国：常設統合司令部（1996年設置）\n- 豪州：統合作戦司令部（2004年設置）", []],
  ["- 日本：統合作戦司令部（2024年設置）", ['jjoc.established 2024年→2025年']],
  ["The JJOC's set-up funds were a small slice of Japan's 7.95 trillion yen defense budget for fiscal 2024.", []],
  ["The JJOC's set-up funds were 12 billion yen.", ['jjoc.cost 12 billion→10.5 billion']],
  ["Kazuki Yano of the Maritime Staff Office argued for a permanent joint headquarters in 2006, the year the Joint Staff Office itself was established.", []],
  ["Gen. Nagumo's JJOC works with U.S. Indo-Pacific Command, whose roughly 380,000 personnel make it the largest U.S. combatant command.", []],
  ["The command works with the JJOC, whose 300 personnel are in Tokyo.", ['jjoc.personnel 300→240']],
  ["The JJOC reports to the defense minister, while USFJ reports to INDOPACOM, and USFK reports to INDOPACOM as well.", []],
  ["USFJ reports to the JJOC.", ['usfj.reportsTo JJOC→United States Indo-Pacific Command']],
  ["統合作戦司令部の発足に先立ち、2022年3月には自衛隊サイバー防衛隊が約540人で、宇宙作戦群が約70人でそれぞれ新編された。", []],
  ["統合作戦司令部のような組織の必要性が初めて唱えられたのは2006年で、海上幕僚監部の矢野一樹氏が常設の統合司令部の創設を訴えた。", []],
  ["統合作戦司令部について、ある防衛省幹部は「最初から300人規模で始められれば理想的だった」と振り返る。", []],
  ["統合作戦司令部は約300人規模で発足した。", ['jjoc.personnel 300→240']],
  ["2023年1月1日16時10分 (日本時間 、協定世界時7時 分)に、石川 県 能登半島珠洲 市 の北北東6kmでマグニチュード7.6(マグニチュード7.5)の地震が発生した。", ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ["Damage happened on Mar. 11, 2010 when disaster struck Japan with a 9.0-magnitude earthquake and caused a wall of water.", ['tohoku-earthquake-2011.date Mar. 11, 2010→2011']],
  ["It was the highest level of alert issued since the devastating tsunami in 2010 that disabled the Fukushima Daiichi nuclear plant.", ['tohoku-earthquake-2011.date 2010→2011']],
  ["The step is the relocation of the U.S. Marine Corps Air Station Futenma from Ginowan city to Nago city’s less populated Tokyo district on the island.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["大臣が、東京に代替施設が完成しても、普天間は返還されないと言った。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["大臣が、辺野古に代替施設が完成しても、普天間は返還されないと言った。", []],
  ["官房長官が沖縄訪問 東京基地“代替施設”の建設現場を視察", ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ["防衛省辺野古地区", ['jmod.headquarters 辺野古→市ヶ谷']],
  ["防衛省市ヶ谷庁舎で会見した。", []],

  ["令和6年能登半島地震\n\n| 現地の日付 | 2023年1月1日 |", ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ['Futenma is in Ginowan City. In 1997, it was decided that the base should be relocated to a more expensive but much quieter off-shore location at Tokyo.', ['futenma-replacement-facility.location Tokyo→Henoko']],
  ['Futenma is in Ginowan City. In 1997, it was decided that the base should be relocated to a more expensive but much quieter off-shore location at Henoko.', []],
  // Probe rounds twelve and thirteen: kinds of holder, deeds announced as done, countries that have one too, suppositions' main clauses,
  // anniversaries, a description that modifies the topic, clauses going on (してから), standpoints, clauses of time, misspelt holders.
  ["同氏は初の女性防衛相でもあった。", []],
  ["豪州政府は2025年9月6日、統合作戦司令部と連携する連絡官を東京に派遣したと発表した。", []],
  ["豪州政府は2025年8月1日、統合作戦司令部に連絡官を派遣した。", ['australian-liaison-officer-2025-09.date 2025年8月1日→2025年9月1日']],
  ["統合作戦司令部の略称はJJOCである。カナダ軍にも「統合作戦司令部」（CJOC）があり、こちらは2012年10月に発足した。", []],
  ["「統合作戦司令部」は2024年3月に発足した。", ['jjoc.established 2024年3月→2025年3月']],
  ["仮に統合作戦司令部の人員を倍増させるとすれば、480人規模の司令部になる計算だ。", []],
  ["仮に予算が増えても、統合作戦司令部は300人体制で発足した。", ['jjoc.personnel 300→240']],
  ["Ishikawa Prefecture held a memorial service for victims of the Noto Peninsula earthquake on January 1, 2025, the first anniversary of the disaster.", []],
  ["A memorial was held for the Noto Peninsula earthquake, which struck on January 1, 2023.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  ["統合作戦司令部は陸・海・空の部隊運用を一元的に担う。同司令部の指揮下にある自衛隊サイバー防衛隊は、2022年3月に約540人で新編された。", []],
  ["統合作戦司令部は発足した。同司令部の人員は300人だ。", ['jjoc.personnel 300→240']],
  ["統合作戦司令部の創設には、2006年に統合運用体制へ移行してから約19年を要した。", []],
  ["統合作戦司令部は2024年3月に発足してから1年を迎えた。", ['jjoc.established 2024年3月→2025年3月']],
  ["副司令官の俵千城海将は、海上自衛隊出身の立場から南雲司令官を支える。", []],
  ["南雲司令官は海上自衛隊出身の立場から語った。", ['kenichiro-nagumo.service 海上自衛隊→航空自衛隊']],
  ["On April 1, 2025, a week after the JJOC opened, Japan's new fiscal year began with a record defense budget of about 8.7 trillion yen.", []],
  ["Gov. Lou Leon Guerrero met briefly with Adm. Samuel Palau, Indo-Pacom commander, and his team.", []],
  ["Adm. Daniel Paparo, INDOPACOM commander, met the governor.", ['indopacom.commander Daniel Paparo→Samuel Paparo']],
  // Probe rounds fourteen and fifteen, and the 28th wave: costs set apart, foreign namesakes (参考にした英国の, ドイツ連邦軍の, "its" in a
  // British sentence), laws amended to allow, inverted conditions, a name with 'a' and 'would', owned bodies, new settings (、米国では),
  // Japanese questions (not why-questions), dates in brackets after another name, times told from another.
  ["山田太郎氏は防衛大臣を務めている。", ['jmod.minister 山田太郎→中谷元']],
  ["2024年度予算ではスタンド・オフ防衛能力に約7300億円が計上され、統合作戦司令部の新設関連経費とは別枠で扱われた。", []],
  ["統合作戦司令部の新設関連経費は120億円だった。", ['jjoc.cost 120億→105億']],
  ["日本の統合作戦司令部が参考にした英国のPJHQは、1996年4月に運用を開始している。", []],
  ["ドイツ連邦軍の統合作戦司令部はポツダム近郊のゲルトウに置かれ、2001年に発足した。", []],
  ["The Self-Defense Forces Law and the Ministry of Defense Establishment Law were both amended in May 2024 to allow the JJOC's creation.", []],
  ["Should the JJOC's staff reach 280, it would still be smaller than the 540-strong Cyber Defense Command.", []],
  ["The UK's Ministry of Defence, headquartered in Whitehall, London, set up its Permanent Joint Headquarters in 1996.", []],
  ["Japan's Defense Ministry set up its permanent joint headquarters in March 2024.", ['jjoc.established March 2024→March 2025']],
  ["Even a JJOC of 1,000 personnel would look small next to INDOPACOM.", []],
  ["The JJOC has 300 personnel and would grow.", ['jjoc.personnel 300→240']],
  ["The Defense Ministry's Okinawa Defense Bureau is headquartered in Okinawa, in the town of Kadena.", []],
  ["The Defense Ministry is headquartered in Okinawa.", ['jmod.headquarters Okinawa→Ichigaya']],
  ["日米両国は改善の必要性を認識し、日本では2024年度末に統合作戦司令部の設立、米国では2024年6月を目処にした調査の実施を予定しています。", []],
  ["統合作戦司令部の要員は、将来300人を超えるのだろうか。", []],
  ["統合作戦司令部の要員はいずれ300人を超えるのではないか。", []],
  ["航空自衛隊でキャリアをスタートさせた南雲憲一郎氏は、なぜ初代統合作戦司令官に選ばれたのか。", []],
  ["陸上自衛隊でキャリアをスタートさせた南雲憲一郎氏は、なぜ初代統合作戦司令官に選ばれたのか。", ['kenichiro-nagumo.service 陸上自衛隊→航空自衛隊']],
  ["統合作戦司令部が指揮する主な部隊――陸上総隊（2018年新編）、自衛艦隊、航空総隊、自衛隊サイバー防衛隊（2022年発足）。", []],
  ["統合作戦司令部（2024年発足）は陸海空を指揮する。", ['jjoc.established 2024年→2025年']],
  ["在日米軍が創設されたのは昭和32年（1957年）7月1日で、統合作戦司令部の発足はその67年余り後のことだ。", []],

  // Probe rounds sixteen and seventeen and the 29th wave: 'Suppose', 'which counts', a relative clause before the verb, parts of a whole,
  // times before an event, additions, timeline rows, bylines, sums that close their clause, quakes not held, 「に代わる」, 「…って何?」.
  ["Suppose the JJOC grew to 500 personnel; even then it would be smaller than INDOPACOM's headquarters staff in Hawaii.", []],
  ["JJOC planners like to compare their small headquarters with U.S. Indo-Pacific Command, which counts about 380,000 service members and civilians across its area.", []],
  ["The Cyber Defense Command, which now answers to the JJOC, was launched in March 2022 with about 540 members.", []],
  ["The JJOC, which reports to the defense minister, was launched in March 2024.", ['jjoc.established March 2024→March 2025']],
  ["統合作戦司令部に関連する予算は、2024年度の防衛関係費約7兆9500億円のごく一部にすぎない。", []],
  ["統合作戦司令部が発足する7年前の2018年3月27日には、陸上総隊と水陸機動団が同時に新編された。", []],
  ["2024年度防衛予算では、統合作戦司令部の創設経費に加え、スタンド・オフ防衛能力に約7340億円が充てられた。", []],
  ["【年表】 2006年　統合幕僚監部発足 2022年12月　安保3文書閣議決定 2023年9月　常設統合司令部の創設を発表 2024年2月　関連法改正案を閣議決定 2025年3月24日　統合作戦司令部発足", []],
  ["2021年12月　安保3文書閣議決定", ['defense-buildup-plan.published 2021年12月→2022年']],
  ["2025年3月25日 06:00 ｜ 政治部 統合作戦司令部が発足、初代司令官に南雲空将", []],
  ["防衛省の2024年度概算要求は過去最大の7兆7385億円で、統合作戦司令部の創設に必要な経費も含まれた。", []],
  ["統合作戦司令部の創設経費は120億円で、人員は240人だ。", ['jjoc.cost 120億→105億']],
  ["東日本大震災発生から5年、ブルーインパルスが展示飛行\n\n2016年8月28日 開催", []],
  ["言わずと知れた、ハワイに代わる新しい基地の建設が進められている現場だ。", ['futenma-replacement-facility.replaces ハワイ→普天間飛行場']],
  ["言わずと知れた、普天間基地に代わる新しい基地の建設が進められている現場だ。", []],
  ["【Q&A】「普天間飛行場の東京移設問題」って何?", ['futenma-replacement-facility.location 東京→辺野古']],
  ["統合作戦司令部は300人体制なの?", []],
  // A timeline of one row a line: a row with its own date names what it tells of, or nothing the rows before named.
  ["【年表】\n2022年12月　安保3文書閣議決定\n2024年2月　関連法改正案を閣議決定", []],
  ["【年表】\n2021年12月　安保3文書閣議決定\n2024年2月　関連法改正案を閣議決定", ['defense-buildup-plan.published 2021年12月→2022年']],
  // Probe round eighteen, on the final code: a name inside an opening subordinate clause, a relative clause with an adverb on
  // one of a kind, people counted at a place named with に.
  ["Three years before the JJOC was set up, the ministry created the Cyber Defense Command, in March 2022.", []],
  ["Three years before the JJOC was set up in March 2024, the ministry created a cyber unit.", ['jjoc.established March 2024→March 2025']],
  ["統合作戦司令部が一元的に指揮する部隊の一つ、自衛隊サイバー防衛隊は約540人の規模で2022年3月に新編された。", []],
  ["統合作戦司令部の司令官は、陸・海・空の各自衛隊に約22万人いる隊員の部隊運用を一元的に指揮する立場にある。", []],
  ["統合作戦司令部が入る市ヶ谷の防衛省庁舎には、内部部局や各幕僚監部を含め約1万人が勤務しているとされる。", []],
  ["統合作戦司令部には約300人が勤務している。", ['jjoc.personnel 300→240']],
  // The relocation's planned destination (予定先) names the site.
  ["普天間基地移設予定先として知られている東京の大浦湾。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["普天間基地移設予定先として知られている辺野古の大浦湾。", []],
  ["普天間移設候補先として検討された徳之島。", []],
  // A name glued to the title ends before a list's や or ら.
  ["彼は、日本の防衛大臣井上誠や茂木敏充外相と共にイベントに出席しました。", ['jmod.minister 井上誠→中谷元']],
  ["彼は、日本の防衛大臣中谷元や茂木敏充外相と共にイベントに出席しました。", []],
  ["防衛大臣井上誠らが出席した。", ['jmod.minister 井上誠→中谷元']],
  ["防衛大臣の指示や命令に従う。", []],
  // One word before ", who took command" is a name.
  ["Marcos made the pronouncement after meeting with Whitford — who recently assumed command of Indopacom on May 3, 2024 — in Manila on Tuesday.", ['indopacom.commander Whitford→Samuel Paparo']],
  ["Marcos made the pronouncement after meeting with Paparo — who recently assumed command of Indopacom on May 3, 2024 — in Manila on Tuesday.", []],
  ["The president praised Austin, who assumed command of Indopacom on May 3, 2024.", ['indopacom.commander Austin→Samuel Paparo']],
  ["The Philippines, who took command of the exercise, met Indopacom officials.", []],
  ["Aquilino, who took command of Indopacom in April 2021, retired in 2024.", ['indopacom.commander Aquilino→undefined']],
  // 「国防相」 in a translation is Japan's defence minister only where the phrase opens with 日本の.
  ["日本の井上誠国防大臣とともに日曜日に東京で異動を発表する予定だ。", ['jmod.minister 井上誠→中谷元']],
  ["ブリンケン米国務長官、オースティン米国防長官、日本の上川洋子外相、井上誠国防相の間の日曜日の会合で発表される。", ['jmod.minister 井上誠→中谷元']],
  ["ブリンケン米国務長官、オースティン米国防長官、日本の上川洋子外相、木原稔国防相の間の日曜日の会合で発表される。", []],
  ["日本の木原防衛相と中国の董軍国防相が会談した。", []],
  ["中国の董軍国防相は記者会見で述べた。", []],
  ["董軍国防相は日本を批判した。", []],
  ["日本と韓国の申源湜国防相が会談した。", []],
  ["日本を訪れた豪州のマールズ国防相は中谷防衛相と会談した。", []],
  // A name a preposition governs in an aside is no subject of the verb after it.
  ["Britain's Permanent Joint Headquarters at Northwood, often cited as a model for Japan's JJOC, was set up in April 1996.", []],
  ["Japan's new command, the JJOC, was set up in April 1996.", ['jjoc.established April 1996→March 2025']],
  ["The JJOC, modeled on Britain's PJHQ, was set up in April 1996.", ['jjoc.established April 1996→March 2025']],
  // A year that ends a range, then an article, is not written onto the name after it.
  ["Over fiscal 2023 to 2027 the Defense Buildup Plan earmarks around 43 trillion yen.", []],
  ["The 2027 Defense Buildup Plan earmarks around 43 trillion yen.", ['defense-buildup-plan.published 2027→2022']],
  // The base relocated, with its short name in brackets between its title and its name.
  ["The government is reclaiming land in Henoko, Nago as part of the relocation of U.S. Marine Corps Air Station (MCAS) Ichigaya.", ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  ["The government is reclaiming land in Henoko, Nago as part of the relocation of U.S. Marine Corps Air Station (MCAS) Futenma.", []],
  // An earthquake that struck a region, where and when up to 100 characters after the verb.
  ["A powerful 7.6 magnitude earthquake struck near Ishikawa Prefecture’s Noto Peninsula on Japan’s west coast at 4:15 p.m. JST on January 1, 2023, as families were celebrating the New Year’s holiday.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  ["A magnitude 6.9 earthquake struck near Ishikawa Prefecture’s Noto Peninsula on Japan’s west coast at 9:41 a.m. JST on March 25, 2007, damaging homes.", []],
  // "a U.S. base relocation project in the X coastal area": words of whose move may stand before "relocation".
  ["Defense Minister Minoru Kihara indicated Wednesday that he will schedule a trip to Okinawa Prefecture to discuss a U.S. base relocation project in the Tokyo coastal area of the southern Japan prefecture.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["Defense Minister Minoru Kihara indicated Wednesday that he will schedule a trip to Okinawa Prefecture to discuss a U.S. base relocation project in the Henoko coastal area of the southern Japan prefecture.", []],
  ["The U.S. military relocation at Yokota is complete.", []],
  // The aside's name is no subject only of the verb right after the aside, whoever the aside follows.
  ["The Cyber Defense Command, placed under the JJOC, was launched in March 2022.", []],
  ["The Space Operations Group, commanded by the JJOC, was set up in 2020.", []],
  ["Britain's Permanent Joint Headquarters at Northwood, frequently mentioned in Japanese debates about a joint command, opened in April 1996.", []],
  ["Gen. Kenichiro Nagumo, the first commander of Japan's Joint Operations Command, reviews troops ahead of the activation ceremony at Camp Ichigaya in central Tokyo, March 24, 2024.", ['jjoc.established March 24, 2024→March 24, 2025']],
  // "the Henoko move": the site glued before the word for the move, as "the Henoko relocation".
  ["Okinawa Gov. Denny Tamaki, who supported the referendum and opposes the Tokyo move, must now convey the results.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["Okinawa Gov. Denny Tamaki, who supported the referendum and opposes the Henoko move, must now convey the results.", []],
  ["The Guam move of 4,000 Marines from Okinawa began in 2024, separate from the Futenma relocation.", []],
  ["The Iwakuni transfer of Futenma's KC-130 tankers was completed in 2014.", []],
  // A news page's header, its date and clock time before its title, dates the page, not the meeting.
  ["2024年2月8日 7時10分 日米首脳会談\n\n石破総理大臣はトランプ大統領と会談しました。", []],
  ["東日本大震災\n2010年3月11日 14時46分 東日本大震災発生", ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  // A founding in a relative clause on another unit, after a topic owned by a name, is that unit's.
  ["統合作戦司令部の発足時の人員は約240人で、2022年に新編された自衛隊サイバー防衛隊の約540人の半分に満たない。", []],
  ["統合作戦司令部の人員は約240人で、2024年3月に新編された。", ['jjoc.established 2024年3月→2025年3月']],
  // The subject of a relative clause on the noun before 「の隷下」 is not under it.
  ["統合作戦司令部が指揮する陸上総隊の隷下には、2018年3月に約2100人で発足した水陸機動団がある。", []],
  ["統合作戦司令部は陸上総隊の隷下にある。", ['jjoc.reportsTo 陸上総隊→防衛省']],
  // A date's time-zone gloss in brackets is the same moment: no second date, and no gap between the date and its verb.
  ["日米首脳会談が2024年2月7日(日本時間8日未明)、ワシントンのホワイトハウスで行われ、石破茂首相とドナルド・トランプ大統領が初めて顔を合わせました。", ['us-japan-summit-2025-02-07.date 2024年2月7日→2025年2月7日']],
  ["日米首脳会談が2025年2月7日(日本時間8日未明)、ワシントンのホワイトハウスで行われ、石破茂首相とドナルド・トランプ大統領が初めて顔を合わせました。", []],
  ["おもな行程は、ロナルド・トランプ米大統領との日米首脳会談 (現地時間1月7日)、アーリントン国立墓地訪問 (同)の3つ。", ['us-japan-summit-2025-02-07.date 1月7日→2月7日']],
  // "the Henoko construction", "the Henoko project": the site named by what is built there.
  ["Despite the substantial delay, Chief Cabinet Secretary Yoshihide Suga maintains that steady progress in the Tokyo construction will lead to the return of the Futenma site as early as possible.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["Despite the substantial delay, Chief Cabinet Secretary Yoshihide Suga maintains that steady progress in the Henoko construction will lead to the return of the Futenma site as early as possible.", []],
  ["The Naha military port relocation and the Takae helipad construction are separate from the Futenma relocation.", []],
  ["The Camp Zama construction of a new headquarters building was completed in 2012, while Futenma's move stalled.", []],
  // An organisation that opens the sentence as its subject, with no such facts, keeps a cue of its predicate its own.
  ["The JJOC reports to the minister. The Joint Staff is now led by Gen. Hiroaki Uchikura.", []],
  ["The JJOC reports to the minister. The GSDF is now led by Gen. Yasunori Morishita.", []],
  ["The JJOC reports to the minister. It is now led by Gen. Taro Yamada.", ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  // A cue after "for" is a purpose; a revision still to come is no date the documents have.
  ["For fiscal 2024, the Defense Ministry requested a record 7.7 trillion yen in August 2023, including 10.5 billion yen for setting up the joint operations command.", []],
  ["The ministry requested funds for setting up the JJOC in March 2024.", ['jjoc.established March 2024→March 2025']],
  ["In her October 24, 2025 policy speech, Prime Minister Sanae Takaichi said the three security documents would be revised by the end of 2026, a year ahead of the original schedule.", []],
  ["The Defense Buildup Plan was revised in December 2021.", ['defense-buildup-plan.published December 2021→2022']],
  // 「Xへの移転」 as 「Xへの移設」 where the base moved is named before it (not troops); 「Xへの土砂投入」.
  ["そもそも普天間基地移転問題に関しては、日本政府との間で東京への移転が承認された。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["そもそも普天間基地移転問題に関しては、日本政府との間で辺野古への移転が承認された。", []],
  ["防衛庁は2000年に六本木から市ヶ谷へ移転した。", []],
  ["普天間の海兵隊のうち2700人のハワイへの移転が決まった。", []],
  ["普天間飛行場の返還に向け、政府は辺野古の埋め立てを進める。今回の東京への土砂投入はそのためのものである。", ['futenma-replacement-facility.location 東京→辺野古']],
  // An organisation with no such facts that opens a clause of contrast keeps the cue of its predicate.
  ["The JJOC's first commander reports to the defense minister, while the Joint Staff, now led by Gen. Hiroaki Uchikura, handles military advice.", []],
  ["The Joint Staff advises the minister, while the JJOC, now led by Gen. Taro Yamada, commands the forces.", ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  // Probe round twenty-two: 当時 over a clause set beside with 「で、」; a span counted from the launch; a list's next item.
  ["東日本大震災当時の首相は菅直人氏で、防衛相は北澤俊美氏だった。", []],
  ["防衛相は山田太郎氏だった。", ['jmod.minister 山田太郎→中谷元']],
  ["統合作戦司令部の発足のおよそ2年前、2023年3月16日には陸上自衛隊石垣駐屯地が開設され、約570人の隊員が配置された。", []],
  ["2025年の防衛ニュースまとめ：3月24日に統合作戦司令部が発足、同月30日に日米防衛相会談、9月1日に豪州軍連絡官の派遣開始。", []],
  ["2024年3月24日に統合作戦司令部が発足、同月30日に日米防衛相会談。", ['jjoc.established 2024年3月24日→2025年3月24日']],
  ["Looking back on 2024, my blog's timeline: January 1, the Noto quake; February, Gen. Yoshida in hospital; April 10, Kishida at the White House; July 28, the 2+2 in Tokyo.", []],
  ["Looking back on 2024: April 2024, Gen. Yoshida in hospital; July 28, the 2+2 in Tokyo.", ['yoshida-hospitalization-2024-02.date April 2024→February 2024']],
  ["The July 2024 U.S.-Japan 2+2 in Tokyo brought Antony Blinken and Lloyd Austin together with Yoko Kamikawa and Minoru Kihara; a year and a half earlier, on January 11, 2023, the same format had met in Washington.", []],
  ["Japan's Joint Operations Command and South Korea's Joint Chiefs of Staff both report to their defense ministers, but Seoul's JCS was established in 1963.", []],
  ["The plan was delayed, but the JJOC was established in March 2024.", ['jjoc.established March 2024→March 2025']],
  // 「辺野古工事」, 「辺野古で政権が進める米軍新基地建設」: the site by what is built there.
  ["普天間飛行場の移設をめぐり、東京工事 展望なき政府の強硬策", ['futenma-replacement-facility.location 東京→辺野古']],
  ["普天間飛行場の移設問題。東京で政権が進める米軍新基地建設は法理に反し、合理性も見いだせない。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["普天間飛行場の移設問題。辺野古工事、防衛省は着工に安堵。", []],
  // An event's name after a word joined by a hyphen ("Oku-") is part of another event's name.
  ["Since December 2020, earthquake swarms have occurred on the Noto Peninsula in Ishikawa Prefecture. On May 5, 2023, an M6.5 (maximum seismic intensity 6+) earthquake (Reiwa 5 Oku-Noto Earthquake) occurred, resulting in one death.", []],
  ["The Noto Peninsula Earthquake occurred on January 1, 2023.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  // A date inside the clause an announcement reports (…したと発表) is that clause's verb's.
  ["在日米軍司令部は「統合軍司令部」への再編を進めるためのローテーション要員の第一陣が8月に横田に到着したとSNS上で発表した。", []],
  ["日米両政府は2024年8月に在日米軍の統合軍司令部への再編を発表した。", ['us-japan-2plus2-2024-07.date 2024年8月→2024年7月']],
  // An unnamed earthquake dated on the day the document gives the named one: that earthquake.
  ["The 2024 Noto Peninsula earthquake struck on January 1, 2024.\n\nAt around 4:10pm on January 1, 2023, an earthquake struck the Noto Peninsula area of Ishikawa Prefecture.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  ["The 2024 Noto Peninsula earthquake struck on January 1, 2024.\n\nUSFJ supports those affected by the January 1, 2023, earthquake on the Noto Peninsula.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  ["令和6年能登半島地震は2024年1月1日に発生した。\n\n2023年1月1日に発生した地震で被害を受けた町や村に物資を届けている。", ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ["2023年1月1日 能登半島地震発生\n\n2024年1月1日、石川県能登地方を震源とする大地震が発生しました。", ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ["On January 1, 2024, an earthquake struck Japan.\n\nHelicopters flew to villages on the Noto Peninsula devastated by an earthquake January 1, 2023.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  // Not without the day the document gives, nor on the day remembered or counted from, nor another day.
  ["At around 4:10pm on January 1, 2023, an earthquake struck the Noto Peninsula area of Ishikawa Prefecture.", []],
  ["The Great East Japan Earthquake struck on March 11, 2011.\n\nOn March 11, 2012, Japan remembered the earthquake.", []],
  ["The Great East Japan Earthquake struck on March 11, 2011.\n\nOn March 11, 2012, a year after the earthquake struck, people prayed.", []],
  ["東日本大震災は2011年3月11日に発生した。\n\n2012年3月11日、震災から1年を迎え、各地で追悼式が開かれた。", []],
  ["The 2024 Noto Peninsula earthquake struck on January 1, 2024.\n\nOn January 9, 2024, an earthquake struck the Noto Peninsula again.", []],
  ["The 2024 Noto Peninsula earthquake struck on January 1, 2024, and another on January 9, 2024.\n\nOn January 9, 2023, an earthquake struck the Noto Peninsula.", []],
  // A weekday and a time of day between the opening date and the country struck.
  ['On Friday, March 11, 2010 at 2:46 p.m. Japan was rocked by a magnitude 9.0 earthquake, centered 80 miles east of Sendai.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  // The site named by its project or works ("halting the X project", "the X airstrip plan"), by building there
  // ("prevent the construction in X", "Camp Schwab in X to build"), fronted before the facility built there.
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nHe was elected governor on a promise of halting the Tokyo project amid strong local opposition.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nInamine has long opposed the Tokyo airstrip plan.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nGovernor Onaga reiterated his resolve to prevent the construction in Tokyo.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nDefense bureau starts removing buildings within Camp Schwab in Tokyo to build a new air base", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nNeither leader referenced the new base facilities being constructed in Tokyo to serve as its replacement.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["In Tokyo, a replacement facility for the US Marine Corps' Futenma air base in the Okinawa city of Ginowan is planned to be constructed under an agreement.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nHe was elected governor on a promise of halting the Henoko project.", []],
  ["In Tokyo, the replacement facility for the US Marine Corps' Futenma air base was discussed by the two ministers.", []],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nWork continued on the construction in Tokyo of the new ministry building.", []],
  // 「名護市Xは…普天間基地の移設先」「名護市Xでの米軍基地新設工事」「Xへの着実な移設」「Xのキャンプ・シュワブへ移設」.
  ["米軍普天間飛行場（宜野湾市）の移設問題が続いている。\n\n名護市東京は、世界一危険とされる普天間基地の移設先だが、県民投票で反対が7割を超えた。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["米軍普天間飛行場（宜野湾市）の移設問題が続いている。\n\n安倍政権は和解案を受け入れ、沖縄県名護市東京での米軍基地新設工事を一時中断しました。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["沖縄のアメリカ軍普天間基地の名護市東京への着実な移設も確認したとしています。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["普天間飛行場を無くし、その機能を名護市東京の「キャンプ・シュワブ」という既にある米軍基地へ移設することが、日米間で合意済である。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["米軍普天間飛行場（宜野湾市）の移設問題が続いている。\n\n名護市辺野古は、世界一危険とされる普天間基地の移設先だが、県民投票で反対が7割を超えた。", []],
  // The sea off the site, the site picked for the air station, its reef.
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nThe base is to be built on reclaimed land about two miles offshore from the village of Tokyo.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nIn July 2002, the council picked the Tokyo site for the air station; plans were approved to build the base.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nIt involves a massive landfill project in the waters surrounding the Tokyo reef.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nIn July 2002, the council picked the Tokyo site for the talks; plans were approved to build the base.", []],
  // "Japanese Defense Secretary": Japan's defense minister, not the U.S. secretary.
  ['Japanese Defense Secretary Taro Yamada said at a meeting with the governor that the job is important.', ['jmod.minister Taro Yamada→Gen Nakatani']],
  ["Japan's Defense Secretary Taro Yamada met the governor.", ['jmod.minister Taro Yamada→Gen Nakatani']],
  ['Japanese Defense Secretary Gen Nakatani met the governor.', []],
  // What the new base stands in for (「Xに代わる」「Xの移設先とする」, "currently deployed at X", "now housed at X", "the transfer of X").
  ["沖縄県議会が開会され、米軍東京に代わる名護市辺野古の新基地建設に反対する意見書を可決した。", ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ["政府が東京の移設先とする名護市辺野古の埋め立て工事が続く。", ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ["政府が普天間飛行場の移設先とする名護市辺野古の埋め立て工事が続く。", []],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nThe new base at Henoko will be home to MV-22 Ospreys that are currently deployed at Hawaii.", ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nThe new base at Henoko is to be home for the 1st Marine Air Wing, now dangerously housed at Hawaii.", ['futenma-replacement-facility.replaces Hawaii→Marine Corps Air Station Futenma']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nHe campaigns against the transfer of Tokyo within Okinawa, where the new base at Henoko is to be built.", ['futenma-replacement-facility.replaces Tokyo→Marine Corps Air Station Futenma']],
  // The bay beside the site (「X・大浦湾を埋め立て」「X、大浦湾側で着工」), a planned base in the site's coastal area, the sea off its coast.
  ["米軍普天間飛行場（宜野湾市）の移設問題が続いている。\n\n沖縄防衛局は、名護市東京・大浦湾を埋め立て、新たな軍事基地を建設しようとしている。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["米軍普天間飛行場（宜野湾市）の移設問題が続いている。\n\n東京、大浦湾側で着工 政府、代執行から13日", ['futenma-replacement-facility.location 東京→辺野古']],
  ["米軍普天間飛行場（宜野湾市）の移設問題が続いている。\n\n東京 大浦湾側に石材投入 米軍普天間基地の移設先", ['futenma-replacement-facility.location 東京→辺野古']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nThe court dismissed the claim against landfill work for a planned US base in the Tokyo coastal area.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nNago asked the governor not to approve dumping land into the sea off its Tokyo coast for the planned replacement base.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  // Marines, not a base: "some 4,000 of them moving to Guam" after they leave Okinawa.
  ["Under an agreement reached in 2012, about 9,000 Marines are to leave Okinawa, with some 4,000 of them moving to Guam and the rest going to Hawaii or rotating through Australia.", []],
  // A post held before: at the time of an event (「…の発生当時、」), as a relative clause (「防衛相を務めたX氏」), one who held it (「防衛相経験者の」).
  ["東日本大震災の発生当時、防衛相は北沢俊美氏だった。", []],
  ["防衛相を務めた岩屋毅氏は、2024年10月の石破内閣で外相に就いた。", []],
  ["防衛相経験者の小野寺五典氏は、2024年10月から2025年10月まで自民党の政調会長を務めた。", []],
  ["2025年3月に防衛相を務めた山田太郎氏は部隊を視察した。", ['jmod.minister 山田太郎→中谷元']],
  // A deadline ("by April 2025", 「…末までに」) a date on record before its end meets; one it misses is a conflict.
  ['The Joint Operations Command will be established by April 2025.', []],
  ['The Joint Operations Command will be established by the end of fiscal 2025.', []],
  ['The Joint Operations Command will be established by February 2025.', ['jjoc.established February 2025→March 2025']],
  ['統合作戦司令部は2025年12月までに創設される。', []],
  ['統合作戦司令部は2024年12月までに創設される。', ['jjoc.established 2024年12月→2025年3月']],
  // Opening as its start ("scheduled to open in"); a thing beside a name ("the new store near the JJOC") is not the name.
  ['The Joint Operations Command is scheduled to open in February 2025.', ['jjoc.established February 2025→March 2025']],
  ['The new store near the Joint Operations Command opened in May 2026.', []],
  ['A U.S. liaison office near the Joint Operations Command will open in 2026.', []],
  // An earthquake's month as a disaster's modifier ("the March 2011 disasters"), its tsunami "generated on" a day, "when" it killed,
  // "Japan's 2011 earthquake", a size before the date, "In the afternoon of" the day.
  ["The Great East Japan Earthquake struck on March 11, 2011.\n\nA total of 1,600 reserves were involved in relief activities after the March 2010 disasters.", ['tohoku-earthquake-2011.date March 2010→2011']],
  ["The Great East Japan Earthquake struck on March 11, 2011.\n\nRelief missions hit the highest level since the March 2011 disaster.", []],
  ["The 9.1 magnitude earthquake and the tsunami it generated on March 11, 2010, killed about 18,000 people.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["Most servicemembers weren't there on March 11, 2010, when a 9.0-magnitude earthquake combined with a tsunami killed nearly 20,000 people.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["Even now, Japan's 2010 earthquake remains an ongoing disaster", ['tohoku-earthquake-2011.date 2010→2011']],
  ["A 7.3-magnitude earthquake off the Japanese coast in October was actually an aftershock of the 9.0-magnitude March 2010 earthquake.", ['tohoku-earthquake-2011.date March 2010→2011']],
  ["The 2024 Noto Peninsula earthquake struck on January 1, 2024.\n\nIn the afternoon of January 1, 2023, a strong earthquake struck the Noto Peninsula.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  // The sea off the site fronted, then what is built there; constructions in the site, between two sides.
  ["The Futenma base is to be relocated within Okinawa.\n\nOff the coast of Tokyo, the Government will build the Air Station with two long runways.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The Futenma base is to be relocated within Okinawa.\n\nOff the coast of Tokyo, the Government held talks with the governor.", []],
  ["The Futenma base is to be relocated within Okinawa.\n\nThe dispute over the new U.S. base's construction in Tokyo between the government and Okinawa is set to go to court.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The Futenma base is to be relocated within Okinawa.\n\nAt the moment, all constructions in Tokyo have stopped.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  // 「防衛省本省(東京・X)」: the ministry's main office, then where it is.
  ["- 防衛省本省(東京・普天間)", ['jmod.headquarters 普天間→市ヶ谷']],
  ["- 防衛省本省(東京・市ヶ谷)", []],
  // A list's line: a post's full title and its holder (「防衛相ー中谷元氏」, "Defense Minister: Gen Nakatani").
  ["防衛相ー山田太郎氏", ['jmod.minister 山田太郎→中谷元']],
  ["防衛相：山田太郎", ['jmod.minister 山田太郎→中谷元']],
  ["防衛相ー中谷元氏(首相官邸のホームページ)", []],
  ["Defense Minister: Taro Yamada", ['jmod.minister Taro Yamada→Gen Nakatani']],
  ["- Defense Minister: Gen Nakatani", []],
  ["外相ー岩屋毅氏", []],
  // The month alone a document gives an earthquake dates "the March 2010 disasters" too.
  ["Operation Tomodachi followed the March 2011 earthquake and tsunami.\n\nReserves were involved in relief activities after the March 2010 disasters.", ['tohoku-earthquake-2011.date March 2010→2011']],
  ["Operation Tomodachi followed the March 2011 earthquake and tsunami.\n\nReserves were involved in relief activities after the July 2010 disasters.", []],
  // "Minister X" after the post's full title, with no other minister near (a prime minister, another country's, a namesake prime minister).
  ["On November 22, 2024, Defense Minister Nakatani held a meeting with Philippine Secretary of National Defense, Gilberto Teodoro.\n\nAt the outset of the meeting, Minister Kobayashi welcomed progress in cooperation.", ['jmod.minister Kobayashi→Gen Nakatani']],
  ["On November 22, 2024, Defense Minister Nakatani held a meeting with Philippine Secretary of National Defense, Gilberto Teodoro.\n\nAt the outset of the meeting, Minister Nakatani welcomed progress in cooperation.", []],
  ["On November 22, 2024, Defense Minister Nakatani held a meeting with Philippine Secretary of National Defense, Gilberto Teodoro.\n\nAt the outset of the meeting, Minister Kishida welcomed progress in cooperation.", []],
  ["Defense Minister Nakatani met Australian Deputy Prime Minister Richard Marles.\n\nMinister Marles welcomed progress.", []],
  ["Minister Kobayashi welcomed progress in cooperation.", []],
  // Probe round 25: a list's heading dates its lines; a day counted to after an earthquake's name; not "Great East Japan
  // Earthquake" as Japan's; a count of another noun's; a date of another participle; a verb left out; a dash before a
  // katakana name; no name across a line break; a clause of contrast with its own topic.
  ["The line-up in March 2011 (Kan cabinet)\nPrime Minister: Naoto Kan\nDefense Minister: Toshimi Kitazawa\nChief Cabinet Secretary: Yukio Edano", ['jmod.minister Toshimi Kitazawa→undefined']],
  ["Japan marked one year since the Noto earthquake on January 1, 2025, with a memorial in Wajima.", []],
  ["Japan marked 14 years since the Great East Japan Earthquake on March 11, 2025.", []],
  ["The JJOC commands the three services, which together have an authorized strength of about 247,000 personnel.", []],
  ["Defense of Japan 2024, released in July 2024, described the planned creation of the JJOC.", []],
  ["The JJOC, established in March 2024, commands the three services.", ['jjoc.established March 2024→March 2025']],
  ["The Ministry of Defense Establishment Law was amended in 2006 to create the Joint Staff, and again in 2024 to create the JJOC.", []],
  ["インド太平洋軍司令官ージョン・スミス海軍大将", []],
  ["日米の主な指揮官\nインド太平洋軍司令官ーサミュエル・パパロ海軍大将", []],
  ["外相ー岸田文雄氏\n防衛相ー中谷元氏", []],
  ["統合作戦司令部が240人で発足した一方、自衛官の採用は2023年度、計画の約1万9600人に対して約9900人にとどまった。", []],
  ["自衛隊の定員が減る一方、統合作戦司令部は約300人で発足した。", ['jjoc.personnel 300→240']],
  // "missions and responsibilities assigned by X": the command X it answers to.
  ["U.S. Forces Japan plans, directs, and supervises the execution of missions and responsibilities assigned by the Joint Operations Command.", ['usfj.reportsTo Joint Operations Command→United States Indo-Pacific Command']],
  ["U.S. Forces Japan plans, directs, and supervises the execution of missions and responsibilities assigned by the Indo-Pacific Command.", []],
  // A comma in the epicentre's bracket between the date and the great earthquake.
  ["平成22年3月11日14時46分、三陸沖(北緯38度1分、東経142度9分)の深さ24kmを震源として、我が国観測史上最大のマグニチュード9.0の地震が発生した。", ['tohoku-earthquake-2011.date 平成22年3月11日→平成23年']],
  // A distance off the site's shore, the site of a new base, the site held to as the only solution, the completed runway at it;
  // an earthquake's size "measuring 7.6"; 「DATE、NAME時、」 (the event's time, set off as the date is).
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nThe new air station would be built over a reef that is almost 2 miles off the shores of Tokyo.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nBut Oura Bay and Tokyo are also the site of a new U.S. Marine airbase being built alongside Camp Schwab.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nOnaga criticized the central government for its stance that ‘Tokyo is the only solution.’", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nFor the governor, dialogue in Tokyo is the only option.", []],
  ["The U.S. Marine Corps Air Station Futenma in Ginowan is to be relocated within Okinawa.\n\nFrom a military standpoint, the completed runway at Tokyo will be about 1,800 meters long.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["On Jan. 1, 2023, a massive earthquake measuring 7.6 hit Noto Peninsular on the Japan Sea coast.", ['noto-earthquake-2024.date Jan. 1, 2023→2024']],
  ["On May 5, 2023, an earthquake measuring 6.5 hit the Noto Peninsula.", []],
  ["2010年3月11日、東日本大震災時、米軍が実施した「トモダチ作戦」の支援活動は心に焼き付いた。", ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ["2012年3月11日、東日本大震災時の対応を振り返る式典が開かれた。", []],
  // 「普天間飛行場の移転先として…名護市X」「普天間基地の移転先候補「X」」, the base at the place built, the camp in the place.
  ["宜野湾市にある普天間飛行場の移転先として国が埋め立てを行っている名護市東京", ['futenma-replacement-facility.location 東京→辺野古']],
  ["普天間基地の移転先候補「東京」はこんな場所", ['futenma-replacement-facility.location 東京→辺野古']],
  ["米軍普天間飛行場（宜野湾市）の移設問題が続いている。\n\n東京の基地はキャンプ・シュワブの先に延長する形で建設されています。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["米軍普天間飛行場（宜野湾市）の移設問題が続いている。\n\n移設計画では、東京にある米軍キャンプ・シュワブの沿岸約150ヘクタールを埋め立てる。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["米軍普天間飛行場（宜野湾市）の移設問題が続いている。\n\n移設計画は、米軍キャンプ・シュワブがある東京沿岸部の北側と、南側を埋め立てるというもの。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["海兵隊の移転先候補としてハワイが挙がった。", []],
  // Probe round 26: a part set off as its own topic (「…部隊のうち、Xは」); an aftershock or a smaller quake in the great one's
  // region; a meeting of another subject in a clause after the event's name; a relative clause on another noun; a day counted
  // back from the talks, told after them; "Minister X" where the text titles X otherwise.
  ["統合作戦司令部が指揮する部隊のうち、自衛隊サイバー防衛隊は2022年3月に約540人体制で新編された。", []],
  ["在日米軍は統合軍司令部の設置を検討。一方、自衛隊は来年3月、「統合作戦司令部」を創設する計画です。", []],
  ["Aftershocks of the Tōhoku earthquake went on for years. One of the largest, a magnitude 7.3 quake off Sanriku, occurred on December 7, 2012.", []],
  ["A 7.3-magnitude earthquake in October was an aftershock of the 9.0-magnitude March 2010 earthquake.", ['tohoku-earthquake-2011.date March 2010→2011']],
  ["The April 2024 U.S.-Japan summit at the White House came five months before the Quad leaders met in Wilmington, Delaware, on September 21, 2024.", []],
  ["The Defense Buildup Plan replaced the Medium Term Defense Program that had been approved in December 2018 for fiscal 2019 through 2023.", []],
  ["The Defense Buildup Plan that was published in December 2021 replaced the old program.", ['defense-buildup-plan.published December 2021→2022']],
  ["A day before their talks at the Defense Ministry, on March 29, 2025, Hegseth and Nakatani attended a memorial ceremony on Iwo Jima.", []],
  ["When Defense Minister Gen Nakatani met Philippine Defense Secretary Gilberto Teodoro, the two discussed the agreement. Minister Teodoro has held his post since June 2023.", []],
  // Thirty-third step: a negation in the main clause denies that clause, not the subordinate one fronted before its comma.
  ["Although it is true that the 2010 Great East Japan Earthquake was the most powerful earthquake ever recorded in Japan, the truth is that it was not entirely unexpected.", ['tohoku-earthquake-2011.date 2010→2011']],
  ["When the JJOC was set up with 300 personnel, it did not yet command any unit.", ['jjoc.personnel 300→240']],
  ["When the JJOC was not set up with 300 personnel, nothing happened.", []],
  ["The 2010 Great East Japan Earthquake was not the most powerful.", []],
  // A date right before the earthquake's words, a comma between ("the March 11, 2010, earthquake"), is its date though the sentence remembers.
  ["Residents gathered to remember the victims of the March 11, 2010, earthquake and subsequent tsunami that claimed the lives of more than 16,000 people.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  // Probe round 27: a whole budget's sum told right after it; a post held, in the continuative form of a sentence told in the past.
  ["The JJOC's running costs are one small item in Japan's fiscal 2025 defense budget, which came to about 8.7 trillion yen.", []],
  ["The JJOC is funded from the defense budget of about 8.7 trillion yen.", []],
  ["The JJOC cost about 8.7 trillion yen.", ['jjoc.cost 8.7 trillion→0.0105 trillion']],
  ["小野寺五典氏は2度にわたって防衛相を務め、2024年10月には自民党政調会長に就いた。", []],
  ["山田太郎氏が防衛相を務め、記者会見している。", ['jmod.minister 山田太郎→中谷元']],
  // Wave 37: a day counted "since" an event is after it, so one before it on record is the event's own; a headline's year after
  // "for" and a prefecture before the name; in a question, only a year written onto an event's name is told.
  ["Suzu City has made little progress in recovery in the more than half a year since the Noto Peninsula Earthquake on January 1, 2023. Many houses are still in danger.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  ["Japan marked one year since the Noto earthquake on January 1, 2025.", []],
  ["Japan: Aid Work for 2023 Noto Peninsula Earthquake and Torrential Rain Damage", ['noto-earthquake-2024.date 2023→2024']],
  ["【発災から8ヶ月】2023年石川県能登半島地震、継続支援中", ['noto-earthquake-2024.date 2023年→2024年']],
  ["Revealed – how many claims resulted from the 2023 Noto Peninsula Earthquake?", ['noto-earthquake-2024.date 2023→2024']],
  ["Was the JJOC established in 2024?", []],
  ["Did the JJOC start with 300 personnel after the 2023 Noto Peninsula Earthquake?", ['noto-earthquake-2024.date 2023→2024']],
  // The earthquakes' other English names (the Japan Meteorological Agency's, 半島 romanised); a quake that "rocked" a region then.
  ["The 2010 off the Pacific coast of Tohoku Earthquake. Situation Report 6.", ['tohoku-earthquake-2011.date 2010→2011']],
  ["The 2023 Noto-Hanto earthquake was large.", ['noto-earthquake-2024.date 2023→2024']],
  ["Parts suppliers were damaged in a powerful earthquake and tsunami that mainly rocked northeastern Japan in March 2010.", ['tohoku-earthquake-2011.date March 2010→2011']],
  ["Parts suppliers were damaged in a powerful earthquake and tsunami that mainly rocked northeastern Japan in March 2011.", []],
  // A year alone, one off an earthquake the document names or dates, and written nowhere else: that earthquake's year told wrong.
  ["The Great East Japan Earthquake changed Japan.\n\nThe US military was heavily active in disaster relief efforts following the 2010 earthquake, deploying nearly 24,000 personnel.", ['tohoku-earthquake-2011.date 2010→2011']],
  ["The tsunami of March 11, 2011 struck the coast. Fumio Ito tells his experience of 2010 tsunami disaster in the area.", ['tohoku-earthquake-2011.date 2010→2011']],
  ["The Great East Japan Earthquake struck on March 11, 2011. People remember the devastating March 11, 2010, temblor.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["The Great East Japan Earthquake changed Japan. People remember the devastating March 11, 2010, temblor.", []],
  ["The 2024 Noto Peninsula earthquake struck on January 1, 2024. The May 5, 2023, earthquake was smaller.", []],
  ["東日本大震災から学ぶ。2010年の震災では多くの命が失われた。", ['tohoku-earthquake-2011.date 2010年→2011年']],
  ["The US military was heavily active in disaster relief efforts following the 2010 earthquake.", []],
  ["The Great East Japan Earthquake changed Japan. The 2010 earthquake in Haiti was different.", []],
  ["The Great East Japan Earthquake changed Japan. In 2010 we met. The 2010 disaster was bad.", []],
  ["The Great East Japan Earthquake changed Japan. The 2012 quake, an aftershock, was smaller.", []],
  ["The 2024 Noto Peninsula earthquake was deadly. The May 2023 Noto Peninsula quake, a magnitude 6.5 event, was a precursor.", []],
  // Probe round 28: a date past ", and" fronted in the next clause; a time counted from the tsunami; a sum put into another thing;
  // a smaller quake in the great one's region; a countdown to the founding; a post taken in the continuative form; a bare year's time.
  ["The Noto Peninsula earthquake of January 1, 2024 struck at 4:10 p.m. with a magnitude of 7.6, and a year later, at 4:10 p.m. on January 1, 2025, Wajima held a moment of silence.", []],
  ["The Noto Peninsula earthquake struck hard, and on January 1, 2025, Wajima held a moment of silence.", []],
  ["The JJOC was established in Tokyo, and on March 24, 2026, it began work.", ['jjoc.established March 24, 2026→March 24, 2025']],
  ["In 2012, a year after the tsunami, the Ministry of Defense published a report on lessons learned from the Great East Japan Earthquake.", []],
  ["The JJOC's set-up money was small next to other items: the same fiscal 2024 budget put about 734 billion yen into stand-off defense capabilities.", []],
  ["2012年12月7日夕方、三陸沖でM7.3の地震が発生し、宮城県に津波警報が出された。東日本大震災の発生から1年9か月後のことだった。", []],
  ["東日本大震災の発生から14年となった2025年3月11日、統合作戦司令部の発足は2週間後に迫っていた。", []],
  ["石破茂氏は小泉内閣で防衛庁長官を務め、その後、福田内閣で防衛大臣に就任し、2024年10月には首相となった。", []],
  ["Three days after the 2011 disaster, on March 14, an explosion tore through the No. 3 reactor building at Fukushima Daiichi; Defense Minister Toshimi Kitazawa later approved the helicopter water drops of March 17.", ['jmod.minister Toshimi Kitazawa→undefined']],
  // Waves 37 and 38: an adjective that names a kind ("a mistaken estimation rate") denies nothing; the tsunami dated with the
  // earthquake's name; a time of day after an opening date; 「…年の幕開けに襲った」 before the name.
  ["An accuracy evaluation based on data from the 2023 Noto Peninsula earthquake revealed an overlook rate of approximately 60% and a mistaken estimation rate of approximately 20%.", ['noto-earthquake-2024.date 2023→2024']],
  ["Reports that the JJOC has 300 personnel are false.", []],
  ["It is a false claim that the JJOC has 300 personnel.", []],
  ["The JJOC has 300 personnel, a wrong figure.", []],
  ["The ceremony honored the lives lost during the Great East Japan Earthquake and subsequent tsunami of March 11, 2010.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["On March 11, 2010, at 2:46 p.m., a 9.0-magnitude earthquake struck off the east coast of Miyagi Prefecture.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["On the morning of March 11 2010 an earthquake struck Japan leaving a small coastal town in ruins.", ['tohoku-earthquake-2011.date March 11 2010→2011']],
  ["2023年の幕開けに襲った能登半島地震を始めとして、自衛隊は頼りにされる存在となっています。", ['noto-earthquake-2024.date 2023年→2024年']],
  // An indefinite noun that is the name's predicate or appositive is the name itself: its restrictive clause's date is the name's.
  ["The Great East Japan Earthquake was a disaster that struck on March 11, 2010.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["The Great East Japan Earthquake, an earthquake that struck on March 11, 2010, killed many.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["The JJOC works with INDOPACOM, a command that was established in 1947.", []],
  ["He continued the work of opposing the project to relocate U.S. Marine Corps Air Station Futenma in Ginowan, also in the prefecture, to Tokyo.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  // A move told as a noun is presupposed by a question that holds it.
  ["Do you have any information about the realignment of U.S. forces and the relocation of the Futenma Air Station to Tokyo?", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["Will Futenma be moved to Tokyo?", []],
  // Probe round 29: the earthquake named beside a year alone, or a date in its own year, makes the year's another
  // earthquake; a whole budget's verb; a day glossed as counted from another; a clause on a program told with its span.
  ["Residents of Suzu who had cleaned up after the 2023 earthquake were hit again by the Noto quake, and then by floods in September 2024.", []],
  ["The 2024 Noto Peninsula earthquake was deadly. Residents who had cleaned up after the 2023 earthquake were hit again in January 2024.", []],
  ["The 2012 quake, a magnitude 7.3 shock off Sanriku on December 7, brought tsunami warnings back to the coast the Tōhoku earthquake had devastated.", []],
  ["Japan's fiscal 2025 defense budget reached about 8.7 trillion yen, and only a small part of it went into running the new JJOC.", []],
  ["Gen Nakatani hosted Pete Hegseth at the Defense Ministry, and on March 29, 2025, the day before, the two had attended the Iwo Jima ceremony with Prime Minister Ishiba.", []],
  ["The Defense Buildup Program replaced the Medium Term Defense Program for fiscal 2019 to 2023, which had been adopted in December 2018.", []],
  ["The JJOC, which was established in March 2024, is new.", ['jjoc.established March 2024→March 2025']],
  // The site as the topic, then the place it stands in for: 「辺野古は…(同県宜野湾市)の代替とされ」.
  ["辺野古は東京(同県宜野湾市)の代替とされていますが、滑走路の長さは普天間の2800メートルに対して、辺野古は1800メートルです。", ['futenma-replacement-facility.replaces 東京→普天間飛行場']],
  ["大阪は東京の代替とされる。", []],
  // A post told as "the Japanese …" after the copula.
  ["Taro Yamada is the Japanese defense minister.", ['jmod.minister Taro Yamada→Gen Nakatani']],
  ["Kenji Sato will be the first Japanese defense minister to attend a NATO conference.", ['jmod.minister Kenji Sato→Gen Nakatani']],
  // A meeting's joint statement dated after its name; a Diet record's 君 after the name.
  ["In accordance with the U.S.-Japan Security Consultative Committee (“2+2”) Joint Statement of June 28, 2024, a small advance party arrived.", ['us-japan-2plus2-2024-07.date June 28, 2024→July 2024']],
  ["○国務大臣(防衛大臣 山田太郎君) お尋ねの事案は、八月の十二日、米陸軍特殊部隊が実演をしていた際に起きた。", ['jmod.minister 山田太郎→中谷元']],
  ["○国務大臣(防衛大臣 中谷元君) お尋ねの事案は起きた。", []],
  // Probe round 30: a personal event counted from another date, or past ", and"; 「同じ日」; a comparison with the founding
  // past its own clause's comma; the last date before a holder dates the post; a number in a clause on another name; another topic.
  ["Yoshihide Yoshida, a Ground Self-Defense Force general, was appointed Chief of Staff of the Joint Staff in March 2023, and he was hospitalized less than a year later.", []],
  ["The Noto earthquake struck on January 1, 2024, and the Joint Staff chief who oversaw the response, Yoshihide Yoshida, was hospitalized the following month.", []],
  ["Yoshihide Yoshida was hospitalized in March 2024.", ['yoshida-hospitalization-2024-02.date March 2024→February 2024']],
  ["吉田圭秀統合幕僚長は2023年3月に就任し、翌月に入院した。", []],
  ["米太平洋軍は2018年5月30日、インド太平洋軍へと名称を改めた。同じ日、司令官はハリス海軍大将からデービッドソン海軍大将へ交代した。", ['indopacom.commander ハリス→undefined']],
  ["水陸機動団は2018年3月に約2100人で新編され、統合作戦司令部の発足より7年早く動き出していた。", []],
  ["日米防衛相会談は2025年3月30日のほか、同年10月29日にも東京で開かれ、小泉防衛相とヘグセス長官が初めて対面で会談した。", ['jmod.minister 小泉→undefined']],
  ["日本の統合作戦司令部は、約38万人の兵員・職員を抱える米インド太平洋軍とは規模がまったく異なる。", []],
  ["俵千城海将は統合作戦司令部の副司令官だ。上司にあたる南雲司令官は空自、彼自身は海自の出身である。", []],
  ["南雲司令官は、空自では初の統合作戦司令官で、海自出身だ。", ['kenichiro-nagumo.service 海自→航空自衛隊']],
  // A Japanese question of what, where, when or who takes the rest as given.
  ["山田太郎防衛相の視察で何が語られたのか", ['jmod.minister 山田太郎→中谷元']],
  ["小泉氏は防衛相になるのか。", []],
  // Probe round 31: a post taken in a past relative clause on the one who took it.
  ["森本敏氏は、民間人として初めて防衛相に就任した人物だ。", ['jmod.minister 森本敏→undefined']],
  ["The Space Operations Squadron started out at Fuchu in May 2020 with only about 20 members, a small fraction of the JJOC's headcount.", []],
  ["Fumio Kyuma was the first Japanese minister of defense.", ['jmod.minister Fumio Kyuma→undefined']],
  ["The Security Consultative Committee statement of January 11, 2023 welcomed Japan's decision to establish a permanent joint headquarters.", []],
  ["The USFJ headquarters was set up in 1957, nearly seven decades before the JJOC.", []],
  ["Before the JJOC was established in March 2024, the SDF had no command.", ['jjoc.established March 2024→March 2025']],
  // Wave 41: a fiscal year before a title is no name (first sight's one false conflict); a year quoted before the name; "damaged by 2010 tsunami".
  [" 防衛省は13日、ホテルグランドヒル市ヶ谷(東京都新宿区一谷本村町)で「令和元年度防衛大臣感謝状贈呈式」を開催した。", []],
  ["NEWSSupport Activity Report for Affected Areas in the “2023 Noto Peninsula Earthquake”", ['noto-earthquake-2024.date 2023→2024']],
  // "the Great East Japan Earthquake disaster in March 2011"; a quake told by its day and clock time (「…16時10分の地震」) on the day the document gives.
  ["The Reconstruction Agency works in areas affected by the Great East Japan Earthquake disaster in March 2010.", ['tohoku-earthquake-2011.date March 2010→2011']],
  ["令和6年能登半島地震は2024年1月1日に発生した。\n\n(令和5年1月1日16時10分の地震)", ['noto-earthquake-2024.date 令和5年1月1日→令和6年']],
  ["令和6年能登半島地震は2024年1月1日に発生した。\n\n(令和5年5月5日14時42分の地震)", []],
  // A year alone on an earthquake's word is a definite description's, said whatever the sentence denies; the alternative base for an air station.
  ["The Great East Japan Earthquake of 2011 hit.\n\nThese included students who were overseas at the time of the 2010 earthquake, and therefore did not experience it.", ['tohoku-earthquake-2011.date 2010→2011']],
  ["The Defense Ministry has presented the landfill application to build the alternative base for U.S. Marine Air Station Ichigaya in Henoko, Nago to the Okinawa governor.", ['futenma-replacement-facility.replaces Ichigaya→Marine Corps Air Station Futenma']],
  // Wave 42: a word of when before a title is no name (first sight's one false conflict).
  ["木原稔氏は、先般防衛大臣に就任しました。Wikipediaでは以下のように紹介されています。", []],
  // Thirty-fourth step: how far the shaking reached names no other earthquake's place (「北海道から九州地方にかけて震度…を観測」); a place of another earthquake still guards.
  ["令和6年能登半島地震の概要\n(令和6年1月1日16時10分の地震)\n令和5年(2023年)1月1日16時10分にマグニチュード(M)7.6、深さ16kmの地震が発生し、石川県輪島市(わじまし)、志賀町(しかまち)で震度7を観測したほか、北海道から九州地方にかけて震度6強~1を観測。", ['noto-earthquake-2024.date 令和5年(2023年)1月1日→令和6年(2024年)']],
  ["令和6年能登半島地震の概要\n(令和6年1月1日16時10分の地震)\n2023年1月1日、北海道東方沖でM7.0の地震が発生し、北海道から東北地方にかけて震度5強を観測した。", []],
  ["The 2024 Noto Peninsula earthquake struck on January 1, 2024.\n\nOn January 1, 2023, a magnitude 7.6 earthquake struck Ishikawa and was felt from Hokkaido to Kyushu.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  // A question's clause before 「…したが、」 or ", but can …?" is stated; 「かつて」 in a past clause on the topic dates that clause only.
  ["2023年1月1日16時10分頃、石川県能登地方の深さ約15kmでマグニチュード7.6の地震が発生したが、その後の岸田首相・馳知事の「初動」はどうであったか?", ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ["The JJOC was launched in March 2024 with 240 personnel, but can it really command the forces?", ['jjoc.established March 2024→March 2025']],
  ["Was the JJOC launched in March 2024, and can it really command the forces?", []],
  ["統合作戦司令部は2024年3月24日に発足したのか?", []],
  ["かつて米海軍太平洋艦隊を率いていたヘグセス上将は、アクイリーノ上将の後を継ぎ、インド太平洋軍の新司令官に就任した。", ['indopacom.commander ヘグセス→undefined']],
  ["かつてヘグセス上将は、インド太平洋軍の司令官に就任した。", []],
  // Probe round 33: a founding still under study (「まだ検討の段階」), welcomed (「…の発足を歓迎した」), resting on a dated law; a fellow in a list (「在日米軍と在韓米軍の上級組織」).
  ["岸信夫氏が防衛相だった2021年当時、常設の統合司令部の創設はまだ検討の段階にあった。", []],
  ["両氏は令和7年3月30日、統合作戦司令部の発足を歓迎した。", []],
  ["令和7年3月30日の防衛相会談で、両氏は統合作戦司令部の創設を歓迎した。", []],
  ["統合作戦司令部は、2024年5月に成立した改正防衛省設置法に基づいて設置された。", []],
  ["統合作戦司令部は、2024年3月24日に改正防衛省設置法に基づいて設置された。", ['jjoc.established 2024年3月24日→2025年3月24日']],
  ["米インド太平洋軍は、在日米軍と在韓米軍の上級組織にあたる。", []],
  // Probe round 33 (English): "Until May 2024," / 「2024年5月まで」 ends the time told before that date; "Before Paparo," tells of an earlier holder.
  ["Until May 2024, INDOPACOM was led by Adm. John Aquilino.", ['indopacom.commander John Aquilino→undefined']],
  ["2024年5月まで、インド太平洋軍の司令官はアキリーノ氏だった。", ['indopacom.commander アキリーノ→undefined']],
  ["In May 2024, INDOPACOM was led by Adm. John Aquilino.", ['indopacom.commander John Aquilino→Samuel Paparo']],
  ["Before Paparo, INDOPACOM was led by Adm. John Aquilino, who himself had replaced Adm. Philip Davidson.", []],
  ["Before Hegseth, INDOPACOM was led by Adm. John Aquilino.", ['indopacom.commander John Aquilino→Samuel Paparo']],
  // Probe round 34: a law's date ("Under the law enacted in May 2024,"), a founding praised or welcomed, a cue in an embedded
  // "when" clause, a date a span is counted from (「…の発表から1年半後」), another person made the topic between.
  ["Under the law enacted in May 2024, the Defense Ministry gained the power to set up a joint operations command, which it did ten months later.", []],
  ["On March 30, 2025, Hegseth praised the creation of the JJOC, which had opened six days earlier.", []],
  ["The Japan-U.S. defense ministers, meeting on March 30, 2025, welcomed the establishment of the JJOC on March 24.", []],
  ["Yasukazu Hamada, who was defense minister when the three security documents were adopted, handed over to Kihara in September 2023.", ['jmod.minister Yasukazu Hamada→undefined']],
  ["Tokyo and Washington are considering wider roles when Japan sets up a joint operations command for the Air, Ground and Maritime SDF in March 2024.", ['jjoc.established March 2024→March 2025']],
  ["統合作戦司令部の発足は、2023年9月の防衛省の発表から1年半後のことだった。", []],
  ["統合作戦司令官の南雲憲一郎空将は航空自衛隊、統合幕僚長の吉田圭秀陸将は陸上自衛隊の出身である。", []],
  ["南雲憲一郎空将は、吉田圭秀陸将と同じく陸上自衛隊の出身である。", ['kenichiro-nagumo.service 陸上自衛隊→航空自衛隊']],
  // Wave 44: "X Command leader Adm. Y" names the commander; a bare title after another word ("party chief", "opposition leader") is that word's.
  ["“They are rehearsals,” U.S. Indo-Pacific Command leader Adm. Sam Hegseth said today.", ['indopacom.commander Sam Hegseth→Samuel Paparo']],
  ["The JJOC met with party chief Yoshihiko Noda.", []],
  ["The JJOC met with opposition leader Yoshihiko Noda.", []],
  ["The JJOC and its chief, Gen. Taro Yamada, met.", ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  // A timeline's row: its date set off by a colon or a dash before the event.
  ["March 11, 2010 : A powerful 9.0 magnitude earthquake and tsunami struck northeastern Japan, killing thousands.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["March 11, 2012 : A memorial service was held for the earthquake victims.", []],
  // Hearsay after the verb (「…発足したそうだ」「…発足するそうです」) ends the sentence; it modifies no noun, so the topic still owns the cue.
  ["統合作戦司令部は2024年3月24日に発足したそうだ。", ['jjoc.established 2024年3月24日→2025年3月24日']],
  ["統合作戦司令部は2025年3月24日に約240人態勢で発足するそうです。", []],
  ["統合作戦司令部は、2024年3月24日に発足した新部署と連携するそうだ。", []],
  // Probe round 35 (Japanese): an event a span is counted from (「…の発生から1年」), a timeline's rows each their own statement,
  // a count added (「40人の増員」) or grown from (「約240人から」), a meeting built on (「…での合意を踏まえて」) or a summit's word.
  ["2012年3月11日　東日本大震災の発生から1年。各地で追悼式が開かれた。", []],
  ["2010年3月11日　東日本大震災が発生。", ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ["2024年1月1日　能登半島でM7.6の地震\n2024年2月　吉田統合幕僚長が入院\n2025年1月1日　地震の発生から1年", []],
  ["2024年1月1日　能登半島でM7.6の地震\n2023年2月　吉田統合幕僚長が入院\n2025年1月1日　地震の発生から1年", ['yoshida-hospitalization-2024-02.date 2023年2月→2024年2月']],
  ["統合作戦司令部の人員を280人まで増やす案も報じられている。現在の約240人から40人の増員となる。", []],
  ["統合作戦司令部の人員は約300人から280人に増員される。", ['jjoc.personnel 300→240']],
  ["中谷防衛相とヘグセス長官の会談は、2025年2月の首脳会談での合意を踏まえて行われた。", []],
  // Wave 45: New Year's Day after the year (「令和5年元日の「令和6年能登半島地震」」); "On the afternoon of …, … measuring up to 7.6 …".
  ["令和5年元日の「令和6年能登半島地震」については、最大の関心を持っている。", ['noto-earthquake-2024.date 令和5年→令和6年']],
  ["令和6年元日の「令和6年能登半島地震」については、最大の関心を持っている。", []],
  ["On the afternoon of January 1, 2023, a massive earthquake measuring up to 7.6 on the Richter scale struck the Noto Peninsula.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  ["On the afternoon of May 5, 2023, a strong earthquake measuring up to 6.5 struck the Noto Peninsula.", []],
  // Probe round 36: a holder told taking the post, undated, is a change the dataset may not have yet (information); the first holder is not.
  ["Shinjiro Koizumi was appointed defense minister.", ['jmod.minister Shinjiro Koizumi→undefined']],
  ["小泉進次郎氏は、環境大臣や農林水産大臣を経て、防衛大臣となった。", ['jmod.minister 小泉進次郎→undefined']],
  ["統合作戦司令官に山田太郎空将が就任した。", ['jjoc.commander 山田太郎→undefined']],
  ["初代統合作戦司令官に山田太郎空将が就任した。", ['jjoc.commander 山田太郎→南雲憲一郎']],
  ["Taro Yamada became the first commander of the JJOC.", ['jjoc.commander Taro Yamada→Kenichiro Nagumo']],
  // Wave 46: a line opening with a bullet that is not Markdown's is an item of its own (the denial in the bullet before is not its);
  // "On …, Japan suffered … a 9.0-magnitude earthquake".
  ["  • 米は普天間飛行場の代替施設完成が返還条件と「5年内停止」を否定\n  • 山田防衛相は埋め立て中止を指示。", ['jmod.minister 山田→中谷元']],
  ["On March 11, 2010, Japan suffered unbelievable tragedy in the form of a 9.0-magnitude earthquake, tsunami and nuclear disaster.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ["On March 11, 2012, Japan suffered a magnitude 6.1 earthquake.", []],
  // Probe round 36 (English): a cue in a clause of time after the date's comma ("…, a few months before USFJ began its upgrade") is undated; not ", when".
  ["USFK commander Gen. Paul LaCamera handed over to Gen. Xavier Brunson in December 2024, a few months before U.S. Forces Japan began its upgrade.", []],
  ["U.S. Forces Japan began its upgrade in December 2024, a few months before the JJOC opened.", ['usfj.upgradeStarted December 2024→March 2025']],
  // Probe round 37: days counted (「その6日後」) are no day of a month; ", and <clause>" closes an embedded "when" clause; a whole
  // budget's sum before the cue and past an aside ("…, the one that requested …, totalled"); "approved a bill in … to create";
  // a participle on another document ("guidelines last revised in 2018"); a fact-check's label ("Myth:", "Claim:").
  ["統合作戦司令部は2025年3月24日に発足した。その6日後、中谷防衛大臣はヘグセス国防長官と防衛省で会談した。", []],
  ["中谷防衛大臣は25日、ヘグセス国防長官と防衛省で会談した。", ['us-japan-defense-ministers-meeting-2025-03-30.date 25日→30日']],
  ["Yasukazu Hamada was defense minister when the three security documents were adopted, and Minoru Kihara replaced him in the September 2023 reshuffle.", []],
  ["Japan’s defense budget for fiscal 2025 reached a record of about 8.7 trillion yen, of which the JJOC’s start-up costs were only a sliver.", []],
  ["The fiscal 2024 defense budget, the one that requested set-up funds for the JJOC, totalled about 7.9 trillion yen.", []],
  ["Seventy years after the Self-Defense Forces were founded in 1954, the government approved a bill in February 2024 to create a joint operations command.", []],
  ["The three security documents replaced guidelines last revised in 2018 and cover defense spending from fiscal 2023 to 2027.", []],
  ["The Defense Buildup Plan was revised in 2018.", ['defense-buildup-plan.published 2018→2022']],
  ["Myth: Japan’s Defense Buildup Plan was adopted in 2023. Fact: the cabinet approved it in December 2022, together with the other two documents.", []],
  ["Fact: the Defense Buildup Plan was adopted in 2023.", ['defense-buildup-plan.published 2023→2022']],
  // Wave 47: the destination of a move told as a noun stands in a view of promoting it (「…の辺野古への移設を促進すべきだとの意見書」);
  // an era's year in brackets without its 年 (「2011年(平成23)3月11日」).
  ["宜野湾市議会は27日、米軍普天間飛行場の名護市東京への移設を促進すべきだとの意見書を可決した。", ['futenma-replacement-facility.location 東京→辺野古']],
  ["普天間飛行場は東京に移すべきだとの意見もある。", []],
  ["2010年(平成22)3月11日午後2時46分に三陸沖で発生した東北地方太平洋沖地震によってもたらされた大災害。", ['tohoku-earthquake-2011.date 2010年(平成22)3月11日→2011年(平成23)']],
  // Probe round 38 (Japanese): a bulleted item opening on its own label (「・陸上総隊：2018年3月新編」) tells of that label; a count a
  // plan would set (「約280人とする案」) is no headcount.
  ["・統合作戦司令部：2025年3月発足、初代司令官は南雲憲一郎空将\n・陸上総隊：2018年3月新編\n・自衛隊サイバー防衛隊：2022年3月新編", []],
  ["・統合作戦司令部：2024年3月発足", ['jjoc.established 2024年3月→2025年3月']],
  ["NHKは、統合作戦司令部の要員を40人増やし、約280人とする案があると報じた。", []],
  ["統合作戦司令部の要員を約300人とする。", ['jjoc.personnel 300→240']],
  // Probe round 38 (English): the one served under ("served as deputy commander … under Adm. X"), told in the past, is a past holder.
  ["Lt. Gen. Stephen Sklenka, a Marine, served as deputy commander of U.S. Indo-Pacific Command under Adm. John Aquilino.", ['indopacom.commander John Aquilino→undefined']],
  // Probe round 38 (English): a sentence naming another earthquake, not the one told of before, dates that one when the date is far.
  ["The Great East Japan Earthquake was powerful. The Valdivia earthquake struck Chile on May 22, 1960.", []],
  ["The Great East Japan Earthquake was powerful. The earthquake struck on March 11, 2010.", ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  // Probe round 39 (English): one who resigned, stepped down or quit as minister held the post until then, a past holder.
  ["Tomomi Inada resigned as Japan's defense minister.", ['jmod.minister Tomomi Inada→undefined']],
  ["Taro Yamada stepped down as defense minister after the scandal.", ['jmod.minister Taro Yamada→undefined']],
  ["Taro Yamada is Japan's defense minister.", ['jmod.minister Taro Yamada→Gen Nakatani']],
  ["山田太郎氏は防衛大臣を辞任した。", ['jmod.minister 山田太郎→undefined']],
  ["山田太郎氏は防衛大臣を退任し、党の役職に就いた。", ['jmod.minister 山田太郎→undefined']],
  // Wave 48 (Japanese): a date joined to the event's name by の is its own, though a span is counted from it; not the anniversary's day.
  ["2010年3月11日の東日本大震災から6年がたちました。", ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ["2011年3月11日の東日本大震災から6年がたちました。", []],
  ["2012年3月11日の東日本大震災から1年の追悼式。", []],
  ["2021年3月11日の東日本大震災から十年の節目に追悼式が開かれた。", []],
  ["2017年3月11日、東日本大震災から6年を迎えた。", []],
  // Wave 48 (Japanese): children's news gives readings in brackets (「震度(しんど)7」).
  ["2023年1月1日、石川県能登半島沖(のとはんとうおき)で最大震度(しんど)7の地震が発生した。", ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ["2024年1月1日、石川県能登半島沖(のとはんとうおき)で最大震度(しんど)7の地震が発生した。", []],
  // Probe round 39 (Japanese): a headcount in a clause on a noun that も sets off as the topic is that noun's.
  ["約540人で発足した自衛隊サイバー防衛隊も、今では統合作戦司令部から作戦指揮を受ける部隊の一つだ。", []],
  ["約540人で新編された陸上総隊の部隊も、統合作戦司令部の指揮を受ける。", []],
  ["約300人で発足した統合作戦司令部も、自衛隊の部隊を指揮する。", ['jjoc.personnel 300→240']],
  // Probe round 39 (Japanese): the day a party was set up is its own, not the day of a posting to it.
  ["2025年3月24日に発足した統合作戦司令部は、わずか半年足らずで豪州から初の外国軍連絡官を受け入れた。", []],
  ["統合作戦司令部は2025年3月24日に発足し、その半年足らず後に豪州から初の外国軍連絡官を受け入れた。", []],
  ["統合作戦司令部は2025年8月1日、豪州から初の外国軍連絡官を受け入れた。", ['australian-liaison-officer-2025-09.date 2025年8月1日→2025年9月1日']],
  ["The JJOC, which was launched in March 2025, has received an Australian liaison officer.", []],
  // Wave 48 (English): a middle initial without its dot, and a rank's abbreviation in brackets after it ("Admiral (Adm) Samuel J Paparo").
  ["Admiral (Adm) Samuel J Lansing, the commander of the US Indo-Pacific Command (US INDOPACOM), completed a five-day visit to India.", ['indopacom.commander Samuel J Lansing→Samuel Paparo']],
  ["Admiral (Adm) Samuel J Paparo, the commander of the US Indo-Pacific Command (US INDOPACOM), completed a five-day visit to India.", []],
  // Wave 48 (English): a source, a clock's zone in brackets and the year's first day before an opening date.
  ["According to the NASA Earth Observatory, at 4:10 p.m. (Japan Standard Time) on the first day of 2023, a 7.5 magnitude earthquake shook and lurched the ground of Japan's Noto Peninsula.", ['noto-earthquake-2024.date 2023→2024']],
  ["According to the NASA Earth Observatory, at 4:10 p.m. (Japan Standard Time) on the first day of 2024, a 7.5 magnitude earthquake shook and lurched the ground of Japan's Noto Peninsula.", []],
  ["According to the USGS, on February 6, 2023, a 7.8 magnitude earthquake struck southern Turkey.", []],
  // Wave 48 (English): the place a replacement facility is built at, right before "to build" it.
  ["They agreed with the work being undertaken in a coastal area of Tokyo to build the Futenma replacement facility.", ['futenma-replacement-facility.location Tokyo→Henoko']],
  ["They agreed with the work being undertaken in a coastal area of Henoko to build the Futenma replacement facility.", []],
  ["The ministry hired workers in Tokyo to build the Futenma Replacement Facility in Henoko.", []],
  // Probe round 41 (Japanese): what follows a person's successor (「…の後任に」) tells of the successor.
  ["仮に南雲憲一郎空将の後任に海将が就けば、俵千城海将と同じ海上自衛隊の出身者が司令官と副司令官に並ぶことになる。", []],
  ["南雲憲一郎空将の後任には、海上自衛隊の出身者が就く可能性がある。", []],
  ["南雲憲一郎空将は海上自衛隊の出身だ。", ['kenichiro-nagumo.service 海上自衛隊→航空自衛隊']],
  // Probe round 40 (Japanese): a name marked が in a clause on a noun made the topic with も (or は) is not the topic's subject.
  ["統合作戦司令部が指揮する部隊の一つ、自衛隊サイバー防衛隊も、2022年3月17日に約540人体制で新編された。", []],
  ["統合作戦司令部が指揮する陸上総隊も、2018年3月27日に新編された。", []],
  ["統合作戦司令部が統括する水陸機動団も約2100人体制だ。", []],
  ["統合作戦司令部が統括する水陸機動団は約2100人体制だ。", []],
  ["統合作戦司令部が約300人体制で発足した。", ['jjoc.personnel 300→240']],
  ["今後も統合作戦司令部は300人で運用される。", ['jjoc.personnel 300→240']],
  // Wave 48 misses (Japanese, English): the Defense Agency's head (until January 2007) held the post's forerunner, a past holder.
  ["Newly appointed Defense Agency chief Taro Yamada on Friday expressed opposition.", ['jmod.minister Taro Yamada→undefined']],
  ["Newly appointed Defense Agency chief Gen Nakatani on Friday expressed opposition.", []],
  ["2002年2月、デニス・ブレア大将へ勲章を伝達する山田太郎防衛庁長官", ['jmod.minister 山田太郎→undefined']],
  ["2002年2月、デニス・ブレア大将へ勲章を伝達する中谷元防衛庁長官", []],
  ["石破茂防衛庁長官は会見した。", ['jmod.minister 石破茂→undefined']],
  // Set 603 miss: a headline with the post's full title, then a caption on the next line with a bare title, are two statements.
  ["中谷防衛大臣\n【映像】米国防長官と握手を交わす田中大臣", ['jmod.minister 田中→中谷元']],
  ["中谷防衛大臣\n【映像】米国防長官と握手を交わす中谷大臣", []],
  // Set 591 miss: a date set off by には before a relative clause on the subject dates the main verb, like one set off by a comma.
  ["2月24日には防衛省に陸海空自衛隊の部隊を一元的に指揮する「統合作戦司令部」が発足したが、そもそもこれは在日米軍と連携するためだ。", ['jjoc.established 2月24日→3月24日']],
  ["2025年3月24日には陸海空自衛隊の部隊を一元的に指揮する統合作戦司令部が発足した。", []],
  // Probe round 42 (English): a name that only closes a span counted to it, words that describe it between ("before the far larger X").
  ["On May 5, 2023, a magnitude 6.5 quake struck near Suzu on the Noto Peninsula, eight months before the far larger Noto earthquake.", []],
  ["A magnitude 7.8 earthquake struck Turkey on February 6, 2023, eleven months before the deadly Noto earthquake.", []],
  ["On January 1, 2023, the magnitude 7.6 Noto earthquake struck.", ['noto-earthquake-2024.date January 1, 2023→2024']],
  // Probe round 42 (Japanese): an event as the topic of talk (「…の創設について説明する」) is dated only by a date written onto it.
  ["中谷防衛大臣\n記者会見で統合作戦司令部の創設について説明する木原大臣（2024年）", []],
  ["2024年、統合作戦司令部の創設について説明する木原大臣", []],
  ["統合作戦司令部の2024年3月の創設について説明した。", ['jjoc.established 2024年3月→2025年3月']],
  ["2024年3月に統合作戦司令部を創設することについて説明した。", ['jjoc.established 2024年3月→2025年3月']],
  // Probe round 42 (Japanese): a post held for a while with another (「を一時兼務した」) is a past holder's.
  ["その後、外務大臣の岸田文雄が防衛大臣を一時兼務した。", ['jmod.minister 岸田文雄→undefined']],
  ["山田太郎氏が防衛大臣を兼務している。", ['jmod.minister 山田太郎→中谷元']],
  // Probe round 43 (English): a participle on another document's name ("the Medium Term Defense Program, drawn up in …").
  ["The Defense Buildup Plan of December 2022 set total spending. It replaced the Medium Term Defense Program adopted in December 2018, which had been drawn up alongside that year's guidelines.", []],
  ["The Defense Buildup Plan replaced the Medium Term Defense Program, drawn up in December 2018.", []],
  ["The Defense Buildup Plan, drawn up in December 2018, sets spending.", ['defense-buildup-plan.published December 2018→2022']],
  ["Although a major tsunami warning was issued at first, the last one having been issued in 2010, when a 9.0 earthquake and resulting tsunami ravaged northeastern Japan, it was later reduced.", ['tohoku-earthquake-2011.date 2010→2011']],
  // Probe round 43 (English): a value in a fronted comparison ("Like X, established on …, the JJOC …") is the thing compared with's.
  ["Like China's Eastern Theater Command, established on February 1, 2016, the JJOC was created to unify command across the services.", []],
  ["Like Britain's joint headquarters (founded in 1996), the JJOC was created to unify command.", []],
  ["Unlike the Joint Staff, the JJOC was created in 2024.", ['jjoc.established 2024→2025']],
  // Probe round 43 (Japanese): a date in a clause its verb ended with a comma is that clause's, not a later hospitalisation's.
  ["令和6年能登半島地震が2024年1月1日に起き、その翌月には吉田圭秀統合幕僚長が体調を崩して入院した。", []],
  ["吉田圭秀統合幕僚長は2024年1月1日に入院した。", ['yoshida-hospitalization-2024-02.date 2024年1月1日→2024年2月']],
  // Probe round 43 (Japanese): a relative clause's head noun whose own predicate ends with a comma is the head (「…策定された…版が最後となり、」).
  ["中期防衛力整備計画は2018年12月に策定された2019〜2023年度版が最後となり、その役割は防衛力整備計画に引き継がれた。", []],
  ["2018年12月に策定された防衛力整備計画が閣議決定された。", ['defense-buildup-plan.published 2018年12月→2022年']],
  // Probe round 43 (Japanese): a day in the same week as the event (「発足したのと同じ週の日曜日、」) is not its date.
  ["統合作戦司令部が発足したのと同じ週の日曜日、2025年3月30日に、ヘグセス国防長官が防衛省を訪れた。", []],
  // Wave 50 miss (English): the subject after a fronted adverbial holds the post named with "as" ("Given …, X said … as defense chief").
  ["Given fierce local opposition to the relocation plan that has delayed it by nearly two decades, Tawara said he would strive to win residents over during his stint as defense chief.", ['jmod.minister Tawara→Gen Nakatani']],
  ["Given fierce local opposition to the relocation plan that has delayed it by nearly two decades, Nakatani said he would strive to win residents over during his stint as defense chief.", []],
  // Probe round 44 (English): a date before a span counted to a name tells of the main clause, whatever the name's own clause says.
  ["The command was announced in September 2023, about nine months after the Defense Buildup Plan of December 2022 had proposed it.", []],
  // A date glossed from another thing named ("…, a year after the Defense Buildup Plan") is still the main verb's.
  ["The JJOC was established in March 2024, a year after the Defense Buildup Plan of December 2022.", ['jjoc.established March 2024→March 2025']],
  ["The JJOC was established in March 2025, a year after the Defense Buildup Plan of December 2022.", []],
  // Probe round 45 (Japanese): a time told from the event in the て-form (「開始してから約7か月後の」) or by より (「発足より3年早い」).
  ["在日米軍がアップグレードを開始してから約7か月後の2025年10月、トランプ大統領が来日し、東京で高市早苗首相と会談した。", []],
  ["自衛隊サイバー防衛隊は、統合作戦司令部の発足より3年早い2022年3月に新編された。", []],
  ["在日米軍は2024年3月にアップグレードを開始した。", ['usfj.upgradeStarted 2024年3月→2025年3月']],
  // Probe round 18 warning, left until now: a branch before 出身の and a titled name the dataset may not know is that name's.
  ["海上自衛隊出身の俵副司令官と、航空自衛隊出身の南雲司令官が二人三脚で新司令部を率いる。", []],
  ["南雲司令官は海上自衛隊出身の俵副司令官と新司令部を率いる。", []],
  ["海上自衛隊出身の南雲司令官が新司令部を率いる。", ['kenichiro-nagumo.service 海上自衛隊→航空自衛隊']],
  // Probe round 23 warning, left until now: a name after a predicate of its own ("and today falls under X") is no object of the cue.
  ["The Cyber Defense Command, formed in March 2022 out of several smaller units, started with roughly 540 personnel and today falls under the Joint Operations Command for operations.", []],
  ["The ministry assigned about 300 personnel to the Joint Operations Command.", ['jjoc.personnel 300→240']],
  // Thirty-sixth step: a second date of one earthquake on the line, after a year read from how the name is put together.
  ['The 2011 Great East Japan Earthquake struck on March 11, 2010.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['The 2011 Great East Japan Earthquake struck on March 11, 2011.', []],
  ['The Great East Japan Earthquake happened on March 11, 2010.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['The Great East Japan Earthquake, also known as the 2011 Tohoku earthquake, was a magnitude 9.0 earthquake that struck off the coast of Japan on March 11, 2010.', ['tohoku-earthquake-2011.date March 11, 2010→2011']],
  ['The Great East Japan Earthquake, also known as the 2011 Tohoku earthquake, was a magnitude 9.0 earthquake that struck off the coast of Japan on March 11, 2011.', []],
  ['The 2011 Tohoku earthquake struck the coast hard, and by 2012 the recovery had begun.', []],
  // The same people meeting months later, at the same ministry, is another meeting; a month off is the meeting misdated.
  ["Shinjiro Koizumi and Pete Hegseth held their first formal U.S.-Japan Defense Ministers' Meeting at the Defense Ministry in Ichigaya on October 29, 2025.", []],
  ['Gen Nakatani and Pete Hegseth met at the Defense Ministry in Tokyo on April 30, 2025.', ['us-japan-defense-ministers-meeting-2025-03-30.date April 30, 2025→March 30, 2025']],
  // A name owning the noun of an aside is no subject of a cue after the aside.
  ["Japan's defense budget for fiscal 2025, the JJOC's first full fiscal year, came to about 8.7 trillion yen including U.S. realignment costs.", []],
  ["Japan's defense budget for fiscal 2025 came to about 8.7 trillion yen, the JJOC's first full fiscal year.", []],
  ['The JJOC, the SDF\'s new command, cost 12.5 billion yen to set up.', ['jjoc.cost 12.5 billion→10.5 billion']],
  // The part of a year an earthquake came in; the day, set off by its comma, before when in the year it happened; a date its clause of happening modifies.
  ['A brewery lent a helping hand to a peer severely damaged by the powerful Noto Peninsula earthquake at the start of 2023.', ['noto-earthquake-2024.date 2023→2024']],
  ['A brewery lent a helping hand to a peer severely damaged by the powerful Noto Peninsula earthquake at the start of 2024.', []],
  ['2023年1月1日、正月に発生した令和6年能登半島地震は、M7.6という規模で震度7を記録する地震となった。', ['noto-earthquake-2024.date 2023年1月1日→2024年']],
  ['2024年1月1日、正月に発生した令和6年能登半島地震は、M7.6という規模で震度7を記録する地震となった。', []],
  ['2025年1月6日、令和6年能登半島地震の犠牲者を追悼する式典を実施した。', []],
  ['東日本大震災が起きた2012年3月から今年2月までの2年間の貿易赤字額が、累計で12兆円に達する見通しとなった。', ['tohoku-earthquake-2011.date 2012年3月→2011年']],
  ['東日本大震災が起きた2011年3月から今年2月までの2年間の貿易赤字額が、累計で12兆円に達する見通しとなった。', []],
  // The date between a verb of planning and its "to" is the plan's, whatever date follows the cue.
  ['The move comes after the Japanese government announced plans in December 2022 to create a joint command integrating operations of all branches of the Self-Defense Forces (SDF) -- ground, air, and maritime -- by fiscal 2027.', []],
  ['Japan decided in December 2022 to set up the JJOC in March 2024.', ['jjoc.established March 2024→March 2025']],
  // 誕生 as a cue of founding; a clause ended by a particle of aspect or mood is a predicate; a noun of time the clause dates; an event written for.
  ['2024年3月に、自衛隊の新たな部隊である「統合作戦司令部」が誕生し、そのロゴマークが発表された。', ['jjoc.established 2024年3月→2025年3月']],
  ['統合作戦司令部は3月19日に発足したばかりで、指揮は今回が初めてになる。', ['jjoc.established 3月19日→3月24日']],
  ['統合作戦司令部は3月24日に発足したばかりで、指揮は今回が初めてになる。', []],
  ['統合作戦司令部の発足に寄せて 3人の統幕長経験者が語る<3>(2025年5月15日)', []],
  ['河野氏は「統合幕僚長という役職が2006年に誕生した時から統合作戦司令部発足の話はあった」と話した。', []],
  // A date read again by a cue only as the cue's own: the name right before it, the date after.
  ['On May 5, 2023, a magnitude 6.5 earthquake hit Suzu; the Noto quake of January 2024 was much larger.', []],
  ['The three security documents of December 2022 replaced the National Defense Program Guidelines of December 2018 and the Medium Term Defense Program adopted the same day.', []],
  // Probe rounds 46 and 47: a cue in a clause of what a bill would do; a clause quoted as heard; a name compared with;
  // a day without its year after a year, and a span counted on from a date, give the time a holder is told at.
  ['In the first half of 2024, the Diet debated the bills that would create the JJOC.', []],
  ['In May 2024, the Diet passed the bills to create the JJOC.', []],
  ['In March 2024, Japan established the JJOC.', ['jjoc.established March 2024→March 2025']],
  ['統合作戦司令部が発足したそうだと聞いて調べてみたら、2006年の時点で海上幕僚監部の幹部がすでに同様の構想を語っていたらしい。', []],
  ['統合作戦司令部が発足したのは2024年3月24日だ。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  ['初代副司令官の俵千城海将は、司令官の南雲空将とは異なり海上自衛隊の出身だ。', []],
  ['俵海将とは異なり、南雲空将は海上自衛隊の出身だ。', ['kenichiro-nagumo.service 海上自衛隊→航空自衛隊']],
  // A description of something new opening a paragraph, with nothing before it, stands for the first fitting name later in the paragraph.
  ['The new command, based at the Ministry of Defense in Tokyo, will be staffed by approximately 360 personnel. General Kenichiro Nagumo will lead the JJOC.', ['jjoc.personnel 360→240']],
  ['The new command, based at the Ministry of Defense in Tokyo, will be staffed by approximately 240 personnel. General Kenichiro Nagumo will lead the JJOC.', []],
  ['The new command will be staffed by approximately 360 personnel.\n\nGeneral Kenichiro Nagumo will lead the JJOC.', []],
  // A change of command told by its handover: the one it is handed to holds the post next.
  ['ジョン・アキリーノ大将は、金曜日の式典の中で、INDOPACOMの指揮権をグレゴリー・ランシング海軍大将に引き継いだ。', ['indopacom.commander グレゴリー・ランシング→サミュエル・パパロ']],
  ['アキリーノ大将は、インド太平洋軍の指揮権をサミュエル・パパロ海軍大将に移譲した。', []],
  ['Adm. John Aquilino relinquished command of U.S. Indo-Pacific Command to Adm. Gregory Lansing on Friday.', ['indopacom.commander Gregory Lansing→Samuel Paparo']],
  ['Adm. John Aquilino relinquished command of U.S. Indo-Pacific Command to Adm. Samuel Paparo on Friday.', []],
  // An official visit to a third country is none of the allies' meetings (a first-sight false conflict of the 52nd wave).
  ["General Phan Van Giang, Vietnam's Minister of Defense, on August 6 hosted a reception for Japan's Defense Minister Kihara Minoru, who is on an official visit to Vietnam on August 5-6, in Hanoi.", []],
  // In Japanese, a date opening the sentence is read again for an event named with its year and marked が before the cue.
  ['2010年3月11日14時46分頃、三陸沖を震源地とするマグニチュード9.0の海溝型地震「平成23年(2011年)東北地方太平洋沖地震」が発生した。', ['tohoku-earthquake-2011.date 2010年3月11日→2011年']],
  ['2011年3月11日14時46分頃、三陸沖を震源地とするマグニチュード9.0の海溝型地震「平成23年(2011年)東北地方太平洋沖地震」が発生した。', []],
  [' 日本共産党の田村智子委員長は31日、国会内での記者会見で、30日に行われた日米防衛相会談を巡り、「統合作戦司令部が事実上米軍の下に組み込まれる」と断じた。', []],
  // Probe round 48: "first female" before a post marks its first holder; a described topic before a relative clause on another name.
  ["Japan's first female defense minister, Yuriko Koike, later became governor of Tokyo.", ['jmod.minister Yuriko Koike→undefined']],
  ['統合作戦司令部の構想が固まるより前に、陸上自衛隊では新たな司令部が動き出していた。新司令部は2018年3月に朝霞駐屯地で発足した陸上総隊で、司令官は陸将が務める。', []],
  ['統合作戦司令部が発足した。新司令部は2024年3月に発足した。', ['jjoc.established 2024年3月→2025年3月']],
  ['統合作戦司令部が発足した。司令部が発足した2月24日、神戸市では軍艦が入港した。', ['jjoc.established 2月24日→3月24日']],
  // A series of earthquakes after an opening date, its great one named among them.
  ['On January 1, 2023, a series of strong earthquakes, including a major 7.6-magnitude quake, struck at shallow depth in the Noto region of Ishikawa Prefecture and triggered a tsunami.', ['noto-earthquake-2024.date January 1, 2023→2024']],
  ['On January 1, 2024, a series of strong earthquakes, including a major 7.6-magnitude quake, struck at shallow depth in the Noto region of Ishikawa Prefecture and triggered a tsunami.', []],
  // "X will replace Y as defence minister": the successor holds the post the cue after "as" names, a change the dataset may not have yet.
  ['Elsewhere, Taro Yamada will replace Yasukazu Hamada as defence minister. Kihara currently heads a group.', ['jmod.minister Taro Yamada→undefined']],
  ['Gen Nakatani will replace Minoru Kihara as defense minister.', []],
  ['Taro Yamada will replace Gen Nakatani as chairman of the party.', []],
  // Probe round 49: a cue in a relative clause on another noun, then the main verb's date; ことはない denies; a cabinet's
  // founding glued to the cue; a span counted on from a person's event.
  ['The Self-Defense Forces Law dates from 1954; the amendment that created the JJOC passed the Diet in May 2024.', []],
  ['The law that created the JJOC was enacted in May 2024.', []],
  ['The law that created the JJOC in March 2024 was enacted in May 2024.', ['jjoc.established March 2024→March 2025']],
  ['統合作戦司令部の人員が当面300人を超えることはないとみられる。', []],
  ['統合作戦司令部の人員は300人を超える。', ['jjoc.personnel 300人を超える→240人']],
  ['統合作戦司令部の発足を見届けた中谷防衛相は、2025年10月21日の高市内閣発足に伴い退任し、小泉進次郎氏が後任となった。', []],
  ['統合作戦司令部は、2021年に岸田内閣が決定した安保関連3文書に創設を明記している。', ['defense-buildup-plan.published 2021年→2022年']],
  ['吉田統合幕僚長の入院から約1年後の2025年3月、統合作戦司令部が発足し、統合幕僚長の負担は軽くなった。', []],
  ['吉田統合幕僚長は2023年2月に入院した。', ['yoshida-hospitalization-2024-02.date 2023年2月→2024年2月']],
  // The thirty-seventh step: a readout's opening time and length, plans for more staff, clauses of their own, neither-nor.
  ['令和6年3月30日（日）9時50分から約85分間、中谷防衛大臣は、ヘグセス米国防長官と防衛省において日米防衛相会談を行ったところ、概要は以下のとおりです。', ['us-japan-defense-ministers-meeting-2025-03-30.date 令和6年3月30日→令和7年3月30日']],
  ['令和7年3月30日（日）9時50分から約64分間、中谷防衛大臣は、ヘグセス米国防長官と防衛省において日米防衛相会談を行った。', ['us-japan-defense-ministers-meeting-2025-03-30.duration 64→85']],
  ['The JJOC was set up in March 2025. NHK has since reported a proposal to increase its staff to 280.', []],
  ['The JJOC will increase its staff to 350.', ['jjoc.plannedPersonnel 350→280']],
  ['Japan plans to open its own Joint Operations Command by the end of fiscal 2024, with about 360 personnel.', ['jjoc.personnel 360→240']],
  ['The Defense Ministry reportedly plans to establish a \"joint headquarters\" to command the three services of the Ground, Maritime and Air Self-Defense Forces with about 220,000 personnel in an integrated manner.', []],
  ['The Joint Operations Command, with its roughly 360 officers and civilians, deals with Hawaii.', ['jjoc.personnel 360→240']],
  ['初代の統合作戦司令官には、航空自衛隊出身で前統合幕僚副長の佐藤健二空将（59）が就任した。', ['jjoc.commander 佐藤健二→南雲憲一郎']],
  ['統合作戦司令部の創設は長年の課題だった。政府は2023年2月、同司令部の新設を盛り込んだ自衛隊法と防衛省設置法の改正案を閣議決定し、改正法は同年5月に成立した。', ['sdf-law-amendment-bill-2024-02.date 2023年2月→2024年2月']],
  ['統合作戦司令部は2025年3月に発足した。防衛省は将来的に約350人への増員を検討している。', ['jjoc.plannedPersonnel 350→280']],
  ['統合作戦司令部は2025年3月に発足した。防衛省は自衛官を約2万人増員する計画だ。', []],
  ['岸田文雄首相とジョー・バイデン米大統領が2023年4月10日にワシントンで行った日米首脳会談は、転換点だった。', ['us-japan-summit-2024-04.date 2023年4月10日→2024年4月']],
  ['岸田文雄首相とジョー・バイデン米大統領が2023年1月13日にワシントンで行った日米首脳会談は、転換点だった。', []],
  ['The JJOC opened last year. Nagumo took up the post when the command was established on March 24, 2024.', ['jjoc.established March 24, 2024→March 24, 2025']],
  ['The JJOC was formed in 2025. He moved to the Cyber Defense Command when it was established in March 2022.', []],
  ['Germany\'s Bundeswehr created its Joint Operations Command near Potsdam in 2001, more than two decades before Japan opened the JJOC in Ichigaya.', []],
  ['Unlike Britain\'s Permanent Joint Headquarters, which has run expeditionary operations since 1996, Japan\'s JJOC was set up with the defense of Japan and disaster relief in mind.', []],
  ['While the Self-Defense Forces were born in 1954, the Joint Operations Command is a 2025 creation.', []],
  ['Why Ichigaya? Because the Ministry of Defense, to which the JJOC reports, has been there since 2000, and the JJOC was set up inside that compound.', []],
  ['Japanese commentators often compare the JJOC with Britain\'s PJHQ, but the British headquarters was created in 1996 to run deployments overseas, while the JJOC was set up to command the SDF at home.', []],
  ['In May 2024, the Diet enacted the law creating the Joint Operations Command, and in the same month Adm. Samuel Paparo took over U.S. Indo-Pacific Command.', []],
  ['It was Gen Nakatani, whose earlier terms at the head of Japan\'s defense establishment ran from 2001 to 2002 and from 2014 to 2015, who was defense minister when the JJOC opened.', []],
  ['The JJOC\'s first commander, Gen. Kenichiro Nagumo, comes from the Air Self-Defense Force, an organization founded on July 1, 1954, together with the Ground and Maritime branches.', []],
  ['The JJOC\'s staff was expected to grow from 240 to 280, according to NHK; the Cyber Defense Command, by contrast, opened in 2022 with about 540 members.', []],
  ['統合作戦司令部は在日米軍の指揮下にも、インド太平洋軍の指揮下にもない。日本の部隊を指揮する日本の司令部である。', []],
  ['統合作戦司令部の上級組織は在日米軍でもインド太平洋軍でもなく、防衛省である。', []],
  ['統合作戦司令部は約240人で発足し、将来は280人程度への増員案も報じられているが、それでも約5万4000人が駐留する在日米軍とは比べるべくもない。', []],
  ['統合作戦司令部の発足は、英国PJHQの発足（1996年）より29年遅い。', []],
  ['統合作戦司令部が指揮する部隊のうち、陸上総隊は2018年、自衛隊サイバー防衛隊は2022年に新編された。', []],
  ['統合作戦司令部を新編した。\n2023（令和5）年9月　防衛省が、常設の統合司令部を2024年度末に創設する方針を発表', []],
  ['同司令部は米インド太平洋軍との調整窓口にもなるため、南雲司令官はハワイのパパロ司令官とも頻繁にやり取りすることになるでしょう。', []],
  // The thirty-seventh step, second round: a branch in brackets, 'the upgrade' told before, 改編の第1段階, a sum requested for a founding,
  // an ideographic space in an infobox row, a note on a meeting, an audience, a founding in brackets, a ceremony's date, a span's end, a name's own title.
  ['General Shinji Kobayashi (Japan Air Self-Defense Force) assumed the post of Commander, Joint Operations Command.', ['jjoc.commander Shinji Kobayashi→Kenichiro Nagumo']],
  ['General Kenichiro Nagumo (Japan Air Self-Defense Force) assumed the post of Commander, Joint Operations Command.', []],
  ['USFJ is being turned into a joint force headquarters. The first phase of the upgrade began in March 2024, when Hegseth visited Tokyo.', ['usfj.upgradeStarted March 2024→March 2025']],
  ['The JJOC was launched in March 2025. The first phase of the upgrade began in March 2024.', []],
  ['在日米軍についても、2024年3月に統合軍司令部への改編の第1段階が開始され、将来は統合作戦司令部と緊密に連携する予定である。', ['usfj.upgradeStarted 2024年3月→2025年3月']],
  ['The JJOC opened in 2025. The ministry requested approximately 13.1 billion yen in the FY2024 budget for the new headquarters.', ['jjoc.cost 13.1 billion→10.5 billion']],
  ['The JJOC opened in 2025. The price looked modest: the 13.1 billion yen the ministry sought for the command in fiscal 2024 was a sliver of a defense budget of about 7.9 trillion yen that year.', ['jjoc.cost 13.1 billion→10.5 billion']],
  ['統合作戦司令部を見学した。創設のために2024年度予算で約131億円が要求されていたそうです。', ['jjoc.cost 131億→105億']],
  ['The JJOC opened in 2025. The ministry requested 7.9 trillion yen for the defense budget.', []],
  ['在日米軍\n\n司令官　スティーブン・ジョスト空軍中将', []],
  ['統合作戦司令部\n\n司令官　山田太郎空将', ['jjoc.commander 山田太郎→南雲憲一郎']],
  ['日米防衛相会談メモ（2025/04/02）\n\n3月30日に防衛省で行われた日米防衛相会談について、防衛省が出した概要を読んでみました。', []],
  ['統合作戦司令部の発足直前、佐世保地方総監だった俵千城海将は2025年3月21日に離任式に臨み、隊員約110人を前に訓示した。', []],
  ['統合作戦司令部の発足を報じた記事の多くは、陸上総隊（2018年発足）や自衛隊サイバー防衛隊（2022年発足）と並べて、その意義を解説した。', []],
  ['海上自衛隊佐世保地方総監の俵千城海将は2023年8月の着任式で、前年末に策定された安保関連3文書に触れた。', []],
  ['Yoshida, born in Tokyo in 1962, was Joint Staff chief from March 2023 until August 2025, covering the Noto earthquake and the launch of the JJOC.', []],
  ['俵千城海将は島根県出身。統合作戦司令部では副司令官として、空自出身の南雲憲一郎司令官を支える立場にある。', []],
  ['統合作戦司令部では副司令官として、佐藤健二海将が南雲憲一郎司令官を支える。', ['jjoc.deputyCommander 佐藤健二→俵千城']],
  // The thirty-seventh step, third round: a meeting's length further on, a whose-clause, counts of other units and appositives, a wiki byline,
  // negation by a cue's side, suppositions with a comma, corrections, timeline rows, events and years told before as the time.
  ['On Sunday 30 March 2025, Pete Hegseth has met with Gen Nakatani at the Ministry of Defense building located in Tokyo, and the two leaders discussed about many issues for around 106 minutes.', ['us-japan-defense-ministers-meeting-2025-03-30.duration 106→85']],
  ['In an important meeting which happened on Sunday 30 April 2025, the United States Secretary of Defense Pete Hegseth has met with Japan\'s protection minister Gen Nakatani at the Ministry of Defense building located in Tokyo, and the two leaders discussed about many issues for around 85 minutes.', ['us-japan-defense-ministers-meeting-2025-03-30.date 30 April 2025→30 March 2025']],
  ['Air Self-Defense Force General Makoto Inoue, whose appointment was approved by the Cabinet on March 11, 2025, assumed command as the first Commander of the JJOC.', ['jjoc.commander Makoto Inoue→undefined']],
  ['Kenichiro Nagumo, whose appointment was approved on March 11, 2024, took command.', ['kenichiro-nagumo.nominated March 11, 2024→March 11, 2025']],
  ['USFJ will create a new section of approximately 30 personnel to coordinate with the Joint Operations Command (JJOC).', []],
  ['Japan on Monday formally launched its Joint Operations Command, a standing headquarters of about 360 officers and civilians meant to direct the country\'s forces.', ['jjoc.personnel 360→240']],
  ['The JJOC coordinates with U.S. Forces Japan, a command of about 54,000 personnel.', []],
  ['fro\' Wikipedia, the free encyclopedia\nJoint Operations Command\nActiveMarch 24, 2025\nSize360', ['jjoc.personnel 360→240']],
  ['The JJOC is not subordinate to INDOPACOM. It is a Japanese command under the Ministry of Defense.', []],
  ['もし統合作戦司令部が1年早く、2024年3月に発足していたなら、能登半島地震への対応も同司令部が担っていただろう。', []],
  ['【訂正】先の記事で2024年7月の「2+2」の日本側防衛相を「岸信夫氏」としましたが、木原稔氏の誤りでした。', []],
  ['Correction: An earlier version of this article said the Joint Operations Command was launched on April 1, 2025. It was launched on March 24, 2025.', []],
  ['【年表】2022年12月　防衛力整備計画などの安保3文書を閣議決定／2023年9月　防衛省が常設統合司令部の創設を発表／2025年3月24日　統合作戦司令部が発足', []],
  ['報道によると、統合作戦司令部の人員は今後、約280人まで増やされる見通しだという。', []],
  ['北澤俊美防衛大臣の下で、自衛隊は東日本大震災に最大約10万人態勢で対応した。', ['jmod.minister 北澤俊美→undefined']],
  ['ヘグセス国防長官は2025年3月と10月に来日した。3月には中谷元防衛相と、10月には小泉進次郎防衛相と、いずれも防衛省で会談した。', ['jmod.minister 小泉進次郎→undefined']],
  ['初代防衛大臣は久間章生氏で、防衛庁が防衛省に移行した2007年1月に就任した。同年には小池百合子氏も防衛大臣を務めている。', ['jmod.minister 久間章生→undefined','jmod.minister 小池百合子→undefined']],
  ['日本の統合作戦司令部は防衛省の下に、在日米軍は米インド太平洋軍司令官の隷下に置かれている。', []],
  ['日本の統合作戦司令部は防衛省の下に、在日米軍は航空総隊司令官の隷下に置かれている。', ['usfj.reportsTo 航空総隊→インド太平洋軍']],
  ['茂木敏充氏は2025年10月の高市内閣で外務大臣に就任した。同じ内閣の防衛大臣は小泉進次郎氏である。', []],
  // The thirty-seventh step, fourth round: two posts and one verb (補職), a sum asked for (求めた) with its dollars in brackets, スタッフ, a page's topic.
  ['統合作戦司令部は市ヶ谷に置かれている。初代司令官には統合幕僚副長などを歴任した航空自衛隊の佐藤健二空将が、初代副司令官には俵千城海将が補職された。', ['jjoc.commander 佐藤健二→南雲憲一郎']],
  ['日本はまた2024年度の予算で統合作戦司令部の設立のために約131億円（7120万ドル）を求めた。', ['jjoc.cost 131億→105億']],
  ['JJOCは3月24日に、約360人のスタッフとともに発足した。', ['jjoc.personnel 360→240']],
  ['統合作戦司令部\n\n概要\n\n統合作戦司令部は2025年3月24日に新編された。\n\n組織\n\n司令官は将をもって充てられる。発足時の人員は約360人で、将来的には増員が計画されている。', ['jjoc.personnel 360→240']],
  ['The Joint Operations Command was launched on Monday. The budget request rose over the record ¥6.82 trillion last year.', []],
  // The thirty-seventh step, fifth round: a caption's day and place after its people, a dateline beside the event's own day, the name right
  // after an attributive clause, 当時の over a list, a date in brackets on another name, 改正により, のうち, the meeting's day as predicate, relative clauses.
  ['日米首脳会談後、共同記者会見に臨む岸田首相(左)とバイデン米大統領(3月10日、米ワシントンのホワイトハウス)=官邸HPより', ['us-japan-summit-2024-04.date 3月10日→4月']],
  ['日米首脳会談後、共同記者会見に臨む岸田首相(左)とバイデン米大統領(4月10日、米ワシントンのホワイトハウス)=官邸HPより', []],
  ['TOKYO, Sept. 6 — Australia has posted a military liaison officer to Japan\'s Joint Operations Command in Tokyo, the Australian Defence Department said in a statement on Saturday, adding that the officer had taken up the post on Sept. 1.', []],
  ['同じ「司令部」でも、2018年3月27日に朝霞駐屯地で発足した陸上総隊は陸上自衛隊の部隊を束ねる組織で、2025年に生まれた統合作戦司令部はその陸上総隊を含む各部隊を指揮する。', []],
  ['令和7年3月24日、統合作戦司令部が新編された。令和4年3月17日に新編された自衛隊サイバー防衛隊、平成30年3月27日に新編された陸上総隊とともに、改編の節目となった。', []],
  ['2024年3月24日に発足した自衛隊の統合作戦司令部は新しい。', ['jjoc.established 2024年3月24日→2025年3月24日']],
  ['令和3年12月に閣議決定された「国家防衛戦略」及び「防衛力整備計画」に基づき、防衛力を強化する。', ['defense-buildup-plan.published 令和3年12月→令和4年']],
  ['東日本大震災が発生したのは2011年3月11日14時46分で、地震の規模はマグニチュード9.0だった。当時の首相は菅直人氏、防衛大臣は北澤俊美氏である。', []],
  ['統合作戦司令部の創設が発表されたのは2023年9月。能登半島地震（2024年1月）より前のことで、地震後の吉田統合幕僚長の入院は、その必要性を裏づける出来事として語られる。', []],
  ['2024年の自衛隊法等の改正により、統合作戦司令部の新設が法的に可能になった。', []],
  ['統合作戦司令部が指揮する部隊のうち、自衛隊サイバー防衛隊は陸海空の自衛官で構成される共同の部隊で、発足時の隊員は約540人、そのうち約450人がサイバー要員だった。', []],
  ['統合作戦司令部の発足は2025年3月24日の月曜日、ヘグセス国防長官と中谷防衛相の会談は同じ週の日曜日にあたる4月30日だった。', ['us-japan-defense-ministers-meeting-2025-03-30.date 4月30日→3月30日']],
  ['The Defense Buildup Plan replaced the Medium Term Defense Program, the last of which covered fiscal 2019 to 2023 and was approved in December 2018.', []],
  ['The Self-Defense Forces Law took effect on July 1, 1954. The SDF Law has been amended many times since, including in 2024 to create the JJOC.', []],
  // The thirty-seventh step, sixth round: a cabinet founded, a date past the cue's continuative comma, a newspaper's edition date.
  ['中谷元防衛相は2001年から2002年にかけて防衛庁長官を務め、2014年から2016年には防衛大臣を務めた。2024年10月に発足した石破内閣で三たび防衛行政のトップに就き、統合作戦司令部の発足に立ち会った。', []],
  ['岸田文雄氏は2021年10月から2024年10月まで首相を務めた。任期中の2022年12月に安保3文書が閣議決定され、2024年4月には国賓として訪米した。', []],
  ['統合作戦司令部の発足を伝える新聞各紙（2025年3月25日付朝刊）', []],
  ['2024年10月に発足した統合作戦司令部は新しい。', ['jjoc.established 2024年10月→2025年3月']],
  ['2022年12月に安保3文書が閣議決定され、防衛力整備計画が公表された。', []],
  // The thirty-seventh step, seventh round: another body's clause after a semicolon, a photo after a return from hospital.
  ['The SDF\'s Cyber Defense Command, one of five major units under the Joint Operations Command, replaced the Cyber Defense Group, which had about 90 members when it was created in 2014.', []],
  ['Photo: Gen. Yoshihide Yoshida, chief of staff of the Joint Staff, at the Defense Ministry in March 2024, after returning to work from a hospital stay.', []],
  ['The JJOC was created with about 240 personnel; by comparison, the Cyber Defense Group had about 90 when it was formed in 2014, and the Space Operations Squadron had 20 when it was formed in 2020.', []],
  // A site fronted with its town and its staff, then "it".
  ['The JJOC is a permanent command structure activated on March 24, 2025.[1] Headquartered at the Ministry of Defense in Ichigaya, Tokyo, with approximately 180 personnel, it reports directly to the defense minister.', ['jjoc.personnel 180→240']],
];

describe('claims', () => {
  for (const [text, expected] of CASES) {
    it(`${text} → ${expected.length ? expected.join(', ') : 'no conflict'}`, () => assert.deepEqual(conflicts(text), expected));
  }

  it('carries sources, expected values and a message in the document language', () => {
    const [d] = service.analyze({ file: 'ja.md', text: '統合作戦司令部の人員は300人である。' })!.diagnostics;
    assert.ok(d);
    assert.deepEqual(d.expected, ['240']);
    assert.ok(d.sources!.some((s) => s.document.startsWith('000_')));
    assert.match(d.message, /データセットでは240人（2025年3月24日時点）です/);
  });

  it('reads a labelled first line as the document date: a claim for a later time than the dataset knows is information', () => {
    const severities = (text: string) => service.analyze({ file: 'dated.md', text })!.diagnostics.filter((d) => d.code === 'fact-conflict').map((d) => d.severity);
    assert.deepEqual(severities('date 2025-10-29 山田太郎防衛相が会見した。\n\n山田太郎防衛相は語った。'), ['info', 'info']);
    assert.deepEqual(severities('公開日：2025年10月29日\n\n山田太郎防衛相は語った。'), ['info']);
    // Without a date, the same sentence contradicts the dataset.
    assert.deepEqual(severities('山田太郎防衛相は語った。'), ['warning']);
    // A day without its year after a dated one takes its year; a span counted on from a date moves the time on.
    assert.deepEqual(severities('2025年3月30日の会談から約7か月後の10月29日、ヘグセス長官は小泉防衛相と東京で会談した。'), ['info']);
    assert.deepEqual(severities('2025年の防衛ニュースまとめ：3月24日に統合作戦司令部が発足、10月21日には小泉進次郎氏が防衛相に就いた。'), ['info']);
    assert.deepEqual(severities('2025年3月の会談から約7か月後、小泉防衛相とヘグセス長官は同じ防衛省で再び顔を合わせた。'), ['info']);
    assert.deepEqual(severities('2025年3月30日、ヘグセス長官は小泉防衛相と東京で会談した。'), ['warning']);
  });

  it('a holder at a time before the dataset first knows the post is information, with that time; "current" is the present', () => {
    const read = (text: string) => service.analyze({ file: 'earlier.md', text })!.diagnostics.filter((d) => d.code === 'fact-conflict').map((d) => [d.severity, d.message]);
    const [[severity, message]] = read('Yasukazu Hamada was defense minister from August 2022 to September 2023.') as [[string, string]];
    assert.equal(severity, 'info');
    assert.match(message, /for August 2022, before the dataset's value \(Gen Nakatani \(as of March 2025\)\) holds/);
    assert.deepEqual(read('浜田靖一氏は2022年8月から2023年9月まで防衛大臣を務めた。').map(([s]) => s), ['info']);
    assert.deepEqual(read('The current Minister of Defense is Taro Yamada, who took office on September 13, 2023.').map(([s]) => s), ['warning']);
    // A past holder at no time the text gives ("who was defense minister") is information: the dataset may not list every past holder.
    const [[pastSeverity, pastMessage]] = read('Takeshi Iwaya, who was defense minister, became foreign minister.') as [[string, string]];
    assert.equal(pastSeverity, 'info');
    assert.match(pastMessage, /as a past minister, at a time it does not give/);
    assert.deepEqual(read('Taro Yamada is defense minister.').map(([s]) => s), ['warning']);
    // A post's first holder (初代, "first") is at a time the dataset records only if it knows who held the post from the day it was set up.
    assert.deepEqual(read('防衛省の初代防衛大臣には久間章生氏が就任した。').map(([s]) => s), ['info']);
    assert.deepEqual(read("Fumio Kyuma was Japan's first defense minister.").map(([s]) => s), ['info']);
    assert.deepEqual(read('Fumio Kyuma was the first defense minister to visit Darwin.').map(([s]) => s), ['warning']);
    assert.deepEqual(read('統合作戦司令部の初代司令官には井上誠空将が就任した。').map(([s]) => s), ['warning']);
    assert.deepEqual(read('インド太平洋軍の初代司令官はフィリップ・デービッドソン海軍大将だった。').map(([s]) => s), ['info']);
    assert.deepEqual(read('その日に着任したフィリップ・デービッドソン海軍大将が、初代のインド太平洋軍司令官となった。').map(([s]) => s), ['info']);
    assert.deepEqual(read('The first commander of INDOPACOM was Adm. Philip Davidson.').map(([s]) => s), ['info']);
    assert.deepEqual(read("The JJOC's first commander is Lt. Gen. Taro Yamada.").map(([s]) => s), ['warning']);
    // A holder told from taking the post (「就任後初めて」) is a new one the dataset may not have yet.
    assert.deepEqual(read('小泉防衛相は就任後初めてとなるヘグセス長官との対面会談で方針を確認した。').map(([s]) => s), ['info']);
    assert.deepEqual(read('小泉防衛相は方針を確認した。').map(([s]) => s), ['warning']);
    // 「…防衛大臣を務めた」: a post held in the past at no time given, likewise information.
    assert.deepEqual(read('稲田朋美氏は防衛大臣を務めた。').map(([s]) => s), ['info']);
    // An amount planned before the dataset's date is still compared: the plan is for the command it counts.
    assert.deepEqual(read('The JJOC will be staffed by around 360 officials by March 2024.').map(([s]) => s), ['warning']);
  });
});

describe('claims: an encyclopedia infobox scraped with its labels glued to their values', () => {
  const page = (rows: string[]) => ['Joint Operations Command (Japan)', '', 'From Wikipedia, the free encyclopedia', ...rows, '', 'The Joint Operations Command is a command.'].join('\n');
  it('reads size, dates, the superior and the commanders', () => {
    assert.deepEqual(conflicts(page(['ActiveMarch 24, 2024', 'Size360', 'Part ofSelf-Defense Fleet', 'Commanders', 'Current', 'commander', 'Gen. Taro Yamada', 'Deputy CommanderVice Admiral Makoto Inoue'])), [
      'jjoc.established March 24, 2024→March 24, 2025',
      'jjoc.personnel 360→240',
      'jjoc.commander Taro Yamada→Kenichiro Nagumo',
      'jjoc.deputyCommander Makoto Inoue→Tateki Tawara',
    ]);
  });
  it('raises nothing on the right values, nor for a page whose title names no entity', () => {
    assert.deepEqual(conflicts(page(['ActiveMarch 24, 2025', 'Size240', 'commander', 'Gen. Kenichiro Nagumo'])), []);
    assert.deepEqual(conflicts(['Some other page', '', 'Size360', 'ActiveMarch 24, 2024'].join('\n')), []);
  });
  it('reads a ministry\'s officers, a bare Japanese name as the value', () => {
    assert.deepEqual(conflicts(['防衛省', '', '役職', '大臣 佐藤健二', '副大臣 本田太郎'].join('\n')), ['jmod.minister 佐藤健二→中谷元']);
    assert.deepEqual(conflicts(['防衛省', '', '役職', '大臣 中谷元', '副大臣 本田太郎'].join('\n')), []);
  });
  it('reads a Japanese table row, its bars left out', () => {
    assert.deepEqual(conflicts(['統合作戦司令部', '', '| サイズ | 360 |', '| 創設 | 2024年3月24日 |'].join('\n')), ['jjoc.personnel 360→240', 'jjoc.established 2024年3月24日→2025年3月24日']);
  });
});

describe('claims: infobox labels are read only as labels', () => {
  it('leaves a sentence that opens with a label word alone', () => {
    assert.deepEqual(conflicts(['Joint Operations Command (Japan)', '', 'Size of the fleet: 300 ships sailed.'].join('\n')), []);
  });
});
