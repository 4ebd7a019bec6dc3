// Whether a claim's value agrees with a dataset value, and whether a name is worth comparing at
// all: of the expected kind, not a misspelling of the right one, not beside the right one.

import type { Dataset, Fact, Mention, ScalarValue } from '../model';
import { compareValue } from '../values';
import { isMention, isOutsideName, scalars, type Found } from './shared';

/** An outside name is worth comparing only where a person is expected and none is named. */
export function expectsPerson(facts: Fact[], mentions: Mention[], dataset: Dataset): boolean {
  const expected = facts.flatMap(scalars).filter((v): v is Extract<ScalarValue, { kind: 'entity' }> => v.kind === 'entity');
  if (expected.some((v) => mentions.some((m) => m.entity === v.id))) return false;
  return expected.some((v) => dataset.entities.get(v.id)?.type === 'person');
}

/**
 * An entity value is worth comparing only when it is of the expected kind (a person for a
 * commander) and the right one is not named in the same sentence anyway.
 */
export function plausibleEntityValue(found: Mention, facts: Fact[], mentions: Mention[], dataset: Dataset): boolean {
  const expected = facts.flatMap(scalars).filter((v): v is Extract<ScalarValue, { kind: 'entity' }> => v.kind === 'entity');
  const type = dataset.entities.get(found.entity)?.type;
  // "Tawara and Nagumo …": the right person named beside another. A place is different: "Futenma,
  // Tokyo" names the city of the right headquarters and still a wrong site.
  if (type === 'person' && expected.some((v) => mentions.some((m) => m.entity === v.id))) return false;
  return expected.some((v) => dataset.entities.get(v.id)?.type === type);
}

/** Word-level edit distance, for telling a misspelt name from another person's. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * An outside name that is a variant of the expected person's (a misspelling, "Nagomu Kenishiro";
 * a form the dataset lacks, 中谷元 for 中谷) is no evidence of another person.
 */
function variantOf(name: string, id: string, dataset: Dataset): boolean {
  const person = dataset.entities.get(id);
  if (!person) return false;
  const known = [...Object.values(person.labels), ...person.aliases.map((a) => a.text), ...Object.values(person.readings)].filter((n): n is string => !!n);
  const words = (s: string) => s.toLowerCase().split(/[\s・]+/).filter((w) => w.length >= 4);
  // 「俵建樹」 for 俵千城: the person's own one-kanji surname (an alias of theirs) and a name as long as theirs.
  const label = person.labels.ja;
  if (/[\u3040-\u9fff]/.test(name)) {
    return known.some((k) => k.length >= 2 && name.length >= 2 && (k.startsWith(name.slice(0, 2)) || name.startsWith(k))) || person.aliases.some((a) => a.text.length === 1 && name.startsWith(a.text) && label !== undefined && name.length === label.length);
  }
  // Every word of the name must be near one of the person's ("Nagomu Kenishiro"): a family name
  // that is not theirs makes another person, whatever the given name ("Ken-ichiro Tawara").
  const written = words(name);
  const theirs = known.flatMap(words);
  return written.length > 0 && written.every((v) => theirs.some((w) => editDistance(v, w) <= 2));
}

export function agreement(found: Found, known: ScalarValue, dataset: Dataset): 'agree' | 'conflict' | 'incomparable' {
  if (isOutsideName(found)) {
    if (known.kind !== 'entity') return 'incomparable';
    return variantOf(found.text, known.id, dataset) ? 'agree' : 'conflict';
  }
  if (isMention(found)) {
    if (known.kind !== 'entity') return 'incomparable';
    return known.id === found.entity ? 'agree' : 'conflict';
  }
  return compareValue(found, known);
}
