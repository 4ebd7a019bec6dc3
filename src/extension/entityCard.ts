// The entity card: one webview panel, reused, showing both names, the reading, type,
// description, facts with qualifiers and sources, and every mention in the workspace grouped by
// language then file. The page (pure/cardView.ts + media/entityCard.js) gets the card as JSON
// and builds its DOM with `textContent`; a strict CSP allows only our stylesheet and one nonce'd
// script. The panel may only ask to open the files and web pages the card itself lists.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntityCardRequest, type EntityCardParams, type EntityCardResult } from '../server/protocol';
import { catchPromise } from './errors';
import { allowedTargets, cardHtml, cardView, type CardView, type Range } from './pure/cardView';
import { uiLang } from './pure/lang';

type FromWebview = { type: 'ready' } | { type: 'open'; uri: string; range: Range } | { type: 'openExternal'; url: string };

function isRange(r: unknown): r is Range {
  const ok = (p: unknown) => !!p && typeof p === 'object' && Number.isInteger((p as { line: unknown }).line) && Number.isInteger((p as { character: unknown }).character);
  return !!r && typeof r === 'object' && ok((r as Range).start) && ok((r as Range).end);
}

export class EntityCardView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private view: CardView | undefined;
  private targets = { uris: new Set<string>(), urls: new Set<string>() };
  private editorColumn: vscode.ViewColumn = vscode.ViewColumn.One;

  constructor(
    private readonly extension: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** The card currently shown (for tests), if any. */
  get current(): CardView | undefined {
    return this.view;
  }

  async show(id: string): Promise<void> {
    const params: EntityCardParams = { id };
    const result = await this.client.sendRequest<EntityCardResult>(EntityCardRequest, params);
    const lang = uiLang(vscode.env.language);
    const view = cardView(id, result ?? { card: null, mentions: {}, definition: null }, {
      lang,
      t: (message, ...args) => vscode.l10n.t(message, ...args),
      displayPath: (uri) => vscode.workspace.asRelativePath(this.client.protocol2CodeConverter.asUri(uri)),
    });
    this.view = view;
    this.targets = allowedTargets(view);
    const column = vscode.window.activeTextEditor?.viewColumn;
    if (column) this.editorColumn = column;

    const title = vscode.l10n.t('Entity: {0}', view.title);
    if (!this.panel) this.panel = this.createPanel(title, lang);
    else this.panel.reveal(undefined, false);
    this.panel.title = title;
    void this.panel.webview.postMessage({ type: 'show', view });
  }

  private createPanel(title: string, lang: 'en' | 'ja'): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extension.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel('entityLens.entityCard', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [media],
    });
    const webview = panel.webview;
    webview.html = cardHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(24).toString('base64'),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'entityCard.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'entityCard.js')).toString(),
      lang,
      title,
    });
    webview.onDidReceiveMessage((message: FromWebview) => catchPromise(this.output, this.onMessage(message), 'entity card'));
    panel.onDidDispose(() => {
      if (this.panel === panel) {
        this.panel = undefined;
        this.view = undefined;
      }
    });
    return panel;
  }

  private async onMessage(message: FromWebview): Promise<void> {
    switch (message?.type) {
      case 'ready':
        // The page (re)loaded, e.g. after being hidden: send the card again.
        if (this.view && this.panel) await this.panel.webview.postMessage({ type: 'show', view: this.view });
        return;
      case 'open': {
        if (typeof message.uri !== 'string' || !this.targets.uris.has(message.uri) || !isRange(message.range)) return;
        // A mention (at most a name wrapped once) is selected; a dataset entry, many lines long,
        // only gets the cursor at its start.
        let range = this.client.protocol2CodeConverter.asRange(message.range);
        if (range.end.line - range.start.line > 1) range = new vscode.Range(range.start, range.start);
        await vscode.window.showTextDocument(this.client.protocol2CodeConverter.asUri(message.uri), { selection: range, viewColumn: this.editorColumn, preview: true });
        return;
      }
      case 'openExternal':
        if (typeof message.url === 'string' && this.targets.urls.has(message.url)) await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        return;
      default:
        return;
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
