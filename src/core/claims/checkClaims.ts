// Finds claims in a sentence and compares them with the dataset. A claim is: a mention of an
// entity that has facts for a property, a cue for that property, and a value of the property's
// type close to the cue. False warnings cost users more than missed ones, so every step is
// conservative: negated sentences, values far from their cue, ambiguous mentions and values that
// match any member of the property's family (a planned 280 next to a current 240) raise nothing.

import type { Dataset, Diagnostic, Entity, Fact, Mention, PropertyDecl, ScalarValue, Position } from '../model';
import { pick } from '../l10n';
import type { CueHit, CueIndex } from './cueIndex';
import type { SentenceRange } from './sentences';
import { compareValue, findValues, formatReplacement, type ParsedValue } from '../values';
import { describeValue, normalizedValue } from './describeValue';

export interface ClaimContext {
  dataset: Dataset;
  cues: CueIndex;
  file: string;
  /** Language of messages: the document's. */
  lang: string;
  positionAt: (offset: number) => Position;
}

// Negated, refuted or rumoured statements are not claims the writer makes.
const NEGATION_EN = /\b(?:not|never|no longer|neither|nor|incorrect(?:ly)?|wrong(?:ly)?|false(?:ly)?|erroneous(?:ly)?|mistaken(?:ly)?|denied|denies|rumou?r(?:ed|s)?)\b|n't\b/i;
const NEGATION_JA = /ではない|ではなく|じゃない|ありません|ません[。、]|なかった|とは限らない|誤り|誤報|否定|事実ではない|事実無根|デマ/;
/** A fiscal year names a budget period, not the day something happened. */
const FISCAL = /年度|\bFY|fiscal/i;
// A cue used as a point in time ("発足から半年", "since its founding") states no value for it.
const REFERENCE_AFTER_JA = /^\s*(?:から|以来|後|前|以降|当時|の際|時|直後|直前|前後|まで)/;
const REFERENCE_BEFORE_EN = /\b(?:since|after|before|until|following|prior to|ahead of|years? of|months? of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\S+(?:'s|’s)?\s+)?$/i;

/**
 * A cue directly followed by another property's cue modifies it: 創設経費 and "personnel costs"
 * are costs, not an establishment or a headcount.
 */
function modifiesNextCue(text: string, hit: CueHit, next: CueHit | undefined): boolean {
  if (!next || next.start - hit.end > 1 || text.slice(hit.end, next.start).trim() !== '') return false;
  return next.properties.some((p) => !hit.properties.includes(p));
}

function isReferencePoint(text: string, hit: CueHit): boolean {
  return REFERENCE_AFTER_JA.test(text.slice(hit.end, hit.end + 6)) || REFERENCE_BEFORE_EN.test(text.slice(Math.max(0, hit.start - 40), hit.start));
}

/** Characters that end a clause: a value on the other side belongs to another claim. */
const CLAUSE_BREAK = /[;；:：]/;
const MAX_GAP = { en: 48, ja: 24 };
const MAX_BARE_GAP = 14;
export const MAX_SENTENCE_LENGTH = 2000;
const MAX_ENTITY_GAP = 40;
const CONJUNCTION = /\b(?:and|or|with)\b|[とや]$|^[とや]|及び|および|並びに|ならびに/;

function familyOf(decl: PropertyDecl): string {
  return decl.family ?? decl.name;
}

const familyCache = new WeakMap<Dataset, Map<string, string[]>>();

/** Property names by family, computed once per dataset. */
function familyMembers(dataset: Dataset): Map<string, string[]> {
  let families = familyCache.get(dataset);
  if (!families) {
    families = new Map();
    for (const d of dataset.properties.values()) {
      const list = families.get(familyOf(d)) ?? [];
      list.push(d.name);
      families.set(familyOf(d), list);
    }
    familyCache.set(dataset, families);
  }
  return families;
}

function scalars(fact: Fact): ScalarValue[] {
  return fact.value.kind === 'list' ? fact.value.items : [fact.value];
}

function gapBetween(a: { start: number; end: number }, b: { start: number; end: number }): [number, number] {
  return a.end <= b.start ? [a.end, b.start] : b.end <= a.start ? [b.end, a.start] : [0, 0];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

interface Candidate {
  found: ParsedValue | Mention;
  start: number;
  end: number;
}

export function checkSentence(text: string, sentence: SentenceRange, mentions: Mention[], ctx: ClaimContext, out: Diagnostic[]): void {
  // A "sentence" this long is a table dump or a log line, not a claim; reading values there
  // would only cost time.
  if (sentence.end - sentence.start > MAX_SENTENCE_LENGTH) return;
  const resolved = mentions.filter((m) => !m.candidates);
  if (resolved.length === 0) return;
  const body = text.slice(sentence.start, sentence.end);
  if (NEGATION_EN.test(body) || NEGATION_JA.test(body) || /[?？]\s*$/.test(body)) return;
  const hits = ctx.cues.find(text, sentence.start, sentence.end);
  if (hits.length === 0) return;
  const isJa = /[\u3040-\u30ff\u4e00-\u9fff]/.test(body);
  let values: ParsedValue[] | undefined;
  const used = new Set<object>();
  const reported = new Set<string>();

  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (isReferencePoint(text, hit) || modifiesNextCue(text, hit, hits[h + 1])) continue;
    for (const name of hit.properties) {
      const decl = ctx.dataset.properties.get(name);
      if (!decl || decl.type === 'text') continue;
      const family = familyOf(decl);
      const members = familyMembers(ctx.dataset).get(family) ?? [name];
      const subject = pickSubject(resolved, hit, members, ctx.dataset, decl.type === 'entity');
      if (!subject) continue;
      const key = `${subject.entity.id}\u0000${family}`;
      if (reported.has(key)) continue;

      let candidate: Candidate | undefined;
      if (decl.type === 'entity') {
        candidate = pickEntityValue(text, resolved, hit, subject.mention);
      } else {
        values ??= findValues(body).map((v) => ({ ...v, start: v.start + sentence.start, end: v.end + sentence.start }));
        candidate = pickValue(text, values, resolved, hit, decl, isJa, used);
      }
      if (!candidate) continue;

      const facts = subject.entity.facts.filter((f) => members.includes(f.property));
      if (isMention(candidate.found) && !plausibleEntityValue(candidate.found, facts, resolved, ctx.dataset)) continue;
      // A list of entities is rarely complete ("commands A, B, C"): naming another is no conflict.
      if (decl.type === 'entity' && facts.some((f) => f.value.kind === 'list')) continue;
      const known = facts.flatMap(scalars);
      const agrees = known.map((v) => agreement(candidate!.found, v));
      used.add(candidate.found);
      reported.add(key);
      if (!agrees.includes('conflict') || agrees.includes('agree')) continue;
      // The right value elsewhere in the sentence ("not 300 but about 240") means the writer
      // knows it: the other number is about something else.
      if (!isMention(candidate.found) && values!.some((v) => v !== candidate!.found && known.some((k) => compareValue(v, k) === 'agree'))) continue;
      out.push(conflict(ctx, subject.entity, decl, facts, candidate));
    }
  }
}

/**
 * The mention the claim is about: the nearest mention before the cue ("the JJOC has 240
 * personnel"), else the nearest after it ("the personnel of the JJOC"). When the nearest mention
 * before the cue has no facts in the family, the sentence is about something else and reaching
 * past it would guess, so there is no subject; except for entity-valued properties, where that
 * mention may be the value itself ("Tawara is the commander of the JJOC").
 */
function pickSubject(mentions: Mention[], hit: CueHit, members: string[], dataset: Dataset, entityValued: boolean): { mention: Mention; entity: Entity } | undefined {
  const withFacts = (m: Mention) => {
    const entity = dataset.entities.get(m.entity);
    return entity && entity.facts.some((f) => members.includes(f.property)) ? { mention: m, entity } : undefined;
  };
  const before = mentions.filter((m) => m.end <= hit.start).reverse();
  const after = mentions.filter((m) => m.start >= hit.end);
  for (const m of before) {
    const subject = withFacts(m);
    if (subject) return subject;
    if (!entityValued) return undefined;
  }
  for (const m of after) {
    const subject = withFacts(m);
    if (subject) return subject;
  }
  return undefined;
}

function pickValue(text: string, values: ParsedValue[], mentions: Mention[], hit: CueHit, decl: PropertyDecl, isJa: boolean, used: Set<object>): Candidate | undefined {
  let best: { v: ParsedValue; gap: number } | undefined;
  for (const v of values) {
    if (used.has(v) || v.value.kind !== decl.type) continue;
    if (v.value.kind === 'date' && FISCAL.test(v.text)) continue;
    // A value may contain its cue ("300 personnel"), but not a name ("the 2+2").
    if (mentions.some((m) => overlaps(m, v))) continue;
    const bare = v.value.kind === 'quantity' && v.value.unit === undefined;
    if (v.value.kind === 'quantity' && !bare && decl.unit && v.value.unit !== decl.unit) continue;
    const [gs, ge] = gapBetween(hit, v);
    if (CLAUSE_BREAK.test(text.slice(gs, ge))) continue;
    const gap = ge - gs;
    const limit = bare ? MAX_BARE_GAP : isJa ? MAX_GAP.ja : MAX_GAP.en;
    if (gap > limit) continue;
    if (!best || gap < best.gap) best = { v, gap };
  }
  return best && { found: best.v, start: best.v.start, end: best.v.end };
}

/** An entity value must sit right next to the cue: "commander was X", "X司令官", "司令官はX". */
function pickEntityValue(text: string, mentions: Mention[], hit: CueHit, subject: Mention): Candidate | undefined {
  let best: { m: Mention; gap: number } | undefined;
  for (const m of mentions) {
    if (m === subject || m.entity === subject.entity || overlaps(m, hit)) continue;
    const [gs, ge] = gapBetween(hit, m);
    const between = text.slice(gs, ge);
    if (CLAUSE_BREAK.test(between) || /[,、，]/.test(between.replace(/^[\s,、，]+|[\s,、，]+$/g, ''))) continue;
    // "A and B": a name joined to another by a conjunction is not what the cue names.
    if (CONJUNCTION.test(between)) continue;
    // The gap may hold the subject itself but no other mention.
    if (mentions.some((o) => o !== subject && o !== m && o.start >= gs && o.end <= ge)) continue;
    const gap = ge - gs - (subject.start >= gs && subject.end <= ge ? subject.end - subject.start : 0);
    if (gap > MAX_ENTITY_GAP) continue;
    if (!best || gap < best.gap) best = { m, gap };
  }
  return best && { found: best.m, start: best.m.start, end: best.m.end };
}

/**
 * An entity value is worth comparing only when it is of the expected kind (a person for a
 * commander) and the right one is not named in the same sentence anyway.
 */
function plausibleEntityValue(found: Mention, facts: Fact[], mentions: Mention[], dataset: Dataset): boolean {
  const expected = facts.flatMap(scalars).filter((v): v is Extract<ScalarValue, { kind: 'entity' }> => v.kind === 'entity');
  if (expected.some((v) => mentions.some((m) => m.entity === v.id))) return false;
  const type = dataset.entities.get(found.entity)?.type;
  return expected.some((v) => dataset.entities.get(v.id)?.type === type);
}

function isMention(found: ParsedValue | Mention): found is Mention {
  return (found as Mention).entity !== undefined;
}

function agreement(found: ParsedValue | Mention, known: ScalarValue): 'agree' | 'conflict' | 'incomparable' {
  if (isMention(found)) {
    if (known.kind !== 'entity') return 'incomparable';
    return known.id === found.entity ? 'agree' : 'conflict';
  }
  return compareValue(found, known);
}

/** The dataset value a quick fix should write: same kind, and for money the same currency. */
function replacementTarget(found: ParsedValue | Mention, primary: ScalarValue[]): ScalarValue | undefined {
  if (isMention(found)) return primary.find((v) => v.kind === 'entity');
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
function narrowEdit(found: ParsedValue | Mention, start: number, replacement: string | undefined): Edit {
  const whole: Edit = { start, end: start + found.text.length, found: found.text, replacement };
  if (isMention(found) || replacement === undefined || (found.value.kind !== 'quantity' && found.value.kind !== 'money')) return whole;
  const at = found.segments.findIndex((seg) => seg.type === 'amount');
  if (at < 0) return whole;
  const prefix = found.segments.slice(0, at).map((seg) => seg.text).join('');
  const amount = found.segments[at]!.text;
  const suffix = found.segments.slice(at + 1).map((seg) => seg.text).join('');
  if (replacement.length < prefix.length + suffix.length || !replacement.startsWith(prefix) || !replacement.endsWith(suffix)) return whole;
  const s = start + prefix.length;
  return { start: s, end: s + amount.length, found: amount, replacement: replacement.slice(prefix.length, replacement.length - suffix.length) };
}

function conflict(ctx: ClaimContext, entity: Entity, decl: PropertyDecl, facts: Fact[], candidate: Candidate): Diagnostic {
  // Report against the cue's own property when the entity has it, else the family's base.
  const own = facts.filter((f) => f.property === decl.name);
  const reportedFacts = own.length > 0 ? own : facts;
  const property = reportedFacts[0]!.property;
  const current = reportedFacts.filter((f) => f.qualifiers.status !== 'former');
  const primary = (current.length > 0 ? current : reportedFacts).flatMap(scalars);
  const found = candidate.found;
  const target = replacementTarget(found, primary);
  let replacement: string | undefined;
  if (target && isMention(found)) {
    const e = target.kind === 'entity' ? ctx.dataset.entities.get(target.id) : undefined;
    replacement = e?.labels[found.lang] ?? e?.labels.en;
  } else if (target && !isMention(found)) {
    replacement = formatReplacement(found, target);
  }
  const edit = narrowEdit(found, candidate.start, replacement);
  const expected = [...new Set(primary.map(normalizedValue))];
  const propLabel = decl.label[ctx.lang] ?? decl.label.en ?? decl.name;
  const entityLabel = entity.labels[ctx.lang] ?? entity.labels.en ?? entity.id;
  const expectedText = primary.map((v) => describeValue(v, ctx.dataset, ctx.lang)).join(ctx.lang === 'ja' ? '、' : ' or ');
  const diagnostic: Diagnostic = {
    code: 'fact-conflict',
    severity: 'warning',
    message: pick(
      {
        en: `${entityLabel}: the text gives ${propLabel} as "${found.text}", but the dataset says ${expectedText}.`,
        ja: `${entityLabel}の${propLabel}が「${found.text}」となっていますが、データセットでは${expectedText}です。`,
      },
      ctx.lang,
    ),
    file: ctx.file,
    range: { start: ctx.positionAt(edit.start), end: ctx.positionAt(edit.end) },
    entity: entity.id,
    property,
    found: edit.found,
    actual: edit.found,
    expected,
    sources: reportedFacts.flatMap((f) => f.sources),
    data: { entity: entity.id, property, found: edit.found, expected, replacement: edit.replacement },
  };
  if (edit.replacement !== undefined) diagnostic.replacement = edit.replacement;
  return diagnostic;
}
