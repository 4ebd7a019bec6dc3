// Finds claims in a sentence and compares them with the dataset. A claim is: a mention of an
// entity that has facts for a property, a cue for that property, and a value of the property's
// type close to the cue. False warnings cost users more than missed ones, so every step is
// conservative: negated sentences, values far from their cue, ambiguous mentions and values that
// match any member of the property's family (a planned 280 next to a current 240) raise nothing.

import type { Dataset, DateValue, Diagnostic, Entity, Fact, Mention, PropertyDecl, ScalarValue, Position } from '../model';
import { pick } from '../l10n';
import type { CueHit, CueIndex } from './cueIndex';
import type { SentenceRange } from './sentences';
import { compareValue, findValues, formatReplacement, type ParsedValue } from '../values';
import { describeValue, normalizedValue } from './describeValue';
import { englishNameAt, japaneseNameAfter, japaneseNameEndingAt, titledEnglishNames, titledJapaneseNames, type NameSpan } from './personNames';
import { copyDiscourse, newDiscourse, remember, resolveAnaphor, type Discourse } from './discourse';
import { implicitClaims } from './implicit';
import { bindCue, sentenceFrame, type Binding, type Lang, type SentenceFrame } from './structure';

export interface ClaimContext {
  dataset: Dataset;
  cues: CueIndex;
  file: string;
  /** Language of messages: the document's. */
  lang: string;
  positionAt: (offset: number) => Position;
  /** When given, every claim read is recorded here, agreeing or not (tests, explanations). */
  readings?: ClaimReading[];
  /** What earlier sentences of the document were about; updated as sentences are read. */
  discourse?: Discourse;
  /** When the document was written (front matter, a dated first line): the time its claims are about. */
  documentDate?: DateValue;
}

/** A claim as read: which entity, which property, which value, and how it compares. */
export interface ClaimReading {
  entity: string;
  property: string;
  found: string;
  start: number;
  end: number;
  verdict: 'agree' | 'conflict';
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

/** A person's name the dataset does not know, as a claim's value. */
interface OutsideName {
  kind: 'outside-name';
  text: string;
}

type Found = ParsedValue | Mention | OutsideName;

interface Candidate {
  /** The value stands right next to its cue, with at most a space or a middle dot between. */
  adjacent?: boolean;
  found: Found;
  start: number;
  end: number;
}

/** Between a name and a cue: the start of a relative or participle clause about the name. */
const EN_RELATIVE_LEAD = /^\)?\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:(?:which|that|who)\s+)?(?:(?:is|was|were|will be|would be|has been|had been|is to be|was to be)\s+)?(?:(?:set|scheduled|expected|due|planned|slated)\s+to\s+be\s+)?(?:(?:newly|officially|formally|first|recently|only)\s+)?$/i;

/** A verb form that modifies the noun after it: 新設される, 発足した, 設置予定の. */
const JA_ATTRIBUTIVE = /^(?:さ)?(?:れる|れた|する|した|される|された|予定の|する予定の|される予定の)(?![。、]|こと|の[はがをにで]|ため|と|ので|が|は|を|に|も|ほか)/;
/** "establish the (new) joint headquarters": the object description's head noun. */
const EN_OBJECT_DESCRIPTION = /^\s+(?:the|a|an|its)\s+(?:(?:new|new[a-z]*|permanent|joint|standing|planned|proposed|operations?|unified|integrated)\s+){0,3}(command|headquarters|hq|unit|organi[sz]ation)\b/i;

/** The mention a Japanese clause marks as the object (〜を), or an English one right after the cue. */
function objectOf(text: string, hit: CueHit, mentions: Mention[], lang: Lang): Mention[] {
  if (lang === 'ja') return mentions.filter((m) => /^[」』）)]*を/.test(text.slice(m.end, m.end + 4)) && m.end <= hit.start && hit.start - m.end < 30);
  return mentions.filter((m) => m.start >= hit.end && m.start - hit.end <= 30 && !CLAUSE_BREAK.test(text.slice(hit.end, m.start)) && !/[,.]/.test(text.slice(hit.end, m.start)));
}

