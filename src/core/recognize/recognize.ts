// Finds entity mentions in one stretch of prose: fold it, scan it once, then apply the rules that
// need the original text (case) or the document so far (context, ambiguity).

import type { Mention, Position } from '../model';
import type { AliasEntry, AliasIndex } from './aliasIndex';
import { doubled } from '../text/doubled';
import { FoldedText, foldCodes } from '../text/normalize';
import { isKanji, isKatakana } from '../text/scripts';
import { shortFormDefined } from './shortFormDefined';

/** What recognition remembers across the blocks of one document. */
export interface RecognizeState {
  /** Entities already mentioned by a form that needs no context. */
  seen: Set<string>;
  /**
   * Other evidence that a context-needing form means this entity, in `text[from, to)` around the
   * mention: for an event, its date written nearby ("2024年の能登半島地震").
   */
  confirms?: (entity: string, text: string, from: number, to: number, strict?: boolean) => boolean;
  /** How closely a date in `text[from, to)` names the event (0: not at all); see dateCloseness. */
  closeness?: (entity: string, text: string, from: number, to: number) => number;
}

// Wide enough for a Japanese date marked に and a place and partners before the event it dates.
const CONFIRM_WINDOW = 60;
/** How close a date stands to name, among several events of one general name each dated in a list. */
const CONFIRM_BESIDE = 16;

// Titles that make a surname alone a safe mention: before it in English, after it in Japanese.
const TITLES_BEFORE = [
  'gen.', 'gen', 'general', 'lt.', 'lt. gen.', 'lieutenant general', 'adm.', 'admiral', 'vice admiral',
  'vice adm.', 'minister', 'secretary', 'president', 'prime minister', 'premier', 'mr.', 'mr', 'ms.',
  'ms', 'mrs.', 'dr.', 'chief', 'commander', 'sen.', 'senator', 'col.', 'colonel', 'capt.', 'captain',
  'maj.', 'major', 'gov.', 'governor', 'ambassador', 'secretary of defense', 'secretary of state', 'minister of defense',
  'minister of defence', 'minister for foreign affairs',
].map((t) => t + ' ');
const TITLES_AFTER = [
  '陸将', '海将', '空将', '将補', '大臣', '防衛大臣', '外務大臣', '総理大臣', '防衛相', '外相', '官房長官', '統合幕僚長', '長官', '国防長官', '米国防長官', '米国国防長官', '国防総省長官', '米国防総省長官', '米国国防総省長官', '氏', 'さん', '首相',
  '総理', '大統領', '米大統領', '司令官', '幕僚長', '議員', '大将', '中将', '提督', '元帥', '知事', '大使', '総監', '新総監',
  '統合作戦司令官', '統合幕僚副長', '副長', '統幕長', '統幕副長', '政権', '内閣', '総裁', '幹事長', '政調会長', '代表', '一佐', '二佐', '空佐', '海佐', '陸佐',
];
/** After an organisation's short name: its head's title (統幕長, 統幕副長). */
const HEAD_AFTER = /^(?:長|副長)(?!官)/;
const TITLE_WINDOW = 24;

/** The folded units of a stretch: all the mention rules look at. */
interface Folded {
  codes: Uint16Array;
  length: number;
}

function foldedSlice(n: Folded, from: number, to: number): string {
  let s = '';
  for (let k = Math.max(0, from); k < Math.min(n.length, to); k++) s += String.fromCharCode(n.codes[k]!);
  return s;
}

function hasTitle(n: Folded, start: number, end: number): boolean {
  const before = foldedSlice(n, start - TITLE_WINDOW, start);
  if (TITLES_BEFORE.some((t) => before.endsWith(t) && (before.length === t.length || !/[a-z]/.test(before[before.length - t.length - 1]!)))) {
    return true;
  }
  return titleFollows(n, end);
}

function caseAllowsSlow(entry: AliasEntry, written: string): boolean {
  const letters = written.normalize('NFKC').replace(/[^A-Za-z]/g, '');
  if (entry.caseMode === 'exact') return letters === entry.text.normalize('NFKC').replace(/[^A-Za-z]/g, '');
  return letters.length === 0 || /[A-Z]/.test(letters);
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Does the case of `text[start, end)` fit the alias's case rule? ASCII text and aliases (which
 * NFKC leaves as they are) are checked in place; anything else goes the general way (a
 * combining mark, for one, changes the letter before it).
 */
