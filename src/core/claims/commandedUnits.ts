// "The joint commander will be …, and will command the Ground Component Command, the Self Defense
// Fleet, …": units a sentence's subject is said to command each report to it. Read from the
// superior's side, so that a wrong superior conflicts with each unit's own reportsTo fact even
// when the named superior has no list of units of its own.
import type { Dataset, Mention } from '../model';
import type { SentenceRange } from './sentences';
import { hasFacts } from './shared';

/** Before the subject: nothing but an article or "the new" (the subject opens the sentence). */
const EN_OPENS_SENTENCE = /^\s*(?:(?:The|the)\s+(?:new\s+)?)?$/;
/** Right after the subject ("USFJ will command the …", "The JJOC directs the …"). */
const EN_COMMANDS_NEXT = /^\s+(?:(?:will|would|shall|is\s+to)\s+(?:command|direct|oversee)|commands|directs)\s+(?:the\s+)?$/;
/** After the subject's other predicate, joined to it: ", and will command the …". */
const EN_AND_COMMANDS = /,\s+and\s+(?:will|would|shall|is\s+to)\s+(?:command|direct|oversee)\s+(?:the\s+)?$/;
/** Between what the subject is said to be and ", and will command": no clause of another subject. */
const EN_OTHER_CLAUSE = /[.;:]|\b(?:which|who|whom|whose|while|whereas|but|although|when|after|before|until|if|unless)\b/;
/** Between two units of the list. */
const EN_LIST_JOINT = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
/** How far the coordinated verb may stand from the subject. */
const MAX_PREDICATE_REACH = 240;

export interface CommandedUnit {
  unit: Mention;
  superior: Mention;
}

export function commandedUnitsEn(text: string, sentence: SentenceRange, mentions: readonly Mention[], dataset: Dataset): CommandedUnit[] {
  const subject = mentions[0];
  if (!subject || dataset.entities.get(subject.entity)?.type !== 'organization' || !EN_OPENS_SENTENCE.test(text.slice(sentence.start, subject.start))) return [];
  const isUnit = (m: Mention) => m.entity !== subject.entity && hasFacts(dataset.entities.get(m.entity), ['reportsTo']);
  // The first unit: right after the verb, which follows the subject or its other predicate.
  const first = mentions.find((m) => {
    if (m.start <= subject.end || m.start - subject.end > MAX_PREDICATE_REACH || !isUnit(m)) return false;
    const between = text.slice(subject.end, m.start);
    if (EN_COMMANDS_NEXT.test(between)) return true;
    const joined = EN_AND_COMMANDS.exec(between);
    return joined !== null && !EN_OTHER_CLAUSE.test(between.slice(0, joined.index));
  });
  if (!first) return [];
  const out: CommandedUnit[] = [{ unit: first, superior: subject }];
  let last = first;
  for (const m of mentions) {
    if (m.start < last.end) continue;
    // "the SDF Cyber Defense Command": a name glued to the next one is part of it.
    if (text.slice(m.end, m.end + 1) === ' ' && mentions.some((o) => o.start === m.end + 1)) continue;
    if (!isUnit(m) || !EN_LIST_JOINT.test(text.slice(last.end, m.start).replace(/\s+SDF\s*$/, ' '))) break;
    out.push({ unit: m, superior: subject });
    last = m;
  }
  return out;
}
