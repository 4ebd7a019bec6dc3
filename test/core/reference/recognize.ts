// A frozen copy of the engine before the recognition speed-ups: the reference the property tests
// compare the fast paths with. Not used by src.
// Finds entity mentions in one stretch of prose: fold it, scan it once, then apply the rules that
// need the original text (case) or the document so far (context, ambiguity).

import type { Mention, Position } from '../../../src/core/model';
import type { AliasEntry, AliasIndex } from '../../../src/core/recognize/aliasIndex';
import { FoldBuffer, foldInto, type NormalizedText } from './normalize';
import { isKanji, isKatakana } from '../../../src/core/text/scripts';

/** What recognition remembers across the blocks of one document. */
export interface RecognizeState {
  /** Entities already mentioned by a form that needs no context. */
  seen: Set<string>;
  /**
   * Other evidence that a context-needing form means this entity, in `text[from, to)` around the
   * mention: for an event, its date written nearby ("2024年の能登半島地震").
   */
  confirms?: (entity: string, text: string, from: number, to: number, strict?: boolean) => boolean;
}

const CONFIRM_WINDOW = 40;

// Titles that make a surname alone a safe mention: before it in English, after it in Japanese.
const TITLES_BEFORE = [
  'gen.', 'gen', 'general', 'lt.', 'lt. gen.', 'lieutenant general', 'adm.', 'admiral', 'vice admiral',
  'vice adm.', 'minister', 'secretary', 'president', 'prime minister', 'premier', 'mr.', 'mr', 'ms.',
  'ms', 'mrs.', 'dr.', 'chief', 'commander', 'sen.', 'senator', 'col.', 'colonel', 'capt.', 'captain',
  'maj.', 'major', 'gov.', 'governor', 'ambassador', 'secretary of defense', 'secretary of state', 'minister of defense',
  'minister of defence', 'minister for foreign affairs',
].map((t) => t + ' ');
const TITLES_AFTER = [
  '陸将', '海将', '空将', '将補', '大臣', '防衛大臣', '外務大臣', '総理大臣', '防衛相', '外相', '官房長官', '統合幕僚長', '長官', '国防長官', '米国防長官', '氏', 'さん', '首相',
  '総理', '大統領', '米大統領', '司令官', '幕僚長', '議員', '大将', '中将', '提督', '元帥', '知事', '大使',
  '統合作戦司令官', '統合幕僚副長', '副長', '統幕長', '統幕副長', '政権', '内閣', '総裁', '幹事長', '政調会長', '代表', '一佐', '二佐', '空佐', '海佐', '陸佐',
];
const TITLE_WINDOW = 24;

function foldedSlice(n: NormalizedText, from: number, to: number): string {
  let s = '';
  for (let k = Math.max(0, from); k < Math.min(n.length, to); k++) s += String.fromCharCode(n.codes[k]!);
  return s;
}

/**
 * A rule, not a speed-up, added after the copy was frozen (the engine's contextSeen): a short form
 * counts once an entity whose name holds it has been seen (SDF after GSDF).
 */
function contextSeen(entry: AliasEntry, state: RecognizeState): boolean {
  return (entry.contextFrom ?? []).some((id) => state.seen.has(id));
}

