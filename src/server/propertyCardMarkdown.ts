// A property's card as hover Markdown, for its name in a dataset file: both labels, the value
// type and unit, a few cue words per language, and how many entities have a fact for it. Every
// piece of dataset text goes through escapeMarkdown.

import type { Dataset, PropertyDecl } from '../core';
import { typeName } from '../core/dataset/messages';
import { pick } from '../core/l10n';
import { languageName, t, type UiLang } from './localize';
import { escapeMarkdown } from './markdown';

const MAX_CUES = 6;

/** Entities with at least one fact per property, counted once per dataset version. */
export class PropertyUse {
  private counted: { version: number; counts: Map<string, number> } | undefined;

  entitiesWith(property: string, dataset: Dataset, version: number): number {
    if (this.counted?.version !== version) this.counted = { version, counts: countEntitiesPerProperty(dataset) };
    return this.counted.counts.get(property) ?? 0;
  }
}

function countEntitiesPerProperty(dataset: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entity of dataset.entities.values()) {
    for (const property of new Set(entity.facts.map((f) => f.property))) counts.set(property, (counts.get(property) ?? 0) + 1);
  }
  return counts;
}

export function propertyCardMarkdown(decl: PropertyDecl, entitiesWithFact: number, ui: UiLang): string {
  const labels = [decl.label.en, decl.label.ja].filter((l): l is string => Boolean(l));
  const heading = labels.length > 0 ? [...new Set(labels)].map((l) => `**${escapeMarkdown(l)}**`).join(' · ') : `**${escapeMarkdown(decl.name)}**`;
    const kind = [t(ui, 'property', 'プロパティ'), pick(typeName(decl.type), ui), ...(decl.unit ? [decl.unit] : []), ...(decl.multiple ? [t(ui, 'several values', '複数の値')] : [])];
  const parts = [heading, `*${escapeMarkdown(kind.join(' · '))}* · ${escapeMarkdown(decl.name)}`];
  if (decl.family && decl.family !== decl.name) parts.push(escapeMarkdown(t(ui, `Compared with its family: ${decl.family}`, `同じ系統として比較：${decl.family}`)));
  const cueLines = Object.entries(decl.cues)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0)
    .map(([lang, cues]) => {
      const shown = cues.slice(0, MAX_CUES).join(', ') + (cues.length > MAX_CUES ? t(ui, ` …and ${cues.length - MAX_CUES} more`, ` …ほか${cues.length - MAX_CUES}件`) : '');
      return escapeMarkdown(t(ui, `Cues (${languageName(lang, ui)}): ${shown}`, `手がかり語（${languageName(lang, ui)}）：${shown}`));
    });
  if (cueLines.length > 0) parts.push(cueLines.join('  \n'));
  const n = entitiesWithFact;
  parts.push(escapeMarkdown(t(ui, `${n} ${n === 1 ? 'entity has' : 'entities have'} a fact for it.`, `${n}件のエンティティにこのプロパティの事実があります。`)));
  return parts.join('\n\n');
}
