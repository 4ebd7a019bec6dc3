// Unknown Names: the names in the workspace's notes that match no entity, counted over the index
// when asked (never kept up to date in the background), and the edit that adds one as an alias.
// The scan reads each indexed document's text once, yields between documents so that a
// cancellation gets through, and stops at a character budget.

import { LSPErrorCodes, ResponseError, TextEdit, type CancellationToken } from 'vscode-languageserver/node';
import { detectLanguage, findUnknownNames, knownNameKeys, LineIndex, UnknownNameTally, type FoundName } from '../core';
import { addAliasEdit } from './aliasEdit';
import { datasetFileFor, hasName } from './codeActions';
import { t } from './localize';
import type { AddUnknownNameAliasParams, AddUnknownNameAliasResult, UnknownName, UnknownNamesResult } from './protocol';
import type { ServerState } from './state';
import { documentKindOf, normalizeUri } from './uris';

/** Characters read per request: past it the answer is marked partial. */
export const MAX_UNKNOWN_NAME_CHARACTERS = 64 * 1024 * 1024;

const knownCache = new WeakMap<ServerState, { version: number; keys: Set<string> }>();

/** The dataset's folded names, built once per dataset version. */
function knownKeys(state: ServerState): Set<string> {
  const version = state.service.datasetVersion;
  const cached = knownCache.get(state);
  if (cached?.version === version) return cached.keys;
  const keys = knownNameKeys(state.service.dataset);
  knownCache.set(state, { version, keys });
  return keys;
}

function isDatasetFile(file: string): boolean {
  return /\.entities\.ya?ml$/i.test(file);
}

/** The unknown names of one indexed document, or undefined when it is not a note of the index. */
function namesOf(state: ServerState, file: string, keys: Set<string>): { text: string; names: FoundName[] } | undefined {
  const doc = state.index.document(file);
  const analysis = state.index.get(file);
  if (!doc || !analysis || isDatasetFile(file)) return undefined;
  return { text: doc.text, names: findUnknownNames(doc.text, doc.kind ?? documentKindOf(file), analysis.mentions, (k) => keys.has(k)) };
}

export async function unknownNames(state: ServerState, token?: CancellationToken, budget = MAX_UNKNOWN_NAME_CHARACTERS): Promise<UnknownNamesResult> {
  const keys = knownKeys(state);
  const tally = new UnknownNameTally<UnknownName['mentions'][number]>();
  let read = 0;
  let files = 0;
  let partial = false;
  for (const file of state.index.files()) {
    // Between documents, other messages (a cancellation among them) are handled.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Unknown Names was cancelled.');
    const length = state.index.document(file)?.text.length ?? 0;
    if (read + length > budget) {
      partial = true;
      break;
    }
    const found = namesOf(state, file, keys);
    if (!found) continue;
    read += length;
    files++;
    let lines: LineIndex | undefined;
    tally.add(found.names, (n) => {
      lines ??= new LineIndex(found.text);
      return { uri: file, range: { start: lines.positionAt(n.start), end: lines.positionAt(n.end) } };
    });
  }
  const names = tally.ranked().map((r) => ({ text: r.text, kind: r.kind, lang: detectLanguage(r.text), count: r.count, mentions: r.mentions }));
  return { names, files, partial: partial || tally.leftOut > 0 };
}

export function addUnknownNameAlias(state: ServerState, params: AddUnknownNameAliasParams): AddUnknownNameAliasResult {
  const fail = (en: string, ja: string): AddUnknownNameAliasResult => ({ edit: null, error: t(state.lang, en, ja) });
  const entity = typeof params?.entity === 'string' ? state.service.getEntity(params.entity) : undefined;
  if (!entity) return fail('No entity has that id.', 'その ID のエンティティはありません。');
  const file = typeof params?.uri === 'string' ? normalizeUri(params.uri) : '';
  const range = params?.range;
  const found = file && range?.start && range.end ? namesOf(state, file, knownKeys(state)) : undefined;
  const lines = found ? new LineIndex(found.text) : undefined;
  const start = lines?.offsetAt(range.start);
  const end = lines?.offsetAt(range.end);
  // Only a name the server itself finds there: the client's range picks it, never its text.
  const name = found?.names.find((n) => n.start === start && n.end === end);
  if (!name) return fail('There is no unknown name at that place any more.', 'その位置には未登録の名前がもうありません。');
  if (hasName(entity, name.key)) return fail('The entity already has that name.', 'そのエンティティにはすでにその名前があります。');
  const targets = state.datasetFiles.filter((f) => f.origin !== 'bundled');
  if (targets.length === 0) return fail('Aliases are added to a workspace dataset (*.entities.yaml); the workspace has none.', '別名はワークスペースのデータセット（*.entities.yaml）に追加します。ワークスペースにはありません。');
  const target = datasetFileFor(entity, targets);
  const text = state.textOf(target.uri);
  if (text === undefined) return fail('The dataset file cannot be read as UTF-8.', 'データセットファイルを UTF-8 として読めません。');
  const change = addAliasEdit(text, entity.id, detectLanguage(name.text), name.text);
  if (!change) return fail('The dataset file has a shape Entity Lens does not edit (it does not parse, or its entities are a flow list).', 'このデータセットファイルは編集できない形です（解析できないか、エンティティがフロー形式です）。');
  const datasetLines = new LineIndex(text);
  return { edit: { changes: { [target.uri]: [TextEdit.replace({ start: datasetLines.positionAt(change.start), end: datasetLines.positionAt(change.end) }, change.newText)] } }, dataset: target.uri };
}
