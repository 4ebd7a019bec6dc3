// Parsing large dataset files on a worker thread, so that the language server keeps answering
// while a 50 MB dataset loads (parsing is most of the work: about 1 s per MB, or 0.4 ms per
// entity). The worker runs the same program file (dist/server.js or dist/cli.js) with a marker in
// `workerData`; the entry points start the worker's loop instead of a server when they see it.
// Drafts and problems are plain data, so they cross the thread boundary by structured clone;
// merging and building the matchers stay on the main thread. Whatever goes wrong with the worker,
// the file is parsed on the main thread instead.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseDatasetFile, type DatasetDraft } from '../core/dataset';
import type { Problem } from '../core';
import type { Logger } from './log';
import { describeError } from './log';

const MARK = 'entityLensDatasetParser';
/** Files at least this long (UTF-16 code units) are parsed on the worker. */
export const WORKER_MIN_LENGTH = 256 * 1024;

export interface ParsedInWorker {
  draft: DatasetDraft;
  problems: Problem[];
}

/** Is this thread the dataset parser (and not a server)? */
export function isDatasetWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | undefined)?.[MARK] === true;
}

/** The worker's loop: one message in (file, text), one out (draft, problems). */
export function runDatasetWorker(): void {
  parentPort?.on('message', (m: { id: number; file: string; text: string }) => {
    try {
      const parsed = parseDatasetFile(m.file, m.text);
      parentPort!.postMessage({ id: m.id, draft: parsed.draft, problems: parsed.problems });
    } catch (e) {
      parentPort!.postMessage({ id: m.id, error: describeError(e) });
    }
  });
}

/** One worker, started on first use, ended after a while without work. */
export class DatasetParser {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (p: ParsedInWorker | undefined) => void }>();
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: Logger,
    /** The program file to run on the worker; undefined: parse on the main thread. */
    private readonly program: string | undefined = programFile(),
  ) {}

  /** The file parsed on the worker, or undefined when it must be parsed on the main thread. */
  parse(file: string, text: string): Promise<ParsedInWorker | undefined> {
    if (text.length < WORKER_MIN_LENGTH || !this.program) return Promise.resolve(undefined);
    const worker = this.start();
    if (!worker) return Promise.resolve(undefined);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve });
      worker.postMessage({ id, file, text });
    });
  }

  dispose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const w = this.worker;
    this.worker = undefined;
    this.failAll();
    if (w) void w.terminate();
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.program!, { workerData: { [MARK]: true }, stdout: true, stderr: true });
      worker.unref();
      worker.on('message', (m: { id: number; draft?: DatasetDraft; problems?: Problem[]; error?: string }) => {
        const w = this.waiting.get(m.id);
        if (!w) return;
        this.waiting.delete(m.id);
        if (m.error || !m.draft || !m.problems) {
          this.log.warn(`Parsing a dataset on the worker thread failed; parsing it here instead: ${m.error ?? 'no result'}`);
          w.resolve(undefined);
        } else w.resolve({ draft: m.draft, problems: m.problems });
        if (this.waiting.size === 0) this.idleTimer = setTimeout(() => this.dispose(), 30_000);
      });
      const lost = (why: string) => {
        if (this.worker !== worker) return;
        this.log.warn(`The dataset parser thread stopped (${why}); datasets are parsed on the main thread until it restarts.`);
        this.worker = undefined;
        this.failAll();
      };
      worker.on('error', (e) => lost(describeError(e)));
      worker.on('exit', (code) => lost(`exit code ${code}`));
      this.worker = worker;
      return worker;
    } catch (e) {
      this.log.warn(`Cannot start a dataset parser thread; parsing on the main thread: ${describeError(e)}`);
      return undefined;
    }
  }

  private failAll(): void {
    for (const w of this.waiting.values()) w.resolve(undefined);
    this.waiting.clear();
  }
}

/** The running program, when it is a bundle that knows how to be the worker (dist/*.js). */
export function programFile(): string | undefined {
  const main = require.main?.filename;
  return main && /[\\/]dist[\\/](?:server|cli)\.js$/.test(main) ? main : undefined;
}
