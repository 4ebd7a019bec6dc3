// Turns a dataset's labels and aliases into one keyword matcher plus the per-alias rules the
// matcher itself does not know: case policy, script boundaries, context needs. Built once per
// dataset version; an alias claimed by two entities becomes a problem here, because only the
// folded form can tell that two spellings collide.
//
// Cost (100k aliases): the matcher build, then one fold per name; the rest is kept to a loop
// without per-name allocations beyond the entry itself (no NFKC pass or RegExp for plain ASCII
// and Japanese names, no Map per entity, no Set unless `languages` filters).

import type { Alias, Dataset, Entity, Lang, Problem } from '../model';
import { pick } from '../l10n';
import { KeywordMatcher } from '../match/keywordMatcher';
import { normalizeKey } from '../text/normalize';
import { isKanji, isKatakana } from '../text/scripts';

/** How the written case of a match must relate to the alias. */
export type CaseMode = 'exact' | 'notAllLower' | 'any';

export interface AliasEntry {
  entity: string;
  lang: Lang;
  /** The alias as the dataset writes it. */
  text: string;
  /** Its folded form: the matcher's key. */
  key: string;
  caseMode: CaseMode;
  needsContext: boolean;
  /** Length of the key when it is all kanji (a boundary rule applies), else 0. */
  kanjiOnlyLength: number;
  startsWithKatakana: boolean;
  endsWithKatakana: boolean;
  /** A person's Japanese family name alone (南雲 for 南雲憲一郎): another given name may follow it (南雲忠一). */
  surname: boolean;
  /** A name of a person: a katakana given name set off by ・ before it makes another person (ジョン・ヘグセス). */
  person: boolean;
  /** A name of a Japanese organisation: after another country's forces (「米陸軍の統合作戦司令部」) it is their namesake. */
  japanese?: boolean;
  /** A name of a place: after a town's name (「名護市辺野古」) it is a district of that town, even glued to kanji. */
  place?: boolean;
  /**
   * For a short form that needs context (SDF): other entities whose names hold it (GSDF, "Air
   * SDF"). A document that names one of them is about the same forces, and the short form counts.
   */
  contextFrom?: string[];
}

export interface AliasIndex {
  matcher: KeywordMatcher;
  entries: AliasEntry[];
  problems: Problem[];
}

function latinLetters(s: string): string {
  return s.normalize('NFKC').replace(/[^A-Za-z]/g, '');
}

/**
 * Code units NFKC leaves alone or maps to no Latin letter, and that compose with nothing before
 * them: ASCII, CJK symbols, kana and kanji (U+3000–U+31FF, U+3400–U+9FFF). A name made of these
 * alone has its Latin letters where it writes them; any other name takes the NFKC path.
 */
function plainForCase(c: number): boolean {
  return c < 0x80 || (c >= 0x3000 && c <= 0x31ff && c !== 0x3099 && c !== 0x309a) || (c >= 0x3400 && c <= 0x9fff);
}

function caseModeOfText(text: string, caseSensitive: boolean | undefined): CaseMode {
  let letters = 0;
  let hasUpper = false;
  let hasLower = false;
  let plain = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) {
      letters++;
      hasUpper = true;
    } else if (c >= 0x61 && c <= 0x7a) {
      letters++;
      hasLower = true;
    } else if (!plainForCase(c)) {
      plain = false;
      break;
    }
  }
  if (!plain) {
    const l = latinLetters(text);
    letters = l.length;
    hasUpper = /[A-Z]/.test(l);
    hasLower = /[a-z]/.test(l);
  }
  if (letters === 0) return 'any';
  if (caseSensitive === true) return 'exact';
  if (caseSensitive === false) return 'any';
  if (letters >= 2 && hasUpper && !hasLower) return 'exact';
  return hasUpper ? 'notAllLower' : 'any';
}

const JAPANESE_EN = /\bJapan(?:ese)?\b|\bJSDF\b|Self[- ]Defen[cs]e/;
const JAPANESE_JA = /自衛|防衛省|防衛局|幕僚/;
const AMERICAN_JA = /^(?:在日)?米|アメリカ/;
const japaneseCache = new WeakMap<Entity, boolean>();

