// src/extension/pure holds the client logic that needs no editor: it must not import `vscode`,
// the language client or a Node built-in, so it runs (and is tested) in plain Node.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';

const PURE = path.join(__dirname, '..', '..', 'src', 'extension', 'pure');
const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/gm;

function forbiddenImport(spec: string): boolean {
  const bare = spec.replace(/^node:/, '').split('/')[0]!;
  return spec.startsWith('node:') || builtinModules.includes(bare) || spec === 'vscode' || /^vscode-(languageclient|languageserver|jsonrpc)/.test(spec);
}

describe('extension: pure helpers', () => {
  it('the import check can fail', () => {
    assert.ok(forbiddenImport('vscode'));
    assert.ok(forbiddenImport('node:crypto'));
    assert.ok(forbiddenImport('vscode-languageclient/node'));
    assert.ok(!forbiddenImport('./lang'));
  });

  it('import no editor, transport or Node module', () => {
    const offenders: string[] = [];
    const files = fs.readdirSync(PURE).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length >= 5);
    for (const f of files) {
      const text = fs.readFileSync(path.join(PURE, f), 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3]!;
        if (forbiddenImport(spec)) offenders.push(`${f}: ${spec}`);
        if (spec.startsWith('.') && !spec.startsWith('./') && !spec.startsWith('../../server/protocol')) offenders.push(`${f}: ${spec} (outside pure/)`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