export function checkSentence(text: string, sentence: SentenceRange, mentions: Mention[], ctx: ClaimContext, out: Diagnostic[]): void {
  // A "sentence" this long is a table dump or a log line, not a claim; reading values there
  // would only cost time.
  if (sentence.end - sentence.start > MAX_SENTENCE_LENGTH) return;
  const resolved = mentions.filter((m) => !m.candidates);
  const body = text.slice(sentence.start, sentence.end);
  const lang: Lang = /[\u3040-\u30ff\u4e00-\u9fff]/.test(body) ? 'ja' : 'en';
  const discourse = ctx.discourse ?? newDiscourse();
  const frame = sentenceFrame(body, resolved, sentence.start, lang);
  const before = copyDiscourse(discourse);
  const topics = frame.anaphor ? resolveAnaphor(frame.anaphor, before, ctx.dataset, lang) : [];
  // What the next sentence may refer back to: this one's subject, else what it referred to;
  // every name of the sentence is remembered too, the subject last so that it is the latest.
  const said = frame.subject ? ctx.dataset.entities.get(frame.subject.entity) : frame.anaphor?.kind === 'any' ? undefined : topics[0];
  for (const m of [...resolved].reverse()) {
    const e = ctx.dataset.entities.get(m.entity);
    if (e && e !== said) remember(discourse, e);
  }
  if (said) remember(discourse, said);
  if (NEGATION_EN.test(body) || NEGATION_JA.test(body) || /[?？]\s*$/.test(body)) return;
  const hits = ctx.cues.find(text, sentence.start, sentence.end);
  let values: ParsedValue[] | undefined;
  let names: Array<NameSpan> | undefined;
  const used = new Set<object>();
  const reported = new Set<string>();
  const allValues = () => (values ??= findValues(body).map((v) => ({ ...v, start: v.start + sentence.start, end: v.end + sentence.start })));
  const judge = (entity: Entity, decl: PropertyDecl, spoken: string[], members: string[], candidate: Candidate) => {
    let facts = entity.facts.filter((f) => spoken.includes(f.property));
    if (facts.length === 0) facts = entity.facts.filter((f) => members.includes(f.property));
    const known = facts.flatMap(scalars);
    const agrees = known.map((v) => agreement(candidate.found, v, ctx.dataset));
    let conflicting = agrees.includes('conflict') && !agrees.includes('agree');
    if (conflicting) {
      // A name right next to its title (「折木良一防衛相」, "Defense Minister X") says who holds it, whoever else the sentence names.
      const adjacent = candidate.adjacent === true;
      if (isMention(candidate.found) && !plausibleEntityValue(candidate.found, facts, adjacent ? [] : resolved, ctx.dataset)) return;
      if (isOutsideName(candidate.found) && !expectsPerson(facts, adjacent ? [] : resolved, ctx.dataset)) return;
      // A list of entities is rarely complete ("commands A, B, C"), nor is a property that holds
      // several values: naming another is no conflict.
      if (decl.type === 'entity' && (decl.multiple || facts.some((f) => f.value.kind === 'list'))) conflicting = false;
    }
    used.add(candidate.found);
    reported.add(`${entity.id}\u0000${familyOf(decl)}`);
    ctx.readings?.push({ entity: entity.id, property: decl.name, found: candidate.found.text, start: candidate.start, end: candidate.end, verdict: conflicting ? 'conflict' : 'agree' });
    if (!conflicting) return;
    // The right value elsewhere in the sentence ("not 300 but about 240") means the writer
    // knows it: the other number is about something else.
    // A date without a year ("3月24日" after "2024年") is part of the same date, not another one.
    if (isValue(candidate.found) && allValues().some((v) => v !== candidate.found && !(v.value.kind === 'date' && v.value.yearless) && known.some((k) => compareValue(v, k) === 'agree'))) return;
    // A date is its own time; for anything else, the time the sentence or the document is about.
    const time = decl.type === 'date' ? undefined : (sentenceTime(allValues(), candidate) ?? ctx.documentDate);
    out.push(conflict(ctx, entity, decl, facts, candidate, time));
  };
  // Claims made by how names are put together, with no cue word: "the Defense Ministry in
  // Ichigaya", 「市ヶ谷の防衛省」, "the 2011 earthquake", "Air SDF Lt. Gen. Nagumo".
  for (const claim of implicitClaims(text, sentence, resolved, ctx.dataset, lang, allValues)) {
    const decl = ctx.dataset.properties.get(claim.property);
    if (!decl || reported.has(`${claim.entity.id}\u0000${familyOf(decl)}`)) continue;
    judge(claim.entity, decl, [claim.property], [claim.property], { found: claim.found, start: claim.found.start, end: claim.found.end });
  }
  if (hits.length === 0) return;
  const families = familyMembers(ctx.dataset);
  const cuedProperties = new Set(hits.flatMap((h) => h.properties));

  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (modifiesNextCue(text, hit, hits[h + 1])) continue;
    const referencePoint = isReferencePoint(text, hit);
    const binding = bindCue(text, hit, resolved, lang);
    if (binding.kind === 'foreign') continue;
    for (const name of hit.properties) {
      const decl = ctx.dataset.properties.get(name);
      if (!decl || decl.type === 'text') continue;
      // 「発足から半年」, "since its founding": an event used as a point in time states no date for
      // it (「防衛相から」 is still the minister).
      if (referencePoint && decl.type === 'date') continue;
      const family = familyOf(decl);
      const members = families.get(family) ?? [name];
      // The members this sentence speaks of: the cue's own property, and any other member cued
      // too ("planned" next to "personnel"); a current headcount is no planned one.
      const spoken = members.filter((p) => p === name || cuedProperties.has(p));
      const entityValued = decl.type === 'entity';
      const subject = pickSubject(text, hit, binding, frame, topics, resolved, spoken, ctx.dataset, entityValued, lang, sentence.start, (head) => resolveAnaphor({ kind: 'thing', head }, before, ctx.dataset, lang)[0], before.things.map((id) => ctx.dataset.entities.get(id)!).filter(Boolean));
      if (!subject) continue;
      const key = `${subject.entity.id}\u0000${family}`;
      if (reported.has(key)) continue;

      let candidate: Candidate | undefined;
      if (entityValued) {
        names ??= outsideNames(text, sentence, resolved, lang, hits.filter((x) => x.properties.some((p) => personValued(ctx.dataset, p))));
        // Only names of the kind the dataset's values are (a person for a commander) compete.
        const kinds = new Set(subject.entity.facts.filter((f) => members.includes(f.property)).flatMap(scalars).flatMap((v) => (v.kind === 'entity' ? [ctx.dataset.entities.get(v.id)?.type] : [])));
        const fitting = resolved.filter((m) => m === subject.mention || kinds.has(ctx.dataset.entities.get(m.entity)?.type));
        candidate = pickEntityValue(text, fitting, resolved, kinds.has('person') ? names : [], hit, subject.mention, subject.entity, lang);
        // 「パパロ氏は5月、…米インド太平洋軍司令官に就任した」: the topic takes up the post.
        if (!candidate && lang === 'ja' && kinds.has('person') && JA_TAKES_POST.test(text.slice(hit.end, hit.end + 8))) candidate = topicHolder(text, sentence, frame, names, fitting, subject.entity);
      } else {
        candidate = pickValue(text, allValues(), resolved, hit, hits, decl, ctx.dataset, lang === 'ja', used);
      }
      if (candidate) judge(subject.entity, decl, spoken, members, candidate);
    }
  }
}

