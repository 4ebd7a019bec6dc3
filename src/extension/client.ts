// The language client: how the server is started and which documents it sees.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../server/protocol';

export const CLIENT_ID = 'entityLens';

/** Notes (Markdown, plain text; saved or untitled) and dataset files, for their diagnostics. */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
  { scheme: 'file', pattern: '**/*.entities.{yaml,yml}' },
];

/** Notes only: where mentions are underlined and the cursor is looked up. */
export const NOTE_SELECTOR: vscode.DocumentSelector = DOCUMENT_SELECTOR.slice(0, 4) as vscode.DocumentFilter[];

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
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
    }),
    // Settings changes are announced; the server pulls the values per resource. File watching is
    // registered by the server itself (its patterns follow `entityLens.files.*` and `datasets`).
    synchronize: { configurationSection: 'entityLens' },
    outputChannel: output,
    diagnosticCollectionName: 'entityLens',
  };
  return new LanguageClient(CLIENT_ID, vscode.l10n.t('Entity Lens Language Server'), serverOptions, clientOptions);
}
