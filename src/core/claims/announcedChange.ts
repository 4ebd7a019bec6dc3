// An announcement told by what it announced, not by its name: "Lloyd Austin announced USFJ's
// restructuring in July 2024", 「2024年7月、在日米軍を統合軍司令部に格上げすると発表した」. The
// dataset's event whose subject is the organisation named, and which changed it, is meant; the date
// beside the announcing verb is its date.
//
// Organisations are announced and changed more than once: only a date the dataset's meets or
// misses by one step (one part off by a year, a month or a few days: "July 2023" for July 2024) is
// read as a claim about that event; the start of the change ("had started phase one") and a budget
// request are left to other rules. The event may be named too (「2023年7月の日米安全保障協議委員会(日米「2+2」)」):
// its general names count only beside its own date, so a wrong date can hide the name.

import type { Dataset, Entity, Mention, ScalarValue } from '../model';
import { compareValue, type ParsedValue } from '../values';
import type { CueHit } from './cueIndex';
import type { SentenceRange } from './sentences';
import { FISCAL, scalars, type Candidate } from './shared';
import type { Lang } from './structure';

const EN_VERB = /\b(?:announc(?:ed|es|ing)|unveil(?:ed|s|ing))\b/gi;
const JA_VERB = /発表|表明|公表|打ち出|合意/g;
/** The change an announcement is of: an upgrade, a restructuring, a new headquarters. */
const CHANGE: Record<Lang, RegExp> = {
  en: /\b(?:upgrad(?:e|es|ed|ing)|enhanc\w*|restructur\w*|transform\w*|revamp\w*|reorgani[sz]\w*|overhaul\w*|joint force headquarters|creation|create|establish\w*|permanent joint headquarters)\b/i,
  ja: /格上げ|再編|統合軍司令部|改編|創設|新設|常設統合司令部/,
};
/** The change under way or money for it: other events (its start, a budget request). */
const NOT_THE_ANNOUNCEMENT: Record<Lang, RegExp> = {
  en: /\b(?:start(?:s|ed|ing)?|began|begun|begin(?:s|ning)?|first steps?|phase one|first phase|budget|request(?:s|ed)?)\b/i,
  ja: /開始|着手|始ま|始動|第1段階|第一段階|予算|要求/,
};
/** A bill to amend a law, approved by the cabinet or sent to the Diet. */
const BILL: Record<Lang, RegExp> = {
  en: /\bbills?\b[^.;]{0,80}\bamend\w*|\bamendments?\b/i,
  ja: /改正(?:する)?(?:法律案|法案|案)|改正案/,
};
const EN_APPROVE = /\b(?:approv(?:ed|es|ing)|adopt(?:ed|s|ing)|endors(?:ed|es|ing)|submitt(?:ed|ing)|submits)\b/gi;
const JA_APPROVE = /閣議決定|国会に提出|国会提出/g;
/** What the bill is for: setting something up. */
const BILL_SETS_UP: Record<Lang, RegExp> = {
  en: /\b(?:establish\w*|creat\w*|set(?:ting)?\s+up|launch\w*)\b/i,
  ja: /創設|設置|新設|新編|発足/,
};
/** The new command named in lower case ("a joint operation command"), when not by its name. */
const NEW_COMMAND: Record<Lang, RegExp> = {
  en: /\bjoint\s+operations?\s+command\b/i,
  // (「同司令部の新設を盛り込んだ…改正案」: the command told of just before.)
  ja: /統合作戦司令部|常設統合司令部|同司令部|新司令部/,
};
/** How far after the change's word a start or a budget makes it another event. */
const NEAR_CHANGE = 40;
/** A sentence's verbs looked at, at most. */
const MAX_VERBS = 8;
/** How far from the verb its date may stand. */
const MAX_DATE_GAP = 80;

const eventsCache = new WeakMap<Dataset, Map<string, Entity[]>>();

/** Per organisation or document, the dated events the dataset gives it as their subject. */
function eventsBySubject(dataset: Dataset): Map<string, Entity[]> {
  let map = eventsCache.get(dataset);
  if (map) return map;
  map = new Map();
  for (const e of dataset.entities.values()) {
    if (e.type !== 'event' || !e.facts.some((f) => f.property === 'date')) continue;
    for (const v of e.facts.filter((f) => f.property === 'subject').flatMap(scalars)) {
      const type = v.kind === 'entity' ? dataset.entities.get(v.id)?.type : undefined;
      if (v.kind !== 'entity' || (type !== 'organization' && type !== 'document')) continue;
      map.set(v.id, [...(map.get(v.id) ?? []), e]);
    }
  }
  eventsCache.set(dataset, map);
  return map;
}

