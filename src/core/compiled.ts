// A compiled dataset: the merged dataset, its problems and its alias index (the automaton
// included) as plain data, so that a host can keep them on disk and start the next run without
// parsing YAML or building a matcher. Pure and I/O-free like the rest of the core: the host
// decides where the bytes go (the CLI: a cache file written with `v8.serialize`) and keys them
// by a hash of the dataset texts; this module only turns a loaded state into plain data and back.
//
// Layout, chosen so that reading it back costs next to nothing:
// - entities: each entity's JSON in UTF-8, concatenated, with end offsets; an entity is decoded
//   and parsed the first time it is asked for (a check touches only the entities its note
//   mentions; bytes, not a string, because a large string with any Japanese in it is UTF-16
//   and costs milliseconds per megabyte to copy in and out);
// - aliases: columns (typed arrays, and the texts and keys concatenated with end offsets);
// - the matcher: its typed arrays as they are;
// - the rest (properties, tests, file order, problems): one small JSON text.
// Only data that survives JSON exactly is compiled (no `undefined` fields, non-finite numbers or
// class instances); anything else makes `compileDataset` answer `undefined` and the host simply
// does not cache. `restoreCompiled` checks what it reads and answers `undefined` for anything it
// does not recognise (a foreign or damaged file): never an exception.

import type { Dataset, DatasetTest, Entity, Lang, Problem, PropertyDecl } from './model';
import { KeywordMatcher } from './match/keywordMatcher';
import { matcherFor, type AliasEntry, type AliasIndex, type CaseMode } from './recognize/aliasIndex';

/** Bump when the layout below or the meaning of a field changes. */
export const COMPILED_FORMAT = 4;

type MatcherField = number | boolean | string | ArrayBufferView;

export interface CompiledDataset {
  format: number;
  /** The message language the problems were written in ('' for the default). */
  messageLang: string;
  /** JSON of `CompiledHead`. */
  head: string;
  /** Each entity's JSON in UTF-8, concatenated; entity k ends at byte `entityEnds[k]`. */
  entities: Uint8Array;
  entityEnds: Int32Array;
  aliases: {
    /** Index into `entityIds`. */
    entity: Int32Array;
    /** Index into `langs`. */
    lang: Uint16Array;
    /**
     * Bits 0–1: case mode; 2: needs context; 3: starts with katakana; 4: ends with katakana;
     * 5: a surname; 6: a person's name; 7: a Japanese organisation's; 8: a place's.
     */
    flags: Uint16Array;
    kanjiOnlyLength: Int32Array;
    texts: string;
    textEnds: Int32Array;
    keys: string;
    keyEnds: Int32Array;
  };
  /** The matcher's own fields, as built; absent when it holds anything but numbers and typed arrays. */
  matcher?: Record<string, MatcherField>;
}

interface CompiledHead {
  properties: PropertyDecl[];
  tests: DatasetTest[];
  files: string[];
  entityIds: string[];
  langs: string[];
  loadProblems: Problem[];
  indexProblems: Problem[];
  /** Per alias (by its index), the entities that lend a short form its context (`AliasEntry.contextFrom`). */
  contextFrom: Array<[number, string[]]>;
}

/** What `restoreCompiled` gives back: the state `loadDatasets` + `buildAliasIndex` would make. */
export interface RestoredDataset {
  dataset: Dataset;
  loadProblems: Problem[];
  /** The alias index over every name (no language filter). */
  index: AliasIndex;
}

const CASE_MODES: CaseMode[] = ['exact', 'notAllLower', 'any'];

/**
 * The loaded state as plain data; `index` must be the unfiltered alias index of `dataset`.
 * `undefined` when some value would not come back exactly (the host then does not cache).
 */
