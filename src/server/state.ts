// What every feature of the server shares: the engine and its workspace index, the open
// documents, the settings, the workspace folders and the loaded datasets. Features read it; the
// workspace sync and the document checker change it.

import type { Connection, Position } from 'vscode-languageserver/node';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEntityService, LineIndex, WorkspaceIndex, type DocumentAnalysis, type EntityService, type Problem, type RecognitionOptions } from '../core';
import type { DatasetSource } from '../core/dataset';
import { defaultSettings, type EntityLensSettings } from '../core/config';
import type { InitializationOptions } from './protocol';
import type { DatasetFile } from './datasets';
import { DiagnosticsPublisher, toLspDiagnostic } from './diagnostics';
import type { Logger } from './log';
import { defaultResolvedSettings, type ResolvedSettings } from './settings';
import { documentKindOf, isNoteDocument, normalizeUri, uriToPath } from './uris';
import { FileFilter, relativeTo } from './workspaceFiles';
import { uiLang, type UiLang } from './localize';
import { readUtf8FileSync } from '../node/textFiles';
import type { QuoteLocation } from '../node/sourceDocuments';
import { Readiness } from './readiness';
import { DatasetDocuments } from './datasetPositions';
import { PropertyUse } from './propertyCardMarkdown';

const DEFAULT_MAX_FILE_SIZE_KB = defaultSettings().maxFileSizeKB;

export interface WorkspaceFolderInfo {
  uri: string;
  /** File-system path; folders on other schemes are not walked. */
  path: string;
}

/** What the client can do, as far as the server cares. */
export interface ClientSupport {
  configuration: boolean;
  /** The client sends `workspace/didChangeConfiguration` once the server registers for it. */
  configurationChangeRegistration: boolean;
  watchedFilesRegistration: boolean;
  relativePatterns: boolean;
  workspaceFolderChanges: boolean;
}

/** A position in a note resolved against its current analysis. */
export interface LocatedPosition {
  uri: string;
  analysis: DocumentAnalysis;
  offset: number;
  text: string;
}

export type Phase = 'loading' | 'indexing' | 'idle';

/** `folderOf` remembers at most this many answers (one per note, in a large workspace). */
const FOLDER_MEMO_LIMIT = 100_000;

export class ServerState {
  readonly service: EntityService = createEntityService();
  readonly index: WorkspaceIndex = new WorkspaceIndex(this.service);
  readonly documents = new TextDocuments(TextDocument);
  readonly publisher: DiagnosticsPublisher;

  settings: ResolvedSettings = defaultResolvedSettings();
  private folderList: WorkspaceFolderInfo[] = [];
  /** `folderOf` answers, per URI or path, until the folders change: asked for every note, often. */
  private readonly folderMemo = new Map<string, WorkspaceFolderInfo | undefined>();
  support: ClientSupport = { configuration: false, configurationChangeRegistration: false, watchedFilesRegistration: false, relativePatterns: false, workspaceFolderChanges: false };
  initOptions: InitializationOptions = { trusted: true };
  lang: UiLang = 'en';

  /** Datasets in merge order, as last loaded. */
  datasetFiles: DatasetFile[] = [];
  /** Where the quotes of the loaded datasets' file sources stand (by `quoteKey`), from the last provenance check. */
  sourceQuotes = new Map<string, QuoteLocation>();
  datasetProblems: readonly Problem[] = [];
  /** The dataset texts (and drafts) the service loaded last, in order: analysis threads load the same. */
  datasetInputs: readonly DatasetSource[] = [];
  /** The recognition options the service runs with (from the settings). */
  recognition: RecognitionOptions = {};
  /** Workspace `*.entities.yaml` files, from the last walk and file events since. */
  workspaceDatasets = new Set<string>();
  phase: Phase = 'loading';
  /** What the start-up has loaded so far: requests wait for what they need. */
  readonly ready = new Readiness();
  /** Dataset files parsed for positions (hover and definition inside them). */
  readonly datasetDocuments = new DatasetDocuments();
  /** How many entities have a fact per property, for property hovers. */
  readonly propertyUse = new PropertyUse();
  /** Compiled globs per settings object; a settings change brings new objects, so no stale entries. */
  private readonly filters = new WeakMap<EntityLensSettings, FileFilter>();

  constructor(
    readonly connection: Connection,
    readonly log: Logger,
  ) {
    this.publisher = new DiagnosticsPublisher(connection, log);
  }

  get trusted(): boolean {
    return this.initOptions.trusted !== false;
  }

  applyInitOptions(options: Partial<InitializationOptions> | undefined): void {
    this.initOptions = { ...options, trusted: options?.trusted !== false };
    this.lang = uiLang(options?.locale);
  }

