// Keeps the engine in step with the workspace on disk: finds the datasets and notes, loads the
// datasets, indexes the notes (with a progress report, yielding to the event loop so requests
// are served meanwhile), and after every dataset change re-analyses what is indexed and
// re-publishes the diagnostics that changed. Work runs one task at a time, in order; a newer
// full refresh stops an older indexing run at its next yield.

import * as fs from 'node:fs';
import { MAX_INDEX_MENTIONS, type Diagnostic, type DocumentAnalysis, type Problem } from '../core';
import { datasetFiles, findBundledDataset, loadDatasetFiles, realInside, resolveSettingsDatasets } from './datasets';
import { toLspDiagnostic } from './diagnostics';
import { catchPromise, describeError } from './log';
import { t } from './localize';
import { Progress } from './progress';
import type { ServerState } from './state';
import type { StatusReporter } from './status';
import { documentKindOf, fileUri, normalizeUri, uriToPath } from './uris';
import { relativeTo, scanFolders } from './workspaceFiles';
import { documentNotUtf8, documentTooLarge, readUtf8FileSync } from '../node/textFiles';
import { DatasetParser, programFile } from '../node/datasetWorker';
import { AnalysisPool } from '../node/analysisPool';
import { AnalysisCache, analysisKey, defaultCacheDir } from './analysisCache';
import { checkSourcesOnDisk } from '../node/sourceDocuments';
import { datasetCacheDir } from '../node/datasetCache';

