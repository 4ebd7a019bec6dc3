// Turns a dataset's labels and aliases into one keyword matcher plus the per-alias rules the
// matcher itself does not know: case policy, script boundaries, context needs. Built once per
// dataset version; an alias claimed by two entities becomes a problem here, because only the
// folded form can tell that two spellings collide.

import type { Alias, Dataset, Lang, Problem } from '../model';
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
}

export interface AliasIndex {
  matcher: KeywordMatcher;
  entries: AliasEntry[];
  problems: Problem[];
}

function latinLetters(s: string): string {
  return s.normalize('NFKC').replace(/[^A-Za-z]/g, '');
}

function caseModeOf(alias: Alias): CaseMode {
  const letters = latinLetters(alias.text);
  if (letters.length === 0) return 'any';
  if (alias.caseSensitive === true) return 'exact';
  if (alias.caseSensitive === false) return 'any';
  const hasUpper = /[A-Z]/.test(letters);
  const hasLower = /[a-z]/.test(letters);
  if (letters.length >= 2 && hasUpper && !hasLower) return 'exact';
  return hasUpper ? 'notAllLower' : 'any';
}

function makeEntry(entity: string, alias: Alias, key: string): AliasEntry {
  let allKanji = key.length > 0;
  for (let k = 0; k < key.length && allKanji; k++) allKanji = isKanji(key.charCodeAt(k));
  return {
    entity,
    lang: alias.lang,
    text: alias.text,
    key,
    caseMode: caseModeOf(alias),
    needsContext: alias.needsContext === true,
    kanjiOnlyLength: allKanji ? key.length : 0,
    startsWithKatakana: isKatakana(key.charCodeAt(0)),
    endsWithKatakana: isKatakana(key.charCodeAt(key.length - 1)),
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
  const owners = new Map<string, { entity: string; alias: Alias }>();
  const problems: Problem[] = [];
  const inLanguage = (lang: Lang) => !languages || languages.includes(lang);
  const matchable = new Set<AliasEntry>();
  for (const entity of dataset.entities.values()) {
    const seen = new Map<string, AliasEntry>();
    const forms: Alias[] = [];
    for (const [lang, label] of Object.entries(entity.labels)) {
      if (label) forms.push({ text: label, lang, span: entity.span });
    }
    forms.push(...entity.aliases);
    for (const alias of forms) {
      const key = normalizeKey(alias.text);
      if (key.length === 0) continue;
      const known = seen.get(key);
      if (known) {
        // The same form twice for one entity: the laxer rule wins (a label beats a context alias).
        known.needsContext = known.needsContext && alias.needsContext === true;
        // JJOC is both an English and a Japanese alias: it stays matchable with either language on.
        if (inLanguage(alias.lang) && !matchable.has(known)) {
          known.lang = alias.lang;
          matchable.add(known);
        }
        continue;
      }
      const entry = makeEntry(entity.id, alias, key);
      seen.set(key, entry);
      entries.push(entry);
      if (inLanguage(alias.lang)) matchable.add(entry);
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { entity: entity.id, alias });
      } else if (owner.entity !== entity.id) {
        const span = alias.span ?? entity.span;
        problems.push({
          code: 'dataset.alias-conflict',
          severity: 'warning',
          message: pick(
            {
              en: `"${alias.text}" is an alias of both "${owner.entity}" and "${entity.id}"; its mentions will be reported as ambiguous.`,
              ja: `「${alias.text}」は「${owner.entity}」と「${entity.id}」の両方の別名です。この語の言及は曖昧として報告されます。`,
            },
            messageLang,
          ),
          file: span?.file,
          range: span?.range,
          actual: alias.text,
          data: { entities: [owner.entity, entity.id] },
        });
      }
    }
  }
  const kept = languages ? entries.filter((e) => matchable.has(e)) : entries;
  const matcher = KeywordMatcher.build(kept.map((e) => e.key));
  return { matcher, entries: kept, problems };
}