/** An organisation whose names say it is Japan's (「自衛隊…」, "Japan Joint Operations Command"), none of them America's. */
function japaneseOrganisation(entity: Entity): boolean {
  let known = japaneseCache.get(entity);
  if (known !== undefined) return known;
  const names = [...Object.values(entity.labels), ...entity.aliases.map((a) => a.text)].filter((n): n is string => typeof n === 'string');
  known = entity.type === 'organization' && names.some((n) => JAPANESE_EN.test(n) || JAPANESE_JA.test(n)) && !names.some((n) => AMERICAN_JA.test(n));
  japaneseCache.set(entity, known);
  return known;
}

/** Words of English names spelt one way in American and another in British English. */
const BRITISH_OF: Record<string, string> = { Defense: 'Defence', defense: 'defence', Program: 'Programme', program: 'programme', Organization: 'Organisation', organization: 'organisation' };
const AMERICAN_OF: Record<string, string> = Object.fromEntries(Object.entries(BRITISH_OF).map(([a, b]) => [b, a]));
/** Those words, captured, so that splitting a name on them keeps them. */
const EITHER_SPELLING = /\b([Dd]efen[cs]e|[Pp]rogram(?:me)?|[Oo]rgani[sz]ation)\b/;
const SPELT_TWO_WAYS = /[Dd]efen[cs]e|[Pp]rogram|[Oo]rgani[sz]ation/;
/** How many such words of one name are spelt again (2^n variants). */
const MAX_RESPELT_WORDS = 3;

const americanCache = new WeakMap<Entity, boolean>();
const AMERICAN_EN = /\b(?:United\s+States|US|American|Pentagon)\b|\bU\.S\./;

/** An entity of the United States, by its names (「米国防総省」, "U.S. Department of Defense", "United States …"). */
function americanEntity(entity: Entity): boolean {
  let known = americanCache.get(entity);
  if (known !== undefined) return known;
  const names = [...Object.values(entity.labels), ...entity.aliases.map((a) => a.text)].filter((n): n is string => typeof n === 'string');
  known = names.some((n) => AMERICAN_JA.test(n) || AMERICAN_EN.test(n));
  americanCache.set(entity, known);
  return known;
}

function makeEntry(entity: string, text: string, lang: Lang, caseSensitive: boolean | undefined, needsContext: boolean, key: string, surname = false, person = false): AliasEntry {
  let allKanji = key.length > 0;
  for (let k = 0; k < key.length && allKanji; k++) allKanji = isKanji(key.charCodeAt(k));
  return {
    entity,
    lang,
    text,
    key,
    caseMode: caseModeOfText(text, caseSensitive),
    needsContext,
    kanjiOnlyLength: allKanji ? key.length : 0,
    startsWithKatakana: isKatakana(key.charCodeAt(0)),
    endsWithKatakana: isKatakana(key.charCodeAt(key.length - 1)),
    surname: surname && allKanji,
    person,
  };
}

/**
 * Every label and alias of every entity, folded; labels never need context. With `languages`,
 * only names in those languages are matched (a user who writes English only can switch the
 * Japanese names off); collisions are still judged over every name, so the dataset's problems do
 * not depend on that choice.
 */
