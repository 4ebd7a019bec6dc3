// 「パパロ氏はアキリーノ前司令官の後任として5月に就任した」: the topic succeeds the holder of a post
// named with 前 (the former holder's title), so the topic now holds that post. The title is a cue
// of a person-valued property (司令官 → commander); whose post it is, is the latest organisation
// told of that has the property, as for a bare title (bareTitle.ts).

import type { Dataset, Entity, Mention } from '../model';
import type { CueHit } from './cueIndex';
import { englishNameAt, titledJapaneseNames } from './personNames';
import type { SentenceRange } from './sentences';
import { personValued, untitledPostOwner, type Candidate } from './shared';

export interface SuccessorClaim {
  entity: Entity;
  property: string;
  candidate: Candidate;
}

/** Between the topic and the former holder's title: the predecessor's name, if any. */
const JA_SUCCEEDS = /^(?:氏|提督|大将|中将|空将|陸将|海将)?は、?[^、。]{0,16}?前$/;
/** After the title: 「の後任として…就任」「の後を継いで」. */
const JA_AS_SUCCESSOR = /^の(?:後任(?:として|に)|後を継(?:ぎ|いで))[^。]{0,20}?(?:就任|着任|就い|就く)/;

export function successorClaims(text: string, sentence: SentenceRange, hits: CueHit[], mentions: Mention[], dataset: Dataset, recent: Entity[]): SuccessorClaim[] {
  const out: SuccessorClaim[] = [];
  for (const hit of hits) {
    if (text[hit.start - 1] !== '前' || !JA_AS_SUCCESSOR.test(text.slice(hit.end, hit.end + 30))) continue;
    // The topic: a person named at the sentence's opening (a known name, or a name with 氏 or a rank).
    const person = mentions.find((m) => m.start - sentence.start <= 2 && dataset.entities.get(m.entity)?.type === 'person');
    const name = person ? undefined : titledJapaneseNames(text, sentence.start, Math.min(sentence.end, sentence.start + 24)).find((n) => n.start - sentence.start <= 2);
    const start = person?.start ?? name?.start;
    const end = person?.end ?? name?.end;
    if (start === undefined || end === undefined || !JA_SUCCEEDS.test(text.slice(end, hit.start))) continue;
    for (const property of hit.properties) {
      if (!personValued(dataset, property)) continue;
      // The successor of INDOPACOM's former commander, if the dataset has him as INDOPACOM's, holds no other post.
      const owner = untitledPostOwner(recent, property, dataset, person?.entity);
      if (!owner || out.some((o) => o.entity === owner && o.property === property)) continue;
      out.push({ entity: owner, property, candidate: { found: person ?? { kind: 'outside-name', text: name!.text }, start, end } });
    }
  }
  return out;
}

/**
 * "X will replace Adm. Y, who has served in the INDOPACOM role since April 2021", "X relieved Adm.
 * Y, who has led the combatant command since 2021": the one who replaces the holder of a post holds
 * it next. The post is the organisation the who-clause names (or the one told of just before) and
 * the person-valued property it has; the successor is new, so a time the sentence does not give
 * makes a disagreement information (the dataset may not have the change yet).
 */
const EN_REPLACES = /^\s+(?:will\s+|would\s+|is\s+(?:set|expected|slated|poised)\s+to\s+)?(?:replace[sd]?|succeed(?:s|ed)?|relieve[sd]?)\s+(?:(?:Navy|Army|Air\s+Force|Marine|U\.S\.)\s+)?(?:Adm\.|Admiral|Gen\.|General|Lt\.\s+Gen\.|Vice\s+Adm\.|Defense\s+Minister|Minister)\s+/;
/** After the successor's name: an appositive set off by commas (no verb of this sentence in it). */
const EN_ASIDE = /^,\s+(?:who\s+[^,;]{1,100}|a\s+[^,;]{1,60}|the\s+[^,;]{1,60}),(?=\s)/;
/** After the predecessor's name: the clause that says what they held. */
const EN_WHO_HELD = /^,\s+who\s+(?:has\s+|had\s+)?(?:served|been|led|headed|commanded|held)\b[^.;]{0,80}$/;
/** How far the who-clause's organisation may stand after the predecessor's name. */
const EN_WHO_REACH = 90;

/** Most sentences hold no such verb: one test before the names are read. */
const EN_REPLACE_WORD = /\b(?:replace[sd]?|succeed(?:s|ed)?|relieve[sd]?)\b/;

export function successorClaimsEn(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, recent: Entity[]): SuccessorClaim[] {
  if (!EN_REPLACE_WORD.test(text.slice(sentence.start, sentence.end))) return [];
  const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60));
  // The successor opens the sentence: a person the dataset knows, or a name.
  const person = mentions.find((m) => m.start - sentence.start <= 2 && dataset.entities.get(m.entity)?.type === 'person');
  const name = person ? undefined : englishNameAt(text, sentence.start + (opening.length - opening.trimStart().length), sentence.end);
  const end = person?.end ?? name?.end;
  const start = person?.start ?? name?.start;
  if (start === undefined || end === undefined) return [];
  // "X, who recently served as head of the Pacific Fleet, relieved Adm. Y": an appositive between.
  const aside = EN_ASIDE.exec(text.slice(end, end + 120))?.[0].length ?? 0;
  const verb = EN_REPLACES.exec(text.slice(end + aside, end + aside + 80));
  if (!verb) return [];
  const predecessor = englishNameAt(text, end + aside + verb[0].length, sentence.end);
  if (!predecessor) return [];
  const rest = text.slice(predecessor.end, Math.min(sentence.end, predecessor.end + EN_WHO_REACH));
  const who = /^,\s+who\b/.exec(rest);
  if (!who) return [];
  // The organisation the who-clause names, else the one told of just before.
  const named = mentions.find((m) => m.start >= predecessor.end && m.start - predecessor.end <= EN_WHO_REACH && EN_WHO_HELD.test(text.slice(predecessor.end, m.start)) && dataset.entities.get(m.entity)?.type === 'organization');
  const candidates = named ? [dataset.entities.get(named.entity)!] : recent;
  const out: SuccessorClaim[] = [];
  for (const owner of candidates.slice(0, 1)) {
    const properties = [...new Set(owner.facts.map((f) => f.property))].filter((p) => personValued(dataset, p));
    if (properties.length !== 1) continue;
    const property = properties[0]!;
    if (!named && !untitledPostOwner([owner], property, dataset, person?.entity)) continue;
    out.push({ entity: owner, property, candidate: { found: person ?? { kind: 'outside-name', text: name!.text }, start, end, newer: true, undated: true } });
  }
  return out;
}
