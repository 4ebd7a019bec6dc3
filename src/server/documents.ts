// Open editors: a note is checked as soon as it opens, then again `debounceMs` after typing
// stops. A newer edit cancels the pending run (its timer) and marks a run in flight as stale,
// so only the newest text's diagnostics are ever published. Closing a note hands the file back
// to the disk: an included note is re-read as saved, anything else leaves the index. Editing a
// loaded dataset file reloads the datasets from the editor's text once typing pauses.

import { CancellationTokenSource, type TextDocumentChangeEvent } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerState } from './state';
import type { StatusReporter } from './status';
import type { WorkspaceSync } from './workspaceSync';
import { catchPromise, describeError } from './log';
import { documentKindOf, isNoteDocument, normalizeUri, uriToPath } from './uris';

/** Reloading every dataset and re-checking every note costs more than one note: wait longer. */
const MIN_DATASET_DELAY_MS = 500;

interface PendingCheck {
  timer: NodeJS.Timeout;
  cancel: CancellationTokenSource;
}

export class DocumentChecker {
  private readonly pending = new Map<string, PendingCheck>();
  /** Open dataset editors and the version they opened with (unchanged text needs no reload). */
  private readonly openDatasets = new Map<string, number>();

  constructor(
    private readonly state: ServerState,
    private readonly sync: WorkspaceSync,
    private readonly status: StatusReporter,
  ) {}

  listen(): void {
    const { documents, connection } = this.state;
    documents.onDidOpen((e) =>
      this.guard('didOpen', e, () => {
        if (this.isLoadedDataset(e.document)) this.openDatasets.set(normalizeUri(e.document.uri), e.document.version);
        else this.checkNow(e.document);
      }),
    );
    documents.onDidChangeContent((e) =>
      this.guard('didChange', e, () => {
        if (this.isLoadedDataset(e.document)) this.datasetEdited(e.document);
        else this.schedule(e.document);
      }),
    );
    documents.onDidClose((e) =>
      this.guard('didClose', e, () => {
        if (this.isLoadedDataset(e.document)) this.datasetClosed(e.document);
        else this.closed(e.document);
      }),
    );
    documents.listen(connection);
  }

  dispose(): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.cancel.cancel();
    }
    this.pending.clear();
  }

  private isLoadedDataset(doc: TextDocument): boolean {
    const key = normalizeUri(doc.uri);
    return this.state.datasetFiles.some((f) => f.uri === key);
  }

  private datasetEdited(doc: TextDocument): void {
    const key = normalizeUri(doc.uri);
    if (this.openDatasets.get(key) === doc.version) return;
    this.openDatasets.set(key, -1);
    this.sync.requestDatasetReload(Math.max(this.state.settingsFor(key).debounceMs, MIN_DATASET_DELAY_MS));
  }

  /** Unsaved edits are gone with the editor: the disk is the truth again. */
  private datasetClosed(doc: TextDocument): void {
    const key = normalizeUri(doc.uri);
    const edited = this.openDatasets.get(key) !== doc.version;
    this.openDatasets.delete(key);
    if (edited) this.sync.requestDatasetReload(0);
  }

  private guard(what: string, e: TextDocumentChangeEvent<TextDocument>, f: () => void): void {
    try {
      f();
    } catch (err) {
      this.state.log.error(`${what} failed for ${e.document.uri}: ${describeError(err)}`);
    }
  }

  private schedule(doc: TextDocument): void {
    if (!isNoteDocument(doc.uri, doc.languageId)) return;
    const key = normalizeUri(doc.uri);
    // didOpen already checked this version; onDidChangeContent fires for the open as well.
    if (this.state.index.document(key)?.version === doc.version && !this.pending.has(key)) return;
    this.cancelPending(key);
    const cancel = new CancellationTokenSource();
    const delay = this.state.settingsFor(key).debounceMs;
    const timer = setTimeout(() => {
      this.pending.delete(key);
      try {
        this.check(doc.uri, cancel);
      } catch (err) {
        this.state.log.error(`Checking ${doc.uri} failed: ${describeError(err)}`);
      }
    }, delay);
    this.pending.set(key, { timer, cancel });
  }

  private checkNow(doc: TextDocument): void {
    if (!isNoteDocument(doc.uri, doc.languageId)) return;
    const key = normalizeUri(doc.uri);
    this.cancelPending(key);
    this.check(doc.uri, new CancellationTokenSource());
  }

  private check(uri: string, cancel: CancellationTokenSource): void {
    const doc = this.state.openDocument(uri);
    if (!doc || cancel.token.isCancellationRequested) return;
    const key = normalizeUri(doc.uri);
    const analysis = this.state.index.upsert({ file: key, text: doc.getText(), kind: documentKindOf(doc.uri, doc.languageId), version: doc.version }, cancel.token);
    // A newer edit arrived while analysing: its own run publishes.
    if (!analysis || cancel.token.isCancellationRequested || this.state.openDocument(uri)?.version !== doc.version) return;
    this.state.publishNote(key);
    this.status.update();
  }

  private cancelPending(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    clearTimeout(p.timer);
    p.cancel.cancel();
    this.pending.delete(key);
  }

  private closed(doc: TextDocument): void {
    const key = normalizeUri(doc.uri);
    this.cancelPending(key);
    const p = uriToPath(key);
    if (p && this.state.isIncludedNote(p)) {
      catchPromise(this.sync.noteChanged(key, false), this.state.log, `re-reading ${key} after it was closed`);
    } else if (this.state.index.remove(key)) {
      this.state.publisher.clear(key);
      this.status.update();
    }
  }
}
