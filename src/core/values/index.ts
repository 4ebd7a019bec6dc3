// Public API of the values module: finding dates, money and quantities in a sentence, comparing
// them with dataset values, and writing replacements in the document's own format.

export { findValues } from './findValues';
export { agreeingDateParts, compareValue, nearMissDate, nearMissDateByOneStep, nearMissDateOfPeople, type Comparison } from './compare';
export { formatReplacement } from './format';
export { parseNumber } from './numbers';
export { toKanji } from './numberText';
export { canonicalUnit, unitFactor } from './units';
export type {
  AmountSegment,
  DateFieldSegment,
  DateLevel,
  DigitStyle,
  EraSegment,
  EraYearSegment,
  NumStyle,
  ParsedValue,
  Segment,
  TextSegment,
} from './types';