function hasFacts(entity: Entity | undefined, members: string[]): boolean {
  return !!entity && entity.facts.some((f) => members.includes(f.property));
}

/**
 * The entity a claim is about, by the sentence's structure, most certain first:
 * 1. the name the cue belongs to ("the JJOC's staff", 「統合作戦司令部の司令官」);
 * 2. the sentence's subject or topic;
 * 3. the entity an anaphor stands for ("It has…", 「同部隊は…」, a Japanese sentence with no subject);
 * 4. when the subject has no such facts or is no known name ("The government will set up the
 *    JJOC in 2025"), the object of the cue's verb;
 * 5. with no subject at all, the nearest name that has such facts.
 * A subject that is a known name without such facts ends the search for a quantity or a date:
 * the sentence is about it. For a name-valued property the subject may be the value itself
 * ("Tawara is the deputy commander of …"), so the search goes on.
 */
function pickSubject(
  text: string,
  hit: CueHit,
  binding: Binding,
  frame: SentenceFrame,
  topics: Entity[],
  mentions: Mention[],
  members: string[],
  dataset: Dataset,
  entityValued: boolean,
  lang: Lang,
  sentenceStart: number,
  describe?: (head: string) => Entity | undefined,
  recent?: Entity[],
): { mention?: Mention; entity: Entity } | undefined {
  const withFacts = (m: Mention | undefined) => {
    const entity = m && dataset.entities.get(m.entity);
    return entity && hasFacts(entity, members) ? { mention: m, entity } : undefined;
  };
  const topic = topics.find((t) => hasFacts(t, members));
  if (binding.kind === 'mention') {
    const bound = withFacts(binding.mention);
    if (bound) return bound;
    // 「中谷防衛大臣」: a name before a title is its holder, the value, not the owner.
    if (!entityValued) return undefined;
  }
  // "the JJOC, which was established …", "the JJOC, set to be established on …": a relative or
  // participle clause right after a name is about that name.
  if (lang === 'en') {
    const head = mentions.filter((m) => m.end <= hit.start).pop();
    if (head && EN_RELATIVE_LEAD.test(text.slice(head.end, hit.start))) {
      const bound = withFacts(head);
      if (bound) return bound;
    }
  }
  const bySubject = withFacts(frame.subject);
  if (bySubject) return bySubject;
  // 「3月24日に新設される…「統合作戦司令部」」: a cue in a relative clause describes the noun the
  // clause modifies, the next name after it that has such facts.
  if (lang === 'ja' && JA_ATTRIBUTIVE.test(text.slice(hit.end, hit.end + 8))) {
    const head = mentions.find((m) => m.start >= hit.end && m.start - hit.end <= 60 && !/[。]/.test(text.slice(hit.end, m.start)) && withFacts(m));
    if (head) return withFacts(head);
  }
  // "The government aims to establish the joint headquarters": a description of an earlier
  // entity as the object.
  if (lang === 'en' && !entityValued && describe) {
    const object = EN_OBJECT_DESCRIPTION.exec(text.slice(hit.end, hit.end + 60));
    const entity = object ? describe(object[1]!.toLowerCase()) : undefined;
    if (entity && hasFacts(entity, members)) return { entity };
  }
  if (!frame.subject && topic && !mentions.some((m) => hasFacts(dataset.entities.get(m.entity), members))) return { entity: topic };
  if (frame.foreignSubject || frame.subject) {
    // For a name-valued property the name after the cue is its value ("under the command of X").
    for (const m of entityValued && lang === 'en' ? [] : objectOf(text, hit, mentions, lang)) {
      const o = withFacts(m);
      if (o) return o;
    }
    // A person who has no such facts speaks of an organisation's or an event's ("Gen. Nagumo,
    // commander of the JJOC, reviews troops ahead of the activation ceremony on March 24"): the
    // nearest name that has them. Another organisation as the subject keeps the claim its own.
    if (!entityValued && !(frame.subject && dataset.entities.get(frame.subject.entity)?.type === 'person')) return undefined;
  }
  // The nearest name with such facts before the cue, else after it; for a name-valued property
  // only in the same clause ("will report to INDOPACOM, in close collaboration with the JJOC":
  // the JJOC is another clause's).
  const before = mentions.filter((m) => m.end <= hit.start).reverse();
  const after = mentions.filter((m) => m.start >= hit.end && (!entityValued || !/[,;:、。]/.test(text.slice(hit.end, m.start))));
  for (const m of [...before, ...after]) {
    if (frame.subject && m === frame.subject) continue;
    const s = withFacts(m);
    if (s) return s;
  }
  if (topic) return { entity: topic };
  // A role title with no owner in the sentence (「初代司令官に任命された…」) is the role in what
  // the text is about: the latest organisation that has it.
  if (entityValued && recent && members.every((p) => personValued(dataset, p)) && !soleHolder(dataset, members) && ownTitle(text, sentenceStart, hit, mentions, lang)) {
    const latest = recent.find((e) => hasFacts(e, members));
    if (latest) return { entity: latest };
  }
  // A title names its holder's organisation by itself ("Defense Minister X", 「X防衛相」) when one
  // entity alone holds the property, unless another country's is meant ("British defence minister").
  if (entityValued && ownTitle(text, sentenceStart, hit, mentions, lang)) return soleHolder(dataset, members);
  return undefined;
}

