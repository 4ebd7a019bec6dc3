// "Check Workspace" and "Reload Datasets".

import * as vscode from 'vscode';
import { CheckWorkspaceRequest, ReloadDatasetsRequest, type CheckWorkspaceResult, type ReloadDatasetsResult } from '../../server/protocol';
import type { ExtensionCtx } from '../context';
import { ensureRunning, guarded } from './util';

async function offerProblems(message: string, problems: number): Promise<void> {
  const show = vscode.l10n.t('Show Problems');
  const choice = problems > 0 ? await vscode.window.showInformationMessage(message, show) : await vscode.window.showInformationMessage(message);
  if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

export function registerWorkspaceCommands(ctx: ExtensionCtx): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(
      'entityLens.checkWorkspace',
      guarded(ctx, 'entityLens.checkWorkspace', async () => {
        if (!(await ensureRunning(ctx))) return;
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Entity Lens: checking the workspace…'), cancellable: true },
          async (_progress, token) => {
            try {
              return await ctx.client.sendRequest<CheckWorkspaceResult>(CheckWorkspaceRequest, undefined, token);
            } catch (error) {
              if (token.isCancellationRequested) return undefined;
              throw error;
            }
          },
        );
        if (!result) return;
        await offerProblems(vscode.l10n.t('Checked {0} files: {1} mentions, {2} problems.', result.files, result.mentions, result.problems), result.problems);
      }),
    ),
    vscode.commands.registerCommand(
      'entityLens.reloadDataset',
      guarded(ctx, 'entityLens.reloadDataset', async () => {
        if (!(await ensureRunning(ctx))) return;
        const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Entity Lens: reloading datasets…') }, () =>
          ctx.client.sendRequest<ReloadDatasetsResult>(ReloadDatasetsRequest),
        );
        ctx.decorations.refreshAll();
        await offerProblems(vscode.l10n.t('Datasets reloaded: {0} entities, {1} problems.', result.entities, result.problems), result.problems);
      }),
    ),
  ];
}
