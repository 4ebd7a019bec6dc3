// Logging with context, and the two guards that keep one failure from taking the server down: a
// promise is never left floating without a handler, and a failing request answers with its
// fallback (an empty result) after the error is logged with the request and document it was for.

import type { Connection } from 'vscode-languageserver/node';
import { describeError, type Logger } from '../node/logger';
import { isCancellation } from './readiness';

export { describeError, type Logger };

export function connectionLogger(connection: Connection): Logger {
  return {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
}

/** Attaches a handler that logs a rejection with `context`; the promise is never left floating. */
export function catchPromise(promise: Promise<unknown>, log: Logger, context: string): void {
  promise.catch((e: unknown) => log.error(`${context} failed: ${describeError(e)}`));
}

/**
 * Wraps a request handler: an exception (or rejection) is logged with the method and the
 * document, and the client gets `fallback` instead of an error that could stop a feature. A
 * request the client cancelled gets the RequestCancelled error LSP asks for.
 */
export function guardRequest<A extends unknown[], R>(log: Logger, method: string, fallback: R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (e) {
      if (isCancellation(e)) throw e; // The client cancelled it: the answer it expects, not a failure.
      log.error(`${method} failed${documentOf(args[0])}: ${describeError(e)}`);
      return fallback;
    }
  };
}

function documentOf(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  return typeof uri === 'string' ? ` for ${uri}` : '';
}
