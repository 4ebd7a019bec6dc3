// "Japan and the US decided in June to upgrade the command of … US forces in the country", "In June,
// the Biden administration had laid the groundwork for a major restructuring of U.S. military
// operations in Japan": a meeting of the two countries told by what it decided (an upgrade of the
// command in Japan), with neither its name nor who met. Which meeting it was is the date's to say:
// the two countries' meetings on record each decided something of the kind (the summit's command
// and control, the 2+2's joint force headquarters, the defence ministers' first phase), so a date
// that agrees with one of them is that one; a date one step from exactly one of them (a month, or
// the same month a year off) is that meeting told wrong; any other date is another time, and
// nothing is said.

import type { Dataset, Entity, Mention } from '../model';
import { compareValue, nearMissDateOfPeople, type ParsedValue } from '../values';
import { MANY_PARTIES, meetingsNamed, type EventClaim } from './describedEvent';
import type { SentenceRange } from './sentences';
import { FISCAL, scalars } from './shared';
import { THIRD_COUNTRY } from '../recognize/eventDate';

/** Who decides: the two countries or governments, or the U.S. administration of the time. */
// "U.S." ends in a full stop, so no word boundary follows it.
const EN_DECIDERS = /\b(?:Japan\s+and\s+(?:the\s+)?(?:U\.S\.|US\b|United\s+States\b)|(?:the\s+)?(?:U\.S\.|US\b|United\s+States\b)\s+and\s+Japan\b|Tokyo\s+and\s+Washington\b|Washington\s+and\s+Tokyo\b|(?:the|both)\s+(?:two\s+)?(?:countries|governments|allies|nations|sides)\b|Biden\s+administration\b|(?:Biden|Joe\s+Biden)['’]s\s+White\s+(?:House|Home)\b)/i;
/** That they decided, agreed or announced it. */
const EN_DECIDED = /\b(?:decided|agreed|announced|unveiled|finali[sz]ed|introduced|laid\s+the\s+groundwork|(?:the\s+)?announcement)\b/i;
/** What: an upgrade of the U.S. command in Japan ("upgrade the command and control of … US forces", "a major revamp of the U.S. military command in Japan"). */
const EN_UPGRADE = /\b(?:upgrad(?:e|ed|ing)|revamp|restructur(?:e|ing)|overhaul|reorgani[sz](?:e|ation))\b/i;
/** After the upgrade word, within the clause: the command or forces upgraded. */
const EN_COMMAND_AFTER = /^[^.;:!?]{0,80}?\b(?:command|military\s+(?:operations|command)|U\.S\.\s+military|US\s+military|(?:U\.S\.|US|American)\s+forces)\b/i;
/** …and that they are in Japan. */
const EN_IN_JAPAN = /\b(?:in|of)\s+(?:Japan\b|the\s+(?:East\s+Asian\s+)?country\b)|\bU\.?S\.?\s+Forces\s+Japan\b|\bUSFJ\b/;

/** How far past the command its place may be written ("… of the Japanese military as well as US forces in the country"). */
const IN_JAPAN_REACH = 120;

/** Three or more parties. */
const EN_MORE_PARTIES = /\b(?:trilateral|three\s+(?:countries|nations|governments)|multilateral)\b/i;
/** How far around who decided another party would stand ("Japan, the US and Australia"). */
const THIRD_PARTY_REACH = 30;

const meetingsCache = new WeakMap<Dataset, Entity[]>();

/** The two countries' meetings on record: events named as meetings that have a date. */
function meetings(dataset: Dataset): Entity[] {
  let found = meetingsCache.get(dataset);
  if (!found) {
    found = [...new Set([...meetingsNamed(dataset).values()].flat())].filter((e) => e.facts.some((f) => f.property === 'date'));
    meetingsCache.set(dataset, found);
  }
  return found;
}

export function decidedUpgradeClaimsEn(text: string, sentence: SentenceRange, mentions: readonly Mention[], dataset: Dataset, values: () => ParsedValue[]): EventClaim[] {
  const body = text.slice(sentence.start, sentence.end);
  const upgrade = EN_UPGRADE.exec(body);
  const deciders = EN_DECIDERS.exec(body);
  // A third country among who decided ("Japan, the US and Australia"), not one told of otherwise ("… labelled China their greatest challenge").
  if (!upgrade || !deciders || MANY_PARTIES.test(body) || EN_MORE_PARTIES.test(body) || THIRD_COUNTRY.test(body.slice(Math.max(0, deciders.index - THIRD_PARTY_REACH), deciders.index + deciders[0].length + THIRD_PARTY_REACH))) return [];
  const decided = EN_DECIDED.exec(body);
  if (!decided || decided.index > upgrade.index) return [];
  const after = body.slice(upgrade.index + upgrade[0].length);
  const command = EN_COMMAND_AFTER.exec(after);
  if (!command || !EN_IN_JAPAN.test(after.slice(0, command[0].length + IN_JAPAN_REACH))) return [];
  const events = meetings(dataset);
  // A meeting named is read by the rules for names.
  if (mentions.some((m) => dataset.entities.get(m.entity)?.type === 'event')) return [];
  // One date, before the upgrade is told of: when they decided.
  const dates = values().filter((v) => v.value.kind === 'date' && !FISCAL.test(v.text) && v.start >= sentence.start);
  if (dates.length !== 1 || dates[0]!.start > sentence.start + upgrade.index) return [];
  const date = dates[0]!;
  const dated = events.map((e) => ({ e, dates: e.facts.filter((f) => f.property === 'date').flatMap(scalars) }));
  if (dated.some(({ dates: d }) => d.some((x) => compareValue(date, x) === 'agree'))) return [];
  const near = dated.filter(({ dates: d }) => d.some((x) => nearMissDateOfPeople(date, x)));
  return near.length === 1 ? [{ entity: near[0]!.e, property: 'date', found: date }] : [];
}
