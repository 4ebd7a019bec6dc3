// Values: reading them from YAML (checks that hold whatever the property's type) and resolving
// them against a property declaration (checks that need the type). See docs/dataset-format.md,
// "Values".

import { isMap, isScalar, isSeq } from 'yaml';
import type { Localized } from '../l10n';
import type {
  DateValue,
  LocalizedText,
  PropertyType,
  Range,
  ScalarValue,
  Value,
} from '../model';
import { checkKeys, readLocalized, seqItems } from './fields';
import { M } from './messages';
import type { Entry, Reader, YNode } from './reader';
import type { RawScalar, RawValue } from './types';
import { ENTITY_ID } from './ids';

export { ENTITY_ID, ENTITY_TYPE, idFromName } from './ids';

export const PROPERTY_TYPES: readonly PropertyType[] = ['quantity', 'money', 'date', 'entity', 'text'];
const CURRENCY = /^[A-Z]{3}$/;
const DATE_TEXT = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

// ---------------------------------------------------------------------------------------------
// Dates

/** `2025`, `2025-03`, `2025-03-24` (also `2025-3-4`); undefined when not a real date. */
export function parseDateText(text: string): DateValue | undefined {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { kind: 'date', year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { kind: 'date', year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { kind: 'date', year, month, day, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A date from a number (a year) or a string. */
export function dateFrom(value: string | number): DateValue | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 9999
      ? { kind: 'date', year: value, precision: 'year' }
      : undefined;
  }
  return parseDateText(value);
}

/** A scalar date node (number or string). Reports `dataset.invalid-value` when it is not one. */
export function readDateNode(r: Reader, node: YNode | null, range: Range): DateValue | undefined {
  const v = isScalar(node) ? node.value : undefined;
  const text = r.scalarText(node);
  const d =
    typeof v === 'number' ? dateFrom(v) : text !== undefined && typeof v !== 'boolean' ? dateFrom(text) : undefined;
  if (!d) {
    const shown = text ?? r.snippet(node);
    r.report('dataset.invalid-value', 'error', M.badDate(shown), range, { actual: shown });
  }
  return d;
}

/** A qualifier date: shorthand (`2025-04-01`, `2025`) or `{date: …}`. */
export function readDateField(r: Reader, e: Entry): DateValue | undefined {
  if (e.value && isMap(e.value)) {
    const fields = checkKeys(r, r.entries(e.value), ['date']);
    const de = fields.get('date');
    if (!de) {
      r.report('dataset.invalid-value', 'error', M.badDate(r.snippet(e.value)), e.valueRange, {
        actual: r.snippet(e.value),
      });
      return undefined;
    }
    return readDateNode(r, de.value, de.valueRange);
  }
  return readDateNode(r, e.value, e.valueRange);
}

// ---------------------------------------------------------------------------------------------
// Reading values (parse time)

const FORMS = ['amount', 'date', 'entity', 'text'] as const;
const FORM_KEYS: Record<(typeof FORMS)[number], readonly string[]> = {
  amount: ['amount', 'unit', 'currency'],
  date: ['date'],
  entity: ['entity'],
  text: ['text'],
};

/**
 * A fact's `value`: a full form, a shorthand, or a list of those. Reports what is wrong
 * whatever the property's type; returns undefined when the value is unusable.
 */
export function readValue(r: Reader, e: Entry): RawValue | undefined {
  const node = e.value;
  if (node == null || r.isNull(node)) {
    r.report('dataset.schema', 'error', M.valueMissing(), e.keyRange);
    return undefined;
  }
  const text = r.snippet(node);
  if (isSeq(node)) {
    const items = seqItems(r, node, e.valueRange);
    if (items.length === 0) {
      r.report('dataset.invalid-value', 'error', M.emptyList(), e.valueRange, { actual: text });
      return undefined;
    }
    const out: RawScalar[] = [];
    let ok = true;
    for (const it of items) {
      if (it.node && isSeq(it.node)) {
        r.report('dataset.invalid-value', 'error', M.nestedList(), it.range, { actual: r.snippet(it.node) });
        ok = false;
        continue;
      }
      const s = readScalar(r, it.node, it.range);
      if (s) out.push(s);
      else ok = false;
    }
    return ok ? { list: true, items: out, range: e.valueRange, text } : undefined;
  }
  const s = readScalar(r, node, e.valueRange);
  return s ? { list: false, items: [s], range: e.valueRange, text } : undefined;
}

function readScalar(r: Reader, node: YNode | null, range: Range): RawScalar | undefined {
  const text = r.snippet(node) || '';
  if (node && isMap(node)) return readFullForm(r, node, range, text);
  const v = isScalar(node) ? node.value : undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return { form: 'short', value: v, range, text };
  if (typeof v === 'bigint') return { form: 'short', value: Number(v), range, text };
  if (typeof v === 'string' || v instanceof Date) {
    const s = r.scalarText(node)!;
    if (s.trim() === '') {
      r.report('dataset.invalid-value', 'error', M.emptyField('value'), range);
      return undefined;
    }
    return { form: 'short', value: s.trim(), range, text };
  }
  const kind = r.kindOf(node);
  r.report('dataset.invalid-value', 'error', kind === 'number' ? M.badAmount(text) : M.badShorthand(kind), range, {
    actual: text,
  });
  return undefined;
}

function readFullForm(r: Reader, map: YNode, range: Range, text: string): RawScalar | undefined {
  if (!isMap(map)) return undefined;
  const entries = r.entries(map);
  const keys = entries.map((x) => x.key);
  const forms = FORMS.filter((f) => keys.includes(f));
  if (forms.length !== 1) {
    r.report('dataset.invalid-value', 'error', M.badValueForm(keys), range, {
      actual: text,
      expected: ['{amount: …}', '{date: …}', '{entity: …}', '{text: …}'],
    });
    return undefined;
  }
  const form = forms[0]!;
  const fields = checkKeys(r, entries, FORM_KEYS[form]);
  const before = r.errors;
  let value: ScalarValue | undefined;
  switch (form) {
    case 'amount': {
      const a = fields.get('amount')!;
      const av = isScalar(a.value) ? a.value.value : undefined;
      const amount = typeof av === 'bigint' ? Number(av) : av;
      if (typeof amount !== 'number' || !Number.isFinite(amount)) {
        const shown = r.snippet(a.value) || r.kindOf(a.value);
        r.report('dataset.invalid-value', 'error', M.badAmount(shown), a.valueRange, { actual: shown });
      }
      const u = fields.get('unit');
      const c = fields.get('currency');
      let unit: string | undefined;
      let currency: string | undefined;
      if (u) {
        unit = r.scalarText(u.value)?.trim();
        if (!unit) {
          r.report('dataset.schema', 'error', M.mustBe('unit', 'string', r.kindOf(u.value)), u.valueRange);
        }
      }
      if (c) {
        currency = r.scalarText(c.value)?.trim();
        if (!currency || !CURRENCY.test(currency)) {
          const shown = currency ?? r.snippet(c.value);
          r.report('dataset.invalid-value', 'error', M.badCurrency(shown), c.valueRange, {
            actual: shown,
            expected: currency && CURRENCY.test(currency.toUpperCase()) ? [currency.toUpperCase()] : undefined,
          });
        }
      }
      if (u && c) r.report('dataset.invalid-value', 'error', M.unitAndCurrency(), c.keyRange);
      if (r.errors > before || typeof amount !== 'number') return undefined;
      value =
        currency !== undefined
          ? { kind: 'money', amount, currency }
          : unit !== undefined
            ? { kind: 'quantity', amount, unit }
            : { kind: 'quantity', amount };
      break;
    }
    case 'date': {
      const d = fields.get('date')!;
      const dv = readDateNode(r, d.value, d.valueRange);
      if (!dv) return undefined;
      value = dv;
      break;
    }
    case 'entity': {
      const en = fields.get('entity')!;
      const id = r.scalarText(en.value)?.trim();
      if (id === undefined || !ENTITY_ID.test(id)) {
        const shown = id ?? r.snippet(en.value);
        r.report('dataset.invalid-value', 'error', M.badEntityRef(shown), en.valueRange, { actual: shown });
        return undefined;
      }
      value = { kind: 'entity', id };
      break;
    }
    case 'text': {
      const t = fields.get('text')!;
      let lt: LocalizedText | undefined;
      if (t.value && isMap(t.value)) {
        lt = readLocalized(r, t, 'text');
      } else {
        const s = r.scalarText(t.value);
        if (s === undefined || s.trim() === '') {
          r.report('dataset.invalid-value', 'error', M.mustBe('text', 'text', r.kindOf(t.value)), t.valueRange);
        } else lt = { en: s.trim() };
      }
      if (!lt || r.errors > before) return undefined;
      if (Object.keys(lt).length === 0) {
        r.report('dataset.invalid-value', 'error', M.emptyField('text'), t.valueRange);
        return undefined;
      }
      value = { kind: 'text', text: lt };
      break;
    }
  }
  return { form: 'full', value, range, text };
}

// ---------------------------------------------------------------------------------------------
// Resolving values (merge time)

export interface ValueIssue {
  range: Range;
  message: Localized;
  actual: string;
}

export interface PropertyShape {
  type: PropertyType;
  unit?: string;
}

/** Resolves a raw value against its property's declaration: shorthands take the property's
 *  type, quantities its unit; anything that does not fit is an issue. */
export function resolveValue(
  raw: RawValue,
  property: string,
  decl: PropertyShape,
): { value?: Value; issues: ValueIssue[] } {
  const issues: ValueIssue[] = [];
  const items: ScalarValue[] = [];
  for (const item of raw.items) {
    const res = resolveScalar(item, property, decl);
    if ('issue' in res) issues.push(res.issue);
    else items.push(res.value);
  }
  if (issues.length > 0) return { issues };
  return { value: raw.list ? { kind: 'list', items } : items[0], issues };
}

function resolveScalar(
  item: RawScalar,
  property: string,
  decl: PropertyShape,
): { value: ScalarValue } | { issue: ValueIssue } {
  const issue = (message: Localized) => ({ issue: { range: item.range, message, actual: item.text } });
  if (item.form === 'full') {
    const v = item.value;
    if (v.kind !== decl.type) {
      if (decl.type === 'money' && v.kind === 'quantity' && v.unit === undefined) {
        return issue(M.moneyNoCurrency(property));
      }
      return issue(M.typeMismatch(property, decl.type, v.kind, item.text));
    }
    if (v.kind === 'quantity' && decl.unit !== undefined) {
      if (v.unit === undefined) return { value: { ...v, unit: decl.unit } };
      if (v.unit !== decl.unit) return issue(M.unitMismatch(property, v.unit, decl.unit));
    }
    return { value: cloneScalar(v) };
  }
  const s = item.value;
  switch (decl.type) {
    case 'quantity':
      if (typeof s === 'number') {
        return { value: decl.unit !== undefined ? { kind: 'quantity', amount: s, unit: decl.unit } : { kind: 'quantity', amount: s } };
      }
      return issue(M.shorthandMismatch(property, 'quantity', item.text));
    case 'money':
      return issue(M.shorthandMismatch(property, 'money', item.text));
    case 'date': {
      const d = dateFrom(s);
      return d ? { value: d } : issue(M.shorthandMismatch(property, 'date', item.text));
    }
    case 'entity': {
      const id = typeof s === 'number' ? item.text.trim() : s;
      return ENTITY_ID.test(id) ? { value: { kind: 'entity', id } } : issue(M.shorthandMismatch(property, 'entity', item.text));
    }
    case 'text':
      return { value: { kind: 'text', text: { en: typeof s === 'number' ? item.text.trim() : s } } };
  }
  return issue(M.shorthandMismatch(property, String(decl.type), item.text));
}

/** A provisional value when the property's type is not known yet (standalone file view). */
export function guessValue(raw: RawValue, property: string, decl?: Partial<PropertyShape>): Value | undefined {
  if (decl?.type) {
    const res = resolveValue(raw, property, { type: decl.type, unit: decl.unit });
    if (res.value) return res.value;
  }
  const items = raw.items.map(guessScalar);
  return raw.list ? { kind: 'list', items } : items[0];
}

function guessScalar(item: RawScalar): ScalarValue {
  if (item.form === 'full') return cloneScalar(item.value);
  const s = item.value;
  if (typeof s === 'number') return { kind: 'quantity', amount: s };
  const d = parseDateText(s);
  if (d) return d;
  if (ENTITY_ID.test(s)) return { kind: 'entity', id: s };
  return { kind: 'text', text: { en: s } };
}

function cloneScalar(v: ScalarValue): ScalarValue {
  return v.kind === 'text' ? { kind: 'text', text: { ...v.text } } : { ...v };
}

/** The entity ids a value refers to. */
export function entityRefs(v: Value): string[] {
  if (v.kind === 'entity') return [v.id];
  if (v.kind === 'list') return v.items.flatMap((i) => (i.kind === 'entity' ? [i.id] : []));
  return [];
}
