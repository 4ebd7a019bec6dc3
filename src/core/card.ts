// An entity's card: what a hover, the CLI's `lookup` and the entity-card view show, as plain
// data in both languages. Renderers decide the layout; this decides the content.

import type { Dataset, Entity, LocalizedText, Qualifiers, Source } from './model';
import { describeValue } from './claims/describeValue';

export interface CardFact {
  property: string;
  label: LocalizedText;
  value: { en: string; ja: string };
  qualifiers: { en: string; ja: string };
  sources: Source[];
}

export interface EntityCard {
  id: string;
  type: string;
  labels: LocalizedText;
  readings: LocalizedText;
  description: LocalizedText;
  aliases: Record<string, string[]>;
  sameAs: string[];
  facts: CardFact[];
}

function describeQualifiers(q: Qualifiers, dataset: Dataset, lang: 'en' | 'ja'): string {
  const parts: string[] = [];
  const ja = lang === 'ja';
  if (q.status && q.status !== 'current') parts.push(ja ? ({ planned: '計画', former: '旧', proposed: '提案', disputed: '異説あり' } as Record<string, string>)[q.status] ?? q.status : q.status);
  if (q.asOf) parts.push(`${ja ? '時点' : 'as of'} ${describeValue(q.asOf, dataset, lang)}`);
  if (q.from) parts.push(`${ja ? '開始' : 'from'} ${describeValue(q.from, dataset, lang)}`);
  if (q.until) parts.push(`${ja ? '終了' : 'until'} ${describeValue(q.until, dataset, lang)}`);
  if (q.approximate) parts.push(ja ? '概数' : 'approximate');
  const note = q.note?.[lang] ?? q.note?.en;
  if (note) parts.push(note);
  return parts.join(ja ? '、' : ', ');
}

export function entityCard(entity: Entity, dataset: Dataset): EntityCard {
  // Keyed by what a dataset wrote: no prototype, so `constructor` or `__proto__` is just a key.
  const aliases: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const a of entity.aliases) (aliases[a.lang] ??= []).push(a.text);
  return {
    id: entity.id,
    type: entity.type,
    labels: entity.labels,
    readings: entity.readings,
    description: entity.description,
    aliases,
    sameAs: entity.sameAs,
    facts: entity.facts.map((f) => {
      const decl = dataset.properties.get(f.property);
      return {
        property: f.property,
        label: decl?.label ?? { en: f.property },
        value: { en: describeValue(f.value, dataset, 'en'), ja: describeValue(f.value, dataset, 'ja') },
        qualifiers: { en: describeQualifiers(f.qualifiers, dataset, 'en'), ja: describeQualifiers(f.qualifiers, dataset, 'ja') },
        sources: f.sources,
      };
    }),
  };
}
