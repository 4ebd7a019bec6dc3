// Whether a person's short name (Biden, バイデン: an alias that needs context) stands beside the
// full name of someone the dataset has at the same meeting ("a meeting with Biden and Japanese
// Prime Minister Fumio Kishida"): one who met the other is the likelier reading than a namesake.
// Two short names joined as news joins them ("the Biden-Kishida summit", "Nakatani and Hegseth") say
// the same of each other.

import type { Dataset, Entity } from '../model';
import { scalars } from '../claims/shared';

/** A budget: this many full names of a person's companions are looked for. */
const MAX_COMPANION_NAMES = 32;

const companionNames = new WeakMap<Dataset, Map<string, string[]>>();

/** The names of a person that need no context (labels, plain aliases), three characters or more. */
function fullNames(e: Entity | undefined): string[] {
  if (!e) return [];
  const names = [...Object.values(e.labels), ...e.aliases.filter((a) => !a.needsContext).map((a) => a.text)];
  return names.filter((n): n is string => typeof n === 'string' && n.length >= 3);
}

/**
 * For each person who took part in an event, what `add` puts in their list for each other person
 * of that event (their names, or pairs of names): one pass over the dataset's events.
 */
function byCompanion(dataset: Dataset, add: (own: string, other: string, into: string[]) => void): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of dataset.entities.values()) {
    if (e.type !== 'event') continue;
    const people = e.facts.filter((f) => f.property === 'participants').flatMap(scalars).flatMap((v) => (v.kind === 'entity' ? [v.id] : []));
    for (const id of people) {
      const into = index.get(id) ?? [];
      for (const other of people) if (other !== id) add(id, other, into);
      index.set(id, into);
    }
  }
  return index;
}

/** For each person who took part in an event, the full names of the others who did. */
function companions(dataset: Dataset): Map<string, string[]> {
  let index = companionNames.get(dataset);
  if (index) return index;
  index = byCompanion(dataset, (_, other, names) => {
    for (const n of fullNames(dataset.entities.get(other))) if (names.length < MAX_COMPANION_NAMES && !names.includes(n)) names.push(n);
  });
  companionNames.set(dataset, index);
  return index;
}

/** Every name of a person in one language, short ones too (Biden, 岸田), two characters or more. */
function allNames(e: Entity | undefined, lang: 'en' | 'ja'): string[] {
  if (!e) return [];
  const names = [e.labels[lang], ...e.aliases.filter((a) => a.lang === lang).map((a) => a.text)];
  return names.filter((n): n is string => typeof n === 'string' && n.length >= 2).slice(0, MAX_COMPANION_NAMES);
}

const shortNames = new WeakMap<Dataset, Map<string, string[]>>();

/**
 * For each person who took part in an event, the short names of the others who did that are
 * rare enough to say so alone: English words of four letters or more, Japanese names of three
 * characters or more (ヘグセス, not 中谷, which is part of other words).
 */
function companionShortNames(dataset: Dataset): Map<string, string[]> {
  let index = shortNames.get(dataset);
  if (index) return index;
  index = byCompanion(dataset, (_, other, names) => {
    const e = dataset.entities.get(other);
    for (const a of e?.aliases ?? []) {
      if (!a.needsContext || names.length >= MAX_COMPANION_NAMES || names.includes(a.text)) continue;
      if (a.lang === 'en' ? /^[A-Z][a-z]{3,}$/.test(a.text) : a.text.length >= 3) names.push(a.text);
    }
  });
  shortNames.set(dataset, index);
  return index;
}

/** Is `name` written in `window` as a word of its own (no letter glued before or after in English)? */
function holdsWord(window: string, name: string): boolean {
  if (!/^[A-Za-z]/.test(name)) return window.includes(name);
  for (let at = window.indexOf(name); at >= 0; at = window.indexOf(name, at + 1)) {
    if (!/[A-Za-z]/.test(window.charAt(at - 1)) && !/[a-z]/.test(window.charAt(at + name.length))) return true;
  }
  return false;
}

/** How names are joined in each language: a hyphen, a dash or "and" in English, a middle dot or と in Japanese ("Nakatani and Hegseth"). */
const JOINTS = { en: ['-', '–', ' and '], ja: ['・', 'と'] } as const;
/** A budget: this many joined pairs are kept per person. */
const MAX_PAIRS = 256;

const pairNames = new WeakMap<Dataset, Map<string, string[]>>();

/**
 * For each person who took part in an event, the pairs of their name and another's joined as news
 * joins them ("Biden-Kishida summit", "Kishida–Biden talks", "Nakatani and Hegseth", 「岸田・バイデン会談」),
 * in both orders.
 */
function pairs(dataset: Dataset): Map<string, string[]> {
  let index = pairNames.get(dataset);
  if (index) return index;
  index = byCompanion(dataset, (id, other, out) => {
    for (const lang of ['en', 'ja'] as const) {
      for (const own of allNames(dataset.entities.get(id), lang)) {
        for (const theirs of allNames(dataset.entities.get(other), lang)) {
          for (const joint of JOINTS[lang]) if (out.length < MAX_PAIRS) out.push(`${own}${joint}${theirs}`, `${theirs}${joint}${own}`);
        }
      }
    }
  });
  pairNames.set(dataset, index);
  return index;
}

/**
 * Does `text[from, to)` hold the full name of someone `entity` took part in an event with, or a
 * name of theirs joined to one of `entity`'s ("the Biden-Kishida summit": each short name says the other is meant),
 * or their rare short name ("unveiled by Nakatani to Hegseth": two namesakes of a pair who met is the unlikelier reading)?
 */
export function companionNearby(dataset: Dataset, entity: string, text: string, from: number, to: number): boolean {
  const names = companions(dataset).get(entity);
  if (!names || names.length === 0) return false;
  const window = text.slice(from, to);
  return names.some((n) => window.includes(n)) || (pairs(dataset).get(entity) ?? []).some((p) => window.includes(p)) || (companionShortNames(dataset).get(entity) ?? []).some((n) => holdsWord(window, n));
}
