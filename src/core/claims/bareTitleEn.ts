// An English bare title before a name, "Minister Nakatani welcomed …": the property's own label
// (minister) without the organisation, in a text that titled the post in full before ("Defense
// Minister Nakatani held a meeting with …"). Only a post one organisation has, and only where no
// other minister is told of nearby (a prime minister, another country's defence minister): then
// "Minister X" may be theirs.

import type { Dataset, Entity, Mention } from '../model';
import type { SentenceRange } from './sentences';
import { scalars, soleOwnedPosts, type Candidate } from './shared';

export interface BareTitleEnClaim {
  entity: Entity;
  property: string;
  candidate: Candidate;
}

/** How far back the post's full title is looked for, and how far around the sentence other ministers are. */
const TITLE_REACH = 2000;
const OTHER_REACH_BEFORE = 2000;
const OTHER_REACH_AFTER = 400;
/** A sentence holds at most this many bare titles that are looked at. */
const MAX_TITLES = 4;
/** "Minister Nakatani": the title, a name, not another word of a title ("Minister of", "Ministers"). */
// (Opening the sentence or a clause, or after a small word: not "Prime Minister X", "Defense Minister X", "then-Minister X".)
const EN_BARE = /(?:^|[,;:(“"—–]\s*|\b(?:the|and|with|by|of|to|that|when|as|said|told|met|between|from|for|also|Also|while|after|before)\s+)(Minister)\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\b(?!\s+(?:of|for)\b)(?![\w.’'-])/g;
/** Another minister near: another ministry's, the cabinet's, or another country's. */
const EN_OTHER_MINISTER = /\b(?:Prime|Foreign|Finance|Trade|Economy|Deputy|Vice|State|Cabinet|Justice|Interior|Home|Senior|Parliamentary)\s+Minister\b|\bMinisters?\s+(?:of|for)\s+(?!Defen[cs]e\b)[A-Z]|\b(?:Australian|British|Philippine|Indian|Korean|Chinese|Canadian|French|German|Italian|Zealand|Indonesian|Vietnamese|Thai|Malaysian|Singaporean|Taiwanese|Ukrainian|Polish|Dutch|Swedish|Norwegian|Spanish|Mongolian|Lithuanian|Estonian|Latvian|Finnish|Danish|Turkish|Israeli|Saudi|Emirati)\s+(?:[\w-]+\s+){0,3}Minister\b|\bMinister\s+(?:of|for)\s+Defen[cs]e\s+(?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+\s*\(|\)\s*,?\s*Minister\s+for\s+Defence\b/;
/** The post's full title, Japan's: "Defense Minister X", "Minister of Defense", "Japanese Minister for Defence" (not "Defense Ministerial"). */
const EN_FULL_TITLE = /\bdefen[cs]e\s+minister\b(?!ial)|\bminister\s+(?:of|for)\s+defen[cs]e\b/i;

/** The posts titled "Minister" in English that only one organisation has. */
function ministerPosts(dataset: Dataset): Array<{ property: string; owner: Entity }> {
  return soleOwnedPosts(dataset).filter(({ decl }) => decl.label.en?.toLowerCase() === 'minister').map(({ decl, owner }) => ({ property: decl.name, owner }));
}

/** Has the dataset an office on record for the person that ends with "Minister" (a prime minister)? */
function ministerElsewhere(dataset: Dataset, person: string): boolean {
  return dataset.entities.get(person)?.facts.some((f) => f.property === 'office' && scalars(f).some((v) => v.kind === 'text' && /\bminister\b/i.test(v.text.en ?? ''))) ?? false;
}

const namesCache = new WeakMap<Dataset, Set<string>>();

/** The family names (last words of English labels, lower case) of people on record with another office titled minister. */
function otherMinisterNames(dataset: Dataset): Set<string> {
  let names = namesCache.get(dataset);
  if (names) return names;
  names = new Set();
  for (const e of dataset.entities.values()) if (e.type === 'person' && ministerElsewhere(dataset, e.id) && e.labels.en) names.add(e.labels.en.split(/\s+/).pop()!.toLowerCase());
  namesCache.set(dataset, names);
  return names;
}

/** Before a name: another title ("Defense Secretary Gilberto", "President", "Gen."). */
const EN_OTHER_TITLE_BEFORE = /\b(?:Secretary|President|Prime\s+Minister|Deputy|Ambassador|Governor|General|Gen\.|Admiral|Adm\.|Chancellor|Premier|Chief)\b[^.;:]{0,30}$/;
/** How many other places of the name are looked at. */
const MAX_NAME_PLACES = 8;

/** Does the family name stand elsewhere in [from, to) after another title than minister? */
function titledOtherwise(text: string, family: string, from: number, to: number, here: number): boolean {
  // Searched in the window alone: indexOf on the whole text would read past it to the end.
  const window = text.slice(from, to);
  let n = 0;
  for (let k = window.indexOf(family); k >= 0 && n < MAX_NAME_PLACES; k = window.indexOf(family, k + family.length)) {
    const i = from + k;
    if (i === here) continue;
    n++;
    if (EN_OTHER_TITLE_BEFORE.test(text.slice(Math.max(0, i - 40), i))) return true;
  }
  return false;
}

export function bareTitleClaimsEn(text: string, sentence: SentenceRange, mentions: readonly Mention[], dataset: Dataset): BareTitleEnClaim[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes('Minister ')) return [];
  // Most titles are full ("Defense Minister X"): the bare one is looked for first, the text around it only then.
  const bare = [...body.matchAll(EN_BARE)].slice(0, MAX_TITLES);
  if (bare.length === 0) return [];
  const posts = ministerPosts(dataset);
  if (posts.length !== 1) return [];
  const { property, owner } = posts[0]!;
  if (!EN_FULL_TITLE.test(text.slice(Math.max(0, sentence.start - TITLE_REACH), sentence.start))) return [];
  if (EN_OTHER_MINISTER.test(text.slice(Math.max(0, sentence.start - OTHER_REACH_BEFORE), Math.min(text.length, sentence.end + OTHER_REACH_AFTER)))) return [];
  const out: BareTitleEnClaim[] = [];
  for (const m of bare) {
    const start = sentence.start + m.index + m[0].length - m[2]!.length;
    const end = start + m[2]!.length;
    const person = mentions.find((o) => o.start === start && o.end <= end && dataset.entities.get(o.entity)?.type === 'person');
    if (person) {
      if (!ministerElsewhere(dataset, person.entity)) out.push({ entity: owner, property, candidate: { found: person, start: person.start, end: person.end, adjacent: true, presupposed: true } });
      continue;
    }
    if (mentions.some((o) => o.start < end && start < o.end)) continue;
    // ("Minister Kishida": the family name of a person on record as a prime minister, another office's minister.)
    const family = m[2]!.split(/\s+/).pop()!;
    if (otherMinisterNames(dataset).has(family.toLowerCase())) continue;
    // ("Philippine Defense Secretary Gilberto Teodoro … Minister Teodoro": a name the text titles otherwise nearby.)
    if (titledOtherwise(text, family, Math.max(0, sentence.start - OTHER_REACH_BEFORE), Math.min(text.length, sentence.end + OTHER_REACH_AFTER), start)) continue;
    out.push({ entity: owner, property, candidate: { found: { kind: 'outside-name', text: m[2]! }, start, end, adjacent: true, presupposed: true } });
  }
  return out;
}