export function compileDataset(dataset: Dataset, loadProblems: readonly Problem[], index: AliasIndex, messageLang: string | undefined): CompiledDataset | undefined {
  try {
    const entityIds: string[] = [];
    const position = new Map<string, number>();
    const encoder = new TextEncoder();
    let bytes = new Uint8Array(1 << 16);
    const entityEnds = new Int32Array(dataset.entities.size);
    let end = 0;
    for (const [id, entity] of dataset.entities) {
      if (!exactJson(entity)) return undefined;
      const json = JSON.stringify(entity);
      // UTF-8 takes at most 3 bytes per UTF-16 code unit.
      if (end + 3 * json.length > bytes.length) {
        const grown = new Uint8Array(Math.max(2 * bytes.length, end + 3 * json.length));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      end += encoder.encodeInto(json, bytes.subarray(end)).written;
      position.set(id, entityIds.length);
      entityEnds[entityIds.length] = end;
      entityIds.push(id);
    }
    const properties = [...dataset.properties.values()];
    const rest = { properties, tests: dataset.tests, files: dataset.files, loadProblems, indexProblems: index.problems };
    if (!exactJson(rest)) return undefined;

    const entries = index.entries;
    const n = entries.length;
    const langs: string[] = [];
    const langIndex = new Map<string, number>();
    const contextFrom: Array<[number, string[]]> = [];
    const aliases = {
      entity: new Int32Array(n),
      lang: new Uint16Array(n),
      flags: new Uint16Array(n),
      kanjiOnlyLength: new Int32Array(n),
      texts: '',
      textEnds: new Int32Array(n),
      keys: '',
      keyEnds: new Int32Array(n),
    };
    const texts: string[] = new Array(n);
    const keys: string[] = new Array(n);
    let textEnd = 0;
    let keyEnd = 0;
    for (let k = 0; k < n; k++) {
      const e = entries[k]!;
      const at = position.get(e.entity);
      const mode = CASE_MODES.indexOf(e.caseMode);
      if (at === undefined || mode < 0 || typeof e.text !== 'string' || typeof e.key !== 'string' || typeof e.lang !== 'string') return undefined;
      let l = langIndex.get(e.lang);
      if (l === undefined) {
        l = langs.length;
        if (l > 0xffff) return undefined;
        langs.push(e.lang);
        langIndex.set(e.lang, l);
      }
      aliases.entity[k] = at;
      aliases.lang[k] = l;
      aliases.flags[k] = mode | (e.needsContext ? 4 : 0) | (e.startsWithKatakana ? 8 : 0) | (e.endsWithKatakana ? 16 : 0) | (e.surname ? 32 : 0) | (e.person ? 64 : 0) | (e.japanese ? 128 : 0) | (e.place ? 256 : 0);
      if (e.contextFrom) contextFrom.push([k, [...e.contextFrom]]);
      aliases.kanjiOnlyLength[k] = e.kanjiOnlyLength;
      texts[k] = e.text;
      keys[k] = e.key;
      textEnd += e.text.length;
      keyEnd += e.key.length;
      aliases.textEnds[k] = textEnd;
      aliases.keyEnds[k] = keyEnd;
    }
    aliases.texts = texts.join('');
    aliases.keys = keys.join('');
    const head: CompiledHead = { ...rest, loadProblems: [...loadProblems], entityIds, langs, contextFrom };
    return {
      format: COMPILED_FORMAT,
      messageLang: messageLang ?? '',
      head: JSON.stringify(head),
      entities: bytes.slice(0, end),
      entityEnds,
      aliases,
      matcher: matcherFields(index.matcher),
    };
  } catch {
    return undefined;
  }
}

/**
 * The state a compiled dataset stands for, or `undefined` when `data` is not one this engine
 * wrote for `messageLang` (another format, a damaged or foreign file). Never throws.
 */
export function restoreCompiled(data: unknown, messageLang: string | undefined): RestoredDataset | undefined {
  try {
    if (!isCompiled(data) || data.format !== COMPILED_FORMAT || data.messageLang !== (messageLang ?? '')) return undefined;
    const head = JSON.parse(data.head) as CompiledHead;
    if (!isHead(head)) return undefined;
    const count = head.entityIds.length;
    const ends = data.entityEnds;
    if (ends.length !== count || (count > 0 && ends[count - 1] !== data.entities.length) || (count > 0 && ends[0]! < 0)) return undefined;
    for (let k = 1; k < count; k++) if (ends[k]! < ends[k - 1]!) return undefined;

    const a = data.aliases;
    const n = a.entity.length;
    if (a.lang.length !== n || a.flags.length !== n || a.kanjiOnlyLength.length !== n || a.textEnds.length !== n || a.keyEnds.length !== n) return undefined;
    if ((n > 0 && (a.textEnds[n - 1] !== a.texts.length || a.keyEnds[n - 1] !== a.keys.length)) || (n === 0 && (a.texts !== '' || a.keys !== ''))) return undefined;
    const entries: AliasEntry[] = new Array(n);
    let textStart = 0;
    let keyStart = 0;
    for (let k = 0; k < n; k++) {
      const entity = head.entityIds[a.entity[k]!];
      const lang: Lang | undefined = head.langs[a.lang[k]!];
      const flags = a.flags[k]!;
      const caseMode = CASE_MODES[flags & 3];
      const textEnd = a.textEnds[k]!;
      const keyEnd = a.keyEnds[k]!;
      if (entity === undefined || lang === undefined || caseMode === undefined || textEnd < textStart || keyEnd <= keyStart) return undefined;
      entries[k] = {
        entity,
        lang,
        text: a.texts.slice(textStart, textEnd),
        key: a.keys.slice(keyStart, keyEnd),
        caseMode,
        needsContext: (flags & 4) !== 0,
        kanjiOnlyLength: a.kanjiOnlyLength[k]!,
        startsWithKatakana: (flags & 8) !== 0,
        endsWithKatakana: (flags & 16) !== 0,
        surname: (flags & 32) !== 0,
        person: (flags & 64) !== 0,
        ...((flags & 128) !== 0 ? { japanese: true } : {}),
        ...((flags & 256) !== 0 ? { place: true } : {}),
      };
      textStart = textEnd;
      keyStart = keyEnd;
    }
    for (const [k, from] of head.contextFrom) {
      const entry = entries[k];
      if (!entry) return undefined;
      entry.contextFrom = [...from];
    }
    const matcher = (data.matcher && matcherFrom(data.matcher, entries)) || matcherFor(entries);

    const properties = new Map<string, PropertyDecl>();
    for (const p of head.properties) properties.set(p.name, p);
    const entities = new LazyEntities(head.entityIds, data.entities, ends);
    const dataset: Dataset = { properties, entities, tests: head.tests, files: head.files };
    return { dataset, loadProblems: head.loadProblems, index: { matcher, entries, problems: head.indexProblems } };
  } catch {
    return undefined;
  }
}

/**
 * The entities of a compiled dataset: a `Map` that parses an entity from its JSON the first time
 * it is asked for. `get`, `has` and `size` stay lazy; anything that walks or changes the map
 * parses every entity first, in the original order, and from then on it is a plain `Map`.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });

class LazyEntities extends Map<string, Entity> {
  private positions: Map<string, number> | undefined;
  private complete = false;

  constructor(
    private readonly ids: readonly string[],
    private readonly bytes: Uint8Array,
    private readonly ends: Int32Array,
  ) {
    super();
  }

  private at(id: string): number | undefined {
    if (!this.positions) {
      this.positions = new Map();
      for (let k = 0; k < this.ids.length; k++) this.positions.set(this.ids[k]!, k);
    }
    return this.positions.get(id);
  }

  private parse(k: number): Entity {
    return JSON.parse(utf8.decode(this.bytes.subarray(k === 0 ? 0 : this.ends[k - 1]!, this.ends[k]!))) as Entity;
  }

  private all(): void {
    if (this.complete) return;
    this.complete = true;
    const parsed: Entity[] = new Array(this.ids.length);
    for (let k = 0; k < this.ids.length; k++) parsed[k] = super.get(this.ids[k]!) ?? this.parse(k);
    super.clear();
    for (let k = 0; k < this.ids.length; k++) super.set(this.ids[k]!, parsed[k]!);
    this.positions = undefined;
  }

  override get(id: string): Entity | undefined {
    if (this.complete) return super.get(id);
    const known = super.get(id);
    if (known !== undefined) return known;
    const k = this.at(id);
    if (k === undefined) return undefined;
    const entity = this.parse(k);
    super.set(id, entity);
    return entity;
  }

  override has(id: string): boolean {
    return this.complete ? super.has(id) : this.at(id) !== undefined;
  }

  override get size(): number {
    return this.complete ? super.size : this.ids.length;
  }

  override set(id: string, entity: Entity): this {
    this.all();
    return super.set(id, entity);
  }

  override delete(id: string): boolean {
    this.all();
    return super.delete(id);
  }

  override clear(): void {
    this.all();
    super.clear();
  }

  override forEach(callback: (value: Entity, key: string, map: Map<string, Entity>) => void, thisArg?: unknown): void {
    this.all();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<string> {
    this.all();
    return super.keys();
  }

  override values(): MapIterator<Entity> {
    this.all();
    return super.values();
  }

  override entries(): MapIterator<[string, Entity]> {
    this.all();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, Entity]> {
    this.all();
    return super[Symbol.iterator]();
  }
}

/** The matcher's own fields when they are all numbers, strings, booleans or typed arrays. */
function matcherFields(matcher: KeywordMatcher): Record<string, MatcherField> | undefined {
  const fields: Record<string, MatcherField> = {};
  for (const [name, value] of Object.entries(matcher)) {
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' || (ArrayBuffer.isView(value) && !(value instanceof DataView))) fields[name] = value;
    else return undefined;
  }
  return fields;
}

/**
 * A matcher from its fields, when they are the fields this build's matcher has (same names, same
 * kinds) and it finds the keys it was built for; else `undefined` (the caller rebuilds it).
 */
function matcherFrom(fields: Record<string, unknown>, entries: readonly AliasEntry[]): KeywordMatcher | undefined {
  const probe = KeywordMatcher.build(['a']) as unknown as Record<string, unknown>;
  const names = Object.keys(probe);
  const given = Object.keys(fields);
  if (names.length !== given.length || names.some((name, k) => given[k] !== name || kind(probe[name]) !== kind(fields[name]))) return undefined;
  const matcher = Object.create(KeywordMatcher.prototype) as Record<string, unknown>;
  for (const name of names) matcher[name] = fields[name];
  const restored = matcher as unknown as KeywordMatcher;
  if (restored.termIds.length !== entries.length || !restored.wellFormed(entries.length) || !findsKeys(restored, entries)) return undefined;
  return restored;
}

function kind(v: unknown): string {
  return ArrayBuffer.isView(v) ? (v.constructor as { name: string }).name : typeof v;
}

/** Does the matcher find a few of its keys (first, middle, last) where they are? */
function findsKeys(matcher: KeywordMatcher, entries: readonly AliasEntry[]): boolean {
  const n = entries.length;
  for (const k of n === 0 ? [] : [0, n >> 1, n - 1]) {
    const key = entries[k]!.key;
    const codes = new Uint16Array(key.length);
    for (let i = 0; i < key.length; i++) codes[i] = key.charCodeAt(i);
    let found = false;
    matcher.scan(codes, 0, codes.length, (start, end, ids) => {
      if (start === 0 && end === codes.length && ids.includes(k)) found = true;
      return false;
    });
    if (!found) return false;
  }
  return true;
}

function isCompiled(v: unknown): v is CompiledDataset {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  const a = d.aliases as Record<string, unknown> | undefined;
  return (
    typeof d.format === 'number' &&
    typeof d.messageLang === 'string' &&
    typeof d.head === 'string' &&
    d.entities instanceof Uint8Array &&
    d.entityEnds instanceof Int32Array &&
    (d.matcher === undefined || (typeof d.matcher === 'object' && d.matcher !== null)) &&
    !!a &&
    typeof a === 'object' &&
    a.entity instanceof Int32Array &&
    a.lang instanceof Uint16Array &&
    a.flags instanceof Uint16Array &&
    a.kanjiOnlyLength instanceof Int32Array &&
    typeof a.texts === 'string' &&
    a.textEnds instanceof Int32Array &&
    typeof a.keys === 'string' &&
    a.keyEnds instanceof Int32Array
  );
}

function isHead(h: unknown): h is CompiledHead {
  if (!h || typeof h !== 'object') return false;
  const x = h as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return (
    Array.isArray(x.properties) &&
    x.properties.every((p) => !!p && typeof p === 'object' && typeof (p as PropertyDecl).name === 'string') &&
    Array.isArray(x.tests) &&
    strings(x.files) &&
    strings(x.entityIds) &&
    strings(x.langs) &&
    Array.isArray(x.loadProblems) &&
    Array.isArray(x.indexProblems) &&
    Array.isArray(x.contextFrom) &&
    x.contextFrom.every((c) => Array.isArray(c) && c.length === 2 && Number.isInteger(c[0]) && strings(c[1]))
  );
}

/**
 * Does `v` come back from JSON exactly: only plain objects, arrays, strings, booleans, null and
 * finite numbers (not -0), and no `undefined` (neither as a field nor in an array)?
 */
function exactJson(v: unknown, depth = 0): boolean {
  if (v === null) return true;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object': {
      if (depth > 64) return false;
      if (Array.isArray(v)) {
        for (let k = 0; k < v.length; k++) if (!(k in v) || !exactJson(v[k], depth + 1)) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in v) if (!exactJson((v as Record<string, unknown>)[key], depth + 1)) return false;
      return Object.getOwnPropertySymbols(v).length === 0;
    }
    default:
      return false;
  }
}