function caseAllows(entry: AliasEntry, text: string, start: number, end: number): boolean {
  const mode = entry.caseMode;
  if (mode === 'any') return true;
  let upper = false;
  let lower = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return caseAllowsSlow(entry, text.slice(start, end));
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  if (mode === 'notAllLower') return upper || !lower;
  // exact: the written letters are the alias's letters, in the same case.
  const alias = entry.text;
  for (let k = 0; k < alias.length; k++) if (alias.charCodeAt(k) >= 0x80) return caseAllowsSlow(entry, text.slice(start, end));
  let a = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!isAsciiLetter(c)) continue;
    while (a < alias.length && !isAsciiLetter(alias.charCodeAt(a))) a++;
    if (a >= alias.length || alias.charCodeAt(a++) !== c) return false;
  }
  while (a < alias.length) if (isAsciiLetter(alias.charCodeAt(a++))) return false;
  return true;
}

/** Has the document named an entity whose name holds this short form (GSDF for SDF)? */
function contextSeen(entry: AliasEntry, state: RecognizeState): boolean {
  const from = entry.contextFrom;
  if (!from) return false;
  for (let k = 0; k < from.length; k++) if (state.seen.has(from[k]!)) return true;
  return false;
}

/**
 * After a name: the service or the organisation whose post the title is (「パパロ海軍大将」「パパロ米インド太平洋軍司令官」
 * 「ジョスト在日米軍司令官」), written between the name and the title.
 */
const SERVICE_OR_COMMAND_THEN_TITLE = /^(?:(?:米|米国|アメリカ|在日米)?(?:海軍|陸軍|空軍|海兵隊|宇宙軍)(?:大将|中将|少将)|(?:米|米国|アメリカ|在日米)?[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,10}?(?:軍|艦隊|軍団)(?:司令官|副司令官|司令))/;

function titleFollows(n: Folded, end: number): boolean {
  // 新, 前, 元, 現 and 初代 belong to the title after them (南雲新司令官, 中谷元防衛相).
  const after = foldedSlice(n, end, end + 8).replace(/^(?:初代|[新前元現])/, '');
  return TITLES_AFTER.some((t) => after.startsWith(t)) || SERVICE_OR_COMMAND_THEN_TITLE.test(foldedSlice(n, end, end + 18));
}

/** 「アメリカ・ヘグセス国防長官」: a country set off by a middle dot before a name is no part of the name. */
const COUNTRY_DOT_BEFORE = /(?:アメリカ|米国|イギリス|英国|オーストラリア|フランス|ドイツ|カナダ|インド|フィリピン|ロシア|中国|韓国|日本|[米英豪仏独中韓日])[・･]\s*$/;

/** 「名護市辺野古沿岸」: a town's name before a place, and what lies there after it. */
const TOWN_BEFORE = /[\u4e00-\u9fff][市町村]$/;
const DISTRICT_AFTER = /^(?:移設|沿岸|沖|崎|地区|区|付近|周辺|新基地|基地)/;

/** Is the place at `text[start, end)` written as a district of the town before it? */
function districtOfTown(text: string, start: number, end: number): boolean {
  return TOWN_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && DISTRICT_AFTER.test(text.slice(end, end + 3));
}

/** 「米軍普天間移設」「米軍X飛行場」: a base of the U.S. forces named by its place, glued between 米軍 and the word for the base or its move. */
const BASE_WORD_AFTER = /^(?:移設|飛行場|基地)/;

/** Is the place at `text[start, end)` written as the name of a U.S. base (after 米軍)? */
function baseOfUsForces(text: string, start: number, end: number): boolean {
  return text.startsWith('米軍', start - 2) && BASE_WORD_AFTER.test(text.slice(end, end + 3));
}

/** 「…提出X新基地の建設」「前年X移設」: a place glued before the words for a new base or a move is that base's site. */
const NEW_BASE_AFTER = /^(?:新基地|移設)/;

/** 「沖縄新宿区」「東京港区」: an address's next part, a ward or town the dataset does not know, glued after a region's name. */
const WARD_AFTER = /^[\u4e00-\u9fff]{1,3}[区市町村郡]/;

/** Is the name at `text[start, end)` set off by a space on either side (folding drops it)? */
function spaceAround(text: string | undefined, start: number, end: number): boolean {
  return text !== undefined && end >= 0 && (/[\s\u3000]/.test(text[start - 1] ?? '') || /[\s\u3000]/.test(text[end] ?? ''));
}

