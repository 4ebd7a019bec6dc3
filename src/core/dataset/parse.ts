// Parsing one dataset file: YAML text → draft (+ a standalone DatasetFile view) + problems.
// Never throws: whatever is wrong becomes a Problem and the rest of the file stays usable.

import { Composer, isMap, isScalar, isSeq, Parser, parseDocument, YAMLParseError, type Document } from 'yaml';
import { pick } from '../l10n';
import type {
  Alias,
  Cues,
  DatasetFile,
  Entity,
  Fact,
  Problem,
  PropertyDecl,
  PropertyType,
  Qualifiers,
  Range,
  Source,
  SourceRanges,
} from '../model';
import {
  LANG_TAG,
  asMap,
  asSeq,
  checkKeys,
  readBool,
  readLocalized,
  readNonEmpty,
  readStringList,
  schemaError,
  seqItems,
  setKey,
} from './fields';
import { M, WHERE } from './messages';
import { Reader, type Entry, type YNode } from './reader';
import { lineStartsOf } from '../text/lineIndex';
import { closest } from './suggest';
import type {
  DatasetDraft,
  DraftAlias,
  DraftEntity,
  DraftFact,
  DraftProperty,
  DraftTest,
  LoadOptions,
  ParsedDatasetFile,
} from './types';
import { ENTITY_ID, guessValue, idFromName as slug, PROPERTY_TYPES, readDateField, readValue } from './values';

export const TOP_KEYS = ['version', 'properties', 'entities', 'tests', '$schema'] as const;
export const PROPERTY_KEYS = ['type', 'unit', 'label', 'cues', 'family', 'multiple'] as const;
export const ENTITY_KEYS = ['id', 'type', 'labels', 'aliases', 'readings', 'description', 'sameAs', 'facts'] as const;
export const FACT_KEYS = ['property', 'value', 'qualifiers', 'sources'] as const;
export const ALIAS_KEYS = ['text', 'caseSensitive', 'needsContext'] as const;
export const SOURCE_KEYS = ['document', 'title', 'quote', 'url'] as const;
export const TEST_KEYS = ['text', 'lang', 'mentions', 'conflicts'] as const;
export const CONFLICT_KEYS = ['entity', 'property'] as const;
export const STATUSES = ['current', 'planned', 'former', 'proposed', 'disputed'] as const;

const MAX_PLAIN_DEPTH = 64;

/** Parses one dataset file. `text` may start with a BOM and use CRLF line endings. */
export function parseDatasetFile(file: string, text: string, options: LoadOptions = {}): ParsedDatasetFile {
  const lang = options.lang === 'ja' ? 'ja' : 'en';
  const name = typeof file === 'string' ? file : String(file);
  let src = typeof text === 'string' ? text : '';
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  const newDraft = (): DatasetDraft => ({ file: name, version: 1, properties: [], entities: [], tests: [] });
  // A large file in the usual block layout is read in chunks of entities: time stays linear and
  // memory bounded (read whole, 50 MB took six minutes and 4 GB). If a chunk does not parse on
  // its own and the file is small enough, it is read whole after all, so the problems are the
  // ones a whole reading gives.
  if (src.length >= CHUNKED_MIN_LENGTH) {
    const layout = chunkLayout(src);
    if (layout) {
      const chunked = newDraft();
      try {
        const result = parseChunked(name, src, lang, chunked, layout);
        if (!result.chunkFailed || src.length > WHOLE_FALLBACK_MAX_LENGTH) return { dataset: standalone(chunked), problems: result.problems, draft: chunked };
      } catch {
        // Read whole below, which reports what went wrong.
      }
    }
  }
  const draft = newDraft();
  let reader: Reader | undefined;
  try {
    const { doc, deep } = parseYaml(src);
    reader = new Reader(name, src, doc, lang);
    const r = reader;
    if (deep !== undefined) {
      r.report('dataset.yaml-syntax', 'error', M.tooDeep(MAX_NESTING), r.rangeFromOffsets(deep, deep + 1), {
        data: { reason: 'nesting-limit' },
      });
      return { dataset: standalone(draft), problems: r.problems, draft };
    }
    for (const e of doc.errors) reportYaml(r, e, 'error');
    for (const w of doc.warnings) reportYaml(r, w, 'warning');
    readRoot(r, draft);
  } catch (err) {
    const problem: Problem = {
      code: 'dataset.schema',
      severity: 'error',
      message: pick(M.internal(err instanceof Error ? err.message : String(err)), lang),
      file: name,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    };
    reader?.problems.push(problem);
    if (!reader) return { dataset: standalone(draft), problems: [problem], draft };
  }
  return { dataset: standalone(draft), problems: reader.problems, draft };
}

