// The labels of an encyclopedia's infobox, as pages scraped from one carry them: "Size240",
// "Part ofJapanese Ministry of Defense", "ActiveMarch 24, 2025", a label on a line of its own
// with its value on the next ("commander" / "Gen. Kenichiro Nagumo"). The label and the value are
// often glued together, so no cue word is found there; these labels are the standard ones of a
// military unit's infobox, each read as the property of the same name in the dataset, for the
// entity the document's title names. Only near the top of a document, only short lines.

import { indexWithin } from '../text/bounded';
import type { Dataset, Entity, Mention } from '../model';
import { findValues, type ParsedValue } from '../values';
import { wrongRegionAfter } from './agreement';
import { englishNameAt, japaneseNameAfter, type NameSpan } from './personNames';
import type { SentenceRange } from './sentences';
import type { OutsideName } from './shared';

export interface InfoboxClaim {
  property: string;
  found: Mention | ParsedValue | OutsideName;
  start: number;
  end: number;
}

/** Label → the dataset property it fills. The longest label that opens a line wins. */
const LABELS: Array<[RegExp, string]> = [
  [/^(?:deputy commander|副司令官)/i, 'deputyCommander'],
  [/^(?:current commander|commander|司令官)/i, 'commander'],
  [/^(?:active|founded|formed|established|創設|発足|アクティブ)/i, 'established'],
  [/^(?:size|strength|定員|人員|サイズ|規模|兵力)/i, 'personnel'],
  [/^(?:part of|上級部隊)/i, 'reportsTo'],
  // 「役職 / 大臣 中谷元 / 副大臣 …」: a ministry's officers.
  // A government agency's infobox: "Minister1 Name | X |".
  [/^(?:minister responsible|minister\d?[ _]name|大臣)/i, 'minister'],
  [/^(?:garrison\/hq|headquarters|garrison|seat|司令部所在地|所在地)/i, 'headquarters'],
  // An earthquake's infobox: "Local date 1 January 2024", "Date 14:46:23, 11 March 2011 (+09:00)" (a bare "Date" may be the page's own).
  // (「現地の日付 2024年1月1日」: the same row in a machine translation.)
  [/^(?:local date|date(?=[\s|:]*\d{1,2}:\d{2})|発生日時|発生日|現地の日付|現地日付)/i, 'date'],
];

/** How far from a numbered row ("Commander2") its label row ("Commander2 Label") may stand. */
const LABEL_ROW_REACH = 300;

/**
 * The property a numbered row fills, as its own label row says ("Commander2 Label: Deputy Commander"
 * → deputyCommander); with no label row, the key's own; with one that names no property, none.
 * A list's rows may be sentences of their own: the label row is looked for in the text around.
 */
function numberedRowProperty(text: string, at: number, key: string): string | undefined {
  const prefix = `${key.toLowerCase()} label`;
  const around = text.slice(Math.max(0, at - LABEL_ROW_REACH), at + LABEL_ROW_REACH);
  for (const line of around.split('\n')) {
    const row = line.replace(/^[\s|*•・-]*/, '');
    if (row.length > MAX_LINE || !row.toLowerCase().startsWith(prefix)) continue;
    const named = row.slice(prefix.length).replace(/^[\s:：|]*/, '');
    return LABELS.find(([label]) => label.test(named))?.[1];
  }
  return LABELS.find(([label]) => label.test(key))?.[1];
}

