// The log a Node host writes to (the language server's connection, the CLI's stderr), and the one
// way an unknown thrown value becomes text. Kept apart from the LSP's logging so that the CLI and
// the workers need no transport.

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function describeError(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
