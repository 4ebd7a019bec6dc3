// One worker thread of the server: the running bundle started again with a marker in
// `workerData` (see workers.ts), and requests matched to replies by id. Whatever goes wrong
// (the thread cannot start, stops, or is stopped) a pending request resolves to undefined, so
// the caller does the work on the main thread instead; nothing here throws.

import { Worker } from 'node:worker_threads';
import { describeError } from './logger';

/** A reply carries the id of its request. */
export interface Reply {
  id: number;
}

export class WorkerThread<Request extends object, R extends Reply> {
  private nextId = 0;
  private readonly waiting = new Map<number, (reply: R | undefined) => void>();
  private stopped = false;

  private constructor(private readonly worker: Worker) {}

  /**
   * Starts `program` as the worker marked `mark`; `onLost` hears why, once, if the thread stops
   * on its own. Undefined (and `onStartError` told) when no thread can be started.
   */
  static start<Request extends object, R extends Reply>(program: string, mark: string, onLost: (why: string) => void, onStartError: (why: string) => void): WorkerThread<Request, R> | undefined {
    let worker: Worker;
    try {
      worker = new Worker(program, { workerData: { [mark]: true }, stdout: true, stderr: true });
    } catch (e) {
      onStartError(describeError(e));
      return undefined;
    }
    worker.unref();
    const thread = new WorkerThread<Request, R>(worker);
    worker.on('message', (m: R) => {
      const done = thread.waiting.get(m.id);
      if (!done) return; // Given up on meanwhile (failAll).
      thread.waiting.delete(m.id);
      done(m);
    });
    const lost = (why: string) => {
      if (thread.stopped) return;
      thread.stopped = true;
      thread.failAll();
      onLost(why);
    };
    worker.on('error', (e) => lost(describeError(e)));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return thread;
  }

  /** Requests not answered yet. */
  get pending(): number {
    return this.waiting.size;
  }

  get alive(): boolean {
    return !this.stopped;
  }

  /** Sends `message` with a fresh id; its reply, or undefined when the thread is lost first. */
  request(message: Request): Promise<R | undefined> {
    if (this.stopped) return Promise.resolve(undefined);
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Sends `message` expecting no reply. */
  post(message: object): void {
    if (!this.stopped) this.worker.postMessage(message);
  }

  /** Resolves every pending request to undefined (their replies, if they come, are ignored). */
  failAll(): void {
    const pending = [...this.waiting.values()];
    this.waiting.clear();
    for (const done of pending) done(undefined);
  }

  /** Stops the thread; pending requests resolve to undefined. */
  dispose(): void {
    this.stopped = true;
    this.failAll();
    void this.worker.terminate();
  }
}
