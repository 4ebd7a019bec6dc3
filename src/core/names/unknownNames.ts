// Names in a document that match no entity: candidates for the dataset. Four shapes, each found
// by how prose writes it, never by a capital letter alone (that is far more often a sentence's
// first word): a titled person (the claim reader's frames), an acronym (JTF-2, INDOPACOM), a
// capitalised organisation name ending in a head word (Western Army, Ministry of Defense) and a
// Japanese compound ending in an organisation suffix (西部方面隊, 防衛装備庁). A span that overlaps
// a recognised mention, or whose folded form is a name the dataset knows, is left out.
// One pass over each prose block; every look-back is bounded by a constant.

import type { Dataset } from '../model';
import { titledEnglishNames, titledJapaneseNames } from '../claims/personNames';
import { extractProse, type DocumentKind } from '../markdown/prose';
import { normalizeKey } from '../text/normalize';

export type UnknownNameKind = 'person' | 'organization' | 'acronym';

export interface FoundName {
  start: number;
  end: number;
  text: string;
  /** The folded form (normalizeKey): spellings that fold alike are one name. */
  key: string;
  kind: UnknownNameKind;
}

/**
 * What stands before a title and is an office or a service, not a person: 国務(長官), 防衛副(大臣),
 * 空軍(大将). The fact check reads these as names and lets the dataset decide; a list of names must not.
 */
const JA_OFFICE_BEFORE_TITLE = /(?:副|務|軍|省|庁|局|隊|部)$/;

/** Names kept per document: a list of ten thousand acronyms helps no one. */
export const MAX_UNKNOWN_NAMES_PER_DOCUMENT = 500;

/** Every label, alias and id of the dataset, folded: what is already known. */
export function knownNameKeys(dataset: Dataset): Set<string> {
  const keys = new Set<string>();
  for (const entity of dataset.entities.values()) {
    keys.add(normalizeKey(entity.id));
    for (const label of Object.values(entity.labels)) if (label) keys.add(normalizeKey(label));
    for (const alias of entity.aliases) keys.add(normalizeKey(alias.text));
  }
  return keys;
}

/**
 * The unknown names of one document, in document order, at most `limit`. `mentions` are the
 * recognised ones (any order); `isKnown` is asked with a folded key.
 */
export function findUnknownNames(
  text: string,
  kind: DocumentKind,
  mentions: ReadonlyArray<{ start: number; end: number }>,
  isKnown: (key: string) => boolean,
  limit = MAX_UNKNOWN_NAMES_PER_DOCUMENT,
): FoundName[] {
  const view = extractProse(text, kind);
  const masked = view.masked;
  const taken = [...mentions].sort((a, b) => a.start - b.start);
  const blocks = [...view.blocks].sort((a, b) => a.start - b.start);
  const out: FoundName[] = [];
  let m = 0;
  let keptEnd = -1;
  let blockEnd = -1;
  // Block by block, in document order, so that a document stops being read at the limit.
  for (const block of blocks) {
    if (out.length >= limit) break;
    // A block inside one already read (a paragraph in a list item) was read with it.
    if (block.start < blockEnd) continue;
    blockEnd = block.end;
    const candidates: Array<Omit<FoundName, 'key'>> = [];
    for (const n of titledEnglishNames(masked, block.start, block.end)) candidates.push({ ...n, kind: 'person' });
    for (const n of titledJapaneseNames(masked, block.start, block.end)) if (!JA_OFFICE_BEFORE_TITLE.test(n.text)) candidates.push({ ...n, kind: 'person' });
    acronyms(masked, block.start, block.end, candidates);
    englishOrganisations(masked, block.start, block.end, candidates);
    japaneseOrganisations(masked, block.start, block.end, candidates);
    // Longest first at each start, then drop whatever overlaps a mention or a name already kept.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const c of candidates) {
      if (out.length >= limit) break;
      if (c.start < keptEnd) continue;
      // Mentions do not overlap one another: past those that end before c, the next overlaps c or none does.
      while (m < taken.length && taken[m]!.end <= c.start) m++;
      if (m < taken.length && taken[m]!.start < c.end) continue;
      const key = normalizeKey(c.text);
      if (key.length === 0 || isKnown(key)) continue;
      out.push({ ...c, key });
      keptEnd = c.end;
    }
  }
  return out;
}