function hasTitle(n: NormalizedText, start: number, end: number): boolean {
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

function titleFollows(n: NormalizedText, end: number): boolean {
  // 新, 前, 元, 現 and 初代 belong to the title after them.
  const after = foldedSlice(n, end, end + 8).replace(/^(?:初代|[新前元現])/, '');
  return TITLES_AFTER.some((t) => after.startsWith(t));
}

const COUNTRY_DOT_BEFORE = /(?:アメリカ|米国|イギリス|英国|オーストラリア|フランス|ドイツ|カナダ|インド|フィリピン|ロシア|中国|韓国|日本|[米英豪仏独中韓日])[・･]\s*$/;

function scriptAllows(entry: AliasEntry, n: NormalizedText, start: number, end: number, text: string, origStart: number, origEnd: number): boolean {
  const codes = n.codes;
  const before = start > 0 ? codes[start - 1]! : -1;
  const after = end < n.length ? codes[end]! : -1;
  // One kanji inside a kanji word is part of that word (俵 in 土俵), unless a title follows (俵海将).
  // A rule added after the copy was frozen (as contextSeen): a line's first kanji is no part of the
  // line before when a title follows it (「…更新\n俵防衛相から…」).
  if (entry.kanjiOnlyLength === 1 && ((isKanji(before) && !(text[origStart - 1] === '\n' && titleFollows(n, end))) || (isKanji(after) && !titleFollows(n, end)))) return false;
  // Added later too: a space in the text parts two kanji words, though folding drops it (「所在地 沖縄 新宿区」).
  if (entry.kanjiOnlyLength === 2 && !entry.needsContext && isKanji(before) && isKanji(after) && !/[\s\u3000]/.test(text[origStart - 1] ?? '') && !/[\s\u3000]/.test(text[origEnd] ?? '')) return false;
  // A family name alone followed by another given name is another person, unless a title or a space follows.
  if (entry.surname && isKanji(after) && !titleFollows(n, end) && !/[\s\u3000]/.test(text[origEnd] ?? '')) return false;
  // A katakana name glued to katakana before it is part of a longer word, unless a country (or, for
  // anything but a person, any word) is set off from it by a middle dot, or (not a person) a title follows it.
  const dotted = COUNTRY_DOT_BEFORE.test(text.slice(Math.max(0, origStart - 8), origStart)) || (!entry.person && (/[・･]/.test(text[origStart - 1] ?? '') || titleFollows(n, end)));
  // A long-vowel mark after a word in another script is a dash (「司令官ーサミュエル・パパロ」), no katakana word's end.
  const dashBefore = before === 0x30fc && start > 1 && !isKatakana(n.codes[start - 2]!);
  if (entry.startsWithKatakana && isKatakana(before) && !dotted && !dashBefore) return false;
  if (entry.endsWithKatakana && isKatakana(after)) return false;
  // "Korea's Defense Ministry", "the Australian Joint Operations Command": another country's namesake.
  if (entry.lang === 'en' && !entry.person && text !== undefined && FOREIGN_BEFORE_EN.test(text.slice(Math.max(0, origStart - 24), origStart))) return false;
  return true;
}

const FOREIGN_BEFORE_EN = /(?:\b(?:(?:South\s+)?Korea|Australia|Britain|the\s+UK|the\s+U\.K\.|India|China|Taiwan|the\s+Philippines|France|Germany|Canada|Russia|Ukraine|Seoul|Canberra|London|Beijing|New\s+Delhi|Manila|NATO)['’]s?|\b(?:(?:South\s+)?Korean|Australian|British|Indian|Chinese|Philippine|French|German|Canadian|Russian|Ukrainian|Taiwanese))\s+(?:the\s+)?$/;

/**
 * Recognises mentions in `text[from, to)` and appends them to `out`, in order. Mentions that
 * overlap `pinned` ranges (explicit annotations) are skipped: annotations win over the matcher.
 */
/** Fold buffers, reused block after block (a stack, in case recognition is ever re-entered). */
const buffers: FoldBuffer[] = [];

export function recognizeRange(
  text: string,
  from: number,
  to: number,
  index: AliasIndex,
  state: RecognizeState,
  positionAt: (offset: number) => Position,
  out: Mention[],
): void {
  const n = foldInto(buffers.pop() ?? new FoldBuffer(1024), text, from, to);
  try {
    scanFolded(text, from, to, n, index, state, positionAt, out);
  } finally {
    buffers.push(n);
  }
}

function scanFolded(
  text: string,
  from: number,
  to: number,
  n: NormalizedText,
  index: AliasIndex,
  state: RecognizeState,
  positionAt: (offset: number) => Position,
  out: Mention[],
): void {
  const srcStart = n.srcStart;
  const srcEnd = n.srcEnd;
  const entries = index.entries;
  const termIds = index.matcher.termIds;
  const emit = (entity: string, lang: string, origStart: number, origEnd: number, candidates: string[] | undefined) => {
    const mention: Mention = {
      entity,
      text: text.slice(origStart, origEnd),
      start: origStart,
      end: origEnd,
      range: { start: positionAt(origStart), end: positionAt(origEnd) },
      lang,
      via: 'alias',
    };
    // A title or an earlier full form settles who a surname is; later bare surnames may follow.
    if (candidates) mention.candidates = candidates;
    else state.seen.add(entity);
    out.push(mention);
  };
  const confirmed = (entry: AliasEntry, origStart: number, origEnd: number) =>
    state.confirms?.(entry.entity, text, Math.max(from, origStart - CONFIRM_WINDOW), Math.min(to, origEnd + CONFIRM_WINDOW)) === true;

  index.matcher.scanRaw(n.codes, 0, n.length, (start, end, idStart, idEnd) => {
    const origStart = srcStart[start]!;
    const origEnd = srcEnd[end - 1]!;
    if (idEnd - idStart === 1) {
      // One alias with this spelling: the common case, without the lists below.
      const entry = entries[termIds[idStart]!]!;
      if (!caseAllows(entry, text, origStart, origEnd) || !scriptAllows(entry, n, start, end, text, origStart, origEnd)) return false;
      if (entry.needsContext && !(hasTitle(n, start, end) || state.seen.has(entry.entity) || contextSeen(entry, state) || confirmed(entry, origStart, origEnd))) return false;
      emit(entry.entity, entry.lang, origStart, origEnd, undefined);
      return true;
    }
    const plain: AliasEntry[] = [];
    const contextual: AliasEntry[] = [];
    for (let k = idStart; k < idEnd; k++) {
      const entry = entries[termIds[k]!]!;
      if (!caseAllows(entry, text, origStart, origEnd) || !scriptAllows(entry, n, start, end, text, origStart, origEnd)) continue;
      (entry.needsContext ? contextual : plain).push(entry);
    }
    const titled = contextual.length > 0 && hasTitle(n, start, end);
    for (const entry of contextual) {
      if (titled || state.seen.has(entry.entity) || contextSeen(entry, state) || confirmed(entry, origStart, origEnd)) plain.push(entry);
    }
    const entities = [...new Set(plain.map((e) => e.entity))];
    if (entities.length === 0) return false;
    let chosen = entities;
    if (entities.length > 1) {
      // A rule, not a speed-up, added after the copy was frozen (the engine's choice among events
      // that share a general name): when every name is contextual, the one whose own date stands
      // beside it wins over one named earlier.
      const byContext = entities.every((id) => !plain.some((e) => e.entity === id && !e.needsContext));
      const exact = byContext ? entities.filter((id) => state.confirms?.(id, text, Math.max(from, origStart - CONFIRM_WINDOW), Math.min(to, origEnd + CONFIRM_WINDOW), true) === true) : [];
      const known = entities.filter((id) => state.seen.has(id));
      if (exact.length === 1) chosen = exact;
      else if (known.length === 1) chosen = known;
    }
    const entity = chosen[0]!;
    emit(entity, plain.find((e) => e.entity === entity)!.lang, origStart, origEnd, chosen.length > 1 ? chosen : undefined);
    return true;
  });
}
