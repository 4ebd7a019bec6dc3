// Another meeting of a series: 「2025年10月29日、小泉進次郎防衛相は…ヘグセス国防長官と…日米防衛相会談を行った」
// names the dataset's meeting by its general name, but someone other than its participants sits
// in a participant's post, on a date later than the dataset knows that post. With its date off as
// well, two facts disagree: it is a later meeting of that name, not a wrong date for this one. (A
// value edited alone still conflicts: the date when the participants are right, the participant
// when the date is. An earlier date keeps its warning: the dataset knows who held the post then,
// or cannot tell.)

import type { Dataset, DateValue, Entity, Mention } from '../model';
import type { CueHit } from './cueIndex';
import type { NameSpan } from './personNames';
import { participantsOf, scalars } from './shared';

/** How far (UTF-16 code units) a post's title may stand from its holder's name: 「小泉進次郎防衛相」, "Defense Minister X". */
const TITLE_GAP = 3;

/** A date as a number that sorts by time, to the month: 202503 for March 2025 (a year alone is its last month). */
const monthKey = (d: DateValue) => d.year * 100 + (d.month ?? 12);

/** Per dataset and event, its participants' posts: worked out once, not per claim (a pass over every organisation). */
const postsCache = new WeakMap<Dataset, Map<string, { posts: Set<string>; known: number }>>();

function cachedParticipantPosts(event: Entity, participants: ReadonlySet<string>, dataset: Dataset): { posts: Set<string>; known: number } {
  let byEvent = postsCache.get(dataset);
  if (!byEvent) postsCache.set(dataset, (byEvent = new Map()));
  let found = byEvent.get(event.id);
  if (!found) byEvent.set(event.id, (found = participantPosts(participants, dataset)));
  return found;
}

/** The posts (properties) the event's participants hold in organisations, and the latest month the dataset knows of their holders. */
function participantPosts(participants: ReadonlySet<string>, dataset: Dataset): { posts: Set<string>; known: number } {
  const posts = new Set<string>();
  let known = 0;
  if (participants.size === 0) return { posts, known };
  for (const e of dataset.entities.values()) {
    // (An organisation's posts only: another meeting's participants are no post.)
    if (e.type !== 'organization') continue;
    for (const f of e.facts) if (scalars(f).some((v) => v.kind === 'entity' && participants.has(v.id))) posts.add(f.property);
  }
  for (const e of dataset.entities.values()) {
    if (e.type !== 'organization') continue;
    for (const f of e.facts) {
      if (!posts.has(f.property)) continue;
      for (const d of [f.qualifiers.from, f.qualifiers.asOf, f.qualifiers.until]) if (d) known = Math.max(known, monthKey(d));
    }
  }
  return { posts, known };
}

/**
 * Does the sentence name, by a title of a post a participant of `event` holds, someone who is not
 * one of its participants (a person the dataset does not know, or another of its people), at a
 * time `when` after the last the dataset knows of that post?
 */
export function otherHolderOfParticipantPost(event: Entity, when: DateValue, dataset: Dataset, hits: readonly CueHit[], names: readonly NameSpan[], people: readonly Mention[], isJa: boolean): boolean {
  const participants = participantsOf(event);
  const { posts, known } = cachedParticipantPosts(event, participants, dataset);
  if (posts.size === 0 || when.yearless || monthKey(when) <= known) return false;
  const titled = (start: number, end: number) => hits.some((h) => h.properties.some((p) => posts.has(p)) && (isJa ? h.start >= end && h.start - end <= TITLE_GAP : h.end <= start && start - h.end <= TITLE_GAP));
  return names.some((n) => titled(n.start, n.end)) || people.some((m) => !participants.has(m.entity) && dataset.entities.get(m.entity)?.type === 'person' && titled(m.start, m.end));
}
