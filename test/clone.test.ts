// The repository stands on its own: its HEAD, cloned into an empty temporary folder outside the
// work tree (so with no ../shared beside it), builds and passes the unit tests there (not the
// end-to-end run), and says which checks it skipped for want of ../shared. node_modules is linked
// from this checkout: nothing is fetched. Slow by nature: it runs every unit test a second time
// (about two minutes on two cores). Inside the clone it skips itself (ENTITY_LENS_IN_CLONE).
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './helpers';

const IN_CLONE = 'ENTITY_LENS_IN_CLONE';
/** The folders of ../shared some test reads; each must say it was absent. */
const SHARED_PARTS = ['spec', 'seeds', 'realprose'];

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${String(r.stdout ?? '')}${String(r.stderr ?? '')}`;
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed (${r.status ?? r.signal ?? r.error?.message}):\n${output.slice(-6000)}`);
  return output;
}

const head = spawnSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
const reason = process.env[IN_CLONE] ? 'this is the clone' : head.status !== 0 ? 'not a git checkout' : undefined;

describe('a clone of the repository', function () {
  this.timeout(20 * 60_000);

  if (reason) {
    it.skip(`stands alone: skipped (${reason})`);
    return;
  }

  it('builds and passes the unit tests with no ../shared beside it, and says which checks it skipped', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-clone-'));
    try {
      const clone = path.join(folder, 'entity-lens');
      run('git', ['clone', '--quiet', '--no-checkout', ROOT, clone]);
      run('git', ['-C', clone, 'checkout', '--quiet', '--detach', head.stdout.trim()]);
      assert.ok(!fs.existsSync(path.join(folder, 'shared')));
      fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(clone, 'node_modules'), 'dir');
      run(process.execPath, ['scripts/build.mjs'], { cwd: clone });
      const output = run(process.execPath, ['scripts/run-tests.cjs'], { cwd: clone, env: { ...process.env, [IN_CLONE]: '1' }, timeout: 18 * 60_000 });

      const summary = /\n(\d+) passed, (\d+) failed\n/.exec(output);
      assert.ok(summary && summary[2] === '0' && Number(summary[1]) > 500, `the clone's summary: ${summary?.[0] ?? output.slice(-2000)}`);
      const skipped = output.split('\n').filter((l) => /\.\.\/shared\/\w+ is absent/.test(l));
      console.log(`      (the clone: ${summary[0].trim()}; skipped for want of ../shared:)\n${skipped.map((l) => `      ${l.trim()}`).join('\n')}`);
      for (const part of SHARED_PARTS) assert.ok(skipped.some((l) => l.includes(`../shared/${part} is absent`)), `a line says ../shared/${part} was absent`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
