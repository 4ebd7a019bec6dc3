// Finds entity mentions in one stretch of prose: fold it, scan it once, then apply the rules that
// need the original text (case) or the document so far (context, ambiguity).

import type { Mention, Position } from '../model';
import type { AliasEntry, AliasIndex } from './aliasIndex';
import { FoldedText, foldCodes } from '../text/normalize';
import { isKanji, isKatakana } from '../text/scripts';

/** What recognition remembers across the blocks of one document. */
export interface RecognizeState {
  /** Entities already mentioned by a form that needs no context. */
  seen: Set<string>;
  /**
   * Other evidence that a context-needing form means this entity, in `text[from, to)` around the
   * mention: for an event, its date written nearby ("2024年の能登半島地震").
   */
  confirms?: (entity: string, text: string, from: number, to: number) => boolean;
}

const CONFIRM_WINDOW = 40;

// Titles that make a surname alone a safe mention: before it in English, after it in Japanese.
const TITLES_BEFORE = [
  'gen.', 'gen', 'general', 'lt.', 'lt. gen.', 'lieutenant general', 'adm.', 'admiral', 'vice admiral',
  'vice adm.', 'minister', 'secretary', 'president', 'prime minister', 'premier', 'mr.', 'mr', 'ms.',
  'ms', 'mrs.', 'dr.', 'chief', 'commander', 'sen.', 'senator', 'col.', 'colonel', 'capt.', 'captain',
  'maj.', 'major', 'gov.', 'governor', 'ambassador',
].map((t) => t + ' ');
const TITLES_AFTER = [
  '陸将', '海将', '空将', '将補', '大臣', '防衛大臣', '外務大臣', '総理大臣', '防衛相', '外相', '官房長官', '統合幕僚長', '長官', '国防長官', '米国防長官', '氏', 'さん', '首相',
  '総理', '大統領', '米大統領', '司令官', '幕僚長', '議員', '大将', '中将', '提督', '元帥', '知事', '大使',
];
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

function titleFollows(n: Folded, end: number): boolean {
  const after = foldedSlice(n, end, end + 6);
  return TITLES_AFTER.some((t) => after.startsWith(t));
}

function scriptAllows(entry: AliasEntry, n: Folded, start: number, end: number): boolean {
  const codes = n.codes;
  const before = start > 0 ? codes[start - 1]! : -1;
  const after = end < n.length ? codes[end]! : -1;
  // One kanji inside a kanji word is part of that word (俵 in 土俵), unless a title follows (俵海将).
  if (entry.kanjiOnlyLength === 1 && (isKanji(before) || (isKanji(after) && !titleFollows(n, end)))) return false;
  if (entry.kanjiOnlyLength === 2 && !entry.needsContext && isKanji(before) && isKanji(after)) return false;
  if (entry.startsWithKatakana && isKatakana(before)) return false;
  if (entry.endsWithKatakana && isKatakana(after)) return false;
  return true;
}

/** Fold buffers, reused block after block (a stack, in case recognition is ever re-entered). */
const buffers: FoldedText[] = [];

/**
 * Recognises mentions in `text[from, to)` and appends them to `out`, in order. `text` is a masked
 * view (markup blanked to spaces); with `original`, the document it masks, no mention may span a
 * blanked character: `Japan</b>Joint` is not "Japan Joint …", however the blanks fold.
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
): void {
  const n = foldCodes(buffers.pop() ?? new FoldedText(1024), text, from, to);
  try {
    scanFolded(text, from, to, n, index, state, positionAt, out, original === text ? undefined : original);
  } finally {
    buffers.push(n);
  }
}

function scanFolded(
  text: string,
  from: number,
  to: number,
  n: FoldedText,
  index: AliasIndex,
  state: RecognizeState,
  positionAt: (offset: number) => Position,
  out: Mention[],
  original: string | undefined,
): void {
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
      const entry = entries[termIds[idStart]!]!;
      if (!caseAllows(entry, text, origStart, origEnd) || !scriptAllows(entry, n, start, end)) return false;
      if (entry.needsContext && !(hasTitle(n, start, end) || state.seen.has(entry.entity) || confirmed(entry, origStart, origEnd))) return false;
      emit(entry.entity, entry.lang, origStart, origEnd, undefined);
      return true;
    }
    const plain: AliasEntry[] = [];
    const contextual: AliasEntry[] = [];
    for (let k = idStart; k < idEnd; k++) {
      const entry = entries[termIds[k]!]!;
      if (!caseAllows(entry, text, origStart, origEnd) || !scriptAllows(entry, n, start, end)) continue;
      (entry.needsContext ? contextual : plain).push(entry);
    }
    const titled = contextual.length > 0 && hasTitle(n, start, end);
    for (const entry of contextual) {
      if (titled || state.seen.has(entry.entity) || confirmed(entry, origStart, origEnd)) plain.push(entry);
    }
    const entities = [...new Set(plain.map((e) => e.entity))];
    if (entities.length === 0) return false;
    let chosen = entities;
    if (entities.length > 1) {
      const known = entities.filter((id) => state.seen.has(id));
      if (known.length === 1) chosen = known;
    }
    const entity = chosen[0]!;
    emit(entity, plain.find((e) => e.entity === entity)!.lang, origStart, origEnd, chosen.length > 1 ? chosen : undefined);
    return true;
  }, lowerAt);
}

/** Does `masked[start, end)` blank out anything `original` has there? */
function spansMasked(masked: string, original: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (masked.charCodeAt(k) !== original.charCodeAt(k)) return true;
  return false;
}
