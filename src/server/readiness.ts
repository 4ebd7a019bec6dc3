// What a request needs loaded before it can answer: the datasets (hover, code actions, symbols,
// entity search) or the first index of the workspace as well (definition, references: the other
// language's mentions are in notes no editor has open). A request that arrives while the server
// starts waits for its need, at most STARTUP_WAIT_MS and until the client cancels it, then answers
// from what is loaded: never "nothing" because loading had not finished.

import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** How long a request waits for the start-up load; a very large workspace answers from what is loaded so far. */
export const STARTUP_WAIT_MS = 15_000;

export type Need = 'datasets' | 'index';

/** Closed until opened, then open for good. */
class Gate {
  isOpen = false;
  private release!: () => void;
  readonly opened = new Promise<void>((resolve) => (this.release = resolve));

  open(): void {
    this.isOpen = true;
    this.release();
  }
}

export class Readiness {
  private readonly gates: Record<Need, Gate> = { datasets: new Gate(), index: new Gate() };

  /** The datasets are loaded (or failed to load: nothing more is coming). */
  datasetsLoaded(): void {
    this.gates.datasets.open();
  }

  /** The first walk and index of the workspace is over; the datasets were loaded before it. */
  indexed(): void {
    this.gates.datasets.open();
    this.gates.index.open();
  }

  isReady(need: Need): boolean {
    return this.gates[need].isOpen;
  }

  /**
   * Resolves when `need` is met or after `timeoutMs`; rejects with RequestCancelled when the
   * client cancels the request meanwhile.
   */
  wait(need: Need, token?: CancellationToken, timeoutMs = STARTUP_WAIT_MS): Promise<void> {
    const gate = this.gates[need];
    if (gate.isOpen) return Promise.resolve();
    if (token?.isCancellationRequested) return Promise.reject(cancelled());
    return new Promise<void>((resolve, reject) => {
      const finish = (error?: ResponseError<void>) => {
        clearTimeout(timer);
        listener?.dispose();
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(() => finish(), timeoutMs);
      const listener = token?.onCancellationRequested(() => finish(cancelled()));
      void gate.opened.then(() => finish());
    });
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled while the datasets were loading.');
}

/** Is this the error `wait` rejects with (to be sent to the client as is, not logged as a failure)? */
export function isCancellation(e: unknown): boolean {
  return e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled;
}
