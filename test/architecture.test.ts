// The core must run anywhere (CLI, language server, browser, tests): no editor API, no LSP
// transport, no Node built-in. This test reads every import in src/core and fails on any of them.
import { strict as assert } from 'node:assert';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.join(__dirname, '..', 'src');
const CORE = path.join(SRC, 'core');
const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\s)import\s+['"]([^'"]+)['"]/gm;

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(full);
    else if (e.name.endsWith('.ts')) yield full;
  }
}

export function forbiddenImport(spec: string): boolean {
  const bare = spec.replace(/^node:/, '').split('/')[0]!;
  return spec.startsWith('node:') || builtinModules.includes(bare) || spec === 'vscode' || spec.startsWith('vscode-languageserver') || spec.startsWith('vscode-languageclient') || spec.startsWith('vscode-jsonrpc');
}

describe('architecture', () => {
  it('recognises forbidden imports (the check itself can fail)', () => {
    assert.ok(forbiddenImport('node:fs'));
    assert.ok(forbiddenImport('path'));
    assert.ok(forbiddenImport('vscode'));
    assert.ok(forbiddenImport('vscode-languageserver/node'));
    assert.ok(!forbiddenImport('yaml'));
    assert.ok(!forbiddenImport('./model'));
  });

  it('src/core imports no editor, transport or Node module', () => {
    const offenders: string[] = [];
    let count = 0;
    for (const file of files(CORE)) {
      count++;
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
        if (forbiddenImport(spec)) offenders.push(`${path.relative(CORE, file)}: ${spec}`);
      }
    }
    assert.ok(count > 10, 'the core folder was found and read');
    assert.deepEqual(offenders, []);
  });

  // The Node hosts share src/node (file reading, dataset cache, workers); the CLI depends on it,
  // not on the language server, which it only starts for `entity-lens lsp`.
  it('src/node depends on no host above it, and src/cli on the server only to start it', () => {
    const offenders: string[] = [];
    for (const [folder, allowed] of [['node', ['core']], ['cli', ['core', 'node', 'server/server']]] as const) {
      for (const file of files(path.join(SRC, folder))) {
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
          if (!spec.startsWith('.')) {
            if (spec === 'vscode' || spec.startsWith('vscode-languageserver') || spec.startsWith('vscode-languageclient')) offenders.push(`${folder}/${path.basename(file)}: ${spec}`);
            continue;
          }
          const target = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
          const top = target.split('/')[0]!;
          if (top === folder) continue;
          if (!allowed.some((a) => target === a || target.startsWith(a + '/') || (a === top && !a.includes('/')))) offenders.push(`${folder}/${path.basename(file)}: ${spec}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });
});
