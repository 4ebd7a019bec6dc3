// "Show Entity Card" and "Open Dataset Entry": both act on the entity passed as an argument, else
// the mention under the cursor, else one the user picks.

import * as vscode from 'vscode';
import { DocumentMentionsRequest, EntityCardRequest, type DocumentMentionsParams, type DocumentMentionsResult, type EntityCardParams, type EntityCardResult } from '../../server/protocol';
import { NOTE_SELECTOR } from '../client';
import type { ExtensionCtx } from '../context';
import { mentionAt } from '../pure/mentions';
import { pickEntity } from './findEntity';
import { ensureRunning, guarded, idArgument } from './util';

/** The entity mentioned at the cursor of the active note editor. */
export async function entityAtCursor(ctx: ExtensionCtx): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || vscode.languages.match(NOTE_SELECTOR, editor.document) === 0) return undefined;
  const params: DocumentMentionsParams = { uri: ctx.client.code2ProtocolConverter.asUri(editor.document.uri) };
  const result = await ctx.client.sendRequest<DocumentMentionsResult>(DocumentMentionsRequest, params);
  return mentionAt(result?.mentions ?? [], editor.selection.active)?.entity;
}

async function targetEntity(ctx: ExtensionCtx, arg: unknown, placeholder: string): Promise<string | undefined> {
  const given = idArgument(arg);
  if (given) return given;
  if (!(await ensureRunning(ctx))) return undefined;
  return (await entityAtCursor(ctx)) ?? (await pickEntity(ctx, placeholder));
}

export function registerEntityCardCommands(ctx: ExtensionCtx): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(
      'entityLens.showEntityCard',
      guarded(ctx, 'entityLens.showEntityCard', async (arg?: unknown) => {
        const id = await targetEntity(ctx, arg, vscode.l10n.t('No entity at the cursor. Choose one to show its card'));
        if (id && (await ensureRunning(ctx))) await ctx.card.show(id);
      }),
    ),
    vscode.commands.registerCommand(
      'entityLens.openDatasetEntry',
      guarded(ctx, 'entityLens.openDatasetEntry', async (arg?: unknown) => {
        const id = await targetEntity(ctx, arg, vscode.l10n.t('No entity at the cursor. Choose one to open its dataset entry'));
        if (!id || !(await ensureRunning(ctx))) return;
        const params: EntityCardParams = { id };
        const result = await ctx.client.sendRequest<EntityCardResult>(EntityCardRequest, params);
        const definition = result?.definition;
        if (!definition) {
          void vscode.window.showInformationMessage(vscode.l10n.t('No dataset entry was found for “{0}”.', id));
          return;
        }
        // The definition spans the whole entry; put the cursor at its start, with the entry in view.
        const p2c = ctx.client.protocol2CodeConverter;
        const start = p2c.asPosition(definition.range.start);
        const editor = await vscode.window.showTextDocument(p2c.asUri(definition.uri), { selection: new vscode.Range(start, start), preview: false });
        editor.revealRange(p2c.asRange(definition.range), vscode.TextEditorRevealType.AtTop);
      }),
    ),
  ];
}
