// The diagnostic for a claim that conflicts with the dataset: the smallest honest edit, the
// replacement in the text's own format, and a message that says which date the dataset's value is
// for, or that the text speaks of a time the dataset does not cover.

import type { Dataset, DateValue, Diagnostic, Entity, Fact, PropertyDecl, ScalarValue } from '../model';
import { pick } from '../l10n';
import { formatReplacement, parseNumber, type ParsedValue } from '../values';
import type { ClaimContext } from './checkClaims';
import { describeValue, normalizedValue } from './describeValue';
import { FISCAL, isMention, isValue, scalars, type Candidate, type Found } from './shared';

/** The dataset value a quick fix should write: same kind, and for money the same currency. */
function replacementTarget(found: Found, primary: ScalarValue[]): ScalarValue | undefined {
  if (!isValue(found)) return primary.find((v) => v.kind === 'entity');
  const value = found.value;
  return primary.find((v) => v.kind === value.kind && (v.kind !== 'money' || value.kind !== 'money' || v.currency === value.currency));
}

interface Edit {
  start: number;
  end: number;
  found: string;
  replacement?: string;
}

/**
 * The smallest honest edit: for a quantity or money whose rewrite keeps the words around the
 * number ("300 personnel" → "240 personnel"), only the number is flagged and replaced, as the
 * CLI's JSON contract shows (`found: "300"`). Dates and names are flagged whole.
 */
function narrowEdit(found: Found, start: number, replacement: string | undefined): Edit {
  const whole: Edit = { start, end: start + found.text.length, found: found.text, replacement };
  if (!isValue(found) || replacement === undefined || (found.value.kind !== 'quantity' && found.value.kind !== 'money')) return whole;
  const at = found.segments.findIndex((seg) => seg.type === 'amount');
  if (at < 0) return whole;
  const prefix = found.segments.slice(0, at).map((seg) => seg.text).join('');
  const amount = found.segments[at]!.text;
  const suffix = found.segments.slice(at + 1).map((seg) => seg.text).join('');
  if (replacement.length < prefix.length + suffix.length || !replacement.startsWith(prefix) || !replacement.endsWith(suffix)) return whole;
  const s = start + prefix.length;
  return { start: s, end: s + amount.length, found: amount, replacement: replacement.slice(prefix.length, replacement.length - suffix.length) };
}

/** A full date written in the sentence besides the claim's value: the time it speaks of. */
export function sentenceTime(values: ParsedValue[], candidate: Candidate, text?: string, sentenceStart = 0): DateValue | undefined {
  const dates = values.filter((x) => x !== candidate.found && x.value.kind === 'date' && !x.value.yearless && !FISCAL.test(x.text));
  // Of several, the last one before the value dates it (「2025年3月30日のほか、同年10月29日にも…小泉防衛相と」); else the first.
  const full = (dates.length > 1 ? dates.filter((x) => x.end <= candidate.start).pop() : undefined) ?? dates[0];
  // 「2025年3月30日の会談から約7か月後の10月29日、…小泉防衛相と」: a day without its year after it, and before the value, takes
  // that year (or the next, when its month comes earlier).
  const v = full ? (laterDayOfYear(values, full, candidate) ?? full) : undefined;
  if (!v || v.value.kind !== 'date') return undefined;
  // 「2025年3月の会談から約7か月後、小泉防衛相と…」: a span counted on from the date, before the value, moves the time on.
  const span = text !== undefined && v.end <= candidate.start ? JA_SPAN_ON_AFTER.exec(text.slice(v.end, Math.min(candidate.start, v.end + 24))) : null;
  const count = span ? parseNumber(span[1]!) : undefined;
  if (span && count !== undefined && count > 0 && count <= MAX_SPAN_ON) return movedOn(v.value, span[2] === '年' ? count * 12 : count);
  // "Until May 2024, INDOPACOM was led by X", 「2024年5月まで」, "Before Paparo took over in May 2024, …": the time told
  // ends when that date begins.
  const until = text !== undefined && (UNTIL_BEFORE.test(text.slice(Math.max(0, v.start - 12), v.start)) || JA_UNTIL_AFTER.test(text.slice(v.end, v.end + 3)) || (v.end <= candidate.start && FRONTED_BEFORE.test(text.slice(sentenceStart, v.start)) && text.slice(v.end, candidate.start).includes(',')));
  return until ? justBefore(v.value) : v.value;
}

/** After a date: a span counted on from it (「の会談から約7か月後」「から2年後」). */
const JA_SPAN_ON_AFTER = /^(?:の[^、。「」]{1,10}?)?から(?:約|およそ)?([0-9０-９一二三四五六七八九十]{1,3})(か月|カ月|ヶ月|ケ月|箇月|年)後/;
/** The most months or years a span may move a time on. */
const MAX_SPAN_ON = 100;

