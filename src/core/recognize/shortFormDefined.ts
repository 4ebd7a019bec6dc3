// A name and its own short form in brackets define each other: "a permanent joint headquarters
// (PJHQ)" is the command whose names both are, though each alone needs context (another country
// has a PJHQ). Later short forms then count as the document has named it. Not beside another
// country's name ("Britain's Permanent Joint Headquarters (PJHQ)").

import type { AliasEntry, AliasIndex } from './aliasIndex';

/** Right after a name: its short form in brackets. */
const SHORT_FORM_AFTER = /^\s?[（(]([A-Za-z][A-Za-z-]{1,9})[)）]/;
/** Right before a short form: the bracket that opens it. */
const BRACKET_BEFORE = /[（(]$/;
/** Another country's, named before the name ("the UK's", "British", "Australia's"). */
const OTHER_COUNTRY_BEFORE = /\b(?:U\.?K\.?|UK['’]s|British|Britain|Australian?|Canad(?:a|ian)|NATO|Korean?|Chinese|China|Indian?|French|France|German[y]?|Philippines?)\b/;
/** How far before the name another country is looked for. */
const COUNTRY_REACH = 80;
/** A budget: the longest name looked for before a short form. */
const MAX_NAME = 60;

const namesCache = new WeakMap<AliasIndex, Map<string, string[]>>();

/** Each entity's Latin names, by entity (lower case for comparison). */
function latinNames(index: AliasIndex): Map<string, string[]> {
  let names = namesCache.get(index);
  if (names) return names;
  names = new Map();
  for (const e of index.entries) {
    if (!/^[A-Za-z]/.test(e.text) || e.text.length > MAX_NAME) continue;
    const list = names.get(e.entity) ?? [];
    if (!list.includes(e.text)) list.push(e.text);
    names.set(e.entity, list);
  }
  namesCache.set(index, names);
  return names;
}

/** Is `text[start, end)`, a name of `entry`'s entity, defined together with another of its names in brackets? */
export function shortFormDefined(entry: AliasEntry, text: string, start: number, end: number, index: AliasIndex): boolean {
  const names = latinNames(index).get(entry.entity);
  if (!names || names.length < 2) return false;
  const after = SHORT_FORM_AFTER.exec(text.slice(end, end + 16));
  let nameStart = -1;
  if (after && after[1] !== entry.text && names.includes(after[1]!)) nameStart = start;
  else if (BRACKET_BEFORE.test(text.slice(Math.max(0, start - 1), start)) && /^[)）]/.test(text.slice(end, end + 1))) {
    // The short form: the name right before its bracket.
    const before = text.slice(Math.max(0, start - 1 - MAX_NAME - 1), start - 1).replace(/\s$/, '').toLowerCase();
    const full = names.find((n) => n !== entry.text && n.length > entry.text.length && before.endsWith(n.toLowerCase()) && !/[A-Za-z]/.test(before.charAt(before.length - n.length - 1)));
    if (full) nameStart = start - 1 - (text.slice(start - 2, start - 1) === ' ' ? 1 : 0) - full.length;
  }
  if (nameStart < 0) return false;
  return !OTHER_COUNTRY_BEFORE.test(text.slice(Math.max(0, nameStart - COUNTRY_REACH), nameStart));
}