/** Collections nested deeper than this make the file unreadable (no dataset needs more than a
 *  handful of levels; the yaml library's composer recurses per level, and near the stack limit V8
 *  can fail fatally instead of throwing). */
export const MAX_NESTING = 64;

/**
 * Parses YAML once into the CST (the yaml library's Parser keeps its own stack), checks its
 * nesting, and only then composes the document (the composer recurses per level): what
 * `parseDocument` does, without lexing the text twice.
 */
function parseYaml(src: string): { doc: Document; deep?: number } {
  const tokens = [...new Parser().parse(src)];
  const deep = tooDeep(tokens);
  if (deep !== undefined) return { doc: parseDocument('', { prettyErrors: false }), deep };
  let doc: Document | undefined;
  for (const d of new Composer({ prettyErrors: false, keepSourceTokens: false }).compose(tokens, true, src.length)) {
    if (!doc) doc = d as Document;
    else {
      doc.errors.push(new YAMLParseError(d.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return { doc: doc ?? parseDocument('', { prettyErrors: false }) };
}

/**
 * The offset of the first collection nested deeper than MAX_NESTING, or undefined. Uses the yaml
 * library's CST parser, which keeps its own stack (no recursion), and walks the CST iteratively.
 */
function tooDeep(tokens: Iterable<unknown>): number | undefined {
  interface Tok {
    type?: string;
    offset?: number;
    value?: Tok;
    key?: Tok;
    items?: Array<{ key?: Tok; value?: Tok }>;
  }
  for (const top of tokens as Iterable<Tok>) {
    const stack: Array<[Tok, number]> = [[top, 0]];
    while (stack.length > 0) {
      const [t, d] = stack.pop()!;
      if (!t || typeof t !== 'object') continue;
      const nd = t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection' ? d + 1 : d;
      if (nd > MAX_NESTING) return typeof t.offset === 'number' ? t.offset : 0;
      if (t.value) stack.push([t.value, nd]);
      if (t.key) stack.push([t.key, nd]);
      if (Array.isArray(t.items)) {
        for (const it of t.items) {
          if (it?.key) stack.push([it.key, nd]);
          if (it?.value) stack.push([it.value, nd]);
        }
      }
    }
  }
  return undefined;
}

function reportYaml(r: Reader, e: YAMLParseError | { code?: string; message?: string; pos?: [number, number] }, severity: 'error' | 'warning'): void {
  const pos = Array.isArray(e.pos) ? e.pos : [0, 0];
  const code = String(e.code ?? '');
  const detail = String(e.message ?? '').split('\n')[0] ?? '';
  const msg = severity === 'error' ? M.yamlSyntax(code, detail) : M.yamlWarning(code, detail);
  r.report('dataset.yaml-syntax', severity, msg, r.rangeFromOffsets(r.base + (pos[0] ?? 0), r.base + (pos[1] ?? pos[0] ?? 0)), {
    data: { yamlCode: code },
  });
}

// ---------------------------------------------------------------------------------------------
// Large files, in chunks

/** Files at least this long (UTF-16 code units) are read in chunks when their layout allows. */
export const CHUNKED_MIN_LENGTH = 512 * 1024;
/** A chunked file whose chunks do not parse on their own is read whole up to this length. */
const WHOLE_FALLBACK_MAX_LENGTH = 8 * 1024 * 1024;
/** Entities per chunk. */
const CHUNK_ITEMS = 256;
const ENTITIES_LINE = /^entities:[ \t]*(?:#.*)?$/;

interface ChunkLayout {
  /** The `entities:` block sequence: from the line after `entities:` to `end`. */
  start: number;
  end: number;
  /** Offsets of the lines where its items start (`- ` at the sequence's indentation). */
  items: number[];
}

/**
 * The block layout every hand-written dataset uses: top-level keys in column 0, and under
 * `entities:` a block sequence whose items start with `- ` at one indentation, everything else
 * in them indented deeper. Undefined for anything else (flow style, several YAML documents, tabs
 * in indentation): such a file is read whole.
 */
function chunkLayout(src: string): ChunkLayout | undefined {
  let at = 0;
  let start = -1;
  let end = src.length;
  let indent = -1;
  const items: number[] = [];
  const isItem = (k: number, lineEnd: number) => src.charCodeAt(k) === 0x2d && (k + 1 === lineEnd || src.charCodeAt(k + 1) === 0x20 || src.charCodeAt(k + 1) === 0x09);
  while (at < src.length) {
    let nl = src.indexOf('\n', at);
    if (nl < 0) nl = src.length;
    const lineEnd = nl > at && src.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    // Document markers and directives: several documents, or something unusual.
    if ((at > 0 && src.startsWith('---', at)) || src.startsWith('...', at) || src.charCodeAt(at) === 0x25) return undefined;
    if (start < 0 || end < src.length) {
      if (start < 0 && ENTITIES_LINE.test(src.slice(at, lineEnd))) start = nl + 1;
    } else {
      let k = at;
      while (k < lineEnd && src.charCodeAt(k) === 0x20) k++;
      if (k < lineEnd && src.charCodeAt(k) === 0x09) return undefined;
      if (k < lineEnd && src.charCodeAt(k) !== 0x23) {
        const col = k - at;
        if (indent < 0) {
          if (!isItem(k, lineEnd)) return undefined;
          indent = col;
        }
        if (col === indent && isItem(k, lineEnd)) items.push(at);
        else if (col === 0) end = at;
        else if (col < indent) return undefined;
      }
    }
    at = nl + 1;
  }
  return start >= 0 && items.length > 0 ? { start, end, items } : undefined;
}

function parseChunked(name: string, src: string, lang: 'en' | 'ja', draft: DatasetDraft, layout: ChunkLayout): { problems: Problem[]; chunkFailed: boolean } {
  // What comes before the entities (version, properties) and after them (tests) is read as usual.
  const shared = { problems: [] as Problem[], lineStarts: lineStartsOf(src), aliasBudget: { expanded: 0, exceeded: false } };
  for (const [a, b, head] of [[0, layout.start, true], [layout.end, src.length, false]] as const) {
    if (b <= a && !head) continue;
    const text = src.slice(a, b);
    const { doc, deep } = parseYaml(text);
    const r = new Reader(name, src, doc, lang, a, shared);
    if (deep !== undefined) {
      r.report('dataset.yaml-syntax', 'error', M.tooDeep(MAX_NESTING), r.rangeFromOffsets(a + deep, a + deep + 1), { data: { reason: 'nesting-limit' } });
      return { problems: r.problems, chunkFailed: false };
    }
    for (const e of r.doc.errors) reportYaml(r, e, 'error');
    for (const w of r.doc.warnings) reportYaml(r, w, 'warning');
    readRoot(r, draft, head);
  }

  let chunkFailed = false;
  const seen = new Map<string, Range>();
  for (let g = 0; g < layout.items.length; g += CHUNK_ITEMS) {
    const a = layout.items[g]!;
    const b = g + CHUNK_ITEMS < layout.items.length ? layout.items[g + CHUNK_ITEMS]! : layout.end;
    const text = src.slice(a, b);
    const { doc, deep: cdeep } = parseYaml(text);
    const cr = new Reader(name, src, doc, lang, a, shared);
    if (cdeep !== undefined) {
      cr.report('dataset.yaml-syntax', 'error', M.tooDeep(MAX_NESTING), cr.rangeFromOffsets(a + cdeep, a + cdeep + 1), { data: { reason: 'nesting-limit' } });
      continue;
    }
    if (doc.errors.length > 0) chunkFailed = true;
    for (const e of doc.errors) reportYaml(cr, e, 'error');
    for (const w of doc.warnings) reportYaml(cr, w, 'warning');
    const root = cr.deref(doc.contents);
    if (!root || !isSeq(root)) {
      chunkFailed = true;
      continue;
    }
    const whole = cr.rangeOf(root);
    for (const it of seqItems(cr, root, whole)) {
      const e = guard(cr, it.range, () => readEntity(cr, it.node, it.range));
      if (!e) continue;
      const first = seen.get(e.id);
      if (first) {
        cr.report('dataset.duplicate-id', 'error', M.duplicateId(e.id), e.idRange, { actual: e.id, data: { id: e.id, first } });
        continue;
      }
      seen.set(e.id, e.idRange);
      draft.entities.push(e);
    }
  }
  return { problems: shared.problems, chunkFailed };
}

// ---------------------------------------------------------------------------------------------

/** Reads the top-level mapping; `versionCheck` is false for the part of a chunked file after its entities. */
function readRoot(r: Reader, draft: DatasetDraft, versionCheck = true): void {
  const root = r.deref(r.doc.contents);
  if (root == null || r.isNull(root)) return; // empty file (or only comments): nothing to load
  if (!isMap(root)) {
    r.report('dataset.schema', 'error', M.rootNotMapping(r.kindOf(root)), r.headRange(root), {
      actual: r.snippet(root) || undefined,
    });
    return;
  }
  const fields = checkKeys(r, r.entries(root), TOP_KEYS);
  const v = fields.get('version');
  if (!v && !versionCheck) {
    // The tail of a chunked file: its version was read with the head.
  } else if (!v) {
    r.report('dataset.schema', 'warning', M.versionMissing(), r.headRange(root), { expected: ['version: 1'] });
  } else {
    const val = isScalar(v.value) ? v.value.value : undefined;
    if (!(val === 1 || val === '1')) {
      const shown = r.scalarText(v.value) ?? r.snippet(v.value);
      r.report('dataset.unsupported-version', 'error', M.unsupportedVersion(shown), v.valueRange, {
        actual: shown,
        expected: ['1'],
      });
      if (typeof val === 'number' && Number.isFinite(val)) draft.version = val;
    }
  }
  const s = fields.get('$schema');
  if (s && r.scalarText(s.value) === undefined) schemaError(r, s, '$schema', 'string');

  const props = fields.get('properties');
  if (props && !r.isNull(props.value)) {
    const map = asMap(r, props);
    if (map) {
      for (const pe of r.entries(map)) {
        const p = guard(r, pe.pairRange, () => readProperty(r, pe));
        if (p) draft.properties.push(p);
      }
    }
  }

  const ents = fields.get('entities');
  if (ents && !r.isNull(ents.value)) {
    const seq = asSeq(r, ents);
    if (seq) {
      const seen = new Map<string, Range>();
      for (const it of seqItems(r, seq, ents.valueRange)) {
        const e = guard(r, it.range, () => readEntity(r, it.node, it.range));
        if (!e) continue;
        const first = seen.get(e.id);
        if (first) {
          r.report('dataset.duplicate-id', 'error', M.duplicateId(e.id), e.idRange, {
            actual: e.id,
            data: { id: e.id, first },
          });
          continue;
        }
        seen.set(e.id, e.idRange);
        draft.entities.push(e);
      }
    }
  }

  const tests = fields.get('tests');
  if (tests && !r.isNull(tests.value)) {
    const seq = asSeq(r, tests);
    if (seq) {
      for (const it of seqItems(r, seq, tests.valueRange)) {
        const t = guard(r, it.range, () => readTest(r, it.node, it.range));
        if (t) draft.tests.push(t);
      }
    }
  }
}

/** Runs one item's reader; an unexpected exception costs that item only. */
function guard<T>(r: Reader, range: Range, f: () => T | undefined): T | undefined {
  try {
    return f();
  } catch (err) {
    r.report('dataset.schema', 'error', M.internal(err instanceof Error ? err.message : String(err)), range);
    return undefined;
  }
}

function span(r: Reader, range: Range) {
  return { file: r.file, range };
}

// ---------------------------------------------------------------------------------------------
// Properties

function readProperty(r: Reader, pe: Entry): DraftProperty | undefined {
  const name = pe.key.trim();
  if (name === '') {
    r.report('dataset.schema', 'error', M.emptyField('properties'), pe.keyRange);
    return undefined;
  }
  const map = asMap(r, pe, name);
  if (!map) return undefined;
  const fields = checkKeys(r, r.entries(map), PROPERTY_KEYS);
  const p: DraftProperty = { name, nameRange: pe.keyRange, span: span(r, pe.pairRange) };
  const t = fields.get('type');
  if (t) {
    const type = readNonEmpty(r, t);
    if (type === undefined) p.typeInvalid = true;
    else if ((PROPERTY_TYPES as readonly string[]).includes(type)) p.type = type as PropertyType;
    else {
      p.typeInvalid = true;
      r.report('dataset.schema', 'error', M.unknownPropertyType(type), t.valueRange, {
        actual: type,
        expected: closest(type, PROPERTY_TYPES, PROPERTY_TYPES.length, true),
      });
    }
  }
  const u = fields.get('unit');
  if (u) {
    const unit = readNonEmpty(r, u);
    if (unit !== undefined) {
      if (p.type && p.type !== 'quantity') {
        r.report('dataset.schema', 'warning', M.unitNotQuantity(name, p.type), u.keyRange);
      } else p.unit = unit;
    }
  }
  const l = fields.get('label');
  if (l) {
    const label = readLocalized(r, l);
    if (label) p.label = label;
  }
  const c = fields.get('cues');
  if (c) {
    const cmap = asMap(r, c);
    if (cmap) {
      const cues: Cues = {};
      for (const ce of r.entries(cmap)) {
        const list = readStringList(r, ce, `cues.${ce.key}`);
        if (list) setKey(cues as Record<string, string[]>, ce.key, list.map((x) => x.text));
      }
      p.cues = cues;
    }
  }
  const f = fields.get('family');
  if (f) {
    const family = readNonEmpty(r, f);
    if (family !== undefined) p.family = family;
  }
  const mv = fields.get('multiple');
  if (mv) {
    const b = readBool(r, mv);
    if (b !== undefined) p.multiple = b;
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Entities

/** A suggestion for a malformed id: lower-cased, spaces and other characters made '-'. */
function readEntity(r: Reader, node: YNode | null, range: Range): DraftEntity | undefined {
  if (!node || !isMap(node)) {
    r.report('dataset.schema', 'error', M.mustBe('entities[]', 'mapping', r.kindOf(node)), range, {
      actual: r.snippet(node) || undefined,
    });
    return undefined;
  }
  const fields = checkKeys(r, r.entries(node), ENTITY_KEYS);
  const ie = fields.get('id');
  if (!ie) {
    r.report('dataset.schema', 'error', M.missing('id', WHERE.entity), r.headRange(node, range));
    return undefined;
  }
  const id = readNonEmpty(r, ie, 'id');
  if (id === undefined) return undefined;
  if (!ENTITY_ID.test(id)) {
    // Not loaded: an id ends up in terminals, URIs and LSP payloads, and the error says how to fix it.
    const s = slug(id);
    r.report('dataset.schema', 'error', M.badId(id), ie.valueRange, {
      actual: id,
      expected: ENTITY_ID.test(s) ? [s] : undefined,
    });
    return undefined;
  }
  const e: DraftEntity = {
    id,
    idRange: ie.valueRange,
    span: span(r, r.rangeOf(node, range)),
    labels: {},
    aliases: [],
    readings: {},
    description: {},
    sameAs: [],
    facts: [],
  };
  const t = fields.get('type');
  if (t) {
    const type = readNonEmpty(r, t);
    if (type !== undefined) e.type = type;
  }
  const le = fields.get('labels');
  if (le) {
    e.labels =
      readLocalized(r, le, 'labels', (lang, x) =>
        r.report('dataset.empty-alias', 'warning', M.emptyLabel('labels', lang), x.valueRange),
      ) ?? {};
  }
  const ae = fields.get('aliases');
  if (ae && !r.isNull(ae.value)) {
    const amap = asMap(r, ae);
    if (amap) for (const x of r.entries(amap)) readAliases(r, x, e.aliases);
  }
  const re = fields.get('readings');
  if (re) e.readings = readLocalized(r, re) ?? {};
  const de = fields.get('description');
  if (de) e.description = readLocalized(r, de) ?? {};
  const se = fields.get('sameAs');
  if (se && !r.isNull(se.value)) e.sameAs = (readStringList(r, se) ?? []).map((x) => x.text);
  const fe = fields.get('facts');
  if (fe && !r.isNull(fe.value)) {
    const seq = asSeq(r, fe);
    if (seq) {
      for (const it of seqItems(r, seq, fe.valueRange)) {
        const f = readFact(r, it.node, it.range);
        if (f) e.facts.push(f);
      }
    }
  }
  return e;
}

function readAliases(r: Reader, le: Entry, out: DraftAlias[]): void {
  const lang = le.key;
  // The language keys of aliases are language tags like those of labels (`constructor` is not).
  if (!LANG_TAG.test(lang)) r.report('dataset.schema', 'warning', M.badLangKey(lang), le.keyRange, { actual: lang });
  if (r.isNull(le.value)) return;
  const items = le.value && isSeq(le.value) ? seqItems(r, le.value, le.valueRange) : [{ node: le.value, range: le.valueRange }];
  for (const it of items) {
    const node = it.node;
    if (node && isMap(node)) {
      const fields = checkKeys(r, r.entries(node), ALIAS_KEYS);
      const te = fields.get('text');
      if (!te) {
        r.report('dataset.schema', 'error', M.missing('text', WHERE.alias), r.headRange(node, it.range));
        continue;
      }
      const text = r.scalarText(te.value);
      if (text === undefined && !r.isNull(te.value)) {
        schemaError(r, te, 'text', 'string');
        continue;
      }
      if (text === undefined || text.trim() === '') {
        r.report('dataset.empty-alias', 'warning', M.emptyAlias(), te.valueRange);
        continue;
      }
      const a: DraftAlias = { text: text.trim(), lang, span: span(r, r.rangeOf(node, it.range)) };
      const cs = fields.get('caseSensitive');
      if (cs) {
        const b = readBool(r, cs);
        if (b !== undefined) a.caseSensitive = b;
      }
      const nc = fields.get('needsContext');
      if (nc) {
        const b = readBool(r, nc);
        if (b !== undefined) a.needsContext = b;
      }
      out.push(a);
      continue;
    }
    const text = r.scalarText(node);
    if (text === undefined && !r.isNull(node)) {
      r.report('dataset.schema', 'error', M.mustBe(`aliases.${lang}`, 'list-of-strings', r.kindOf(node)), it.range, {
        actual: r.snippet(node) || undefined,
      });
      continue;
    }
    if (text === undefined || text.trim() === '') {
      r.report('dataset.empty-alias', 'warning', M.emptyAlias(), it.range);
      continue;
    }
    out.push({ text: text.trim(), lang, span: span(r, it.range) });
  }
}

// ---------------------------------------------------------------------------------------------
// Facts

function readFact(r: Reader, node: YNode | null, range: Range): DraftFact | undefined {
  if (!node || !isMap(node)) {
    r.report('dataset.schema', 'error', M.mustBe('facts[]', 'mapping', r.kindOf(node)), range, {
      actual: r.snippet(node) || undefined,
    });
    return undefined;
  }
  const before = r.errors;
  const fields = checkKeys(r, r.entries(node), FACT_KEYS);
  const head = r.headRange(node, range);
  const pe = fields.get('property');
  let property: string | undefined;
  if (!pe) r.report('dataset.schema', 'error', M.missing('property', WHERE.fact), head);
  else property = readNonEmpty(r, pe, 'property');
  const ve = fields.get('value');
  const value = ve ? readValue(r, ve) : undefined;
  if (!ve) r.report('dataset.schema', 'error', M.missing('value', WHERE.fact), head);
  const qe = fields.get('qualifiers');
  const qualifiers = qe && !r.isNull(qe.value) ? readQualifiers(r, qe) : {};
  const se = fields.get('sources');
  const sourceRanges: Array<SourceRanges | null> = [];
  const sources = se && !r.isNull(se.value) ? readSources(r, se, sourceRanges) : [];
  if (r.errors > before || property === undefined || value === undefined || !pe) return undefined;
  return {
    property,
    propertyRange: pe.valueRange,
    value,
    qualifiers,
    sources,
    ...(sourceRanges.length > 0 ? { sourceRanges } : {}),
    span: span(r, r.rangeOf(node, range)),
  };
}

function readQualifiers(r: Reader, qe: Entry): Qualifiers {
  const q: Qualifiers = {};
  const map = asMap(r, qe);
  if (!map) return q;
  for (const e of r.entries(map)) {
    switch (e.key) {
      case 'asOf':
      case 'from':
      case 'until': {
        const d = readDateField(r, e);
        if (d) q[e.key] = d;
        break;
      }
      case 'status': {
        const s = readNonEmpty(r, e);
        if (s === undefined) break;
        if ((STATUSES as readonly string[]).includes(s)) q.status = s;
        else {
          r.report('dataset.schema', 'error', M.badStatus(s, STATUSES), e.valueRange, {
            actual: s,
            expected: closest(s, STATUSES, STATUSES.length, true),
          });
        }
        break;
      }
      case 'approximate': {
        const b = readBool(r, e);
        if (b !== undefined) q.approximate = b;
        break;
      }
      case 'note': {
        const n = readLocalized(r, e);
        if (n) q.note = n;
        break;
      }
      default:
        setKey(q as Record<string, unknown>, e.key, toPlain(r, e.value, 0));
    }
  }
  return q;
}

/** The sources of a fact; `ranges` gets, per source kept, where its document and quote are written. */
function readSources(r: Reader, se: Entry, ranges: Array<SourceRanges | null>): Source[] {
  const out: Source[] = [];
  const items = se.value && isSeq(se.value) ? seqItems(r, se.value, se.valueRange) : [{ node: se.value, range: se.valueRange }];
  for (const it of items) {
    const node = it.node;
    if (node && isMap(node)) {
      const fields = checkKeys(r, r.entries(node), SOURCE_KEYS);
      const de = fields.get('document');
      if (!de) {
        r.report('dataset.schema', 'error', M.missing('document', WHERE.source), r.headRange(node, it.range));
        continue;
      }
      const document = readNonEmpty(r, de, 'document');
      if (document === undefined) continue;
      const s: Source = { document };
      const at: SourceRanges = { document: de.valueRange };
      const qe = fields.get('quote');
      if (qe) {
        const quote = readNonEmpty(r, qe);
        if (quote !== undefined) {
          s.quote = quote;
          at.quote = qe.valueRange;
        }
      }
      const ue = fields.get('url');
      if (ue) {
        const url = readNonEmpty(r, ue);
        if (url !== undefined) s.url = url;
      }
      const te = fields.get('title');
      if (te) {
        const title = readNonEmpty(r, te);
        if (title !== undefined) s.title = title;
      }
      out.push(s);
      ranges.push(at);
      continue;
    }
    const text = r.scalarText(node);
    if (text === undefined || text.trim() === '') {
      r.report('dataset.schema', 'error', M.mustBe('sources[]', 'mapping', r.kindOf(node)), it.range, {
        actual: r.snippet(node) || undefined,
      });
      continue;
    }
    out.push({ document: text.trim() });
    ranges.push({ document: it.range });
  }
  return out;
}

/** A qualifier kept as written: plain JSON-like data (aliases expanded under the budget). */
function toPlain(r: Reader, raw: unknown, depth: number): unknown {
  const node = r.deref(raw);
  if (node == null || depth > MAX_PLAIN_DEPTH) return null;
  if (isMap(node)) {
    const o: Record<string, unknown> = {};
    for (const p of node.items) {
      const k = r.scalarText(r.deref(p.key));
      if (k !== undefined) setKey(o, k, toPlain(r, p.value, depth + 1));
    }
    return o;
  }
  if (isSeq(node)) return node.items.map((x) => toPlain(r, x, depth + 1));
  const v = node.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : r.scalarText(node);
  if (typeof v === 'bigint') return Number(v);
  return r.scalarText(node) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Tests

function readTest(r: Reader, node: YNode | null, range: Range): DraftTest | undefined {
  if (!node || !isMap(node)) {
    r.report('dataset.schema', 'error', M.mustBe('tests[]', 'mapping', r.kindOf(node)), range, {
      actual: r.snippet(node) || undefined,
    });
    return undefined;
  }
  const before = r.errors;
  const fields = checkKeys(r, r.entries(node), TEST_KEYS);
  const te = fields.get('text');
  let text: string | undefined;
  if (!te) r.report('dataset.schema', 'error', M.missing('text', WHERE.test), r.headRange(node, range));
  else {
    const s = r.scalarText(te.value);
    if (s === undefined || s.trim() === '') {
      if (s === undefined && !r.isNull(te.value)) schemaError(r, te, 'text', 'string');
      else r.report('dataset.schema', 'error', M.emptyField('text'), te.valueRange);
    } else text = s;
  }
  const t: DraftTest = { text: text ?? '', span: span(r, r.rangeOf(node, range)) };
  const le = fields.get('lang');
  if (le) {
    const l = readNonEmpty(r, le);
    if (l !== undefined) t.lang = l;
  }
  const me = fields.get('mentions');
  if (me) {
    const list = r.isNull(me.value) ? [] : readStringList(r, me);
    if (list) {
      t.mentions = list.map((x) => x.text);
      t.mentionRanges = list.map((x) => x.range);
    }
  }
  const ce = fields.get('conflicts');
  if (ce) {
    t.conflicts = [];
    t.conflictRanges = [];
    const seq = r.isNull(ce.value) ? undefined : asSeq(r, ce);
    if (seq) {
      for (const it of seqItems(r, seq, ce.valueRange)) {
        const cn = it.node;
        if (!cn || !isMap(cn)) {
          r.report('dataset.schema', 'error', M.mustBe('conflicts[]', 'mapping', r.kindOf(cn)), it.range, {
            actual: r.snippet(cn) || undefined,
          });
          continue;
        }
        const cf = checkKeys(r, r.entries(cn), CONFLICT_KEYS);
        const ee = cf.get('entity');
        const pe = cf.get('property');
        if (!ee) r.report('dataset.schema', 'error', M.missing('entity', WHERE.conflict), r.headRange(cn, it.range));
        if (!pe) r.report('dataset.schema', 'error', M.missing('property', WHERE.conflict), r.headRange(cn, it.range));
        const entity = ee ? readNonEmpty(r, ee, 'entity') : undefined;
        const property = pe ? readNonEmpty(r, pe, 'property') : undefined;
        if (entity === undefined || property === undefined || !ee || !pe) continue;
        t.conflicts.push({ entity, property });
        t.conflictRanges.push({ entity: ee.valueRange, property: pe.valueRange });
      }
    }
  }
  if (r.errors > before || text === undefined) return undefined;
  return t;
}

// ---------------------------------------------------------------------------------------------
// The standalone view of one file

/** Plain copy of a test without the draft's range bookkeeping. */
export function publicTest(t: DraftTest): DraftTest {
  const out: DraftTest = { text: t.text };
  if (t.lang !== undefined) out.lang = t.lang;
  if (t.mentions !== undefined) out.mentions = [...t.mentions];
  if (t.conflicts !== undefined) out.conflicts = t.conflicts.map((c) => ({ ...c }));
  if (t.span !== undefined) out.span = t.span;
  return out;
}

export function publicAlias(a: DraftAlias): Alias {
  const out: Alias = { text: a.text, lang: a.lang };
  if (a.caseSensitive !== undefined) out.caseSensitive = a.caseSensitive;
  if (a.needsContext !== undefined) out.needsContext = a.needsContext;
  out.span = a.span;
  return out;
}

export function completeProperty(p: DraftProperty & { type: PropertyType }): PropertyDecl {
  const out: PropertyDecl = { name: p.name, type: p.type, label: { ...(p.label ?? {}) }, cues: cloneCues(p.cues) };
  if (p.unit !== undefined && p.type === 'quantity') out.unit = p.unit;
  if (p.family !== undefined) out.family = p.family;
  if (p.multiple !== undefined) out.multiple = p.multiple;
  out.span = p.span;
  return out;
}

export function cloneCues(c: Cues | undefined): Cues {
  const out: Cues = {};
  if (c) for (const [k, v] of Object.entries(c)) if (v) setKey(out as Record<string, string[]>, k, [...v]);
  return out;
}

function standalone(d: DatasetDraft): DatasetFile {
  const local = new Map<string, DraftProperty>();
  for (const p of d.properties) local.set(p.name, { ...local.get(p.name), ...p });
  const properties: PropertyDecl[] = [];
  for (const p of local.values()) if (p.type) properties.push(completeProperty(p as DraftProperty & { type: PropertyType }));
  const entities: Entity[] = d.entities.map((e) => {
    const facts: Fact[] = [];
    for (const f of e.facts) {
      const decl = local.get(f.property);
      const value = guessValue(f.value, f.property, decl);
      if (value) facts.push({ property: f.property, value, qualifiers: { ...f.qualifiers }, sources: f.sources.map((s) => ({ ...s })), span: f.span, ...(f.sourceRanges ? { sourceRanges: f.sourceRanges } : {}) });
    }
    return {
      id: e.id,
      type: e.type ?? '',
      labels: { ...e.labels },
      aliases: e.aliases.map(publicAlias),
      readings: { ...e.readings },
      description: { ...e.description },
      sameAs: [...e.sameAs],
      facts,
      span: e.span,
    };
  });
  return { file: d.file, version: d.version, properties, entities, tests: d.tests.map(publicTest) };
}

