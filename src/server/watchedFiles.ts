// File watching through the client (`workspace/didChangeWatchedFiles`, registered dynamically so
// the patterns follow the settings): dataset files trigger a reload, notes are re-read. Several
// events from one save arrive together; dataset reloads wait a moment so they coalesce.

import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, type DidChangeWatchedFilesParams, type Disposable, type FileSystemWatcher } from 'vscode-languageserver/node';
import type { ServerState } from './state';
import type { WorkspaceSync } from './workspaceSync';
import { catchPromise, describeError } from './log';
import { fileUri, isDatasetName, normalizeUri, uriToPath } from './uris';
import { relativeTo } from './workspaceFiles';
import { resolveSettingsDatasets } from './datasets';

const RELOAD_DELAY_MS = 50;

export class WatchedFiles {
  private registration: Disposable | undefined;

  constructor(
    private readonly state: ServerState,
    private readonly sync: WorkspaceSync,
  ) {}

  private registering: Promise<void> = Promise.resolve();

  /**
   * (Re-)registers the watchers for the current settings; a client that cannot is left alone.
   * Registrations run one after the other (the server does not wait for them, so they may overlap).
   */
  register(): Promise<void> {
    this.registering = this.registering.then(() => this.registerNow());
    return this.registering;
  }

  private async registerNow(): Promise<void> {
    if (!this.state.support.watchedFilesRegistration) return;
    const previous = this.registration;
    this.registration = undefined;
    previous?.dispose();
    try {
      this.registration = await this.state.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: this.watchers() });
    } catch (e) {
      this.state.log.warn(`Could not register file watchers; changes on disk are picked up on reload only: ${describeError(e)}`);
    }
  }

  dispose(): void {
    this.registration?.dispose();
  }

  handle(params: DidChangeWatchedFilesParams): void {
    let datasetsChanged = false;
    for (const change of params.changes) {
      const uri = normalizeUri(change.uri);
      const p = uriToPath(uri);
      if (!p) continue;
      if (this.isDataset(p)) {
        datasetsChanged = true;
        if (this.isWorkspaceDatasetName(p)) {
          if (change.type === FileChangeType.Deleted) this.state.workspaceDatasets.delete(p);
          else this.state.workspaceDatasets.add(p);
        }
      } else if (this.state.isIncludedNote(p) || this.state.index.has(uri)) {
        catchPromise(this.sync.noteChanged(uri, change.type === FileChangeType.Deleted), this.state.log, `re-reading ${uri}`);
      }
    }
    if (datasetsChanged) this.sync.requestDatasetReload(RELOAD_DELAY_MS);
  }

  /** A loaded dataset, a workspace `*.entities.yaml`, or a file the settings name. */
  isDataset(p: string): boolean {
    const uri = fileUri(p);
    if (this.state.datasetFiles.some((f) => f.uri === uri)) return true;
    return this.state.trusted && (this.isWorkspaceDatasetName(p) || this.settingsDatasets().includes(p));
  }

  private isWorkspaceDatasetName(p: string): boolean {
    if (!isDatasetName(p)) return false;
    const folder = this.state.folderOf(p);
    return folder !== undefined && this.state.fileFilter(folder).isDataset(relativeTo(folder.path, p)!);
  }

  private settingsDatasets(): string[] {
    return resolveSettingsDatasets(this.state.folders.map((f) => ({ folder: f.path, datasets: this.state.settingsFor(f.uri).datasets })));
  }

  private watchers(): FileSystemWatcher[] {
    const state = this.state;
    const watchers: FileSystemWatcher[] = [{ globPattern: '**/*.entities.{yaml,yml}' }];
    const notes = new Set<string>();
    for (const folder of state.folders) {
      const settings = state.settingsFor(folder.uri);
      for (const glob of settings.files.include) notes.add(glob);
      if (!state.trusted) continue;
      for (const entry of settings.datasets) {
        watchers.push(
          state.support.relativePatterns
            ? { globPattern: { baseUri: folder.uri, pattern: entry.split(path.sep).join('/') } }
            : { globPattern: `**/${path.basename(entry)}` },
        );
      }
    }
    for (const glob of notes) watchers.push({ globPattern: glob });
    return watchers;
  }
}
