// Infobox and table rows: 「上級部隊 防衛大臣直轄」, "| 司令官 | X |", "- Commander: X",
// "Command Structure:Y". A row whose key is a property's cue states that property of the entity
// the document is about (its title), and its value is what follows the key. The row's shape is
// the structure: no verb, no distance rule.

import type { Mention } from '../model';
import { commonSurnameAt } from '../names/surnames';
import type { OutsideName } from './shared';
import type { CueHit } from './cueIndex';
import type { SentenceRange } from './sentences';

/** A key, a separator (a bar, a colon, a tab, or a space or an ideographic space before a non-space: 「司令官　X」), then the value. */
const ROW = /^[\s|*•・-]*([^|:：\t\n]{1,24}?)\s*(?:\||[:：]|\t|[ \u3000](?=\S))\s*(\S[^\n]*?)\s*\|?\s*$/;

export interface InfoboxRow {
  /** Where the value part starts and ends (document offsets). */
  valueStart: number;
  valueEnd: number;
}

const MAX_ROW = 200;

/** Is the line of `hit` (within its sentence: a plain-text table is one sentence) a key–value row whose key is exactly the cue? */
export function infoboxRow(text: string, sentence: SentenceRange, hit: CueHit): InfoboxRow | undefined {
  // The line's bounds, looked for only within the sentence and near the cue.
  const from = Math.max(sentence.start, hit.start - MAX_ROW);
  const start = from + text.slice(from, hit.start).lastIndexOf('\n') + 1;
  const tail = text.slice(hit.end, Math.min(sentence.end, hit.end + MAX_ROW + 1));
  const newline = tail.indexOf('\n');
  const end = newline < 0 ? hit.end + tail.length : hit.end + newline;
  if (end - start > MAX_ROW || (start === from && from > sentence.start)) return undefined;
  const line = text.slice(start, end);
  const m = ROW.exec(line);
  if (!m) return undefined;
  const keyStart = start + m[0].indexOf(m[1]!);
  if (hit.start !== keyStart || hit.end !== keyStart + m[1]!.trimEnd().length) return undefined;
  const valueStart = start + m[0].lastIndexOf(m[2]!);
  return { valueStart, valueEnd: valueStart + m[2]!.length };
}

/** The first mention inside the row's value. */
export function rowMention(row: InfoboxRow, mentions: Mention[]): Mention | undefined {
  return mentions.find((m) => m.start >= row.valueStart && m.end <= row.valueEnd);
}

/** A cell that is a Japanese person's name alone, with a rank or 氏 after it maybe: 「山田太郎」「森下泰臣 陸将」. */
const JA_NAME_CELL = /^([\u4e00-\u9fff]{2,4}(?:[ \u3000]?[\u4e00-\u9fff]{1,3})?)(?:[ \u3000]*(?:陸将|海将|空将|陸将補|海将補|空将補|氏|大将))?$/;

/** The row's value as a name the dataset does not know, when it is a Japanese name alone that opens with a common family name. */
export function rowOutsideName(text: string, row: InfoboxRow): { found: OutsideName; start: number; end: number } | undefined {
  const cell = text.slice(row.valueStart, row.valueEnd);
  const m = JA_NAME_CELL.exec(cell);
  if (!m || !commonSurnameAt(m[1]!.replace(/[ \u3000]/g, ''))) return undefined;
  return { found: { kind: 'outside-name', text: m[1]! }, start: row.valueStart, end: row.valueStart + m[1]!.length };
}
