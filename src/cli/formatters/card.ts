// `lookup` in text: an entity card for a terminal, both languages side by side.

import type { EntityCard } from '../../core';
import { terminalSafe } from './safe';

export function formatCard(unsafe: EntityCard, options: { color: boolean; lang: 'en' | 'ja' }): string {
  const card = safeDeep(unsafe);
  const bold = (s: string) => (options.color ? `\u001b[1m${s}\u001b[0m` : s);
  const dim = (s: string) => (options.color ? `\u001b[2m${s}\u001b[0m` : s);
  const ja = options.lang === 'ja';
  const lines: string[] = [];
  const reading = card.readings.ja ? `（${card.readings.ja}）` : '';
  lines.push(`${bold(card.labels.en ?? card.id)} / ${bold(card.labels.ja ?? '—')}${reading}  ${dim(`${card.type} · ${card.id}`)}`);
  const description = card.description[options.lang] ?? card.description.en ?? card.description.ja;
  if (description) lines.push(`  ${description}`);
  for (const [lang, list] of Object.entries(card.aliases)) lines.push(dim(`  ${ja ? '別名' : 'aliases'} (${lang}): ${list.join(', ')}`));
  for (const f of card.facts) {
    const label = f.label[options.lang] ?? f.label.en ?? f.property;
    const qual = f.qualifiers[options.lang] ? ` (${f.qualifiers[options.lang]})` : '';
    lines.push(`  ${label}: ${f.value[options.lang]}${qual}`);
    for (const s of f.sources) lines.push(dim(`      ${ja ? '出典' : 'source'}: ${s.title ?? s.document}${s.quote ? ` “${s.quote}”` : ''}${s.url ? ` ${s.url}` : ''}`));
  }
  return lines.join('\n') + '\n';
}

/** Every string of the card made safe for a terminal (before any colour code is added). */
function safeDeep<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map(safeDeep) as T;
  // Keys too: a dataset chooses them (alias languages).
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [terminalSafe(k), safeDeep(v)])) as T;
  return value;
}
