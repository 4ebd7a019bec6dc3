// Engine diagnostics and dataset problems as LSP diagnostics, and publishing them. Severities
// come from the `entityLens.severity.*` settings through one mapping; `ignore` drops a diagnostic.
// The structured payload (replacement, expected values, sources…) travels in `data` for code
// actions and the client.

import { DiagnosticSeverity, type Connection, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { Diagnostic, Problem, Severity } from '../core';
import type { DiagnosticLevel, EntityLensSettings } from '../core/config';
import { catchPromise, type Logger } from './log';

export const DIAGNOSTIC_SOURCE = 'Entity Lens';

const LEVEL_SEVERITY: Record<Exclude<DiagnosticLevel, 'ignore'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const CORE_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity a problem is shown with, or undefined when its category is set to `ignore`. */
export function severityOf(problem: Problem, severity: EntityLensSettings['severity']): DiagnosticSeverity | undefined {
  const level = levelFor(problem.code, severity);
  if (level === 'ignore') return undefined;
  if (level === undefined) return CORE_SEVERITY[problem.severity];
  const chosen = LEVEL_SEVERITY[level];
  // A claim about a time the dataset does not cover is information, however serious conflicts are set.
  if (problem.code === 'fact-conflict' && problem.data?.temporal !== undefined) return Math.max(chosen, CORE_SEVERITY[problem.severity]) as DiagnosticSeverity;
  // Dataset warnings stay warnings: the setting only says how serious an error is shown.
  if (problem.code.startsWith('dataset.') && problem.severity !== 'error') return Math.max(chosen, CORE_SEVERITY[problem.severity]) as DiagnosticSeverity;
  return chosen;
}

function levelFor(code: string, severity: EntityLensSettings['severity']): DiagnosticLevel | undefined {
  if (code === 'fact-conflict') return severity.factConflict;
  if (code === 'ambiguous-mention') return severity.ambiguousMention;
  if (code === 'unknown-entity-link') return severity.unknownEntityLink;
  if (code.startsWith('dataset.')) return severity.dataset;
  return undefined;
}

/** The payload code actions and the client read: everything structured the engine said. */
export interface DiagnosticData {
  entity?: string;
  property?: string;
  found?: string;
  actual?: string;
  expected?: string[];
  replacement?: string;
  sources?: Diagnostic['sources'];
  [key: string]: unknown;
}

export function toLspDiagnostic(problem: Problem | Diagnostic, settings: EntityLensSettings): LspDiagnostic | undefined {
  const severity = severityOf(problem, settings.severity);
  if (severity === undefined) return undefined;
  const d = problem as Diagnostic;
  const data: DiagnosticData = { ...(problem.data ?? {}) };
  for (const key of ['entity', 'property', 'found', 'actual', 'expected', 'replacement', 'sources'] as const) {
    if (d[key] !== undefined) data[key] = d[key] as never;
  }
  const start = { line: 0, character: 0 };
  return {
    range: problem.range ?? { start, end: start },
    severity,
    code: problem.code,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
    data,
  };
}

/**
 * Sends `textDocument/publishDiagnostics`, skipping empty lists for files that never had any:
 * a large workspace of clean notes costs no messages, yet a file that became clean is cleared.
 */
export class DiagnosticsPublisher {
  private readonly nonEmpty = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
  ) {}

  publish(uri: string, diagnostics: LspDiagnostic[], version?: number): void {
    if (diagnostics.length === 0 && !this.nonEmpty.has(uri)) return;
    if (diagnostics.length > 0) this.nonEmpty.add(uri);
    else this.nonEmpty.delete(uri);
    catchPromise(this.connection.sendDiagnostics({ uri, version, diagnostics }), this.log, `publishing diagnostics for ${uri}`);
  }

  clear(uri: string): void {
    this.publish(uri, []);
  }

  /** Files that currently show diagnostics (to clear the ones a new dataset load no longer names). */
  published(): string[] {
    return [...this.nonEmpty];
  }
}