/** A date moved on by some months (at month precision at most: the day is no longer told). */
function movedOn(d: DateValue, months: number): DateValue {
  const at = d.year * 12 + (d.month ?? 1) - 1 + months;
  return d.month === undefined ? { ...d, year: d.year + Math.floor(months / 12) } : { kind: 'date', year: Math.floor(at / 12), month: (at % 12) + 1, precision: 'month' };
}

/** The last date without a year between `full` and the candidate, given the year `full` implies for it. */
function laterDayOfYear(values: ParsedValue[], full: ParsedValue, candidate: Candidate): ParsedValue | undefined {
  const d = values.filter((x) => x !== candidate.found && x.start >= full.end && x.end <= candidate.start && x.value.kind === 'date' && x.value.yearless && x.value.month !== undefined).pop();
  if (!d || d.value.kind !== 'date' || full.value.kind !== 'date') return undefined;
  // (「2025年の防衛ニュースまとめ：…10月21日には」: a year alone gives its year to every day after it.)
  const year = full.value.month !== undefined && d.value.month! < full.value.month ? full.value.year + 1 : full.value.year;
  return { ...d, value: { ...d.value, year, yearless: false } };
}

const UNTIL_BEFORE = /\b(?:until|till)\s+(?:early\s+|mid-?\s*)?$/i;
const JA_UNTIL_AFTER = /^まで(?!に)/;
const FRONTED_BEFORE = /^[\s"“]*(?:Before|Until|Till)\s[^,;:]{0,80}$/;

/** The last moment before a date, at its precision: the year, month or day before. */
function justBefore(d: DateValue): DateValue {
  if (d.precision === 'year' || d.month === undefined) return { ...d, year: d.year - 1 };
  if (d.precision === 'month' || d.day === undefined) return d.month === 1 ? { ...d, year: d.year - 1, month: 12 } : { ...d, month: d.month - 1 };
  if (d.day > 1) return { ...d, day: d.day - 1 };
  const month = d.month === 1 ? 12 : d.month - 1;
  const year = d.month === 1 ? d.year - 1 : d.year;
  return { ...d, year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

/** `a` before `b`, after, or the same, at the coarser precision of the two. */
function compareTime(a: DateValue, b: DateValue): -1 | 0 | 1 {
  const parts = (d: DateValue) => [d.year, d.precision === 'year' ? undefined : d.month, d.precision === 'day' ? d.day : undefined];
  const x = parts(a);
  const y = parts(b);
  for (let k = 0; k < 3; k++) {
    if (x[k] === undefined || y[k] === undefined) return 0;
    if (x[k]! !== y[k]!) return x[k]! < y[k]! ? -1 : 1;
  }
  return 0;
}

/**
 * Whether the dataset speaks of the time a claim is about: `later` when the claim is about a time
 * after every fact's date (the dataset may be out of date), `earlier` when before every fact's
 * start (or the date it is known as of); undefined when the facts cover it or carry no dates.
 */
function outsidePeriod(facts: Fact[], time: DateValue | undefined): { when: 'later' | 'earlier'; at: DateValue } | undefined {
  if (!time || facts.length === 0) return undefined;
  const refs = facts.map((f) => f.qualifiers.until ?? f.qualifiers.asOf ?? f.qualifiers.from);
  if (refs.every((d): d is DateValue => !!d) && refs.every((d) => compareTime(time, d) > 0)) return { when: 'later', at: time };
  // A holder known only as of a date (a minister "as of 2025-03") is the dataset's earliest word on
  // who held it: a time before every such date is one the dataset says nothing of. (Not an amount:
  // "to be staffed by 360 by March 2024" tells of the plan for the command the dataset counts.)
  const froms = facts.map((f) => f.qualifiers.from ?? (scalars(f).every((v) => v.kind === 'entity') ? f.qualifiers.asOf : undefined));
  if (froms.every((d): d is DateValue => !!d) && froms.every((d) => compareTime(time, d) < 0)) return { when: 'earlier', at: time };
  return undefined;
}

/** "240 persons (as of March 24, 2025)", 「240人（2025年3月24日時点）」: a fact's value and the date it is for. */
function describeFact(f: Fact, dataset: Dataset, lang: string): string {
  const value = scalars(f).map((v) => describeValue(v, dataset, lang)).join(lang === 'ja' ? '、' : ' or ');
  const q = f.qualifiers;
  const ja = lang === 'ja';
  if (q.asOf) return ja ? `${value}（${describeValue(q.asOf, dataset, lang)}時点）` : `${value} (as of ${describeValue(q.asOf, dataset, lang)})`;
  if (q.from && q.until) return ja ? `${value}（${describeValue(q.from, dataset, lang)}〜${describeValue(q.until, dataset, lang)}）` : `${value} (${describeValue(q.from, dataset, lang)} to ${describeValue(q.until, dataset, lang)})`;
  if (q.from) return ja ? `${value}（${describeValue(q.from, dataset, lang)}から）` : `${value} (since ${describeValue(q.from, dataset, lang)})`;
  if (q.until) return ja ? `${value}（${describeValue(q.until, dataset, lang)}まで）` : `${value} (until ${describeValue(q.until, dataset, lang)})`;
  return value;
}

export function conflict(ctx: ClaimContext, entity: Entity, decl: PropertyDecl, facts: Fact[], candidate: Candidate, time: DateValue | undefined): Diagnostic {
  // Report against the cue's own property when the entity has it, else the family's base.
  const own = facts.filter((f) => f.property === decl.name);
  const reportedFacts = own.length > 0 ? own : facts;
  const property = reportedFacts[0]!.property;
  const current = reportedFacts.filter((f) => f.qualifiers.status !== 'former');
  const primaryFacts = current.length > 0 ? current : reportedFacts;
  const primary = primaryFacts.flatMap(scalars);
  // About a time the dataset does not cover: said so, never called wrong, and nothing to fix.
  const outside = outsidePeriod(reportedFacts, time);
  // A holder the text calls new, not one the dataset has, at a time the text does not give: a
  // change the dataset may not have yet, not an error. (At a time the dataset covers, it is one.)
  const newer = !outside && candidate.newer === true && time === undefined;
  // A holder the text names as a past one, at a time it does not give: the dataset may not list every past holder.
  const former = !outside && !newer && candidate.former === true && time === undefined;
  const found = candidate.found;
  const target = replacementTarget(found, primary);
  let replacement: string | undefined;
  if (target && !isValue(found)) {
    const e = target.kind === 'entity' ? ctx.dataset.entities.get(target.id) : undefined;
    const lang = isMention(found) ? found.lang : ctx.lang;
    replacement = e?.labels[lang] ?? e?.labels.en;
  } else if (target && isValue(found)) {
    replacement = formatReplacement(found, target);
  }
  const edit = narrowEdit(found, candidate.start, outside || newer || former ? undefined : replacement);
  const expected = [...new Set(primary.map(normalizedValue))];
  const propLabel = decl.label[ctx.lang] ?? decl.label.en ?? decl.name;
  const entityLabel = entity.labels[ctx.lang] ?? entity.labels.en ?? entity.id;
  const expectedText = primaryFacts.map((f) => describeFact(f, ctx.dataset, ctx.lang)).join(ctx.lang === 'ja' ? '、' : ' or ');
  const when = outside && describeValue(outside.at, ctx.dataset, ctx.lang);
  const message = former
    ? {
        en: `${entityLabel}: the text names "${found.text}" as a past ${propLabel}, at a time it does not give; the dataset says ${expectedText} and may not list every past holder.`,
        ja: `${entityLabel}の過去の${propLabel}として「${found.text}」が挙げられていますが、時期が書かれていません。データセットは${expectedText}で、過去の在任者をすべて載せているとは限りません。`,
      }
    : newer
    ? {
        en: `${entityLabel}: the text names "${found.text}" as the new ${propLabel}; the dataset says ${expectedText} and may not have the change yet.`,
        ja: `${entityLabel}の新しい${propLabel}として「${found.text}」が挙げられています。データセットは${expectedText}で、この交代はまだ反映されていない可能性があります。`,
      }
    : !outside
    ? {
        en: `${entityLabel}: the text gives ${propLabel} as "${found.text}", but the dataset says ${expectedText}.`,
        ja: `${entityLabel}の${propLabel}が「${found.text}」となっていますが、データセットでは${expectedText}です。`,
      }
    : outside.when === 'later'
      ? {
          en: `${entityLabel}: the text gives ${propLabel} as "${found.text}" for ${when}; the dataset says ${expectedText} and has no value for that time yet.`,
          ja: `${entityLabel}の${propLabel}が${when}について「${found.text}」となっています。データセットは${expectedText}で、この時期の値はまだありません。`,
        }
      : {
          en: `${entityLabel}: the text gives ${propLabel} as "${found.text}" for ${when}, before the dataset's value (${expectedText}) holds.`,
          ja: `${entityLabel}の${propLabel}が${when}について「${found.text}」となっています。データセットの値（${expectedText}）はそれ以降のものです。`,
        };
  const diagnostic: Diagnostic = {
    code: 'fact-conflict',
    severity: outside || newer || former ? 'info' : 'warning',
    message: pick(message, ctx.lang),
    file: ctx.file,
    range: { start: ctx.positionAt(edit.start), end: ctx.positionAt(edit.end) },
    entity: entity.id,
    property,
    found: edit.found,
    actual: edit.found,
    expected,
    sources: reportedFacts.flatMap((f) => f.sources),
    data: { entity: entity.id, property, found: edit.found, expected, replacement: edit.replacement, ...(outside ? { temporal: outside.when } : newer ? { temporal: 'later' } : former ? { temporal: 'earlier' } : {}) },
  };
  if (edit.replacement !== undefined) diagnostic.replacement = edit.replacement;
  return diagnostic;
}