export function buildAliasIndex(dataset: Dataset, messageLang?: string, languages?: readonly string[]): AliasIndex {
  const entries: AliasEntry[] = [];
  /** Folded key → the entity that claimed it first. */
  const owners = new Map<string, string>();
  const problems: Problem[] = [];
  const inLanguage = (lang: Lang) => !languages || languages.includes(lang);
  const matchable = languages ? new Set<AliasEntry>() : undefined;
  /**
   * This entity's entries so far. Most entities have few names, and a linear search beats a Map
   * per entity; past a few dozen (a dataset may give one entity 80,000) they are looked up in a
   * Map, so that loading stays linear in the number of names.
   */
  let mine: AliasEntry[] = [];
  let mineByKey: Map<string, AliasEntry> | undefined;
  const MINE_LINEAR = 32;

  /** Forms whose first owner needs context for them. */
  const contextOnly = new Set<string>();
  const datedEvent = (id: string) => {
    const e = dataset.entities.get(id);
    return e?.type === 'event' && e.facts.some((f) => f.property === 'date');
  };
  const add = (entity: Entity, text: string, lang: Lang, caseSensitive: boolean | undefined, needsContext: boolean, alias: Alias | undefined, derived = false): void => {
    const key = normalizeKey(text);
    if (key.length === 0) return;
    // A spelling the dataset did not write is no claim on a name another entity holds.
    if (derived && owners.has(key) && owners.get(key) !== entity.id) return;
    let known: AliasEntry | undefined;
    if (mineByKey) known = mineByKey.get(key);
    else {
      for (let k = 0; k < mine.length; k++) {
        if (mine[k]!.key === key) {
          known = mine[k];
          break;
        }
      }
    }
    if (known) {
      // The same form twice for one entity: the laxer rule wins (a label beats a context alias;
      // "IndoPacom" beside "INDOPACOM" lets the mixed case in, as the dataset lists both).
      known.needsContext = known.needsContext && needsContext;
      const mode = caseModeOfText(text, caseSensitive);
      if (known.caseMode === 'exact' && mode !== 'exact') known.caseMode = mode;
      // JJOC is both an English and a Japanese alias: it stays matchable with either language on.
      if (matchable && inLanguage(lang) && !matchable.has(known)) {
        known.lang = lang;
        matchable.add(known);
      }
      return;
    }
    const label = entity.labels.ja;
    const surname = entity.type === 'person' && label !== undefined && text.length < label.length && label.startsWith(text);
    const entry = makeEntry(entity.id, text, lang, caseSensitive, needsContext, key, surname, entity.type === 'person');
    if (japaneseOrganisation(entity)) entry.japanese = true;
    if (entity.type === 'place') entry.place = true;
    mine.push(entry);
    if (mineByKey) mineByKey.set(key, entry);
    else if (mine.length > MINE_LINEAR) mineByKey = new Map(mine.map((e) => [e.key, e]));
    entries.push(entry);
    if (matchable && inLanguage(lang)) matchable.add(entry);
    const owner = owners.get(key);
    if (owner === undefined) {
      owners.set(key, entity.id);
      if (needsContext) contextOnly.add(key);
    } else if (owner !== entity.id && !(needsContext && contextOnly.has(key) && datedEvent(owner) && datedEvent(entity.id))) {
      // (Two dated events may share a general name that needs context, 日米首脳会談: their dates tell them apart.)
      const span = alias?.span ?? entity.span;
      problems.push({
        code: 'dataset.alias-conflict',
        severity: 'warning',
        message: pick(
          {
            en: `"${text}" is an alias of both "${owner}" and "${entity.id}"; its mentions will be reported as ambiguous.`,
            ja: `「${text}」は「${owner}」と「${entity.id}」の両方の別名です。この語の言及は曖昧として報告されます。`,
          },
          messageLang,
        ),
        file: span?.file,
        range: span?.range,
        actual: text,
        data: { entities: [owner, entity.id] },
      });
    }
  };

  const addOtherSpelling = (entity: Entity, text: string, caseSensitive: boolean | undefined, needsContext: boolean, alias: Alias | undefined): void => {
    // America's own names are spelt America's way: "Department of Defence" is Australia's, not the Pentagon.
    if (!SPELT_TWO_WAYS.test(text) || americanEntity(entity)) return;
    // Writers mix them ("Defence Buildup Program"): each word either way, a few words at most.
    const parts = text.split(EITHER_SPELLING);
    const words = Math.min((parts.length - 1) / 2, MAX_RESPELT_WORDS);
    for (let mask = 0; mask < 1 << words; mask++) {
      let variant = parts[0]!;
      for (let w = 0; w < (parts.length - 1) / 2; w++) {
        const word = parts[1 + 2 * w]!;
        variant += (w < words && mask & (1 << w) ? (BRITISH_OF[word] ?? AMERICAN_OF[word] ?? word) : word) + parts[2 + 2 * w]!;
      }
      if (variant !== text) add(entity, variant, 'en', caseSensitive, needsContext, alias, true);
    }
  };

  for (const entity of dataset.entities.values()) {
    mine = [];
    mineByKey = undefined;
    const labels = entity.labels;
    for (const lang in labels) {
      if (!Object.prototype.hasOwnProperty.call(labels, lang)) continue;
      const label = labels[lang];
      if (label) add(entity, label, lang, undefined, false, undefined);
    }
    // Japanese names are often written family name first in English too ("Nagumo Kenichiro").
    const reversed = entity.type === 'person' ? familyNameFirst(labels.en) : undefined;
    if (reversed && !entity.aliases.some((a) => a.text === reversed)) add(entity, reversed, 'en', undefined, false, undefined);
    const aliases = entity.aliases;
    for (let k = 0; k < aliases.length; k++) {
      const alias = aliases[k]!;
      add(entity, alias.text, alias.lang, alias.caseSensitive, alias.needsContext === true, alias);
    }
    // "Defence Buildup Programme" for "Defense Buildup Program": the other side of the Atlantic's spelling of an English name.
    if (labels.en) addOtherSpelling(entity, labels.en, undefined, false, undefined);
    for (let k = 0; k < aliases.length; k++) {
      const alias = aliases[k]!;
      if (alias.lang === 'en') addOtherSpelling(entity, alias.text, alias.caseSensitive, alias.needsContext === true, alias);
    }
  }
  linkShortForms(entries);
  const kept = matchable ? entries.filter((e) => matchable.has(e)) : entries;
  return { matcher: matcherFor(kept), entries: kept, problems };
}

