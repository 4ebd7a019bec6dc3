// workspace/symbol: entities whose label or alias, in either language, matches the query. The
// name is the label in the query's script (a Japanese query shows 統合作戦司令部) and the other
// language's label is the container, so both are visible in the picker.

import { SymbolKind, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver/node';
import { detectLanguage, type Entity } from '../core';
import { recordExtent } from './locations';
import type { ServerState } from './state';

const MAX_SYMBOLS = 200;

const KIND_BY_TYPE: Record<string, SymbolKind> = {
  organization: SymbolKind.Namespace,
  person: SymbolKind.Object,
  place: SymbolKind.Package,
  event: SymbolKind.Event,
  document: SymbolKind.File,
  concept: SymbolKind.Interface,
  equipment: SymbolKind.Struct,
};

export function provideWorkspaceSymbols(state: ServerState, params: WorkspaceSymbolParams): SymbolInformation[] {
  const query = params.query.trim();
  // An empty query lists everything (VS Code sends one when the picker opens).
  const entities = query === '' ? [...state.service.dataset.entities.values()].slice(0, MAX_SYMBOLS) : state.service.findEntities(query, MAX_SYMBOLS);
  const lang = query === '' ? state.lang : detectLanguage(query);
  return entities.flatMap((e) => symbolOf(e, lang) ?? []);
}

function symbolOf(entity: Entity, lang: 'en' | 'ja'): SymbolInformation | undefined {
  const location = recordExtent(entity);
  if (!location) return undefined;
  const other = lang === 'ja' ? 'en' : 'ja';
  const name = entity.labels[lang] ?? entity.labels[other] ?? entity.id;
  const containerName = entity.labels[lang] ? entity.labels[other] : undefined;
  return { name, kind: KIND_BY_TYPE[entity.type] ?? SymbolKind.Object, location, ...(containerName ? { containerName } : {}) };
}
