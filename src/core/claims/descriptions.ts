// Descriptions that name an entity by words of its name, in lower case and without the name
// itself: "a joint headquarters", "the joint headquarters" for the Permanent Joint Headquarters
// (the JJOC before it had its name). Prose uses them before or instead of the name; a claim about
// "the joint headquarters" is a claim about the one entity whose name holds those words. A
// description that fits several entities, or another country's ("Britain's joint headquarters"),
// names none.

import type { Dataset, Entity } from '../model';
import { scalars, soleOwnerIndex } from './shared';

/** An article, up to three lower-case words, then the head noun of an organisation. */
// ("the Japanese Self-Defense Forces' joint operation headquarters": a plural's possessive too.)
const DESCRIPTION = /\b(?:(?:a|an|the|its|this|that)\s+(?:[A-Z][\w.]*['’]s\s+)?|[A-Z][\w.-]*(?:['’]s|s['’])\s+)[“"‘']?((?:[a-z][a-z-]*\s+){1,3}?(?:command|headquarters|hq|unit|force|forces|ministry|agency|office|facility))\b/g;
/** Words in or right before a description that make it another country's. */
const FOREIGN = /\b(?:british|britain|united\s+kingdom|u\.k|uk|australian|australia|american|america|u\.s|us|chinese|china|korean|korea|philippine|indian|india|french|france|german|germany|canadian|canada|nato)\b/i;

/** Pairs of a name's words that prose uses of any organisation. */
const GENERIC_PAIRS = new Set(['operational command']);

interface PhraseIndex {
  /** "joint headquarters" → the entities whose names hold those two words in a row. */
  pairs: Map<string, Set<Entity>>;
  /** Each entity's names, lower case, as word lists. */
  names: Map<Entity, string[][]>;
}

const indexes = new WeakMap<Dataset, PhraseIndex>();

/** A name's words, lower case; "operations" and "operation" are one word ("a joint operation command"). */
function wordsOf(s: string): string[] {
  return s.toLowerCase().split(/[\s]+/).filter(Boolean).map((w) => (w === 'operations' ? 'operation' : w));
}

function phraseIndex(dataset: Dataset): PhraseIndex {
  let index = indexes.get(dataset);
  if (index) return index;
  index = { pairs: new Map(), names: new Map() };
  for (const e of dataset.entities.values()) {
    // Organisations, and places built as facilities ("a replacement facility" for the Futenma Replacement Facility).
    if (e.type !== 'organization' && e.type !== 'place') continue;
    const names = [e.labels.en, ...e.aliases.filter((a) => a.lang === 'en').map((a) => a.text)].filter((n): n is string => !!n && /^[\x20-\x7e’]+$/.test(n)).map(wordsOf);
    index.names.set(e, names);
    for (const words of names) {
      for (let i = 0; i + 1 < words.length; i++) {
        const key = `${words[i]} ${words[i + 1]}`;
        // "its operational command (authority)" is how prose speaks of anyone's command, not a name's words.
        if (GENERIC_PAIRS.has(key)) continue;
        index.pairs.set(key, (index.pairs.get(key) ?? new Set()).add(e));
      }
    }
  }
  indexes.set(dataset, index);
  return index;
}

function holds(name: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= name.length; i++) if (phrase.every((w, k) => name[i + k] === w)) return true;
  return false;
}

/**
 * The one organisation whose name holds the description's last words (two or more, the head noun
 * last): "new joint headquarters" → "joint headquarters" → the JJOC. Undefined when none or several do.
 */
export function entityByDescription(words: string[], dataset: Dataset): Entity | undefined {
  const index = phraseIndex(dataset);
  for (let from = 0; from + 2 <= words.length; from++) {
    const phrase = words.slice(from);
    const pair = index.pairs.get(`${phrase[0]} ${phrase[1]}`);
    if (!pair) continue;
    const fitting = [...pair].filter((e) => index.names.get(e)!.some((n) => holds(n, phrase)));
    if (fitting.length === 1) return fitting[0];
    if (fitting.length > 1) return undefined;
  }
  return undefined;
}

/** Is the description at `text[start, end)` another country's ("Britain set up its joint headquarters")? */
export function foreignDescription(text: string, start: number, end: number): boolean {
  return FOREIGN.test(text.slice(Math.max(0, start - 24), end + 16));
}

export interface DescriptionSpan {
  entity: Entity;
  start: number;
  end: number;
}

/** The organisations of a sentence's descriptions, each once, in order. */
export function describedEntities(spans: readonly DescriptionSpan[]): Entity[] {
  const out: Entity[] = [];
  for (const d of spans) if (!out.includes(d.entity)) out.push(d.entity);
  return out;
}

/** The head nouns DESCRIPTION ends with: a sentence with none of them is not searched. */
const HEADS = ['command', 'headquarters', 'hq', 'unit', 'force', 'ministry', 'agency', 'office', 'facility'];

/**
 * "a new command for its Self-Defense Forces", "a joint command headquarters for the
 * Self-Defence Forces' ground, maritime and air units": a command described by the forces it is
 * for. It is the one organisation the dataset says commands the forces' services (the JJOC commands
 * the Ground, Maritime and Air Self-Defense Forces).
 */
const COMMAND_FOR_FORCES = /\b(?:a|an|the|its|Japan['’]s|Tokyo['’]s)\s+(?:(?:new|first|permanent|standing|unified|integrated|joint|operational|operations)\s+){1,3}(?:command(?:\s+headquarters)?|headquarters)\s+(?:for|of|over)\s+(?:its|the|Japan['’]s|the\s+country['’]s|all\s+three\s+branches\s+of\s+the)\s+(?:Japan\s+)?(?:Self[- ]Defen[cs]e\s+Forces?|SDF|JSDF)\b/gi;
/** "a new Japanese Self Defense Forces (SDF) headquarters": a new headquarters named by the forces it is for. */
const NEW_FORCES_HEADQUARTERS = /\b(?:a|the)\s+new\s+(?:Japanese\s+)?(?:(?:Japan\s+)?Self[- ]Defen[cs]e\s+Forces?(?:\s+\(J?SDF\))?|J?SDF)\s+(?:(?:joint|unified|permanent)\s+)?(?:command\s+headquarters|headquarters)\b/gi;
/**
 * "Japan's ongoing efforts to establish a unified command center", "Tokyo's plan to establish a joint
 * command of its forces": a unified or joint command Japan sets up is the one that commands its
 * forces (group 1: the description).
 */
const JAPAN_SETS_UP_COMMAND = /\b(?:Japan|Tokyo)['’]s\b[^.;:]{0,60}?\b(?:establish|create|set\s+up|launch|form)(?:ing)?\s+((?:a|an)\s+(?:new\s+|permanent\s+|standing\s+)?(?:unified|joint|integrated)\s+(?:operations?\s+)?command(?:\s+(?:center|centre|headquarters))?)\b/g;
/**
 * "Japan's unified command", "the Japanese Self-Defence Forces' joint operation headquarters": a
 * unified or joint command that is Japan's or its forces' own is the one that commands them.
 */
const JAPANS_JOINT_COMMAND = /\b(?:(?:Japan|Tokyo)['’]s|(?:the\s+)?(?:Japanese\s+|Japan\s+)?Self[- ]Defen[cs]e\s+Forces['’]|(?:the\s+)?(?:J?SDF)['’]s?)\s+(?:(?:new|own|first|permanent|standing|planned)\s+)?(?:unified|joint|integrated)\s+(?:operations?\s+)?(?:command(?:\s+headquarters)?|headquarters)\b/g;
/** Most sentences name no Self-Defense Forces: one test before the search. */
const FORCES_WORD = /Self[- ]Defen[cs]e|SDF/;
/** The services' names end so: "Ground Self-Defense Force". */
const SERVICE_NAME = /Self-Defen[cs]e Force$/;

const forcesCommand = new WeakMap<Dataset, Entity | null>();

/** The one organisation that commands two or more of the Self-Defense Forces' services, if one does. */
function commandOfTheForces(dataset: Dataset): Entity | undefined {
  const cached = forcesCommand.get(dataset);
  if (cached !== undefined) return cached ?? undefined;
  const found = [...dataset.entities.values()].filter((e) => {
    if (e.type !== 'organization') return false;
    const commanded = e.facts.filter((f) => f.property === 'commands').flatMap(scalars);
    return commanded.filter((v) => v.kind === 'entity' && SERVICE_NAME.test(dataset.entities.get(v.id)?.labels.en ?? '')).length >= 2;
  });
  const one = found.length === 1 ? found[0]! : null;
  forcesCommand.set(dataset, one);
  return one ?? undefined;
}

/**
 * 「陸海空の3自衛隊を一元的に運用管理できる統合司令部」「自衛隊の常設統合司令部」: in Japanese, a joint
 * command described by the forces it commands as one, or as the forces' own, is the one organisation
 * that commands them (the span is the command's noun).
 */
const JA_COMMAND_FOR_FORCES = /(?:(?:3|３|三)自衛隊|自衛隊(?:の部隊)?)を一元的に(?:運用管理|運用|指揮|統括|管理)(?:できる|する)(?:新たな|新しい|常設の|常設)?(統合司令部|統合作戦司令部|統合運用司令部)/g;
const JA_FORCES_OWN_COMMAND = /(?:陸海空|(?:3|３|三))?自衛隊の(?:新たな|新しい)?(?:常設)?(統合司令部|統合運用司令部)/g;

/** Each Japanese description of the command of the forces, with where its noun stands in `body`. */
export function descriptionSpansJa(body: string, dataset: Dataset): DescriptionSpan[] {
  if (!body.includes('自衛隊') || !body.includes('司令部')) return [];
  const command = commandOfTheForces(dataset);
  if (!command) return [];
  const out: DescriptionSpan[] = [];
  const push = (m: RegExpMatchArray) => out.push({ entity: command, start: m.index! + m[0].length - m[1]!.length, end: m.index! + m[0].length });
  for (const m of body.matchAll(JA_COMMAND_FOR_FORCES)) push(m);
  for (const m of body.matchAll(JA_FORCES_OWN_COMMAND)) push(m);
  return out;
}

/**
 * "US Indo-Pacific Commander Admiral X", "the Joint Operations Commander": a command's name with
 * "Commander" for "Command" is the title of its commander. The name's part before "Command" stands
 * for the command, so that the title reads as "INDOPACOM Commander X" does.
 */
const EN_COMMANDER_TITLE = /\b((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s+Commander\b/g;
const commandPrefixes = new WeakMap<Dataset, Map<string, Entity>>();

/** Per dataset: the part before "Command" of each organisation's English names that end in it, folded. */
function prefixesOf(dataset: Dataset): Map<string, Entity> {
  let index = commandPrefixes.get(dataset);
  if (index) return index;
  const pairs: Array<[string, Entity]> = [];
  for (const e of dataset.entities.values()) {
    if (e.type !== 'organization') continue;
    for (const name of [e.labels.en, ...e.aliases.filter((a) => a.lang === 'en').map((a) => a.text)]) {
      if (!name || !/\sCommand$/.test(name)) continue;
      const key = name.slice(0, -' Command'.length).toLowerCase();
      if (key.split(/\s+/).length >= 2 || key.includes('-')) pairs.push([key, e]);
    }
  }
  index = soleOwnerIndex(pairs);
  commandPrefixes.set(dataset, index);
  return index;
}

/** Each "<command's name> Commander" title, as the span of the name's part before "Commander". */
export function commanderTitleSpans(body: string, dataset: Dataset): DescriptionSpan[] {
  if (!body.includes('Commander')) return [];
  const index = prefixesOf(dataset);
  const out: DescriptionSpan[] = [];
  for (const m of body.matchAll(EN_COMMANDER_TITLE)) {
    const words = m[1]!.split(/\s+/);
    // The longest tail of the capitalised run that is a command's name ("new US Indo-Pacific": "US Indo-Pacific").
    for (let k = 0; k < words.length; k++) {
      const tail = words.slice(k).join(' ');
      const entity = index.get(tail.toLowerCase());
      if (!entity) continue;
      const end = m.index + m[1]!.length;
      out.push({ entity, start: end - tail.length, end });
      break;
    }
  }
  return out;
}

/** Each description by words of one organisation's name, with where it stands in `body`. */
export function descriptionSpans(body: string, dataset: Dataset): DescriptionSpan[] {
  const out: DescriptionSpan[] = [];
  if (!HEADS.some((h) => body.includes(h))) return out;
  const japan = body.includes('Japan') || body.includes('Tokyo');
  const forces = FORCES_WORD.test(body);
  const command = japan || forces ? commandOfTheForces(dataset) : undefined;
  if (command && japan) for (const m of body.matchAll(JAPAN_SETS_UP_COMMAND)) out.push({ entity: command, start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length });
  // Japan's own joint command, or its forces' own.
  if (command) for (const m of body.matchAll(JAPANS_JOINT_COMMAND)) out.push({ entity: command, start: m.index, end: m.index + m[0].length });
  if (command && forces) {
    for (const m of body.matchAll(COMMAND_FOR_FORCES)) out.push({ entity: command, start: m.index, end: m.index + m[0].length });
    for (const m of body.matchAll(NEW_FORCES_HEADQUARTERS)) if (!foreignDescription(body, m.index, m.index + m[0].length)) out.push({ entity: command, start: m.index, end: m.index + m[0].length });
  }
  for (const m of body.matchAll(DESCRIPTION)) {
    // "Britain's joint headquarters", "the British joint headquarters", "a joint headquarters in Australia".
    if (foreignDescription(body, m.index, m.index + m[0].length)) continue;
    const entity = entityByDescription(wordsOf(m[1]!), dataset);
    if (entity) out.push({ entity, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
