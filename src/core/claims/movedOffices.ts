// An organisation that moved, told by the verb of its move, not by a cue of where it is: "the
// Defense Agency moved to the Ichigaya area from Roppongi", 「防衛庁は六本木から市ヶ谷に移転した」.
// Where it moved to is where it is (its `headquarters`), unless the sentence says it moved again.

import type { Dataset, Entity, Mention } from '../model';
import type { SentenceRange } from './sentences';
import { hasFacts } from './shared';
import type { Lang } from './structure';

export interface MovedOfficeClaim {
  entity: Entity;
  found: Mention;
}

/** Between the organisation and the place: the verb of its move ("moved to the", "relocated to", "has moved to"). */
const EN_MOVED_TO = /^\s+(?:(?:has|had)\s+)?(?:moved|moves|relocated|relocates)\s+(?:its\s+(?:offices|functions|main\s+office)\s+)?to\s+(?:the\s+)?$/;
/** After the place: its area, then nothing that makes it another's ("Tokyo's Ichigaya", "the Okinawa office of …"). */
const EN_NOT_THE_PLACE_AFTER = /^(?:['’]s\b|\s+(?:office|branch|bureau)\s+of\b)/;
/** Between the organisation and the place: its topic marker, where from, and nothing that ends the clause. */
// (「防衛庁本庁舎が、ここX地区に移転」: its main building may stand for it.)
const JA_TOPIC_THEN = /^(?:本庁舎|庁舎|本部|本省)?(?:は|が)、?[^。、「」]{0,16}?(?:から)?$/;
/** 「市ヶ谷に防衛省があります」「X(いちがや)に防衛省が置かれている」: a place, then the organisation that is there. */
const JA_PLACE_THEN = /^(?:[（(][\u3041-\u3096ー]{1,10}[）)])?(?:地区|台)?に$/;
const JA_IS_THERE = /^(?:本庁舎|庁舎|本部|本省)?(?:が|は)(?:ある|あります|あり|置かれ|所在|立地)/;
/** After the place: an area or a camp of it (「市ヶ谷地区」「旧…駐屯地」), then the move (「に移転」「へ移転した」). */
// (「沖縄(元々駐屯地があった)に移転」: an aside in brackets may stand before に.)
const JA_MOVED_AFTER = /^(?:地区|駐屯地|台)?(?:[（(][^（）()]{0,16}[）)])?(?:に|へ)(?:移転|移っ|移り|本拠を移)/;
/** 「市ヶ谷に移転した防衛庁は」: a place, then a relative clause of moving there, then the organisation. */
const JA_MOVED_THERE_BEFORE_ORG = /^(?:地区|駐屯地|台)?(?:に|へ)移転した$/;
/** How far the place may stand after the organisation. */
const REACH = 60;

/**
 * 「市ヶ谷に防衛省があります」: the place right before the organisation said to be there.
 * 「防衛省はXの駅を出てすぐの目と鼻の先にあります」: the organisation as the topic, then the place, then where it is.
 */
function placedHere(text: string, mentions: Mention[], dataset: Dataset, out: MovedOfficeClaim[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const first = mentions[k]!;
    const next = mentions[k + 1]!;
    const org = dataset.entities.get(next.entity);
    if (dataset.entities.get(first.entity)?.type === 'place' && hasHeadquarters(org) && !out.some((o) => o.entity === org) && JA_PLACE_THEN.test(text.slice(first.end, next.start)) && JA_IS_THERE.test(text.slice(next.end, next.end + 8))) out.push({ entity: org, found: first });
    const topic = dataset.entities.get(first.entity);
    if (hasHeadquarters(topic) && dataset.entities.get(next.entity)?.type === 'place' && !out.some((o) => o.entity === topic) && JA_TOPIC_BEFORE_PLACE.test(text.slice(first.end, next.start)) && JA_IT_IS_AT.test(text.slice(next.end, next.end + 40))) out.push({ entity: topic, found: next });
  }
}

/** Between the organisation and the place: its topic marker and a few words, no clause end. */
const JA_TOPIC_BEFORE_PLACE = /^(?:本庁舎|庁舎|本部|本省)?は、?[^。、「」]{0,12}$/;
/** After the place: what is there, then 「…にあります」 ending the sentence. */
// (Only where the sentence ends there: 「防衛省は、沖縄にある米軍基地について」 says where the bases are.)
const JA_IT_IS_AT = /^[^。、「」]{0,30}?に(?:あります|ある|位置しています|位置する)(?:[。\n]|$)/;

/** Does the dataset have a headquarters for the organisation? Only those are judged. */
function hasHeadquarters(e: Entity | undefined): e is Entity {
  return e?.type === 'organization' && hasFacts(e, HEADQUARTERS);
}
const HEADQUARTERS = ['headquarters'];

export function movedOfficeClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: Lang): MovedOfficeClaim[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: MovedOfficeClaim[] = [];
  if (lang === 'ja' && /(?:ある|あり|置かれ|所在|立地|位置)/.test(body)) placedHere(text, mentions, dataset, out);
  if (lang === 'en' ? !/\b(?:moved|moves|relocated|relocates)\s/.test(body) : !/移転|移っ|移り|本拠を移/.test(body)) return out;
  for (let k = 0; k < mentions.length; k++) {
    const org = dataset.entities.get(mentions[k]!.entity);
    // 「沖縄に移転した防衛庁はその後「防衛省」となり」: the place the organisation moved to, in a clause before its name.
    const before = lang === 'ja' && k > 0 ? mentions[k - 1]! : undefined;
    if (before && hasHeadquarters(org) && dataset.entities.get(before.entity)?.type === 'place' && JA_MOVED_THERE_BEFORE_ORG.test(text.slice(before.end, mentions[k]!.start)) && !out.some((o) => o.entity === org)) {
      out.push({ entity: org, found: before });
      continue;
    }
    if (!hasHeadquarters(org) || out.some((o) => o.entity === org)) continue;
    const from = mentions[k]!.end;
    for (let j = k + 1; j < mentions.length && mentions[j]!.start - from <= REACH; j++) {
      const place = mentions[j]!;
      if (dataset.entities.get(place.entity)?.type !== 'place') continue;
      const between = text.slice(from, place.start);
      const moved = lang === 'en'
        ? EN_MOVED_TO.test(between) && !EN_NOT_THE_PLACE_AFTER.test(text.slice(place.end, place.end + 16))
        : JA_TOPIC_THEN.test(between) && JA_MOVED_AFTER.test(text.slice(place.end, place.end + 30));
      if (moved) out.push({ entity: org, found: place });
      break;
    }
  }
  return out;
}