/** Before a title, words that name another holder: "British", "Pacific Air Forces", 豪, 元 (former). */
const OTHER_HOLDER_EN = /\b(?:british|u\.k\.|uk|australian|american|u\.s\.|us|chinese|korean|philippine|indian|french|german|italian|canadian|zealand|taiwanese|russian|ukrainian|former|ex|then)[\s-]*$/i;
/** A capitalised word right before the title: its organisation ("Pacific Air Forces Deputy Commander"). */
const OWNER_WORD_EN = /(?:^|[^.!?]\s)[A-Z][\w.’'-]*\s+$/;
const OWN_HOLDER_EN = /\b(?:japan['’]s|japanese|japan)\s+$/i;

/**
 * Is the title at `hit` written for the one organisation that has it ("Defense Minister X",
 * "Japan's defense minister, X", 「中谷防衛相」), rather than another's ("U.K. Defence Minister",
 * "Pacific Air Forces Deputy Commander", 「豪国防相」, 「元防衛相」)?
 */
function ownTitle(text: string, sentenceStart: number, hit: CueHit, mentions: Mention[], lang: Lang): boolean {
  const before = text.slice(Math.max(sentenceStart, hit.start - 30), hit.start);
  if (lang === 'en') return OWN_HOLDER_EN.test(before) || !(OTHER_HOLDER_EN.test(before) || OWNER_WORD_EN.test(before));
  const c = before[before.length - 1];
  // 「山田太郎・防衛相」: the middle dot sets a name off from its title.
  if (c === undefined || c === '・' || !/[\u4e00-\u9fff\u30a0-\u30ff]/.test(c)) return true;
  // 「中谷防衛相」「山田太郎防衛相」: a name right before the title is its holder.
  if (mentions.some((m) => m.end === hit.start && m.entity !== undefined)) return true;
  // A name of two kanji or more (田中防衛相) holds the title; one kanji may be another country's (豪国防相) or 元/前.
  const name = japaneseNameEndingAt(text, hit.start, Math.max(0, hit.start - 8));
  if (name && name.text.length >= 2) return true;
  return !/[元前豪英米韓中比仏独印加露]$/.test(before) && name !== undefined;
}

const holders = new WeakMap<Dataset, Map<string, Entity | null>>();

/** The one entity with facts in a family, if there is exactly one and its values are people. */
function soleHolder(dataset: Dataset, members: string[]): { entity: Entity } | undefined {
  let byFamily = holders.get(dataset);
  if (!byFamily) holders.set(dataset, (byFamily = new Map()));
  const key = members.join('\u0000');
  let holder = byFamily.get(key);
  if (holder === undefined) {
    const all = [...dataset.entities.values()].filter((e) => hasFacts(e, members));
    // Only a title whose values are people: "based in Hawaii" names no organisation by itself.
    const people = all.length === 1 && all[0]!.facts.filter((f) => members.includes(f.property)).flatMap(scalars).every((v) => v.kind === 'entity' && dataset.entities.get(v.id)?.type === 'person');
    holder = people ? all[0]! : null;
    byFamily.set(key, holder);
  }
  return holder ? { entity: holder } : undefined;
}

/** Words that may stand between a value and the cue before or after it, in a scalar claim. */
function pickValue(text: string, values: ParsedValue[], mentions: Mention[], hit: CueHit, hits: CueHit[], decl: PropertyDecl, dataset: Dataset, isJa: boolean, used: Set<object>): Candidate | undefined {
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
    // Another cue between them that takes a value of this kind governs it ("approved in 2022 …
    // established", 「2022年末に閣議決定された戦略で創設」); a title between them does not.
    if (hits.some((o) => o !== hit && o.start >= gs && o.end <= ge && !o.properties.some((p) => hit.properties.includes(p)) && o.properties.some((p) => dataset.properties.get(p)?.type === v.value.kind))) continue;
    // A cue in the verb's base form ("to establish", "will launch") states a date only as its
    // complement: "establish the JJOC by 2025", not "establish the JJOC date back to 2022".
    if (!isJa && v.start >= hit.end && BASE_VERB_CUE.test(text.slice(hit.start, hit.end)) && !BASE_VERB_GAP.test(stripNames(text, hit.end, v.start, mentions))) continue;
    // A day alone (「10日」) is weak evidence: only right next to its cue (「24日に発足」「24日付で新編」).
    if (v.value.kind === 'date' && v.value.yearless && v.value.month === undefined && !/^\s*(?:に|付で|付けで|、)?\s*$/.test(text.slice(gs, ge))) continue;
    // 「…の創設を柱とする改正案が10日に成立」: a value after a new subject (Xが, Xは) is that clause's.
    // A date in brackets closing a headline (「…が発足 …(2025年3月24日)」) dates all of it.
    if (isJa && v.start >= hit.end && /[\u4e00-\u9fff\u30a0-\u30ff」）)][がは]/.test(text.slice(gs, ge)) && !/^[(（]$/.test(text[v.start - 1] ?? '')) continue;
    let gap = ge - gs;
    const limit = bare ? MAX_BARE_GAP : isJa ? MAX_GAP.ja : MAX_GAP.en;
    // 「防衛省は2025年3月、…を新設する。」: a date fronted before a comma, at the start or after
    // the topic, dates the sentence's last predicate.
    if (gap > limit && isJa && v.value.kind === 'date' && frontedDate(text, v, hit)) gap = limit;
    if (gap > limit) continue;
    if (!best || gap < best.gap) best = { v, gap };
  }
  return best && { found: best.v, start: best.v.start, end: best.v.end };
}

/** A Japanese date fronted before a comma (at the start, or after Xは) and a cue that is the predicate. */
function frontedDate(text: string, v: ParsedValue, hit: CueHit): boolean {
  if (v.end > hit.start || !/^(?:に|には|付で)?、/.test(text.slice(v.end, v.end + 4))) return false;
  const lead = text.slice(Math.max(0, v.start - 20), v.start);
  if (!/(?:^|[。\n]|[^\s]は)\s*$/.test(lead)) return false;
  // The cue is the predicate: it ends the sentence (する, された, する予定だ) or its first clause
  // (「…が発足し、…」).
  const after = text.slice(hit.end, hit.end + 16);
  const end = after.indexOf('。');
  return (end >= 0 && end <= 10) || /^(?:さ)?(?:し|れ|され)、/.test(after);
}

const BASE_VERB_CUE = /^(?:establish|launch|will launch|to launch|stand up|set up|create)$/i;
const BASE_VERB_GAP = /^(?:\s|the|a|an|new|its|their|officially|formally|in|by|on|at|end|of|the end of|early|late|mid|as early as|no later than|before|permanent|joint|standing|operations|command|headquarters|unit)*$/i;

/** `text[from, to)` with the names in it left out. */
function stripNames(text: string, from: number, to: number, mentions: Mention[]): string {
  let out = '';
  let at = from;
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    out += text.slice(at, m.start) + ' ';
    at = m.end;
  }
  return out + text.slice(at, to);
}

// What may stand between a person-valued cue and the name it introduces, after removing
// parentheses and ages: "commander, Gen. X", "X, 59, who became the first commander", "X was
// appointed as the inaugural commander", "the assignment of X to the post of commander".
const EN_NAME_FILLER = /^(?:\s|,|:|—|–|-|\d{1,3}|['’]s|the|a|an|its|his|her|their|japan['’]s|u\.s\.|us|new|first|commander|command|authority|operational|control|inaugural|initial|incoming|current|newly|as|is|was|were|will|be|been|being|has|have|had|became|becomes|become|appointed|named|tapped|nominated|selected|chosen|installed|serve|serves|served|serving|to|post|position|role|of|who|by|lt\.|gen\.|adm\.|vice|lieutenant|general|admiral|air|force|ground|maritime|self-defense|sdf|asdf|gsdf|msdf)*$/i;
const JA_NAME_FILLER = /^(?:[\s、・＝=:：]|に|は|が|を|の|と|として|も|初代|新|現|次期|氏|空将|陸将|海将|(?:任命|就任|起用|着任|指名|抜擢)(?:され|し|する|される)?(?:た|る)?|(?:[^、。「」]{1,14}の))*$/;

function stripAsides(s: string): string {
  return s.replace(/\([^()]{0,40}\)|（[^（）]{0,40}）/g, ' ');
}

/** A name-valued claim's value: a mention or an outside name right next to the cue. */
function pickEntityValue(text: string, candidates: Mention[], mentions: Mention[], names: NameSpan[], hit: CueHit, subject: Mention | undefined, subjectEntity: Entity, lang: Lang): Candidate | undefined {
  let best: { found: Mention | OutsideName; gap: number; start: number; end: number } | undefined;
  const consider = (found: Mention | OutsideName, start: number, end: number) => {
    const [gs, ge] = gapBetween(hit, { start, end });
    if (ge - gs > MAX_ENTITY_GAP * 2) return;
    let between = text.slice(gs, ge);
    if (CLAUSE_BREAK.test(between)) return;
    // The gap may hold the subject itself but no other name.
    if (mentions.some((o) => o !== subject && o !== found && o.start >= gs && o.end <= ge)) return;
    if (subject && subject.start >= gs && subject.end <= ge) between = text.slice(gs, subject.start) + ' ' + text.slice(subject.end, ge);
    between = stripAsides(between);
    if (lang === 'ja' ? !JA_NAME_FILLER.test(between) : !EN_NAME_FILLER.test(between)) return;
    if (lang === 'en' && CONJUNCTION.test(between)) return;
    // 「司令官は、ランドル中佐を歓迎した」: after a topic, a name that takes を is the verb's object.
    if (lang === 'ja' && start > hit.end && /は/.test(between) && /^(?:[\s　]*[（(][^）)]{0,20}[）)])?[^、。]{0,8}?(?:を|に|と)/.test(text.slice(end, end + 14)) && !/^(?:陸将|海将|空将|氏)?(?:だ|である|です|。)/.test(text.slice(end, end + 6))) return;
    const gap = ge - gs;
    if (!best || gap < best.gap) best = { found, gap, start, end };
  };
  for (const m of candidates) {
    if (m === subject || m.entity === subjectEntity.id || overlaps(m, hit)) continue;
    consider(m, m.start, m.end);
  }
  for (const n of names) {
    if (overlaps(n, hit)) continue;
    consider({ kind: 'outside-name', text: n.text }, n.start, n.end);
  }
  const b = best as { found: Mention | OutsideName; start: number; end: number; gap: number } | undefined;
  if (!b) return undefined;
  const [gs, ge] = gapBetween(hit, b);
  return { found: b.found, start: b.start, end: b.end, adjacent: /^[\s・]?$/.test(text.slice(gs, ge)) };
}

