// Paths that are no regular file: a named pipe (a read would wait for a writer for ever) and a
// link to /dev/zero (a read would never end). The CLI refuses them at once with a reason; the
// language server skips them and goes on indexing the rest.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers';
import { published, startServer, workspace } from './helpers';
import type { TestClient } from '../server/harness';

const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0 && fs.existsSync('/dev/zero');

(canMakeFifo ? describe : describe.skip)(`hostile files: named pipes and devices${canMakeFifo ? '' : ' (skipped: no mkfifo or /dev/zero here)'}`, () => {
  let root: string;
  let c: TestClient | undefined;

  before(function () {
    this.timeout(60000);
    root = workspace('special', { 'notes/ok.md': 'The JJOC has 300 personnel.\n' });
    assert.equal(spawnSync('mkfifo', [path.join(root, 'notes', 'fifo.md')]).status, 0);
    fs.symlinkSync('/dev/zero', path.join(root, 'notes', 'zero.md'));
    assert.equal(spawnSync('mkfifo', [path.join(root, 'fifo.entities.yaml')]).status, 0);
  });

  after(async () => {
    await c?.dispose({ keepFixture: true });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('`check` refuses a named pipe and a link to /dev/zero at once, saying why', () => {
    for (const name of ['fifo.md', 'zero.md']) {
      const r = runCli(['check', path.join(root, 'notes', name)]);
      assert.equal(r.code, 2, r.out);
      assert.match(r.err, /not a regular file/, r.err);
    }
    const d = runCli(['check', path.join(root, 'notes', 'ok.md'), '--dataset', path.join(root, 'fifo.entities.yaml')]);
    assert.equal(d.code, 2);
    assert.match(d.err, /not a regular file/);
  });

  it('`check` of the folder reads the regular note and passes the others by', () => {
    const r = runCli(['check', path.join(root, 'notes'), '--format', 'json']);
    assert.equal(r.code, 1, r.err);
    const files = (JSON.parse(r.out) as { files: Array<{ path: string }> }).files.map((f) => path.basename(f.path));
    assert.deepEqual(files, ['ok.md']);
  });

  it('the language server indexes the workspace around them and answers', async function () {
    this.timeout(60000);
    c = await startServer(root, 'notes/ok.md', { settings: { datasets: ['fifo.entities.yaml'] } }, 40000);
    const d = await published(c, path.join(root, 'notes', 'ok.md'), (x) => x.some((y) => y.code === 'fact-conflict'));
    assert.ok(d.length > 0);
    // Passed by with a word: the log names them.
    const said = c.logs.find((l) => l.startsWith('Not indexed, being symbolic links or not regular files'));
    assert.ok(said && said.includes('zero.md') && said.includes('fifo.md'), c.logs.join('\n'));
  });
});
