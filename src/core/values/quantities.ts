// Quantities: an amount with an optional counter or unit (`240`, `240 personnel`, `２４０人`,
// `85分間`, `10.5%`, `240-strong`).

import type { QuantityValue } from '../model';
import { readAmount } from './amount';
import { codeAt, isAsciiLetter, isKanji } from './chars';
import { matchInfixMarker } from './markers';
import { alnumEnd, isIdentifierContext } from './nonValues';
import { ignoreSpan, pushText, type Candidate, type Scan } from './scan';
import { matchTable, skipSpaces } from './text';
import type { Segment } from './types';
import { UNITS_EN, UNITS_JA } from './units';

/** The unit written at `i` (after at most one space, or a hyphen for English words). */
export function matchUnit(text: string, i: number): { end: number; unit: string } | undefined {
  const j = skipSpaces(text, i, 1);
  const ja = matchTable(text, j, UNITS_JA, false);
  if (ja) return { end: ja.end, unit: ja.value };
  const k = codeAt(text, i) === 0x2d ? i + 1 : j;
  const en = matchTable(text, k, UNITS_EN, true);
  return en ? { end: en.end, unit: en.value } : undefined;
}

export function parseQuantity(scan: Scan, i: number): Candidate | undefined {
  const { text } = scan;
  const amount = readAmount(scan, i, false);
  if (!amount) return undefined;
  if (isIdentifierContext(text, i)) return ignoreSpan(i, alnumEnd(text, amount.end));
  const segments: Segment[] = [{ type: 'amount', text: text.slice(i, amount.end), style: amount.style }];
  let end = amount.end;
  let approximate = false;
  let bound: 'min' | 'max' | undefined;
  let strict = false;

  // `240+ personnel`, `240-odd`, `240余人` (余 only before a counter; after one it is a suffix).
  let infix = matchInfixMarker(text, end);
  const unitAfterInfix = infix ? matchUnit(text, infix.end) : undefined;
  if (infix && text[infix.start] === '余' && !unitAfterInfix) infix = undefined;
  const unit = infix ? unitAfterInfix : matchUnit(text, end);
  if (infix) {
    pushText(segments, text.slice(end, infix.end), infix.marker.bound ? { bound: true } : {});
    end = infix.end;
    approximate = Boolean(infix.marker.approximate);
    bound = infix.marker.bound;
    strict = Boolean(infix.marker.strict);
  }

  if (unit) {
    pushText(segments, text.slice(end, unit.end));
    end = unit.end;
  } else {
    // A kanji numeral without a counter is too often part of a word (一般, 千葉, 五十嵐, 八百屋):
    // it counts only with two or more numerals, one of them 十/百/千/万/億/兆, and no word after.
    if (amount.token.digits === 'kanji' || amount.token.digits === 'kanjiPositional') {
      const written = text.slice(i, amount.end);
      const next = codeAt(text, amount.end);
      if (written.length < 2 || !/[十百千万億兆]/.test(written) || isKanji(next) || (next >= 0x30a0 && next <= 0x30ff)) {
        return undefined;
      }
    }
    // Letters glued to the digits: a code (`400M`, `3D`), not a quantity.
    if (isAsciiLetter(codeAt(text, end)) && end === amount.end) return ignoreSpan(i, alnumEnd(text, end));
  }

  const value: QuantityValue = { kind: 'quantity', amount: amount.value };
  if (unit) value.unit = unit.unit;
  // 「1時間20分」, "1 hour and 20 minutes": hours and minutes are one length of time, in minutes.
  if (unit?.unit === 'hours' && Number.isInteger(amount.value)) {
    const rest = /^(?:\s*(?:and\s+)?)/.exec(text.slice(end, end + 6))![0].length;
    const minutes = scan.tokens.get(end + rest);
    const minuteUnit = minutes && Number.isInteger(minutes.value) && minutes.value < 60 ? matchUnit(text, minutes.end) : undefined;
    if (minuteUnit?.unit === 'minutes') {
      value.amount = amount.value * 60 + minutes!.value;
      value.unit = 'minutes';
      end = minuteUnit.end;
      segments.length = 0;
      pushText(segments, text.slice(i, end));
    }
  }
  const candidate: Candidate = {
    kind: 'quantity',
    start: i,
    end,
    value,
    segments,
    tolerance: amount.token.decimals > 0 || amount.scaled ? amount.lastUnit / 2 : 0,
    scaled: amount.scaled,
    approximate,
  };
  if (bound) {
    candidate.bound = bound;
    if (strict) candidate.strict = true;
  }
  return candidate;
}
