// Faults: a request that throws, rapid edits, a dataset rewritten during a workspace check, notes
// deleted while they are indexed, cancelled requests. The server keeps serving, says what failed
// with its context, and what it finally publishes is what a fresh analysis of the files on disk
// (or in the editor) gives: nothing stale. Edits are only ever offered, as workspace edits of
// exactly their range; neither the CLI nor the server writes a file.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CancellationTokenSource, type CodeAction, type Diagnostic as LspDiagnostic, type Hover, type TextEdit } from 'vscode-languageserver/node';
import { createEntityService, LineIndex } from '../../src/core';
import { defaultSettings } from '../../src/core/config';
import { loadDatasets } from '../../src/core/dataset';
import { addAliasEdit } from '../../src/server/aliasEdit';
import { toLspDiagnostic } from '../../src/server/diagnostics';
import type { CheckWorkspaceResult, EntityCardResult } from '../../src/server/protocol';
import { RestartPolicy } from '../../src/extension/pure/restartPolicy';
import { BUNDLED, bundledDatasetText, ROOT } from '../helpers';
import { ensureBuilt, TestClient } from '../server/harness';
import { fixtureOf, runCli, startServer, uriOf, workspace } from './helpers';

const NOTE = (k: number, n: number) => `# Note ${k}\n\nThe JJOC has ${n} personnel. USFJ met the JJOC in Tokyo.\n`;
const DATASET = 'version: 1\nentities:\n  - id: blue-harbor-unit\n    type: organization\n    labels: {en: Blue Harbor Unit}\n';
const JJOC_300 = DATASET + '  - id: jjoc\n    facts:\n      - property: personnel\n        value: {amount: 300, unit: persons}\n';

/** What a fresh engine says about `text`, as the server would publish it (default settings). */
function fresh(datasetText: string, datasetUri: string, file: string, text: string): string[] {
  const service = createEntityService();
  service.loadDatasets([
    { file: uriOf(BUNDLED), text: bundledDatasetText() },
    { file: datasetUri, text: datasetText },
  ]);
  const analysis = service.analyze({ file, text, kind: file.endsWith('.txt') ? 'plaintext' : 'markdown' })!;
  return key(analysis.diagnostics.flatMap((d) => toLspDiagnostic(d, defaultSettings()) ?? []));
}

