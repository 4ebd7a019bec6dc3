// "Show Output", "Restart Language Server" and "Toggle Mention Underlines".

import * as vscode from 'vscode';
import type { ExtensionCtx } from '../context';
import { guarded } from './util';

export function registerServerCommands(ctx: ExtensionCtx): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('entityLens.showOutput', () => ctx.output.show(true)),
    vscode.commands.registerCommand(
      'entityLens.restartServer',
      guarded(ctx, 'entityLens.restartServer', () =>
        vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Entity Lens: restarting the language server…') }, () => ctx.restart()),
      ),
    ),
    vscode.commands.registerCommand(
      'entityLens.toggleMentionMarks',
      guarded(ctx, 'entityLens.toggleMentionMarks', async () => {
        const config = vscode.workspace.getConfiguration('entityLens');
        const inspect = config.inspect<boolean>('markMentions');
        const current = config.get<boolean>('markMentions', true);
        // Change the value where it is set, so a workspace setting is not shadowed by a user one.
        const target = inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
        await config.update('markMentions', !current, target);
        vscode.window.setStatusBarMessage(!current ? vscode.l10n.t('Entity Lens: mention underlines on') : vscode.l10n.t('Entity Lens: mention underlines off'), 3000);
      }),
    ),
  ];
}
