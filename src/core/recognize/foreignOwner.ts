// 「英国の常設統合司令部」, "Singapore's Ministry of Defence", "the UK Ministry of Defence": a name the
// dataset gives a Japanese or U.S. body, owned by another country, is that country's body. The
// dataset's organisations are Japan's and the United States'; another country's owner before a
// name means it is not theirs.

import type { Mention } from '../model';

/** Another country, its possessive or adjective, right before a name. */
const EN_OTHER_COUNTRY_BEFORE = /\b(?:UK|U\.K\.|United\s+Kingdom|Britain|British|Australia|Australian|South\s+Korea|Korea|Korean|ROK|China|Chinese|Taiwan|Taiwanese|France|French|Germany|German|Canada|Canadian|India|Indian|Philippines|Philippine|Russia|Russian|Singapore|Singaporean|NATO)(?:['’]s|:)?\s+(?:(?:Bundeswehr|Armed\s+Forces['’]?|Defen[cs]e\s+Forces?['’]?|military['’]?s?)\s+)?(?:(?:own|new|permanent)\s+)?$/;
// (「カナダ統合作戦司令部」: glued, with no の, too; 「- 英国：常設統合司令部」, "UK: Permanent Joint Headquarters": a list's country label;
// 「カナダ軍にも「統合作戦司令部」があり」: one it has too.)
const EN_OF_OTHER_COUNTRY_AFTER = /^\s+(?:of|in)\s+(?:the\s+)?(?:UK|U\.K\.|United\s+Kingdom|Britain|Australia|South\s+Korea|Korea|China|Taiwan|France|Germany|Canada|India|the\s+Philippines|Philippines|Russia|Singapore|NATO|Bundeswehr)\b/;
const JA_OTHER_COUNTRY_BEFORE = /(?:英国|イギリス|豪州|オーストラリア|韓国|中国|台湾|フランス|ドイツ|カナダ|インド|フィリピン|ロシア|シンガポール|NATO|北大西洋条約機構)(?:連邦軍|軍|国防省|国防総省|国防軍|統合軍)?(?:の|にも|には|\s*[:：]\s*)?\s*[「『]?$|独連邦軍の?\s*[「『]?$/;

/** Is `m` preceded by another country's possessive or adjective (within its line)? */
export function ownedByAnotherCountry(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const lineStart = before.lastIndexOf('\n');
  const lead = lineStart >= 0 ? before.slice(lineStart + 1) : before;
  // ("The Joint Operations Command of Australia": the country after the name.)
  return EN_OTHER_COUNTRY_BEFORE.test(lead) || JA_OTHER_COUNTRY_BEFORE.test(lead) || EN_OF_OTHER_COUNTRY_AFTER.test(text.slice(m.end, m.end + 24)) || itsInOtherCountrysSentence(text, m, lead);
}

/** "its", "their" right before a name. */
const EN_ITS_BEFORE = /\b(?:its|their)\s+(?:own\s+|new\s+|permanent\s+)?$/;
/** How far back the opening of the sentence of "its X" is looked for. */
const ITS_SENTENCE_REACH = 160;

/** "Germany's Bundeswehr created its Joint Operations Command in 2001": its, in a sentence that opens on another country's body. */
function itsInOtherCountrysSentence(text: string, m: Mention, lead: string): boolean {
  if (!EN_ITS_BEFORE.test(lead)) return false;
  const from = Math.max(0, m.start - ITS_SENTENCE_REACH);
  const back = text.slice(from, m.start);
  const cut = Math.max(back.lastIndexOf('\n'), back.lastIndexOf('. '));
  if (cut < 0 && from > 0) return false;
  return EN_OPENS_WITH_OTHER_COUNTRY.test(cut >= 0 ? back.slice(cut + 1) : back);
}

/** "Japan's First Defense Buildup Plan", 「第1次防衛力整備計画」: an ordinal before a document's name makes another edition of a series. */
const EN_ORDINAL_BEFORE = /\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|1st|2nd|3rd|[4-9]th)\s+$/;
const JA_ORDINAL_BEFORE = /第[0-9０-９一二三四五六七八九十]+次\s*$/;

/** Is `m` a name preceded by an ordinal, another numbered edition of a series? */
export function numberedEdition(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  return EN_ORDINAL_BEFORE.test(before) || JA_ORDINAL_BEFORE.test(before);
}

/** A sentence that opens on another country's body ("The UK's Ministry of Defence", "Australia's Defence Force"): what it calls its own is that country's. */
const EN_OPENS_WITH_OTHER_COUNTRY = /^[\s"“]*(?:The\s+)?(?:UK|U\.K\.|United\s+Kingdom|Britain|British|Australia|Australian|South\s+Korea|Korea|Korean|ROK|China|Chinese|Taiwan|Taiwanese|France|French|Germany|German|Canada|Canadian|India|Indian|Philippines|Philippine|Russia|Russian|Singapore|Singaporean|NATO)(?:['’]s)?\s/;

export function opensWithAnotherCountry(body: string): boolean {
  return EN_OPENS_WITH_OTHER_COUNTRY.test(body);
}
