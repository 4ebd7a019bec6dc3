// The index cache: analyses kept between sessions, keyed by everything they depend on, and a
// language server that restarts over an unchanged workspace re-using them (and only them).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { DocumentAnalysis } from '../../src/core';
import { AnalysisCache, analysisKey, MAX_CACHED_WORKSPACES } from '../../src/server/analysisCache';
import { ensureBuilt, TestClient, type Fixture } from './harness';

const analysis = (file: string, n: number): DocumentAnalysis => ({ file, language: 'en', mentions: [], diagnostics: [{ code: 'fact-conflict', severity: 'warning', message: `m${n}`, file, range: { start: { line: n, character: 0 }, end: { line: n, character: 1 } } }] });

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `entity-lens-${prefix}-`));
}

describe('index cache', function () {
  this.timeout(120_000);
  const warnings: string[] = [];
  const log = { info: () => undefined, warn: (m: string) => void warnings.push(m), error: () => undefined };
  let dir: string;
  beforeEach(() => {
    dir = tempDir('cache');
    warnings.length = 0;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives back an analysis only for the same key and the same note text', () => {
    const key = analysisKey([{ file: 'd.yaml', text: 'version: 1' }], { languages: ['en'] }, undefined);
    AnalysisCache.forWorkspace(dir, ['/w'], log).save(key, [{ uri: 'file:///w/a.md', text: 'The JJOC', analysis: analysis('file:///w/a.md', 1) }]);
    const again = AnalysisCache.forWorkspace(dir, ['/w'], log);
    again.load(key);
    assert.deepEqual(again.get('file:///w/a.md', 'The JJOC'), analysis('file:///w/a.md', 1));
    assert.equal(again.get('file:///w/a.md', 'The JJOC!'), undefined, 'the note changed');
    assert.equal(again.get('file:///w/b.md', 'The JJOC'), undefined, 'another note');
    const otherDataset = analysisKey([{ file: 'd.yaml', text: 'version: 1\n' }], { languages: ['en'] }, undefined);
    const otherOptions = analysisKey([{ file: 'd.yaml', text: 'version: 1' }], { languages: ['en', 'ja'] }, undefined);
    assert.notEqual(otherDataset, key);
    assert.notEqual(otherOptions, key);
    const stale = AnalysisCache.forWorkspace(dir, ['/w'], log);
    stale.load(otherDataset);
    assert.equal(stale.get('file:///w/a.md', 'The JJOC'), undefined, 'another dataset');
    const elsewhere = AnalysisCache.forWorkspace(dir, ['/other'], log);
    elsewhere.load(key);
    assert.equal(elsewhere.size, 0, 'another workspace has its own file');
    assert.deepEqual(warnings, []);
  });

  it('ignores a corrupt file (and says so), then writes a good one; an unwritable folder only warns', () => {
    const cache = AnalysisCache.forWorkspace(dir, ['/w'], log);
    cache.save('k', [{ uri: 'file:///w/a.md', text: 'x', analysis: analysis('file:///w/a.md', 1) }]);
    const [file] = fs.readdirSync(path.join(dir, 'index')).map((f) => path.join(dir, 'index', f));
    fs.writeFileSync(file!, Buffer.from([0xff, 0x0d, 0x6f, 0x01, 0x02]));
    const broken = AnalysisCache.forWorkspace(dir, ['/w'], log);
    broken.load('k');
    assert.equal(broken.size, 0);
    assert.match(warnings.join('\n'), /Ignoring the index cache .*not written by this user's Entity Lens/);
    broken.save('k', [{ uri: 'file:///w/a.md', text: 'x', analysis: analysis('file:///w/a.md', 2) }]);
    const fixed = AnalysisCache.forWorkspace(dir, ['/w'], log);
    fixed.load('k');
    assert.equal(fixed.get('file:///w/a.md', 'x')?.diagnostics[0]?.message, 'm2');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'index')), [path.basename(file!)], 'no temporary file left');

    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, 'a file where the folder should be');
    AnalysisCache.forWorkspace(blocked, ['/w'], log).save('k', []);
    assert.match(warnings.at(-1)!, /Cannot write the index cache/);
  });

  it('believes only files signed with this user\'s key; files are 0600 in a 0700 folder', () => {
    const note = [{ uri: 'file:///w/a.md', text: 'x', analysis: analysis('file:///w/a.md', 1) }];
    AnalysisCache.forWorkspace(dir, ['/w'], log).save('k', note);
    const [file] = fs.readdirSync(path.join(dir, 'index')).map((f) => path.join(dir, 'index', f));
    assert.equal(fs.statSync(file!).mode & 0o777, 0o600);
    assert.equal(fs.statSync(path.join(dir, 'index')).mode & 0o777, 0o700);
    // One byte of the body changed (a message, say): the HMAC no longer holds.
    const bytes = fs.readFileSync(file!);
    const at = bytes.lastIndexOf(Buffer.from('m1'));
    assert.ok(at > 0, 'the message is in the file');
    bytes[at + 1] = '3'.charCodeAt(0);
    fs.writeFileSync(file!, bytes);
    const forged = AnalysisCache.forWorkspace(dir, ['/w'], log);
    forged.load('k');
    assert.equal(forged.get('file:///w/a.md', 'x'), undefined);
    assert.match(warnings.join('\n'), /not written by this user's Entity Lens/);
    // Another user's key (another user cache folder) signs differently.
    const saved = process.env['XDG_CACHE_HOME'];
    process.env['XDG_CACHE_HOME'] = path.join(dir, 'other-user');
    try {
      AnalysisCache.forWorkspace(dir, ['/w'], log).save('k', note);
    } finally {
      if (saved === undefined) delete process.env['XDG_CACHE_HOME'];
      else process.env['XDG_CACHE_HOME'] = saved;
    }
    const foreign = AnalysisCache.forWorkspace(dir, ['/w'], log);
    foreign.load('k');
    assert.equal(foreign.size, 0);
  });

  it('a folder others can write to holds no cache, and says so', () => {
    const index = path.join(dir, 'index');
    fs.mkdirSync(index, { mode: 0o700 });
    fs.chmodSync(index, 0o777);
    const cache = AnalysisCache.forWorkspace(dir, ['/w'], log);
    cache.save('k', [{ uri: 'file:///w/a.md', text: 'x', analysis: analysis('file:///w/a.md', 1) }]);
    assert.deepEqual(fs.readdirSync(index), []);
    assert.match(warnings.join('\n'), /The index is not cached: .* can be written by other users/);
  });

  it('an analysis that does not fit its note (offsets, budgets) is not used', () => {
    const uri = 'file:///w/a.md';
    const bad: DocumentAnalysis = { file: uri, language: 'en', mentions: [{ entity: 'jjoc', text: 'JJOC', start: 10, end: 14, range: { start: { line: 0, character: 10 }, end: { line: 0, character: 14 } }, lang: 'en', via: 'alias' }], diagnostics: [] };
    AnalysisCache.forWorkspace(dir, ['/w'], log).save('k', [{ uri, text: 'JJOC', analysis: bad }]);
    const again = AnalysisCache.forWorkspace(dir, ['/w'], log);
    again.load('k');
    assert.equal(again.size, 1);
    assert.equal(again.get(uri, 'JJOC'), undefined);
  });

  it('keeps the index files of the workspaces used last, and drops older ones', () => {
    for (let k = 0; k < MAX_CACHED_WORKSPACES + 3; k++) {
      const started = Date.now();
      while (Date.now() - started < 3); // distinct modification times
      AnalysisCache.forWorkspace(dir, [`/w${k}`], log).save('k', []);
    }
    const left = fs.readdirSync(path.join(dir, 'index'));
    assert.equal(left.length, MAX_CACHED_WORKSPACES);
    const latest = AnalysisCache.forWorkspace(dir, [`/w${MAX_CACHED_WORKSPACES + 2}`], log);
    latest.load('k');
    assert.ok(left.some((f) => path.join(dir, 'index', f) === (latest as unknown as { file: string }).file), 'the newest is kept');
    const oldest = AnalysisCache.forWorkspace(dir, ['/w0'], log) as unknown as { file: string };
    assert.ok(!fs.existsSync(oldest.file), 'the oldest is gone');
    assert.deepEqual(warnings, []);
  });

  it('a language server restarting over an unchanged workspace re-uses every analysis, and re-analyses what changed', async () => {
    ensureBuilt();
    const root = tempDir('restart');
    const cacheHome = tempDir('restart-cache');
    const note = (k: number, n: number) => `# Note ${k}\n\nThe JJOC has ${n} personnel. 統合作戦司令部は東京にある。\n`;
    for (let k = 0; k < 30; k++) fs.writeFileSync(path.join(root, `n${k}.md`), note(k, 300 + k));
    const fixture: Fixture = { root, en: path.join(root, 'n0.md'), ja: path.join(root, 'n1.md'), txt: path.join(root, 'n0.md'), dataset: path.join(root, 'n0.md'), uri: (f: string) => URI.file(f).toString() };
    const run = async () => {
      const c = await TestClient.start(fixture, { cacheHome });
      const logs: string[] = [];
      c.connection.onNotification('window/logMessage', (p: { message: string }) => {
        logs.push(p.message);
      });
      await c.ready(30_000);
      await c.waitFor(() => logs.find((l) => l.startsWith('Indexed ')), 10_000, 'the index log line');
      const diagnostics: Record<string, PublishDiagnosticsParams['diagnostics']> = {};
      for (const [uri, list] of c.diagnostics) diagnostics[uri] = list.at(-1)!.diagnostics;
      await c.dispose({ keepFixture: true });
      return { line: logs.find((l) => l.startsWith('Indexed '))!, diagnostics };
    };
    try {
      const first = await run();
      assert.match(first.line, /Indexed 30 notes \(0 unchanged since the last session\)/);
      const second = await run();
      assert.match(second.line, /Indexed 30 notes \(30 unchanged since the last session\)/);
      assert.deepEqual(second.diagnostics, first.diagnostics, 'the same diagnostics, from the cache');
      fs.writeFileSync(path.join(root, 'n5.md'), note(5, 240));
      const third = await run();
      assert.match(third.line, /Indexed 30 notes \(29 unchanged since the last session\)/);
      assert.deepEqual(third.diagnostics[URI.file(path.join(root, 'n5.md')).toString()] ?? [], [], 'the edited note is analysed again: 240 agrees with the dataset');
      fs.writeFileSync(path.join(root, 'extra.entities.yaml'), 'version: 1\n');
      const fourth = await run();
      assert.match(fourth.line, /Indexed 30 notes \(0 unchanged since the last session\)/, 'another dataset: nothing re-used');
      assert.ok(fs.readdirSync(path.join(cacheHome, 'entity-lens', 'index')).length === 1, 'one cache file, in the cache folder');
      assert.ok(!fs.readdirSync(root).some((f) => /cache|\.v8|\.tmp/.test(f)), 'nothing written into the workspace');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(cacheHome, { recursive: true, force: true });
    }
  });
});
