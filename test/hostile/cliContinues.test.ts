// One entry `check` cannot read (a missing path, a pipe named on the command line, a file name
// that is not UTF-8, a link met in a walk) no longer aborts the run: the other files are checked
// and reported, each unreadable one is reported too (stderr and the report), and the exit code is
// 2 at the end.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers';
import { workspace } from './helpers';

interface Report {
  files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string; message: string }> }>;
}

describe('hostile folders: check goes on past what it cannot read', () => {
  let root: string;
  const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

  before(() => {
    root = workspace('continues', { 'notes/a.md': 'The JJOC has 300 personnel.\n', 'notes/b.md': 'USFJ は在日米軍のことです。\n', 'elsewhere/target.md': 'The JJOC has 400 personnel.\n' });
    // A name that is not UTF-8 (Latin-1 é), and a link to a note outside the folder.
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(root, 'notes') + path.sep), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64])]), 'The JJOC has 500 personnel.\n');
    fs.symlinkSync(path.join(root, 'elsewhere', 'target.md'), path.join(root, 'notes', 'link.md'));
    if (canMakeFifo) assert.equal(spawnSync('mkfifo', [path.join(root, 'pipe.md')]).status, 0);
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports the readable notes, each unreadable path, and exits 2 at the end', () => {
    const named = [path.join(root, 'notes'), path.join(root, 'missing.md'), ...(canMakeFifo ? [path.join(root, 'pipe.md')] : [])];
    const r = runCli(['check', ...named, '--format', 'json']);
    assert.equal(r.code, 2, r.err);
    const report = JSON.parse(r.out) as Report;
    const byName = new Map(report.files.map((f) => [path.basename(f.path), f]));
    assert.ok(byName.get('a.md')!.diagnostics.some((d) => d.code === 'fact-conflict'), 'the readable note is still checked');
    assert.ok(byName.has('b.md'));
    assert.equal(byName.get('missing.md')?.diagnostics[0]?.code, 'document-unreadable');
    assert.match(r.err, /cannot read .*missing\.md: no such file or folder/);
    if (canMakeFifo) {
      assert.equal(byName.get('pipe.md')?.diagnostics[0]?.code, 'document-unreadable');
      assert.match(byName.get('pipe.md')!.diagnostics[0]!.message, /not a regular file/);
    }
    // Skipped with a word, not checked: the link and the name that is not UTF-8.
    assert.ok(!byName.has('link.md') && !byName.has('target.md'));
    assert.match(r.err, /skipped .*link\.md: a symbolic link/);
    assert.match(r.err, /skipped .*caf.*\.md: the file name is not UTF-8/);
  });

  it('a link named on the command line is followed: the user chose it', () => {
    const r = runCli(['check', path.join(root, 'notes', 'link.md'), '--format', 'json']);
    assert.equal(r.code, 1, r.err);
    assert.ok((JSON.parse(r.out) as Report).files[0]!.diagnostics.some((d) => d.code === 'fact-conflict'));
  });

  it('nothing unreadable: the exit code is the usual one and stderr is quiet', () => {
    const r = runCli(['check', path.join(root, 'notes', 'a.md')]);
    assert.equal(r.code, 1);
    assert.equal(r.err, '');
  });
});
