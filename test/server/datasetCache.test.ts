// The language server keeps its datasets compiled, as the CLI does: a start over unchanged
// datasets restores them (no YAML parse, no matcher build) and publishes exactly what a start
// that parsed them publishes; a changed or damaged entry is not used.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { ensureBuilt, TestClient, type Fixture } from './harness';

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `entity-lens-${prefix}-`));
}

// A workspace dataset with one entity and one problem (an unknown key), and notes that mention
// it and the bundled entities, one with a conflict.
const DATASET = [
  'version: 1',
  'entities:',
  '  - id: harbour-office',
  '    type: organization',
  '    names:',
  '      en: [Harbour Office]',
  '      ja: [港湾事務所]',
  '    colour: blue',
  '',
].join('\n');
const NOTES: Record<string, string> = {
  'a.md': '# Harbour Office\n\nThe Harbour Office met the JJOC. The JJOC has 300 personnel.\n',
  'b.md': '港湾事務所は統合作戦司令部と会った。\n',
};

describe('compiled datasets in the language server', function () {
  this.timeout(120_000);

  it('restores unchanged datasets from the cache and publishes what parsing them publishes', async () => {
    ensureBuilt();
    const root = tempDir('dscache');
    const cacheHome = tempDir('dscache-home');
    for (const [name, text] of Object.entries(NOTES)) fs.writeFileSync(path.join(root, name), text);
    const datasetFile = path.join(root, 'harbour.entities.yaml');
    fs.writeFileSync(datasetFile, DATASET);
    const fixture: Fixture = { root, en: path.join(root, 'a.md'), ja: path.join(root, 'b.md'), txt: path.join(root, 'a.md'), dataset: datasetFile, uri: (f: string) => URI.file(f).toString() };
    const run = async () => {
      const c = await TestClient.start(fixture, { cacheHome });
      const logs: string[] = [];
      c.connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
      await c.ready(30_000);
      const loaded = await c.waitFor(() => logs.find((l) => l.startsWith('Loaded ')), 10_000, 'the dataset log line');
      await c.waitFor(() => logs.find((l) => l.startsWith('Indexed ')), 10_000, 'the index log line');
      const diagnostics: Record<string, PublishDiagnosticsParams['diagnostics']> = {};
      for (const [uri, list] of c.diagnostics) diagnostics[uri] = list.at(-1)!.diagnostics;
      await c.dispose({ keepFixture: true });
      return { loaded, diagnostics };
    };
    const entries = () => fs.readdirSync(path.join(cacheHome, 'entity-lens', 'datasets')).filter((f) => f.endsWith('.dataset'));
    try {
      const first = await run();
      assert.doesNotMatch(first.loaded, /restored from the cache/);
      assert.equal(entries().length, 1, 'one compiled entry, in the cache folder');
      const datasetUri = URI.file(datasetFile).toString();
      assert.ok(first.diagnostics[datasetUri]?.length, 'the dataset problem is published');
      assert.ok(first.diagnostics[URI.file(path.join(root, 'a.md')).toString()]?.some((d) => d.code === 'fact-conflict'), 'the conflict is published');

      const second = await run();
      assert.equal(second.loaded, first.loaded.replace('; ', ' (compiled state restored from the cache); '), 'the same entities and problems');
      assert.deepEqual(second.diagnostics, first.diagnostics, 'the same problems and diagnostics, from the compiled state');

      // A damaged entry is not used (and is written again).
      const [entry] = entries();
      const file = path.join(cacheHome, 'entity-lens', 'datasets', entry!);
      const bytes = fs.readFileSync(file);
      bytes[bytes.length - 1] ^= 0xff;
      fs.writeFileSync(file, bytes);
      const third = await run();
      assert.doesNotMatch(third.loaded, /restored from the cache/, 'a damaged entry is ignored');
      assert.deepEqual(third.diagnostics, first.diagnostics);

      // Another dataset text: another entry.
      fs.writeFileSync(datasetFile, DATASET.replace('    colour: blue\n', ''));
      const fourth = await run();
      assert.doesNotMatch(fourth.loaded, /restored from the cache/, 'a changed dataset is parsed again');
      assert.notEqual(fourth.loaded, first.loaded, 'one problem fewer');
      assert.equal(entries().length, 2);

      // A dataset being edited in an editor: checked as typed, but its drafts are not kept.
      const c = await TestClient.start(fixture, { cacheHome });
      try {
        await c.ready(30_000);
        const uri = URI.file(datasetFile).toString();
        await c.open(datasetFile, undefined, 'yaml');
        // A new text (so no entry matches it) that would compile: the first one with another alias.
        const draft = DATASET.replace('en: [Harbour Office]', 'en: [Harbour Office, Port Office]');
        await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: draft }] });
        await c.diagnosticsFor(datasetFile, (d) => d.some((x) => String(x.message).includes('colour')));
        assert.equal(entries().length, 2, 'no entry for an unsaved draft');
      } finally {
        await c.dispose({ keepFixture: true });
      }
      assert.ok(!fs.readdirSync(root).some((f) => /cache|\.dataset|\.tmp/.test(f)), 'nothing written into the workspace');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(cacheHome, { recursive: true, force: true });
    }
  });
});
