// A line that is a post's full title and a name, set apart by a colon or a dash: a cabinet's
// line-up (「防衛相ー中谷元氏」「防衛相：中谷元氏」), a list of office holders ("Defense Minister:
// Gen Nakatani"). The title is a cue of a post only one organisation has; the name is its holder.

import type { Dataset, Entity, Mention } from '../model';
import { commonSurnameAt } from '../names/surnames';
import type { SentenceRange } from './sentences';
import { soleOwnedPosts, type Candidate } from './shared';
import type { Lang } from './structure';

export interface TitledRowClaim {
  entity: Entity;
  property: string;
  candidate: Candidate;
}

/** Longer lines are prose, not a row of a list. */
const MAX_ROW = 60;
// (A bullet may open the row; 氏 or さん and a bracket, 「(首相官邸のホームページ)」, may close it.)
const EN_ROW = /^[ \t]*(?:[-*•·][ \t]+)?([A-Za-z][A-Za-z' ]{2,40}?)[ \t]*(?::|–|—|[ \t]-)[ \t]*((?:[A-Z][a-z’'-]+[ \t]){1,2}[A-Z][a-z’'-]+)[ \t]*$/;
const JA_ROW = /^[ \t\u3000]*(?:[・•][ \t\u3000]*)?([\u4e00-\u9fff]{2,8})[ \t\u3000]*[:：ー―－][ \t\u3000]*([\u4e00-\u9fff々]{2,6}?)(?:氏|さん)?[ \t\u3000]*(?:[（(][^（）()]{0,24}[）)])?[ \t\u3000]*$/;

const postCache = new WeakMap<Dataset, Map<string, { property: string; owner: Entity }>>();

/** Per dataset: each full title (a cue of two characters or more, English lower-cased) of a person's post only one organisation has. */
function postsByTitle(dataset: Dataset): Map<string, { property: string; owner: Entity }> {
  let posts = postCache.get(dataset);
  if (posts) return posts;
  posts = new Map();
  for (const { decl, owner } of soleOwnedPosts(dataset)) {
    for (const cue of [...(decl.cues.en ?? []), ...(decl.cues.ja ?? [])]) if (cue.length >= 2) posts.set(cue.toLowerCase(), { property: decl.name, owner });
  }
  postCache.set(dataset, posts);
  return posts;
}

export function titledRowClaims(text: string, sentence: SentenceRange, mentions: readonly Mention[], dataset: Dataset, lang: Lang): TitledRowClaim[] {
  if (sentence.end - sentence.start > MAX_ROW) return [];
  const body = text.slice(sentence.start, sentence.end);
  if (body.includes('\n')) return [];
  const row = (lang === 'en' ? EN_ROW : JA_ROW).exec(body);
  if (!row) return [];
  const post = postsByTitle(dataset).get(row[1]!.trim().toLowerCase());
  if (!post) return [];
  const start = sentence.start + row.index + row[0].lastIndexOf(row[2]!);
  const end = start + row[2]!.length;
  const person = mentions.find((m) => m.start === start && m.end === end && dataset.entities.get(m.entity)?.type === 'person');
  if (person) return [{ entity: post.owner, property: post.property, candidate: { found: person, start, end, adjacent: true } }];
  // A name the dataset does not know: in Japanese, one that opens with a common family name.
  if (lang === 'ja' && !commonSurnameAt(row[2]!)) return [];
  if (mentions.some((m) => m.start < end && start < m.end)) return [];
  return [{ entity: post.owner, property: post.property, candidate: { found: { kind: 'outside-name', text: row[2]! }, start, end, adjacent: true } }];
}
