// Record Fact from Selection: the claim reader the fact check uses proposes (entity, property,
// value) for a selected sentence; the chosen one is written into a workspace dataset with the
// sentence as its quote, the note as its document and the note's date as `asOf`. Everything is
// computed here from the server's own index: the client only says which proposal and which file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CreateFile, TextDocumentEdit, TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { describeValue, documentDate, LineIndex, type DateValue } from '../core';
import { addFactEdit, valueYaml, type FactToRecord } from './factEdit';
import type { FactProposal, FactProposalsParams, FactProposalsResult, RecordFactParams, RecordFactResult } from './protocol';
import type { ServerState } from './state';
import { t } from './localize';
import { baseName, documentKindOf, fileUri, normalizeUri, uriToPath } from './uris';
import { relativeTo } from './workspaceFiles';

/** Longest selection taken as a quote: a sentence, or two. */
const MAX_QUOTE = 600;
const MAX_PROPOSALS = 20;

export interface Reading {
  proposal: FactProposal;
  fact: Omit<FactToRecord, 'document'>;
}

/** The readings of the selection that can be recorded, and the sentence as quoted. */
export function readSelection(state: ServerState, params: FactProposalsParams): { readings: Reading[]; quote: string; notePath?: string } {
  const uri = typeof params?.uri === 'string' ? params.uri : '';
  const located = uri ? state.locate(uri, params.range?.start ?? { line: 0, character: 0 }) : undefined;
  if (!located || !params.range?.end) return { readings: [], quote: '' };
  const from = located.offset;
  const to = new LineIndex(located.text).offsetAt(params.range.end);
  const quote = located.text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (to <= from || quote.length === 0 || quote.length > MAX_QUOTE) return { readings: [], quote: '' };
  const service = state.service;
  const asOf: DateValue | undefined = documentDate(located.text);
  const seen = new Set<string>();
  const readings: Reading[] = [];
  for (const r of service.readClaims({ file: located.uri, text: located.text, kind: documentKindOf(located.uri) })) {
    if (r.end <= from || r.start >= to || !r.value || readings.length >= MAX_PROPOSALS) continue;
    const decl = service.dataset.properties.get(r.property);
    const entity = service.getEntity(r.entity);
    const yaml = valueYaml(r.value, decl);
    if (!decl || !entity || yaml === undefined) continue;
    const key = `${r.entity}\u0000${r.property}\u0000${yaml}`;
    if (seen.has(key)) continue;
    seen.add(key);
    readings.push({
      proposal: {
        entity: r.entity,
        entityLabels: { ...entity.labels } as Record<string, string>,
        property: r.property,
        propertyLabels: { ...decl.label } as Record<string, string>,
        value: { en: describeValue(r.value, service.dataset, 'en'), ja: describeValue(r.value, service.dataset, 'ja') },
        verdict: r.verdict,
      },
      fact: { property: r.property, value: yaml, ...(asOf && !asOf.yearless ? { asOf } : {}), quote },
    });
  }
  return { readings, quote, notePath: uriToPath(located.uri) };
}

/** The workspace datasets a fact may be recorded in. */
function targets(state: ServerState): Array<{ uri: string; name: string }> {
  return state.datasetFiles.filter((f) => f.origin !== 'bundled').map((f) => ({ uri: f.uri, name: baseName(f.uri) }));
}

export function factProposals(state: ServerState, params: FactProposalsParams): FactProposalsResult {
  const { readings, quote } = readSelection(state, params);
  return { proposals: readings.map((r) => r.proposal), datasets: targets(state), quote };
}

export function recordFact(state: ServerState, params: RecordFactParams): RecordFactResult {
  const { readings, notePath } = readSelection(state, params);
  const chosen = Number.isSafeInteger(params?.proposal) ? readings[params.proposal] : undefined;
  return recordReading(state, chosen, notePath, typeof params?.dataset === 'string' ? params.dataset : '', params?.create === true);
}

/** The edit that writes `chosen`, read in the note at `notePath`, into the dataset `dataset` (a new file with `create`). */
export function recordReading(state: ServerState, chosen: Reading | undefined, notePath: string | undefined, dataset: string, create: boolean): RecordFactResult {
  const fail = (en: string, ja: string): RecordFactResult => ({ edit: null, error: t(state.lang, en, ja) });
  if (!chosen || !notePath) return fail('The selection states no fact that can be recorded.', '選択範囲には記録できる事実がありません。');
  const datasetUri = normalizeUri(dataset);
  const datasetPath = uriToPath(datasetUri);
  if (!datasetPath || !/\.entities\.ya?ml$/i.test(datasetPath)) return fail('Facts are recorded in a *.entities.yaml file.', '事実は *.entities.yaml ファイルに記録します。');
  const document = path.relative(path.dirname(datasetPath), notePath).split(path.sep).join('/');
  const fact: FactToRecord = { ...chosen.fact, document };
  if (create) {
    // A new file, inside a workspace folder, where none is: never over an existing one.
    if (!state.folders.some((f) => relativeTo(f.path, datasetPath) !== undefined) || fs.existsSync(datasetPath)) return fail('A new dataset must be a new file inside the workspace.', '新しいデータセットはワークスペース内の新しいファイルにしてください。');
    const change = addFactEdit('', chosen.proposal.entity, fact)!;
    const uri = fileUri(datasetPath);
    const edit: WorkspaceEdit = { documentChanges: [CreateFile.create(uri, { ignoreIfExists: false, overwrite: false }), TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, change.newText)])] };
    return { edit };
  }
  if (!targets(state).some((d) => normalizeUri(d.uri) === datasetUri)) return fail('That file is not one of the workspace datasets.', 'そのファイルはワークスペースのデータセットではありません。');
  const text = state.textOf(datasetUri);
  if (text === undefined) return fail('The dataset file cannot be read as UTF-8.', 'データセットファイルを UTF-8 として読めません。');
  const change = addFactEdit(text, chosen.proposal.entity, fact);
  if (!change) return fail('The dataset file has a shape Entity Lens does not edit (it does not parse, or its entities are a flow list).', 'このデータセットファイルは編集できない形です（解析できないか、エンティティがフロー形式です）。');
  const lines = new LineIndex(text);
  return { edit: { changes: { [datasetUri]: [TextEdit.replace({ start: lines.positionAt(change.start), end: lines.positionAt(change.end) }, change.newText)] } } };
}
