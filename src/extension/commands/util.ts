// Helpers the command handlers share.

import * as vscode from 'vscode';
import type { ExtensionCtx } from '../context';
import { reportError } from '../errors';

/** Wraps a command handler: an error is logged and shown, never swallowed. */
export function guarded<A extends unknown[]>(ctx: ExtensionCtx, id: string, handler: (...args: A) => Thenable<unknown>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await handler(...args);
    } catch (error) {
      reportError(ctx.output, id, error);
    }
  };
}

/** True when the server can answer; otherwise says so and offers a restart. */
export async function ensureRunning(ctx: ExtensionCtx): Promise<boolean> {
  if (ctx.client.isRunning()) return true;
  const restart = vscode.l10n.t('Restart Language Server');
  const choice = await vscode.window.showWarningMessage(vscode.l10n.t('The Entity Lens language server is not running.'), restart);
  if (choice === restart) await ctx.restart();
  return ctx.client.isRunning();
}

/** An entity id passed to a command: `'jjoc'` or `{ id: 'jjoc' }` (from a hover link or a test). */
export function idArgument(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg.length > 0) return arg;
  if (arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && typeof (arg as { id?: unknown }).id === 'string') return (arg as { id: string }).id;
  return undefined;
}