//#region Acronyms

/** All-capital words that are words, units or currencies, not names of something. */
const NOT_ACRONYMS = new Set([
  'A', 'I', 'AM', 'PM', 'AN', 'AND', 'ARE', 'AS', 'AT', 'BE', 'BUT', 'BY', 'FOR', 'FROM', 'IN', 'IS', 'IT', 'NO', 'NOT', 'OF', 'ON', 'OR', 'THE', 'TO', 'WAS', 'WE', 'WITH',
  'GEN', 'ADM', 'LT', 'COL', 'CAPT', 'MAJ', 'CMDR', 'SGT', 'OK', 'NB', 'PS', 'ID', 'FY', 'FAQ', 'TBD', 'TODO', 'NOTE', 'URL', 'PDF', 'HTML', 'UTC', 'GMT', 'JST', 'USD', 'JPY', 'EUR', 'KM', 'KG', 'MM', 'CM', 'NM',
]);
const ROMAN = /^[IVXLCDM]+$/;

function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a);
}
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
function isLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xff41 && c <= 0xff5a);
}
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0xff0d;
}

/**
 * Words of two to ten capitals, with digits or hyphens after the first letter (JTF-2, F-35 is
 * not: one capital), in ASCII or full width, not touching a letter or digit on either side.
 */
function acronyms(text: string, from: number, to: number, out: Array<Omit<FoundName, 'key'>>): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isUpper(c) || (i > from && isWordCode(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i;
    let capitals = 0;
    while (j < to && j - i < 16) {
      const d = text.charCodeAt(j);
      if (isUpper(d)) capitals++;
      else if (!isDigit(d) && !(isHyphen(d) && j + 1 < to && (isUpper(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 1))))) break;
      j++;
    }
    const next = j < to ? text.charCodeAt(j) : 0;
    const word = text.slice(i, j);
    if (capitals >= 2 && capitals <= 10 && !isWordCode(next) && !isHyphen(next) && !NOT_ACRONYMS.has(word) && !ROMAN.test(word)) out.push({ start: i, end: j, text: word, kind: 'acronym' });
    // Past the whole word (letters included), so its tail is never read as another acronym.
    while (j < to && (isWordCode(text.charCodeAt(j)) || isHyphen(text.charCodeAt(j)))) j++;
    i = Math.max(j, i + 1);
  }
}

function isWordCode(c: number): boolean {
  return isUpper(c) || isLower(c) || isDigit(c);
}

//#endregion

//#region English organisations

