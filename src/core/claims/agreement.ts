// Whether a claim's value agrees with a dataset value, and whether a name is worth comparing at
// all: of the expected kind, not a misspelling of the right one, not beside the right one.

import type { Dataset, Entity, Fact, Mention, ScalarValue } from '../model';
import { compareValue } from '../values';
import { isMention, isOutsideName, officesIn, scalars, type Found } from './shared';

/** An outside name is worth comparing only where a person is expected and none is named. */
export function expectsPerson(facts: Fact[], mentions: Mention[], dataset: Dataset): boolean {
  const expected = facts.flatMap(scalars).filter((v): v is Extract<ScalarValue, { kind: 'entity' }> => v.kind === 'entity');
  if (expected.some((v) => mentions.some((m) => m.entity === v.id))) return false;
  return expected.some((v) => dataset.entities.get(v.id)?.type === 'person');
}

/**
 * An entity value is worth comparing only when it is of the expected kind (a person for a
 * commander) and the right one is not named in the same sentence anyway.
 */
export function plausibleEntityValue(found: Mention, facts: Fact[], mentions: Mention[], dataset: Dataset): boolean {
  const expected = facts.flatMap(scalars).filter((v): v is Extract<ScalarValue, { kind: 'entity' }> => v.kind === 'entity');
  const type = dataset.entities.get(found.entity)?.type;
  // "Tawara and Nagumo …": the right person named beside another. A place is different: "Futenma,
  // Tokyo" names the city of the right headquarters and still a wrong site.
  if (type === 'person' && expected.some((v) => mentions.some((m) => m.entity === v.id))) return false;
  if (type === 'person' && holdsCounterpartOffice(dataset, found.entity, facts)) return false;
  return expected.some((v) => dataset.entities.get(v.id)?.type === type);
}

/**
 * "Minister of Defense Pete Hegseth": is `person` the holder, by the dataset, of the same
 * portfolio's post of another country than the holders the facts give? Then a title naming them
 * is that post, in this one's words.
 */
export function holdsCounterpartOffice(dataset: Dataset, person: string, facts: Fact[]): boolean {
  return facts.flatMap(scalars).some((v) => v.kind === 'entity' && counterpartOffice(dataset, person, v.id));
}

/** What an office is over, in English: what follows its last "of" ("Secretary of Defense": Defense). */
function portfolio(office: string): string {
  const at = office.lastIndexOf(' of ');
  return at < 0 ? '' : office.slice(at + 4).replace(/^the\s+/, '').trim();
}

/**
 * Does `person` hold, by the dataset, another office over the same portfolio as the one `holder`
 * holds (the U.S. Secretary of Defense and Japan's Minister of Defense)? Then a title naming
 * `person` is that other office, written as a translation writes it, not a claim about `holder`'s.
 */
function counterpartOffice(dataset: Dataset, person: string, holder: string): boolean {
  const theirs = officesIn(dataset, person, 'en');
  const held = officesIn(dataset, holder, 'en');
  return theirs.some((o) => !held.includes(o) && portfolio(o) !== '' && held.some((h) => portfolio(h) === portfolio(o)));
}

/** Word-level edit distance, for telling a misspelt name from another person's. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * An outside name that is a variant of the expected person's (a misspelling, "Nagomu Kenishiro";
 * a form the dataset lacks, 中谷元 for 中谷) is no evidence of another person.
 */