/** After a title: the verb that says the sentence's topic takes or holds the post. */
const JA_TAKES_POST = /^(?:に(?:就任|任命|着任|起用|昇任|就[いくき])|を(?:務め|務める|務めて)|として(?:指揮|着任|就任)|となった|となる)/;

/** The person a Japanese sentence is about (山田氏は…, パパロ氏は…), as the holder of a post. */
function topicHolder(text: string, sentence: SentenceRange, frame: SentenceFrame, names: NameSpan[], candidates: Mention[], owner: Entity): Candidate | undefined {
  if (frame.subject && frame.subject.entity !== owner.id && candidates.includes(frame.subject)) return { found: frame.subject, start: frame.subject.start, end: frame.subject.end };
  if (frame.subject || frame.foreignSubject === false) return undefined;
  // A name the dataset does not know, marked as the topic: 「山田氏は」「山田太郎陸将が」.
  const name = names.find((n) => /^(?:氏|さん|陸将|海将|空将|[\u4e00-\u9fff]{0,3}(?:将|佐|尉))?(?:は|が)/.test(text.slice(n.end, Math.min(sentence.end, n.end + 6))));
  return name && { found: { kind: 'outside-name', text: name.text }, start: name.start, end: name.end };
}

/** Names of people the dataset does not know, in frames that make them names (titles, ranks). */
function outsideNames(text: string, sentence: SentenceRange, mentions: Mention[], lang: Lang, personCues: CueHit[]): NameSpan[] {
  const found = lang === 'ja' ? titledJapaneseNames(text, sentence.start, sentence.end) : titledEnglishNames(text, sentence.start, sentence.end);
  // 「統合作戦司令官 山田太郎（空将）」「司令官に山田太郎を充てる」「led by Taro Yamada」: a name
  // right after a title or a cue for a person (in English, two words or more).
  for (const hit of personCues) {
    let n: NameSpan | undefined;
    if (lang === 'ja') {
      n = japaneseNameAfter(text, hit.end, sentence.end);
      // 「山田太郎統合作戦司令官は」: a name right before a compound title.
      const before = japaneseNameEndingAt(text, hit.start, Math.max(sentence.start, hit.start - 8));
      if (before && !found.some((f) => f.start === before.start)) found.push(before);
    }
    else if (text[hit.end] === ' ') {
      const e = englishNameAt(text, hit.end + 1, sentence.end);
      if (e && e.text.includes(' ')) n = e;
    }
    if (n && !found.some((f) => f.start === n!.start)) found.push(n);
  }
  return found.filter((n) => !mentions.some((m) => overlaps(m, n)));
}

