// 「パパロ氏はアキリーノ前司令官の後任として5月に就任した」: the topic succeeds the holder of a post
// named with 前 (the former holder's title), so the topic now holds that post. The title is a cue
// of a person-valued property (司令官 → commander); whose post it is, is the latest organisation
// told of that has the property, as for a bare title (bareTitle.ts).

import type { Dataset, Entity, Mention } from '../model';
import type { CueHit } from './cueIndex';
import { titledJapaneseNames } from './personNames';
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
