// Client-side strings: every `t('…')` / `vscode.l10n.t('…')` in src/extension has an English and a
// Japanese entry in l10n/, with the same placeholders, and nothing in the bundles is unused.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const en: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8'));
const ja: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ja.json'), 'utf8'));

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(full);
    else if (e.name.endsWith('.ts')) yield full;
  }
}

const sources = [...files(path.join(ROOT, 'src', 'extension'))].map((f) => ({ file: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') }));

/** The literal messages passed to `t(…)` or `l10n.t(…)`. */
export function messages(text: string): string[] {
  return [...text.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}

const used = new Set(sources.flatMap((s) => messages(s.text)));
const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('extension: l10n bundles', () => {
  it('finds the messages (the check itself works)', () => {
    assert.deepEqual(messages(`vscode.l10n.t('A {0}', x); t('B \\'q\\''); split('no'); format('no')`), ['A {0}', "B 'q'"]);
    assert.ok(used.size > 30);
  });

  it('every message used in src/extension is in both bundles', () => {
    assert.deepEqual([...used].filter((m) => !(m in en)), [], 'missing from l10n/bundle.l10n.json');
    assert.deepEqual([...used].filter((m) => !(m in ja)), [], 'missing from l10n/bundle.l10n.ja.json');
  });

  it('both bundles have the same keys and none is unused', () => {
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    assert.deepEqual(Object.keys(en).filter((k) => !used.has(k)), [], 'unused bundle entries');
  });

  it('the English bundle is the identity; the Japanese one keeps the placeholders', () => {
    for (const [k, v] of Object.entries(en)) assert.equal(v, k);
    for (const [k, v] of Object.entries(ja)) assert.deepEqual(placeholders(v), placeholders(k), k);
  });

  it('no message box or status text is a bare literal', () => {
    for (const s of sources) {
      assert.doesNotMatch(s.text, /show(Information|Warning|Error)Message\(\s*['"`]/, s.file);
      assert.doesNotMatch(s.text, /\.(text|tooltip|placeholder|title)\s*=\s*['"`]/, s.file);
    }
  });
});
