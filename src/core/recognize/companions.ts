// Whether a person's short name (Biden, バイデン: an alias that needs context) stands beside the
// full name of someone the dataset has at the same meeting ("a meeting with Biden and Japanese
// Prime Minister Fumio Kishida"): one who met the other is the likelier reading than a namesake.

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

/** For each person who took part in an event, the full names of the others who did. */
function companions(dataset: Dataset): Map<string, string[]> {
  let index = companionNames.get(dataset);
  if (index) return index;
  index = new Map();
  for (const e of dataset.entities.values()) {
    if (e.type !== 'event') continue;
    const people = e.facts.filter((f) => f.property === 'participants').flatMap(scalars).flatMap((v) => (v.kind === 'entity' ? [v.id] : []));
    for (const id of people) {
      const names = index.get(id) ?? [];
      for (const other of people) if (other !== id) for (const n of fullNames(dataset.entities.get(other))) if (names.length < MAX_COMPANION_NAMES && !names.includes(n)) names.push(n);
      index.set(id, names);
    }
  }
  companionNames.set(dataset, index);
  return index;
}

/** Does `text[from, to)` hold the full name of someone `entity` took part in an event with? */
export function companionNearby(dataset: Dataset, entity: string, text: string, from: number, to: number): boolean {
  const names = companions(dataset).get(entity);
  if (!names || names.length === 0) return false;
  const window = text.slice(from, to);
  return names.some((n) => window.includes(n));
}
