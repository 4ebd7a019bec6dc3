// What the cursor is on in a dataset file: an entity id (a record's `id:`, an entity-valued fact
// value, a test's expected mention or conflict) or a property name (a key under `properties:`, a
// fact's or a conflict's `property:`). Parsing a whole dataset with the `yaml` package costs
// about 1.7 s a megabyte, too much for a hover: the file's top-level keys are found once per
// version (one pass over the lines), and each request parses only the record around the cursor
// (an item of `entities:` or `tests:`, a key of `properties:`). A file written in flow style
// (`entities: [...]`) is parsed whole, when it is small.

import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Scalar } from 'yaml';
import { LineIndex, type PropertyType } from '../core';

/** A dataset text longer than this (UTF-16 code units) is not looked into. */
export const MAX_DATASET_POSITION_TEXT = 8 * 1024 * 1024;
/** A text in flow style is parsed whole only up to this length (about a second). */
const MAX_WHOLE_PARSE = 512 * 1024;
/** Dataset texts kept (one per file; most workspaces have a handful). */
const CACHE_LIMIT = 8;
/** A top-level key, and the value written on its own line, if any. */
const TOP_LEVEL_KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+([^\s#].*))?/;

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

interface Section {
  name: string;
  /** Where the key's line starts, and where the next line does. */
  start: number;
  body: number;
  /** The value written on the key's own line (`version: 1`, `entities: [`), if any. */
  inline?: string;
}

/** A dataset text with what one pass over it tells: its lines and its top-level keys. */
export class DatasetText {
  readonly lines: LineIndex;
  readonly sections: Section[];
  private whole: Document | null | undefined;
  private lastRecord: { start: number; end: number; doc: Document } | undefined;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.sections = topLevelKeys(text);
  }

  /**
   * The target under `offset`, or undefined. `propertyType` answers the declared type of a
   * property, so that a shorthand value (`value: kenichiro-nagumo`) counts as an id only for an
   * entity-typed one.
   */
  targetAt(offset: number, propertyType: (name: string) => PropertyType | undefined): DatasetTarget | undefined {
    const at = sectionAt(this.sections, offset);
    const section = this.sections[at];
    if (!section) return undefined;
    if (section.inline === undefined) {
      const record = recordAround(this.text, section, this.sections[at + 1]?.start ?? this.text.length, offset);
      if (!record) return undefined;
      const doc = this.recordDocument(record.start, record.end);
      // The record's path from the file's root is under its section (the item's index does not matter).
      return doc.errors.length === 0 ? targetInDocument(doc, offset - record.start, propertyType, [section.name], record.start) : undefined;
    }
    const whole = /^[[{]/.test(section.inline) ? this.wholeDocument() : null;
    return whole ? targetInDocument(whole, offset, propertyType) : undefined;
  }

  /** The parse of one record; the last one is kept, as the cursor tends to stay in a record. */
  private recordDocument(start: number, end: number): Document {
    const last = this.lastRecord;
    if (last?.start === start && last.end === end) return last.doc;
    const doc = parseDocument(this.text.slice(start, end), { uniqueKeys: false });
    this.lastRecord = { start, end, doc };
    return doc;
  }

  private wholeDocument(): Document | null {
    if (this.whole === undefined) this.whole = this.text.length <= MAX_WHOLE_PARSE ? parseDocument(this.text, { uniqueKeys: false }) : null;
    return this.whole;
  }
}

/**
 * The target under `offset` in a parsed document: the whole file, or one record of it (`prefix` is
 * then the record's path from the file's root, and `base` where its text starts in the file).
 */
export function targetInDocument(doc: Document, offset: number, propertyType: (name: string) => PropertyType | undefined, prefix: Step[] = [], base = 0): DatasetTarget | undefined {
  const hit = scalarAt(doc.contents, offset, prefix, []);
  if (!hit || !hit.scalar.range) return undefined;
  const name = typeof hit.scalar.value === 'string' ? hit.scalar.value : undefined;
  if (name === undefined || name === '') return undefined;
  const kind = classify(hit, propertyType);
  return kind && { kind, name, start: base + hit.scalar.range[0], end: base + hit.scalar.range[1] };
}

function topLevelKeys(text: string): Section[] {
  const sections: Section[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const c = text.charCodeAt(start);
    // A letter or `_` in the first column: a top-level key (cheap test first, the pattern second).
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
      const m = TOP_LEVEL_KEY.exec(text.slice(start, end));
      if (m) sections.push({ name: m[1]!, start, body: nl < 0 ? text.length : nl + 1, ...(m[2] !== undefined ? { inline: m[2] } : {}) });
    }
    start = end + 1;
  }
  return sections;
}

/** The index of the last section starting at or before `offset` (-1 for none). */
function sectionAt(sections: Section[], offset: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The lines of the item of a block section that holds `offset`: from the line that starts it (a
 * `- ` at the items' indent, or a key at the keys' indent) to the next line as little indented.
 */
function recordAround(text: string, section: Section, sectionEnd: number, offset: number): { start: number; end: number } | undefined {
  if (offset < section.body) return undefined;
  // The first line with content sets the items' indent.
  let first = section.body;
  let indent = -1;
  while (first < sectionEnd) {
    indent = contentIndent(text, first);
    if (indent >= 0) break;
    first = nextLine(text, first);
  }
  if (indent < 0 || offset < first) return undefined;
  const isSeq = text[first + indent] === '-';
  let start = lineStartOf(text, offset);
  while (start > first && !(contentIndent(text, start) === indent && (text[start + indent] === '-') === isSeq)) start = lineStartOf(text, start - 1);
  let end = nextLine(text, start);
  while (end < sectionEnd) {
    const k = contentIndent(text, end);
    if (k >= 0 && k <= indent) break;
    end = nextLine(text, end);
  }
  return { start, end: Math.min(end, sectionEnd) };
}

/** The indent of a line with content; -1 for a blank line or a comment. */
function contentIndent(text: string, lineStart: number): number {
  let k = lineStart;
  while (text[k] === ' ') k++;
  const c = text[k];
  return c === undefined || c === '\n' || c === '\r' || c === '#' ? -1 : k - lineStart;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function nextLine(text: string, lineStart: number): number {
  const nl = text.indexOf('\n', lineStart);
  return nl < 0 ? text.length : nl + 1;
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
      const fact = hit.parents.at(-1 - rest.length);
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

/** Dataset texts as read for positions, one per file, replaced when the file's version or text changes. */
export class DatasetDocuments {
  private readonly texts = new Map<string, { version: unknown; text: DatasetText }>();

  /**
   * `text`, the content of `uri` at `version` (an editor's version number, or any value that
   * changes when the text does), read once. Undefined for a text over the size cap.
   */
  get(uri: string, version: unknown, text: string): DatasetText | undefined {
    if (text.length > MAX_DATASET_POSITION_TEXT) return undefined;
    const cached = this.texts.get(uri);
    // The same string object in the common case: the comparison costs nothing then.
    if (cached && cached.version === version && cached.text.text === text) return cached.text;
    const read = new DatasetText(text);
    this.texts.delete(uri);
    if (this.texts.size >= CACHE_LIMIT) this.texts.delete(this.texts.keys().next().value!);
    this.texts.set(uri, { version, text: read });
    return read;
  }
}