/** The word an organisation's name ends in. */
const HEAD_WORDS = new Set([
  'Command', 'Commands', 'Force', 'Forces', 'Ministry', 'Agency', 'Headquarters', 'Office', 'Group', 'Fleet', 'Army', 'Navy', 'Division', 'Brigade', 'Regiment',
  'Wing', 'Squadron', 'Council', 'Committee', 'Battalion', 'Corps', 'Department', 'Bureau', 'Staff', 'Center', 'Centre', 'Institute', 'Service', 'Unit', 'Flotilla', 'Directorate',
]);
/** Heads that are names with "of …" after them (Ministry of Defense); "Group of" is a quantity. */
const HEAD_WITH_OF = new Set(['Ministry', 'Office', 'Department', 'Bureau', 'Council', 'Committee', 'Agency', 'Institute', 'Directorate']);
/** Capitalised words that start a sentence or a phrase, not a name. */
const LEADING_NOT_NAME = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'And', 'Or', 'But', 'When', 'While', 'After', 'Before', 'Under',
  'Since', 'As', 'If', 'Both', 'Each', 'Every', 'All', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'Yesterday', 'Today', 'Meanwhile', 'However', 'Then', 'Also',
  'Later', 'Earlier', 'Last', 'Next', 'Some', 'Many', 'Most', 'Several', 'Any', 'No', 'Which', 'Whose', 'Where', 'To', 'Of', 'Via', 'Per', 'Into', 'Than',
]);
const NAME_WORD = /^(?:[A-Z][A-Za-z’'.&-]*|\d+(?:st|nd|rd|th))$/;
/** Words of a name looked at before its head, and after "of". */
const MAX_WORDS_BEFORE = 6;
const MAX_WORDS_AFTER_OF = 4;

interface Word {
  start: number;
  end: number;
  text: string;
}

/** The block's words split at single spaces; any other character ends a word, and a name never spans it. */
function wordsOf(text: string, from: number, to: number): Array<Word & { spaceAfter: boolean }> {
  const words: Array<Word & { spaceAfter: boolean }> = [];
  let i = from;
  while (i < to) {
    while (i < to && !isNameCharCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isNameCharCode(text.charCodeAt(i))) i++;
    if (i > start) {
      let end = i;
      // A sentence's period or an abbreviation's: kept only inside (U.S.), never at the end.
      while (end > start + 1 && text[end - 1] === '.') end--;
      words.push({ start, end, text: text.slice(start, end), spaceAfter: end === i && text[i] === ' ' && i + 1 < to && isNameCharCode(text.charCodeAt(i + 1)) });
    }
  }
  return words;
}

function isNameCharCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x26;
}

function englishOrganisations(text: string, from: number, to: number, out: Array<Omit<FoundName, 'key'>>): void {
  const words = wordsOf(text, from, to);
  for (let k = 0; k < words.length; k++) {
    const head = words[k]!;
    if (!HEAD_WORDS.has(head.text)) continue;
    let first = k;
    // Back over capitalised words; a possessive ends the name (the Finance Ministry’s Kanto Finance Bureau).
    while (first > 0 && k - first < MAX_WORDS_BEFORE && words[first - 1]!.spaceAfter && NAME_WORD.test(words[first - 1]!.text) && !HEAD_WITH_OF.has(words[first - 1]!.text) && !/['’]s$/.test(words[first - 1]!.text)) first--;
    while (first < k && LEADING_NOT_NAME.has(words[first]!.text)) first++;
    let last = k;
    // "Ministry of Defense", "Office of the Secretary of Defense": "of", an optional "the", capitalised words.
    if (HEAD_WITH_OF.has(head.text) && head.spaceAfter && words[k + 1]?.text === 'of' && words[k + 1]!.spaceAfter) {
      let j = k + 2;
      if (words[j]?.text === 'the' && words[j]!.spaceAfter) j++;
      let end = j;
      while (end < words.length && end - j < MAX_WORDS_AFTER_OF && NAME_WORD.test(words[end]!.text) && !LEADING_NOT_NAME.has(words[end]!.text)) {
        end++;
        if (!words[end - 1]!.spaceAfter) break;
      }
      if (end > j) last = end - 1;
    }
    if (first === k && last === k) continue;
    const start = words[first]!.start;
    const end = words[last]!.end;
    out.push({ start, end, text: text.slice(start, end), kind: 'organization' });
    k = last;
  }
}

//#endregion

//#region Japanese organisations

/** Endings of organisation names, longest first so 方面隊 is read before 隊. */
const JA_ORGANISATION_SUFFIXES = [
  '司令部', '委員会', '方面隊', '方面軍', '艦隊', '部隊', '本部', '会議', '機構', '旅団', '師団', '連隊', '大隊', '航空団', '飛行隊', '群', '省', '庁', '局', '隊', '軍', '団',
].sort((a, b) => b.length - a.length);
/** First characters that point back to an organisation named before (同省, 当部隊, 各隊), not a name. */
const JA_DEICTIC = /^[同当各両本全該諸我他]/;
/** Longest compound read as one name. */
const MAX_JA_NAME = 16;

function isJaNameCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x30fb || isDigit(c);
}

/** Maximal runs of kanji, katakana and digits that end in an organisation suffix and have something before it. */
function japaneseOrganisations(text: string, from: number, to: number, out: Array<Omit<FoundName, 'key'>>): void {
  let i = from;
  while (i < to) {
    if (!isJaNameCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isJaNameCode(text.charCodeAt(i))) i++;
    let runStart = start;
    while (runStart < i && (isDigit(text.charCodeAt(runStart)) || text[runStart] === '・')) runStart++;
    const run = text.slice(runStart, i);
    if (run.length < 3 || run.length > MAX_JA_NAME || JA_DEICTIC.test(run) || !/[\u3400-\u9fff\u30a1-\u30fa]/.test(run.slice(0, 1))) continue;
    const suffix = JA_ORGANISATION_SUFFIXES.find((s) => run.endsWith(s));
    if (!suffix || run.length === suffix.length) continue;
    out.push({ start: runStart, end: i, text: run, kind: 'organization' });
  }
}

//#endregion
