// "Unknown Names": the names in the workspace's notes that match no entity, most frequent first,
// from `entityLens/unknownNames`. Choosing one offers its mentions, adding it as an alias of an
// entity the user picks (the server builds the edit of the workspace dataset), and, when the
// command `entityLens.newEntity` exists, a new entity from its first mention.

import * as vscode from 'vscode';
import {
  AddUnknownNameAliasRequest,
  UnknownNamesRequest,
  type AddUnknownNameAliasParams,
  type AddUnknownNameAliasResult,
  type UnknownName,
  type UnknownNamesResult,
} from '../../server/protocol';
import type { ExtensionCtx } from '../context';
import { pickEntity } from './findEntity';
import { ensureRunning, guarded } from './util';
import { writeRecord } from './datasetPick';

/** What "New Entity…" runs, with `{ uri, range, text }` of the name's first mention. */
const NEW_ENTITY_COMMAND = 'entityLens.newEntity';

interface NameItem extends vscode.QuickPickItem {
  name: UnknownName;
}

interface MentionItem extends vscode.QuickPickItem {
  uri: vscode.Uri;
  range: vscode.Range;
}

function kindLabel(kind: UnknownName['kind']): string {
  return kind === 'person' ? vscode.l10n.t('person') : kind === 'acronym' ? vscode.l10n.t('acronym') : vscode.l10n.t('organization');
}

/** `notes/visit.md:12`, the place of a mention as the user reads it. */
function placeOf(ctx: ExtensionCtx, m: UnknownName['mentions'][number]): string {
  return `${vscode.workspace.asRelativePath(ctx.client.protocol2CodeConverter.asUri(m.uri))}:${m.range.start.line + 1}`;
}

async function reveal(uri: vscode.Uri, range: vscode.Range, preview: boolean): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview, preserveFocus: preview, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Opens the only mention, or lets the user walk through them (each revealed as it is highlighted). */
async function showMentions(ctx: ExtensionCtx, name: UnknownName): Promise<void> {
  const items: MentionItem[] = name.mentions.map((m) => ({
    label: placeOf(ctx, m),
    description: `${m.range.start.character + 1}`,
    uri: ctx.client.protocol2CodeConverter.asUri(m.uri),
    range: ctx.client.protocol2CodeConverter.asRange(m.range),
  }));
  if (items.length === 1) return reveal(items[0]!.uri, items[0]!.range, false);
  const pick = vscode.window.createQuickPick<MentionItem>();
  pick.title = vscode.l10n.t('Mentions of “{0}”', name.text);
  pick.placeholder = name.count > items.length ? vscode.l10n.t('The first {0} of {1} mentions', items.length, name.count) : vscode.l10n.t('{0} mentions', items.length);
  pick.items = items;
  await new Promise<void>((resolve) => {
    const subscriptions = [
      pick.onDidChangeActive((active) => {
        if (active[0]) void reveal(active[0].uri, active[0].range, true);
      }),
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0] ?? pick.activeItems[0];
        if (item) void reveal(item.uri, item.range, false);
        pick.hide();
      }),
      pick.onDidHide(() => {
        for (const s of subscriptions) s.dispose();
        pick.dispose();
        resolve();
      }),
    ];
    pick.show();
  });
}

async function addAsAlias(ctx: ExtensionCtx, name: UnknownName): Promise<void> {
  const id = await pickEntity(ctx, vscode.l10n.t('Add “{0}” as an alias of which entity?', name.text));
  const place = name.mentions[0];
  if (!id || !place) return;
  const params: AddUnknownNameAliasParams = { entity: id, uri: place.uri, range: place.range };
  const result = await ctx.client.sendRequest<AddUnknownNameAliasResult>(AddUnknownNameAliasRequest, params);
  if (!result.dataset) {
    void vscode.window.showWarningMessage(result.error ?? vscode.l10n.t('The alias could not be added.'));
    return;
  }
  // Saved, so that the server reloads the dataset and every note recognises the name at once.
  await writeRecord(ctx, result, result.dataset, vscode.l10n.t('The alias could not be added.'), (file) => vscode.l10n.t('Added “{0}” as an alias of {1} in {2}.', name.text, id, file));
}

async function chooseAction(ctx: ExtensionCtx, name: UnknownName): Promise<void> {
  const show = vscode.l10n.t('Show Mentions');
  const alias = vscode.l10n.t('Add as Alias of…');
  const create = vscode.l10n.t('New Entity…');
  const actions = [show, alias];
  if ((await vscode.commands.getCommands(true)).includes(NEW_ENTITY_COMMAND)) actions.push(create);
  const action = await vscode.window.showQuickPick(actions, { title: vscode.l10n.t('Entity Lens: Unknown Names'), placeHolder: name.text });
  const first = name.mentions[0];
  if (action === show) await showMentions(ctx, name);
  else if (action === alias) await addAsAlias(ctx, name);
  else if (action === create && first) {
    const uri = ctx.client.protocol2CodeConverter.asUri(first.uri);
    await vscode.commands.executeCommand(NEW_ENTITY_COMMAND, { uri, range: ctx.client.protocol2CodeConverter.asRange(first.range), text: name.text });
  }
}

export function registerUnknownNames(ctx: ExtensionCtx): vscode.Disposable {
  return vscode.commands.registerCommand(
    'entityLens.unknownNames',
    guarded(ctx, 'entityLens.unknownNames', async () => {
      if (!(await ensureRunning(ctx))) return;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Entity Lens: finding unknown names…'), cancellable: true },
        (_progress, token) =>
          ctx.client.sendRequest<UnknownNamesResult>(UnknownNamesRequest, {}, token).catch((error: unknown) => {
            // Cancelled by the user: nothing to show. Anything else is reported.
            if (token.isCancellationRequested) return undefined;
            throw error;
          }),
      );
      if (!result) return;
      if (result.names.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Every name Entity Lens finds in the {0} indexed notes matches an entity.', result.files));
        return;
      }
      const items: NameItem[] = result.names.map((name) => ({
        label: name.text,
        description: `${vscode.l10n.t('{0}×', name.count)} · ${kindLabel(name.kind)}`,
        detail: name.mentions[0] ? placeOf(ctx, name.mentions[0]) : undefined,
        name,
      }));
      const placeHolder = result.partial ? vscode.l10n.t('Names that match no entity (a budget stopped the count: not every note was read)') : vscode.l10n.t('Names that match no entity, most frequent first');
      const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Entity Lens: Unknown Names'), placeHolder, matchOnDetail: true });
      if (chosen) await chooseAction(ctx, chosen.name);
    }),
  );
}
