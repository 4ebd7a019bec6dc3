// A holder's own words: 「南雲司令官は「…この重要な任務を防衛大臣の指揮の下で的確に果たす…」と述べた」.
// Inside a Japanese quote whose sentence names no subject, the speaker speaks for the organisation
// whose post they hold (we, the command): what the quote says of "us" is said of it.

import type { Dataset, Entity, Mention } from '../model';
import { holdersOfValue, personValued } from './shared';

/** How far back the quote's opening bracket is looked for: a few sentences of one quote. */
const QUOTE_REACH = 600;
/** How far before the opening bracket the speaker's name may stand (「南雲憲一郎空将は式典後に記者会見し、「」). */
const SPEAKER_REACH = 40;

/**
 * The organisation the speaker of the quote around `at` holds a post of, when exactly one: the
 * speaker is the person named right before the quote opens in this sentence, or, for a quote
 * opened in an earlier sentence, the person the text named last before this sentence.
 */
export function quotedSpeakerOrganisation(text: string, at: number, sentenceStart: number, mentions: Mention[], lastPerson: string | undefined, dataset: Dataset): Entity | undefined {
  // Scanned back in place, at most QUOTE_REACH code units: the nearest bracket, quote or line end decides.
  // Closed before the cue, or opened in another paragraph: no quote around it.
  const from = Math.max(0, at - QUOTE_REACH);
  let quoteStart = -1;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === '」' || c === '\n') return undefined;
    if (c === '「') {
      quoteStart = i;
      break;
    }
  }
  if (quoteStart < 0) return undefined;
  let speaker: string | undefined;
  if (quoteStart >= sentenceStart) {
    const named = mentions.filter((m) => m.end <= quoteStart && quoteStart - m.end <= SPEAKER_REACH && dataset.entities.get(m.entity)?.type === 'person');
    speaker = named[named.length - 1]?.entity;
  } else speaker = lastPerson;
  if (speaker === undefined) return undefined;
  const owners = new Set<string>();
  for (const property of dataset.properties.keys()) {
    if (dataset.properties.get(property)?.type !== 'entity' || !personValued(dataset, property)) continue;
    for (const id of holdersOfValue(dataset, property, speaker)) owners.add(id);
  }
  return owners.size === 1 ? dataset.entities.get([...owners][0]!) : undefined;
}
