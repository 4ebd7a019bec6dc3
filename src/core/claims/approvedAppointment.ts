// An appointment told of in one sentence, then approved by the cabinet in the next:
// 「（政府は…南雲憲一郎空将を起用することを決定した。）この人事は3月11日の閣議で承認された」,
// "(The government appointed Gen. X …) The appointment was approved at a Cabinet meeting on
// March 11". The day is the nomination of the person told of last, when the dataset records one;
// a sentence that names a person of its own is left to the rules for names.

import type { Dataset, Entity, Mention } from '../model';
import type { ParsedValue } from '../values';
import { FISCAL } from './shared';
import type { SentenceRange } from './sentences';
import type { Lang } from './structure';

export interface ApprovedAppointmentClaim {
  entity: Entity;
  property: string;
  found: ParsedValue;
}

/** The property a cabinet's approval of an appointment dates (the spec's name). */
const NOMINATED = 'nominated';

/** 「この人事は」「同人事は」: the sentence opens on the appointment just told of. */
const JA_APPOINTMENT_TOPIC = /^\s*(?:この|同|今回の|当該|本)?人事は、?/;
/** …and the cabinet approved or decided it. */
const JA_CABINET_APPROVED = /閣議(?:で|において)[^。]{0,12}?(?:承認|決定|了承|決ま)/;
/** "The appointment was approved at a Cabinet meeting on …", "His nomination was endorsed by the Cabinet on …". */
const EN_APPOINTMENT_APPROVED = /^\s*(?:The|This|His|Her)\s+(?:appointment|nomination)\s+(?:was|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:approved|endorsed|confirmed|decided)\b[^;:]{0,60}?\b[Cc]abinet\b/;
/** "The Cabinet approved the appointment on …". */
const EN_CABINET_APPROVED = /^\s*(?:The|Japan['’]s)\s+[Cc]abinet\s+(?:formally\s+|officially\s+)?(?:approved|endorsed)\s+(?:the|his|her|this)\s+(?:appointment|nomination)\b/;
/** How far into the sentence its opening is looked for. */
const OPENING_REACH = 120;

export function approvedAppointmentClaims(text: string, sentence: SentenceRange, mentions: Mention[], dataset: Dataset, lang: Lang, values: () => ParsedValue[], persons: readonly string[]): ApprovedAppointmentClaim[] {
  const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + OPENING_REACH));
  const told = lang === 'ja' ? JA_APPOINTMENT_TOPIC.test(opening) && JA_CABINET_APPROVED.test(text.slice(sentence.start, sentence.end)) : EN_APPOINTMENT_APPROVED.test(opening) || EN_CABINET_APPROVED.test(opening);
  if (!told || persons.length === 0) return [];
  if (mentions.some((m) => dataset.entities.get(m.entity)?.type === 'person')) return [];
  const person = dataset.entities.get(persons[0]!);
  if (!person || !person.facts.some((f) => f.property === NOMINATED)) return [];
  const date = values().find((v) => v.value.kind === 'date' && !FISCAL.test(v.text));
  return date ? [{ entity: person, property: NOMINATED, found: date }] : [];
}
