// Adding an alias to an entity in a dataset file by inserting text at the right offset, so that
// comments, quoting and layout of a hand-written file stay exactly as they were. The `yaml`
// package tells where things are; the edit follows the style it finds: a flow list gets
// `, alias` before its `]`, a block list gets a new `- alias` line at its indentation, and a
// missing language key, `aliases` map or entity record is added in block style.

import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';

/** Replace `[start, end)` of the file's text with `newText` (an insertion when start === end). */
export interface TextChange {
  start: number;
  end: number;
  newText: string;
}

export function addAliasEdit(text: string, entityId: string, lang: string, alias: string): TextChange | undefined {
  const doc = parseDocument(text, { keepSourceTokens: true });
  // A file that does not parse is not edited: an offset computed from half a tree could land anywhere.
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const value = yamlScalar(alias);
  const entities = doc.contents.get('entities', true);
  if (entities === undefined) {
    const block = `entities:${eol}  - id: ${entityId}${eol}    aliases:${eol}      ${lang}: [${value}]${eol}`;
    return insertLinesAfter(text, text.length, block, eol);
  }
  if (!isSeq(entities) || entities.flow || !entities.range) return undefined;
  const entity = entities.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === entityId);
  if (!entity) {
    const dash = columnOf(text, entities.range[0]);
    const pad = ' '.repeat(dash);
    const block = `${pad}- id: ${entityId}${eol}${pad}  aliases:${eol}${pad}    ${lang}: [${value}]${eol}`;
    return insertLinesAfter(text, lastContentOffset(text, entities.range[1]), block, eol);
  }
  if (entity.flow || !entity.range) return undefined;
  const aliases = entity.get('aliases', true);
  const keyPad = ' '.repeat(columnOf(text, entity.range[0]));
  if (aliases === undefined) {
    const after = pairEnd(text, entity, 'labels') ?? pairEnd(text, entity, 'id');
    if (after === undefined) return undefined;
    return insertLinesAfter(text, after, `${keyPad}aliases:${eol}${keyPad}  ${lang}: [${value}]${eol}`, eol);
  }
  if (!isMap(aliases) || !aliases.range) return undefined;
  const list = aliases.get(lang, true);
  if (list === undefined) {
    if (aliases.flow) return insertInFlow(text, aliases.range[1], `${lang}: [${value}]`);
    const pad = ' '.repeat(columnOf(text, aliases.range[0]));
    return insertLinesAfter(text, lastContentOffset(text, aliases.range[1]), `${pad}${lang}: [${value}]${eol}`, eol);
  }
  return appendToList(text, list, value, eol);
}

function appendToList(text: string, list: YamlNode, value: string, eol: string): TextChange | undefined {
  if (!list.range) return undefined;
  if (isSeq(list)) {
    if (list.flow) return insertInFlow(text, list.range[1], value);
    const seq = list as YAMLSeq;
    if (seq.items.length === 0) return undefined;
    const pad = ' '.repeat(columnOf(text, list.range[0]));
    return insertLinesAfter(text, lastContentOffset(text, list.range[1]), `${pad}- ${value}${eol}`, eol);
  }
  // The lenient single-string form (`ja: 青港隊`) becomes a list of both.
  if (isScalar(list) && typeof list.value === 'string') {
    const [start, end] = list.range;
    return { start, end, newText: `[${text.slice(start, end)}, ${value}]` };
  }
  return undefined;
}

/** Inserts an item before the closing bracket of a flow collection ending at `end`. */
export function insertInFlow(text: string, end: number, item: string): TextChange | undefined {
  const close = end - 1;
  if (text[close] !== ']' && text[close] !== '}') return undefined;
  let k = close - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  const empty = text[k] === '[' || text[k] === '{' || text[k] === ',';
  return { start: k + 1, end: k + 1, newText: empty ? item : `, ${item}` };
}

/** Inserts whole lines after the line holding `offset` (a newline first if the file lacks one). */
export function insertLinesAfter(text: string, offset: number, lines: string, eol: string): TextChange {
  const nl = text.indexOf('\n', offset);
  if (nl >= 0) return { start: nl + 1, end: nl + 1, newText: lines };
  const needsBreak = text.length > 0 && !text.endsWith('\n');
  return { start: text.length, end: text.length, newText: (needsBreak ? eol : '') + lines };
}

/** The offset of the last non-blank character before `end` (node ends may include line breaks). */
export function lastContentOffset(text: string, end: number): number {
  let k = Math.min(end, text.length) - 1;
  while (k > 0 && /\s/.test(text[k]!)) k--;
  return k;
}

/** The offset of the last character of a key's value (or of the key, when it has none). */
export function pairEnd(text: string, map: YAMLMap, key: string): number | undefined {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  const node = (pair?.value ?? pair?.key) as YamlNode | null | undefined;
  return node?.range ? lastContentOffset(text, node.range[1]) : undefined;
}

export function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset - lineStart;
}

/** The alias as a YAML scalar valid inside a flow list: plain when it reads back unchanged, else double-quoted. */
export function yamlScalar(s: string): string {
  const plainLooksSafe = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#:]*$/u.test(s) && !/\s$/.test(s);
  if (plainLooksSafe) {
    try {
      const back = parseDocument(`[${s}]`).toJS() as unknown;
      if (Array.isArray(back) && back.length === 1 && back[0] === s) return s;
    } catch {
      // Falls through to the quoted form.
    }
  }
  return JSON.stringify(s);
}
