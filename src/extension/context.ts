// What command handlers share.

import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { EntityCardView } from './entityCard';
import type { MentionDecorations } from './decorations';

export interface ExtensionCtx {
  extension: vscode.ExtensionContext;
  client: LanguageClient;
  output: vscode.LogOutputChannel;
  card: EntityCardView;
  decorations: MentionDecorations;
  /** Restarts the language server (or starts it after a failed start). */
  restart(): Promise<void>;
}
