// Nothing fails silently: every promise the client starts has a named handler that logs the error
// to the output channel and tells the user.

import * as vscode from 'vscode';

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Logs `error` with its context (English, for bug reports) and shows it to the user, prefixed with
 * `summary` when given (localised).
 */
export function reportError(output: vscode.LogOutputChannel, context: string, error: unknown, summary?: string): void {
  output.error(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const show = vscode.l10n.t('Show Output');
  const text = summary ? `${summary}: ${errorMessage(error)}` : errorMessage(error);
  void vscode.window.showErrorMessage(vscode.l10n.t('Entity Lens: {0}', text), show).then((choice) => {
    if (choice === show) output.show(true);
  });
}

/** Runs `promise` to completion in the background; a rejection is reported, never lost. */
export function catchPromise(output: vscode.LogOutputChannel, promise: Thenable<unknown>, context: string): void {
  Promise.resolve(promise).catch((error: unknown) => reportError(output, context, error));
}

/** Logs only: for background work where a message box would be noise (decorations). */
export function logPromise(output: vscode.LogOutputChannel, promise: Thenable<unknown>, context: string): void {
  Promise.resolve(promise).catch((error: unknown) => output.warn(`${context}: ${errorMessage(error)}`));
}