function scriptAllows(entry: AliasEntry, n: Folded, start: number, end: number, text?: string, origStart = 0, origEnd = -1): boolean {
  const codes = n.codes;
  const before = start > 0 ? codes[start - 1]! : -1;
  const after = end < n.length ? codes[end]! : -1;
  // One kanji inside a kanji word is part of that word (俵 in 土俵), unless a title follows (俵海将).
  // A line's first kanji is no part of the line before (「…更新\n俵防衛相から…」, a caption under a dateline), when a title follows.
  if (entry.kanjiOnlyLength === 1 && ((isKanji(before) && !(text !== undefined && text[origStart - 1] === '\n' && titleFollows(n, end))) || (isKanji(after) && !titleFollows(n, end)))) return false;
  // 「吉田統幕長」: an organisation's short name glued between a person's name and 長 (its head's title) is that organisation.
  // Folding drops a space between Japanese words; in the text it still parts them (「所在地 沖縄 新宿区」, a caption's or an infobox's words).
  if (entry.kanjiOnlyLength === 2 && !entry.needsContext && isKanji(before) && isKanji(after) && !spaceAround(text, origStart, origEnd) && !(entry.place && text !== undefined && (districtOfTown(text, origStart, origEnd) || baseOfUsForces(text, origStart, origEnd) || NEW_BASE_AFTER.test(text.slice(origEnd, origEnd + 3)) || WARD_AFTER.test(text.slice(origEnd, origEnd + 4)))) && !(!entry.person && !entry.place && HEAD_AFTER.test(foldedSlice(n, end, end + 3)))) return false;
  // 「南雲忠一中将」: a family name followed by another given name is another person.
  // A space after it in the text (「折木 反省の…」, an interview's speaker) ends the name, though folding drops it.
  if (entry.surname && isKanji(after) && !titleFollows(n, end) && !(text !== undefined && origEnd >= 0 && /[\s\u3000]/.test(text[origEnd] ?? ''))) return false;
  // 「パパロ・インド太平洋軍司令官」: a dot before an organisation's name sets it off from a person's before it;
  // so does its title after it (「パパロインド太平洋軍司令官」: the name, the organisation, the title).
  // (「司令官ーサミュエル・パパロ」: a long-vowel mark after a word in another script is a dash, no katakana word's end.)
  const dashBefore = before === 0x30fc && start > 1 && !isKatakana(codes[start - 2]!);
  if (entry.startsWithKatakana && isKatakana(before) && !dashBefore && !(!entry.person && titleFollows(n, end)) && !(text !== undefined && (COUNTRY_DOT_BEFORE.test(text.slice(Math.max(0, origStart - 8), origStart)) || (!entry.person && /[・･]/.test(text[origStart - 1] ?? ''))))) return false;
  if (entry.endsWithKatakana && isKatakana(after)) return false;
  // "Korea's Defense Ministry", "the Australian Joint Operations Command": another country's namesake.
  if (entry.lang === 'en' && !entry.person && text !== undefined && FOREIGN_BEFORE_EN.test(text.slice(Math.max(0, origStart - 24), origStart))) return false;
  // "Headquarters Joint Operations Command" (HQJOC) is Australia's, whose name ends as Japan's does
  // ("Headquarters U.S. Forces Japan" is USFJ's own).
  if (entry.lang === 'en' && !entry.person && text !== undefined && text.startsWith('Joint Operations Command', origStart) && HEADQUARTERS_BEFORE.test(text.slice(Math.max(0, origStart - 14), origStart))) return false;
  // 「米陸軍の統合作戦司令部」: another country's forces own a namesake of a Japanese organisation.
  if (entry.japanese && text !== undefined && FOREIGN_FORCES_BEFORE_JA.test(text.slice(Math.max(0, origStart - 12), origStart))) return false;
  // 「防衛庁長官」: an agency's name before 長官 is its head's title, as 防衛大臣 is the ministry's.
  if (entry.japanese && text !== undefined && origEnd >= 0 && text.startsWith('長官', origEnd)) return false;
  return true;
}

// Not 在日米軍 (USFJ), which works with the Japanese command of that name.
const FOREIGN_FORCES_BEFORE_JA = /(?<!在日)(?:米|米国|アメリカ|英|英国|イギリス|豪|豪州|オーストラリア|韓国|中国|インド|フィリピン|フランス|ドイツ|カナダ|ロシア)(?:陸軍|海軍|空軍|海兵隊|宇宙軍|国防軍|軍)の?$/;

