// Recognition rules as a table: text in, "surface → entity" out, with the bundled dataset.
import { strict as assert } from 'node:assert';
import { serviceWith } from '../helpers';
import type { Mention } from '../../src/core/model';
import { buildAliasIndex } from '../../src/core/recognize/aliasIndex';
import { FoundMentions, findMentions, recognizeRange, type RecognizeState } from '../../src/core/recognize/recognize';
import { LineIndex } from '../../src/core/text/lineIndex';

const { service } = serviceWith();

function mentions(text: string, kind: 'markdown' | 'plaintext' = 'plaintext'): string[] {
  return service.analyze({ file: 'r.txt', text, kind })!.mentions.map((m) => `${m.text}→${m.candidates ? m.candidates.join('|') : m.entity}`);
}

const CASES: Array<[string, string[]]> = [
  ['The JSOC and the JSO met.', ['JSO→joint-staff']],
  // Another country's body of a name the dataset gives Japan's or the United States' (its short form in brackets too).
  ['英国の常設統合司令部（PJHQ）は1996年に設置された。', []],
  ["Singapore's Ministry of Defence and the UK Ministry of Defence met Japan's Ministry of Defense.", ["Japan's Ministry of Defense→jmod"]],
  ['統合作戦司令部（JJOC）は発足した。', ['統合作戦司令部→jjoc', 'JJOC→jjoc']],
  ['A joint operations command is an idea; the Joint Operations Command is a unit.', ['Joint Operations Command→jjoc']],
  ['THE JOINT OPERATIONS COMMAND', ['JOINT OPERATIONS COMMAND→jjoc']],
  ['Tohoku earthquake, Tōhoku earthquake', ['Tohoku earthquake→tohoku-earthquake-2011', 'Tōhoku earthquake→tohoku-earthquake-2011']],
  ['市ケ谷と市ヶ谷', ['市ケ谷→ichigaya', '市ヶ谷→ichigaya']],
  ['ｊｊｏｃ is lower case', []],
  ['ＪＪＯＣ and JJOC’s', ['ＪＪＯＣ→jjoc', 'JJOC’s'.slice(0, 4) + '→jjoc']],
  ['Japan Air Self-Defense Force', ['Japan Air Self-Defense Force→jasdf']],
  ['the United States Forces-Korea (USFK) and the United States Forces-Japan', ['United States Forces-Korea→usfk', 'USFK→usfk', 'United States Forces-Japan→usfj']],
  // A short form counts when the full form stands anywhere in the document, before or after it.
  ['Hegseth spoke. Pete Hegseth spoke. Hegseth left.', ['Hegseth→pete-hegseth', 'Pete Hegseth→pete-hegseth', 'Hegseth→pete-hegseth']],
  ['Hegseth spoke. Nobody else did.', []],
  // A 2+2 told by two of its people: its date may close a long sentence, a day without a year will do.
  ['Defense Minister Kihara held the Security Consultative Committee ("2+2") with Foreign Minister Kamikawa, Secretary of Defense Austin and Secretary of State Blinken in Tokyo on July 28.', ['Kihara→minoru-kihara', 'Security Consultative Committee→us-japan-2plus2-2024-07', '2+2→us-japan-2plus2-2024-07', 'Austin→lloyd-austin', 'Tokyo→tokyo']],
  ['Foreign Minister Kamikawa held the Security Consultative Committee ("2+2") with Secretary of State Blinken in Tokyo on July 28.', ['Tokyo→tokyo']],
  // Two short names of people who met, joined by "and" or と, say each other is meant.
  ['Meeting in Singapore, Nakatani and Hegseth confirmed that they will work together.', ['Nakatani→gen-nakatani', 'Hegseth→pete-hegseth']],
  ['中谷とヘグセスは会談した。', ['中谷→gen-nakatani', 'ヘグセス→pete-hegseth']],
  ['Nakatani and Smith met.', []],
  // Not only joined: each rare short name of a pair who met, in the other's reach, says the other is meant.
  ['The plan was put by Nakatani to Hegseth during their talks.', ['Nakatani→gen-nakatani', 'Hegseth→pete-hegseth']],
  ['The plan was put by Nakatani to Smith during their talks.', []],
  // British spelling of a name the dataset writes the American way, mixed too; not for America's own names.
  ['Japan’s Defence Buildup Programme and its Defence Buildup Program', ['Defence Buildup Programme→defense-buildup-plan', 'Defence Buildup Program→defense-buildup-plan']],
  ['A Department of Defence spokeswoman confirmed it.', []],
  ['A Department of Defense spokeswoman confirmed it.', ['Department of Defense→pentagon']],
  // A space in the text parts two kanji words, though folding drops it.
  ['所在地 沖縄 新宿区', ['沖縄→okinawa']],
  // Korean and Chinese media's Japanese for USFJ.
  ['駐日米軍は再編される。', ['駐日米軍→usfj']],
  ['Adm. Samuel Paparo, IndoPacom commander, met the governor.', ['Adm. Samuel Paparo→samuel-paparo', 'IndoPacom→indopacom']],
  // A surname with the service or the command whose title follows it: the title settles who it is.
  ['パパロ米インド太平洋軍司令官の表敬を受けた。', ['パパロ→samuel-paparo', '米インド太平洋軍→indopacom']],
  ['交代式が開かれ、パパロ海軍大将が就任した。', ['パパロ→samuel-paparo']],
  ['パパロ選手が就任した。', []],
  ['US Indo-PACOM Commander Adm. Samuel Paparo and the インド・太平洋軍.', ['Indo-PACOM→indopacom', 'Adm. Samuel Paparo→samuel-paparo', 'インド・太平洋軍→indopacom']],
  // A title of several words before a surname alone ("Secretary of Defense Austin").
  ['Secretary of Defense Austin and Minister of Defense Kihara met.', ['Austin→lloyd-austin', 'Kihara→minoru-kihara']],
  // A name that holds a short form (GSDF, "Air SDF") gives it context too, before or after it; not another SDF's page.
  ['The MOD and SDF set up a headquarters. About 500 GSDF personnel were sent.', ['SDF→jsdf', 'GSDF→jgsdf']],
  ['The GSDF and the SDF trained together.', ['GSDF→jgsdf', 'SDF→jsdf']],
  ['The SDF, a Kurdish-led alliance, holds the north of Syria.', []],
  // The Self-Defense Forces without the hyphen, or spelt the British way.
  ['The Self Defense Fleet, the Air Defence Command and the Japan Self-Defence Forces.', ['Self Defense Fleet→self-defense-fleet', 'Air Defence Command→air-defense-command', 'Japan Self-Defence Forces→jsdf']],
  ['MOD opens office\n\nThe Ministry of Defense opened an office.', ['MOD→jmod', 'Ministry of Defense→jmod']],
  ['中谷防衛大臣が発言した。', ['中谷→gen-nakatani']],
  ['土俵の上で。', []],
  ['俵千城海将が着任した。俵海将は艦隊勤務が長い。', ['俵千城→tateki-tawara', '俵→tateki-tawara']],
  // 総監 is a title too (a regional superintendent); 統幕 glued between a name and 長 is the Joint Staff.
  ['俵千城海将が着任した。俵総監は潜水艦隊司令官などを経た。', ['俵千城→tateki-tawara', '俵→tateki-tawara']],
  ['吉田統幕長は会見を中止した。', ['吉田→yoshihide-yoshida', '統幕→joint-staff']],
  ['土俵の上で統幕の発表を聞いた。', ['統幕→joint-staff']],
  ['在日米軍司令部', ['在日米軍→usfj']],
  ['在日米国軍を再編する。', ['在日米国軍→usfj']],
  // Another country's namesake: "Korea's Defense Ministry", "the Australian Joint Operations Command".
  ["Japan's Defense Ministry and Korea's Defense Ministry met. The Australian Joint Operations Command watched.", ['Defense Ministry→jmod']],
  // "Headquarters Joint Operations Command" (HQJOC) is Australia's.
  ['The Headquarters Joint Operations Command project created a new joint headquarters. The Joint Operations Command of Japan opened in 2025.', ['Joint Operations Command→jjoc']],
  ['Headquarters U.S. Forces Japan is located at Yokota Air Base.', ['U.S. Forces Japan→usfj']],
  // A name and its own short form in brackets define each other; later short forms count. Not another country's.
  ['A permanent joint headquarters (PJHQ) will open. The PJHQ will have 240 members.', ['PJHQ→jjoc', 'PJHQ→jjoc']],
  ["Britain's Permanent Joint Headquarters (PJHQ) runs operations. The PJHQ has 600 staff.", []],
  ['The PJHQ has 600 staff.', []],
  // A year written alone one year off names an event the dataset dates by its year (the check then calls it wrong).
  ['2023年の能登半島地震では被害が出た。', ['能登半島地震→noto-earthquake-2024']],
  // A year alone, the event's or one off, names a meeting dated by its month when two of its people are named.
  ['In 2023, Lloyd Austin and Minoru Kihara held a 2+2 in Tokyo.', ['Lloyd Austin→lloyd-austin', 'Minoru Kihara→minoru-kihara', '2+2→us-japan-2plus2-2024-07', 'Tokyo→tokyo']],
  ['In 2021, Lloyd Austin and Minoru Kihara held a 2+2 in Tokyo.', ['Lloyd Austin→lloyd-austin', 'Minoru Kihara→minoru-kihara', 'Tokyo→tokyo']],
  ['2024年の能登半島地震では被害が出た。', ['能登半島地震→noto-earthquake-2024']],
  ['1993年の能登半島地震では被害が出た。', []],
  // A country set off by a middle dot is no part of the name after it; a given name is.
  ['アメリカ・ヘグセス国防長官と会談した。', ['ヘグセス→pete-hegseth']],
  ['ジョン・ヘグセス氏が来日した。', []],
  ['ハーラン・インド太平洋軍司令官と面会した。', ['インド太平洋軍→indopacom']],
  // So is an organisation's name from the name before it when its title follows (name, organisation, title).
  ['ハーランインド太平洋軍司令官と面会した。', ['インド太平洋軍→indopacom']],
  ['ミッドインド太平洋軍は架空の部隊だ。', []],
  // A family name followed by another given name is another person; by a title, a space or 新 and a title, the same.
  ['南雲憲一郎空将が着任した。旧海軍の南雲忠一中将とは別人だ。', ['南雲憲一郎→kenichiro-nagumo']],
  ['南雲憲一郎空将が着任した。南雲新司令官は語った。', ['南雲憲一郎→kenichiro-nagumo', '南雲→kenichiro-nagumo']],
  ['折木良一氏に聞く。\n折木 反省の連続です。', ['折木良一→ryoichi-oriki', '折木→ryoichi-oriki']],
  ['岸田文雄首相が語った。岸田政権の方針だ。', ['岸田文雄→fumio-kishida', '岸田→fumio-kishida']],
  // A general name of an event with a date wrong in one part only is still that event.
  ['2024年6月28日に2+2が開かれた。', ['2+2→us-japan-2plus2-2024-07']],
  ['2023年1月11日に2+2が開かれた。', []],
];

