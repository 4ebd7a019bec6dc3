// Hover, definition and references inside a loaded dataset file. An entity id (a record's `id:`,
// an entity-valued fact, a test's expected mention) hovers with the entity's card, goes to its
// record and lists its mentions; a property name hovers with the property's card and goes to its
// declaration. Positions come from the file's current text: the open editor's, else the text
// the datasets were last loaded from.

import type { Hover, Location, Position, Range } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import type { Entity, PropertyDecl } from '../core';
import { entityCardMarkdown } from './cardMarkdown';
import type { EntityTarget } from './entityAt';
import { propertyCardMarkdown } from './propertyCardMarkdown';
import type { ServerState } from './state';
import { normalizeUri } from './uris';

interface ResolvedTarget {
  /** The id or name as written, in the file. */
  range: Range;
  entity?: Entity;
  property?: PropertyDecl;
}

/** The id or property name under the cursor in a loaded dataset file, with what it names. */
function datasetTarget(state: ServerState, uri: string, position: Position): ResolvedTarget | undefined {
  const key = normalizeUri(uri);
  const open = state.openDocument(key);
  const input = open ? undefined : state.datasetInputs.find((i) => i.file === key);
  const text = open?.getText() ?? input?.text;
  if (text === undefined) return undefined;
  const parsed = state.datasetDocuments.get(key, open ? open.version : input, text);
  if (!parsed) return undefined;
  const { dataset } = state.service;
  const target = parsed.targetAt(parsed.lines.offsetAt(position), (name) => dataset.properties.get(name)?.type);
  if (!target) return undefined;
  const range = { start: parsed.lines.positionAt(target.start), end: parsed.lines.positionAt(target.end) };
  if (target.kind === 'entity') return { range, entity: dataset.entities.get(target.name) };
  return { range, property: dataset.properties.get(target.name) };
}

/** Undefined when the file is no loaded dataset (the note hover answers); null when nothing is under the cursor. */
export function datasetHover(state: ServerState, uri: string, position: Position): Hover | null | undefined {
  if (!isLoadedDataset(state, uri)) return undefined;
  const found = datasetTarget(state, uri, position);
  if (found?.entity) {
    const ctx = { service: state.service, index: state.index, contentLang: state.lang, uiLang: state.lang } as const;
    return { contents: { kind: MarkupKind.Markdown, value: entityCardMarkdown(found.entity, ctx) }, range: found.range };
  }
  if (found?.property) {
    const { service } = state;
    const n = state.propertyUse.entitiesWith(found.property.name, service.dataset, service.datasetVersion);
    return { contents: { kind: MarkupKind.Markdown, value: propertyCardMarkdown(found.property, n, state.lang) }, range: found.range };
  }
  return null;
}

/** The record of the entity, or the declaration of the property, under the cursor. */
export function datasetDefinition(state: ServerState, uri: string, position: Position): Location[] | null | undefined {
  if (!isLoadedDataset(state, uri)) return undefined;
  const found = datasetTarget(state, uri, position);
  const span = found?.entity?.span ?? found?.property?.span;
  // Collapsed to the start, as recordLocation does: a record spans dozens of lines.
  return span ? [{ uri: span.file, range: { start: span.range.start, end: span.range.start } }] : null;
}

/** The entity whose id is under the cursor in a loaded dataset file (references start there). */
export function datasetEntityAt(state: ServerState, uri: string, position: Position): EntityTarget | undefined {
  const entity = isLoadedDataset(state, uri) ? datasetTarget(state, uri, position)?.entity : undefined;
  return entity ? { entity } : undefined;
}

function isLoadedDataset(state: ServerState, uri: string): boolean {
  const key = normalizeUri(uri);
  return state.datasetFiles.some((f) => f.uri === key);
}
