// A thin layer over the yaml library's AST: LSP ranges for nodes, problem reporting, and alias
// resolution with a guard against cycles and "billion laughs" expansion. The loader walks the
// AST itself (never `toJS`), so every value it reads still knows where it came from.

import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { pick, type Localized, type MessageLang } from '../l10n';
import type { Position, Problem, Range, Severity } from '../model';
import { M } from './messages';
import { lineStartsOf } from '../text/lineIndex';

export type YNode = Scalar | YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

/** At most this many nodes may be reached through aliases in one file (the yaml library's
 *  `maxAliasCount` idea, counted in expanded nodes, which a legitimate file rarely exceeds); every
 *  1,000 characters of a text count as one more node, so about 5 MB of text at most. */
export const MAX_ALIAS_EXPANSION = 5000;

export interface Entry {
  key: string;
  keyRange: Range;
  /** The value node, aliases resolved; null when absent or unusable. */
  value: YNode | null;
  /** The value's range, or the key's when the value is absent or empty. */
  valueRange: Range;
  /** From the key's start to the value's end. */
  pairRange: Range;
}

export interface ProblemExtra {
  actual?: string;
  expected?: string[];
  data?: Record<string, unknown>;
}

type NodeRange = readonly [number, number, number] | null | undefined;

/** What the readers of one file's chunks share (see parse.ts: large files are read in chunks). */
export interface ReaderShared {
  problems: Problem[];
  lineStarts: number[];
  aliasBudget: { expanded: number; exceeded: boolean };
}

export class Reader {
  readonly problems: Problem[];
  /** Number of error-severity problems so far; callers compare before/after to drop an item. */
  errors = 0;
  private readonly aliasCache = new Map<Alias, YNode | null>();
  private readonly sizes = new Map<unknown, number>();
  private readonly budget: ReaderShared['aliasBudget'];

  /** Offsets where lines start. The yaml library's LineCounter is not used: it misses lines
   *  inside tokens it recovers from. */
  private readonly lineStarts: number[];

  /**
   * `doc` was parsed from `text` starting at offset `base` (0 for a whole file; a chunk of a
   * large file otherwise): node ranges are relative to `base`, problems are in `text`'s lines.
   */
  constructor(
    readonly file: string,
    readonly text: string,
    readonly doc: Document,
    readonly lang: MessageLang,
    readonly base = 0,
    shared?: ReaderShared,
  ) {
    this.problems = shared?.problems ?? [];
    this.lineStarts = shared?.lineStarts ?? lineStartsOf(text);
    this.budget = shared?.aliasBudget ?? { expanded: 0, exceeded: false };
  }

  /** State for readers of other chunks of the same file. */
  shared(): ReaderShared {
    return { problems: this.problems, lineStarts: this.lineStarts, aliasBudget: this.budget };
  }

