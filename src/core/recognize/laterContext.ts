// A short form that needs context (MOD, SDF, a surname) counts when the full form stands anywhere
// in the document, before or after it: headlines and ledes use the short form first. Recognition
// reads a document once, front to back; when an entity with such forms is first named in full
// after the document's start, the blocks up to that name are read again knowing it.

import type { Mention } from '../model';
import type { AliasIndex } from './aliasIndex';
import type { RecognizeState } from './recognize';
import { RecordingSet } from './recordingSet';
import { normalizeKey } from '../text/normalize';
import { MAX_MENTIONS_PER_DOCUMENT } from '../budgets';

interface ContextForms {
  entities: Set<string>;
  forms: Set<string>;
  /** An entity whose name holds another's short form (GSDF) → the entities whose short forms it gives context to (SDF's). */
  lends: Map<string, string[]>;
}

const contextual = new WeakMap<AliasIndex, ContextForms>();

/** Entities of the index that have a form needing context, those forms (`entity key`), and who lends them context. */
function contextForms(index: AliasIndex): ContextForms {
  let known = contextual.get(index);
  if (!known) {
    const entries = index.entries.filter((e) => e.needsContext);
    const lends = new Map<string, string[]>();
    for (const e of entries) for (const from of e.contextFrom ?? []) if (!lends.get(from)?.includes(e.entity)) lends.set(from, [...(lends.get(from) ?? []), e.entity]);
    known = { entities: new Set(entries.map((e) => e.entity)), forms: new Set(entries.map((e) => `${e.entity} ${e.key}`)), lends };
    contextual.set(index, known);
  }
  return known;
}

/**
 * `found` (sorted mentions from one front-to-back reading of `blocks`) with the blocks up to the
 * first full naming of an entity read again, that entity known from the start. `read` recognises
 * one block with a state whose `seen` is a RecordingSet (the service reuses unchanged blocks).
 */
export function withLaterContext(
  blocks: ReadonlyArray<{ start: number; end: number }>,
  found: Mention[],
  index: AliasIndex,
  confirms: RecognizeState['confirms'],
  read: (block: { start: number; end: number }, state: RecognizeState, out: Mention[]) => boolean,
): Mention[] {
  const { entities, forms, lends } = contextForms(index);
  if (entities.size === 0 || blocks.length === 0) return found;
  // Where each such entity is first named in full (a form that needs no context), or a name
  // holding its short form is (GSDF for SDF).
  const first = new Map<string, number>();
  for (const m of found) {
    if (m.candidates) continue;
    for (const to of lends.get(m.entity) ?? []) if (!first.has(to)) first.set(to, m.start);
    if (!entities.has(m.entity) || first.has(m.entity) || forms.has(`${m.entity} ${normalizeKey(m.text)}`)) continue;
    first.set(m.entity, m.start);
  }
  // Entities named in full only after some text: that text may hold their short forms.
  const late = [...first].filter(([, at]) => at > blocks[0]!.start);
  if (late.length === 0) return found;
  const until = Math.max(...late.map(([, at]) => at));
  const state: RecognizeState = { seen: new RecordingSet(late.map(([id]) => id)), confirms };
  const again: Mention[] = [];
  let upTo = 0;
  for (const block of blocks) {
    if (block.start >= until) break;
    // Over the budget, the first reading stands: it was within it.
    if (!read(block, state, again)) return found;
    upTo = block.end;
  }
  const rest = found.filter((m) => m.start >= upTo);
  return again.length + rest.length > MAX_MENTIONS_PER_DOCUMENT ? found : [...again, ...rest];
}
