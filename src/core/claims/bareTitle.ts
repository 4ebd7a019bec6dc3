// A Japanese name with a bare office title after it, 「山田太郎・大臣」「中谷大臣」: the title is the
// property's own label (大臣 for the minister), without the organisation, which the text named
// before. The holder is the latest organisation of the discourse that has the property; the name
// is its value. Only a name set off by ・ or a known person's name counts, so that 「外務大臣」 and
// other compounds never read as a title after a name.

import type { Dataset, Entity, Mention } from '../model';
import { commonSurnameAt } from '../names/surnames';
import { japaneseNameEndingAt } from './personNames';
import type { SentenceRange } from './sentences';
import { holdersOfValue, holdsElsewhere, personValued, scalars, soleOrganisation, untitledPostOwner, type Candidate } from './shared';

/**
 * Another ministry's minister, or the cabinet's: a bare 大臣 near one may be theirs (global: every one is looked at).
 * Not 「両閣僚」 (the two just named) nor 「閣僚協議」 (a meeting).
 */
const OTHER_MINISTER = /(?:外務|財務|経済産業|国土交通|総務|法務|文部科学|厚生労働|農林水産|環境|復興|デジタル|経済安全保障|経済再生|担当|国家公安委員会)大臣|(?:外|財務|経産|国交|総務|法|文科|厚労|農水|環境|復興|経済再生)相|官房長官|大臣たち|(?<!両)閣僚(?!協議|会合|会議|会談|級)/g;
/** How far before the sentence OTHER_MINISTER is looked for. */
const OTHER_MINISTER_REACH = 400;

export interface BareTitleClaim {
  entity: Entity;
  property: string;
  candidate: Candidate;
}

const titleCache = new WeakMap<Dataset, Array<{ title: string; property: string }>>();

/** The Japanese labels of the properties a person fills (大臣, 司令官), once per dataset. */
function personTitles(dataset: Dataset): Array<{ title: string; property: string }> {
  let titles = titleCache.get(dataset);
  if (titles) return titles;
  titles = [];
  for (const decl of dataset.properties.values()) {
    const title = decl.label.ja;
    if (title && title.length >= 2 && decl.type === 'entity' && personValued(dataset, decl.name)) titles.push({ title, property: decl.name });
  }
  titleCache.set(dataset, titles);
  return titles;
}

export function bareTitleClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, recent: Entity[], people: readonly string[] = [], titled: ReadonlySet<string> = NONE): BareTitleClaim[] {
  const out: BareTitleClaim[] = [];
  // Searched in the sentence alone: indexOf on the whole text would read past it to the end.
  const body = text.slice(sentence.start, sentence.end);
  for (const { title, property } of personTitles(dataset)) {
    if (!body.includes(title)) continue;
    // …or the organisation whose holder on record the text told of (「木原稔防衛大臣は…」 then 「木原大臣は」).
    // …or, in a text about a command, the organisation it reports to (「中谷大臣から南雲司令官に隊旗を授与」 under
    // 「統合作戦司令部が発足」: the ministry the command belongs to).
    // …or, after a headline that gave the post's full title (「防衛相が沖縄県知事と会談」), the one organisation that has the post.
    // …or the one organisation with the post that the sentence names (「…説明を受ける中谷大臣(…)=防衛省提供」).
    const owner = untitledPostOwner(recent, property, dataset) ?? ownerOfHolder(people, property, dataset) ?? parentOwner(recent, property, dataset) ?? titledBefore(text, sentence.start, property, dataset) ?? namedOwner(mentions, property, dataset) ?? titledBelow(sentence.start, property, dataset, titled);
    if (!owner) continue;
    for (let i = body.indexOf(title); i >= 0; i = body.indexOf(title, i + title.length)) {
      const at = sentence.start + i;
      const dot = text[at - 1] === '・';
      const end = dot ? at - 1 : at;
      const person = mentions.find((m) => m.end === end && dataset.entities.get(m.entity)?.type === 'person');
      // 「パパロ司令官」: a person who holds such a post elsewhere in the dataset holds that one.
      if (person && holdsElsewhere(dataset, person.entity, [property], owner)) continue;
      // 「岸田大臣の御見解を伺います」: a person on record with an office of their own (a prime minister,
      // a chief of staff) is that office's 大臣 or a namesake, unless they are the owner's holder on record.
      // An office of another kind (「統合幕僚長」 for 「吉田大臣」) is no namesake: the text names the wrong person.
      if (person && hasOfficeTitled(dataset, person.entity, title) && !holds(owner, property, person.entity)) continue;
      if (person) {
        // 「吉田大臣は…と答えなかった」: the name with its title is said, whatever the sentence denies.
        out.push({ entity: owner, property, candidate: { found: person, start: person.start, end: person.end, adjacent: true, presupposed: true } });
        continue;
      }
      // Without the dot, only a name that opens with a common family name (「山田大臣は」, not 「外務大臣」),
      // at most three kanji after it.
      const run = japaneseNameEndingAt(text, end, Math.max(sentence.start, end - 16));
      // Not a transcript's speaker (「小野寺大臣:」): who spoke then, not who holds the post now.
      const surname = run && !dot && !/^[:：]/.test(text.slice(at + title.length, at + title.length + 1)) ? commonSurnameAt(run.text) : undefined;
      // 「小林前司令官の後任として」: a former holder (前, 元) or one to come (新, 次) is not said to hold it.
      // Nor where another ministry's minister may be the one (「上川大臣」 beside the foreign minister at a 2+2), looked for last.
      const name = dot || (surname && run!.text.length - surname.length <= 3 && !/[前元新現次]$/.test(run!.text) && !otherMinisterMayBe(text, Math.max(0, sentence.start - OTHER_MINISTER_REACH), sentence.end, run!.text)) ? run : undefined;
      if (name && !mentions.some((m) => m.start < name.end && name.start < m.end)) {
        out.push({ entity: owner, property, candidate: { found: { kind: 'outside-name', text: name.text }, start: name.start, end: name.end, adjacent: true, presupposed: true } });
      }
    }
  }
  return out;
}

