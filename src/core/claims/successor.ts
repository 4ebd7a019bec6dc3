// 「パパロ氏はアキリーノ前司令官の後任として5月に就任した」: the topic succeeds the holder of a post
// named with 前 (the former holder's title), so the topic now holds that post. The title is a cue
// of a person-valued property (司令官 → commander); whose post it is, is the latest organisation
// told of that has the property, as for a bare title (bareTitle.ts). In English, "X will replace
// Adm. Y, who has served in the INDOPACOM role": the post is the one the who-clause names.

import type { Dataset, Entity, Mention } from '../model';
import type { CueHit } from './cueIndex';
import { englishNameAt, titledJapaneseNames } from './personNames';
import type { SentenceRange } from './sentences';
import { personValued, postOf, untitledPostOwner, type Candidate } from './shared';

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

/** After the successor's name: the verb of succeeding, then the predecessor's rank or title. */
const EN_REPLACES = /^\s+(?:will\s+|would\s+|is\s+(?:set|expected|slated|poised)\s+to\s+)?(?:replace[sd]?|succeed(?:s|ed)?|relieve[sd]?)\s+(?:(?:Navy|Army|Air\s+Force|Marine|U\.S\.)\s+)?(?:Adm\.|Admiral|Gen\.|General|Lt\.\s+Gen\.|Vice\s+Adm\.|Defense\s+Minister|Minister)\s+/;
/** Most sentences hold no such verb: one test before the names are read. */
const EN_REPLACE_WORD = /\b(?:replace[sd]?|succeed(?:s|ed)?|relieve[sd]?)\b/;
/** After the successor's name: an appositive set off by commas ("X, who recently led the Pacific Fleet, relieved"). */
const EN_ASIDE = /^,\s+(?:who\s+[^,;]{1,100}|a\s+[^,;]{1,60}|the\s+[^,;]{1,60}),(?=\s)/;
/** Between the predecessor's name and the organisation: the clause that says what they held. */
const EN_WHO_HELD = /^,\s+who\s+(?:has\s+|had\s+)?(?:served|been|led|headed|commanded|held)\b[^.;]{0,80}$/;
/** How far the who-clause's organisation may stand after the predecessor's name. */
const EN_WHO_REACH = 90;