function variantOf(name: string, id: string, dataset: Dataset): boolean {
  const person = dataset.entities.get(id);
  if (!person) return false;
  const known = [...Object.values(person.labels), ...person.aliases.map((a) => a.text), ...Object.values(person.readings)].filter((n): n is string => !!n);
  const words = (s: string) => s.toLowerCase().split(/[\s・]+/).filter((w) => w.length >= 4);
  // 「俵建樹」 for 俵千城: the person's own one-kanji surname (an alias of theirs) and a name as long as theirs.
  const label = person.labels.ja;
  // 「俵副司令官」: one of the person's own names alone (a surname the dataset gives as needing context).
  if (known.includes(name)) return true;
  if (/[\u3040-\u9fff]/.test(name)) {
    // 「サム・パパロ」 for サミュエル・パパロ: the same family name, and a given name that opens alike (a short form).
    const parts = name.split(/[・･]/);
    const shortForm = parts.length === 2 && known.some((k) => {
      const theirs = k.split(/[・･]/);
      return theirs.length === 2 && theirs[1]!.length >= 2 && theirs[1] === parts[1] && parts[0]!.length >= 1 && theirs[0]!.startsWith(parts[0]![0]!);
    });
    return shortForm || known.some((k) => k.length >= 2 && name.length >= 2 && (k.startsWith(name.slice(0, 2)) || name.startsWith(k))) || person.aliases.some((a) => a.text.length === 1 && name.startsWith(a.text) && label !== undefined && name.length === label.length);
  }
  // Every word of the name must be near one of the person's ("Nagomu Kenishiro"): a family name
  // that is not theirs makes another person, whatever the given name ("Ken-ichiro Tawara").
  const written = words(name);
  const theirs = known.flatMap(words);
  const near = (v: string) => theirs.some((w) => editDistance(v, w) <= 2);
  // A middle name the dataset leaves out ("Samuel John Paparo" for Samuel J. Paparo): the first and last words say who.
  return written.length > 0 && (written.every(near) || (written.length >= 3 && near(written[0]!) && near(written[written.length - 1]!)));
}

/** Does `text` hold `name` as a whole word (any place, for a name in Japanese script)? */
function namedIn(text: string, name: string): boolean {
  const latin = /^[\x20-\x7e]+$/.test(name);
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!latin || (!/\w/.test(text[i - 1] ?? '') && !/\w/.test(text[i + name.length] ?? ''))) return true;
  }
  return false;
}

const superiorCache = new WeakMap<Dataset, Map<string, Set<string>>>();

/** How many steps up a chain of command is followed (a cycle in a user's dataset stops there too). */
const MAX_CHAIN = 8;

/** For each organisation, the ones above it: what it reports to, and what those report to, up the chain. */
function superiorsOf(dataset: Dataset): Map<string, Set<string>> {
  let index = superiorCache.get(dataset);
  if (index) return index;
  const direct = new Map<string, string[]>();
  for (const e of dataset.entities.values()) {
    const up = e.facts.filter((f) => f.property === 'reportsTo').flatMap(scalars).flatMap((v) => (v.kind === 'entity' ? [v.id] : []));
    if (up.length > 0) direct.set(e.id, up);
  }
  index = new Map();
  for (const id of direct.keys()) {
    const seen = new Set<string>();
    let level = direct.get(id) ?? [];
    for (let step = 0; step < MAX_CHAIN && level.length > 0; step++) {
      const next: string[] = [];
      for (const up of level) {
        if (seen.has(up)) continue;
        seen.add(up);
        next.push(...(direct.get(up) ?? []));
      }
      level = next;
    }
    index.set(id, seen);
  }
  superiorCache.set(dataset, index);
  return index;
}

const regionCache = new WeakMap<Dataset, Map<string, Set<string>>>();

/**
 * For each place, the regions that hold it, as its description names them ("The coastal area in
 * Okinawa …", 「…沖縄の沿岸地域」). A region is a place with no place of its own (Okinawa, Tokyo),
 * not a facility that has a location. The dataset has no field for what lies in what; its
 * descriptions say it.
 */
function regionsOf(dataset: Dataset): Map<string, Set<string>> {
  let index = regionCache.get(dataset);
  if (index) return index;
  index = new Map();
  const places = [...dataset.entities.values()].filter((e) => e.type === 'place');
  const regions = places.filter((e) => !e.facts.some((f) => f.property === 'location' || f.property === 'replaces'));
  for (const p of places) {
    const text = Object.values(p.description ?? {}).filter((d): d is string => typeof d === 'string').join('\n');
    if (!text) continue;
    for (const r of regions) {
      if (r === p) continue;
      const names = [...Object.values(r.labels), ...r.aliases.map((a) => a.text)].filter((n): n is string => !!n && n.length >= 2);
      const named = names.some((n) => namedIn(text, n));
      if (named) index.set(p.id, (index.get(p.id) ?? new Set()).add(r.id));
    }
  }
  regionCache.set(dataset, index);
  return index;
}

/**
 * 「沖縄・市ヶ谷」: a region written before a place it does not hold, where the dataset knows the
 * place's region. False when the dataset does not say where the place lies.
 */
