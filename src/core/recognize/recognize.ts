// Finds entity mentions in one stretch of prose: fold it, scan it once, then apply the rules that
// need the original text (case) or the document so far (context, ambiguity).

import type { Mention, Position } from '../model';
import type { AliasEntry, AliasIndex } from './aliasIndex';
import { normalizeForMatch, type NormalizedText } from '../text/normalize';
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

function foldedSlice(n: NormalizedText, from: number, to: number): string {
  let s = '';
  for (let k = Math.max(0, from); k < Math.min(n.length, to); k++) s += String.fromCharCode(n.codes[k]!);
  return s;
}

function hasTitle(n: NormalizedText, start: number, end: number): boolean {
  const before = foldedSlice(n, start - TITLE_WINDOW, start);
  if (TITLES_BEFORE.some((t) => before.endsWith(t) && (before.length === t.length || !/[a-z]/.test(before[before.length - t.length - 1]!)))) {
    return true;
  }
  return titleFollows(n, end);
}

function caseAllows(entry: AliasEntry, written: string): boolean {
  if (entry.caseMode === 'any') return true;
  const letters = written.normalize('NFKC').replace(/[^A-Za-z]/g, '');
  if (entry.caseMode === 'exact') return letters === entry.text.normalize('NFKC').replace(/[^A-Za-z]/g, '');
  return letters.length === 0 || /[A-Z]/.test(letters);
}

function titleFollows(n: NormalizedText, end: number): boolean {
  const after = foldedSlice(n, end, end + 6);
  return TITLES_AFTER.some((t) => after.startsWith(t));
}

function scriptAllows(entry: AliasEntry, n: NormalizedText, start: number, end: number): boolean {
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

/**
 * Recognises mentions in `text[from, to)` and appends them to `out`, in order. Mentions that
 * overlap `pinned` ranges (explicit annotations) are skipped: annotations win over the matcher.
 */
export function recognizeRange(
  text: string,
  from: number,
  to: number,
  index: AliasIndex,
  state: RecognizeState,
  positionAt: (offset: number) => Position,
  out: Mention[],
): void {
  const n = normalizeForMatch(text, from, to);
  index.matcher.scan(n.codes, 0, n.length, (start, end, ids) => {
    const origStart = n.srcStart[start]!;
    const origEnd = n.srcEnd[end - 1]!;
    const written = text.slice(origStart, origEnd);
    const plain: AliasEntry[] = [];
    const contextual: AliasEntry[] = [];
    for (const id of ids) {
      const entry = index.entries[id]!;
      if (!caseAllows(entry, written) || !scriptAllows(entry, n, start, end)) continue;
      (entry.needsContext ? contextual : plain).push(entry);
    }
    const titled = contextual.length > 0 && hasTitle(n, start, end);
    for (const entry of contextual) {
      const confirmed = () => state.confirms?.(entry.entity, text, Math.max(from, origStart - CONFIRM_WINDOW), Math.min(to, origEnd + CONFIRM_WINDOW)) === true;
      if (titled || state.seen.has(entry.entity) || confirmed()) plain.push(entry);
    }
    const entities = [...new Set(plain.map((e) => e.entity))];
    if (entities.length === 0) return false;
    let chosen = entities;
    if (entities.length > 1) {
      const known = entities.filter((id) => state.seen.has(id));
      if (known.length === 1) chosen = known;
    }
    const entity = chosen[0]!;
    const lang = plain.find((e) => e.entity === entity)!.lang;
    const mention: Mention = {
      entity,
      text: written,
      start: origStart,
      end: origEnd,
      range: { start: positionAt(origStart), end: positionAt(origEnd) },
      lang,
      via: 'alias',
    };
    // A title or an earlier full form settles who a surname is; later bare surnames may follow.
    if (chosen.length > 1) mention.candidates = chosen;
    else state.seen.add(entity);
    out.push(mention);
    return true;
  });
}