  position(offset: number): Position {
    let o = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    // Inside a CRLF pair counts as the end of the line.
    if (o > 0 && this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo]! };
  }

  rangeFromOffsets(start: number, end: number): Range {
    const s = this.position(start);
    const e = this.position(Math.max(start, end));
    return { start: s, end: e };
  }

  /** The range of a node's value (without trailing comments or line breaks). */
  rangeOf(node: unknown, fallback?: Range): Range {
    const r = (node as { range?: NodeRange } | null | undefined)?.range;
    if (r && typeof r[0] === 'number' && typeof r[1] === 'number') {
      const start = r[0] + this.base;
      let end = r[1] + this.base;
      while (end > start && /\s/.test(this.text.charAt(end - 1))) end--;
      if (end > start || !fallback) return this.rangeFromOffsets(start, end);
    }
    return fallback ?? this.rangeFromOffsets(0, 0);
  }

  /** From a node's start to the end of its first line: for "this item lacks X" problems, so a
   *  whole multi-line entity is not underlined. */
  headRange(node: unknown, fallback?: Range): Range {
    const r = (node as { range?: NodeRange } | null | undefined)?.range;
    if (!r) return fallback ?? this.rangeFromOffsets(0, 0);
    const start = r[0] + this.base;
    let end = Math.max(start, r[1] + this.base);
    const nl = this.text.slice(start, end).search(/\r?\n|\r/);
    if (nl >= 0) end = start + nl;
    return this.rangeFromOffsets(start, end);
  }

  report(code: string, severity: Severity, message: Localized, range: Range, extra: ProblemExtra = {}): void {
    const p: Problem = { code, severity, message: pick(message, this.lang), file: this.file, range };
    if (extra.actual !== undefined) p.actual = extra.actual;
    if (extra.expected !== undefined) p.expected = extra.expected;
    if (extra.data !== undefined) p.data = extra.data;
    this.problems.push(p);
    if (severity === 'error') this.errors++;
  }

  /** Resolves aliases; returns null for nothing, an unresolvable alias, or an unknown node. */
  deref(node: unknown): YNode | null {
    if (node == null) return null;
    if (isAlias(node)) return this.resolveAlias(node);
    if (isScalar(node) || isMap(node) || isSeq(node)) return node as YNode;
    return null;
  }

  private resolveAlias(alias: Alias): YNode | null {
    const range = this.rangeOf(alias);
    const name = String(alias.source ?? '');
    if (this.budget.exceeded) return null;
    let target: YNode | null | undefined = this.aliasCache.get(alias);
    if (target === undefined) {
      let found: unknown;
      try {
        found = alias.resolve(this.doc);
      } catch {
        found = undefined;
      }
      target = isScalar(found) || isMap(found) || isSeq(found) ? (found as YNode) : null;
      if (!target) {
        this.report('dataset.yaml-syntax', 'error', M.aliasUnknown(name), range, { actual: '*' + name });
      } else {
        const tr = (target as { range?: NodeRange }).range;
        const ar = (alias as { range?: NodeRange }).range;
        if (tr && ar && ar[0] >= tr[0] && ar[0] < tr[2]) {
          this.report('dataset.yaml-syntax', 'error', M.aliasCycle(name), range, { actual: '*' + name });
          target = null;
        }
      }
      this.aliasCache.set(alias, target);
    }
    if (!target) return null;
    this.budget.expanded += this.sizeOf(target);
    if (this.budget.expanded > MAX_ALIAS_EXPANSION) {
      this.budget.exceeded = true;
      this.report('dataset.yaml-syntax', 'error', M.aliasBudget(name), range, {
        actual: '*' + name,
        data: { reason: 'alias-limit' },
      });
      return null;
    }
    return target;
  }

  /** Nodes in a subtree, aliases counted as the size of what they name (memoised). */
  private sizeOf(node: unknown, depth = 0): number {
    if (node == null || depth > 200) return 1;
    const cached = this.sizes.get(node);
    if (cached !== undefined) return cached;
    this.sizes.set(node, 1); // provisional, breaks cycles
    let n = 1;
    if (isAlias(node)) {
      const t = this.aliasCache.get(node);
      let target: unknown = t;
      if (t === undefined) {
        try {
          target = node.resolve(this.doc);
        } catch {
          target = undefined;
        }
      }
      n = target ? this.sizeOf(target, depth + 1) : 1;
    } else if (isScalar(node)) {
      // Characters count too: every 1,000 of a long text weigh one more node, so that two
      // thousand references to one 1 MB text exceed the budget as two million nodes would.
      const v = node.value;
      if (typeof v === 'string') n += Math.floor(v.length / 1000);
    } else if (isMap(node)) {
      for (const p of node.items) n += this.sizeOf(p.key, depth + 1) + this.sizeOf(p.value, depth + 1);
    } else if (isSeq(node)) {
      for (const it of node.items) n += this.sizeOf(it, depth + 1);
    }
    n = Math.min(n, MAX_ALIAS_EXPANSION * 1000);
    this.sizes.set(node, n);
    return n;
  }

  /** What a node is, for messages. */
  kindOf(node: YNode | null): string {
    if (node == null) return 'null';
    if (isMap(node)) return 'mapping';
    if (isSeq(node)) return 'list';
    const v = (node as Scalar).value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return 'string';
    if (typeof v === 'number' || typeof v === 'bigint') return 'number';
    if (typeof v === 'boolean') return 'boolean';
    if (v instanceof Date) return 'string';
    return 'other';
  }

  isNull(node: YNode | null): boolean {
    return this.kindOf(node) === 'null';
  }

  /** The text of a scalar: strings as they are, numbers and booleans as written, dates (YAML
   *  1.1 timestamps) as `YYYY-MM-DD`. Undefined for anything else. */
  scalarText(node: YNode | null): string | undefined {
    if (!node || !isScalar(node)) return undefined;
    const v = node.value;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
      const src = (node as { source?: unknown }).source;
      return typeof src === 'string' && src !== '' ? src : String(v);
    }
    if (v instanceof Date) return dateToText(v);
    return undefined;
  }

  /** Source text of a node, shortened, for `actual` and messages. */
  snippet(node: unknown, max = 60): string {
    const r = (node as { range?: NodeRange } | null | undefined)?.range;
    if (!r) return '';
    const s = this.text.slice(r[0] + this.base, Math.max(r[0], r[1]) + this.base).replace(/\s+/g, ' ').trim();
    return s.length > max ? s.slice(0, max - 1) + '…' : s;
  }

  /** The entries of a mapping, keys as strings. Complex keys (mappings as keys) are reported. */
  entries(map: YAMLMap<unknown, unknown>): Entry[] {
    const out: Entry[] = [];
    for (const pair of map.items) {
      const keyNode = this.deref(pair.key);
      const keyRange = this.rangeOf(pair.key ?? keyNode, this.rangeOf(pair.value));
      // YAML 1.1 merge keys (`<<`) come as symbols; they are not supported, so they read as the
      // plain key `<<` (an unknown field, as in YAML 1.2).
      const mergeKey = isScalar(keyNode) && typeof keyNode.value === 'symbol' ? '<<' : undefined;
      const key =
        mergeKey ?? this.scalarText(keyNode) ?? (keyNode == null || this.isNull(keyNode) ? '' : undefined);
      if (key === undefined) {
        this.report('dataset.schema', 'error', M.mustBe('key', 'string', this.kindOf(keyNode)), keyRange);
        continue;
      }
      const value = this.deref(pair.value);
      const empty = value == null || this.isNull(value);
      // An alias value points at the alias itself, not at its anchor.
      const valueRange = this.rangeOf(pair.value, keyRange);
      const end = empty ? keyRange.end : valueRange.end;
      out.push({ key, keyRange, value, valueRange, pairRange: { start: keyRange.start, end } });
    }
    return out;
  }
}

export function dateToText(d: Date): string {
  if (Number.isNaN(d.getTime())) return String(d);
  return d.toISOString().slice(0, 10);
}