  /**
   * The size limit in bytes for `settings`. Untrusted, never above the default: a client other
   * than VS Code (which drops a workspace's value itself, `restrictedConfigurations`) cannot say
   * where a value came from.
   */
  maxFileBytes(settings: EntityLensSettings): number {
    const kb = this.trusted ? settings.maxFileSizeKB : Math.min(settings.maxFileSizeKB, DEFAULT_MAX_FILE_SIZE_KB);
    return kb * 1024;
  }

  /** The settings that govern a file: its workspace folder's, else the window's. */
  settingsFor(uriOrPath: string): EntityLensSettings {
    const folder = this.folderOf(uriOrPath);
    return (folder && this.settings.byFolder.get(folder.uri)) ?? this.settings.global;
  }

  get folders(): WorkspaceFolderInfo[] {
    return this.folderList;
  }

  set folders(folders: WorkspaceFolderInfo[]) {
    this.folderList = folders;
    this.folderMemo.clear();
  }

  folderOf(uriOrPath: string): WorkspaceFolderInfo | undefined {
    if (this.folderMemo.has(uriOrPath)) return this.folderMemo.get(uriOrPath);
    const p = uriOrPath.includes('://') ? uriToPath(uriOrPath) : uriOrPath;
    const folder = p ? this.folderList.find((f) => f.path === p || relativeTo(f.path, p) !== undefined) : undefined;
    if (this.folderMemo.size >= FOLDER_MEMO_LIMIT) this.folderMemo.clear();
    this.folderMemo.set(uriOrPath, folder);
    return folder;
  }

  /** The include/exclude globs of a folder, compiled once per settings load. */
  fileFilter(folder: WorkspaceFolderInfo): FileFilter {
    const settings = this.settingsFor(folder.uri);
    let filter = this.filters.get(settings);
    if (!filter) this.filters.set(settings, (filter = new FileFilter(settings.files.include, settings.files.exclude)));
    return filter;
  }

  /** Is this file one of the notes the workspace index should hold (by the include/exclude globs)? */
  isIncludedNote(filePath: string): boolean {
    const folder = this.folderOf(filePath);
    return folder !== undefined && this.fileFilter(folder).isNote(relativeTo(folder.path, filePath)!);
  }

  openDocument(uri: string): TextDocument | undefined {
    const direct = this.documents.get(uri);
    if (direct) return direct;
    const key = normalizeUri(uri);
    return this.documents.all().find((d) => normalizeUri(d.uri) === key);
  }

  isOpen(uri: string): boolean {
    return this.openDocument(uri) !== undefined;
  }

  /**
   * The current analysis of a note: an open editor's text (analysed now if it changed; the
   * engine caches by version), else the indexed file's. Undefined for anything else.
   */
  analysisOf(uri: string): DocumentAnalysis | undefined {
    const doc = this.openDocument(uri);
    if (doc) {
      if (!isNoteDocument(doc.uri, doc.languageId)) return undefined;
      return this.index.upsert({ file: normalizeUri(doc.uri), text: doc.getText(), kind: documentKindOf(doc.uri, doc.languageId), version: doc.version });
    }
    return this.index.get(normalizeUri(uri));
  }

  /** The text of a document: open editor first, then the index, then the disk. */
  textOf(uri: string): string | undefined {
    const doc = this.openDocument(uri);
    if (doc) return doc.getText();
    const indexed = this.index.document(normalizeUri(uri));
    if (indexed) return indexed.text;
    const p = uriToPath(uri);
    if (!p) return undefined;
    try {
      // Never a lenient decoding: edits computed against mojibake would damage the file.
      const read = readUtf8FileSync(p);
      return read.ok ? read.text : undefined;
    } catch {
      return undefined;
    }
  }

  /** Resolves a request's position in a note to an offset into the analysed text. */
  locate(uri: string, position: Position): LocatedPosition | undefined {
    const analysis = this.analysisOf(uri);
    if (!analysis) return undefined;
    const text = this.openDocument(uri)?.getText() ?? this.index.document(analysis.file)?.text;
    if (text === undefined) return undefined;
    return { uri: analysis.file, analysis, offset: new LineIndex(text).offsetAt(position), text };
  }

  /** Publishes a note's diagnostics from its current analysis. */
  publishNote(uri: string): void {
    const key = normalizeUri(uri);
    const analysis = this.index.get(key);
    if (!analysis) {
      this.publisher.clear(key);
      return;
    }
    const settings = this.settingsFor(key);
    const diagnostics = analysis.diagnostics.flatMap((d) => toLspDiagnostic(d, settings) ?? []);
    this.publisher.publish(key, diagnostics, this.openDocument(key)?.version);
  }
}
