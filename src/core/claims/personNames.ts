// Person names the dataset does not know, found by the way prose introduces people: a title or
// rank before an English name ("Lt. Gen. Taro Yamada", "Defense Minister Yamada"), a rank or
// honorific after a Japanese one (山田太郎陸将, 山田氏, 山田太郎・防衛相). A claim whose value is such a
// name can then conflict with the dataset ("commanded by Taro Yamada" when it is Nagumo). Only
// names in those frames count: a capitalised word alone is far more often a place or a thing.

import { commonSurnameAt } from '../names/surnames';

export interface NameSpan {
  start: number;
  end: number;
  text: string;
}

/** English titles and ranks that introduce a name; longest first so "Lt. Gen." beats "Gen.". */
const EN_TITLES = [
  'lieutenant general', 'lieutenant gen.', 'lt. gen.', 'lt gen.', 'lt. gen', 'lt-gen.', 'major general', 'maj. gen.', 'brig. gen.',
  'vice admiral', 'vice adm.', 'rear admiral', 'rear adm.', 'air chief marshal', 'air marshal', 'general', 'gen.', 'admiral', 'adm.',
  'colonel', 'col.', 'captain', 'capt.', 'commander', 'cmdr.', 'minister', 'secretary', 'president', 'prime minister', 'mr.', 'ms.', 'mrs.', 'dr.',
  // British style writes them without the dot: "the defence minister, Mr Gen Nakatani".
  'mr', 'ms', 'mrs',
  'defense minister', 'defence minister', 'minister of defense', 'minister of defence', 'defense secretary', 'chief',
].sort((a, b) => b.length - a.length);

/** Capitalised words that are never part of a person's name in this field. */
const NOT_NAME_WORDS = new Set([
  'the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'japan', 'japanese', 'japan’s', "japan's", 'u.s.', 'us', 'american', 'united', 'states',
  'self-defense', 'self-defence', 'defense', 'defence', 'force', 'forces', 'command', 'ministry', 'minister', 'joint', 'staff', 'office', 'headquarters',
  'air', 'ground', 'maritime', 'army', 'navy', 'marine', 'marines', 'corps', 'fleet', 'government', 'cabinet', 'agency', 'department', 'indo-pacific',
  'pacific', 'operations', 'operation', 'general', 'admiral', 'commander', 'chief', 'secretary', 'president', 'prime', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'tokyo', 'washington', 'hawaii', 'okinawa', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'this',
  'that', 'who', 'which', 'sdf', 'jsdf', 'asdf', 'gsdf', 'msdf', 'usfj', 'jjoc', 'said', 'says', 'told', 'was', 'is', 'will', 'has', 'had',
  'lt', 'gen', 'adm', 'col', 'capt', 'maj', 'cmdr', 'sgt', 'brig', 'lieutenant', 'vice', 'rear', 'colonel', 'captain', 'major', 'mr', 'ms', 'mrs', 'dr',
  // A one-word subject may be a name ("Harlan is the 27th commander of …"), not a word of time or a pronoun.
  'today', 'yesterday', 'tomorrow', 'now', 'there', 'here', 'these', 'those', 'what', 'one', 'someone', 'everyone', 'nobody', 'each', 'both', 'we', 'i', 'you',
  // A sentence's opening subordinator before a participle ("Before taking charge of INDOPACOM, …").
  'before', 'after', 'since', 'until', 'while', 'when', 'whilst', 'upon', 'as', 'during', 'following', 'once', 'if', 'though', 'although', 'by', 'with', 'without', 'from',
  'britain', 'china', 'korea', 'australia', 'nato', 'america', 'russia', 'india', 'taiwan', 'philippines',
  // A headline's verb after a title ("Defence Minister Hosts High-Level Talks", "Defense Chief Names New Commander").
  'hosts', 'meets', 'visits', 'holds', 'calls', 'urges', 'warns', 'vows', 'welcomes', 'announces', 'unveils', 'arrives', 'heads', 'pledges',
  'signs', 'agrees', 'discusses', 'talks', 'stresses', 'seeks', 'plans', 'eyes', 'speaks', 'inspects', 'attends', 'receives', 'orders',
  'approves', 'names', 'appoints', 'confirms', 'denies', 'rejects', 'launches', 'opens', 'tours', 'thanks', 'praises', 'outlines', 'reaffirms',
  'joins', 'leads', 'says', 'highlights', 'emphasizes', 'emphasises', 'travels', 'returns', 'departs', 'addresses', 'briefs', 'testifies', 'hails',
]);