/** A linking adverb that may open the sentence before the successor's name. */
const EN_LINKING_ADVERB = /^(?:Elsewhere|Meanwhile|Separately|Also|Additionally|In\s+addition|Moreover|Furthermore),\s+/;
/** After the successor's name: the verb of succeeding, with no title before the predecessor's name. */
const EN_REPLACES_NAME = /^\s+(?:will\s+|would\s+|is\s+(?:set|expected|slated|poised)\s+to\s+)?(?:replace[sd]?|succeed(?:s|ed)?)\s+/;
/** After the predecessor's name: "as", then the post ("as defence minister", "as Japan's new defense minister"). */
const EN_AS_POST = /^\s+as\s+(?:(?:Japan['’]s|the|its)\s+)?(?:(?:new|next)\s+)?([a-z][a-z' ’-]*[a-z])/i;
/** How many words of the post after "as" are looked at. */
const MAX_POST_WORDS = 6;

/** "X will replace Y as defence minister": the organisation and post the one property's cue names, when one organisation has that post. */
function postReplacedAs(text: string, at: number, limit: number, mentions: Mention[], dataset: Dataset): { owner: Entity; property: string } | undefined {
  const verb = EN_REPLACES_NAME.exec(text.slice(at, at + 40));
  if (!verb) return undefined;
  const from = at + verb[0].length;
  const person = mentions.find((m) => m.start === from && dataset.entities.get(m.entity)?.type === 'person');
  const predecessor = person ?? englishNameAt(text, from, limit);
  if (!predecessor) return undefined;
  const post = EN_AS_POST.exec(text.slice(predecessor.end, Math.min(limit, predecessor.end + 60)));
  if (!post) return undefined;
  const words = post[1]!.toLowerCase().replace(/[’]/g, "'").split(/\s+/).slice(0, MAX_POST_WORDS);
  for (const { property, cues, owner } of personPosts(dataset)) {
    // The longest run of the words after "as" that is the property's cue ("defence minister", not "defence minister and").
    if (!words.some((_, k) => cues.has(words.slice(0, k + 1).join(' ')))) continue;
    if (owner) return { owner, property };
  }
  return undefined;
}

const postsCache = new WeakMap<Dataset, Array<{ property: string; cues: Set<string>; owner: Entity | undefined }>>();

/** Per dataset, once: each person-valued property, its English cues in lower case, and its one organisation having it (if one). */
function personPosts(dataset: Dataset): Array<{ property: string; cues: Set<string>; owner: Entity | undefined }> {
  let posts = postsCache.get(dataset);
  if (posts) return posts;
  posts = [];
  for (const decl of dataset.properties.values()) {
    if (!personValued(dataset, decl.name)) continue;
    const owners = [...dataset.entities.values()].filter((e) => e.type === 'organization' && e.facts.some((f) => f.property === decl.name));
    posts.push({ property: decl.name, cues: new Set((decl.cues.en ?? []).map((c) => c.toLowerCase())), owner: owners.length === 1 ? owners[0] : undefined });
  }
  postsCache.set(dataset, posts);
  return posts;
}

/**
 * "X will replace Adm. Y, who has served in the INDOPACOM role since April 2021", "X relieved Adm.
 * Y, who has led the combatant command since 2021": the one who replaces the holder of a post holds
 * it next. The post is the organisation the who-clause names (or the latest one told of) and the
 * person-valued property it has. The successor is new, and the sentence's dates are the
 * predecessor's: a disagreement at no time of the document's own is information.
 */
export function successorClaimsEn(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, recent: Entity[]): SuccessorClaim[] {
  if (!EN_REPLACE_WORD.test(text.slice(sentence.start, sentence.end))) return [];
  // The successor opens the sentence: a person the dataset knows, or a name.
  // ("Elsewhere, Minoru Kihara will replace …": a linking adverb before it.)
  const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60));
  const lead = opening.length - opening.trimStart().length + (EN_LINKING_ADVERB.exec(opening.trimStart())?.[0].length ?? 0);
  const person = mentions.find((m) => m.start - sentence.start - lead <= 2 && m.start - sentence.start >= lead && dataset.entities.get(m.entity)?.type === 'person');
  const name = person ? undefined : englishNameAt(text, sentence.start + lead, sentence.end);
  const start = person?.start ?? name?.start;
  const end = person?.end ?? name?.end;
  if (start === undefined || end === undefined) return [];
  const aside = EN_ASIDE.exec(text.slice(end, end + 120))?.[0].length ?? 0;
  // "Minoru Kihara will replace Yasukazu Hamada as defence minister": the post named after "as".
  const asPost = postReplacedAs(text, end + aside, sentence.end, mentions, dataset);
  if (asPost) return [{ entity: asPost.owner, property: asPost.property, candidate: { found: person ?? { kind: 'outside-name', text: name!.text }, start, end, newer: true, undated: true } }];
  const verb = EN_REPLACES.exec(text.slice(end + aside, end + aside + 80));
  const predecessor = verb ? englishNameAt(text, end + aside + verb[0].length, sentence.end) : undefined;
  if (!predecessor || !/^,\s+who\b/.test(text.slice(predecessor.end, predecessor.end + 8))) return [];
  const named = mentions.find((m) => m.start >= predecessor.end && m.start - predecessor.end <= EN_WHO_REACH && dataset.entities.get(m.entity)?.type === 'organization' && EN_WHO_HELD.test(text.slice(predecessor.end, m.start)));
  const owner = named ? dataset.entities.get(named.entity) : recent.find((e) => postOf(e, dataset) !== undefined);
  const property = owner && postOf(owner, dataset);
  if (!owner || !property || (!named && !untitledPostOwner([owner], property, dataset, person?.entity))) return [];
  return [{ entity: owner, property, candidate: { found: person ?? { kind: 'outside-name', text: name!.text }, start, end, newer: true, undated: true } }];
}
