// A sum asked for or set aside for setting something up, told by the verb of the request and the
// thing it is for, with no word for cost: "the ministry requested approximately 10.5 billion yen in
// the FY2024 budget for the new headquarters", "the 10.5 billion yen the ministry sought for the
// command", 「創設のために2024年度予算で約105億円が要求されていた」. The thing is a name right after
// "for" (or before 「の創設」), or, told by a description or by the founding alone, the latest
// organisation told of that has a cost on record.

import type { Dataset, Entity, Mention } from '../model';
import type { ParsedValue } from '../values';
import { hasFacts } from './shared';
import type { SentenceRange } from './sentences';
import type { Lang } from './structure';

export interface RequestedSumClaim {
  entity: Entity;
  found: ParsedValue;
}

const COST = ['cost'];
/** Right before a sum: the verb of asking for it or setting it aside ("requested approximately", "earmarked"). */
const EN_REQUESTED_BEFORE = /\b(?:requested|sought|earmarked|allocated|set\s+aside|budgeted|appropriated)\s+(?:(?:about|approximately|around|some|roughly|nearly|an\s+estimated)\s+)?$/i;
/** Right after a sum: the one who asked for it, then the verb ("the ministry sought", "that the government requested"). */
const EN_REQUESTED_BY_AFTER = /^\s+(?:that\s+)?(?:the\s+)?(?:(?:defen[cs]e\s+)?ministry|government|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|MOD)\s+(?:had\s+)?(?:requested|sought|earmarked|allocated|set\s+aside|budgeted)\s+/i;
/** After the sum (and its budget), what it is for: "for the new headquarters", "for setting up the command", "for its establishment". */
const EN_FOR_THING = /^[^.;:!?]{0,60}?\bfor\s+(?:(?:setting\s+up|creating|establishing|launching|standing\s+up|the\s+(?:creation|establishment|launch|set-?up)\s+of)\s+)?(?:(the\s+(?:new\s+)?(?:command|headquarters|joint\s+headquarters))\b|(its\s+(?:establishment|creation|launch|set-?up))\b|(?:the\s+)?)/i;
/** After a Japanese sum: it was asked for or put in (「が要求」「を要求」「が計上」「を盛り込」). */
const JA_REQUESTED_AFTER = /^(?:円)?(?:[（(][^（）()]{1,16}[）)])?(?:が|を)(?:要求|計上|盛り込|充て|確保|求め)/;
/** Before a Japanese sum, in its clause: the founding it is for (「創設のために2024年度予算で約」「Xの新設に向けて」). */
// (Not 「…の設置に向けて、庁舎の改修費用として131億円」: a sum named for a part of its own, 「…費として」, is that part's.)
const JA_FOR_FOUNDING_BEFORE = /(?:創設|新設|設置|設立|発足|新編)(?:のため(?:に)?|に向け(?:て)?|に係る|関連)、?(?:(?!として|費)[^。、]){0,24}?(?:約|およそ)?$/;

export function requestedSumClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: Lang, values: () => ParsedValue[], recent: readonly string[]): RequestedSumClaim[] {
  const body = text.slice(sentence.start, sentence.end);
  if (lang === 'en' ? !/\b(?:requested|sought|earmarked|allocated|set\s+aside|budgeted|appropriated)\b/i.test(body) : !/要求|計上|盛り込|充て|確保|求め/.test(body)) return [];
  const latest = () => recent.map((id) => dataset.entities.get(id)).find((e): e is Entity => e?.type === 'organization' && hasFacts(e, COST));
  for (const v of values()) {
    if (v.value.kind !== 'money' || v.start < sentence.start || v.end > sentence.end) continue;
    if (lang === 'en') {
      const asked = EN_REQUESTED_BEFORE.test(text.slice(Math.max(sentence.start, v.start - 40), v.start));
      const by = asked ? null : EN_REQUESTED_BY_AFTER.exec(text.slice(v.end, v.end + 50));
      if (!asked && !by) continue;
      const from = v.end + (by ? by[0].length - 1 : 0);
      const thing = EN_FOR_THING.exec(text.slice(from, Math.min(sentence.end, from + 110)));
      if (!thing) continue;
      const at = from + thing[0].length;
      // A name right after "for": that one's, if it has a cost on record (else nobody's).
      const named = thing[1] || thing[2] ? undefined : mentions.find((m) => m.start === at || (m.start > at && m.start - at <= 2 && /^\s*$/.test(text.slice(at, m.start))));
      const entity = named ? dataset.entities.get(named.entity) : thing[1] || thing[2] ? latest() : undefined;
      if (entity && hasFacts(entity, COST)) return [{ entity, found: v }];
    } else {
      if (!JA_REQUESTED_AFTER.test(text.slice(v.end, v.end + 24))) continue;
      const clauseStart = Math.max(sentence.start, v.start - 40);
      const founding = JA_FOR_FOUNDING_BEFORE.exec(text.slice(clauseStart, v.start));
      if (!founding) continue;
      const at = clauseStart + founding.index;
      // 「統合作戦司令部の創設のために」: the name before の; a bare 創設 is the latest organisation's told of.
      const named = mentions.find((m) => (m.end === at - 1 && text[at - 1] === 'の') || (m.end === at - 2 && /^[」』]の$/.test(text.slice(m.end, at))) || m.end === at);
      const entity = named ? dataset.entities.get(named.entity) : latest();
      if (entity && hasFacts(entity, COST)) return [{ entity, found: v }];
    }
  }
  return [];
}