// Letters with diacritics are a name's too ("Shinjirō Koizumi", "José").
const NAME_WORD = /^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ž’'-]+|[A-Z]\.|[A-Z][a-zß-öø-ÿĀ-ž]+-[A-Z][a-zß-öø-ÿĀ-ž]+)$/;

/** One to three name words starting at `at` ("Taro Yamada", "Samuel J. Paparo"). */
export function englishNameAt(text: string, at: number, limit: number): NameSpan | undefined {
  let i = at;
  let end = at;
  let words = 0;
  while (words < 4 && i < limit) {
    let j = i;
    while (j < limit && /[A-Za-zÀ-ÖØ-öø-ÿĀ-ž.’'-]/.test(text[j]!)) j++;
    let word = text.slice(i, j);
    // A sentence-final period belongs to the sentence, not to the name.
    // Not a suffix's: "Jr." keeps its dot, so the name ends before it ("Samuel J. Paparo Jr. took over").
    if (word.length > 2 && word.endsWith('.') && !/^(?:Jr|Sr)\.$/.test(word)) word = word.slice(0, -1);
    // A possessive ends the name and is not part of it ("under Gen. Taro Yamada's leadership").
    const possessive = word.length > 3 && /['’]s$/.test(word);
    if (possessive) word = word.slice(0, -2);
    // A middle initial without its dot ("Samuel J Paparo"): one capital between two name words.
    const initial = words > 0 && /^[A-Z]$/.test(word) && text[j] === ' ' && /[A-Z]/.test(text[j + 1] ?? '');
    if (word.length === 0 || (!NAME_WORD.test(word) && !initial) || NOT_NAME_WORDS.has(word.toLowerCase())) break;
    // "Defense Minister Gen Nakatani Image: AP": a word that a colon ends after the name is a caption's label.
    if (words >= 2 && text[j] === ':') break;
    words++;
    end = i + word.length;
    if (possessive) break;
    i = j;
    if (text[i] !== ' ') break;
    i++;
  }
  if (words === 0 || text.slice(at, end).endsWith('.')) return undefined;
  return { start: at, end, text: text.slice(at, end) };
}

/** A rank's abbreviation in brackets, then a space: " (Adm) ", " (Lt Gen) ". */
const TITLE_ABBREVIATION_BEFORE = /\s\((?:Adm|Gen|Lt\.?\s?Gen|Vice\s?Adm|Rear\s?Adm|Maj\.?\s?Gen|Col|Capt)\.?\)\s$/;

/** The title that ends right before `at` (with one space), if any. */
export function englishTitleBefore(text: string, at: number): string | undefined {
  // "Admiral (Adm) Samuel J Paparo": the title's abbreviation in brackets after it.
  const abbreviation = TITLE_ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  if (abbreviation) at -= abbreviation[0].length - 1;
  const before = text.slice(Math.max(0, at - 24), at).toLowerCase();
  return EN_TITLES.find((t) => before.endsWith(t + ' ') && !/[a-z]/.test(before[before.length - t.length - 2] ?? ' '));
}

/** Every titled English name in `text[from, to)`: the title is left out of the span. */
export function titledEnglishNames(text: string, from: number, to: number): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a || (i > from && /[A-Za-z]/.test(text[i - 1]!))) continue;
    if (!englishTitleBefore(text, i)) continue;
    const name = englishNameAt(text, i, to);
    if (name) {
      out.push(name);
      i = name.end;
    }
  }
  return out;
}

