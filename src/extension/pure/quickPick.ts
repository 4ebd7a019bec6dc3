// Quick-pick items for "Find Entity…", built from `entityLens/searchEntities` results.

import type { EntitySummary } from '../../server/protocol';
import { otherLang, pickText, type UiLang } from './lang';

export interface EntityPickItem {
  /** Codicon for the entity type, then the label in the UI language. */
  label: string;
  /** Aliases, UI language first (VS Code matches on it: `matchOnDescription`). */
  description?: string;
  /** The label in the other language, the type and the id (`matchOnDetail`). */
  detail?: string;
  /** The server has already matched (folded, either language); VS Code must not hide it again. */
  alwaysShow: true;
  id: string;
}

const TYPE_ICONS: Record<string, string> = {
  organization: 'organization',
  person: 'person',
  place: 'location',
  event: 'calendar',
  document: 'file-text',
};

export function typeIcon(type: string): string {
  return `$(${TYPE_ICONS[type] ?? 'symbol-misc'})`;
}

const MAX_ALIASES = 8;

export function entityPickItem(e: EntitySummary, lang: UiLang): EntityPickItem {
  const label = pickText(e.labels, lang, e.id);
  const other = e.labels[otherLang(lang)];
  const labels = new Set(Object.values(e.labels));
  const seen = new Set<string>();
  const aliases: string[] = [];
  const langs = [lang, otherLang(lang), ...Object.keys(e.aliases ?? {}).filter((l) => l !== 'en' && l !== 'ja')];
  for (const l of langs) {
    for (const a of e.aliases?.[l] ?? []) {
      if (labels.has(a) || seen.has(a)) continue;
      seen.add(a);
      aliases.push(a);
    }
  }
  const shown = aliases.slice(0, MAX_ALIASES).join(', ') + (aliases.length > MAX_ALIASES ? ', …' : '');
  const detail = [other && other !== label ? other : undefined, e.type, e.id].filter((x): x is string => !!x).join(' · ');
  return {
    label: `${typeIcon(e.type)} ${label}`,
    ...(shown ? { description: shown } : {}),
    detail,
    alwaysShow: true,
    id: e.id,
  };
}

export function entityPickItems(entities: EntitySummary[], lang: UiLang): EntityPickItem[] {
  return entities.map((e) => entityPickItem(e, lang));
}
