// A `window/workDoneProgress` report that never makes the work wait for the client: the token is
// asked for, and the work goes on at once. Until the client answers, only the newest report is
// kept; it is sent with `begin`. A client without progress support gets nothing (the library's
// null reporter), a client that refuses gets a line in the log.

import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { describeError, type Logger } from './log';

export class Progress {
  private reporter: WorkDoneProgressServerReporter | undefined;
  private latest: { percentage: number; message: string };
  private finished = false;

  constructor(connection: Connection, log: Logger, title: string, message: string) {
    this.latest = { percentage: 0, message };
    connection.window.createWorkDoneProgress().then(
      (reporter) => {
        reporter.begin(title, this.latest.percentage, this.latest.message, false);
        // Done before the client answered: the report still ends, so no token is left open.
        if (this.finished) reporter.done();
        else this.reporter = reporter;
      },
      (e: unknown) => log.warn(`No progress report: ${describeError(e)}`),
    );
  }

  report(percentage: number, message: string): void {
    this.latest = { percentage, message };
    this.reporter?.report(percentage, message);
  }

  /** Ends the report; again is harmless. */
  done(): void {
    this.finished = true;
    this.reporter?.done();
    this.reporter = undefined;
  }
}
