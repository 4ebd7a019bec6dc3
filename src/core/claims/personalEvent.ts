// An event that happens to one person, told by that person and what happened, not by the event's
// name: "Yoshida … visited the Self-Defense Forces Central Hospital on Feb. 15", 「吉田統合幕僚長が
// 過労で入院した」. The dataset's event has that person as its `subject` and a label that says
// what kind of event it is; a sentence that names the person and a word of that kind dates the
// event. Such events happen to a person once in the span a dataset covers, unlike meetings, so
// the date is compared without first asking that it agree. A posting between organisations and
// countries (「統合作戦司令部は…豪国防軍から初代連絡官として…を受け入れ」) is read the same way when
// every one of its participants is named.

import type { Dataset, Entity, Mention } from '../model';
import type { ParsedValue } from '../values';
import { FISCAL, scalars } from './shared';
import type { SentenceRange } from './sentences';
import type { Lang } from './structure';

export interface PersonalEventClaim {
  entity: Entity;
  property: 'date';
  found: ParsedValue;
}

/** Kinds of personal event, by the words that tell of one in a label and in a sentence. */
const KINDS: Array<{ en: RegExp; ja: RegExp }> = [
  { en: /\bhospitali[sz](?:ed|ation)|\bhospital\b/i, ja: /入院/ },
  { en: /\bresign(?:ed|s|ation)?\b/i, ja: /辞任|辞職/ },
  // 「統合作戦司令部は…豪国防軍…から初代連絡官として…を受け入れ」: a posting, told by who sent and who received.
  { en: /\bliaison officer\b/i, ja: /連絡官/ },
];

/** How far from the word of its kind a date may stand and still date the event. */
const MAX_DATE_DISTANCE = 80;

/** An event of a known kind; `parties`, when set, must all be named in the sentence. */
interface KnownEvent {
  event: Entity;
  kind: number;
  parties?: string[];
}

const byPerson = new WeakMap<Dataset, Map<string, KnownEvent[]>>();

/** For each person, the events of a known kind the dataset lists them as the subject of. */
function personalEvents(dataset: Dataset): Map<string, KnownEvent[]> {
  let index = byPerson.get(dataset);
  if (index) return index;
  index = new Map();
  for (const e of dataset.entities.values()) {
    if (e.type !== 'event' || !e.facts.some((f) => f.property === 'date')) continue;
    const labels = Object.values(e.labels).filter((l): l is string => !!l);
    const kind = KINDS.findIndex((k) => labels.some((l) => k.en.test(l) || k.ja.test(l)));
    if (kind < 0) continue;
    for (const f of e.facts.filter((x) => x.property === 'subject')) {
      for (const v of scalars(f)) {
        if (v.kind === 'entity' && dataset.entities.get(v.id)?.type === 'person') index.set(v.id, [...(index.get(v.id) ?? []), { event: e, kind }]);
      }
    }
    // An event between organisations and countries (a posting): every one of them must be named, so it is keyed by the first.
    const parties = e.facts.filter((x) => x.property === 'participants').flatMap(scalars).flatMap((v) => (v.kind === 'entity' && dataset.entities.get(v.id)?.type !== 'person' ? [v.id] : []));
    if (parties.length >= 2) index.set(parties[0]!, [...(index.get(parties[0]!) ?? []), { event: e, kind, parties }]);
  }
  byPerson.set(dataset, index);
  return index;
}

/**
 * The date a sentence gives for the one event of a person it names, when it tells of an event
 * of that kind: the date nearest the word of its kind.
 */
export function personalEventClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: Lang, values: () => ParsedValue[]): PersonalEventClaim[] {
  const index = personalEvents(dataset);
  if (index.size === 0) return [];
  const body = text.slice(sentence.start, sentence.end);
  const out: PersonalEventClaim[] = [];
  const seen = new Set<Entity>();
  for (const m of mentions) {
    for (const { event, kind, parties } of index.get(m.entity) ?? []) {
      // A sentence that names the event is read by the rules for names.
      if (seen.has(event) || mentions.some((o) => o.entity === event.id)) continue;
      if (parties && !parties.every((p) => mentions.some((o) => o.entity === p))) continue;
      const word = (lang === 'ja' ? KINDS[kind]!.ja : KINDS[kind]!.en).exec(body);
      if (!word) continue;
      seen.add(event);
      const at = sentence.start + word.index;
      const dates = values().filter((v) => v.value.kind === 'date' && !FISCAL.test(v.text));
      const distance = (v: ParsedValue) => (v.end <= at ? at - v.end : v.start - (at + word[0].length));
      const nearest = dates.filter((v) => distance(v) >= 0 && distance(v) <= MAX_DATE_DISTANCE).sort((a, b) => distance(a) - distance(b))[0];
      if (nearest) out.push({ entity: event, property: 'date', found: nearest });
    }
  }
  return out;
}
