// "Find Entity…": a quick pick filled from `entityLens/searchEntities` as the user types, in
// either language; choosing an entity opens its card.

import * as vscode from 'vscode';
import { SearchEntitiesRequest, type SearchEntitiesParams, type SearchEntitiesResult } from '../../server/protocol';
import type { ExtensionCtx } from '../context';
import { errorMessage } from '../errors';
import { uiLang } from '../pure/lang';
import { entityPickItems, type EntityPickItem } from '../pure/quickPick';
import { ensureRunning, guarded } from './util';

const SEARCH_DELAY_MS = 120;
const LIMIT = 100;

/** Lets the user choose an entity; resolves to its id, or undefined when dismissed. */
export async function pickEntity(ctx: ExtensionCtx, placeholder?: string): Promise<string | undefined> {
  if (!(await ensureRunning(ctx))) return undefined;
  const lang = uiLang(vscode.env.language);
  const pick = vscode.window.createQuickPick<EntityPickItem>();
  pick.title = vscode.l10n.t('Entity Lens: Find Entity');
  pick.placeholder = placeholder ?? vscode.l10n.t('Type a name or alias in English or Japanese, or an ID');
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;

  // Start from the selected text, if a short one-line selection exists.
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty && editor.selection.isSingleLine ? editor.document.getText(editor.selection).trim() : '';
  if (selected.length > 0 && selected.length <= 80) pick.value = selected;

  let search: vscode.CancellationTokenSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (query: string) => {
    search?.cancel();
    const cts = (search = new vscode.CancellationTokenSource());
    pick.busy = true;
    try {
      const params: SearchEntitiesParams = { query, limit: LIMIT };
      const result = await ctx.client.sendRequest<SearchEntitiesResult>(SearchEntitiesRequest, params, cts.token);
      if (cts.token.isCancellationRequested) return;
      pick.items = entityPickItems(result?.entities ?? [], lang);
    } catch (error) {
      if (!cts.token.isCancellationRequested) ctx.output.warn(`entityLens/searchEntities: ${errorMessage(error)}`);
    } finally {
      if (search === cts) pick.busy = false;
    }
  };

  return new Promise<string | undefined>((resolve) => {
    const subscriptions = [
      pick.onDidChangeValue((value) => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void run(value), SEARCH_DELAY_MS);
      }),
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0] ?? pick.activeItems[0];
        if (!item) return;
        resolve(item.id);
        pick.hide();
      }),
      pick.onDidHide(() => {
        resolve(undefined);
        if (timer) clearTimeout(timer);
        search?.cancel();
        for (const s of subscriptions) s.dispose();
        pick.dispose();
      }),
    ];
    pick.show();
    void run(pick.value);
  });
}

export function registerFindEntity(ctx: ExtensionCtx): vscode.Disposable {
  return vscode.commands.registerCommand(
    'entityLens.findEntity',
    guarded(ctx, 'entityLens.findEntity', async () => {
      const id = await pickEntity(ctx);
      if (id) await ctx.card.show(id);
    }),
  );
}