const personValuedCache = new WeakMap<Dataset, Map<string, boolean>>();

/** Are a property's values people, wherever the dataset gives it? */
function personValued(dataset: Dataset, property: string): boolean {
  let byProperty = personValuedCache.get(dataset);
  if (!byProperty) personValuedCache.set(dataset, (byProperty = new Map()));
  let answer = byProperty.get(property);
  if (answer === undefined) {
    const values = [...dataset.entities.values()].flatMap((e) => e.facts.filter((f) => f.property === property).flatMap(scalars));
    answer = values.length > 0 && values.every((v) => v.kind === 'entity' && dataset.entities.get(v.id)?.type === 'person');
    byProperty.set(property, answer);
  }
  return answer;
}

/** An outside name is worth comparing only where a person is expected and none is named. */
function expectsPerson(facts: Fact[], mentions: Mention[], dataset: Dataset): boolean {
  const expected = facts.flatMap(scalars).filter((v): v is Extract<ScalarValue, { kind: 'entity' }> => v.kind === 'entity');
  if (expected.some((v) => mentions.some((m) => m.entity === v.id))) return false;
  return expected.some((v) => dataset.entities.get(v.id)?.type === 'person');
}

/**
 * An entity value is worth comparing only when it is of the expected kind (a person for a
 * commander) and the right one is not named in the same sentence anyway.
 */
