// The VS Code client: a thin shell that starts the Entity Lens language server (dist/server.js)
// and adds what LSP has no words for: the status bar, the entity card, mention underlines and a
// few commands. All recognition and checking happen in the server, on the same core as the CLI.
// Activated by opening a Markdown or plain-text document (see package.json activationEvents).

import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { StatusNotification, type StatusParams } from '../server/protocol';
import { createClient } from './client';
import { registerCommands } from './commands';
import type { ExtensionCtx } from './context';
import { MentionDecorations } from './decorations';
import { EntityCardView } from './entityCard';
import { catchPromise, reportError } from './errors';
import type { Mention } from './pure/mentions';
import { clientState, StatusBar } from './statusBar';

/** What `activate` returns: enough for end-to-end tests to observe the extension. */
export interface EntityLensApi {
  readonly client: LanguageClient;
  /** Settles when the first start of the server has succeeded (true) or failed (false). */
  readonly ready: Promise<boolean>;
  /** The last `entityLens/status` the server sent, if any. */
  status(): StatusParams | undefined;
  /** The mentions the server finds in a document (`entityLens/documentMentions`). */
  mentionsOf(uri: vscode.Uri | string): Promise<Mention[]>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): EntityLensApi {
  const output = vscode.window.createOutputChannel('Entity Lens', { log: true });
  context.subscriptions.push(output);

  const lc = createClient(context, output);
  client = lc;
  const statusBar = new StatusBar();
  const decorations = new MentionDecorations(lc, output);
  const card = new EntityCardView(context, lc, output);
  context.subscriptions.push(statusBar, decorations, card);

  context.subscriptions.push(
    lc.onNotification(StatusNotification, (status: StatusParams) => {
      const before = statusBar.status;
      statusBar.update(status);
      // New datasets or the end of indexing can change the mentions; progress counts cannot.
      if (!before || before.state !== status.state || before.entities !== status.entities || before.restricted !== status.restricted) decorations.refreshAll();
    }),
    lc.onDidChangeState((e) => {
      statusBar.setClientState(clientState(e.newState));
      if (e.newState === State.Running) decorations.refreshAll();
    }),
  );

  const ctx: ExtensionCtx = {
    extension: context,
    client: lc,
    output,
    card,
    decorations,
    restart: async () => {
      // `restart` stops a running client first; on a stopped one (a failed start) it just starts.
      await lc.restart();
    },
  };
  context.subscriptions.push(...registerCommands(ctx));

  // Restricted Mode ends: start again so the server loads the workspace's datasets and settings.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => catchPromise(output, ctx.restart(), 'restarting after the workspace was trusted')));

  void vscode.commands.executeCommand('setContext', 'entityLens.active', true);

  const ready = lc.start().then(
    () => true,
    (error: unknown) => {
      statusBar.setClientState('stopped');
      reportError(output, 'starting the language server', error, vscode.l10n.t('Could not start the language server'));
      return false;
    },
  );

  return {
    client: lc,
    ready,
    status: () => statusBar.status,
    mentionsOf: (uri) => decorations.mentionsOf(uri),
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.dispose();
}
