// `--format sarif`: SARIF 2.1.0 for code-scanning tools. Rule ids are the diagnostic codes;
// columns are UTF-16 code units, 1-based, as `columnKind` declares; fingerprints hash what a
// finding is about (file, code, entity, property, value, line text), not where it sits, so a
// finding keeps its identity when lines move.

import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../core/model';
import type { CheckReport } from './report';

interface RuleInfo {
  name: string;
  text: string;
  level: 'error' | 'warning' | 'note';
}

const RULES: Record<string, RuleInfo> = {
  'fact-conflict': { name: 'FactConflict', text: 'A sentence states a value that conflicts with the dataset.', level: 'warning' },
  'ambiguous-mention': { name: 'AmbiguousMention', text: 'A name matches several entities of the dataset.', level: 'note' },
  'unknown-entity-link': { name: 'UnknownEntityLink', text: 'An entity: link names an id that the dataset does not have.', level: 'warning' },
  'document-too-large': { name: 'DocumentTooLarge', text: 'A document over the size limit was not checked.', level: 'note' },
  'document-binary': { name: 'DocumentBinary', text: 'A binary file was not checked.', level: 'note' },
  'document-unreadable': { name: 'DocumentUnreadable', text: 'A document could not be read and was not checked.', level: 'error' },
  'mentions-left-out': { name: 'MentionsLeftOut', text: 'A document with more mentions than the budget was read up to that point only.', level: 'note' },
  'diagnostics-left-out': { name: 'DiagnosticsLeftOut', text: 'A document with more problems than the budget: the rest were left out.', level: 'note' },
};

function ruleFor(code: string): RuleInfo {
  return RULES[code] ?? { name: code.replace(/(^|[.-])(\w)/g, (_, __, ch: string) => ch.toUpperCase()), text: `Dataset problem: ${code}.`, level: 'error' };
}

function level(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export function formatSarif(report: CheckReport, toolVersion: string, lineText: (path: string, line: number) => string): string {
  const codes = [...new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.code)))].sort();
  const rules = codes.map((id) => {
    const r = ruleFor(id);
    return { id, name: r.name, shortDescription: { text: r.text }, defaultConfiguration: { level: r.level } };
  });
  const results = report.files.flatMap((f) =>
    f.diagnostics.map((d) => {
      const diag = d as Partial<Diagnostic>;
      const range = d.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const region = {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      };
      const artifactLocation = { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' };
      const identity = [f.path, d.code, diag.entity ?? '', diag.property ?? '', diag.found ?? d.actual ?? '', lineText(f.path, range.start.line).trim()].join('\u0000');
      return {
        ruleId: d.code,
        ruleIndex: codes.indexOf(d.code),
        level: level(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        partialFingerprints: { 'entityLens/v1': createHash('sha256').update(identity).digest('hex').slice(0, 32) },
        ...(diag.replacement !== undefined
          ? {
              fixes: [
                {
                  description: { text: `Replace with ${diag.replacement}` },
                  artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: diag.replacement } }] }],
                },
              ],
            }
          : {}),
        ...(diag.entity !== undefined ? { properties: { entity: diag.entity, property: diag.property, found: diag.found, expected: d.expected } } : {}),
      };
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'entity-lens', version: toolVersion, semanticVersion: toolVersion, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file://' + encodeURI(process.cwd().split('\\').join('/').replace(/\/?$/, '/')) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
