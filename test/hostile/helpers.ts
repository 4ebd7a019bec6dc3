// Shared by the hostile-input tests: the CLI in-process with a captured Io, a language server on
// a workspace written for the test, and the checks every result must pass (ranges that slice the
// document to exactly the text they claim).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { assertRangeCovers, runCli } from '../helpers';
import { LineIndex, type Range } from '../../src/core';
import { TestClient, type ClientOptions, type Fixture } from '../server/harness';

export { runCli, type CliRun } from '../helpers';

export interface JsonReport {
  version: number;
  files: Array<{
    path: string;
    mentions: Array<{ entity: string; text: string; range: Range; candidates?: string[] }>;
    diagnostics: Array<{ code: string; severity: string; message: string; range: Range; found?: string; data?: Record<string, unknown> }>;
  }>;
}

/** `check --format json`, parsed; `cwd` makes the reported paths relative to it. */
export function checkJson(args: string[], cwd: string): { code: number; report: JsonReport; err: string } {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const r = runCli(['check', ...args, '--format', 'json']);
    return { code: r.code, report: JSON.parse(r.out) as JsonReport, err: r.err };
  } finally {
    process.chdir(before);
  }
}

export function fileOf(report: JsonReport, name: string): JsonReport['files'][number] {
  const f = report.files.find((x) => x.path === name || x.path.endsWith('/' + name));
  assert.ok(f, `${name} is in the report: ${report.files.map((x) => x.path).join(', ')}`);
  return f;
}

/** A fresh folder under the system's temporary folder; `files` written into it (text as UTF-8, buffers as bytes). */
export function workspace(prefix: string, files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `entity-lens-${prefix}-`));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

/** The harness's Fixture for a workspace written by `workspace()` (dispose() removes it). */
export function fixtureOf(root: string, note: string): Fixture {
  const full = path.join(root, note);
  return { root, en: full, ja: full, txt: full, dataset: full, uri: (f: string) => URI.file(f).toString() };
}

/** Starts a server on `root` and waits until it has indexed the workspace. */
export async function startServer(root: string, note: string, options?: ClientOptions, timeout = 20000): Promise<TestClient> {
  const client = await TestClient.start(fixtureOf(root, note), options);
  await client.ready(timeout);
  return client;
}

/** The text a range covers. */
export function slice(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Every range lies inside the text and is well ordered. */
export function assertRangesInside(text: string, ranges: Range[], what: string): void {
  const lines = new LineIndex(text);
  for (const r of ranges) assertRangeCovers(text, lines, r, what);
}

/** Diagnostics as `code@line:character` for compact comparison. */
export function brief(ds: Array<{ code?: string | number; range: Range }>): string[] {
  return ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();
}

export function uriOf(file: string): string {
  return URI.file(file).toString();
}

/** Waits for the latest published diagnostics of a file to satisfy `accept`. */
export function published(c: TestClient, file: string, accept: (d: LspDiagnostic[]) => boolean, timeout = 20000): Promise<LspDiagnostic[]> {
  return c.diagnosticsFor(file, accept, timeout);
}

/** Milliseconds since `t0`, for the log lines the README's figures are checked against. */
export function since(t0: number): string {
  return `${Math.round(performance.now() - t0)} ms`;
}

export const SHIFT_JIS_HARBOR = Uint8Array.from([147, 157, 141, 135, 141, 96, 152, 112, 149, 148, 145, 224]); // 統合港湾部隊
