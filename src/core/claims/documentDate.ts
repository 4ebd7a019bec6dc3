// When a document was written, which a claim about "the commander" or "the personnel" is true
// at: a `date:` in the Markdown front matter, or a first line that is (or starts with) a full date
// ("2025-03-24", "March 24, 2025 — Tokyo", 「2025年3月24日」). Only the first lines are read, so
// the cost does not grow with the document.

import type { DateValue } from '../model';
import { findValues } from '../values';

const FRONT_MATTER = /^---\r?\n([\s\S]{0,4000}?)\r?\n(?:---|\.\.\.)\r?\n/;
/** How a date may open a line: a digit, an era, a month or weekday name. */
const DATE_OPENING = /^\s{0,2}(?:[0-9０-９]|令和|平成|昭和|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?[\s,])/i;
const DATE_LABEL = /^\s*(?:date|published|posted|updated|公開日|更新日|投稿日|掲載日|日付)\s*[:：]?\s*(?=[0-9０-９]|令和|平成|[A-Z][a-z]+\s+\d)/i;
const DATE_KEY = /^(?:date|published|created|updated)\s*:\s*["']?([^"'\r\n#]{1,40})/im;

/** A date with a year at the very start of `text`, and where it ends (only its opening is read: a date is short). */
function leadingDate(text: string): { value: DateValue; end: number } | undefined {
  // Most first lines open with no date at all: a glance at their first word saves reading values.
  if (!DATE_OPENING.test(text)) return undefined;
  const v = findValues(text.slice(0, 64)).find((x) => x.value.kind === 'date' && !x.value.yearless && x.start <= 2);
  return v && v.value.kind === 'date' ? { value: v.value, end: v.end } : undefined;
}

export function documentDate(text: string): DateValue | undefined {
  const fm = FRONT_MATTER.exec(text.slice(0, 4200));
  if (fm) {
    const key = DATE_KEY.exec(fm[1]!);
    const date = key ? leadingDate(key[1]!.trim()) : undefined;
    if (date) return date.value;
  }
  // The first non-empty line, without a heading's marks.
  const start = fm ? fm[0].length : 0;
  const lines = text.slice(start, start + 400).split(/\r?\n/);
  const line = lines.find((l) => l.trim().length > 0)?.replace(/^\s*#+\s*/, '');
  if (!line) return undefined;
  // A label before the date ("date 2025-10-29 …", 「公開日：2025年3月24日」) makes it a dateline, whatever follows.
  const label = DATE_LABEL.exec(line);
  const first = line.slice(label ? label[0].length : 0).trim();
  const date = leadingDate(first);
  // A line that is a date, or opens with one before a separator ("March 24, 2025 — Tokyo").
  if (date && (first.length <= 40 || /^\s*(?:[—–|:(（-]|、|　)/.test(first.slice(date.end)) || (label && /^\s/.test(first.slice(date.end))))) return date.value;
  return undefined;
}

/** A weekday in brackets after a date: 「(水)」「（月）」, "(Wed)". */
const WEEKDAY = /^\s*(?:[(（][月火水木金土日](?:曜日?)?[)）]|\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?\s*$/;

/** After the first line's date: a clock time, then the page's title (「2025年2月8日 7時10分 日米首脳会談」, a news page's header). */
const CLOCK_THEN_TITLE = /^\s*(?:[(（][月火水木金土日](?:曜日?)?[)）]\s*)?(?:午前|午後)?[0-9０-９]{1,2}(?:時[0-9０-９]{1,2}分|[:：][0-9０-９]{2})(?:\s*[AaPp]\.?[Mm]\.?)?\s+\S/;

/**
 * The first line when it holds a date and nothing else (「2025年3月26日(水)」), or a date and a clock
 * time before the page's title (「2025年2月8日 7時10分 日米首脳会談」): the page's own date, where the
 * document starts; a claim's value is never read there. Offsets into `text`.
 */
export function datelineRange(text: string): { start: number; end: number } | undefined {
  if (FRONT_MATTER.test(text.slice(0, 4200))) return undefined;
  const head = text.slice(0, 400);
  const lead = /^(?:[ \t]*\r?\n)*/.exec(head)![0].length;
  const eol = head.indexOf('\n', lead);
  const line = head.slice(lead, eol < 0 ? head.length : eol).replace(/\r$/, '');
  const label = DATE_LABEL.exec(line);
  const first = line.slice(label ? label[0].length : 0).trimStart();
  const date = leadingDate(first);
  if (!date || !(WEEKDAY.test(first.slice(date.end)) || CLOCK_THEN_TITLE.test(first.slice(date.end)))) return undefined;
  return { start: lead, end: lead + line.length };
}
