// What the cursor is on in a dataset file: an entity id (a record's `id:`, an entity-valued fact
// value, a test's expected mention or conflict) or a property name (a key under `properties:`, a
// fact's or a conflict's `property:`). The `yaml` package parses the file's current text with
// ranges; the parse is kept per file and version, so hovering around a file parses it once.

import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Scalar } from 'yaml';
import { LineIndex, type PropertyType } from '../core';

/** A dataset text longer than this (UTF-16 code units) is not parsed for positions. */
export const MAX_DATASET_POSITION_TEXT = 8 * 1024 * 1024;
/** Parsed dataset files kept (one per file; most workspaces have a handful). */
const CACHE_LIMIT = 8;

export interface DatasetTarget {
  kind: 'entity' | 'property';
  /** The entity id or the property name. */
  name: string;
  /** The scalar under the cursor, as UTF-16 offsets into the text (end exclusive). */
  start: number;
  end: number;
}

type Step = string | number;

interface ScalarHit {
  scalar: Scalar;
  path: Step[];
  /** The collections from the root down to the scalar's parent. */
  parents: YamlNode[];
  isKey: boolean;
}

/**
 * The target under `offset`, or undefined. `propertyType` answers the declared type of a property,
 * so that a shorthand value (`value: kenichiro-nagumo`) counts as an id only for an entity-typed one.
 */
export function datasetTargetAt(doc: Document, offset: number, propertyType: (name: string) => PropertyType | undefined): DatasetTarget | undefined {
  const hit = scalarAt(doc.contents, offset, [], []);
  if (!hit || !hit.scalar.range) return undefined;
  const name = typeof hit.scalar.value === 'string' ? hit.scalar.value : undefined;
  if (name === undefined || name === '') return undefined;
  const kind = classify(hit, propertyType);
  if (!kind) return undefined;
  const [start, end] = hit.scalar.range;
  return { kind, name, start, end };
}

function classify(hit: ScalarHit, propertyType: (name: string) => PropertyType | undefined): DatasetTarget['kind'] | undefined {
  const p = hit.path;
  if (p.length === 2 && p[0] === 'properties' && hit.isKey) return 'property';
  if (hit.isKey) return undefined;
  if (p[0] === 'entities' && p.length === 3 && p[2] === 'id') return 'entity';
  if (p[0] === 'entities' && p[2] === 'facts' && p.length >= 5) {
    if (p[4] === 'property' && p.length === 5) return 'property';
    if (p[4] !== 'value') return undefined;
    const rest = p.slice(5);
    // `value: {entity: x}` or `value: [{entity: x}, …]`.
    if (rest.at(-1) === 'entity' && (rest.length === 1 || (rest.length === 2 && typeof rest[0] === 'number'))) return 'entity';
    // The shorthand `value: x` or `value: [x, y]`, for an entity-typed property.
    if (rest.length === 0 || (rest.length === 1 && typeof rest[0] === 'number')) {
      const fact = hit.parents[4];
      const named = isMap(fact) ? fact.get('property') : undefined;
      return typeof named === 'string' && propertyType(named) === 'entity' ? 'entity' : undefined;
    }
    return undefined;
  }
  if (p[0] === 'tests' && p.length >= 4) {
    if (p[2] === 'mentions' && p.length === 4 && typeof p[3] === 'number') return 'entity';
    if (p[2] === 'conflicts' && p.length === 5 && p[4] === 'entity') return 'entity';
    if (p[2] === 'conflicts' && p.length === 5 && p[4] === 'property') return 'property';
  }
  return undefined;
}

/** The scalar (key or value) whose range holds `offset`, with its path from the root. */
function scalarAt(node: unknown, offset: number, path: Step[], parents: YamlNode[]): ScalarHit | undefined {
  if (isScalar(node)) return holds(node, offset) ? { scalar: node, path, parents, isKey: false } : undefined;
  if (isMap(node)) {
    const down = [...parents, node];
    for (const pair of node.items) {
      const key = pair.key;
      if (!isScalar(key)) continue;
      const step = String(key.value);
      if (holds(key, offset)) return { scalar: key, path: [...path, step], parents: down, isKey: true };
      if (holds(pair.value, offset)) return scalarAt(pair.value, offset, [...path, step], down);
    }
    return undefined;
  }
  if (isSeq(node)) {
    const down = [...parents, node];
    for (let k = 0; k < node.items.length; k++) {
      const item = node.items[k];
      if (holds(item, offset)) return scalarAt(item, offset, [...path, k], down);
    }
  }
  return undefined;
}

/** Does the node's value span hold the offset (its end included: the cursor after the last character)? */
function holds(node: unknown, offset: number): boolean {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range !== undefined && offset >= range[0] && offset <= range[1];
}

/** A dataset text as parsed, with its line starts (both cost a pass over the text). */
export interface ParsedDataset {
  doc: Document;
  lines: LineIndex;
}

/** Parsed dataset texts, one per file, replaced when the file's version or text changes. */
export class DatasetDocuments {
  private readonly parsed = new Map<string, { version: unknown; text: string; parsed: ParsedDataset }>();

  /**
   * The parse of `text`, the content of `uri` at `version` (an editor's version number, or any
   * value that changes when the text does). Undefined for a text over the size cap.
   */
  get(uri: string, version: unknown, text: string): ParsedDataset | undefined {
    if (text.length > MAX_DATASET_POSITION_TEXT) return undefined;
    const cached = this.parsed.get(uri);
    // The same string object in the common case: the comparison costs nothing then.
    if (cached && cached.version === version && cached.text === text) return cached.parsed;
    const parsed = { doc: parseDocument(text, { uniqueKeys: false }), lines: new LineIndex(text) };
    this.parsed.delete(uri);
    if (this.parsed.size >= CACHE_LIMIT) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(uri, { version, text, parsed });
    return parsed;
  }
}
