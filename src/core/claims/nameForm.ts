// Whether a name has the form the holders of a post have: a romanised Japanese name (Gen Nakatani,
// Minoru Kihara) for Japan's posts. A title with no country written ("Defence Minister Richard
// Marles") names the one organisation with such a post, but a holder's name of another form says
// another country's post is meant.

import type { Dataset, Entity } from '../model';
import { scalars } from './shared';

/** One romanised Japanese word, its doubled consonants made single: syllables of (C)V, and n. */
const ROMAJI_WORD = /^(?:(?:[kgsztdnhbpmyrwfj]|ch|sh|ts|[kgnhbpmr]y)?[aeiouāīūēō]|n(?![aeiouy]))+$/i;

/** Is every word of `name` (initials aside) a romanised Japanese word? */
export function romanisedJapanese(name: string): boolean {
  const words = name.split(/[\s\-‐'’]+/).filter((w) => w.length > 0 && !/^[A-Z]\.?$/.test(w));
  return words.length > 0 && words.every((w) => ROMAJI_WORD.test(w.replace(/([kstpgdbcm])\1/gi, '$1')));
}

/**
 * Is `name` of the form of the English names of the people on record for `members` of `entity`?
 * With no people on record, or holders of mixed forms, nothing is known against it.
 */
export function nameLikeHolders(name: string, entity: Entity, members: string[], dataset: Dataset): boolean {
  return !holdersJapanese(entity, members, dataset) || romanisedJapanese(name);
}

/** Per entity and family: are all the English names of its holders on record romanised Japanese (and there is one)? */
const holdersCache = new WeakMap<Entity, Map<string, boolean>>();

function holdersJapanese(entity: Entity, members: string[], dataset: Dataset): boolean {
  let byMembers = holdersCache.get(entity);
  if (!byMembers) holdersCache.set(entity, (byMembers = new Map()));
  const key = members.join('\u0000');
  let known = byMembers.get(key);
  if (known === undefined) {
    const holders = entity.facts
      .filter((f) => members.includes(f.property))
      .flatMap(scalars)
      .flatMap((v) => (v.kind === 'entity' ? [dataset.entities.get(v.id)?.labels.en] : []))
      .filter((l): l is string => typeof l === 'string');
    known = holders.length > 0 && holders.every(romanisedJapanese);
    byMembers.set(key, known);
  }
  return known;
}

/**
 * Is `name` a holder's name misspelt: the same given name, and a family name that begins as the
 * holder's does but is written otherwise ("Adm. Samuel Palau, Indo-Pacom commander" for Samuel
 * Paparo)? A caption's slip of the keyboard names the same person, no other holder.
 */
export function misspeltHolder(name: string, entity: Entity, members: string[], dataset: Dataset): boolean {
  const words = name.split(/\s+/).filter((w) => !/^[A-Z]\.?$/.test(w));
  if (words.length < 2) return false;
  const given = words[0]!.toLowerCase();
  const family = words[words.length - 1]!.toLowerCase();
  return entity.facts.filter((f) => members.includes(f.property)).flatMap(scalars).some((v) => {
    const label = v.kind === 'entity' ? dataset.entities.get(v.id)?.labels.en : undefined;
    const own = typeof label === 'string' ? label.split(/\s+/).filter((w) => !/^[A-Z]\.?$/.test(w)) : [];
    if (own.length < 2) return false;
    const ownGiven = own[0]!.toLowerCase();
    const ownFamily = own[own.length - 1]!.toLowerCase();
    return ownGiven.length >= 3 && given === ownGiven && family !== ownFamily && family.slice(0, 2) === ownFamily.slice(0, 2);
  });
}
