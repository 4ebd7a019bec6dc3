// Recording a fact in a dataset file by inserting text, as addAliasEdit does for aliases: comments,
// quoting and layout of a hand-written file stay exactly as they were. The fact goes at the end
// of the entity's `facts` (a later file's facts replace earlier files' facts of the same property,
// so a workspace file can correct the bundled dataset); a missing `facts`, entity record or
// `entities` key is added in block style.

import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { DateValue, PropertyDecl, ScalarValue } from '../core';
import { columnOf, insertInFlow, insertLinesAfter, lastContentOffset, yamlScalar, type TextChange } from './aliasEdit';

/** What a recorded fact says: the property, its value as YAML, and where it comes from. */
export interface FactToRecord {
  property: string;
  /** The value as a YAML flow node (`{amount: 240, unit: persons}`). */
  value: string;
  asOf?: DateValue;
  /** The source document, relative to the dataset file, and the sentence that states the fact. */
  document: string;
  quote: string;
}

/** The value as the dataset writes it, or undefined for what cannot be recorded (a date without a year). */
export function valueYaml(v: ScalarValue, decl: PropertyDecl | undefined): string | undefined {
  switch (v.kind) {
    case 'quantity': {
      const unit = decl?.unit ?? v.unit;
      return `{amount: ${v.amount}${unit ? `, unit: ${yamlScalar(unit)}` : ''}}`;
    }
    case 'money':
      return `{amount: ${v.amount}, currency: ${yamlScalar(v.currency)}}`;
    case 'date':
      return v.yearless || v.year <= 0 ? undefined : `{date: ${dateText(v)}}`;
    case 'entity':
      return `{entity: ${yamlScalar(v.id)}}`;
    case 'text':
      return undefined;
  }
}

/** `2025`, `2025-03` or `2025-03-24`, by the date's precision. */
export function dateText(d: DateValue): string {
  const pad = (n: number | undefined) => String(n ?? 1).padStart(2, '0');
  return d.precision === 'year' ? `${d.year}` : d.precision === 'month' ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The fact as block lines (a `- property:` item), each starting at `pad`. */
function factLines(fact: FactToRecord, pad: string, eol: string): string {
  const lines = [`- property: ${yamlScalar(fact.property)}`, `  value: ${fact.value}`];
  if (fact.asOf) lines.push(`  qualifiers: {asOf: ${dateText(fact.asOf)}}`);
  lines.push('  sources:', `    - {document: ${yamlScalar(fact.document)}, quote: ${JSON.stringify(fact.quote)}}`);
  return lines.map((l) => pad + l + eol).join('');
}

/** The fact in flow style, for a `facts: [...]` list. */
function factFlow(fact: FactToRecord): string {
  const asOf = fact.asOf ? `, qualifiers: {asOf: ${dateText(fact.asOf)}}` : '';
  return `{property: ${yamlScalar(fact.property)}, value: ${fact.value}${asOf}, sources: [{document: ${yamlScalar(fact.document)}, quote: ${JSON.stringify(fact.quote)}}]}`;
}

/** The edit that records `fact` for `entityId` in the dataset `text`; undefined when the file's shape does not allow a safe insertion. */
export function addFactEdit(text: string, entityId: string, fact: FactToRecord): TextChange | undefined {
  const doc = parseDocument(text, { keepSourceTokens: true });
  // A file that does not parse is not edited: an offset computed from half a tree could land anywhere.
  if (doc.errors.length > 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const id = yamlScalar(entityId);
  if (!isMap(doc.contents)) {
    // An empty file: a dataset of its own.
    if (doc.contents !== null || text.trim() !== '') return undefined;
    return insertLinesAfter(text, text.length, `version: 1${eol}entities:${eol}  - id: ${id}${eol}    facts:${eol}${factLines(fact, '      ', eol)}`, eol);
  }
  const entities = doc.contents.get('entities', true);
  if (entities === undefined) return insertLinesAfter(text, lastContentOffset(text, text.length), `entities:${eol}  - id: ${id}${eol}    facts:${eol}${factLines(fact, '      ', eol)}`, eol);
  if (!isSeq(entities) || entities.flow || !entities.range) return undefined;
  const entity = entities.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === entityId);
  if (!entity) {
    const pad = ' '.repeat(columnOf(text, entities.range[0]));
    return insertLinesAfter(text, lastContentOffset(text, entities.range[1]), `${pad}- id: ${id}${eol}${pad}  facts:${eol}${factLines(fact, pad + '    ', eol)}`, eol);
  }
  if (entity.flow || !entity.range) return undefined;
  const keyPad = ' '.repeat(columnOf(text, entity.range[0]));
  const facts = entity.get('facts', true);
  if (facts === undefined) return insertLinesAfter(text, lastContentOffset(text, entity.range[1]), `${keyPad}facts:${eol}${factLines(fact, keyPad + '  ', eol)}`, eol);
  if (!isSeq(facts) || !facts.range) return undefined;
  if (facts.flow) return insertInFlow(text, facts.range[1], factFlow(fact));
  if (facts.items.length === 0) return undefined;
  const pad = ' '.repeat(columnOf(text, facts.range[0]));
  return insertLinesAfter(text, lastContentOffset(text, facts.range[1]), factLines(fact, pad, eol), eol);
}
