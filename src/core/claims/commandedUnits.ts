// "The joint commander will be …, and will command the Ground Component Command, the Self Defense
// Fleet, …", 「Xは、…、陸上総隊、自衛艦隊、…を指揮する」: units a sentence's subject is said to command each report to it. Read from the
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

/** After the list: the verb of commanding it (「を指揮する」「を一元的に指揮し」「を隷下に置く」). */
const JA_COMMANDS_AFTER = /^を(?:一元的に|平時から|統一的に)?(?:指揮|隷下に置|指揮下に置)/;
/** Between two units of the list. */
const JA_LIST_JOINT = /^(?:、|・|や|と|及び|および|並びに|ならびに)$/;
/** After the subject: its topic or subject particle, after a closing quote or a reading in brackets. */
const JA_TOPIC_AFTER = /^[」』]?(?:[（(][^（）()]{1,20}[）)])?(?:は|が)/;
/** How far before the list's first unit the subject may stand. */
const JA_SUBJECT_REACH = 120;

/**
 * 「統合作戦司令部のトップとなる「X」は、…将官が務め、陸上総隊、自衛艦隊、…を指揮する」: the list of
 * units right before 「を指揮する」 and the organisation marked は or が before it, in the sentence,
 * with no other topic between.
 */
export function commandedUnitsJa(text: string, sentence: SentenceRange, mentions: readonly Mention[], dataset: Dataset): CommandedUnit[] {
  const isUnit = (m: Mention) => hasFacts(dataset.entities.get(m.entity), ['reportsTo']);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const last = mentions[i]!;
    if (!isUnit(last) || !JA_COMMANDS_AFTER.test(text.slice(last.end, last.end + 12))) continue;
    // Back through the list to its first unit.
    const units = [last];
    let j = i - 1;
    for (; j >= 0; j--) {
      const m = mentions[j]!;
      if (!isUnit(m) || !JA_LIST_JOINT.test(text.slice(m.end, units[0]!.start))) break;
      units.unshift(m);
    }
    const first = units[0]!;
    // The subject: the latest organisation before the list marked as the topic, with no other topic between.
    for (let k = j; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start < sentence.start || first.start - m.end > JA_SUBJECT_REACH) break;
      if (units.some((u) => u.entity === m.entity) || dataset.entities.get(m.entity)?.type !== 'organization') continue;
      const marked = JA_TOPIC_AFTER.exec(text.slice(m.end, m.end + 24));
      if (!marked) continue;
      if (/[。]|は/.test(text.slice(m.end + marked[0].length, first.start))) break;
      return units.map((unit) => ({ unit, superior: m }));
    }
    break;
  }
  return [];
}
