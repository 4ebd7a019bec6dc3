// Merging dataset files in load order (docs/dataset-format.md, "Several files"), then the checks
// that need every file: unknown properties, values that do not fit their property's type, and
// entity values naming ids no file has. Alias conflicts between entities are the matcher's job.

import { pick, type Localized } from '../l10n';
import type {
  Dataset,
  DatasetFile,
  DatasetTest,
  Entity,
  Fact,
  LocalizedText,
  Problem,
  PropertyDecl,
  PropertyType,
  Range,
  ScalarValue,
  Severity,
  Value,
} from '../model';
import { setKey } from './fields';
import { M } from './messages';
import { cloneCues, completeProperty, publicAlias, publicTest } from './parse';
import { closest } from './suggest';
import type {
  DatasetDraft,
  DraftAlias,
  DraftEntity,
  DraftFact,
  DraftProperty,
  DraftTest,
  LoadOptions,
  LoadResult,
  ParsedDatasetFile,
  RawValue,
} from './types';
import { resolveValue } from './values';

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

type Report = (file: string, code: string, severity: Severity, msg: Localized, range: Range, extra?: Partial<Problem>) => void;

function isParsed(f: DatasetFile | ParsedDatasetFile): f is ParsedDatasetFile {
  return typeof f === 'object' && f !== null && 'draft' in f && typeof (f as ParsedDatasetFile).draft === 'object';
}

/**
 * Merges files in the order given (later files extend and override earlier ones) and checks
 * references across them. Accepts what `parseDatasetFile` returns (preferred: shorthand values
 * are resolved against the merged property declarations) or plain `DatasetFile`s.
 */
export function mergeDatasetFiles(
  files: ReadonlyArray<DatasetFile | ParsedDatasetFile>,
  options: LoadOptions = {},
): LoadResult<Dataset> {
  const lang = options.lang === 'ja' ? 'ja' : 'en';
  const problems: Problem[] = [];
  const report: Report = (file, code, severity, msg, range, extra = {}) => {
    const p: Problem = { code, severity, message: pick(msg, lang), file, range };
    if (extra.actual !== undefined) p.actual = extra.actual;
    if (extra.expected !== undefined) p.expected = extra.expected;
    if (extra.data !== undefined) p.data = extra.data;
    problems.push(p);
  };
  const drafts: DatasetDraft[] = [];
  for (const f of Array.isArray(files) ? files : []) {
    try {
      drafts.push(isParsed(f) ? f.draft : draftOf(f, report));
    } catch (err) {
      const file = typeof (f as DatasetFile)?.file === 'string' ? (f as DatasetFile).file : '';
      report(file, 'dataset.schema', 'error', M.internal(err instanceof Error ? err.message : String(err)), ZERO);
    }
  }

  const properties = mergeProperties(drafts, report);
  const states = mergeEntities(drafts, report);
  const entities = new Map<string, Entity>();
  for (const s of states.values()) entities.set(s.id, s.entity);
  for (const s of states.values()) s.entity.facts = resolveFacts(s, properties, entities, report);

  const tests: DatasetTest[] = [];
  for (const d of drafts) {
    for (const t of d.tests) {
      checkTest(d.file, t, properties, entities, report);
      tests.push(publicTest(t));
    }
  }
  return {
    dataset: { properties: properties.decls, entities, tests, files: drafts.map((d) => d.file) },
    problems,
  };
}

// ---------------------------------------------------------------------------------------------
// Properties: the later declaration wins field by field (labels per language, cues per language).

interface MergedProperties {
  decls: Map<string, PropertyDecl>;
  /** Declared, but without a usable type: facts are dropped silently (the declaration was reported). */
  broken: Set<string>;
}

function mergeProperties(drafts: DatasetDraft[], report: Report): MergedProperties {
  const acc = new Map<string, { p: DraftProperty; file: string; invalid: boolean }>();
  for (const d of drafts) {
    for (const p of d.properties) {
      const s = acc.get(p.name);
      if (!s) {
        acc.set(p.name, {
          p: { ...p, label: p.label ? { ...p.label } : undefined, cues: p.cues ? cloneCues(p.cues) : undefined },
          file: d.file,
          invalid: !!p.typeInvalid,
        });
        continue;
      }
      const m = s.p;
      if (p.type !== undefined) m.type = p.type;
      if (p.typeInvalid) s.invalid = true;
      if (p.unit !== undefined) m.unit = p.unit;
      if (p.family !== undefined) m.family = p.family;
      if (p.multiple !== undefined) m.multiple = p.multiple;
      if (p.label) m.label = mergeText(m.label ?? {}, p.label);
      if (p.cues) {
        const cues = cloneCues(m.cues);
        for (const [k, v] of Object.entries(p.cues)) if (v) setKey(cues as Record<string, string[]>, k, [...v]);
        m.cues = cues;
      }
      m.span = p.span;
    }
  }
  const decls = new Map<string, PropertyDecl>();
  const broken = new Set<string>();
  for (const [name, s] of acc) {
    if (s.p.type === undefined) {
      broken.add(name);
      if (!s.invalid) {
        report(s.file, 'dataset.schema', 'error', M.propertyNoType(name), s.p.nameRange, {
          actual: name,
          expected: ['quantity', 'money', 'date', 'entity', 'text'],
        });
      }
      continue;
    }
    decls.set(name, completeProperty(s.p as DraftProperty & { type: PropertyType }));
  }
  return { decls, broken };
}