/** Files analysed between two yields to the event loop. */
const FILES_PER_SLICE = 8;
/** From this many notes on, an index run analyses them on worker threads (starting them costs about 0.1 s). */
const POOL_MIN_NOTES = 200;
/** Notes per batch sent to a worker, and batches in flight per worker (so none waits for the next). */
const NOTES_PER_BATCH = 16;
const BATCHES_PER_WORKER = 3;
/** A safety limit for enormous folders (a home directory opened by mistake). */
const MAX_NOTES = 20000;

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class WorkspaceSync {
  private queue: Promise<void> = Promise.resolve();
  private reloadTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** Dataset files that currently show problems, to clear them when they become clean. */
  private datasetUrisWithProblems = new Set<string>();

  /** Analyses of the last session, by note text: a restart re-parses only what changed. */
  private cache: { folders: string; cache: AnalysisCache } | undefined;

  /** Large datasets are parsed on a worker thread: requests are answered while they load. */
  private readonly parser: DatasetParser;

  constructor(
    private readonly state: ServerState,
    private readonly status: StatusReporter,
  ) {
    this.parser = new DatasetParser(state.log);
  }

  /**
   * Walks the folders, loads every dataset and indexes every note, with one progress report over
   * both (loading a large dataset takes seconds too). The first run that ends lets the requests
   * waiting for the start-up through (see readiness.ts).
   */
  refreshAll(): Promise<void> {
    const generation = ++this.generation;
    return this.enqueue('refreshing the workspace', async () => {
      if (generation !== this.generation) return; // A newer refresh is queued behind this one.
      const lang = this.state.lang;
      const progress = new Progress(this.state.connection, this.state.log, 'Entity Lens', t(lang, 'loading datasets…', 'データセットを読み込み中…'));
      try {
        this.setPhase('loading');
        const folders = this.state.folders.map((f) => {
          const s = this.state.settingsFor(f.uri);
          return { path: f.path, include: s.files.include, exclude: s.files.exclude };
        });
        const scan = await scanFolders(folders, { maxFiles: MAX_NOTES, cancelled: () => generation !== this.generation });
        if (generation !== this.generation) return; // A partial walk must not drop files from the index.
        if (scan.truncated) this.state.log.warn(`More than ${MAX_NOTES} notes in the workspace; only the first ${MAX_NOTES} are indexed.`);
        if (scan.passedBy.length > 0) {
          const shown = scan.passedBy.slice(0, 5).map((p) => JSON.stringify(p)).join(', ');
          this.state.log.info(`Not indexed, being symbolic links or not regular files (a link may lead outside the workspace; open the file to check it): ${shown}${scan.passedBy.length > 5 ? ` and ${scan.passedBy.length - 5} more` : ''}.`);
        }
        this.state.workspaceDatasets = new Set(scan.datasets);
        await this.loadDatasets();
        await this.reanalyzeIndexed();
        await this.indexNotes(scan.notes, generation, progress);
        progress.done(); // Before the status says ready: a client sees the progress end first.
        this.setPhase('idle');
      } finally {
        progress.done();
        // Also after a failure: nothing more is coming, and the waiting requests answer from what is there.
        if (generation === this.generation) this.state.ready.indexed();
      }
    });
  }

  /** Re-reads the dataset files (after a change on disk, or on request) and re-checks the notes. */
  reloadDatasets(): Promise<void> {
    return this.enqueue('reloading the datasets', async () => {
      this.setPhase('loading');
      await this.loadDatasets();
      await this.reanalyzeIndexed();
      this.setPhase('idle');
    });
  }

  /**
   * Reloads the datasets after `delayMs`; requests within the delay coalesce into one reload
   * (a save produces several file events; typing in a dataset editor, many changes).
   */
  requestDatasetReload(delayMs: number): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      catchPromise(this.reloadDatasets(), this.state.log, 'reloading the datasets after a change');
    }, delayMs);
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.parser.dispose();
  }

  /** A note changed, appeared or vanished on disk (open editors are the truth for open files). */
  noteChanged(uri: string, deleted: boolean): Promise<void> {
    return this.enqueue(`re-reading ${uri}`, async () => {
      const key = normalizeUri(uri);
      if (this.state.isOpen(key)) return;
      const p = uriToPath(key);
      if (deleted || !p || !this.state.isIncludedNote(p)) {
        // Cleared even when not indexed: a note that was not UTF-8 shows a warning outside the index.
        this.state.index.remove(key);
        this.state.publisher.clear(key);
      } else {
        this.indexFile(p);
      }
      this.status.update();
    });
  }

  /** Re-publishes every note and dataset (after a severity setting changed). */
  republishAll(): void {
    for (const file of this.state.index.files()) this.state.publishNote(file);
    this.publishDatasetProblems(this.state.datasetProblems);
  }

  /** Reads a note from disk into the index and publishes its diagnostics. */
  indexFile(filePath: string): void {
    const text = this.readNote(filePath);
    if (text !== undefined) this.storeNote(filePath, text);
  }

  /**
   * A note's text (a BOM dropped by the decoder), or undefined (and the note dropped from the
   * index) when it cannot or should not be read.
   */
  private readNote(filePath: string, scanned = false): string | undefined {
    const uri = fileUri(filePath);
    const maxBytes = this.state.maxFileBytes(this.state.settingsFor(uri));
    let text: string;
    try {
      // Synchronous: a note is small and local, and asynchronous calls per note cost more than
      // the read (most of an index run's main-thread time went to them).
      const stat = fs.statSync(filePath);
      if (stat.size > maxBytes * 4) {
        // Far over the limit: not even read (a file near the limit is read and the engine says
        // so); the user is told all the same.
        this.state.index.remove(uri);
        this.publishUnindexed(uri, documentTooLarge(uri, stat.size, maxBytes, this.state.lang));
        return undefined;
      }
      // A note that is a link to a file outside the workspace is not read. (The folder walk
      // follows no links, so what it found is inside.)
      if (!scanned && !realInside(this.state.folders.map((f) => f.path), filePath)) {
        this.state.index.remove(uri);
        this.state.publisher.clear(uri);
        return undefined;
      }
      // A named pipe, a device or a socket is refused by the reader (never read), like a file
      // that cannot be read: dropped below.
      const read = readUtf8FileSync(filePath, { binaryAsText: true, maxBytes: maxBytes * 4 });
      if (!read.ok) {
        // Not UTF-8: not checked (mojibake would be), and the warning says where.
        this.state.index.remove(uri);
        const folder = this.state.folderOf(filePath);
        const shown = (folder && relativeTo(folder.path, filePath)) ?? filePath;
        this.publishUnindexed(uri, documentNotUtf8(uri, shown, read.position, this.state.lang));
        return undefined;
      }
      text = read.text;
    } catch {
      this.state.index.remove(uri);
      this.state.publisher.clear(uri);
      return undefined;
    }
    return text;
  }

  /** A diagnostic for a note the index does not hold (unless an editor has it open: its text is checked instead). */
  private publishUnindexed(uri: string, d: Diagnostic): void {
    if (this.state.isOpen(uri)) return;
    const lsp = toLspDiagnostic(d, this.state.settingsFor(uri));
    this.state.publisher.publish(uri, lsp ? [lsp] : []);
  }

  /** Indexes a note (with its analysis, when a worker made it) and publishes its diagnostics. */
  private storeNote(filePath: string, text: string, analysis?: DocumentAnalysis): void {
    const uri = fileUri(filePath);
    if (this.state.isOpen(uri)) return; // Opened while we were reading: the editor's text wins.
    const doc = { file: uri, text, kind: documentKindOf(uri) };
    if (analysis) this.state.index.adopt(doc, analysis);
    else this.state.index.upsert(doc);
    this.state.publishNote(uri);
  }

  private enqueue(what: string, task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch((e: unknown) => {
      this.state.log.error(`${what} failed: ${describeError(e)}`);
      this.setPhase('idle');
    });
    return run;
  }

  private setPhase(phase: ServerState['phase']): void {
    this.state.phase = phase;
    this.status.update();
  }

  private async loadDatasets(): Promise<void> {
    const state = this.state;
    const global = state.settings.global;
    const bundled = global.useBundledDataset ? findBundledDataset(state.initOptions.bundledDataset) : undefined;
    if (global.useBundledDataset && !bundled) state.log.warn('The bundled dataset (dataset/canonical.entities.yaml) was not found next to the server.');
    const settingsFiles = state.trusted
      ? resolveSettingsDatasets(
          state.folders.map((f) => ({ folder: f.path, datasets: state.settingsFor(f.uri).datasets })),
          state.log,
        )
      : [];
    const files = datasetFiles({ bundled, workspace: [...state.workspaceDatasets], settings: settingsFiles, trusted: state.trusted });
    // An open dataset editor's unsaved text counts: its problems show while typing.
    const result = await loadDatasetFiles(state.service, files, state.log, {
      openText: (uri) => state.openDocument(uri)?.getText(),
      lang: state.lang,
      roots: state.folders.map((f) => f.path),
      parser: this.parser,
      // Only a build keeps compiled datasets: its program file is part of their key.
      cacheDir: programFile() ? datasetCacheDir({ cacheDir: defaultCacheDir(state.initOptions.cacheDir), built: true }) : undefined,
    });
    state.datasetFiles = result.files;
    state.datasetInputs = result.inputs;
    // Provenance of the workspace's datasets (the bundled one cites web pages): missing quotes
    // and documents are dataset problems; the quotes found become links in hovers.
    const own = new Set(result.files.filter((f) => f.origin !== 'bundled').map((f) => f.uri));
    const sources = own.size > 0 ? checkSourcesOnDisk(state.service.dataset, own, state.folders.map((f) => f.path), state.lang) : undefined;
    state.sourceQuotes = sources?.quotes ?? new Map();
    state.datasetProblems = sources ? [...result.problems, ...sources.problems] : result.problems;
    state.ready.datasetsLoaded();
    this.publishDatasetProblems(state.datasetProblems);
    const how = result.fromCache ? ' (compiled state restored from the cache)' : '';
    state.log.info(`Loaded ${state.service.dataset.entities.size} entities from ${result.files.length} dataset file(s)${how}; ${result.problems.length} problem(s).`);
  }

  /** Dataset problems go on their dataset files; a file that became clean is cleared. */
  private publishDatasetProblems(problems: readonly Problem[]): void {
    const byUri = new Map<string, Problem[]>();
    for (const p of problems) {
      if (!p.file) {
        this.state.log.warn(`Dataset problem: ${p.message} (${p.code})`);
        continue;
      }
      const list = byUri.get(p.file) ?? [];
      list.push(p);
      byUri.set(p.file, list);
    }
    for (const [uri, list] of byUri) this.state.publisher.publish(uri, list.flatMap((p) => toLspDiagnostic(p, this.state.settingsFor(uri)) ?? []));
    for (const uri of this.datasetUrisWithProblems) if (!byUri.has(uri)) this.state.publisher.clear(uri);
    this.datasetUrisWithProblems = new Set(byUri.keys());
  }

  /** Re-checks every indexed note against the current dataset; publishes those that changed. */
  private async reanalyzeIndexed(): Promise<void> {
    let k = 0;
    for (const file of this.state.index.files()) {
      if (this.state.isOpen(file)) {
        this.state.analysisOf(file);
        this.state.publishNote(file);
      } else if (this.state.index.reanalyze(file)) {
        this.state.publishNote(file);
      }
      if (++k % (FILES_PER_SLICE * 4) === 0) await yieldToEventLoop();
    }
    this.status.update();
  }

  private async indexNotes(paths: string[], generation: number, progress: Progress): Promise<void> {
    const state = this.state;
    this.setPhase('indexing');
    const wanted = new Set(paths.map(fileUri));
    for (const file of state.index.files()) {
      if (!wanted.has(file) && !state.isOpen(file) && state.index.remove(file)) state.publisher.clear(file);
    }
    progress.report(0, this.indexedMessage(0, paths.length));
    const cache = this.cacheFor();
    const key = analysisKey(state.datasetInputs, state.recognition, programFile());
    cache.load(key);
    const fromCache = { hits: 0 };
    const cached = (p: string, text: string): DocumentAnalysis | undefined => {
      const a = cache.get(fileUri(p), text);
      if (a) fromCache.hits++;
      return a;
    };
    const pool = paths.length - cache.size >= POOL_MIN_NOTES && state.settings.global.indexInParallel ? this.startPool() : undefined;
    try {
      const started = performance.now();
      if (pool) await this.indexOnPool(paths, generation, pool, progress, cached);
      else await this.indexHere(paths, generation, progress, cached);
      if (generation === this.generation) {
        const where = pool ? `${pool.size} worker threads` : 'the main thread';
        state.log.info(`Indexed ${paths.length} notes (${fromCache.hits} unchanged since the last session) on ${where} in ${Math.round(performance.now() - started)} ms.`);
        const leftOut = state.index.stats().mentionsLeftOut;
        if (leftOut > 0) state.log.warn(`The index holds its budget of ${MAX_INDEX_MENTIONS} mentions; ${leftOut} more were left out (references and cards count only those kept).`);
        // Written after the run, as a task of its own: the user does not wait for it.
        if (fromCache.hits !== paths.length || cache.size !== paths.length) {
          catchPromise(this.enqueue('saving the index cache', async () => this.saveCache(cache, key)), state.log, 'saving the index cache');
        }
      }
    } finally {
      pool?.dispose();
    }
  }

  /** The cache of the current workspace folders. */
  private cacheFor(): AnalysisCache {
    const folders = this.state.folders.map((f) => f.path).join('\n');
    if (this.cache?.folders !== folders) this.cache = { folders, cache: AnalysisCache.forWorkspace(defaultCacheDir(this.state.initOptions.cacheDir), this.state.folders.map((f) => f.path), this.state.log) };
    return this.cache.cache;
  }

  /** Writes the analyses of the indexed notes that no editor holds (an editor's text is not on disk). */
  private saveCache(cache: AnalysisCache, key: string): void {
    const index = this.state.index;
    const notes = index.files().flatMap((uri) => {
      const doc = index.document(uri);
      const analysis = index.get(uri);
      return doc && analysis && !this.state.isOpen(uri) ? [{ uri, text: doc.text, analysis }] : [];
    });
    cache.save(key, notes);
  }

  /** Worker threads loaded with the datasets the service has, or undefined when there are none to be had. */
  private startPool(): AnalysisPool | undefined {
    const pool = new AnalysisPool(this.state.log);
    // The options the service was created with (none) and configured with: the same analyses.
    if (pool.load(this.state.datasetInputs, { ...this.state.recognition }, this.state.service.exportCompiled())) return pool;
    pool.dispose();
    return undefined;
  }

  /** Reads and analyses the notes on this thread, a slice at a time. */
  private async indexHere(paths: string[], generation: number, progress: Progress, cached: Cached): Promise<void> {
    // Files are read and analysed a slice at a time; the event loop gets a turn between slices.
    for (let k = 0; k < paths.length; k += FILES_PER_SLICE) {
      if (generation !== this.generation) return;
      for (const p of paths.slice(k, k + FILES_PER_SLICE)) {
        const text = this.readNote(p, true);
        if (text !== undefined) this.storeNote(p, text, cached(p, text));
      }
      this.reportIndexed(progress, Math.min(paths.length, k + FILES_PER_SLICE), paths.length);
      await yieldToEventLoop();
    }
  }

  /**
   * Reads the notes here and has the workers analyse them, several batches in flight per worker;
   * a batch a worker could not analyse is analysed here.
   */
  private async indexOnPool(paths: string[], generation: number, pool: AnalysisPool, progress: Progress, cached: Cached): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    let done = 0;
    const finish = (batch: Array<{ path: string; text: string }>, results: Array<DocumentAnalysis | null> | undefined) => {
      if (generation !== this.generation) return;
      batch.forEach((note, i) => this.storeNote(note.path, note.text, results?.[i] ?? undefined));
      done += batch.length;
      this.reportIndexed(progress, done, paths.length);
    };
    for (let k = 0; k < paths.length; k += NOTES_PER_BATCH) {
      if (generation !== this.generation) break;
      const slice = paths.slice(k, k + NOTES_PER_BATCH);
      const batch: Array<{ path: string; text: string }> = [];
      for (const p of slice) {
        const text = this.readNote(p, true);
        if (text === undefined) continue;
        const analysis = cached(p, text);
        if (analysis) this.storeNote(p, text, analysis);
        else batch.push({ path: p, text });
      }
      // Notes not read (too large, not UTF-8, gone) and notes unchanged since the last session are done.
      done += slice.length - batch.length;
      if (batch.length === 0) {
        this.reportIndexed(progress, done, paths.length);
        await yieldToEventLoop();
        continue;
      }
      const running: Promise<void> = pool
        .analyze(
          batch.map((n) => {
            const file = fileUri(n.path);
            return { file, text: n.text, kind: documentKindOf(file) };
          }),
        )
        .then((results) => finish(batch, results))
        .finally(() => inFlight.delete(running));
      inFlight.add(running);
      while (inFlight.size >= pool.size * BATCHES_PER_WORKER) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  private reportIndexed(progress: Progress, done: number, total: number): void {
    progress.report(Math.round((done / total) * 100), this.indexedMessage(done, total));
    this.status.update();
  }

  private indexedMessage(done: number, total: number): string {
    return t(this.state.lang, `indexing notes ${done}/${total}`, `ノートを索引中 ${done}/${total}`);
  }
}

/** The analysis of a note kept from the last session, if its text has not changed. */
type Cached = (path: string, text: string) => DocumentAnalysis | undefined;
