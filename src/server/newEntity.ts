// New Entity from Selection: the selected name becomes an entity's label in the document's
// language, with a type the user picks, an id proposed from the name, optionally the other
// language's label, and a comment naming the sentence where it was first seen. The server checks
// everything the client sends (id, type, label) and builds the edit itself.

import { detectLanguage, LineIndex, type Entity } from '../core';
import { ENTITY_ID, ENTITY_TYPE, idFromName } from '../core/dataset/ids';
import { datasetTargets, editDataset, relativeToDataset, type DatasetEditResult } from './datasetEdits';
import { addEntityEdit } from './entityEdit';
import type { FactProposalsParams, NewEntityContextResult, NewEntityParams } from './protocol';
import type { ServerState } from './state';
import { t } from './localize';
import { uriToPath } from './uris';

const MAX_NAME = 100;
const MAX_QUOTE = 300;

/** The selected name, the sentence around it and the note's path; undefined when the selection is not one short name. */
function selectedName(state: ServerState, params: FactProposalsParams): { name: string; quote: string; notePath: string } | undefined {
  const uri = typeof params?.uri === 'string' ? params.uri : '';
  const located = uri && params.range?.start && params.range.end ? state.locate(uri, params.range.start) : undefined;
  const notePath = located ? uriToPath(located.uri) : undefined;
  if (!located || !notePath) return undefined;
  const text = located.text;
  const from = located.offset;
  const to = new LineIndex(text).offsetAt(params.range.end);
  const name = text.slice(from, to).trim();
  if (name.length === 0 || name.length > MAX_NAME || /[\r\n]/.test(name)) return undefined;
  // The sentence: back to the last sentence end or blank line, on to the next.
  const before = text.slice(Math.max(0, from - MAX_QUOTE), from);
  const start = from - before.length + Math.max(...['. ', '。', '! ', '? ', '！', '？', '\n\n'].map((m) => (before.lastIndexOf(m) >= 0 ? before.lastIndexOf(m) + m.length : 0)));
  const after = text.slice(to, to + MAX_QUOTE);
  const ends = ['.', '。', '!', '?', '！', '？', '\n\n'].map((m) => after.indexOf(m)).filter((k) => k >= 0);
  const end = to + (ends.length > 0 ? Math.min(...ends) + 1 : after.length);
  return { name, quote: text.slice(start, end).replace(/\s+/g, ' ').trim(), notePath };
}

/** An id not taken, from the name: `blue-harbor`, else `blue-harbor-2`, …; empty when the name gives none. */
function freeId(state: ServerState, name: string): string {
  const base = idFromName(name);
  if (!ENTITY_ID.test(base)) return '';
  let id = base;
  for (let k = 2; state.service.dataset.entities.has(id) && k < 1000; k++) id = `${base}-${k}`;
  return id;
}

function typesInUse(entities: Iterable<Entity>): string[] {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.type) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([type]) => type);
}

export function newEntityContext(state: ServerState, params: FactProposalsParams): NewEntityContextResult {
  const selected = selectedName(state, params);
  const name = selected?.name ?? '';
  return { name, lang: detectLanguage(name) === 'ja' ? 'ja' : 'en', proposedId: name ? freeId(state, name) : '', types: typesInUse(state.service.dataset.entities.values()), datasets: datasetTargets(state) };
}

export function newEntity(state: ServerState, params: NewEntityParams): DatasetEditResult {
  const fail = (en: string, ja: string): DatasetEditResult => ({ edit: null, error: t(state.lang, en, ja) });
  const selected = selectedName(state, params);
  if (!selected) return fail('Select the name (one line, at most 100 characters).', '名前を選択してください（1 行、100 文字以内）。');
  const id = typeof params.id === 'string' ? params.id : '';
  if (!ENTITY_ID.test(id) || id.length > 100) return fail("An id uses lower-case letters, digits, '.', '_' and '-', and starts with a letter or digit.", "ID には英小文字・数字・'.'・'_'・'-' を使い、英小文字か数字で始めてください。");
  if (state.service.dataset.entities.has(id)) return fail(`The id ${id} is taken.`, `ID ${id} は使用済みです。`);
  const type = typeof params.type === 'string' ? params.type : '';
  if (!ENTITY_TYPE.test(type)) return fail('A type is one lower-case word (organization, person, place…).', '種類は英小文字の 1 語です（organization、person、place など）。');
  const other = typeof params.otherLabel === 'string' ? params.otherLabel.trim() : '';
  if (other.length > MAX_NAME || /[\r\n]/.test(other)) return fail('The other label is one line of at most 100 characters.', 'もう一方の言語の名前は 1 行、100 文字以内です。');
  const lang = detectLanguage(selected.name) === 'ja' ? 'ja' : 'en';
  const labels: Record<string, string> = { [lang]: selected.name, ...(other ? { [lang === 'ja' ? 'en' : 'ja']: other } : {}) };
  return editDataset(state, typeof params.dataset === 'string' ? params.dataset : '', params.create === true, (text, datasetPath) =>
    addEntityEdit(text, { id, type, labels, seenIn: { document: relativeToDataset(datasetPath, selected.notePath), quote: selected.quote } }),
  );
}
