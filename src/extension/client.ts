// The language client: how the server is started and which documents it sees.

import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type DocumentSelector,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { InitializationOptions } from '../server/protocol';
import { RestartPolicy } from './pure/restartPolicy';

export const CLIENT_ID = 'entityLens';

/**
 * Notes (Markdown, plain text; saved or untitled) and dataset files: their diagnostics, and hover,
 * definition and references on the ids and property names in them.
 */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
  { scheme: 'file', pattern: '**/*.entities.{yaml,yml}' },
];

/** Notes only: where mentions are underlined and the cursor is looked up. */
export const NOTE_SELECTOR: vscode.DocumentSelector = DOCUMENT_SELECTOR.slice(0, 4) as vscode.DocumentFilter[];

/**
 * A crashed server is started again after a back-off (RestartPolicy), and the user is told: an
 * information message while it restarts, an error with *Restart* / *Show Output* when it gives up.
 */
export class RestartingErrorHandler implements ErrorHandler {
  readonly policy = new RestartPolicy();
  /** Set once the client exists; a restart is skipped when the client was stopped meanwhile. */
  client: LanguageClient | undefined;

  constructor(private readonly output: vscode.LogOutputChannel) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.output.error(`Language server connection error (${count ?? 1}): ${error.message}`);
    return count !== undefined && count <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown, handled: true };
  }

  async closed(): Promise<CloseHandlerResult> {
    const decision = this.policy.onCrash();
    if (!decision.restart) {
      const message = vscode.l10n.t('The Entity Lens language server stopped {0} times in three minutes and was not restarted.', decision.crashes);
      this.output.error(message);
      const restart = vscode.l10n.t('Restart');
      const show = vscode.l10n.t('Show Output');
      void vscode.window.showErrorMessage(message, restart, show).then((choice) => {
        if (choice === show) this.output.show(true);
        if (choice === restart && this.client) {
          this.policy.reset();
          this.client.start().catch((e: unknown) => this.output.error(`Restarting the language server failed: ${String(e)}`));
        }
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    const seconds = Math.round(decision.delayMs / 1000);
    const message = vscode.l10n.t('The Entity Lens language server stopped unexpectedly; restarting it in {0} s.', seconds);
    this.output.warn(`${message} (attempt ${decision.attempt})`);
    void vscode.window.showInformationMessage(message);
    await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    // Stopped meanwhile (the extension is deactivating, or the user restarted it by hand).
    if (this.client && this.client.state === State.Stopped) return { action: CloseAction.DoNotRestart, handled: true };
    return { action: CloseAction.Restart, handled: true };
  }
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const errorHandler = new RestartingErrorHandler(output);
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // A function, so that a restart (after the workspace is trusted) sends the current values.
    initializationOptions: (): InitializationOptions => ({
      bundledDataset: context.asAbsolutePath('dataset/canonical.entities.yaml'),
      trusted: vscode.workspace.isTrusted,
      locale: vscode.env.language,
      cacheDir: context.globalStorageUri.scheme === 'file' ? context.globalStorageUri.fsPath : undefined,
    }),
    // Settings changes are announced; the server pulls the values per resource. File watching is
    // registered by the server itself (its patterns follow `entityLens.files.*` and `datasets`).
    synchronize: { configurationSection: 'entityLens' },
    outputChannel: output,
    diagnosticCollectionName: 'entityLens',
    errorHandler,
  };
  const client = new LanguageClient(CLIENT_ID, vscode.l10n.t('Entity Lens Language Server'), serverOptions, clientOptions);
  errorHandler.client = client;
  return client;
}
