// The entity card's content and page. `cardView` turns an `entityLens/entityCard` result into the
// plain JSON that media/entityCard.js renders with `textContent` only (no HTML from data ever
// reaches `innerHTML`); `cardHtml` is the page shell, with every interpolated value escaped and
// a strict Content Security Policy.

import type { EntityCardResult, MentionLocation } from '../../server/protocol';
import { languageName, otherLang, pickText, type Translate, type UiLang } from './lang';

export type Range = MentionLocation['range'];

export interface CardLink {
  text: string;
  /** http(s) only; the extension opens it with `vscode.env.openExternal`. */
  url?: string;
}

export interface CardMention {
  uri: string;
  range: Range;
  text: string;
  /** `12:5`, 1-based for people. */
  position: string;
}

export interface CardView {
  id: string;
  found: boolean;
  lang: UiLang;
  title: string;
  /** The label in the other language (both names are always shown). */
  otherTitle: string;
  readings: Array<{ lang: string; text: string }>;
  type: string;
  description: string;
  aliases: Array<{ lang: string; names: string[] }>;
  sameAs: CardLink[];
  facts: Array<{ label: string; value: string; qualifiers: string; sources: Array<{ document: string; quote: string; url?: string }> }>;
  mentionCount: number;
  mentions: Array<{ lang: string; heading: string; files: Array<{ uri: string; path: string; mentions: CardMention[] }> }>;
  definition: { uri: string; range: Range; path: string; position: string } | null;
  strings: Record<string, string>;
}

export function isWebUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);
}

export function sameAsLink(value: string): CardLink {
  if (/^Q\d+$/.test(value)) return { text: value, url: `https://www.wikidata.org/wiki/${value}` };
  return isWebUrl(value) ? { text: value, url: value } : { text: value };
}

function position(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}`;
}

function compareRange(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

/** Strings the card's script shows, in the UI language. */
export function cardStrings(t: Translate): Record<string, string> {
  return {
    facts: t('Facts'),
    noFacts: t('The dataset records no facts for this entity.'),
    sources: t('Sources'),
    aliases: t('Also known as'),
    sameAs: t('Same as'),
    reading: t('Reading'),
    type: t('Type'),
    id: t('ID'),
    mentions: t('Mentions in the workspace'),
    noMentions: t('No mentions found in the indexed notes.'),
    definedIn: t('Defined in'),
    openDefinition: t('Open dataset entry'),
    notFound: t('No entity with this ID is in the loaded datasets.'),
    openMention: t('Open this mention'),
  };
}

export interface CardViewOptions {
  lang: UiLang;
  t: Translate;
  /** How a file is named in the card (workspace-relative path). */
  displayPath: (uri: string) => string;
}

export function cardView(id: string, result: EntityCardResult, { lang, t, displayPath }: CardViewOptions): CardView {
  const card = result.card;
  const mentions: CardView['mentions'] = [];
  let mentionCount = 0;
  const langs = Object.keys(result.mentions ?? {}).sort((a, b) => (a === lang ? -1 : b === lang ? 1 : a.localeCompare(b)));
  for (const l of langs) {
    const byFile = new Map<string, CardMention[]>();
    for (const m of result.mentions[l] ?? []) {
      const list = byFile.get(m.uri) ?? [];
      list.push({ uri: m.uri, range: m.range, text: m.text, position: position(m.range) });
      byFile.set(m.uri, list);
      mentionCount++;
    }
    if (byFile.size === 0) continue;
    const files = [...byFile].map(([uri, list]) => ({ uri, path: displayPath(uri), mentions: list.sort((a, b) => compareRange(a.range, b.range)) }));
    files.sort((a, b) => a.path.localeCompare(b.path));
    mentions.push({ lang: l, heading: `${languageName(l, t)} (${files.reduce((n, f) => n + f.mentions.length, 0)})`, files });
  }

  const other = otherLang(lang);
  const title = card ? pickText(card.labels, lang, id) : id;
  const otherTitle = card?.labels?.[other] && card.labels[other] !== title ? card.labels[other]! : '';
  const readings = card ? [lang, other].flatMap((l) => (card.readings?.[l] ? [{ lang: languageName(l, t), text: card.readings[l]! }] : [])) : [];
  const aliases = card
    ? [lang, other, ...Object.keys(card.aliases ?? {}).filter((l) => l !== 'en' && l !== 'ja')].flatMap((l) => {
        const names = (card.aliases?.[l] ?? []).filter((a) => a !== card.labels?.[l as UiLang]);
        return names.length ? [{ lang: languageName(l, t), names }] : [];
      })
    : [];

  return {
    id,
    found: !!card,
    lang,
    title,
    otherTitle,
    readings,
    type: card?.type ?? '',
    description: card ? pickText(card.description, lang) : '',
    aliases,
    sameAs: (card?.sameAs ?? []).map(sameAsLink),
    facts: (card?.facts ?? []).map((f) => ({
      label: pickText(f.label, lang, f.property),
      value: f.value[lang] || f.value[other],
      qualifiers: f.qualifiers[lang] || f.qualifiers[other],
      sources: f.sources.map((s) => ({ document: s.title ?? s.document, quote: s.quote ?? '', ...(isWebUrl(s.url) ? { url: s.url } : {}) })),
    })),
    mentionCount,
    mentions,
    definition: result.definition ? { uri: result.definition.uri, range: result.definition.range, path: displayPath(result.definition.uri), position: position(result.definition.range) } : null,
    strings: cardStrings(t),
  };
}

/** Every place the card may ask the extension to open; anything else the webview asks for is refused. */
export function allowedTargets(view: CardView): { uris: Set<string>; urls: Set<string> } {
  const uris = new Set<string>();
  const urls = new Set<string>();
  for (const g of view.mentions) for (const f of g.files) uris.add(f.uri);
  if (view.definition) uris.add(view.definition.uri);
  for (const l of view.sameAs) if (l.url) urls.add(l.url);
  for (const f of view.facts) for (const s of f.sources) if (s.url) urls.add(s.url);
  return { uris, urls };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface CardHtmlOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
  lang: UiLang;
  title: string;
}

/** The page shell. The script fills `#card` from the JSON the extension posts to it. */
export function cardHtml(o: CardHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(o.nonce)) throw new Error('cardHtml: the nonce must be 16 or more base64 characters');
  const csp = `default-src 'none'; style-src ${o.cspSource}; script-src 'nonce-${o.nonce}';`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(o.lang)}">`,
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${escapeHtml(o.styleUri)}">`,
    `<title>${escapeHtml(o.title)}</title>`,
    '</head>',
    '<body>',
    '<main id="card" aria-live="polite"></main>',
    `<script nonce="${escapeHtml(o.nonce)}" src="${escapeHtml(o.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