function key(ds: LspDiagnostic[]): string[] {
  return ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.message}`).sort();
}

/** Applies LSP text edits to a text (edits of one file, in any order). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((e) => ({ s: lines.offsetAt(e.range.start), e: lines.offsetAt(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `probe` holds, then checks it still holds a little later (nothing stale arrives). */
async function settles(probe: () => boolean, what: string, timeout = 30000): Promise<void> {
  const until = Date.now() + timeout;
  while (!probe()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
  await sleep(400);
  assert.ok(probe(), `${what} still holds later`);
}

describe('hostile faults: the language server', function () {
  this.timeout(60000);
  before(() => ensureBuilt());

  describe('one workspace, several faults', () => {
    let c: TestClient;
    let root: string;
    const logs: Array<{ type: number; message: string }> = [];
    const datasetFile = () => path.join(root, 'notes.entities.yaml');

    before(async () => {
      root = workspace('faults', { 'notes.entities.yaml': DATASET, 'notes/a.md': NOTE(0, 300), 'notes/b.txt': NOTE(1, 240) });
      c = await startServer(root, 'notes/a.md', { settings: { debounceMs: 10 } });
      c.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
        logs.push(p);
      });
    });
    after(async () => c?.dispose());

    it('survives requests that throw, logs them with their method and document, and keeps serving', async () => {
      assert.equal(await c.request('textDocument/hover', { textDocument: null, position: null }), null);
      assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri: c.fixture.uri(path.join(root, 'notes/a.md')) }, range: null, context: null }), []);
      assert.equal(await c.request('textDocument/references', { textDocument: { uri: 'file:///x.md' }, position: { line: 'a', character: {} }, context: null }), null);
      // A notification that throws inside the server: an "open" whose text is not a string.
      await c.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/entity-lens-bogus.md', languageId: 'markdown', version: 1, text: { not: 'a string' } } });
      await c.notify('workspace/didChangeWatchedFiles', { changes: null });
      await c.poll(async () => (logs.some((l) => /textDocument\/codeAction failed for file:\/\/.*a\.md/.test(l.message)) ? true : undefined), 5000, 'the error log');
      assert.ok(logs.some((l) => l.type === 1 && /textDocument\/hover failed: TypeError/.test(l.message)), JSON.stringify(logs.map((l) => l.message.slice(0, 120))));
      const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: c.fixture.uri(path.join(root, 'notes/a.md')) }, position: { line: 2, character: 5 } });
      assert.ok(hover && JSON.stringify(hover.contents).includes('Joint Operations Command'));
      assert.equal(c.process.exitCode, null);
    });

    it('after 60 rapid edits, publishes exactly what a fresh analysis of the last text gives', async () => {
      const file = path.join(root, 'notes/a.md');
      const uri = c.fixture.uri(file);
      let text = NOTE(0, 300);
      await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const rng = fc.sample(fc.tuple(fc.integer({ min: 100, max: 400 }), fc.constantFrom('JJOC', 'USFJ', 'Tokyo', 'JJOC has', '統合作戦司令部の人員は')), { numRuns: 60, seed: 42 });
      for (let v = 2; v <= 61; v++) {
        const [n, name] = rng[v - 2]!;
        const next = `${text.trimEnd()}\n\n${name} ${n} personnel.\n`;
        const end = new LineIndex(text).positionAt(text.length);
        await c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: end, end }, text: next.slice(text.length) }] });
        text = next;
        if (v % 7 === 0) await sleep(15); // some edits land after the debounce, most within it
      }
      const want = fresh(DATASET, uriOf(datasetFile()), uri, text);
      await settles(() => {
        const last = c.diagnostics.get(uri)?.at(-1);
        return last?.version === 61 && JSON.stringify(key(last.diagnostics)) === JSON.stringify(want);
      }, 'the final version\'s diagnostics');
      assert.ok(want.length > 10, 'the edits made conflicts');
      await c.notify('textDocument/didClose', { textDocument: { uri } });
    });

    it('a cancelled request leaves the server consistent', async () => {
      const uri = c.fixture.uri(path.join(root, 'notes/a.md'));
      const source = new CancellationTokenSource();
      const pending = [
        c.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: 2, character: 5 }, context: { includeDeclaration: true } }, source.token),
        c.connection.sendRequest('entityLens/checkWorkspace', null, source.token),
      ];
      source.cancel();
      await Promise.allSettled(pending);
      const check = await c.request<CheckWorkspaceResult>('entityLens/checkWorkspace', null);
      assert.equal(check.files, 2);
      for (const [rel, n] of [['notes/a.md', 300], ['notes/b.txt', 240]] as const) {
        const fileUri = c.fixture.uri(path.join(root, rel));
        const want = fresh(DATASET, uriOf(datasetFile()), fileUri, NOTE(rel === 'notes/a.md' ? 0 : 1, n));
        await settles(() => JSON.stringify(key(c.diagnostics.get(fileUri)?.at(-1)?.diagnostics ?? [])) === JSON.stringify(want), `${rel} as fresh`);
      }
    });

    it('quick fixes replace exactly their range; "add alias" inserts into the dataset and truncates nothing', async () => {
      const file = path.join(root, 'notes/a.md');
      const uri = c.fixture.uri(file);
      const text = NOTE(0, 300) + 'The Harbor Command met the JJOC.\n';
      await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 100, text } });
      const diagnostics = await c.diagnosticsFor(file, (d) => d.some((x) => x.code === 'fact-conflict' && x.range.start.line === 2));
      const conflict = diagnostics.find((x) => x.code === 'fact-conflict')!;
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: conflict.range, context: { diagnostics: [conflict] } });
      for (const a of actions.filter((x) => x.kind === 'quickfix')) {
        const edits = a.edit!.changes![uri]!;
        assert.equal(Object.keys(a.edit!.changes!).length, 1, 'one file');
        const after = applyEdits(text, edits);
        for (const e of edits) {
          const s = new LineIndex(text).offsetAt(e.range.start);
          const end = new LineIndex(text).offsetAt(e.range.end);
          // Outside the range, the text is untouched.
          assert.equal(after.slice(0, s), text.slice(0, s));
          assert.equal(after.slice(s + e.newText.length), text.slice(end));
        }
      }
      assert.ok(actions.some((a) => a.title === 'Replace with 240'));
      // The client's `data` is not trusted to have our types: the server's own analysis decides,
      // and where it has nothing there, only a short one-line string is taken.
      const elsewhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      for (const replacement of [{ toString: 'x' }, ['9'], 'a\nb', 'x'.repeat(5000), 42]) {
        const sent = [{ ...conflict, data: { ...(conflict.data as object), replacement } }, { ...conflict, range: elsewhere, data: { replacement } }];
        const got = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: conflict.range, context: { diagnostics: sent } });
        const titles = got.filter((a) => a.kind === 'quickfix' && a.title.startsWith('Replace')).map((a) => a.title);
        assert.deepEqual(titles, ['Replace with 240'], JSON.stringify(replacement).slice(0, 40));
      }

      const from = { line: 3, character: 4 };
      const range = { start: from, end: { line: 3, character: 4 + 'Harbor Command'.length } };
      const refactors = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['refactor'] } });
      const add = refactors.find((a) => a.title.startsWith("Add 'Harbor Command' as an alias"))!;
      assert.ok(add, JSON.stringify(refactors.map((a) => a.title)));
      const datasetUri = c.fixture.uri(datasetFile());
      const before = fs.readFileSync(datasetFile(), 'utf8');
      const edits = add.edit!.changes![datasetUri]!;
      assert.equal(edits.length, 1);
      assert.deepEqual(edits[0]!.range.start, edits[0]!.range.end, 'an insertion, nothing replaced');
      const edited = applyEdits(before, edits);
      assert.ok(edited.startsWith(before.slice(0, new LineIndex(before).offsetAt(edits[0]!.range.start))) && edited.length > before.length);
      assert.equal(fs.readFileSync(datasetFile(), 'utf8'), before, 'the server did not write the dataset');
      await c.notify('textDocument/didClose', { textDocument: { uri } });
    });
  });

  it('a dataset rewritten while a workspace check runs, and notes deleted while they are indexed, leave nothing stale', async () => {
    const files: Record<string, string> = { 'notes.entities.yaml': DATASET };
    for (let k = 0; k < 240; k++) files[`notes/n${String(k).padStart(3, '0')}.md`] = NOTE(k, 300);
    const root = workspace('stale', files);
    const c = await TestClient.start(fixtureOf(root, 'notes/n000.md'));
    try {
      // Delete a third of the notes as soon as indexing starts.
      await c.waitFor(() => (c.statuses.some((s) => s.state === 'indexing') ? true : undefined), 20000, 'indexing');
      const deleted = Object.keys(files).filter((f, k) => f.startsWith('notes/') && k % 3 === 0);
      for (const rel of deleted) fs.rmSync(path.join(root, rel));
      await c.notify('workspace/didChangeWatchedFiles', { changes: deleted.map((rel) => ({ uri: c.fixture.uri(path.join(root, rel)), type: 3 })) });
      await c.ready(30000);

      // A workspace check, and the dataset rewritten (JJOC: 300 personnel) while it runs.
      const check = c.request<CheckWorkspaceResult>('entityLens/checkWorkspace', null);
      await sleep(5);
      fs.writeFileSync(path.join(root, 'notes.entities.yaml'), JJOC_300);
      await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.fixture.uri(path.join(root, 'notes.entities.yaml')), type: 2 }] });
      const result = await check;
      assert.equal(result.files, 240 - deleted.length);

      const remaining = Object.keys(files).filter((f) => f.startsWith('notes/') && !deleted.includes(f));
      const datasetUri = uriOf(path.join(root, 'notes.entities.yaml'));
      const want = fresh(JJOC_300, datasetUri, 'x.md', NOTE(1, 300));
      assert.deepEqual(want, [], 'with the new dataset, 300 is right');
      await settles(
        () =>
          remaining.every((rel) => (c.diagnostics.get(c.fixture.uri(path.join(root, rel)))?.at(-1)?.diagnostics.length ?? 0) === 0) &&
          deleted.every((rel) => (c.diagnostics.get(c.fixture.uri(path.join(root, rel)))?.at(-1)?.diagnostics.length ?? 0) === 0),
        'no conflict left anywhere',
      );
      const card = await c.request<EntityCardResult>('entityLens/entityCard', { id: 'jjoc' });
      const indexed = new Set((card.mentions.en ?? []).map((m) => m.uri));
      assert.equal(indexed.size, remaining.length);
      for (const rel of deleted) assert.ok(!indexed.has(c.fixture.uri(path.join(root, rel))), `${rel} left the index`);
    } finally {
      await c.dispose();
    }
  });
});

describe('hostile faults: nothing is written', () => {
  it('the CLI and the server never write, rename or delete a file (source check)', () => {
    // The exceptions write only their own cache files, in the cache folder (tested in
    // test/server/analysisCache.test.ts and test/cli-cache.test.ts).
    const CACHE_WRITERS = new Set([path.join('src', 'server', 'analysisCache.ts'), path.join('src', 'server', 'datasetCache.ts')]);
    const offenders: string[] = [];
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const file of [...walk(path.join(ROOT, 'src', 'cli')), ...walk(path.join(ROOT, 'src', 'server')), ...walk(path.join(ROOT, 'src', 'core'))]) {
      if (CACHE_WRITERS.has(path.relative(ROOT, file))) continue;
      const text = fs.readFileSync(file, 'utf8');
      const calls = /\bfs\.(?:promises\.)?(?:write\w*|append\w*|createWriteStream|rename\w*|unlink\w*|rm\w*|truncate\w*|copyFile\w*|cp\w*|mkdir\w*|symlink\w*|chmod\w*|utimes\w*)\b|\bopen(?:Sync)?\([^)]*['"][wa+]/g;
      const imported = /import\s*\{[^}]*\b(?:write\w*|append\w*|createWriteStream|rename\w*|unlink\w*|rm\w*|truncate\w*|copyFile\w*|mkdir\w*)\b[^}]*\}\s*from\s*['"](?:node:)?fs/g;
      for (const m of [...text.matchAll(calls), ...text.matchAll(imported)]) offenders.push(`${path.relative(ROOT, file)}: ${m[0]}`);
    }
    assert.deepEqual(offenders, []);
  });

  it('`entity-lens check` leaves every file as it was, byte for byte', () => {
    const root = workspace('readonly', { 'notes/a.md': NOTE(0, 300), 'notes/b.txt': NOTE(1, 200), 'x.entities.yaml': DATASET + '# comment\n' });
    try {
      const snapshot = () => fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
        const full = path.join(e.parentPath, e.name);
        return `${path.relative(root, full)} ${fs.statSync(full).mtimeMs} ${createHash('sha256').update(fs.readFileSync(full)).digest('hex')}`;
      }).sort();
      const before = snapshot();
      for (const format of ['text', 'json', 'sarif']) runCli(['check', root, '--dataset', path.join(root, 'x.entities.yaml'), '--format', format]);
      runCli(['test-dataset', path.join(root, 'x.entities.yaml')]);
      assert.deepEqual(snapshot(), before);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('"add alias" on any dataset inserts text and keeps every byte that was there', () => {
    const alias = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0 && !/[\r\n]/.test(s));
    const entity = fc.record({
      id: fc.constantFrom('jjoc', 'blue-harbor-unit', 'new-unit'),
      lang: fc.constantFrom('en', 'ja', 'zh-Hant'),
      layout: fc.constantFrom(0, 1, 2, 3, 4),
    });
    const layouts = [
      DATASET,
      DATASET + '    aliases:\n      en: [BHU]  # keep\n',
      DATASET + '    aliases:\n      en:\n        - BHU\n        - "B H U"\n',
      DATASET.replace(/\n/g, '\r\n') + '    aliases: {en: [BHU]}\r\n',
      '# only a comment\nversion: 1\n',
    ];
    fc.assert(
      fc.property(entity, alias, ({ id, lang, layout }, name) => {
        const text = layouts[layout]!;
        const change = addAliasEdit(text, id, lang, name);
        if (!change) return;
        const after = text.slice(0, change.start) + change.newText + text.slice(change.end);
        // Never truncates: everything before and after the change is kept, and a replaced range
        // (a single-string alias turned into a list) is kept inside the new text.
        assert.ok(change.end === change.start || change.newText.includes(text.slice(change.start, change.end)));
        assert.ok(after.length > text.length);
        for (const line of text.split(/\r?\n/)) if (line.includes('#')) assert.ok(after.includes(line.slice(line.indexOf('#'))), 'comments kept');
        // The result is a dataset with the alias, and no new problem (a record that extends an
        // entity of another file has no `type` of its own: not a problem of the edit).
        const errors = (t: string) => loadDatasets([{ file: 'x.yaml', text: t }]).problems.filter((p) => p.severity === 'error' && !/has no `type`/.test(p.message)).map((p) => p.message);
        assert.deepEqual(errors(after), errors(text), after);
        const loaded = loadDatasets([{ file: 'x.yaml', text: after }]);
        const e = loaded.dataset.entities.get(id)!;
        assert.ok(e.aliases.some((a) => a.text === name.trim() && a.lang === lang) || Object.values(e.labels).includes(name), `${JSON.stringify(name)} in ${after}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile faults: the client restarts a crashed server with back-off', () => {
  it('waits 1, 2, 4, 8, 16 s, then gives up on the sixth crash within three minutes', () => {
    let now = 0;
    const policy = new RestartPolicy(undefined, () => now);
    const delays: number[] = [];
    for (let k = 0; k < 5; k++) {
      const d = policy.onCrash();
      assert.ok(d.restart);
      delays.push(d.delayMs);
      now += d.delayMs + 1000;
    }
    assert.deepEqual(delays, [1000, 2000, 4000, 8000, 16000]);
    assert.deepEqual(policy.onCrash(), { restart: false, crashes: 6 });
  });

  it('forgets crashes older than three minutes, and caps the pause at 30 s', () => {
    let now = 0;
    const policy = new RestartPolicy({ maxRestarts: 10, windowMs: 180_000, baseDelayMs: 1000, maxDelayMs: 30_000 }, () => now);
    for (let k = 0; k < 7; k++) policy.onCrash();
    const capped = policy.onCrash();
    assert.ok(capped.restart && capped.delayMs === 30_000);
    now += 200_000;
    const after = policy.onCrash();
    assert.ok(after.restart && after.delayMs === 1000 && after.attempt === 1);
  });

  it('the client uses it: its error handler restarts after the pause and tells the user', () => {
    const client = fs.readFileSync(path.join(ROOT, 'src', 'extension', 'client.ts'), 'utf8');
    assert.match(client, /errorHandler,/);
    assert.match(client, /class RestartingErrorHandler implements ErrorHandler/);
    assert.match(client, /showInformationMessage\(message\)/);
    assert.match(client, /CloseAction\.Restart/);
  });
});
