// Parsing large dataset files on a worker thread, so that the language server keeps answering
// while a 50 MB dataset loads (parsing is most of the work: about 1 s per MB, or 0.4 ms per
// entity). The worker runs the same program file (dist/server.js or dist/cli.js) with a marker in
// `workerData`; the entry points start the worker's loop instead of a server when they see it.
// Drafts and problems are plain data, so they cross the thread boundary by structured clone;
// merging and building the matchers stay on the main thread. Whatever goes wrong with the worker,
// the file is parsed on the main thread instead.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseDatasetFile, type DatasetDraft } from '../core/dataset';
import type { Problem } from '../core';
import type { Logger } from './logger';
import { describeError } from './logger';
import { WorkerThread } from './workerThread';

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

type ParseReply = { id: number; draft?: DatasetDraft; problems?: Problem[]; error?: string };

/** One worker, started on first use, ended after a while without work. */
export class DatasetParser {
  private thread: WorkerThread<{ file: string; text: string }, ParseReply> | undefined;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: Logger,
    /** The program file to run on the worker; undefined: parse on the main thread. */
    private readonly program: string | undefined = programFile(),
  ) {}

  /** The file parsed on the worker, or undefined when it must be parsed on the main thread. */
  async parse(file: string, text: string): Promise<ParsedInWorker | undefined> {
    if (text.length < WORKER_MIN_LENGTH || !this.program) return undefined;
    const thread = this.start();
    if (!thread) return undefined;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const m = await thread.request({ file, text });
    if (this.thread === thread && thread.pending === 0) this.idleTimer = setTimeout(() => this.dispose(), 30_000);
    if (!m) return undefined; // The thread stopped (said when it did).
    if (m.error || !m.draft || !m.problems) {
      this.log.warn(`Parsing a dataset on the worker thread failed; parsing it here instead: ${m.error ?? 'no result'}`);
      return undefined;
    }
    return { draft: m.draft, problems: m.problems };
  }

  dispose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.thread?.dispose();
    this.thread = undefined;
  }

  private start(): WorkerThread<{ file: string; text: string }, ParseReply> | undefined {
    if (this.thread?.alive) return this.thread;
    const thread = WorkerThread.start<{ file: string; text: string }, ParseReply>(
      this.program!,
      MARK,
      (why) => {
        if (this.thread === thread) this.thread = undefined;
        this.log.warn(`The dataset parser thread stopped (${why}); datasets are parsed on the main thread until it restarts.`);
      },
      (why) => this.log.warn(`Cannot start a dataset parser thread; parsing on the main thread: ${why}`),
    );
    this.thread = thread;
    return thread;
  }
}

/**
 * The running bundle, when it is one that knows how to be the worker (dist/server.js, or
 * dist/cli-main.js, the CLI's program that dist/cli.js runs); its file also keys the caches.
 */
export function programFile(): string | undefined {
  return /[\\/]dist[\\/](?:server|cli-main)\.js$/.test(__filename) ? __filename : undefined;
}
