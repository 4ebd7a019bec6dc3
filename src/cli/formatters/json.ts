// `--format json`: the contract in shared/spec/cli-json.md (version 1). Field order is fixed so
// the output diffs cleanly.

import type { CheckReport } from './report';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function formatJson(report: CheckReport): string {
  const doc = {
    version: 1,
    files: report.files.map((f) => ({
      path: f.path,
      language: f.language,
      mentions: f.mentions.map((m) => ({
        entity: m.entity,
        text: m.text,
        range: m.range,
        ...(m.candidates ? { candidates: m.candidates } : {}),
      })),
      diagnostics: f.diagnostics.map((d) => {
        const diag = d as Partial<import('../../core/model').Diagnostic>;
        return {
          code: d.code,
          severity: d.severity,
          ...(diag.entity !== undefined ? { entity: diag.entity } : {}),
          ...(diag.property !== undefined ? { property: diag.property } : {}),
          ...(diag.found !== undefined ? { found: diag.found } : {}),
          ...(d.expected !== undefined ? { expected: d.expected } : {}),
          ...(diag.replacement !== undefined ? { replacement: diag.replacement } : {}),
          message: d.message,
          range: d.range ?? ZERO,
          ...(diag.sources?.length ? { sources: diag.sources } : {}),
        };
      }),
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
