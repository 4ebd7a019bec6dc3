// The `entityLens/*` requests of protocol.ts, each answered from the engine and the index.

import { entityCard, MAX_LOCATIONS_PER_ANSWER, type Entity, type IndexedMention } from '../core';
import type {
  CheckWorkspaceResult,
  DocumentMentionsParams,
  DocumentMentionsResult,
  EntityCardParams,
  EntityCardResult,
  EntitySummary,
  MentionLocation,
  ReloadDatasetsResult,
  SearchEntitiesParams,
  SearchEntitiesResult,
} from './protocol';
import type { ServerState } from './state';
import type { WorkspaceSync } from './workspaceSync';

const DEFAULT_SEARCH_LIMIT = 20;
const MAX_SEARCH_LIMIT = 200;

export function searchEntities(state: ServerState, params: SearchEntitiesParams): SearchEntitiesResult {
  const query = typeof params?.query === 'string' ? params.query : '';
  const limit = Math.min(Math.max(1, Math.floor(Number(params?.limit) || DEFAULT_SEARCH_LIMIT)), MAX_SEARCH_LIMIT);
  return { entities: state.service.findEntities(query, limit).map(summaryOf) };
}

function summaryOf(entity: Entity): EntitySummary {
  // Keyed by what a dataset wrote: no prototype, so `constructor` or `__proto__` is just a key.
  const labels: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [lang, label] of Object.entries(entity.labels)) if (label) labels[lang] = label;
  const aliases: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const a of entity.aliases) (aliases[a.lang] ??= []).push(a.text);
  return { id: entity.id, type: entity.type, labels, aliases };
}

export function entityCardRequest(state: ServerState, params: EntityCardParams): EntityCardResult {
  const entity = typeof params?.id === 'string' ? state.service.getEntity(params.id) : undefined;
  if (!entity) return { card: null, mentions: {}, definition: null };
  const mentions: Record<string, MentionLocation[]> = Object.create(null) as Record<string, MentionLocation[]>;
  for (const m of state.index.mentionsOf(entity.id)) (mentions[m.mention.lang] ??= []).push(mentionLocationOf(m));
  const definition: MentionLocation | null = entity.span ? { uri: entity.span.file, range: entity.span.range, text: entity.id, lang: '' } : null;
  return { card: entityCard(entity, state.service.dataset), mentions, definition };
}

function mentionLocationOf({ file, mention }: IndexedMention): MentionLocation {
  return { uri: file, range: mention.range, text: mention.text, lang: mention.lang };
}

export async function reloadDatasets(state: ServerState, sync: WorkspaceSync): Promise<ReloadDatasetsResult> {
  await sync.reloadDatasets();
  return { entities: state.service.dataset.entities.size, problems: state.datasetProblems.length };
}

export async function checkWorkspace(state: ServerState, sync: WorkspaceSync): Promise<CheckWorkspaceResult> {
  await sync.refreshAll();
  const stats = state.index.stats();
  return { files: stats.files, mentions: stats.mentions, problems: stats.diagnostics };
}

export function documentMentions(state: ServerState, params: DocumentMentionsParams): DocumentMentionsResult {
  const analysis = typeof params?.uri === 'string' ? state.analysisOf(params.uri) : undefined;
  // The budget of one answer: decorations for more than that many would not help anyone.
  return { mentions: (analysis?.mentions ?? []).slice(0, MAX_LOCATIONS_PER_ANSWER).map((m) => ({ entity: m.entity, range: m.range })) };
}