export function announcedChangeClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: Lang, values: () => ParsedValue[]): Array<{ entity: Entity; found: ParsedValue }> {
  const body = text.slice(sentence.start, sentence.end);
  const bySubject = eventsBySubject(dataset);
  const subjectType = (m: Mention) => dataset.entities.get(m.entity)?.type;
  // A bill approved to amend a law: only the one that sets up a new command (laws are amended every year).
  if (BILL[lang].test(body) && BILL_SETS_UP[lang].test(body) && (NEW_COMMAND[lang].test(body) || mentions.some((m) => dataset.entities.get(m.entity)?.facts.some((f) => f.property === 'established')))) {
    const bills = [...new Set(mentions.filter((m) => subjectType(m) === 'document').flatMap((m) => bySubject.get(m.entity) ?? []))];
    const claim = bills.length > 0 ? datedBy(text, sentence, body, lang, lang === 'ja' ? JA_APPROVE : EN_APPROVE, bills, values) : undefined;
    if (claim) return [claim];
  }
  // Only near the change: "… announced the creation of X for March 2025 with funds requested …" is still the announcement.
  const change = CHANGE[lang].exec(body);
  if (!change || NOT_THE_ANNOUNCEMENT[lang].test(body.slice(0, change.index + change[0].length + NEAR_CHANGE))) return [];
  const events = [...new Set(mentions.filter((m) => subjectType(m) === 'organization').flatMap((m) => bySubject.get(m.entity) ?? []))];
  if (events.length === 0) return [];
  const claim = datedBy(text, sentence, body, lang, lang === 'ja' ? JA_VERB : EN_VERB, events, values);
  return claim ? [claim] : [];
}

/** Between a date and an announcing verb: the end of a clause announced as done, quoted by と (「…に到着したと」; not the change to come, 「格上げすると」). */
const JA_REPORTED_CLAUSE_BETWEEN = /(?:した|された|していた|だった)(?:と|との)[^。]{0,16}$/;

/** The one event whose date the date nearest a verb meets or misses by one step. */
function datedBy(text: string, sentence: SentenceRange, body: string, lang: Lang, verbs: RegExp, events: Entity[], values: () => ParsedValue[]): { entity: Entity; found: ParsedValue } | undefined {
  const dates = values().filter((v) => v.value.kind === 'date' && !FISCAL.test(v.text));
  if (dates.length === 0) return undefined;
  verbs.lastIndex = 0;
  for (let verb = verbs.exec(body), n = 0; verb && n < MAX_VERBS; verb = verbs.exec(body), n++) {
    const at = sentence.start + verb.index;
    const end = at + verb[0].length;
    const gap = (v: ParsedValue) => Math.max(v.start - end, at - v.end, 0);
    // A date that opens the sentence dates its verb however long the sentence (「2024年7月の…において、…表明した」).
    const opening = (v: ParsedValue) => v.end <= at && /^\s*(?:In\s+|On\s+)?$/.test(text.slice(sentence.start, v.start));
    // In Japanese what dates a verb stands before it: a date after it, past a comma, is the next clause's (「…法律案が国会に提出され、同年5月10日に可決」).
    const nextClause = (v: ParsedValue) => lang === 'ja' && v.start >= end && /[、。]/.test(text.slice(end, v.start));
    // 「…第一陣が8月に横田に到着したとSNS上で発表した」: a date inside the clause reported (…したと) is that clause's verb's, not the announcement's.
    const reported = (v: ParsedValue) => lang === 'ja' && v.end <= at && JA_REPORTED_CLAUSE_BETWEEN.test(text.slice(v.end, at));
    const date = dates.filter((v) => (gap(v) <= MAX_DATE_GAP || opening(v)) && !nextClause(v) && !reported(v)).sort((a, b) => gap(a) - gap(b))[0];
    if (!date) continue;
    const fits = events.filter((e) => e.facts.filter((f) => f.property === 'date').flatMap(scalars).some((d) => compareValue(date, d) === 'agree' || oneStepOff(date, d)));
    if (fits.length === 1) return { entity: fits[0]!, found: date };
  }
  return undefined;
}

