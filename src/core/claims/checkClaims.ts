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

const NEGATION_EN = /\b(?:not|never|no longer|neither|nor)\b|n't\b/i;
const NEGATION_JA = /ではない|ではなく|じゃない|ありません|ません[。、]|なかった|とは限らない/;
/** Characters that end a clause: a value on the other side belongs to another claim. */
const CLAUSE_BREAK = /[;；:：]/;
const MAX_GAP = { en: 48, ja: 24 };
const MAX_BARE_GAP = 14;
const MAX_ENTITY_GAP = 40;

function familyOf(decl: PropertyDecl): string {
  return decl.family ?? decl.name;
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

  for (const hit of hits) {
    for (const name of hit.properties) {
      const decl = ctx.dataset.properties.get(name);
      if (!decl || decl.type === 'text') continue;
      const family = familyOf(decl);
      const members = [...ctx.dataset.properties.values()].filter((d) => familyOf(d) === family).map((d) => d.name);
      const subject = pickSubject(resolved, hit, members, ctx.dataset);
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
      const known = facts.flatMap(scalars);
      const agrees = known.map((v) => agreement(candidate!.found, v));
      if (agrees.includes('agree') || !agrees.includes('conflict')) {
        used.add(candidate.found);
        reported.add(key);
        continue;
      }
      used.add(candidate.found);
      reported.add(key);
      out.push(conflict(ctx, subject.entity, decl, facts, candidate));
    }
  }
}

/** The mention the claim is about: an entity with facts in the family, nearest before the cue. */
function pickSubject(mentions: Mention[], hit: CueHit, members: string[], dataset: Dataset): { mention: Mention; entity: Entity } | undefined {
  let best: { mention: Mention; entity: Entity; score: number } | undefined;
  for (const m of mentions) {
    if (overlaps(m, hit)) continue;
    const entity = dataset.entities.get(m.entity);
    if (!entity || !entity.facts.some((f) => members.includes(f.property))) continue;
    // Prefer a subject before the cue ("the JJOC has 240 personnel"); after it counts double.
    const score = m.end <= hit.start ? hit.start - m.end : 2 * (m.start - hit.end) + 1;
    if (!best || score < best.score) best = { mention: m, entity, score };
  }
  return best;
}

function pickValue(text: string, values: ParsedValue[], mentions: Mention[], hit: CueHit, decl: PropertyDecl, isJa: boolean, used: Set<object>): Candidate | undefined {
  let best: { v: ParsedValue; gap: number } | undefined;
  for (const v of values) {
    if (used.has(v) || v.value.kind !== decl.type) continue;
    if (mentions.some((m) => overlaps(m, v)) || overlaps(v, hit)) continue;
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
    // The gap may hold the subject itself but no other mention.
    if (mentions.some((o) => o !== subject && o !== m && o.start >= gs && o.end <= ge)) continue;
    const gap = ge - gs - (subject.start >= gs && subject.end <= ge ? subject.end - subject.start : 0);
    if (gap > MAX_ENTITY_GAP) continue;
    if (!best || gap < best.gap) best = { m, gap };
  }
  return best && { found: best.m, start: best.m.start, end: best.m.end };
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

function conflict(ctx: ClaimContext, entity: Entity, decl: PropertyDecl, facts: Fact[], candidate: Candidate): Diagnostic {
  // Report against the cue's own property when the entity has it, else the family's base.
  const own = facts.filter((f) => f.property === decl.name);
  const reportedFacts = own.length > 0 ? own : facts;
  const property = reportedFacts[0]!.property;
  const current = reportedFacts.filter((f) => f.qualifiers.status !== 'former');
  const primary = (current.length > 0 ? current : reportedFacts).flatMap(scalars);
  const found = candidate.found;
  const foundText = isMention(found) ? found.text : found.text;
  const expected = [...new Set(primary.map(normalizedValue))];
  const replacementValue = isMention(found) ? primary.find((v) => v.kind === 'entity') : primary.find((v) => v.kind === (found as ParsedValue).value.kind && (v.kind !== 'money' || (found as ParsedValue).value.kind !== 'money' || v.currency === ((found as ParsedValue).value as { currency: string }).currency));
  let replacement: string | undefined;
  if (replacementValue) {
    if (isMention(found)) {
      const target = replacementValue.kind === 'entity' ? ctx.dataset.entities.get(replacementValue.id) : undefined;
      replacement = target?.labels[found.lang] ?? target?.labels.en;
    } else {
      replacement = formatReplacement(found, replacementValue);
    }
  }
  const propLabel = decl.label[ctx.lang] ?? decl.label.en ?? decl.name;
  const entityLabel = entity.labels[ctx.lang] ?? entity.labels.en ?? entity.id;
  const expectedText = primary.map((v) => describeValue(v, ctx.dataset, ctx.lang)).join(ctx.lang === 'ja' ? '、' : ' or ');
  const sources = reportedFacts.flatMap((f) => f.sources);
  const diagnostic: Diagnostic = {
    code: 'fact-conflict',
    severity: 'warning',
    message: pick(
      {
        en: `${entityLabel}: the text gives ${propLabel} as "${foundText}", but the dataset says ${expectedText}.`,
        ja: `${entityLabel}の${propLabel}が「${foundText}」となっていますが、データセットでは${expectedText}です。`,
      },
      ctx.lang,
    ),
    file: ctx.file,
    range: { start: ctx.positionAt(candidate.start), end: ctx.positionAt(candidate.end) },
    entity: entity.id,
    property,
    found: foundText,
    actual: foundText,
    expected,
    sources,
    data: { entity: entity.id, property, found: foundText, expected, replacement },
  };
  if (replacement !== undefined) diagnostic.replacement = replacement;
  return diagnostic;
}
