// Where the record-from-a-note commands may write, and the edit that writes there: one of the
// workspace's dataset files (never the bundled one), or a new `*.entities.yaml` inside a workspace
// folder, never over an existing file. The insertion itself comes from the caller (a fact, an
// entity), computed on the file's current text.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CreateFile, TextDocumentEdit, TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { LineIndex } from '../core';
import type { TextChange } from './aliasEdit';
import { t } from './localize';
import type { ServerState } from './state';
import { baseName, fileUri, normalizeUri, uriToPath } from './uris';
import { relativeTo } from './workspaceFiles';

/** An edit, or why there is none (in the UI's language). */
export interface DatasetEditResult {
  edit: WorkspaceEdit | null;
  error?: string;
}

/** The workspace datasets a record may be written in. */
export function datasetTargets(state: ServerState): Array<{ uri: string; name: string }> {
  return state.datasetFiles.filter((f) => f.origin !== 'bundled').map((f) => ({ uri: f.uri, name: baseName(f.uri) }));
}

/**
 * The edit that inserts into `dataset` (a workspace dataset, or with `create` a new file) what
 * `insert` makes from its text (`''` for a new file), given the dataset's path (for relative
 * source paths).
 */
export function editDataset(state: ServerState, dataset: string, create: boolean, insert: (text: string, datasetPath: string) => TextChange | undefined): DatasetEditResult {
  const fail = (en: string, ja: string): DatasetEditResult => ({ edit: null, error: t(state.lang, en, ja) });
  const datasetUri = normalizeUri(dataset);
  const datasetPath = uriToPath(datasetUri);
  if (!datasetPath || !/\.entities\.ya?ml$/i.test(datasetPath)) return fail('Records are written in a *.entities.yaml file.', '記録先は *.entities.yaml ファイルです。');
  if (create) {
    if (!state.folders.some((f) => relativeTo(f.path, datasetPath) !== undefined) || fs.existsSync(datasetPath)) return fail('A new dataset must be a new file inside the workspace.', '新しいデータセットはワークスペース内の新しいファイルにしてください。');
    const change = insert('', datasetPath);
    if (!change) return fail('Nothing to write.', '書き込む内容がありません。');
    const uri = fileUri(datasetPath);
    return { edit: { documentChanges: [CreateFile.create(uri, { ignoreIfExists: false, overwrite: false }), TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, change.newText)])] } };
  }
  if (!datasetTargets(state).some((d) => normalizeUri(d.uri) === datasetUri)) return fail('That file is not one of the workspace datasets.', 'そのファイルはワークスペースのデータセットではありません。');
  const text = state.textOf(datasetUri);
  if (text === undefined) return fail('The dataset file cannot be read as UTF-8.', 'データセットファイルを UTF-8 として読めません。');
  const change = insert(text, datasetPath);
  if (!change) return fail('The dataset file has a shape Entity Lens does not edit (it does not parse, its entities are a flow list, or the id is taken).', 'このデータセットファイルは編集できない形です（解析できない、エンティティがフロー形式、または ID が使用済み）。');
  const lines = new LineIndex(text);
  return { edit: { changes: { [datasetUri]: [TextEdit.replace({ start: lines.positionAt(change.start), end: lines.positionAt(change.end) }, change.newText)] } } };
}

/** `file`, relative to the dataset at `datasetPath`, with `/` separators (a source's `document`). */
export function relativeToDataset(datasetPath: string, file: string): string {
  return path.relative(path.dirname(datasetPath), file).split(path.sep).join('/');
}
