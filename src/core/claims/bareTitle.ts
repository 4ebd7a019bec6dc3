// A Japanese name with a bare office title after it, 「山田太郎・大臣」「中谷大臣」: the title is the
// property's own label (大臣 for the minister), without the organisation, which the text named
// before. The holder is the latest organisation of the discourse that has the property; the name
// is its value. Only a name set off by ・ or a known person's name counts, so that 「外務大臣」 and
// other compounds never read as a title after a name.

import type { Dataset, Entity, Mention } from '../model';
import { japaneseNameEndingAt } from './personNames';
import type { SentenceRange } from './sentences';
import { holdersOfValue, personValued, scalars, untitledPostOwner, type Candidate } from './shared';

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

export function bareTitleClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, recent: Entity[], people: readonly string[] = []): BareTitleClaim[] {
  const out: BareTitleClaim[] = [];
  // Searched in the sentence alone: indexOf on the whole text would read past it to the end.
  const body = text.slice(sentence.start, sentence.end);
  for (const { title, property } of personTitles(dataset)) {
    if (!body.includes(title)) continue;
    // …or the organisation whose holder on record the text told of (「木原稔防衛大臣は…」 then 「木原大臣は」).
    const owner = untitledPostOwner(recent, property, dataset) ?? ownerOfHolder(people, property, dataset);
    if (!owner) continue;
    for (let i = body.indexOf(title); i >= 0; i = body.indexOf(title, i + title.length)) {
      const at = sentence.start + i;
      const dot = text[at - 1] === '・';
      const end = dot ? at - 1 : at;
      const person = mentions.find((m) => m.end === end && dataset.entities.get(m.entity)?.type === 'person');
      // 「パパロ司令官」: a person who holds such a post elsewhere in the dataset holds that one.
      if (person && !untitledPostOwner(recent, property, dataset, person.entity)) continue;
      // 「岸田大臣の御見解を伺います」: a person on record with an office of their own (a prime minister,
      // a chief of staff) is that office's 大臣 or a namesake, unless they are the owner's holder on record.
      // An office of another kind (「統合幕僚長」 for 「吉田大臣」) is no namesake: the text names the wrong person.
      if (person && hasOfficeTitled(dataset, person.entity, title) && !holds(owner, property, person.entity)) continue;
      if (person) {
        // 「吉田大臣は…と答えなかった」: the name with its title is said, whatever the sentence denies.
        out.push({ entity: owner, property, candidate: { found: person, start: person.start, end: person.end, adjacent: true, presupposed: true } });
        continue;
      }
      const name = dot ? japaneseNameEndingAt(text, end, Math.max(sentence.start, end - 16)) : undefined;
      if (name && !mentions.some((m) => m.start < name.end && name.start < m.end)) {
        out.push({ entity: owner, property, candidate: { found: { kind: 'outside-name', text: name.text }, start: name.start, end: name.end, adjacent: true } });
      }
    }
  }
  return out;
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
  return dataset.entities.get(person)?.facts.some((f) => f.property === 'office' && scalars(f).some((v) => v.kind === 'text' && (v.text.ja ?? '').endsWith(title))) ?? false;
}

/** Is the person a value of the owner's property on record (a holder at any time)? */
function holds(owner: Entity, property: string, person: string): boolean {
  return owner.facts.some((f) => f.property === property && scalars(f).some((v) => v.kind === 'entity' && v.id === person));
}