function mergeText(a: LocalizedText, b: LocalizedText): LocalizedText {
  const out: LocalizedText = {};
  for (const [k, v] of Object.entries(a)) if (v !== undefined) setKey(out as Record<string, string>, k, v);
  for (const [k, v] of Object.entries(b)) if (v !== undefined) setKey(out as Record<string, string>, k, v);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entities: a later file extends an entity by giving its id again.

interface EntityState {
  id: string;
  file: string;
  idRange: Range;
  typed: boolean;
  entity: Entity;
  aliases: DraftAlias[];
  facts: Array<{ fact: DraftFact; file: string }>;
}

function mergeEntities(drafts: DatasetDraft[], report: Report): Map<string, EntityState> {
  const states = new Map<string, EntityState>();
  for (const d of drafts) {
    for (const e of d.entities) {
      const s = states.get(e.id);
      if (!s) {
        states.set(e.id, {
          id: e.id,
          file: d.file,
          idRange: e.idRange,
          typed: e.type !== undefined,
          aliases: e.aliases.map((a) => ({ ...a })),
          facts: e.facts.map((fact) => ({ fact, file: d.file })),
          entity: {
            id: e.id,
            type: e.type ?? '',
            labels: mergeText({}, e.labels),
            aliases: [],
            readings: mergeText({}, e.readings),
            description: mergeText({}, e.description),
            sameAs: dedupe(e.sameAs),
            facts: [],
            span: e.span,
          },
        });
        continue;
      }
      extend(s, e, d.file);
    }
  }
  for (const s of states.values()) {
    if (!s.typed) {
      report(s.file, 'dataset.schema', 'error', M.entityNoType(s.id), s.idRange, { actual: s.id });
      s.entity.type = 'thing';
    }
    s.entity.aliases = s.aliases.map(publicAlias);
  }
  return states;
}

function extend(s: EntityState, e: DraftEntity, file: string): void {
  const ent = s.entity;
  if (e.type !== undefined) {
    ent.type = e.type;
    s.typed = true;
  }
  ent.labels = mergeText(ent.labels, e.labels);
  ent.readings = mergeText(ent.readings, e.readings);
  ent.description = mergeText(ent.description, e.description);
  for (const a of e.aliases) {
    // The same alias again replaces the earlier one (its flags may have changed).
    s.aliases = s.aliases.filter((x) => !(x.lang === a.lang && x.text === a.text));
    s.aliases.push({ ...a });
  }
  ent.sameAs = dedupe([...ent.sameAs, ...e.sameAs]);
  const replaced = new Set(e.facts.map((f) => f.property));
  s.facts = s.facts.filter((f) => !replaced.has(f.fact.property)).concat(e.facts.map((fact) => ({ fact, file })));
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

// ---------------------------------------------------------------------------------------------
// Facts: resolved against the merged declarations; entity values must name known ids.

function resolveFacts(
  s: EntityState,
  props: MergedProperties,
  entities: Map<string, Entity>,
  report: Report,
): Fact[] {
  const out: Fact[] = [];
  for (const { fact, file } of s.facts) {
    if (props.broken.has(fact.property)) continue;
    const decl = props.decls.get(fact.property);
    if (!decl) {
      report(file, 'dataset.unknown-property', 'error', M.unknownProperty(fact.property, closest(fact.property, props.decls.keys()), true), fact.propertyRange, {
        actual: fact.property,
        expected: closest(fact.property, props.decls.keys()),
        data: { entity: s.id, property: fact.property },
      });
      continue;
    }
    const res = resolveValue(fact.value, fact.property, decl);
    if (!res.value) {
      for (const i of res.issues) {
        report(file, 'dataset.invalid-value', 'error', i.message, i.range, {
          actual: i.actual,
          data: { entity: s.id, property: fact.property, type: decl.type },
        });
      }
      continue;
    }
    let ok = true;
    const items: ScalarValue[] = res.value.kind === 'list' ? res.value.items : [res.value];
    items.forEach((v, i) => {
      if (v.kind !== 'entity' || entities.has(v.id)) return;
      ok = false;
      const range = fact.value.items[i]?.range ?? fact.value.range;
      const near = closest(v.id, entities.keys());
      report(file, 'dataset.unknown-entity', 'error', M.unknownEntity(v.id, near, true), range, {
        actual: v.id,
        expected: near,
        data: { entity: s.id, property: fact.property, id: v.id },
      });
    });
    if (!ok) continue;
    out.push({
      property: fact.property,
      value: res.value,
      qualifiers: { ...fact.qualifiers },
      sources: fact.sources.map((x) => ({ ...x })),
      span: fact.span,
      ...(fact.sourceRanges ? { sourceRanges: fact.sourceRanges } : {}),
    });
  }
  return out;
}

function checkTest(
  file: string,
  t: DraftTest,
  props: MergedProperties,
  entities: Map<string, Entity>,
  report: Report,
): void {
  const fallback = t.span?.range ?? ZERO;
  const unknownEntity = (id: string, range: Range) => {
    const near = closest(id, entities.keys());
    report(file, 'dataset.unknown-entity', 'error', M.unknownEntity(id, near, false), range, {
      actual: id,
      expected: near,
      data: { id },
    });
  };
  (t.mentions ?? []).forEach((id, i) => {
    if (!entities.has(id)) unknownEntity(id, t.mentionRanges?.[i] ?? fallback);
  });
  (t.conflicts ?? []).forEach((c, i) => {
    const ranges = t.conflictRanges?.[i];
    if (!entities.has(c.entity)) unknownEntity(c.entity, ranges?.entity ?? fallback);
    if (!props.decls.has(c.property) && !props.broken.has(c.property)) {
      const near = closest(c.property, props.decls.keys());
      report(file, 'dataset.unknown-property', 'error', M.unknownProperty(c.property, near, false), ranges?.property ?? fallback, {
        actual: c.property,
        expected: near,
        data: { property: c.property },
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Plain DatasetFiles (built by hand, or deserialised) become drafts with resolved values.

function rawOf(v: Value, range: Range): RawValue {
  const items: ScalarValue[] = v.kind === 'list' ? v.items : [v];
  return {
    list: v.kind === 'list',
    items: items.map((value) => ({ form: 'full' as const, value, range, text: describe(value) })),
    range,
    text: v.kind === 'list' ? `[${items.map(describe).join(', ')}]` : describe(v),
  };
}

function describe(v: ScalarValue): string {
  switch (v.kind) {
    case 'quantity':
      return v.unit ? `${v.amount} ${v.unit}` : String(v.amount);
    case 'money':
      return `${v.amount} ${v.currency}`;
    case 'date':
      return [v.year, v.month, v.day]
        .filter((x) => x !== undefined)
        .map((x, i) => (i === 0 ? String(x).padStart(4, '0') : String(x).padStart(2, '0')))
        .join('-');
    case 'entity':
      return v.id;
    case 'text':
      return Object.values(v.text)[0] ?? '';
    default:
      return '';
  }
}

function draftOf(f: DatasetFile, report: Report): DatasetDraft {
  const file = f.file;
  const at = (sp: { range: Range } | undefined) => sp?.range ?? ZERO;
  const spanOf = (sp: { file: string; range: Range } | undefined) => sp ?? { file, range: ZERO };
  const properties: DraftProperty[] = (f.properties ?? []).map((p) => ({
    name: p.name,
    nameRange: at(p.span),
    span: spanOf(p.span),
    type: p.type,
    unit: p.unit,
    label: p.label,
    cues: p.cues,
    family: p.family,
    multiple: p.multiple,
  }));
  const seen = new Set<string>();
  const entities: DraftEntity[] = [];
  for (const e of f.entities ?? []) {
    if (seen.has(e.id)) {
      report(file, 'dataset.duplicate-id', 'error', M.duplicateId(e.id), at(e.span), { actual: e.id, data: { id: e.id } });
      continue;
    }
    seen.add(e.id);
    entities.push({
      id: e.id,
      idRange: at(e.span),
      span: spanOf(e.span),
      type: e.type ? e.type : undefined,
      labels: e.labels ?? {},
      aliases: (e.aliases ?? []).map((a) => ({ ...a, span: spanOf(a.span ?? e.span) })),
      readings: e.readings ?? {},
      description: e.description ?? {},
      sameAs: e.sameAs ?? [],
      facts: (e.facts ?? []).map((x) => ({
        property: x.property,
        propertyRange: at(x.span),
        value: rawOf(x.value, at(x.span)),
        qualifiers: x.qualifiers ?? {},
        sources: x.sources ?? [],
        span: spanOf(x.span ?? e.span),
      })),
    });
  }
  return { file, version: f.version, properties, entities, tests: (f.tests ?? []).map((t) => ({ ...t })) };
}
