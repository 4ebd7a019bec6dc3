// A subtle dotted underline under every recognised mention in the visible note editors, from
// `entityLens/documentMentions`. Refreshed (debounced per document) when a document changes,
// when its diagnostics change (the server has re-checked it), when the server reports a new
// status (datasets reloaded) and when an editor becomes visible. Off when
// `entityLens.markMentions` is false.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentMentionsRequest, type DocumentMentionsParams, type DocumentMentionsResult } from '../server/protocol';
import { NOTE_SELECTOR } from './client';
import { logPromise } from './errors';
import type { Mention } from './pure/mentions';

const DEBOUNCE_MS = 250;

export class MentionDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Map<string, vscode.CancellationTokenSource>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.type,
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const doc of new Set(editors.map((e) => e.document))) this.schedule(doc, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uris = new Set(e.uris.map((u) => u.toString()));
        for (const doc of this.visibleDocuments()) if (uris.has(doc.uri.toString())) this.schedule(doc);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('entityLens.markMentions')) this.refreshAll();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.cancel(doc.uri.toString())),
    );
  }

  /** Re-requests the mentions of every visible note. */
  refreshAll(): void {
    for (const doc of this.visibleDocuments()) this.schedule(doc, 0);
  }

  /** The mentions of one document, straight from the server. */
  async mentionsOf(uri: vscode.Uri | string): Promise<Mention[]> {
    const target = typeof uri === 'string' ? uri : this.client.code2ProtocolConverter.asUri(uri);
    const params: DocumentMentionsParams = { uri: target };
    const result = await this.client.sendRequest<DocumentMentionsResult>(DocumentMentionsRequest, params);
    return result?.mentions ?? [];
  }

  private visibleDocuments(): Set<vscode.TextDocument> {
    return new Set(vscode.window.visibleTextEditors.map((e) => e.document));
  }

  private enabled(doc: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration('entityLens', doc.uri).get<boolean>('markMentions', true) && vscode.languages.match(NOTE_SELECTOR, doc) > 0;
  }

  private schedule(doc: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    const key = doc.uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        logPromise(this.output, this.update(doc), `underlining mentions in ${key}`);
      }, delay),
    );
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.inFlight.get(key)?.cancel();
    this.inFlight.delete(key);
  }

  private setRanges(doc: vscode.TextDocument, ranges: vscode.Range[]): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) editor.setDecorations(this.type, ranges);
  }

  private async update(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (doc.isClosed) return;
    if (!this.enabled(doc) || !this.client.isRunning()) {
      this.setRanges(doc, []);
      return;
    }
    this.inFlight.get(key)?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.inFlight.set(key, cts);
    const version = doc.version;
    try {
      const params: DocumentMentionsParams = { uri: this.client.code2ProtocolConverter.asUri(doc.uri) };
      const result = await this.client.sendRequest<DocumentMentionsResult>(DocumentMentionsRequest, params, cts.token);
      // A newer edit has its own refresh scheduled; these ranges would be off.
      if (cts.token.isCancellationRequested || doc.version !== version) return;
      this.setRanges(doc, (result?.mentions ?? []).map((m) => this.client.protocol2CodeConverter.asRange(m.range)));
    } catch (error) {
      if (!cts.token.isCancellationRequested) throw error;
    } finally {
      if (this.inFlight.get(key) === cts) this.inFlight.delete(key);
      cts.dispose();
    }
  }

  dispose(): void {
    for (const key of [...this.timers.keys(), ...this.inFlight.keys()]) this.cancel(key);
    for (const d of this.disposables) d.dispose();
  }
}
