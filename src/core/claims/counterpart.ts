// "Defence Minister Rajnath Singh will host his Japanese counterpart Gen Nakatani": a title held in
// another country, then the Japanese holder of the same post named as its counterpart. The title
// says which post (the minister's), the one organisation that has such a post in the dataset is
// whose, and the name after "Japanese counterpart" is its value.

import type { Dataset, Entity, Mention } from '../model';
import type { CueHit } from './cueIndex';
import { romanisedJapanese } from './nameForm';
import { englishNameAt } from './personNames';
import type { SentenceRange } from './sentences';
import { holdersOfValue, officesIn, personValued, type Candidate } from './shared';
import { japaneseCounterpart, soleHolder } from './subject';

export interface CounterpartClaim {
  entity: Entity;
  property: string;
  candidate: Candidate;
}

/** After "his Japanese counterpart": a comma, and the post's own title may stand before the name. */
const NAME_LEAD = /^,?\s+(?:(?:Defen[cs]e\s+Minister|Minister|Gen\.|General|Adm\.|Admiral)\s+)?/;

/** A host's defence title that is no cue of the dataset's (Britain's "Defence Secretary"): it still names the defence post. */
// "Pentagon chief Pete Hegseth", "War Secretary": the U.S. defence post in news's words.
const HOST_DEFENCE_TITLE = /\b(?:Defen[cs]e\s+Secretary|Secretary\s+of\s+State\s+for\s+Defen[cs]e|Secretary\s+of\s+Defen[cs]e|Minister\s+of\s+National\s+Defen[cs]e|Pentagon\s+(?:chief|head|boss)|War\s+Secretary|Secretary\s+of\s+War)\b/g;

/** The hosts' titles, in order, that "their Japanese counterparts, A and B" answer one by one. */
// "US Secretary of state": news writes the small words in any case.
const HOST_TITLE = /\b(?:Secretary\s+of\s+State|Foreign\s+(?:Minister|Secretary)|Secretary\s+of\s+Defen[cs]e|Defen[cs]e\s+(?:Secretary|Minister|Chief))\b/gi;

/** A defence post as an office on record names it ("United States Secretary of Defense"), and whose it is. */
const DEFENCE_OFFICE = /\b(?:Secretary\s+of\s+Defen[cs]e|Defen[cs]e\s+(?:Secretary|Minister)|Minister\s+of\s+(?:National\s+)?Defen[cs]e|Secretary\s+of\s+War)\b/i;
const JAPAN_WORD = /\bJapan/i;
/** A sentence that opens with a pronoun for a person (group 1). */
const SENTENCE_OPENS_WITH_PRONOUN = /^\s*(He|She)\b/;