function plausibleEntityValue(found: Mention, facts: Fact[], mentions: Mention[], dataset: Dataset): boolean {
  const expected = facts.flatMap(scalars).filter((v): v is Extract<ScalarValue, { kind: 'entity' }> => v.kind === 'entity');
  const type = dataset.entities.get(found.entity)?.type;
  // "Tawara and Nagumo …": the right person named beside another. A place is different: "Futenma,
  // Tokyo" names the city of the right headquarters and still a wrong site.
  if (type === 'person' && expected.some((v) => mentions.some((m) => m.entity === v.id))) return false;
  return expected.some((v) => dataset.entities.get(v.id)?.type === type);
}

function isMention(found: Found): found is Mention {
  return (found as Mention).entity !== undefined;
}

function isOutsideName(found: Found): found is OutsideName {
  return (found as OutsideName).kind === 'outside-name';
}

function isValue(found: Found): found is ParsedValue {
  return !isMention(found) && !isOutsideName(found);
}

/** Word-level edit distance, for telling a misspelt name from another person's. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * An outside name that is a variant of the expected person's (a misspelling, "Nagomu Kenishiro";
 * a form the dataset lacks, 中谷元 for 中谷) is no evidence of another person.
 */
function variantOf(name: string, id: string, dataset: Dataset): boolean {
  const person = dataset.entities.get(id);
  if (!person) return false;
  const known = [...Object.values(person.labels), ...person.aliases.map((a) => a.text), ...Object.values(person.readings)].filter((n): n is string => !!n);
  const words = (s: string) => s.toLowerCase().split(/[\s・]+/).filter((w) => w.length >= 4);
  if (/[\u3040-\u9fff]/.test(name)) return known.some((k) => k.length >= 2 && name.length >= 2 && (k.startsWith(name.slice(0, 2)) || name.startsWith(k)));
  return known.some((k) => words(k).some((w) => words(name).some((v) => editDistance(v, w) <= 2)));
}

