// "Record Fact from Selection": the server reads the selected sentence with the claim reader and
// proposes (entity, property, value); the user picks one (both languages shown), then a workspace
// dataset or a new one; the server writes the edit (the note as the source, the sentence as the
// quote, the note's date as asOf), applied here as one undoable workspace edit and saved, so that
// every note is checked against the new fact at once.

import * as vscode from 'vscode';
import { FactProposalsRequest, RecordFactRequest, type FactProposal, type FactProposalsParams, type FactProposalsResult, type RecordFactParams, type RecordFactResult } from '../../server/protocol';
import type { ExtensionCtx } from '../context';
import { uiLang } from '../pure/lang';
import { ensureRunning, guarded } from './util';
import { pickDataset, writeRecord } from './datasetPick';

interface ProposalItem extends vscode.QuickPickItem {
  index: number;
}

/** A label in the UI's language, else the other one, else the id. */
function named(labels: Record<string, string>, lang: string, fallback: string): string {
  return labels[lang] || labels[lang === 'ja' ? 'en' : 'ja'] || fallback;
}

function proposalItem(p: FactProposal, index: number, lang: string): ProposalItem {
  const other = lang === 'ja' ? 'en' : 'ja';
  const line = (l: string) => `${named(p.entityLabels, l, p.entity)} · ${named(p.propertyLabels, l, p.property)}: ${p.value[l] ?? ''}`;
  const verdict =
    p.verdict === 'new'
      ? vscode.l10n.t('The dataset has no such fact yet.')
      : p.verdict === 'conflict'
        ? vscode.l10n.t('The dataset says otherwise: recording this adds a newer fact.')
        : vscode.l10n.t('The dataset says the same: recording this adds this source.');
  return { label: line(lang), description: line(other), detail: verdict, index };
}

export function registerRecordFact(ctx: ExtensionCtx): vscode.Disposable {
  return vscode.commands.registerCommand(
    'entityLens.recordFact',
    guarded(ctx, 'entityLens.recordFact', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.selection.isEmpty) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the sentence that states the fact first.'));
        return;
      }
      if (!(await ensureRunning(ctx))) return;
      const lang = uiLang(vscode.env.language);
      const uri = ctx.client.code2ProtocolConverter.asUri(editor.document.uri);
      const range = ctx.client.code2ProtocolConverter.asRange(editor.selection);
      const proposals = await ctx.client.sendRequest<FactProposalsResult>(FactProposalsRequest, { uri, range } satisfies FactProposalsParams);
      if (proposals.proposals.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Entity Lens reads no fact it can record in the selection (a known entity, a property word and a value).'));
        return;
      }
      const items = proposals.proposals.map((p, k) => proposalItem(p, k, lang));
      const proposal = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Entity Lens: Record Fact'), placeHolder: vscode.l10n.t('Which fact does the sentence state?'), matchOnDescription: true });
      if (!proposal) return;
      const target = await pickDataset(proposals.datasets, editor.document.uri);
      if (!target) return;
      const result = await ctx.client.sendRequest<RecordFactResult>(RecordFactRequest, { uri, range, proposal: proposal.index, dataset: target.uri, create: target.create } satisfies RecordFactParams);
      await writeRecord(ctx, result, target.uri, vscode.l10n.t('The fact could not be recorded.'), (file) => vscode.l10n.t('Recorded in {0}: {1}', file, proposal.label));
    }),
  );
}
