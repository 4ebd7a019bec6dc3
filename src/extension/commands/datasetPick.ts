// Choosing the dataset a record goes into (one of the workspace's, or a new file in the note's
// workspace folder), and applying the server's edit there as one undoable workspace edit, saved
// so that the server reloads the dataset and re-checks every note at once.

import * as vscode from 'vscode';
import type { ExtensionCtx } from '../context';
import type { FactProposalsResult } from '../../server/protocol';

interface DatasetItem extends vscode.QuickPickItem {
  uri?: string;
}

/** The dataset to record into: one of the workspace's, or a new file next to the note. */
export async function pickDataset(datasets: FactProposalsResult['datasets'], note: vscode.Uri): Promise<{ uri: string; create: boolean } | undefined> {
  const items: DatasetItem[] = datasets.map((d) => ({ label: d.name, description: vscode.workspace.asRelativePath(vscode.Uri.parse(d.uri)), uri: d.uri }));
  items.push({ label: `$(new-file) ${vscode.l10n.t('New dataset file…')}` });
  const chosen = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Entity Lens: Record Fact'), placeHolder: vscode.l10n.t('Record the fact in which dataset?') });
  if (!chosen) return undefined;
  if (chosen.uri) return { uri: chosen.uri, create: false };
  const folder = vscode.workspace.getWorkspaceFolder(note);
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('A new dataset goes in a workspace folder; this note is in none.'));
    return undefined;
  }
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Entity Lens: New Dataset'),
    prompt: vscode.l10n.t('File name in {0}', folder.name),
    value: 'notes.entities.yaml',
    validateInput: (v) => (/^[^/\\:*?"<>|]+\.entities\.ya?ml$/.test(v.trim()) ? undefined : vscode.l10n.t('A file name ending in .entities.yaml')),
  });
  if (!name) return undefined;
  return { uri: vscode.Uri.joinPath(folder.uri, name.trim()).toString(), create: true };
}

/** Applies the server's edit (LSP JSON) and saves the dataset; the saved document, or undefined when it did not apply. */
export async function saveAppliedEdit(ctx: ExtensionCtx, edit: unknown, datasetUri: string): Promise<vscode.TextDocument | undefined> {
  const converted = await ctx.client.protocol2CodeConverter.asWorkspaceEdit(edit as Parameters<typeof ctx.client.protocol2CodeConverter.asWorkspaceEdit>[0]);
  if (!converted || !(await vscode.workspace.applyEdit(converted))) return undefined;
  const dataset = await vscode.workspace.openTextDocument(vscode.Uri.parse(datasetUri));
  await dataset.save();
  return dataset;
}

/**
 * Writes a record the server built (`result`: an edit, or why there is none) into the dataset and
 * says so, offering to open it; `failed` is the warning when it cannot be written, `done` the
 * message for the saved file's workspace-relative path.
 */
export async function writeRecord(ctx: ExtensionCtx, result: { edit: unknown; error?: string }, datasetUri: string, failed: string, done: (file: string) => string): Promise<void> {
  const saved = result.edit ? await saveAppliedEdit(ctx, result.edit, datasetUri) : undefined;
  if (!saved) {
    void vscode.window.showWarningMessage((!result.edit && result.error) || failed);
    return;
  }
  const open = vscode.l10n.t('Open Dataset');
  const choice = await vscode.window.showInformationMessage(done(vscode.workspace.asRelativePath(saved.uri)), open);
  if (choice === open) await vscode.window.showTextDocument(saved, { preview: false });
}
