// Reading typed fields out of YAML entries, reporting `dataset.schema` / `dataset.unknown-field`
// problems at the offending key or value. Each reader returns undefined when the field is
// unusable (after reporting), so callers simply skip it.

import { isMap, isSeq } from 'yaml';
import type { LocalizedText } from '../model';
import { M, type Kind } from './messages';
import type { Entry, Reader, YNode } from './reader';
import { closest } from './suggest';

export const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** Warns about keys outside `known` and returns the entries whose keys are known. */
export function checkKeys(r: Reader, entries: Entry[], known: readonly string[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const e of entries) {
    if (known.includes(e.key)) {
      out.set(e.key, e);
      continue;
    }
    r.report('dataset.unknown-field', 'warning', M.unknownField(e.key, known), e.keyRange, {
      actual: e.key,
      expected: closest(e.key, known, known.length, true),
    });
  }
  return out;
}

export function schemaError(r: Reader, e: Entry, field: string, kind: Kind): void {
  r.report('dataset.schema', 'error', M.mustBe(field, kind, r.kindOf(e.value)), e.valueRange, {
    actual: r.snippet(e.value) || undefined,
  });
}

export function readString(r: Reader, e: Entry, field = e.key): string | undefined {
  const s = r.scalarText(e.value);
  if (s === undefined) {
    schemaError(r, e, field, 'string');
    return undefined;
  }
  return s;
}

/** A string that must not be blank; trimmed. */
export function readNonEmpty(r: Reader, e: Entry, field = e.key): string | undefined {
  const s = readString(r, e, field);
  if (s === undefined) return undefined;
  const t = s.trim();
  if (t === '') {
    r.report('dataset.schema', 'error', M.emptyField(field), e.valueRange);
    return undefined;
  }
  return t;
}

export function readBool(r: Reader, e: Entry, field = e.key): boolean | undefined {
  const v = e.value && !isMap(e.value) && !isSeq(e.value) ? e.value.value : undefined;
  if (typeof v !== 'boolean') {
    schemaError(r, e, field, 'boolean');
    return undefined;
  }
  return v;
}

export function asMap(r: Reader, e: Entry, field = e.key) {
  if (!e.value || !isMap(e.value)) {
    schemaError(r, e, field, 'mapping');
    return undefined;
  }
  return e.value;
}

export function asSeq(r: Reader, e: Entry, field = e.key) {
  if (!e.value || !isSeq(e.value)) {
    schemaError(r, e, field, 'list');
    return undefined;
  }
  return e.value;
}

export interface Item {
  node: YNode | null;
  range: ReturnType<Reader['rangeOf']>;
}

/** Items of a sequence, aliases resolved, each with its range (the alias's, when aliased). */
export function seqItems(r: Reader, seq: YNode, fallback: Item['range']): Item[] {
  if (!isSeq(seq)) return [];
  return seq.items.map((raw) => ({ node: r.deref(raw), range: r.rangeOf(raw, fallback) }));
}

/**
 * Text per language: `{en: …, ja: …}`. Keys should look like language tags (a warning
 * otherwise). Blank texts are dropped; `onBlank` may report them.
 */
export function readLocalized(
  r: Reader,
  e: Entry,
  field = e.key,
  onBlank?: (lang: string, entry: Entry) => void,
): LocalizedText | undefined {
  const map = asMap(r, e, field);
  if (!map) return undefined;
  const out: LocalizedText = {};
  for (const le of r.entries(map)) {
    if (!LANG_TAG.test(le.key)) {
      r.report('dataset.schema', 'warning', M.badLangKey(le.key), le.keyRange, { actual: le.key });
    }
    const s = readString(r, le, `${field}.${le.key}`);
    if (s === undefined) continue;
    if (s.trim() === '') {
      onBlank?.(le.key, le);
      continue;
    }
    setKey(out as Record<string, string>, le.key, s.trim());
  }
  return out;
}

/** A list of strings, or a single string standing for a one-item list. Blank items are skipped. */
export function readStringList(r: Reader, e: Entry, field = e.key): Array<{ text: string; range: Item['range'] }> | undefined {
  if (e.value && isSeq(e.value)) {
    const out: Array<{ text: string; range: Item['range'] }> = [];
    for (const it of seqItems(r, e.value, e.valueRange)) {
      const s = r.scalarText(it.node);
      if (s === undefined) {
        r.report('dataset.schema', 'error', M.mustBe(field, 'list-of-strings', r.kindOf(it.node)), it.range, {
          actual: r.snippet(it.node) || undefined,
        });
        continue;
      }
      if (s.trim() === '') continue;
      out.push({ text: s.trim(), range: it.range });
    }
    return out;
  }
  const s = r.scalarText(e.value);
  if (s !== undefined) return s.trim() === '' ? [] : [{ text: s.trim(), range: e.valueRange }];
  schemaError(r, e, field, 'list-of-strings');
  return undefined;
}

/** Sets a key on a plain object even when it is `__proto__` (user keys never touch prototypes). */
export function setKey<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
