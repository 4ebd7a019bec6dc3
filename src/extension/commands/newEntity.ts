// "New Entity from Selection": the selected name becomes a new entity's label in the note's
// language. The user picks its type, confirms the id the server proposes, may give the name in
// the other language, and picks a workspace dataset (or a new one); the server builds the record
// (with a comment naming the sentence where the name was seen) and the edit is applied and saved.
// Also run with `{ uri, range }` from another command (Unknown Names).

import * as vscode from 'vscode';
import { NewEntityContextRequest, NewEntityRequest, type FactProposalsParams, type NewEntityContextResult, type NewEntityParams, type RecordFactResult } from '../../server/protocol';
import { ENTITY_ID, ENTITY_TYPE } from '../../core/dataset/ids';
import type { ExtensionCtx } from '../context';
import { pickDataset, writeRecord } from './datasetPick';
import { ensureRunning, guarded } from './util';

/** Where the name is: the arguments another command gave, else the active editor's selection. */
function target(arg: unknown): { uri: vscode.Uri; range: vscode.Range } | undefined {
  const given = arg as { uri?: unknown; range?: { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } } | undefined;
  const n = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);
  // A vscode.Uri and vscode.Range from another command, or their JSON forms.
  const uri = given?.uri instanceof vscode.Uri ? given.uri : typeof given?.uri === 'string' ? vscode.Uri.parse(given.uri) : undefined;
  if (uri && given?.range) {
    const [sl, sc, el, ec] = [n(given.range.start?.line), n(given.range.start?.character), n(given.range.end?.line), n(given.range.end?.character)];
    if (sl !== undefined && sc !== undefined && el !== undefined && ec !== undefined) return { uri, range: new vscode.Range(sl, sc, el, ec) };
  }
  const editor = vscode.window.activeTextEditor;
  return editor && !editor.selection.isEmpty ? { uri: editor.document.uri, range: editor.selection } : undefined;
}

async function pickType(types: string[]): Promise<string | undefined> {
  const other = vscode.l10n.t('Another type…');
  const items = [...types, other].map((label) => ({ label }));
  const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Entity Lens: New Entity'), placeHolder: vscode.l10n.t('What kind of entity is it?') });
  if (!chosen) return undefined;
  if (chosen.label !== other) return chosen.label;
  return vscode.window.showInputBox({ title: vscode.l10n.t('Entity Lens: New Entity'), prompt: vscode.l10n.t('A type: one lower-case word'), validateInput: (v) => (ENTITY_TYPE.test(v) ? undefined : vscode.l10n.t('One lower-case word')) });
}

export function registerNewEntity(ctx: ExtensionCtx): vscode.Disposable {
  return vscode.commands.registerCommand(
    'entityLens.newEntity',
    guarded(ctx, 'entityLens.newEntity', async (arg?: unknown) => {
      const where = target(arg);
      if (!where) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the name first.'));
        return;
      }
      if (!(await ensureRunning(ctx))) return;
      const params: FactProposalsParams = { uri: ctx.client.code2ProtocolConverter.asUri(where.uri), range: ctx.client.code2ProtocolConverter.asRange(where.range) };
      const context = await ctx.client.sendRequest<NewEntityContextResult>(NewEntityContextRequest, params);
      if (!context.name) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the name first.'));
        return;
      }
      const type = await pickType(context.types);
      if (!type) return;
      const id = await vscode.window.showInputBox({
        title: vscode.l10n.t('Entity Lens: New Entity'),
        prompt: vscode.l10n.t('The id of "{0}"', context.name),
        value: context.proposedId,
        validateInput: (v) => (ENTITY_ID.test(v) ? undefined : vscode.l10n.t('Lower-case letters, digits, dots, underscores and hyphens, starting with a letter or digit')),
      });
      if (!id) return;
      const otherLabel = await vscode.window.showInputBox({
        title: vscode.l10n.t('Entity Lens: New Entity'),
        prompt: context.lang === 'ja' ? vscode.l10n.t('The name in English (optional)') : vscode.l10n.t('The name in Japanese (optional)'),
      });
      if (otherLabel === undefined) return;
      const dataset = await pickDataset(context.datasets, where.uri);
      if (!dataset) return;
      const request: NewEntityParams = { ...params, id, type, otherLabel, dataset: dataset.uri, create: dataset.create };
      const result = await ctx.client.sendRequest<RecordFactResult>(NewEntityRequest, request);
      await writeRecord(ctx, result, dataset.uri, vscode.l10n.t('The entity could not be added.'), (file) => vscode.l10n.t('Added {0} ({1}) to {2}.', context.name, id, file));
    }),
  );
}
