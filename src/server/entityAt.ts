// Which entity a request is about: the mention under the cursor in a note, or, in a dataset
// file, the entity whose record (or one of its aliases or facts) contains the cursor.

import type { Position, Range } from 'vscode-languageserver/node';
import type { DocumentAnalysis, Entity, Mention } from '../core';
import type { ServerState } from './state';
import { normalizeUri } from './uris';

export interface EntityTarget {
  entity: Entity;
  /** The mention under the cursor, when the request came from a note. */
  mention?: Mention;
  analysis?: DocumentAnalysis;
  /** Every entity an ambiguous mention could be (the first is `entity`). */
  candidates?: Entity[];
}

export function entityAt(state: ServerState, uri: string, position: Position): EntityTarget | undefined {
  const located = state.locate(uri, position);
  if (located) {
    const mention = state.service.mentionAt(located.analysis, located.offset, located.text);
    if (!mention) return undefined;
    const entity = state.service.getEntity(mention.entity);
    if (!entity) return undefined;
    const candidates = mention.candidates?.flatMap((id) => state.service.getEntity(id) ?? []);
    return { entity, mention, analysis: located.analysis, candidates };
  }
  return entityInDataset(state, normalizeUri(uri), position);
}

function entityInDataset(state: ServerState, uri: string, position: Position): EntityTarget | undefined {
  for (const entity of state.service.dataset.entities.values()) {
    const spans = [entity.span, ...entity.aliases.map((a) => a.span), ...entity.facts.map((f) => f.span)];
    if (spans.some((s) => s !== undefined && s.file === uri && contains(s.range, position))) return { entity };
  }
  return undefined;
}

export function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}
