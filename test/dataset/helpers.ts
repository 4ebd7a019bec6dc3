import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../src/core/model';

export const FIXTURES = join(__dirname, 'fixtures');
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** The first ```yaml block of a markdown file, or undefined when the file is absent. */
export function yamlBlock(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  return /```yaml\n([\s\S]*?)```/.exec(readFileSync(path, 'utf8'))?.[1];
}

/** The shared spec beside the repository (`../shared`); absent in a user's clone. */
export const SPEC_MD = join(__dirname, '..', '..', '..', 'shared', 'spec', 'dataset-format.md');
export const DOCS_MD = join(__dirname, '..', '..', 'docs', 'dataset-format.md');

/** Strips the common indentation of a template literal and its first line break. */
export function y(strings: TemplateStringsArray, ...values: unknown[]): string {
  let s = strings.reduce((acc, str, i) => acc + str + (i < values.length ? String(values[i]) : ''), '');
  s = s.replace(/^\n/, '').replace(/\n[ ]*$/, '\n');
  const indents = s
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => /^ */.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return s
    .split('\n')
    .map((l) => l.slice(min))
    .join('\n');
}

export interface Brief {
  code: string;
  line: number;
  character: number;
  severity?: string;
}

/** Problems as `code@line:character` (0-based, as LSP counts). */
export const brief = (ps: Problem[]): string[] =>
  ps.map((p) => `${p.code}@${p.range?.start.line}:${p.range?.start.character}`);

export const KNOWN_CODES = new Set([
  'dataset.yaml-syntax',
  'dataset.schema',
  'dataset.unknown-field',
  'dataset.unsupported-version',
  'dataset.duplicate-id',
  'dataset.unknown-property',
  'dataset.invalid-value',
  'dataset.unknown-entity',
  'dataset.empty-alias',
  'dataset.alias-conflict',
  'dataset.test-failed',
]);

/** Every problem is well formed: a known code, a severity, a message, a sane range. */
export function assertWellFormed(ps: Problem[], text?: string): void {
  const lines = text === undefined ? undefined : text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (const p of ps) {
    if (!KNOWN_CODES.has(p.code)) throw new Error(`unknown code ${p.code}`);
    if (!['error', 'warning', 'info', 'hint'].includes(p.severity)) throw new Error(`bad severity ${p.severity}`);
    if (typeof p.message !== 'string' || p.message.length === 0) throw new Error(`empty message for ${p.code}`);
    if (typeof p.file !== 'string') throw new Error(`no file for ${p.code}`);
    const r = p.range;
    if (!r) throw new Error(`no range for ${p.code}`);
    for (const pos of [r.start, r.end]) {
      if (!Number.isInteger(pos.line) || !Number.isInteger(pos.character) || pos.line < 0 || pos.character < 0) {
        throw new Error(`bad position ${JSON.stringify(pos)} for ${p.code}`);
      }
      if (lines && (pos.line >= Math.max(lines.length, 1) || pos.character > (lines[pos.line]?.length ?? 0))) {
        throw new Error(`position ${JSON.stringify(pos)} outside the text for ${p.code}`);
      }
    }
    if (r.end.line < r.start.line || (r.end.line === r.start.line && r.end.character < r.start.character)) {
      throw new Error(`range ends before it starts for ${p.code}`);
    }
  }
}

/** Problems as `code@line:character «text under the range»` (first line of the range only). */
export function located(ps: Problem[], text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  return ps.map((p) => {
    const r = p.range!;
    const line = lines[r.start.line] ?? '';
    const end = r.end.line === r.start.line ? r.end.character : line.length;
    return `${p.code}@${r.start.line}:${r.start.character} «${line.slice(r.start.character, end)}»`;
  });
}
