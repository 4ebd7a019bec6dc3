// Counters and units a quantity may carry, and how unit names compare. Unit names are the ones a
// dataset declares (`persons`, `minutes`, …); synonyms a dataset may use map to them.

/** Japanese counters and units, matched as written. */
export const UNITS_JA: ReadonlyArray<readonly [string, string]> = [
  ['人', 'persons'], ['名', 'persons'],
  ['秒間', 'seconds'], ['秒', 'seconds'],
  ['分間', 'minutes'], ['分', 'minutes'],
  ['時間', 'hours'],
  ['日間', 'days'],
  ['週間', 'weeks'],
  ['か月間', 'months'], ['か月', 'months'], ['カ月', 'months'], ['ヶ月', 'months'], ['ヵ月', 'months'], ['ケ月', 'months'],
  ['年間', 'years'],
  ['%', 'percent'], ['％', 'percent'], ['パーセント', 'percent'],
  ['km', 'km'], ['ｋｍ', 'km'], ['キロメートル', 'km'],
];

/** English units, lower case, matched case-insensitively as whole words. */
export const UNITS_EN: ReadonlyArray<readonly [string, string]> = [
  ['personnel', 'persons'], ['people', 'persons'], ['persons', 'persons'], ['person', 'persons'],
  ['staff', 'persons'], ['staffers', 'persons'], ['members', 'persons'], ['member', 'persons'],
  ['service members', 'persons'], ['servicemembers', 'persons'], ['troops', 'persons'],
  ['soldiers', 'persons'], ['officers', 'persons'], ['employees', 'persons'], ['sailors', 'persons'],
  ['airmen', 'persons'], ['marines', 'persons'], ['workers', 'persons'], ['men', 'persons'],
  ['strong', 'persons'],
  ['seconds', 'seconds'], ['second', 'seconds'], ['secs', 'seconds'],
  ['minutes', 'minutes'], ['minute', 'minutes'], ['mins', 'minutes'], ['min', 'minutes'],
  ['hours', 'hours'], ['hour', 'hours'], ['hrs', 'hours'],
  ['days', 'days'], ['day', 'days'],
  ['weeks', 'weeks'], ['week', 'weeks'],
  ['months', 'months'], ['month', 'months'],
  ['years', 'years'], ['year', 'years'], ['yrs', 'years'],
  ['percent', 'percent'], ['per cent', 'percent'], ['pct', 'percent'],
  ['km', 'km'], ['kilometres', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometer', 'km'],
];

const SYNONYMS: Readonly<Record<string, string>> = {
  person: 'persons', people: 'persons', personnel: 'persons', staff: 'persons', members: 'persons',
  troops: 'persons', '人': 'persons', '名': 'persons',
  minute: 'minutes', min: 'minutes', mins: 'minutes', '分': 'minutes',
  hour: 'hours', h: 'hours', hr: 'hours', hrs: 'hours', '時間': 'hours',
  second: 'seconds', s: 'seconds', sec: 'seconds', secs: 'seconds',
  day: 'days', d: 'days', week: 'weeks', month: 'months', year: 'years', yr: 'years', yrs: 'years',
  '%': 'percent', pct: 'percent', 'per cent': 'percent',
  kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
};

/** The canonical name of a unit (`people` → `persons`); unknown names stay as given, lower-cased. */
export function canonicalUnit(unit: string): string {
  const u = unit.trim().toLowerCase();
  return SYNONYMS[u] ?? u;
}

/** Time units in seconds, so that `1.5 hours` compares with `90 minutes`. */
const SECONDS: Readonly<Record<string, number>> = {
  seconds: 1, minutes: 60, hours: 3600, days: 86400, weeks: 604800,
};

/**
 * The factor that converts an amount in unit `from` into unit `to`: 1 when either is absent
 * (a bare number fits any unit) or both are the same, the ratio for two time units, else
 * undefined (the units cannot be compared).
 */
export function unitFactor(from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined) return 1;
  const a = canonicalUnit(from);
  const b = canonicalUnit(to);
  if (a === b) return 1;
  const sa = SECONDS[a];
  const sb = SECONDS[b];
  return sa !== undefined && sb !== undefined ? sa / sb : undefined;
}
