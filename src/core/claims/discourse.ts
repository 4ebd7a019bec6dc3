// What one document's sentences carry to the next: the entities recent sentences were about, so
// that "It has 240 staff", "The new command …", 「同部隊は…」 and a Japanese sentence with no
// written subject can be read as being about one of them. A few of each kind are kept, most
// recent first: a description picks the latest that fits it ("the command" skips the ministry
// named since).

import type { Dataset, Entity, Mention } from '../model';
import type { ParsedValue } from '../values';
import { entityByDescription } from './descriptions';
import type { Anaphor, Lang } from './structure';

export interface Discourse {
  /** Organisations, events, places and documents, most recent first. */
  things: string[];
  /** People, most recent first. */
  persons: string[];
  /** The entity the document is about: the one its first line (a title) names; '' when that line names none. */
  title?: string;
  /** The latest event a sentence was found to be about (a meeting told by who met): what "the talks" go on about. */
  event?: string;
  /**
   * A full date that opened the previous sentence and dated nothing in it (「2025年3月24日、…変革が
   * 始まりました。」): the day the next sentence's event happened, when that sentence gives none.
   */
  scene?: ParsedValue;
  /**
   * The previous Japanese sentence opened on a topic the dataset does not know (「国家安全保障戦略とは、…」):
   * a next sentence with no subject written goes on about that, not about an older entity.
   */
  foreignTopic?: boolean;
  /**
   * Holders the text named for a post that the dataset gives another (entity, property and name,
   * most recent first): 「浜田靖一防衛大臣」 warned once, a later 「浜田大臣は」 is the same name again.
   */
  wrongHolders?: string[];
  /**
   * The year of the last dated sentence (「2025年3月と10月に来日した」): what a next sentence's month with no year
   * (「10月には…防衛相と」) or 「同年」, "that year", is in.
   */
  year?: number;
}

/** How many wrong holders a document remembers. */
const WRONG_HOLDERS = 8;

/** How many of each kind a description may reach back to. */
const DEPTH = 4;

export function newDiscourse(): Discourse {
  return { things: [], persons: [] };
}

export function copyDiscourse(d: Discourse): Discourse {
  return { things: [...d.things], persons: [...d.persons], ...(d.title !== undefined ? { title: d.title } : {}), ...(d.event !== undefined ? { event: d.event } : {}), ...(d.scene !== undefined ? { scene: d.scene } : {}), ...(d.foreignTopic ? { foreignTopic: true } : {}), ...(d.wrongHolders ? { wrongHolders: [...d.wrongHolders] } : {}), ...(d.year !== undefined ? { year: d.year } : {}) };
}

/** A key for caches of what depends on the discourse so far. */
export function discourseKey(d: Discourse): string {
  return `${d.things.join(',')};${d.persons.join(',')};${d.title ?? ''};${d.event ?? ''};${d.scene ? `${d.scene.start}:${d.scene.text}` : ''};${d.foreignTopic ? 1 : 0};${d.wrongHolders?.join(',') ?? ''};${d.year ?? ''}`;
}

/** Remember a holder the text named wrongly for a post. */
export function rememberWrongHolder(d: Discourse, entity: string, property: string, name: string): void {
  const key = `${entity}\u0000${property}\u0000${name}`;
  const list = (d.wrongHolders ??= []);
  const at = list.indexOf(key);
  if (at >= 0) list.splice(at, 1);
  list.unshift(key);
  if (list.length > WRONG_HOLDERS) list.length = WRONG_HOLDERS;
}

/** Was this name (or a longer one it is part of: 「浜田」 of 「浜田靖一」) warned of already as the holder of the post? */
export function namedWrongBefore(d: Discourse, entity: string, property: string, name: string): boolean {
  const prefix = `${entity}\u0000${property}\u0000`;
  return name.length >= 2 && (d.wrongHolders ?? []).some((k) => k.startsWith(prefix) && (k.slice(prefix.length).startsWith(name) || k.slice(prefix.length).endsWith(name)));
}

export function remember(d: Discourse, entity: Entity): void {
  const list = entity.type === 'person' ? d.persons : d.things;
  const at = list.indexOf(entity.id);
  if (at >= 0) list.splice(at, 1);
  list.unshift(entity.id);
  if (list.length > DEPTH) list.length = DEPTH;
}