function agreement(found: Found, known: ScalarValue, dataset: Dataset): 'agree' | 'conflict' | 'incomparable' {
  if (isOutsideName(found)) {
    if (known.kind !== 'entity') return 'incomparable';
    return variantOf(found.text, known.id, dataset) ? 'agree' : 'conflict';
  }
  if (isMention(found)) {
    if (known.kind !== 'entity') return 'incomparable';
    return known.id === found.entity ? 'agree' : 'conflict';
  }
  return compareValue(found, known);
}

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
function sentenceTime(values: ParsedValue[], candidate: Candidate): DateValue | undefined {
  const v = values.find((x) => x !== candidate.found && x.value.kind === 'date' && !x.value.yearless && !FISCAL.test(x.text));
  return v && v.value.kind === 'date' ? v.value : undefined;
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
 * start; undefined when the facts cover it or carry no dates.
 */
function outsidePeriod(facts: Fact[], time: DateValue | undefined): { when: 'later' | 'earlier'; at: DateValue } | undefined {
  if (!time || facts.length === 0) return undefined;
  const refs = facts.map((f) => f.qualifiers.until ?? f.qualifiers.asOf ?? f.qualifiers.from);
  if (refs.every((d): d is DateValue => !!d) && refs.every((d) => compareTime(time, d) > 0)) return { when: 'later', at: time };
  const froms = facts.map((f) => f.qualifiers.from);
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

function conflict(ctx: ClaimContext, entity: Entity, decl: PropertyDecl, facts: Fact[], candidate: Candidate, time: DateValue | undefined): Diagnostic {
  // Report against the cue's own property when the entity has it, else the family's base.
  const own = facts.filter((f) => f.property === decl.name);
  const reportedFacts = own.length > 0 ? own : facts;
  const property = reportedFacts[0]!.property;
  const current = reportedFacts.filter((f) => f.qualifiers.status !== 'former');
  const primary = (current.length > 0 ? current : reportedFacts).flatMap(scalars);
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
  // A value for a time the dataset does not cover is no error to fix.
  const edit = narrowEdit(found, candidate.start, outsidePeriod(reportedFacts, time) ? undefined : replacement);
  const expected = [...new Set(primary.map(normalizedValue))];
  const propLabel = decl.label[ctx.lang] ?? decl.label.en ?? decl.name;
  const entityLabel = entity.labels[ctx.lang] ?? entity.labels.en ?? entity.id;
  const primaryFacts = current.length > 0 ? current : reportedFacts;
  const expectedText = primaryFacts.map((f) => describeFact(f, ctx.dataset, ctx.lang)).join(ctx.lang === 'ja' ? '、' : ' or ');
  // About a time the dataset does not cover: say so, and never call the text wrong.
  const outside = outsidePeriod(reportedFacts, time);
  const when = outside && describeValue(outside.at, ctx.dataset, ctx.lang);
  const message = !outside
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
    severity: outside ? 'info' : 'warning',
    message: pick(message, ctx.lang),
    file: ctx.file,
    range: { start: ctx.positionAt(edit.start), end: ctx.positionAt(edit.end) },
    entity: entity.id,
    property,
    found: edit.found,
    actual: edit.found,
    expected,
    sources: reportedFacts.flatMap((f) => f.sources),
    data: { entity: entity.id, property, found: edit.found, expected, replacement: edit.replacement, ...(outside ? { temporal: outside.when } : {}) },
  };
  if (edit.replacement !== undefined) diagnostic.replacement = edit.replacement;
  return diagnostic;
}