/** One part of the date (of two or more both write, or a month without a year) off by one year, one month or up to a week, the others the same. */
function oneStepOff(found: ParsedValue, expected: ScalarValue): boolean {
  const f = found.value;
  if (f.kind !== 'date' || expected.kind !== 'date') return false;
  const steps: Array<[number | undefined, number | undefined, number]> = [
    [f.yearless ? undefined : f.year, expected.yearless ? undefined : expected.year, 1],
    [f.month, expected.month, 1],
    [f.precision === 'day' ? f.day : undefined, expected.precision === 'day' ? expected.day : undefined, 7],
  ];
  // A year alone says too little: 「2022年末に閣議決定された戦略で」 is the strategy's year, a step before.
  let named = 0;
  let off = 0;
  for (const [a, b, most] of steps) {
    if (a === undefined || b === undefined) continue;
    named++;
    if (a === b) continue;
    if (Math.abs(a - b) > most) return false;
    off++;
  }
  // 「（昨年）6月、在日米軍司令部を「統合軍司令部」に格上げ…で合意」: a month without a year, one off, where the change
  // it announced says which event it is (only one event announced it).
  return off === 1 && (named >= 2 || (f.yearless === true && f.precision === 'month' && expected.month !== undefined));
}

// The start of a change told as done inside an announcement is dated by the announcement, as the
// dataset dates USFJ's upgrade by Hegseth's words of March 2025.
/** A cue of a start told as done; the verbs that announce it, before it (English) or after it (Japanese, after と). */
const START_TOLD_DONE = /\b(?:had\s+(?:been\s+)?(?:started|begun|taken)|has\s+(?:been\s+)?(?:started|begun|taken)|started|began)\b|開始した|開始され|始まった|始めた|始動した/i;
const EN_ANNOUNCED_LAUNCH_OF = /\b(?:announced|confirmed|declared|unveiled)\s+the\s+(?:launch|start|beginning)\s+of\s+$/i;
const EN_ANNOUNCED_THAT = /\b(?:announced|said|confirmed|declared|stated|revealed)\b(?:\s+(?:on|in)\s+[^,;]{1,30}?)?\s+that\b/gi;
const JA_ANNOUNCED = /(?:と|」と)、?[^。「」]{0,60}?(?:発表|表明|明らかにし|述べ)/g;

/** The date of the announcement a start is told in: the sentence's date nearest the announcing verb, before the verb. */
export function announcedStart(text: string, sentence: SentenceRange, hit: CueHit, values: ParsedValue[], used: Set<object>, lang: Lang): Candidate | undefined {
  const told = text.slice(hit.start, Math.min(sentence.end, hit.end + 24));
  // "Hegseth announced the launch of phase one in upgrading …": the start is the announcement's object.
  const launch = lang === 'en' ? EN_ANNOUNCED_LAUNCH_OF.exec(text.slice(Math.max(sentence.start, hit.start - 48), hit.start)) : null;
  if (!launch && !START_TOLD_DONE.test(told) && !START_TOLD_DONE.test(text.slice(Math.max(sentence.start, hit.start - 16), hit.end))) return undefined;
  const body = text.slice(sentence.start, sentence.end);
  let verbAt: number | undefined;
  if (launch) verbAt = hit.start - launch[0].length;
  else if (lang === 'en') {
    for (const m of body.matchAll(EN_ANNOUNCED_THAT)) if (sentence.start + m.index < hit.start) verbAt = sentence.start + m.index;
  } else {
    for (const m of body.matchAll(JA_ANNOUNCED)) {
      const at = sentence.start + m.index;
      if (at >= hit.end && at - hit.end <= 20) { verbAt = at + m[0].length; break; }
    }
  }
  if (verbAt === undefined) return undefined;
  const dates = values.filter((v) => v.value.kind === 'date' && !used.has(v) && v.end <= verbAt! && !FISCAL.test(v.text));
  const found = dates.sort((a, b) => verbAt! - a.end - (verbAt! - b.end))[0];
  return found && { found, start: found.start, end: found.end };
}
