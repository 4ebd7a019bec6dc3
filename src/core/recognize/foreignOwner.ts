// 「英国の常設統合司令部」, "Singapore's Ministry of Defence", "the UK Ministry of Defence": a name the
// dataset gives a Japanese or U.S. body, owned by another country, is that country's body. The
// dataset's organisations are Japan's and the United States'; another country's owner before a
// name means it is not theirs.

import type { Mention } from '../model';

/** Another country, its possessive or adjective, right before a name. */
const EN_OTHER_COUNTRY_BEFORE = /\b(?:UK|U\.K\.|Britain|British|Australia|Australian|South\s+Korea|Korea|Korean|ROK|China|Chinese|Taiwan|Taiwanese|France|French|Germany|German|Canada|Canadian|India|Indian|Philippines|Philippine|Russia|Russian|Singapore|Singaporean|NATO)(?:['’]s)?\s+(?:(?:own|new|permanent)\s+)?$/;
const JA_OTHER_COUNTRY_BEFORE = /(?:英国|イギリス|豪州|オーストラリア|韓国|中国|台湾|フランス|ドイツ|カナダ|インド|フィリピン|ロシア|シンガポール|NATO|北大西洋条約機構)(?:軍)?の\s*$/;

/** Is `m` preceded by another country's possessive or adjective (within its line)? */
export function ownedByAnotherCountry(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const lineStart = before.lastIndexOf('\n');
  const lead = lineStart >= 0 ? before.slice(lineStart + 1) : before;
  return EN_OTHER_COUNTRY_BEFORE.test(lead) || JA_OTHER_COUNTRY_BEFORE.test(lead);
}
