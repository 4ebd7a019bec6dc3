// A change of command told by its handover: "Adm. John Aquilino relinquished command of U.S.
// Indo-Pacific Command to Adm. Samuel Paparo", 「INDOPACOMの指揮権をサミュエル・パパロ海軍大将に渡した」.
// The one the command is handed to holds it next: the organisation's person-valued post (its
// commander). No cue word of the post is written, so the cue reader never sees these.

import type { Dataset, Entity, Mention } from '../model';
import { englishNameAt, titledJapaneseNames } from './personNames';
import type { SentenceRange } from './sentences';
import { postOf, type Candidate } from './shared';

export interface HandoverClaim {
  entity: Entity;
  property: string;
  candidate: Candidate;
}

/** Before the organisation's name: the verb of handing over and "command of" ("relinquished command of", "handed over command of the"). */
const EN_HANDED_COMMAND_OF = /\b(?:relinquish(?:ed|es)?|hand(?:ed|s)?(?:\s+over)?|pass(?:ed|es)?|transferr?(?:ed|s)?|turn(?:ed|s)?\s+over)\s+(?:the\s+)?command\s+of\s+(?:the\s+)?$/i;
/** After it: "to", then the rank of the one it goes to. */
const EN_TO_RANK = /^\s+to\s+(?:(?:U\.S\.\s+)?(?:Navy|Army|Air\s+Force|Marine\s+Corps)\s+)?(?:Adm\.|Admiral|Gen\.|General|Lt\.\s+Gen\.|Lieutenant\s+General|Vice\s+Adm\.|Vice\s+Admiral)\s+/;
/** After the organisation's name: 「の指揮権を」, then within a short span the one it goes to. */
const JA_COMMAND_OF = /^の指揮権を/;
/** After that name: the verb of handing it over (「に渡した」「に引き継いだ」「に移譲」「に譲った」「に委ねた」). */
const JA_HANDED_AFTER = /^[^、。]{0,48}?に(?:渡|引き継|移譲|譲|委ね)/;
/** How far after 指揮権を the name may stand. */
const JA_NAME_REACH = 24;
/** Most sentences hold no such words: one test before the names are read. */
const HANDOVER_SIGN = /command\s+of|指揮権を/i;

export function handoverClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: 'en' | 'ja'): HandoverClaim[] {
  if (!HANDOVER_SIGN.test(text.slice(sentence.start, sentence.end))) return [];
  for (const m of mentions) {
    const owner = dataset.entities.get(m.entity);
    const property = owner?.type === 'organization' ? postOf(owner, dataset) : undefined;
    if (!owner || !property) continue;
    if (lang === 'en') {
      if (!EN_HANDED_COMMAND_OF.test(text.slice(Math.max(sentence.start, m.start - 50), m.start))) continue;
      const to = EN_TO_RANK.exec(text.slice(m.end, m.end + 40));
      if (!to) continue;
      const at = m.end + to[0].length;
      const person = mentions.find((p) => p.start === at && dataset.entities.get(p.entity)?.type === 'person');
      const name = person ? undefined : englishNameAt(text, at, sentence.end);
      if (person) return [{ entity: owner, property, candidate: { found: person, start: person.start, end: person.end } }];
      if (name) return [{ entity: owner, property, candidate: { found: { kind: 'outside-name', text: name.text }, start: name.start, end: name.end } }];
      continue;
    }
    const of = JA_COMMAND_OF.exec(text.slice(m.end, m.end + 6));
    if (!of) continue;
    const from = m.end + of[0].length;
    if (!JA_HANDED_AFTER.test(text.slice(from, Math.min(sentence.end, from + 40)))) continue;
    // The first name after 指揮権を: a person the dataset knows, or a name with its rank (「グレゴリー・ランシング海軍大将に」).
    const person = mentions.find((p) => p.start >= from && p.start - from <= JA_NAME_REACH && dataset.entities.get(p.entity)?.type === 'person');
    const name = person ? undefined : titledJapaneseNames(text, from, Math.min(sentence.end, from + JA_NAME_REACH + 8)).find((n) => n.start - from <= 2);
    if (person && person.start - from <= 2) return [{ entity: owner, property, candidate: { found: person, start: person.start, end: person.end } }];
    if (name) return [{ entity: owner, property, candidate: { found: { kind: 'outside-name', text: name.text }, start: name.start, end: name.end } }];
  }
  return [];
}
