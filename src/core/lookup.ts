// Look-up of entities by any of their names, in either language, for the command palette and the
// CLI's `lookup`: exact id or folded alias first, then names that start with the query, then names
// that contain it.

import type { Dataset, Entity } from './model';
import type { AliasIndex } from './recognize/aliasIndex';
import { normalizeKey } from './text/normalize';

export class EntityLookup {
  constructor(
    private readonly index: AliasIndex,
    private readonly dataset: Dataset,
  ) {}

  find(query: string, limit: number): Entity[] {
    const key = normalizeKey(query);
    if (key.length === 0) return [];
    const ranked = new Map<string, number>();
    const rank = (id: string, score: number) => {
      const prev = ranked.get(id);
      if (prev === undefined || score < prev) ranked.set(id, score);
    };
    if (this.dataset.entities.has(query.trim())) rank(query.trim(), 0);
    for (const entry of this.index.entries) {
      if (entry.key === key) rank(entry.entity, entry.needsContext ? 2 : 1);
      else if (entry.key.startsWith(key)) rank(entry.entity, 3);
      else if (entry.key.includes(key)) rank(entry.entity, 4);
    }
    return [...ranked.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([id]) => this.dataset.entities.get(id)!)
      .filter((e) => e !== undefined);
  }
}