/** Short forms (capitals only) that give their context to names holding them, and how many names a form may take it from. */
const SHORT_FORM = /^[A-Z]{2,6}$/;
const MAX_CONTEXT_FROM = 32;

/**
 * Links each short form that needs context (SDF) to the other entities whose names hold it at a
 * word's end (GSDF, JGSDF, "Air SDF"). Each name's words are looked up once, by their endings:
 * linear in the names, whatever the number of short forms.
 */
function linkShortForms(entries: AliasEntry[]): void {
  const forms = new Map<string, AliasEntry[]>();
  for (const e of entries) if (e.needsContext && SHORT_FORM.test(e.text)) forms.set(e.key, [...(forms.get(e.key) ?? []), e]);
  if (forms.size === 0) return;
  for (const e of entries) {
    if (e.needsContext) continue;
    for (const word of e.key.split(' ')) {
      for (let len = 2; len <= Math.min(6, word.length); len++) {
        for (const form of forms.get(word.slice(word.length - len)) ?? []) {
          if (form.entity === e.entity) continue;
          const from = (form.contextFrom ??= []);
          if (from.length < MAX_CONTEXT_FROM && !from.includes(e.entity)) from.push(e.entity);
        }
      }
    }
  }
}

/** `Kenichiro Nagumo` → `Nagumo Kenichiro`: a person's two-word Latin name in the other order. */
function familyNameFirst(label: string | undefined): string | undefined {
  const words = label?.split(' ');
  if (!words || words.length !== 2 || !words.every((w) => /^[A-Z][a-z]+$/.test(w))) return undefined;
  return `${words[1]} ${words[0]}`;
}

/**
 * The matcher of these entries (ids are their indexes). An alias matched case-exactly that starts
 * with a capital (HAS, IS, WHO) can never match a word written with a lower-case first letter: the
 * matcher is told, and skips such words without a walk (see `recognizeRange`'s `lowerAt`).
 */
export function matcherFor(entries: readonly AliasEntry[]): KeywordMatcher {
  const keys: string[] = new Array(entries.length);
  for (let k = 0; k < entries.length; k++) keys[k] = entries[k]!.key;
  return KeywordMatcher.build(keys, (id) => {
    const e = entries[id]!;
    const c = e.text.charCodeAt(0);
    return e.caseMode === 'exact' && c >= 0x41 && c <= 0x5a;
  });
}