// Head nouns that fit any entity of a type ("the unit", 同部隊); other heads must be part of the
// entity's own names ("the command" for the Joint Operations Command, not for the ministry).
const GENERIC_HEADS_JA: Record<string, string[]> = {
  organization: ['部隊', '組織', '機関'],
  event: ['会談', '会議', '会合', '協議'],
  document: ['文書'],
};
const GENERIC_HEADS_EN: Record<string, string[]> = {
  organization: ['unit', 'organization', 'organisation', 'body', 'headquarters', 'hq', 'structure'],
  event: ['meeting', 'talks', 'summit', 'event'],
  // "The papers were approved …", "the documents": a set of documents told on, as the three security documents.
  document: ['document', 'documents', 'papers'],
};

function fits(entity: Entity, head: string, lang: Lang): boolean {
  return ((lang === 'ja' ? GENERIC_HEADS_JA : GENERIC_HEADS_EN)[entity.type] ?? []).includes(head) || fitsByName(entity, head, lang) || (lang === 'en' && head === 'command' && forcesCommand(entity));
}

/** "U.S. Forces Japan" then "the new command": a country's forces stationed abroad are a command, though their name says forces. */
function forcesCommand(entity: Entity): boolean {
  return entity.type === 'organization' && [entity.labels.en, ...entity.aliases.map((a) => a.text)].some((n) => !!n && /\bForces\s+(?:Japan|Korea)\b/.test(n));
}

function fitsByName(entity: Entity, head: string, lang: Lang): boolean {
  const names = [entity.labels.en, entity.labels.ja, ...entity.aliases.map((a) => a.text)].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  return lang === 'ja' ? names.some((n) => n.includes(head)) : names.some((n) => n.split(/[\s-]+/).includes(head));
}

/** How many names ahead in the paragraph a description before its name looks at. */
const MAX_CATAPHOR_AHEAD = 12;

/**
 * "The new command, based at the Ministry of Defense, will be staffed by about 240 personnel. … will lead the JJOC": a
 * description of something new that opens a paragraph with nothing before it to stand for names what the paragraph
 * names later, the first organisation whose own name holds the head noun.
 */
export function cataphor(anaphor: Anaphor, ahead: readonly Mention[], dataset: Dataset): Entity | undefined {
  if (anaphor.kind !== 'thing' || !anaphor.head || !anaphor.words?.includes('new')) return undefined;
  for (const m of ahead.slice(0, MAX_CATAPHOR_AHEAD)) {
    const e = dataset.entities.get(m.entity);
    if (e?.type === 'organization' && fitsByName(e, anaphor.head, 'en')) return e;
  }
  return undefined;
}

/**
 * The earlier entities an anaphor may stand for: a pronoun, the latest of its kind; a description,
 * the latest whose kind and head noun fit ("the new command" → the Joint Operations Command).
 */
export function resolveAnaphor(anaphor: Anaphor, d: Discourse, dataset: Dataset, lang: Lang): Entity[] {
  // A subject left out may be the latest thing or the latest person; the claim decides which.
  if (anaphor.kind === 'any') return [...d.things, d.persons[0]].flatMap((id) => (id === undefined ? [] : [dataset.entities.get(id)!].filter(Boolean)));
  const ids = anaphor.kind === 'person' ? d.persons : d.things;
  if (!anaphor.head || anaphor.kind === 'person') {
    const entity = ids[0] === undefined ? undefined : dataset.entities.get(ids[0]);
    return entity ? [entity] : [];
  }
  // "The joint headquarters": words of one entity's name say which it is, whatever came before.
  const named = lang === 'en' && anaphor.words ? entityByDescription(anaphor.words, dataset) : undefined;
  if (named) return [named];
  // "The headquarters" after "the Joint Staff" and a joint headquarters: one whose name holds the word, over one it fits only as a kind.
  const entities = ids.map((id) => dataset.entities.get(id)).filter((e): e is Entity => !!e);
  const byName = entities.find((e) => fitsByName(e, anaphor.head!, lang));
  if (byName) return [byName];
  const byKind = entities.find((e) => fits(e, anaphor.head!, lang));
  return byKind ? [byKind] : [];
}
