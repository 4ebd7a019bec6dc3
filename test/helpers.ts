// Shared test helpers: a service loaded with the bundled dataset (plus extra YAML), compact views
// of analyses for snapshot comparison, and joinLines for inline fixtures.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEntityService, LineIndex, type DocumentAnalysis, type EntityService, type Problem, type Range } from '../src/core';
import { execute, type Io } from '../src/cli/main';

export const ROOT = path.join(__dirname, '..');
export const BUNDLED = path.join(ROOT, 'dataset', 'canonical.entities.yaml');

/**
 * `../shared/<part>` beside the repository (the seeds, the spec, the corpora), or undefined where it
 * is absent: a user's clone has no sibling folder.
 */
export function sharedDir(part: string): string | undefined {
  const dir = path.join(ROOT, '..', 'shared', part);
  return fs.existsSync(dir) ? dir : undefined;
}

/**
 * A test that reads `../shared/<part>`: it runs where the folder exists, and elsewhere it is one
 * pending line that says what was not checked.
 */
export function itWithShared(part: string, title: string, test: (dir: string) => void): void {
  const dir = sharedDir(part);
  if (dir) it(title, () => test(dir));
  else it.skip(`${title}: skipped (../shared/${part} is absent)`);
}

export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

let bundledText: string | undefined;
export function bundledDatasetText(): string {
  return (bundledText ??= fs.readFileSync(BUNDLED, 'utf8'));
}

/** A service with the bundled dataset and, on top, any extra dataset texts. */
export function serviceWith(extra: Array<{ file: string; text: string }> = [], options: { bundled?: boolean; lang?: 'en' | 'ja' } = {}): { service: EntityService; problems: Problem[] } {
  const service = createEntityService({ lang: options.lang ?? 'en' });
  const inputs = [...(options.bundled === false ? [] : [{ file: 'canonical.entities.yaml', text: bundledDatasetText() }]), ...extra];
  const problems = service.loadDatasets(inputs);
  return { service, problems };
}

/** The parts of an analysis a fixture pins down; 1-based lines like an editor shows them. */
export function compact(a: DocumentAnalysis): unknown {
  return {
    language: a.language,
    mentions: a.mentions.map((m) => `${m.range.start.line + 1}:${m.range.start.character + 1} ${m.text} → ${m.candidates ? m.candidates.join('|') : m.entity}`),
    diagnostics: a.diagnostics.map((d) => ({
      at: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
      code: d.code,
      ...(d.entity ? { entity: d.entity, property: d.property, found: d.found, expected: d.expected, replacement: d.replacement } : {}),
    })),
  };
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `entity-lens ARGS` in this process, output captured. */
export function runCli(args: string[]): CliRun {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false };
  const code = execute(args, io);
  return { code, out, err };
}

/** A range lies inside the text, well ordered, at real positions; its offsets. */
export function assertRangeCovers(text: string, lines: LineIndex, range: Range, what: string): [number, number] {
  const s = lines.offsetAt(range.start);
  const e = lines.offsetAt(range.end);
  assert.ok(s <= e && e <= text.length, `${what}: ${JSON.stringify(range)} inside ${text.length}`);
  assert.deepEqual(lines.positionAt(s), range.start, `${what}: start ${JSON.stringify(range.start)} is a real position`);
  assert.deepEqual(lines.positionAt(e), range.end, `${what}: end ${JSON.stringify(range.end)} is a real position`);
  return [s, e];
}