const HEADQUARTERS_BEFORE = /\bHeadquarters\s+$/;

const FOREIGN_BEFORE_EN = /(?:\b(?:(?:South\s+)?Korea|Australia|Britain|the\s+UK|the\s+U\.K\.|India|China|Taiwan|the\s+Philippines|France|Germany|Canada|Russia|Ukraine|Seoul|Canberra|London|Beijing|New\s+Delhi|Manila|NATO)['’]s?|\b(?:(?:South\s+)?Korean|Australian|British|Indian|Chinese|Philippine|French|German|Canadian|Russian|Ukrainian|Taiwanese))\s+(?:the\s+)?$/;

/**
 * Mentions as offsets: what recognition decides, in typed arrays that grow by doubling. A
 * `Mention` object (its text and a line/column range: four objects) costs more to build than the
 * mention costs to find, most of it in fresh memory for objects that live as long as the
 * document's analysis; callers that need offsets and entities only (counting, the benchmark)
 * read these, and `recognizeRange` builds the objects from them.
 */
export class FoundMentions {
  length = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** The alias entry (an index into the alias index's `entries`) that gave each its entity and language. */
  entries = new Int32Array(64);
  /** The candidate entity ids of each ambiguous mention, by its index here. */
  readonly candidates = new Map<number, string[]>();

  clear(): void {
    this.length = 0;
    this.candidates.clear();
  }

  push(start: number, end: number, entry: number, candidates?: string[]): void {
    const k = this.length;
    if (k === this.starts.length) {
      this.starts = doubled(this.starts);
      this.ends = doubled(this.ends);
      this.entries = doubled(this.entries);
    }
    this.starts[k] = start;
    this.ends[k] = end;
    this.entries[k] = entry;
    if (candidates) this.candidates.set(k, candidates);
    this.length = k + 1;
  }
}

/** Fold buffers and found-mention lists, reused block after block (stacks, in case recognition is ever re-entered). */
const buffers: FoldedText[] = [];
const foundLists: FoundMentions[] = [];

/**
 * Recognises mentions in `text[from, to)` and appends them to `out`, in order. `text` is a masked
 * view (markup blanked to spaces); with `original`, the document it masks, no mention may span a
 * blanked character: `Japan</b>Joint` is not "Japan Joint …", however the blanks fold. Stops
 * when `out` holds `maxMentions` and returns false: the range was not read to its end.
 */
export function recognizeRange(
  text: string,
  from: number,
  to: number,
  index: AliasIndex,
  state: RecognizeState,
  positionAt: (offset: number) => Position,
  out: Mention[],
  original?: string,
  maxMentions = Infinity,
): boolean {
  const found = foundLists.pop() ?? new FoundMentions();
  try {
    found.clear();
    findMentions(text, from, to, index, state, found, original);
    const entries = index.entries;
    for (let k = 0; k < found.length; k++) {
      // The budget: Mention objects cost a few hundred bytes each, the found lists a few.
      if (out.length >= maxMentions) return false;
      const start = found.starts[k]!;
      const end = found.ends[k]!;
      const entry = entries[found.entries[k]!]!;
      const mention: Mention = {
        entity: entry.entity,
        text: text.slice(start, end),
        start,
        end,
        range: { start: positionAt(start), end: positionAt(end) },
        lang: entry.lang,
        via: 'alias',
      };
      const candidates = found.candidates.get(k);
      if (candidates) mention.candidates = candidates;
      out.push(mention);
    }
    return true;
  } finally {
    foundLists.push(found);
  }
}

/**
 * Finds the mentions in `text[from, to)` and appends them to `found`, in order: `recognizeRange`
 * without building `Mention` objects.
 */
export function findMentions(text: string, from: number, to: number, index: AliasIndex, state: RecognizeState, found: FoundMentions, original?: string): void {
  const n = foldCodes(buffers.pop() ?? new FoldedText(1024), text, from, to);
  try {
    scanFolded(text, from, to, n, index, state, found, original === text ? undefined : original);
  } finally {
    buffers.push(n);
  }
}

function scanFolded(text: string, from: number, to: number, n: FoldedText, index: AliasIndex, state: RecognizeState, found: FoundMentions, original: string | undefined): void {
  const entries = index.entries;
  const termIds = index.matcher.termIds;
  const confirmed = (entry: AliasEntry, origStart: number, origEnd: number) =>
    state.confirms?.(entry.entity, text, Math.max(from, origStart - CONFIRM_WINDOW), Math.min(to, origEnd + CONFIRM_WINDOW)) === true;

  // A word whose first letter is written in lower case cannot be a capitals-only alias (HAS, IS).
  const lowerAt = (position: number) => {
    const c = text.charCodeAt(n.srcStartAt(position));
    return c >= 0x61 && c <= 0x7a;
  };
  index.matcher.scanRaw(n.codes, 0, n.length, (start, end, idStart, idEnd) => {
    const origStart = n.srcStartAt(start);
    const origEnd = n.srcEndAt(end - 1);
    if (original !== undefined && spansMasked(text, original, origStart, origEnd)) return false;
    if (idEnd - idStart === 1) {
      // One alias with this spelling: the common case, without the lists below.
      const id = termIds[idStart]!;
      const entry = entries[id]!;
      if (!caseAllows(entry, text, origStart, origEnd) || !scriptAllows(entry, n, start, end, text, origStart, origEnd)) return false;
      if (entry.needsContext && !(hasTitle(n, start, end) || state.seen.has(entry.entity) || contextSeen(entry, state) || confirmed(entry, origStart, origEnd) || shortFormDefined(entry, text, origStart, origEnd, index))) return false;
      // A title or an earlier full form settles who a surname is; later bare surnames may follow.
      state.seen.add(entry.entity);
      found.push(origStart, origEnd, id);
      return true;
    }
    const plain: number[] = [];
    const contextual: number[] = [];
    for (let k = idStart; k < idEnd; k++) {
      const id = termIds[k]!;
      const entry = entries[id]!;
      if (!caseAllows(entry, text, origStart, origEnd) || !scriptAllows(entry, n, start, end, text, origStart, origEnd)) continue;
      (entry.needsContext ? contextual : plain).push(id);
    }
    const plainEntities = new Set(plain.map((id) => entries[id]!.entity));
    const titled = contextual.length > 0 && hasTitle(n, start, end);
    for (const id of contextual) {
      const entry = entries[id]!;
      if (titled || state.seen.has(entry.entity) || contextSeen(entry, state) || confirmed(entry, origStart, origEnd) || shortFormDefined(entry, text, origStart, origEnd, index)) plain.push(id);
    }
    const entities = [...new Set(plain.map((id) => entries[id]!.entity))];
    if (entities.length === 0) return false;
    let chosen = entities;
    if (entities.length > 1) {
      // Events that share a general name (日米首脳会談): the one whose own date stands beside it,
      // over one a near miss confirms or one named earlier in the document.
      const byContext = entities.every((e) => !plainEntities.has(e));
      let exact = byContext ? entities.filter((e) => state.confirms?.(e, text, Math.max(from, origStart - CONFIRM_WINDOW), Math.min(to, origEnd + CONFIRM_WINDOW), true) === true) : [];
      // A list of such events, each with its date (「2024年4月10日の日米首脳会談、…、2025年2月7日の日米首脳会談」): the date right beside this one.
      if (exact.length > 1) exact = exact.filter((e) => state.confirms?.(e, text, Math.max(from, origStart - CONFIRM_BESIDE), Math.min(to, origEnd + CONFIRM_BESIDE), true) === true);
      const known = entities.filter((e) => state.seen.has(e));
      if (exact.length === 1) chosen = exact;
      else if (known.length === 1) chosen = known;
      else if (byContext && state.closeness) {
        // The one whose date a near miss shares more of (「2024年2月7日」: February 7 of 2025, not April 2024).
        const scores = entities.map((e) => state.closeness!(e, text, Math.max(from, origStart - CONFIRM_WINDOW), Math.min(to, origEnd + CONFIRM_WINDOW)));
        const top = Math.max(...scores);
        if (top > 0 && scores.filter((x) => x === top).length === 1) chosen = [entities[scores.indexOf(top)]!];
      }
    }
    const entity = chosen[0]!;
    const id = plain.find((i) => entries[i]!.entity === entity)!;
    if (chosen.length > 1) found.push(origStart, origEnd, id, chosen);
    else {
      state.seen.add(entity);
      found.push(origStart, origEnd, id);
    }
    return true;
  }, lowerAt);
}

/** Does `masked[start, end)` blank out anything `original` has there? */
function spansMasked(masked: string, original: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (masked.charCodeAt(k) !== original.charCodeAt(k)) return true;
  return false;
}
