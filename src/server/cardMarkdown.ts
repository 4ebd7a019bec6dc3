// An entity's card as hover Markdown: both labels and the reading, type and id, the description,
// the key facts with their qualifiers and sources, how often the workspace mentions it in each
// language, and links to mentions written in the other language. Every piece of dataset or
// document text goes through escapeMarkdown.

import { entityCard, type Entity, type EntityService, type IndexedMention, type Range, type Source, type WorkspaceIndex } from '../core';
import type { CardFact } from '../core/card';
import { languageName, t, type UiLang } from './localize';
import { escapeMarkdown, escapeMarkdownParagraph, fileLineLink, fileRangeLink, webLink } from './markdown';
import { baseName } from './uris';

const MAX_FACTS = 6;
const MAX_LINKS = 5;
const MAX_QUOTE = 120;

export interface CardContext {
  service: EntityService;
  index: WorkspaceIndex;
  /** Language of the values and description: the document's. */
  contentLang: 'en' | 'ja';
  /** Language of the headings: the UI's. */
  uiLang: UiLang;
  /** The language of the name under the cursor; links go to mentions in the others. */
  mentionLang?: string;
  /** Where a file source's quote stands, to link to it (the last provenance check found it). */
  quoteOf?: (source: Source) => { uri: string; range: Range } | undefined;
}

export function entityCardMarkdown(entity: Entity, ctx: CardContext): string {
  const card = entityCard(entity, ctx.service.dataset);
  const lang = ctx.contentLang;
  const other = lang === 'ja' ? 'en' : 'ja';
  const parts: string[] = [];

  const names = [card.labels.en, card.labels.ja].filter((n): n is string => Boolean(n)).map((n) => `**${escapeMarkdown(n)}**`);
  const reading = card.readings.ja ?? card.readings[lang];
  parts.push(names.join(' · ') + (reading ? ` (${escapeMarkdown(reading)})` : ''));
  parts.push(`*${escapeMarkdown(card.type)}* · ${escapeMarkdown(card.id)}`);
  const description = card.description[lang] ?? card.description[other];
  if (description) parts.push(escapeMarkdownParagraph(description));

  if (card.facts.length > 0) {
    const lines = card.facts.slice(0, MAX_FACTS).map((f) => factLine(f, lang, ctx.quoteOf));
    if (card.facts.length > MAX_FACTS) lines.push(`- ${escapeMarkdown(t(ctx.uiLang, `…and ${card.facts.length - MAX_FACTS} more`, `…ほか${card.facts.length - MAX_FACTS}件`))}`);
    parts.push(lines.join('\n'));
  }

  const mentions = ctx.index.mentionsOf(entity.id);
  parts.push(mentionSummary(mentions, ctx));
  return parts.join('\n\n');
}

function factLine(f: CardFact, lang: 'en' | 'ja', quoteOf: CardContext['quoteOf']): string {
  const labels = [f.label.en, f.label.ja].filter((l): l is string => Boolean(l));
  const name = [...new Set(labels)].map(escapeMarkdown).join(' / ') || escapeMarkdown(f.property);
  const qualifiers = f.qualifiers[lang];
  let line = `- **${name}**: ${escapeMarkdown(f.value[lang])}${qualifiers ? ` (${escapeMarkdown(qualifiers)})` : ''}`;
  for (const s of f.sources) {
    const quote = s.quote ? ` “${escapeMarkdown(truncate(s.quote, MAX_QUOTE))}”` : '';
    const name = s.title ?? s.document;
    // A web page links to itself; a file, to its quote, selected, when it was found there.
    const at = s.url ? undefined : quoteOf?.(s);
    const doc = s.url ? webLink(name, s.url) : at ? fileRangeLink(name, at.uri, at.range) : escapeMarkdown(name);
    line += `  \n  ${'\u2014'} *${doc}*${quote}`;
  }
  return line;
}

function mentionSummary(mentions: IndexedMention[], ctx: CardContext): string {
  const counts = new Map<string, number>();
  for (const { mention } of mentions) counts.set(mention.lang, (counts.get(mention.lang) ?? 0) + 1);
  const ui = ctx.uiLang;
  if (counts.size === 0) return escapeMarkdown(t(ui, 'No mentions in the indexed notes.', '索引済みのノートに言及はありません。'));
  const order = (l: string) => (l === 'en' ? 0 : l === 'ja' ? 1 : 2);
  const summary = [...counts.entries()]
    .sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]))
    .map(([l, n]) => `${languageName(l, ui)} ${n}`)
    .join(' · ');
  const lines = [`${escapeMarkdown(t(ui, 'Mentions in the workspace:', 'ワークスペースでの言及：'))} ${escapeMarkdown(summary)}`];
  const others = mentions.filter((m) => m.mention.lang !== ctx.mentionLang);
  if (ctx.mentionLang !== undefined && others.length > 0) {
    const links = others.slice(0, MAX_LINKS).map(({ file, mention }) => `${fileLineLink(`${baseName(file)}:${mention.range.start.line + 1}`, file, mention.range.start.line)} ${escapeMarkdown(mention.text)}`);
    const otherLangs = [...new Set(others.map((m) => m.mention.lang))].map((l) => languageName(l, ui)).join(', ');
    lines.push(`${escapeMarkdown(t(ui, `In ${otherLangs}:`, `${otherLangs}での言及：`))} ${links.join(' · ')}`);
  }
  return lines.join('  \n');
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
