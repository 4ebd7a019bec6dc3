// What `check` found, in the shape every formatter reads.

import type { Diagnostic, Lang, Mention, Problem } from '../../core/model';

export interface FileReport {
  /** Display path: relative to the working folder, '/' separators. */
  path: string;
  language: Lang;
  mentions: Mention[];
  /** Document diagnostics, or a dataset file's problems. */
  diagnostics: Array<Diagnostic | Problem>;
}

export interface CheckReport {
  files: FileReport[];
}

export function countBySeverity(report: CheckReport): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos };
}