// Japanese: what may follow a name (ranks, honorifics, offices) and words a name never is.
const JA_AFTER = [
  '陸将補', '海将補', '空将補', '陸将', '海将', '空将', '一佐', '1佐', '１佐', '大将', '中将', '少将', '氏', 'さん', '衆議院議員', '参議院議員', '衆院議員', '参院議員', '議員', '大臣', '防衛大臣', '防衛相', '長官', '国防長官',
  '司令官', '副司令官', '幕僚長', '統合幕僚長', '首相', '総理', '大統領', '元帥', '提督', '海軍大将', '陸軍大将', '空軍大将', '海軍中将', '陸軍中将', '空軍中将', '海軍中佐',
  '統合幕僚副長', '幕僚副長', '統幕副長', '統幕長', '総監', '方面総監', '地方総監',
  // Translations from Chinese write a four-star rank as 上将 (「ランシング上将」).
  '上将',
];
const JA_AFTER_FIRST = new Set(JA_AFTER.map((t) => t[0]!));
const JA_NOT_NAME = new Set([
  '前', '元', '新', '現', '同', '次期', '歴代', '各', '両', '初代', '日本', '米国', '米', '日米', '政府', '防衛', '国防', '外務', '総理', '内閣', '当時', '今回', '自衛隊',
  '陸上', '海上', '航空', '統合', '作戦', '部隊', '司令', '幕僚', '後任', '前任', '現任', '新任', '先任', '着任', '担当', '副', '防衛省', '首相', '大臣',
  // 「自衛官トップの」: who serve, not who one of them is.
  '自衛官', '隊員', '米兵', '将兵', '兵士', '幹部', '制服組', '背広組', '軍人', '将官', '将校',
  // 「初の女性防衛相」: who held it, by kind, not by name.
  '女性', '男性', '民間人', '文民', '若手', '最年少', '最年長',
  // 「約3年間インド太平洋軍司令官を務め」: a length of time before the title.
  '年間', '期間', '月間', '週間', '日間', '年半',
  // 「通称防衛相」 in an encyclopedia's infobox: what the post is called, not who holds it.
  '通称', '略称', '正式名称', '英称', '呼称', '別称', '英語名', '代々', '歴代', '現在', '今後', '将来',
  // 最高司令官, 総司令官, 太平洋司令官: words that make a title, or a region, not a person.
  '最高', '総', '太平洋', '大西洋', '極東', '方面', '地域', '在日', '在韓', '連合', '多国籍',
  // 「陸海空自トップ」: the services before one of them, not a name before its title.
  '陸海', '陸海空', '海空', '陸空',
  // 「その他防衛大臣の定める部隊」「司令官・副司令官は」: a word or a title before a title, not a name.
  '他', '当', '全', '旧', '計', '司令官', '副司令官', '指揮官', '幕僚長', '議員',
  // 「日本側防衛相」「米側」: a side of a meeting, not a name.
  '日本側', '米側', '米国側', '相手側', '双方', '側',
  // 国務長官, 事務次官, チーム司令官: offices and common nouns before a title.
  '国務', '外務', '官房', '事務', '総務', '財務', '法務', '政務', '幕僚',
  'チーム', 'グループ', 'センター', 'ユニット', 'フォース', 'タスクフォース', 'コマンド', 'スタッフ', 'メンバー', 'トップ', 'リーダー', 'オフィス',
  // 「自公政権防衛相の態度」「民主党政権時代」: whose government or when, not who.
  '政権', '時代', '与党', '野党', '連立',
  // 「各国防衛相と会談」「両国防衛相」「関係国防衛相」: which countries' ministers, not who.
  '各国', '両国', '諸国', '関係国', '他国', '同盟国', '参加国', '友好国', '近隣国', '周辺国',
  // 「先般防衛大臣に就任」「今般」: when, not who.
  '先般', '今般', '先日', '先月', '今月', '今年', '昨年', '本日', '今日', '前回', '今度', '此度', '正式', '新た', '再度', '晴れて',
]);

/** 「日米両」「各」 before a title: both or each holder of it. */
const JA_BOTH_OR_EACH_END = /^[\u4e00-\u9fff]+[両各]$/;

