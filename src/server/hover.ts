// textDocument/hover on a mention: the entity's card. An ambiguous mention lists its candidates.
// In a dataset file, an entity id or a property name (datasetRequests.ts).

import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import { entityCardMarkdown } from './cardMarkdown';
import { datasetHover } from './datasetRequests';
import { entityAt } from './entityAt';
import { t } from './localize';
import { escapeMarkdown } from './markdown';
import type { ServerState } from './state';
import { fileUri } from './uris';
import type { Source } from '../core';
import { quoteKey } from '../node/sourceDocuments';

export function provideHover(state: ServerState, params: HoverParams): Hover | null {
  const inDataset = datasetHover(state, params.textDocument.uri, params.position);
  if (inDataset !== undefined) return inDataset;
  const target = entityAt(state, params.textDocument.uri, params.position);
  if (!target?.mention || !target.analysis) return null;
  const contentLang = target.analysis.language === 'ja' ? 'ja' : 'en';
  const quoteOf = (s: Source) => {
    const at = state.sourceQuotes.get(quoteKey(s));
    return at ? { uri: fileUri(at.path), range: at.range } : undefined;
  };
  const ctx = { service: state.service, index: state.index, contentLang, uiLang: state.lang, mentionLang: target.mention.lang, quoteOf } as const;
  let value: string;
  if (target.candidates && target.candidates.length > 1) {
    const heading = escapeMarkdown(t(state.lang, `"${target.mention.text}" could be one of these:`, `「${target.mention.text}」は次のいずれかです：`));
    value = [heading, ...target.candidates.map((e) => entityCardMarkdown(e, ctx))].join('\n\n---\n\n');
  } else {
    value = entityCardMarkdown(target.entity, ctx);
  }
  return { contents: { kind: MarkupKind.Markdown, value }, range: target.mention.range };
}