/** An English name of two to four words that fills `span` to `end`, past its separators. */
function bareEnglishName(text: string, span: { start: number; end: number }, end: number): NameSpan | undefined {
  const at = span.start + (/^[\s:：|]*/.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
  const name = englishNameAt(text, at, end);
  return name && name.text.includes(' ') ? name : undefined;
}

/** How far into a document an infobox may stand, and how long its lines may be. */
const MAX_OFFSET = 8000;
const MAX_LINE = 100;

/**
 * The rows of an infobox in `text[sentence]` (an infobox without punctuation reads as one
 * sentence): each label's property and the value after it, or on the next line.
 */
export function infoboxLabelClaims(text: string, sentence: SentenceRange, mentions: Mention[], title: Entity, dataset: Dataset, values: () => ParsedValue[], names: () => NameSpan[]): InfoboxClaim[] {
  if (sentence.start > MAX_OFFSET) return [];
  const out: InfoboxClaim[] = [];
  let at = sentence.start;
  const lines: Array<{ start: number; end: number }> = [];
  while (at < sentence.end) {
    const nl = indexWithin(text, '\n', at, sentence.end + 1);
    const end = nl < 0 || nl > sentence.end ? sentence.end : nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    // A table row, 「| サイズ | 240 |」: its bars are no part of the label or the value.
    const raw = text.slice(line.start, line.end);
    const opening = /^[\s|*•・-]*/.exec(raw)![0].length;
    // Trimmed by hand: /\s*\|?\s*$/ tries every space of a long line.
    let body = raw.slice(opening).trimEnd();
    if (body.endsWith('|')) body = body.slice(0, -1).trimEnd();
    if (body.length === 0 || body.length > MAX_LINE) continue;
    const lead = line.start + opening;
    for (const [label, labelProperty] of LABELS) {
      const m = label.exec(body);
      if (!m) continue;
      // "Commander2: Vice Admiral X" with "Commander2 Label: Deputy Commander" nearby: the numbered row's own label says what it is.
      const number = /^\d{1,2}(?=\s*[:：|])/.exec(body.slice(m[0].length))?.[0] ?? '';
      const property = number ? numberedRowProperty(text, lead, m[0] + number) : labelProperty;
      if (!property) break;
      const decl = dataset.properties.get(property);
      if (!decl || !title.facts.some((f) => f.property === property)) break;
      // The value: glued ("Size240", "Part ofJapanese …") or after a space or colon; else the next line.
      const rest = body.slice(m[0].length + number.length);
      let span: { start: number; end: number } | undefined;
      // Glued ("Size240", "創設2025年…") or after a separator (a colon, a bar, a tab); never a label
      // that opens a sentence ("Strength in numbers", 「規模は」).
      if (/^(?:[A-Z0-9０-９]|\s*[:：|\t]\s*\S|\s+(?=[0-9０-９A-Z\u4e00-\u9fff\u30a0-\u30ff]))/.test(rest) && !/^[\s:：|]*[a-z]/.test(rest) && !/^[はがもをに]/.test(rest) && rest.replace(/[|\s]/g, '').length > 0) span = { start: lead + m[0].length + number.length, end: lead + body.length };
      else if (rest.trim().length === 0 && lines[k + 1] && text.slice(lines[k + 1]!.start, lines[k + 1]!.end).trim().length <= MAX_LINE) span = lines[k + 1];
      if (!span) break;
      const inside = (x: { start: number; end: number }) => x.start >= span.start && x.end <= span.end;
      if (decl.type === 'entity') {
        const mention = mentions.find((x) => inside(x) && x.entity !== title.id);
        // A person the dataset does not know: "Vice Admiral Makoto Inoue".
        // 「大臣 山田太郎」: a bare Japanese name that fills the row.
        // "Minister1 Name: | Makoto Inoue |": a bare English name of two words or more that fills the cell.
        const bare = mention ? undefined : japaneseNameAfter(text, span.start, Math.min(text.length, span.end + 1)) ?? bareEnglishName(text, span, lead + body.length);
        const name = mention ? undefined : (names().find(inside) ?? (bare && bare.end === lead + body.length ? bare : undefined));
        // "Headquarters | 5-1 Ichigaya-honmuracho, Hawaii, Shinjuku-ku": a region after the right place that
        // does not hold it is the row's wrong part (only the row's own places: not one on the next line).
        const place = mention && dataset.entities.get(mention.entity)?.type === 'place' ? (wrongRegionAfter(text, mention, mentions.filter(inside), title, property, dataset) ?? mention) : mention;
        if (place) out.push({ property, found: place, start: place.start, end: place.end });
        else if (name) out.push({ property, found: { kind: 'outside-name', text: name.text }, start: name.start, end: name.end });
      } else {
        // Read from the value's own start: glued to its label ("ActiveMarch 24", "Size240") it is no word of its own.
        const own = findValues(text.slice(span.start, span.end)).find((v) => v.value.kind === decl.type);
        const value = own ? { ...own, start: own.start + span.start, end: own.end + span.start } : values().find((v) => inside(v) && v.value.kind === decl.type);
        if (value) out.push({ property, found: value, start: value.start, end: value.end });
      }
      break;
    }
  }
  return out;
}