/** Endings of organisation and place names: 艦隊, 方面隊, 司令部, 防衛省, 横須賀市. */
const JA_ORGANISATION_END = /(?:隊|軍|部|省|庁|局|府|所|会|団|校|基地|県|市|区|町|村|国|州|党|社|院|課|室|班|艦|機|組|連合|本部|センター|コマンド|フリート)$/;

/**
 * Kanji of the BMP only, unlike `isKanji` of text/scripts, which also takes the high half of a
 * surrogate pair: a name run must never end between the two halves of 𠮷.
 */
function isKanjiCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005;
}

/** Katakana letters and the long-vowel mark; not the iteration marks `isKatakana` also takes. */
function isKatakanaCode(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}

/**
 * The Japanese name that ends at `end`: a run of two to six kanji (山田太郎), or katakana words
 * joined by ・ (サミュエル・パパロ). A run that is a common word (前, 政府, 日米) is no name.
 */
export function japaneseNameEndingAt(text: string, end: number, from: number): NameSpan | undefined {
  let i = end;
  if (i > from && isKanjiCode(text.charCodeAt(i - 1))) {
    while (i > from && end - i < 6 && isKanjiCode(text.charCodeAt(i - 1))) i--;
    // A longer run is a compound noun, not a name; so is one glued to katakana (インド太平洋司令官).
    if (i > from && (isKanjiCode(text.charCodeAt(i - 1)) || isKatakanaCode(text.charCodeAt(i - 1)))) return undefined;
    // 「井上 誠」: a press release's space between the family and the given name (each one to three kanji).
    const family = end - i <= 3 ? spacedFamilyName(text, i, from) : undefined;
    if (family !== undefined) {
      const spaced = text.slice(family, end);
      const joined = spaced.replace(/[ \u3000]/, '');
      // Not a headline's phrases set off by spaces (「…で一致 日米防衛相」): a given name is no countries' short forms, a family name no word of news.
      const given = text.slice(i, end);
      const familyName = text.slice(family, i - 1);
      if (!JA_NOT_NAME.has(joined) && !isTitleRun(joined) && !isTitleRun(given) && !JA_POSTING_WORD.test(joined) && !JA_NEWS_WORD.test(familyName) && !JA_ORGANISATION_END.test(joined)) return { start: family, end, text: spaced };
    }
    // One kanji may be a surname (岸, 林) when nothing else could be: after a particle, a
    // punctuation mark or a line's start (not a space, which may split a name: 「岸信 夫」, unless a
    // title or a headline's word of news ends the words before it: 「米国防長官 俵防衛相と」), and not a country's short form.
    if (end - i < 1 || (end - i === 1 && (/[米英豪韓中比仏独印加露朝台伊日欧]/.test(text[i]!) || !(i === 0 || /[\u3041-\u3096、。「『（(・\n]/.test(text[i - 1]!) || JA_PHRASE_THEN_SPACE.test(text.slice(Math.max(0, i - 6), i)))))) return undefined;
  } else if (i > from && isKatakanaCode(text.charCodeAt(i - 1))) {
    while (i > from && end - i < 16 && (isKatakanaCode(text.charCodeAt(i - 1)) || text[i - 1] === '・')) i--;
    if (text[i] === '・') i++;
    // (「司令官ージョン・スミス」: no word opens with the long-vowel mark; there it is a dash.)
    while (i < end && text[i] === 'ー') i++;
    if (end - i < 2) return undefined;
  } else return undefined;
  const name = text.slice(i, end);
  if (JA_NOT_NAME.has(name) || [...JA_NOT_NAME].some((w) => w.length >= 2 && name.endsWith(w))) return undefined;
  // 「日米両指揮官」「陸海空各幕僚長」: both or each of the posts, not a name.
  if (JA_BOTH_OR_EACH_END.test(name)) return undefined;
  // An infobox's 「任命防衛大臣」 (appointed by: the minister): a word for taking a post is no name.
  if (isTitleRun(name) || JA_POSTING_WORD.test(name)) return undefined;
  // 「太平洋艦隊新司令官」: an organisation and 新 (new) before a title, not a person.
  if (/[新前元現次]$/.test(name) && (name.length <= 2 || JA_ORGANISATION_END.test(name.slice(0, -1)))) return undefined;
  // 太平洋艦隊司令官, 舞鶴地方隊司令: an organisation before a title, not a person.
  if (name.length >= 3 && JA_ORGANISATION_END.test(name)) return undefined;
  return { start: i, end, text: name };
}

/** A title or a headline's word of news, then a space: what follows it is a new name (「米国防長官 林防衛相と」「…演習を開始 林防衛相」). */
const JA_PHRASE_THEN_SPACE = /(?:長官|大臣|防衛相|外相|首相|司令官|大統領|幕僚長|一致|合意|決定|発表|開始|発足|会談|協議|確認|表明|強化|視察|訪問|就任|退任|交代|成立)[ \u3000]$/;

/** Words of news that a headline sets off with a space, none a family name. */
const JA_NEWS_WORD = /(?:一致|合意|決定|発表|開始|発足|会談|協議|確認|表明|強化|連携|批判|反発|要請|検討|方針|調整|視察|訪問|就任|退任|交代|任命|起用|承認|答弁|会見|声明|指示|判断|懸念|期待|成立|提出|改定|改正)$/;

/** Where a family name of one to three kanji starts, set off by one space before a given name that starts at `at`; undefined if none. */
function spacedFamilyName(text: string, at: number, from: number): number | undefined {
  if (at - 1 <= from || !/[ \u3000]/.test(text[at - 1] ?? '')) return undefined;
  let k = at - 1;
  while (k > from && at - 1 - k < 4 && isKanjiCode(text.charCodeAt(k - 1))) k--;
  const length = at - 1 - k;
  if (length < 1 || length > 3) return undefined;
  // The family name starts a word: after a particle, a mark or a line's start, not inside a longer run or after katakana.
  if (k > from && (isKanjiCode(text.charCodeAt(k - 1)) || isKatakanaCode(text.charCodeAt(k - 1)))) return undefined;
  return k;
}

/** Words for taking or leaving a post (就任, 任命): a run that ends in one is no name. */
const JA_POSTING_WORD = /(?:就任|任命|起用|着任|昇任|指名|決定|交代|兼務|退任|離任|内定)$/;

/**
 * A run that is a title, not a name: 「首相兼防衛大臣」「防衛副大臣」 (兼 and 副 join titles), one that holds
 * a title (大臣, 長官), or ends in a minister's (「日米外相・防衛相」).
 */
function isTitleRun(name: string): boolean {
  // 「日韓防衛相」「日米豪」: countries' short forms joined, not a name.
  if (/^[日米英豪韓中比仏独印加露朝台伊欧]{2,4}$/.test(name)) return true;
  // 「令和元年度防衛大臣感謝状」: a year or a fiscal year before the title is no name.
  return /[兼副]$/.test(name) || /首相|大臣|長官|総理/.test(name) || /(?:外|防衛|国防|財務|経産)相$/.test(name) || /年度?$|^(?:令和|平成|昭和|大正)/.test(name);
}

/**
 * The Japanese name right after a title at `at` (「統合作戦司令官 山田太郎（空将）」, 「司令官に山田太郎を」):
 * a run of two to six kanji, or katakana joined by ・, that ends before a particle, a bracket, a
 * space, a rank or the sentence's end, and is no common word.
 */
export function japaneseNameAfter(text: string, at: number, to: number): NameSpan | undefined {
  let i = at;
  // 「司令官に山田」「司令官：山田」, and a table's cells 「初代司令官 | 山田」.
  while (i < to && i - at < 3 && /[\s　・:：=＝に|｜]/.test(text[i]!)) i++;
  // 「インド太平洋軍司令官海軍大将グレゴリー・ランシング」: a rank between the title and a name in katakana.
  const rank = i === at ? JA_RANK_THEN_KATAKANA.exec(text.slice(at, at + 8))?.[0] : undefined;
  if (rank) i += rank.length;
  // 「防衛大臣の井上誠」: after の, only a name that opens with a common family name (「防衛大臣の指示」 is none).
  // 「現在の防衛大臣は佐藤健二であり」: after は, likewise, when the name is what the title is said to be.
  const genitive = i === at && (text[at] === 'の' || text[at] === 'は') && !!commonSurnameAt(text.slice(at + 1, at + 4));
  if (genitive) i++;
  // 「防衛大臣、井上誠」 (a caption, a self-introduction): after a comma, likewise, the name closing the phrase.
  const captioned = i === at && text[at] === '、' && !!commonSurnameAt(text.slice(at + 1, at + 4));
  if (captioned) i++;
  // 「日本の防衛大臣中谷元と会談」 (a translation's order): a name glued to the title, when it opens with a common family name.
  const glued = i === at && !!commonSurnameAt(text.slice(at, at + 3));
  // The name must be set off from the title: 「防衛大臣直轄」 is one compound, not a name.
  if (i === at && !glued) return undefined;
  // A Diet roster's 「防衛大臣     中谷  元君」: names padded with spaces, 君 after (looked for only after a space).
  const roster = text[at] === ' ' || text[at] === '\u3000' ? rosterName(text, at, to) : undefined;
  if (roster) return roster;
  let j = i;
  if (isKanjiCode(text.charCodeAt(j))) while (j < to && j - i < 7 && isKanjiCode(text.charCodeAt(j))) j++;
  else while (j < to && j - i < 16 && (isKatakanaCode(text.charCodeAt(j)) || text[j] === '・')) j++;
  // 「(防衛大臣 中谷元君)」: a Diet record's 君 after the name is no part of it.
  if (j - i >= 3 && text[j - 1] === '君' && isKanjiCode(text.charCodeAt(i))) j--;
  const n = j - i;
  // A name in katakana may be long (「グレゴリー・ランシング」); one in kanji is six characters at most.
  if (n < 2 || n > (isKanjiCode(text.charCodeAt(i)) ? 6 : 16) || (j < to && text[j] !== '君' && (isKanjiCode(text.charCodeAt(j)) || isKatakanaCode(text.charCodeAt(j))))) return undefined;
  const after = text.slice(j, j + 5);
  // After は, the name must be what the title is (「…は佐藤健二であり」), not the verb's object (「…は佐藤健二に指示」).
  const copula = /^(?:であ|です|だ[。、]|氏(?:であ|です|だ))/.test(after);
  // (「防衛大臣・佐藤健二と会談」: と, the one met, closes the name too; so do a list's や and ら, 「防衛大臣中谷元や茂木敏充首相」.)
  if (captioned ? j < to && !/^(?:[」』。]|です|でございます|氏|さん)/.test(after) : genitive && text[at] === 'は' ? !copula : j >= to ? !rank : !/^(?:[\s　（(、。・]|を|が|は|と(?!し)|や|ら[がはとの、]|氏|さん|君|陸将|海将|空将)/.test(after)) return undefined;
  // 「司令官に山田太郎を充てる」「司令官に山田太郎が就任」, but 「防衛相に要望書を送り」: after に, a name is one a post is given to.
  if (text.slice(at, i).includes('に') && !/^(?:氏|さん|陸将|海将|空将|[（(\s　]|を(?:充て|起用|任命|指名|据え|抜擢)|が(?:就任|着任|昇任|就い|就く))/.test(after)) return undefined;
  const name = text.slice(i, j);
  // 「防衛大臣\n外務大臣」 (a list of addressees): the next title is no name.
  if (JA_NOT_NAME.has(name) || isTitleRun(name) || JA_POSTING_WORD.test(name)) return undefined;
  return { start: i, end: j, text: name };
}

const JA_RANK_THEN_KATAKANA = /^(?:海軍|陸軍|空軍|海兵隊)?(?:大将|中将|少将)(?=[\u30a1-\u30fa])/;

/** 「防衛大臣     中谷  元君」: after a title and a run of spaces, a surname, up to two spaces, a given name, then 君. */
const JA_ROSTER_NAME = /^[ 　]{2,12}([\u4e00-\u9fff\u3005]{1,4}[ 　]{0,2}[\u4e00-\u9fff\u3005]{1,4})君/;

function rosterName(text: string, at: number, to: number): NameSpan | undefined {
  const m = JA_ROSTER_NAME.exec(text.slice(at, Math.min(to, at + 26)));
  if (!m) return undefined;
  const name = m[1]!;
  const start = at + m[0].length - 1 - name.length;
  const letters = name.replace(/[ 　]/g, '');
  return letters.length >= 2 && letters.length <= 6 && !JA_NOT_NAME.has(letters) && !isTitleRun(letters) ? { start, end: start + name.length, text: name } : undefined;
}

/**
 * Where a name ends when its reading in brackets stands at `end` (「山田太郎（やまだ・たろう）」 before a
 * title): the bracket's start; else `end` itself.
 */
export function beforeReading(text: string, end: number, from: number): number {
  if (text[end - 1] !== ')' && text[end - 1] !== '）') return end;
  const open = Math.max(text.lastIndexOf('(', end - 1), text.lastIndexOf('（', end - 1));
  return open >= from && end - open <= 24 && /^[(（][\u3040-\u30ff・･\s]+[)）]$/.test(text.slice(open, end)) ? open : end;
}

/** A family name, one space, a given name, right before a reading in brackets (「井上 誠(いのうえ・まこと)」). */
const JA_SPACED_NAME_BEFORE = /(?:^|[^\u4e00-\u9fff\u3005])([\u4e00-\u9fff\u3005]{1,3}[ 　][\u4e00-\u9fff\u3005]{1,3})$/;

/** Japanese names followed by a rank, honorific or office in `text[from, to)`. */
export function titledJapaneseNames(text: string, from: number, to: number): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = from + 2; i < to; i++) {
    // Most characters start no title: one set look-up instead of a scan of every title.
    if (!JA_AFTER_FIRST.has(text[i]!)) continue;
    const title = JA_AFTER.find((t) => text.startsWith(t, i));
    if (!title) continue;
    // 山田太郎・防衛相: a middle dot may stand between a name and its office; 新, 前, 元 and 現
    // before a title belong to it (山田新司令官, 山田元防衛相); a reading in brackets may follow
    // the name (山田太郎（やまだ・たろう）空将, 山田(げん)・元防衛大臣).
    let end = i;
    if (/[新前元現]/.test(text[end - 1] ?? '') && (text[end - 2] === '・' || (end - 3 >= from && (isKanjiCode(text.charCodeAt(end - 3)) || isKatakanaCode(text.charCodeAt(end - 2)))))) end--;
    if (text[end - 1] === '・') end--;
    // 「パパロ・米インド太平洋司令官」: a name, a dot, then the organisation the title is made with.
    else if (/[司長官]/.test(title[0]!)) {
      // Not katakana alone: 「サム・パパロ司令官」 is a given name and a surname.
      const org = /・((?:米|英|豪|在日)?(?=[^・]*[\u4e00-\u9fff])[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,12})$/.exec(text.slice(Math.max(from, end - 16), end));
      if (org) end -= org[0].length;
    }
    // A caption or byline, 「中谷元 防衛大臣」: one space between a name and a title that ends the line.
    // News also writes 「南雲憲一郎 統合幕僚副長を起用」: a space, then a post and a particle.
    if ((text[end - 1] === ' ' || text[end - 1] === '\u3000') && isKanjiCode(text.charCodeAt(end - 2)) && /^(?:\s*$|\s*\n|[（(をがはにの、。])/.test(text.slice(i + title.length, i + title.length + 2))) end--;
    // 「「南雲憲一郎」空将」: a headline quotes the name.
    if (text[end - 1] === '」' && text.lastIndexOf('「', end - 1) >= Math.max(from, end - 10)) end--;
    const read = beforeReading(text, end, from);
    // 「井上 誠(なかたに・げん)防衛大臣」: before its reading, a name may be written with a space between its two parts.
    const spaced = read < end ? JA_SPACED_NAME_BEFORE.exec(text.slice(Math.max(from, read - 9), read)) : null;
    end = read;
    const name = spaced ? { start: end - spaced[1]!.length, end, text: spaced[1]! } : japaneseNameEndingAt(text, end, from);
    if (name && !out.some((o) => o.start === name.start)) out.push(name);
    i += title.length - 1;
  }
  return out;
}
