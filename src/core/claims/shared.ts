// Types and small helpers the parts of the claim reader share: what a claim's value can be
// (a value, a name, a name the dataset does not know), spans, property families.

import type { Dataset, Entity, Fact, Mention, PropertyDecl, ScalarValue } from '../model';
import type { ParsedValue } from '../values';

/** A fiscal year names a budget period, not the day something happened. */
export const FISCAL = /年度|\bFY|fiscal/i;

/**
 * Characters that end a clause: a value on the other side belongs to another claim. Not a colon
 * between digits: a time of day ("occurred at 14:46 on March 11, 2011") is inside its clause.
 */
// (A full-width slash or bar between a timeline's rows too: 「…を閣議決定／2023年9月　…を発表」.)
/** What follows a dateline's date: a news agency in brackets, or a dash ("Sept. 6 —", "March 30 (Jiji Press) --"). */
export const DATELINE_AFTER = /^\s*(?:\([A-Z][A-Za-z .]{1,20}\)\s*)?(?:—|–|--)/;

export const CLAUSE_BREAK = /[;；／｜]|(?<![0-9０-９])[:：]|[:：](?![0-9０-９])/;

/** Between the places of a chain ("Tokyo's Ichigaya", 「東京・市ヶ谷」). */
const PLACE_JOINT = /^(?:['’]s\s+|・)$/;
/** 「東京 市ヶ谷」: one space between Japanese names, as a transcript or a caption writes a chain. */
const JA_SPACE_JOINT = /^[ \u3000]$/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** 「東京都新宿区市ヶ谷」: an address's wards and towns the dataset does not know, glued between two of its places. */
const JA_ADDRESS_JOINT = /^(?:[\u4e00-\u9fff]{1,4}?[都道府県区市町村郡])+$/;
/** A Japanese place's last character: a kanji, or a katakana name's (「ハワイ新宿区」). */
const JA_PLACE_END = /[\u4e00-\u9fff\u30a1-\u30fa]/;

/** Are two places written as one chain, the wider first, between `from` and `to`? */
export function placeJoint(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return PLACE_JOINT.test(between) || (JA_SPACE_JOINT.test(between) && CJK.test(text[from - 1] ?? '') && CJK.test(text[to] ?? '')) || (to - from <= 12 && JA_PLACE_END.test(text[from - 1] ?? '') && JA_ADDRESS_JOINT.test(between));
}

/** A verb in the progressive (「している」「しており」), then what reports it (と発表, ことを明らかにした). */
const JA_ONGOING_ANNOUNCED = /(?:し|され)て(?:いる|おり|いた)(?:こと)?[をと](?:発表|明らかに|公表)/;
/** The same, or a deed told as done (「派遣したと発表した」). */
const JA_DONE_OR_ONGOING_ANNOUNCED = /(?:し|され)(?:て(?:いる|おり|いた)|た)(?:こと)?[をと](?:発表|明らかに|公表)/;

/**
 * Does `after` (the text right after a cue or a word of an event) go on, within `maxGap`
 * characters of its own sentence, to a state reported as going on when it was announced
 * (「…派遣していると発表した」), or with `doneToo` a deed reported as done (「…派遣したと発表した」)? Then a
 * date before it is the announcement's.
 */
export function ongoingWhenAnnounced(after: string, maxGap: number, doneToo = false): boolean {
  const m = (doneToo ? JA_DONE_OR_ONGOING_ANNOUNCED : JA_ONGOING_ANNOUNCED).exec(after);
  return m !== null && m.index <= maxGap && !after.slice(0, m.index).includes('。');
}

/** An entity's label and aliases in `lang`. */
export function namesIn(e: Entity, lang: 'en' | 'ja'): string[] {
  return [e.labels[lang], ...e.aliases.filter((a) => a.lang === lang).map((a) => a.text)].filter((n): n is string => typeof n === 'string');
}

/** The people (or bodies) the dataset gives as an event's participants. */
export function participantsOf(event: Entity): Set<string> {
  return new Set(event.facts.filter((f) => f.property === 'participants').flatMap(scalars).flatMap((v) => (v.kind === 'entity' ? [v.id] : [])));
}

export const CONJUNCTION = /\b(?:and|or|with)\b|[とや]$|^[とや]|及び|および|並びに|ならびに/;

export function familyOf(decl: PropertyDecl): string {
  return decl.family ?? decl.name;
}

const familyCache = new WeakMap<Dataset, Map<string, string[]>>();

/** Property names by family, computed once per dataset. */
export function familyMembers(dataset: Dataset): Map<string, string[]> {
  let families = familyCache.get(dataset);
  if (!families) {
    families = new Map();
    for (const d of dataset.properties.values()) {
      const list = families.get(familyOf(d)) ?? [];
      list.push(d.name);
      families.set(familyOf(d), list);
    }
    familyCache.set(dataset, families);
  }
  return families;
}

export function scalars(fact: Fact): ScalarValue[] {
  return fact.value.kind === 'list' ? fact.value.items : [fact.value];
}

/** The years of an event's dates on record (those written with a year). */
export function eventYears(event: Entity): number[] {
  return event.facts.filter((f) => f.property === 'date').flatMap(scalars).flatMap((v) => (v.kind === 'date' && !v.yearless ? [v.year] : []));
}

/** A person's offices on record (their `office` facts), in one language. */
export function officesIn(dataset: Dataset, person: string, lang: 'en' | 'ja'): string[] {
  return (dataset.entities.get(person)?.facts ?? []).filter((f) => f.property === 'office').flatMap(scalars).flatMap((v) => (v.kind === 'text' && typeof v.text[lang] === 'string' ? [v.text[lang]!] : []));
}

export function gapBetween(a: { start: number; end: number }, b: { start: number; end: number }): [number, number] {
  return a.end <= b.start ? [a.end, b.start] : b.end <= a.start ? [b.end, a.start] : [0, 0];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A person's name the dataset does not know, as a claim's value. */
export interface OutsideName {
  kind: 'outside-name';
  text: string;
}

export type Found = ParsedValue | Mention | OutsideName;

export interface Candidate {
  /** The value stands right next to its cue, with at most a space or a middle dot between. */
  adjacent?: boolean;
  /**
   * The value is part of the name it is said of (「2011年3月の東日本大震災」, a date joined by の): what
   * the sentence goes on to deny (「…の際、…できなかった」) is its predicate, not this.
   */
  presupposed?: boolean;
  /** The one holder the claim is about, of a property with several on record (an office box's successor row: the next holder). */
  holder?: string;
  /** The text names the holder as new ("new Defense Minister X", 「新防衛相」): a change the dataset may not have yet. */
  newer?: boolean;
  /** The text names the holder as a past one, at no time it gives ("X, who was defense minister,"): someone the dataset may not list. */
  former?: boolean;
  /** The sentence's dates are another's ("X will replace Y, who has served since 2021"): the claim's time is the document's. */
  undated?: boolean;
  found: Found;
  start: number;
  end: number;
}

export function hasFacts(entity: Entity | undefined, members: string[]): entity is Entity {
  return !!entity && entity.facts.some((f) => members.includes(f.property));
}

const holdersCache = new WeakMap<Dataset, Map<string, Entity[]>>();

/** The entities with facts of `property`, once per dataset and property. */
export function propertyHolders(dataset: Dataset, property: string): Entity[] {
  let byProperty = holdersCache.get(dataset);
  if (!byProperty) holdersCache.set(dataset, (byProperty = new Map()));
  let holders = byProperty.get(property);
  if (!holders) byProperty.set(property, (holders = [...dataset.entities.values()].filter((e) => e.facts.some((f) => f.property === property))));
  return holders;
}

const personValuedCache = new WeakMap<Dataset, Map<string, boolean>>();

/** Are a property's values people, wherever the dataset gives it? */
export function personValued(dataset: Dataset, property: string): boolean {
  let byProperty = personValuedCache.get(dataset);
  if (!byProperty) personValuedCache.set(dataset, (byProperty = new Map()));
  let answer = byProperty.get(property);
  if (answer === undefined) {
    const values = [...dataset.entities.values()].flatMap((e) => e.facts.filter((f) => f.property === property).flatMap(scalars));
    answer = values.length > 0 && values.every((v) => v.kind === 'entity' && dataset.entities.get(v.id)?.type === 'person');
    byProperty.set(property, answer);
  }
  return answer;
}

/** The one person-valued property an organisation has facts of (INDOPACOM's commander), if one. */
export function postOf(owner: Entity, dataset: Dataset): string | undefined {
  const properties = [...new Set(owner.facts.map((f) => f.property))].filter((p) => personValued(dataset, p));
  return properties.length === 1 ? properties[0] : undefined;
}

export function isMention(found: Found): found is Mention {
  return (found as Mention).entity !== undefined;
}

export function isOutsideName(found: Found): found is OutsideName {
  return (found as OutsideName).kind === 'outside-name';
}

export function isValue(found: Found): found is ParsedValue {
  return !isMention(found) && !isOutsideName(found);
}

/** An ordinal before a Japanese title: 第26代, 第二十六代 (「中谷元第26代防衛大臣」). */
export const JA_ORDINAL_BEFORE = /第[0-9０-９一二三四五六七八九十百]{1,4}代$/;
/** 新, 現 or 次期 before a title, after a dot, a space or nothing (not 「最新」「更新」, words of their own). */
export const JA_NEW_BEFORE = /(?<=^|[・\s、」])(?:新|現|次期)$/;
/** 日本国 or 日本 before a title, after a name of two kanji or more (「佐藤健二日本国防衛大臣」): Japan's own post. */
export const JA_OWN_COUNTRY_BEFORE = /(?<=[\u4e00-\u9fff]{2})(?:日本国|日本)$/;

/** For each property, the entities each value (an entity id) is held for: built once per dataset. */
const holdersByValue = new WeakMap<Dataset, Map<string, Map<string, Set<string>>>>();

function valueHolders(dataset: Dataset): Map<string, Map<string, Set<string>>> {
  let index = holdersByValue.get(dataset);
  if (index) return index;
  index = new Map();
  for (const e of dataset.entities.values()) {
    for (const f of e.facts) {
      for (const v of scalars(f)) {
        if (v.kind !== 'entity') continue;
        let byValue = index.get(f.property);
        if (!byValue) index.set(f.property, (byValue = new Map()));
        let holders = byValue.get(v.id);
        if (!holders) byValue.set(v.id, (holders = new Set()));
        holders.add(e.id);
      }
    }
  }
  holdersByValue.set(dataset, index);
  return index;
}

/** The entities `value` (an entity id) is held for as `property` on record. */
export function holdersOfValue(dataset: Dataset, property: string, value: string): ReadonlySet<string> {
  return valueHolders(dataset).get(property)?.get(value) ?? new Set();
}

/** Is `person` the value of one of `members` for an entity other than `except` (「パパロ司令官」: INDOPACOM's)? */
export function holdsElsewhere(dataset: Dataset, person: string, members: string[], except: Entity): boolean {
  const index = valueHolders(dataset);
  return members.some((p) => [...(index.get(p)?.get(person) ?? [])].some((id) => id !== except.id));
}

/**
 * Whose post a title with no owner written is (「パパロ司令官」, 「…前司令官の後任として就任」): the latest
 * organisation told of that has the property; none when the person named already holds that post
 * elsewhere in the dataset (Paparo's 司令官 is INDOPACOM's, whatever was told of last).
 */
export function untitledPostOwner(recent: readonly Entity[], property: string, dataset: Dataset, person?: string): Entity | undefined {
  const owner = recent.find((e) => hasFacts(e, [property]));
  return owner && !(person !== undefined && holdsElsewhere(dataset, person, [property], owner)) ? owner : undefined;
}

/** A revision after a document's name: 「の改定」「を見直す」, " revision" (not 「を改定し、閣議決定した」, a revision done). */
const REVISED_AFTER = /^の?(?:改定|改訂|見直し|再改定|修正|前倒し)(?!を(?:閣議)?決定|が(?:閣議)?決定|し)|^を(?:改定|改訂|見直)(?:す|する|して|したい|へ|に向)|^\s+(?:revision|review|update|overhaul|rewrite|revamp)s?\b/i;
/** A revision to come before it: "revising the", "the review of the" (not "revised", "updated": done). */
const EN_REVISING_BEFORE = /\b(?:revis(?:e|es|ing)|revisions?\s+(?:of|to)|review(?:ing|s)?(?:\s+of)?|overhaul(?:ing|s)?(?:\s+of)?|updat(?:e|es|ing)(?:\s+(?:of|to))?|rewrit(?:e|es|ing)|amend(?:ing|ments?\s+to)?)\s+(?:the\s+|its\s+|Japan['’]s\s+)?$/i;
/** "approved amendments to the three documents": a revision made, so the documents published. */
const EN_REVISION_MADE_BEFORE = /\b(?:approv|adopt|decid|endors|announc|unveil|complet|finaliz|finalis)\w*\s+(?:the\s+|its\s+)?$/i;

/**
 * A document's revision or review named right beside it (「2026年の安保3文書改定」, "the 2026 Defense
 * Buildup Plan revision", "recommendations on revising the Defense Buildup Plan in April 2026"): a
 * date told with it is the revision's, not when the document was published. A revision decided or
 * done (「3文書の改定を決定した」, "the Cabinet revised (updated) three key documents") publishes them.
 */
export function documentRevised(text: string, sentenceStart: number, m: { start: number; end: number }): boolean {
  if (REVISED_AFTER.test(text.slice(m.end, m.end + 12))) return true;
  const from = Math.max(sentenceStart, m.start - 24);
  const revising = EN_REVISING_BEFORE.exec(text.slice(from, m.start));
  return !!revising && !EN_REVISION_MADE_BEFORE.test(text.slice(Math.max(sentenceStart, from + revising.index - 24), from + revising.index));
}

/**
 * Each key to the one owner that gives it; a key two owners give is dropped, as no one's alone
 * ("noto" for one earthquake, "indo-pacific" for one command).
 */
export function soleOwnerIndex<T>(pairs: Iterable<readonly [string, T]>): Map<string, T> {
  const index = new Map<string, T>();
  const shared = new Set<string>();
  for (const [key, owner] of pairs) {
    if (index.has(key) && index.get(key) !== owner) shared.add(key);
    index.set(key, owner);
  }
  for (const key of shared) index.delete(key);
  return index;
}

const soleOwnedCache = new WeakMap<Dataset, Array<{ decl: PropertyDecl; owner: Entity }>>();

/** Per dataset: the posts a person fills that only one organisation has (the minister's), with that organisation. */
export function soleOwnedPosts(dataset: Dataset): Array<{ decl: PropertyDecl; owner: Entity }> {
  let posts = soleOwnedCache.get(dataset);
  if (posts) return posts;
  posts = [];
  for (const decl of dataset.properties.values()) {
    if (decl.type !== 'entity' || !personValued(dataset, decl.name)) continue;
    const owner = soleOrganisation(decl.name, dataset);
    if (owner) posts.push({ decl, owner });
  }
  soleOwnedCache.set(dataset, posts);
  return posts;
}

/** The one organisation with facts of `property` (a post only one organisation has, such as the minister's). */
export function soleOrganisation(property: string, dataset: Dataset): Entity | undefined {
  const owners = propertyHolders(dataset, property).filter((e) => e.type === 'organization');
  return owners.length === 1 ? owners[0] : undefined;
}

const branchCache = new WeakMap<Dataset, Set<string>>();

/**
 * Entities that are some person's service branch in the dataset, and their sibling branches: the
 * other organisations commanded together with one (ground, maritime and air forces).
 */
export function serviceBranches(dataset: Dataset): Set<string> {
  const cached = branchCache.get(dataset);
  if (cached) return cached;
  const out = new Set<string>();
  for (const e of dataset.entities.values()) {
    for (const f of e.facts) {
      if (f.property !== 'service') continue;
      for (const v of scalars(f)) if (v.kind === 'entity') out.add(v.id);
    }
  }
  for (const e of dataset.entities.values()) {
    for (const f of e.facts) {
      if (f.value.kind !== 'list') continue;
      const ids = f.value.items.flatMap((v) => (v.kind === 'entity' ? [v.id] : []));
      if (ids.some((id) => out.has(id))) for (const id of ids) out.add(id);
    }
  }
  branchCache.set(dataset, out);
  return out;
}

/** Between a cue and a date: ", and" then the date fronted in the next clause ("…, and a year later, at 4:10 p.m. on"). */
export const EN_AND_THEN_FRONTED_DATE = /,\s+and\s+(?:[^,;]{0,40},\s+)?(?:(?:at|around)\s+[^,;]{1,20}\s+)?(?:on|in)?\s*$/;

/** How many times `ch` occurs in `s`. */
export const countOf = (s: string, ch: string) => s.split(ch).length - 1;

/**
 * A Japanese clause ended by its verb's continuative form and a comma (「起き、」「最後となり、」), not by a
 * particle (「には、」, and those of two kana: 「10月1日から、」「より、」「ごろ、」).
 */
export const JA_VERB_CLAUSE_ENDED = /(?<=[\u3041-\u3096])(?<![のでとにをがはへやもか])(?<!から|より|など|ほど|ごろ|ころ|まで)[、，]/;