describe('recognition', () => {
  for (const [text, expected] of CASES) {
    it(`${text} → ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(mentions(text), expected));
  }

  it('counts UTF-16 code units: a surrogate pair before a mention shifts it by two', () => {
    const a = service.analyze({ file: 's.txt', text: '𠮷 JJOC', kind: 'plaintext' })!;
    assert.deepEqual(a.mentions[0]!.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } });
  });

  it('maps a name broken over a CRLF line break back to both lines', () => {
    const a = service.analyze({ file: 'c.md', text: 'The Joint Operations\r\nCommand met.' })!;
    assert.deepEqual(a.mentions[0]!.range, { start: { line: 0, character: 4 }, end: { line: 1, character: 7 } });
  });

  it('an entity: link pins the mention and the matcher stays out of it', () => {
    const a = service.analyze({ file: 'l.md', text: 'See [USFJ](entity:jjoc).' })!;
    assert.deepEqual(a.mentions.map((m) => [m.entity, m.via]), [['jjoc', 'annotation']]);
  });
});

describe('findMentions (mentions as offsets)', () => {
  // The same text block by block, through both entry points: the objects recognizeRange builds
  // carry exactly the offsets, entities and candidates findMentions records, past its first growth.
  it('records what recognizeRange builds, over more mentions than its first capacity', () => {
    const index = buildAliasIndex(service.dataset);
    const block = 'The JJOC met the Joint Staff. 統合作戦司令部と在日米軍。Hegseth spoke, and Pete Hegseth left.\n';
    const text = block.repeat(40);
    const lines = new LineIndex(text);
    const objects: Mention[] = [];
    const found = new FoundMentions();
    const a: RecognizeState = { seen: new Set() };
    const b: RecognizeState = { seen: new Set() };
    for (let at = 0; at < text.length; at += block.length) {
      recognizeRange(text, at, at + block.length, index, a, (o) => lines.positionAt(o), objects);
      findMentions(text, at, at + block.length, index, b, found);
    }
    assert.ok(objects.length > 64, `${objects.length} mentions`);
    const records = Array.from({ length: found.length }, (_, k) => {
      const entry = index.entries[found.entries[k]!]!;
      return { entity: entry.entity, lang: entry.lang, start: found.starts[k], end: found.ends[k], candidates: found.candidates.get(k) };
    });
    assert.deepEqual(records, objects.map((m) => ({ entity: m.entity, lang: m.lang, start: m.start, end: m.end, candidates: m.candidates })));
    assert.deepEqual([...b.seen].sort(), [...a.seen].sort());
    assert.equal(objects[1]!.text, 'Joint Staff');
  });
});

describe('alias index: many names on one entity', () => {
  it('merges the same form given twice past the first few dozen names (looked up in a Map there), as before them', () => {
    const lines = ['version: 1', 'entities:', '  - id: many', '    type: organization', '    labels: {en: Many Unit}', '    aliases:', '      en:'];
    // 100 names, each also given again in full width: the second is the same folded form.
    for (let k = 0; k < 100; k++) lines.push(`        - Zq Alias ${k}`);
    for (let k = 0; k < 100; k++) lines.push(`        - Ｚｑ Ａｌｉａｓ ${String(k).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}`);
    const { service, problems } = serviceWith([{ file: 'many.entities.yaml', text: lines.join('\n') + '\n' }], { bundled: false });
    assert.deepEqual(problems, []);
    const entries = buildAliasIndex(service.dataset).entries.filter((e) => e.entity === 'many');
    assert.equal(entries.length, 101, 'the label and 100 distinct forms');
    assert.deepEqual(mentionsOf(service, 'Zq Alias 77 and ＺＱ alias 99'), ['Zq Alias 77→many', 'ＺＱ alias 99→many']);
  });
});

describe('alias index: a general name two events share', () => {
  const dataset = (type: string, fact: string) =>
    ['version: 1', 'properties:', '  date: {type: date}', 'entities:', ...['a', 'b'].flatMap((id, k) => [`  - id: ${id}`, `    type: ${type}`, `    labels: {en: Talks ${id}}`, '    aliases:', '      en: [{text: Zq Talks, needsContext: true}]', ...(fact ? ['    facts:', `      - {property: date, value: {date: 202${k}-03-30}}`] : [])])].join('\n') + '\n';

  it('is no conflict between dated events: a date beside it says which one is meant', () => {
    const { service, problems } = serviceWith([{ file: 'e.entities.yaml', text: dataset('event', 'date') }], { bundled: false });
    assert.deepEqual(problems.map((p) => p.code), []);
    assert.deepEqual(mentionsOf(service, 'The Zq Talks on March 30, 2021 ended.'), ['Zq Talks→b']);
  });

  it('is a conflict between entities that no date tells apart', () => {
    const { problems } = serviceWith([{ file: 'o.entities.yaml', text: dataset('organization', '') }], { bundled: false });
    assert.deepEqual(problems.map((p) => p.code), ['dataset.alias-conflict']);
  });
});

describe('alias index: a short name beside a companion\'s full name', () => {
  it('reads "Biden" as Joe Biden beside Fumio Kishida, who met him at the April 2024 summit, and not alone', () => {
    assert.deepEqual(mentionsOf(service, 'There was a meeting with Biden and Prime Minister Fumio Kishida.'), ['Biden→joe-biden', 'Fumio Kishida→fumio-kishida']);
    assert.deepEqual(mentionsOf(service, 'Biden said the economy was strong.'), []);
  });
});

function mentionsOf(s: typeof service, text: string): string[] {
  return s.analyze({ file: 'm.txt', text, kind: 'plaintext' })!.mentions.map((m) => `${m.text}→${m.entity}`);
}