export function outsideRegion(dataset: Dataset, region: string, place: string): boolean {
  const regions = regionsOf(dataset).get(place);
  if (!regions || regions.size === 0 || regions.has(region) || region === place) return false;
  const r = dataset.entities.get(region);
  return r?.type === 'place' && !r.facts.some((f) => f.property === 'location' || f.property === 'replaces') && !regionsOf(dataset).get(region)?.has(place);
}

/**
 * The place a chain of places gives ("Tokyo's Ichigaya", 「東京・市ヶ谷」) as `owner`'s `property`:
 * the most specific one; but where the region written first does not hold it and the specific one
 * is right, the region is what is wrong (「ハワイ・市ヶ谷」).
 */
export function placeOfChain(chain: Mention[], owner: Entity | undefined, property: string, dataset: Dataset): Mention {
  let m = chain[0]!;
  for (const next of chain.slice(1)) {
    if (owner && outsideRegion(dataset, m.entity, next.entity)) {
      const known = owner.facts.filter((f) => f.property === property).flatMap(scalars);
      if (known.some((v) => agreement(next, v, dataset) === 'agree') && !known.some((v) => agreement(m, v, dataset) === 'agree')) return m;
    }
    m = next;
  }
  return m;
}

/**
 * Between a place and a wider one written after it in an English address ("Ichigaya, Tokyo",
 * "Ichigaya-honmuracho, Shinjuku-ku, Tokyo", "Ichigaya honmura-cho, Shinjuku-ku", "the Ichigaya
 * district of Shinjuku Ward, Tokyo"): a comma, or "district of", and at most two names the dataset
 * does not know (a ward, a street number).
 */
const EN_WIDER_AFTER = /^(?:-[a-z]+|\s[a-z]+-(?:cho|machi|chome))?(?:,\s*|\s+(?:district|area|neighbou?rhood|section)\s+of\s+)(?:(?:\d[\d-]*\s+)?[A-Z][A-Za-z]+(?:-(?:ku|shi|cho|machi)|\s+(?:Ward|City|Prefecture))?,\s*){0,2}$/;
/** After a place: a list goes on ("Okinawa, Hawaii and Guam"), so the places are several, not one address. */
const LIST_GOES_ON = /^\s*,?\s*(?:and|or|&)\s/;

/**
 * A region written after the right place that does not hold it ("Ichigaya, Hawaii, Shinjuku-ku",
 * "Ichigaya district of Shinjuku Ward, Henoko"): the address is wrong in that part. Only where the
 * dataset says which region holds the place; a list of places ("Okinawa, Hawaii and Guam") is none.
 */
export function wrongRegionAfter(text: string, found: Mention, mentions: readonly Mention[], owner: Entity | undefined, property: string, dataset: Dataset): Mention | undefined {
  const known = owner?.facts.filter((f) => f.property === property).flatMap(scalars) ?? [];
  if (!known.some((v) => agreement(found, v, dataset) === 'agree')) return undefined;
  let last = found;
  for (const q of mentions) {
    if (q.start < last.end) continue;
    if (dataset.entities.get(q.entity)?.type !== 'place' || !EN_WIDER_AFTER.test(text.slice(last.end, q.start))) return undefined;
    if (LIST_GOES_ON.test(text.slice(q.end, q.end + 8))) return undefined;
    if (outsideRegion(dataset, q.entity, found.entity)) return q;
    last = q;
  }
  return undefined;
}

export function agreement(found: Found, known: ScalarValue, dataset: Dataset): 'agree' | 'conflict' | 'incomparable' {
  if (isOutsideName(found)) {
    if (known.kind !== 'entity') return 'incomparable';
    return variantOf(found.text, known.id, dataset) ? 'agree' : 'conflict';
  }
  if (isMention(found)) {
    if (known.kind !== 'entity') return 'incomparable';
    if (known.id === found.entity) return 'agree';
    // 「防衛省に属する」 for a unit under the JJOC, which is under the ministry: a superior further up, not another one.
    if (superiorsOf(dataset).get(known.id)?.has(found.entity)) return 'agree';
    // "the facility in Okinawa" for one in Henoko: the region that holds the place, not another place.
    return regionsOf(dataset).get(known.id)?.has(found.entity) ? 'agree' : 'conflict';
  }
  return compareValue(found, known);
}
