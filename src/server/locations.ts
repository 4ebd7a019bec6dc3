// Engine locations as LSP locations: mentions from the workspace index and entity records in
// dataset files (whose file names are URIs already, as the server loads them).

import type { Location } from 'vscode-languageserver/node';
import type { Entity, IndexedMention } from '../core';

export function mentionLocation(m: IndexedMention): Location {
  return { uri: m.file, range: m.mention.range };
}

/**
 * Where an entity is defined: the start of its record in the first dataset file that has it. The
 * range is collapsed, because the record spans dozens of lines and a peek view would highlight
 * them all; symbols use the whole record (recordExtent).
 */
export function recordLocation(entity: Entity): Location | undefined {
  const span = entity.span;
  return span ? { uri: span.file, range: { start: span.range.start, end: span.range.start } } : undefined;
}

/** The whole record of an entity in its dataset file. */
export function recordExtent(entity: Entity): Location | undefined {
  return entity.span ? { uri: entity.span.file, range: entity.span.range } : undefined;
}
