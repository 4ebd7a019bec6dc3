// Analysing many notes on worker threads, so that the initial index of a large workspace uses
// every core (the Markdown parse alone reads about 1.25 MB/s on one core). Each worker runs the
// same program file (dist/server.js or dist/cli.js, see workers.ts) and holds its own engine,
// loaded with the very dataset inputs the main thread loaded (drafts included), so that its
// analyses are the ones the main thread would have made; they come back as plain data by
// structured clone. A result from an older dataset generation is dropped; whatever goes wrong
// with a worker, the main thread analyses the notes itself.

import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createEntityService, type DocumentAnalysis, type EntityService, type EntityServiceOptions, type TextDocument } from '../core';
import type { DatasetSource } from '../core/dataset';
import type { CompiledDataset } from '../core/compiled';
import type { Logger } from './logger';
import { WorkerThread } from './workerThread';
import { programFile } from './datasetWorker';

const MARK = 'entityLensAnalysisWorker';

/** Is this thread an analysis worker (and not a server)? */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | undefined)?.[MARK] === true;
}

type ToWorker =
  | { type: 'load'; generation: number; options: EntityServiceOptions; inputs: DatasetSource[]; compiled?: CompiledDataset }
  | { type: 'analyze'; id: number; generation: number; docs: TextDocument[] };

type FromWorker = { id: number; results?: Array<DocumentAnalysis | null>; error?: string };

/** The worker's loop: a dataset load, then batches of notes to analyse against it. */
export function runAnalysisWorker(): void {
  let service: EntityService | undefined;
  let generation = -1;
  parentPort?.on('message', (m: ToWorker) => {
    if (m.type === 'load') {
      try {
        service = createEntityService(m.options);
        // The main thread's compiled state, when it sent one, spares each worker the YAML parse
        // and the matcher build; the inputs are the way back when it does not restore.
        if (!m.compiled || service.importCompiled(m.compiled) === undefined) service.loadDatasets(m.inputs);
        generation = m.generation;
      } catch {
        service = undefined;
      }
      return;
    }
    if (!service || m.generation !== generation) {
      parentPort!.postMessage({ id: m.id, error: 'the dataset is not loaded' } satisfies FromWorker);
      return;
    }
    const results = m.docs.map((doc) => {
      try {
        return service!.analyze(doc) ?? null;
      } catch {
        return null;
      } finally {
        // The main thread keeps the analyses; the worker's cache would only grow.
        service!.forget(doc.file);
      }
    });
    parentPort!.postMessage({ id: m.id, results } satisfies FromWorker);
  });
}

type AnalyzeRequest = Omit<Extract<ToWorker, { type: 'analyze' }>, 'id'>;
type AnalysisThread = WorkerThread<AnalyzeRequest, FromWorker>;

/** Worker threads for a large index run: started by `load`, ended by `dispose`. */
export class AnalysisPool {
  private threads: AnalysisThread[] = [];
  private generation = 0;

  constructor(
    private readonly log: Logger,
    readonly size: number = defaultPoolSize(),
    private readonly program: string | undefined = programFile(),
  ) {}

  /** Can notes be analysed off the main thread here (a bundle that can be a worker, and cores for it)? */
  get available(): boolean {
    return this.size > 0 && this.program !== undefined;
  }

  /**
   * Starts the workers (if need be) and loads them with these datasets (or the state `compiled`
   * from them, which is quicker to restore); earlier work is dropped.
   */
  load(inputs: readonly DatasetSource[], options: EntityServiceOptions, compiled?: CompiledDataset): boolean {
    if (!this.available) return false;
    this.generation++;
    for (const t of this.threads) t.failAll();
    while (this.threads.length < this.size) {
      const t = this.start();
      if (!t) break;
      this.threads.push(t);
    }
    // With the compiled state, the inputs are only a way back: their texts suffice, not the
    // parsed drafts of large files (a copy of each would be cloned to every worker for nothing).
    const sent = compiled ? inputs.map(({ file, text }) => ({ file, text })) : [...inputs];
    const message: ToWorker = { type: 'load', generation: this.generation, options, inputs: sent, compiled };
    for (const t of this.threads) t.post(message);
    return this.threads.length > 0;
  }

  /**
   * Analyses `docs` on the least busy worker: one result per document (null where the worker
   * could not analyse it), or undefined when no worker could (the caller analyses them itself).
   */
  async analyze(docs: TextDocument[]): Promise<Array<DocumentAnalysis | null> | undefined> {
    const thread = this.threads.reduce<AnalysisThread | undefined>((best, t) => (!best || t.pending < best.pending ? t : best), undefined);
    if (!thread) return undefined;
    const m = await thread.request({ type: 'analyze', generation: this.generation, docs });
    if (!m) return undefined; // Given up on (a new load, the thread stopped, or the pool disposed).
    if (m.error || !m.results) {
      this.log.warn(`Analysing notes on a worker thread failed; analysing them here instead: ${m.error ?? 'no result'}`);
      return undefined;
    }
    return m.results;
  }

  dispose(): void {
    const threads = this.threads;
    this.threads = [];
    for (const t of threads) t.dispose();
  }

  private start(): AnalysisThread | undefined {
    const thread = WorkerThread.start<AnalyzeRequest, FromWorker>(
      this.program!,
      MARK,
      (why) => {
        this.threads = this.threads.filter((t) => t !== thread);
        this.log.warn(`An analysis thread stopped (${why}); its notes are analysed on the main thread.`);
      },
      (why) => this.log.warn(`Cannot start an analysis thread; notes are analysed on the main thread: ${why}`),
    );
    return thread;
  }
}

/** One worker per core, at most four (each holds a copy of the datasets). */
function defaultPoolSize(): number {
  return Math.max(0, Math.min(4, availableParallelism()));
}
