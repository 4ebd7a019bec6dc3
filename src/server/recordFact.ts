// Record Fact from Selection: the claim reader the fact check uses proposes (entity, property,
// value) for a selected sentence; the chosen one is written into a workspace dataset with the
// sentence as its quote, the note as its document and the note's date as `asOf`. Everything is
// computed here from the server's own index: the client only says which proposal and which file.

import { describeValue, documentDate, LineIndex, type DateValue } from '../core';
import { addFactEdit, valueYaml, type FactToRecord } from './factEdit';
import { datasetTargets, editDataset, relativeToDataset } from './datasetEdits';
import type { FactProposal, FactProposalsParams, FactProposalsResult, RecordFactParams, RecordFactResult } from './protocol';
import type { ServerState } from './state';
import { t } from './localize';
import { documentKindOf, uriToPath } from './uris';

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

export function factProposals(state: ServerState, params: FactProposalsParams): FactProposalsResult {
  const { readings, quote } = readSelection(state, params);
  return { proposals: readings.map((r) => r.proposal), datasets: datasetTargets(state), quote };
}

export function recordFact(state: ServerState, params: RecordFactParams): RecordFactResult {
  const { readings, notePath } = readSelection(state, params);
  const chosen = Number.isSafeInteger(params?.proposal) ? readings[params.proposal] : undefined;
  return recordReading(state, chosen, notePath, typeof params?.dataset === 'string' ? params.dataset : '', params?.create === true);
}

/** The edit that writes `chosen`, read in the note at `notePath`, into the dataset `dataset` (a new file with `create`). */
export function recordReading(state: ServerState, chosen: Reading | undefined, notePath: string | undefined, dataset: string, create: boolean): RecordFactResult {
  if (!chosen || !notePath) return { edit: null, error: t(state.lang, 'The selection states no fact that can be recorded.', '選択範囲には記録できる事実がありません。') };
  return editDataset(state, dataset, create, (text, datasetPath) => addFactEdit(text, chosen.proposal.entity, { ...chosen.fact, document: relativeToDataset(datasetPath, notePath) }));
}