/**
 * May the bare 「X大臣」 be another ministry's minister told of nearby? Yes where such a minister
 * stands without a name before the title (「官房長官」「閣僚」), or with a name that is X's
 * (「上川外務大臣」 for 「上川大臣」); no where every one nearby is someone else by name: at a 2+2 of
 * 「上川外務大臣と木原防衛大臣」, 「佐藤大臣」 is none of the foreign ministry's.
 */
function otherMinisterMayBe(text: string, from: number, to: number, name: string): boolean {
  const family = name.replace(/[ \u3000]/g, '').slice(0, 2);
  for (const m of text.slice(from, to).matchAll(OTHER_MINISTER)) {
    const at = from + m.index;
    const holder = japaneseNameEndingAt(text, at, Math.max(from, at - 12));
    if (!holder || holder.text.replace(/[ \u3000]/g, '').startsWith(family)) return true;
  }
  return false;
}

/** How far back the post's full title is looked for. */
const TITLE_REACH = 2000;

const NONE: ReadonlySet<string> = new Set();

/**
 * The posts only one organisation has whose full title (a Japanese cue of two characters or more,
 * 防衛大臣) the document writes anywhere: a headline's bare 「山田大臣」 above a story that titles
 * the post in full is that post's holder. Sorted, few: part of a block's cache key.
 */
export function postsTitledIn(text: string, dataset: Dataset): string[] {
  const out: string[] = [];
  for (const { property } of personTitles(dataset)) {
    if (!soleOrganisation(property, dataset)) continue;
    const cues = dataset.properties.get(property)?.cues.ja ?? [];
    if (cues.some((c) => c.length >= 2 && text.includes(c))) out.push(property);
  }
  return out.sort();
}

/** In a document's opening (a headline, a lede), the one organisation with the post, when the document titles the post in full somewhere (postsTitledIn). */
function titledBelow(at: number, property: string, dataset: Dataset, titled: ReadonlySet<string>): Entity | undefined {
  return at < TITLE_REACH && titled.has(property) ? soleOrganisation(property, dataset) : undefined;
}

/** The one organisation with facts of `property`, when the text said the post's full title (a cue of it) before the sentence. */
function titledBefore(text: string, at: number, property: string, dataset: Dataset): Entity | undefined {
  // The cheap test first: most properties have no sole owner.
  const owner = soleOrganisation(property, dataset);
  if (!owner) return undefined;
  const cues = dataset.properties.get(property)?.cues.ja ?? [];
  const before = text.slice(Math.max(0, at - TITLE_REACH), at);
  return cues.some((c) => c.length >= 2 && before.includes(c)) ? owner : undefined;
}

/** The organisation the latest one of the discourse reports to, when that one has the property. */
function parentOwner(recent: readonly Entity[], property: string, dataset: Dataset): Entity | undefined {
  const latest = recent.find((e) => e.type === 'organization');
  for (const f of latest?.facts ?? []) {
    if (f.property !== 'reportsTo') continue;
    for (const v of scalars(f)) {
      const parent = v.kind === 'entity' ? dataset.entities.get(v.id) : undefined;
      if (parent && parent.facts.some((g) => g.property === property)) return parent;
    }
  }
  return undefined;
}

/** The one organisation that has a person told of as a holder of the property on record. */
function ownerOfHolder(people: readonly string[], property: string, dataset: Dataset): Entity | undefined {
  for (const id of people) {
    const owners = holdersOfValue(dataset, property, id);
    if (owners.size === 1) return dataset.entities.get([...owners][0]!);
  }
  return undefined;
}

/** Has the dataset an office on record for the person that ends with the title (「内閣総理大臣」 for 大臣)? */
function hasOfficeTitled(dataset: Dataset, person: string, title: string): boolean {
  // Not a deputy's (統合作戦副司令官 for 司令官): no one calls a deputy by the title of the post above.
  return dataset.entities.get(person)?.facts.some((f) => f.property === 'office' && scalars(f).some((v) => v.kind === 'text' && (v.text.ja ?? '').endsWith(title) && !(v.text.ja ?? '').endsWith(`副${title}`))) ?? false;
}

/** Is the person a value of the owner's property on record (a holder at any time)? */
function holds(owner: Entity, property: string, person: string): boolean {
  return owner.facts.some((f) => f.property === property && scalars(f).some((v) => v.kind === 'entity' && v.id === person));
}

/** The one organisation named in the sentence that has the post on record. */
function namedOwner(mentions: readonly Mention[], property: string, dataset: Dataset): Entity | undefined {
  const owners = new Set(mentions.map((m) => dataset.entities.get(m.entity)).filter((e): e is Entity => e?.type === 'organization' && e.facts.some((f) => f.property === property)));
  return owners.size === 1 ? [...owners][0] : undefined;
}
