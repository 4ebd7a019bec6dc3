// The state shared by the scanners of one text, and the candidate values they propose.

import type { ScalarValue } from '../model';
import { codeAt, isSpace } from './chars';
import { scanNumbers, type NumToken } from './numbers';
import type { Segment } from './types';

export interface Scan {
  text: string;
  /** Every number of the text by start offset. */
  tokens: Map<number, NumToken>;
  /** First and last character that is neither space nor punctuation (for a year standing alone). */
  firstSig: number;
  lastSig: number;
}

const INSIGNIFICANT = new Set('()[]{}（）［］「」『』【】.,;:!?。、，．：；！？"\'“”‘’-–—');

function significant(c: number): boolean {
  return c >= 0 && !isSpace(c) && c !== 0x0a && c !== 0x0d && !INSIGNIFICANT.has(String.fromCharCode(c));
}

export function makeScan(text: string): Scan {
  let firstSig = 0;
  while (firstSig < text.length && !significant(text.charCodeAt(firstSig))) firstSig++;
  let lastSig = text.length - 1;
  while (lastSig >= 0 && !significant(codeAt(text, lastSig))) lastSig--;
  return { text, tokens: scanNumbers(text), firstSig, lastSig };
}

/**
 * A value a scanner proposes at a position. `ignore` candidates consume text that holds numbers
 * but no value (`1st`, `第1`, `3月24日` without a year, `10:30`, `F-35`) so the numbers inside are
 * not reported as quantities.
 */
export interface Candidate {
  kind: 'date' | 'money' | 'quantity' | 'ignore';
  start: number;
  end: number;
  value?: ScalarValue;
  segments: Segment[];
  tolerance: number;
  scaled: boolean;
  approximate: boolean;
  bound?: 'min' | 'max';
  strict?: boolean;
}

export function ignoreSpan(start: number, end: number): Candidate {
  return { kind: 'ignore', start, end, segments: [], tolerance: 0, scaled: false, approximate: false };
}

/** Appends a literal segment, merging it with a literal of the same kind before it. */
export function pushText(segments: Segment[], text: string, extra: { level?: 'month' | 'day'; bound?: boolean; span?: boolean } = {}): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.type === 'text' && last.level === extra.level && last.bound === extra.bound && last.span === extra.span) {
    last.text += text;
    return;
  }
  segments.push({ type: 'text', text, ...extra });
}
