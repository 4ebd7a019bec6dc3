// Adding an entity record to a dataset file by inserting text, as addAliasEdit and addFactEdit
// do: comments, quoting and layout stay as they were. The record goes at the end of `entities`
// (added in block style when missing), with a comment naming where the name was first seen.

import { isMap, isSeq, parseDocument } from 'yaml';
import { columnOf, insertLinesAfter, lastContentOffset, yamlScalar, type TextChange } from './aliasEdit';

export interface EntityToAdd {
  id: string;
  type: string;
  /** Labels per language (`en`, `ja`); at least one. */
  labels: Record<string, string>;
  /** Where the name was first seen: a document relative to the dataset, and its sentence. */
  seenIn?: { document: string; quote: string };
}

function recordLines(e: EntityToAdd, pad: string, eol: string): string {
  const labels = Object.entries(e.labels)
    .filter(([, text]) => text.trim() !== '')
    .map(([lang, text]) => `${lang}: ${yamlScalar(text)}`)
    .join(', ');
  const lines: string[] = [];
  // A comment, not a field: the format has sources for facts only.
  if (e.seenIn) lines.push(`# First seen in ${e.seenIn.document}: ${JSON.stringify(e.seenIn.quote).replace(/[\r\n\u2028\u2029]/g, ' ')}`);
  lines.push(`- id: ${yamlScalar(e.id)}`, `  type: ${yamlScalar(e.type)}`, `  labels: {${labels}}`);
  return lines.map((l) => pad + l + eol).join('');
}

/** The edit that adds `entity` to the dataset `text`; undefined when its shape does not allow a safe insertion or the id is taken there. */
export function addEntityEdit(text: string, entity: EntityToAdd): TextChange | undefined {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!isMap(doc.contents)) {
    if (doc.contents !== null || text.trim() !== '') return undefined;
    return insertLinesAfter(text, text.length, `version: 1${eol}entities:${eol}${recordLines(entity, '  ', eol)}`, eol);
  }
  const entities = doc.contents.get('entities', true);
  if (entities === undefined) return insertLinesAfter(text, lastContentOffset(text, text.length), `entities:${eol}${recordLines(entity, '  ', eol)}`, eol);
  if (!isSeq(entities) || entities.flow || !entities.range) return undefined;
  if (entities.items.some((item) => isMap(item) && item.get('id') === entity.id)) return undefined;
  const pad = ' '.repeat(columnOf(text, entities.range[0]));
  return insertLinesAfter(text, lastContentOffset(text, entities.range[1]), recordLines(entity, pad, eol), eol);
}