/** "his US and Japanese counterparts, ": two countries in turn (groups 1 and 2), then their names. */
// ("his Japanese and US counterparts—A and B—": a dash sets the names off as a comma does.)
const EN_PAIRED_COUNTERPARTS = /\b(?:his|her|their)\s+(U\.S\.|US|American|Japanese)\s+and\s+(U\.S\.|US|American|Japanese)\s+counterparts(?:,?\s+|\s*[—–]\s*)/;
/** Two names joined by "and" (groups 1 and 2). */
const EN_TWO_NAMES = /^((?:[A-Z][\w.’'-]*\s){1,3}[A-Z][\w’'-]*)\s+and\s+((?:[A-Z][\w.’'-]*\s){1,3}[A-Z][\w’'-]*)/;

const defenceHosts = new WeakMap<Dataset, Set<string>>();

/** Is the person's office on record a defence post that is not Japan's ("United States Secretary of Defense")? */
function hostsDefence(dataset: Dataset, id: string): boolean {
  let hosts = defenceHosts.get(dataset);
  if (!hosts) {
    hosts = new Set();
    for (const e of dataset.entities.values()) {
      if (e.type !== 'person') continue;
      if (officesIn(dataset, e.id, 'en').some((o) => !JAPAN_WORD.test(o) && DEFENCE_OFFICE.test(o))) hosts.add(e.id);
    }
    defenceHosts.set(dataset, hosts);
  }
  return hosts.has(id);
}

export function counterpartClaims(text: string, sentence: SentenceRange, hits: CueHit[], mentions: Mention[], dataset: Dataset, persons: readonly string[] = []): CounterpartClaim[] {
  const out: CounterpartClaim[] = [];
  // Most sentences name no Japanese counterpart: one look for the word before any pattern.
  if (!text.slice(sentence.start, sentence.end).includes('Japanese')) return out;
  // The post such a host title stands for: the property whose cues hold "defense minister".
  const defence = [...dataset.properties.values()].find((d) => d.cues.en?.some((c) => /^defen[cs]e minister$/i.test(c)));
  const hosts = defence ? [...text.slice(sentence.start, sentence.end).matchAll(HOST_DEFENCE_TITLE)].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, properties: [defence.name] })) : [];
  // "Hegseth, who was joined by … his Japanese counterpart, X": a person whose office on record is
  // another country's defence post stands for the title.
  // Only with "his … counterpart": a list of counterparts is answered by the hosts' titles, in order.
  const byPerson = new Set<object>();
  if (defence) {
    for (const m of mentions) {
      if (!hostsDefence(dataset, m.entity)) continue;
      const host = { start: m.start, end: m.end, properties: [defence.name] };
      byPerson.add(host);
      hosts.push(host);
    }
    // "(Hegseth landed on Iwo Jima.) He joined …, as well as his Japanese counterpart, X": the pronoun
    // that opens the sentence is the person told of last, when that person holds no such post of Japan's.
    const pronoun = SENTENCE_OPENS_WITH_PRONOUN.exec(text.slice(sentence.start, sentence.start + 8));
    if (pronoun && persons[0] !== undefined && hostsDefence(dataset, persons[0]) && holdersOfValue(dataset, defence.name, persons[0]).size === 0 && !mentions.some((m) => dataset.entities.get(m.entity)?.type === 'person' && m.end <= sentence.start + 40)) {
      const at = sentence.start + pronoun[0].length - pronoun[1]!.length;
      const host = { start: at, end: at + pronoun[1]!.length, properties: [defence.name] };
      byPerson.add(host);
      hosts.push(host);
    }
  }
  // "Marles hosted his US and Japanese counterparts, Lloyd Austin and X", "his American and Japanese
  // counterparts A and X": the countries then the names, in the same order.
  const paired = defence ? EN_PAIRED_COUNTERPARTS.exec(text.slice(sentence.start, sentence.end)) : null;
  if (defence && paired) {
    const at = sentence.start + paired.index + paired[0].length;
    const names = EN_TWO_NAMES.exec(text.slice(at, sentence.end));
    const k = /^Japanese$/.test(paired[1]!) ? 1 : /^Japanese$/.test(paired[2]!) ? 2 : 0;
    const holder = soleHolder(dataset, [defence.name]);
    if (names && k > 0 && holder) {
      const start = at + (k === 1 ? 0 : names[0].indexOf(names[2]!, names[1]!.length));
      const japanese = names[k]!;
      const person = mentions.find((m) => m.start === start && dataset.entities.get(m.entity)?.type === 'person');
      // A name the dataset lacks counts with two words or more, as after "his Japanese counterpart".
      if (person || japanese.includes(' ')) out.push({ entity: holder.entity, property: defence.name, candidate: { found: person ?? { kind: 'outside-name', text: japanese }, start, end: start + japanese.length, adjacent: true } });
    }
  }
  for (const hit of [...hits, ...hosts]) {
    const match = japaneseCounterpart(text, sentence.start, hit);
    // "their Japanese counterparts, Defense Minister X": the title is the counterpart's own, read as usual.
    if (!match || match.index + match[0].length <= hit.start || (byPerson.has(hit) && /counterparts/i.test(match[0]))) continue;
    let at = match.index + match[0].length;
    const lead = NAME_LEAD.exec(text.slice(at, at + 24))?.[0].length;
    if (lead === undefined) continue;
    // "Secretary of State X and Defense Secretary Y will join their Japanese counterparts, A and B":
    // each host's counterpart in turn; the defence one is the host's place among the titles.
    if (/counterparts/i.test(match[0])) {
      const titles = [...text.slice(sentence.start, match.index).matchAll(HOST_TITLE)].map((t) => sentence.start + t.index);
      const k = titles.findIndex((t) => t >= hit.start - 1 && t <= hit.end);
      const list = text.slice(at + lead, sentence.end);
      const names = /^((?:[A-Z][\w.’'-]*\s){1,3}[A-Z][\w’'-]*)(?:,\s+|\s+and\s+)((?:[A-Z][\w.’'-]*\s){1,3}[A-Z][\w’'-]*)/.exec(list);
      if (names && titles.length === 2) {
        if (k < 0) continue;
        at += list.indexOf(names[k + 1]!);
      } else if (names) continue; // Two counterparts named, and no two titles to say whose is whose.
    }
    const person = mentions.find((m) => m.start === at + lead && dataset.entities.get(m.entity)?.type === 'person');
    const name = person ? undefined : englishNameAt(text, at + lead, sentence.end);
    // "his Japanese counterpart, General Kobayashi": after a title, one word that reads as a Japanese surname is a name too.
    const titled = /[A-Za-z]/.test(text.slice(at, at + lead));
    if (!person && !(name && (name.text.includes(' ') || (titled && romanisedJapanese(name.text))))) continue;
    for (const property of hit.properties) {
      if (!personValued(dataset, property)) continue;
      const holder = soleHolder(dataset, [property]);
      if (!holder || out.some((o) => o.entity === holder.entity && o.property === property)) continue;
      const found = person ?? { kind: 'outside-name' as const, text: name!.text };
      const start = person ? person.start : name!.start;
      const end = person ? person.end : name!.end;
      out.push({ entity: holder.entity, property, candidate: { found, start, end, adjacent: true } });
    }
  }
  return out;
}
