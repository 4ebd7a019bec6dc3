// The CLI's code cache (node/codeCache.ts): V8's compiled code kept between runs. A run with it
// prints exactly what a run without it prints; a damaged, foreign or refused file is never
// believed and is replaced; `--no-cache` and a folder others can write keep nothing.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeCacheFile, codeIdentity, MAX_CODE_CACHE_BYTES, readCode, writeCode } from '../src/node/codeCache';
import { ROOT } from './helpers';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'entity-lens-code-'));
const SECRET = Buffer.alloc(32, 7);
const OTHER_SECRET = Buffer.alloc(32, 8);

describe('code cache files', () => {
  it('what is written is read back, only for the same identity and key', () => {
    const dir = path.join(tempDir(), 'code');
    const file = codeCacheFile(dir, '/opt/el/dist/cli-main.js');
    const data = Buffer.from('compiled code bytes');
    assert.ok(writeCode(dir, file, 'id-1', SECRET, data));
    assert.equal((fs.statSync(file).mode & 0o777).toString(8), '600');
    assert.deepEqual(readCode(file, 'id-1', SECRET), data);
    assert.equal(readCode(file, 'id-2', SECRET), undefined, 'another program or Node');
    assert.equal(readCode(file, 'id-1', OTHER_SECRET), undefined, 'signed with another key');
    assert.notEqual(codeCacheFile(dir, '/opt/el/dist/cli-main.js'), codeCacheFile(dir, '/opt/other/dist/cli-main.js'));
  });

  it('a damaged file is not read; nothing is thrown', () => {
    const dir = path.join(tempDir(), 'code');
    const file = codeCacheFile(dir, 'p');
    writeCode(dir, file, 'id', SECRET, Buffer.alloc(1000, 1));
    const good = fs.readFileSync(file);
    const flip = (at: number) => {
      const b = Buffer.from(good);
      b[at] = b[at]! ^ 0x10;
      return b;
    };
    for (const bytes of [Buffer.alloc(0), Buffer.from('junk'), good.subarray(0, good.length - 1), flip(3), flip(20), flip(60), flip(good.length - 1)]) {
      fs.writeFileSync(file, bytes);
      assert.equal(readCode(file, 'id', SECRET), undefined);
    }
    assert.equal(readCode(path.join(dir, 'missing.v8'), 'id', SECRET), undefined);
    // A file too large to be code is not even read.
    fs.writeFileSync(file, good);
    fs.truncateSync(file, MAX_CODE_CACHE_BYTES + 1);
    assert.equal(readCode(file, 'id', SECRET), undefined);
    assert.equal(writeCode(dir, file, 'id', SECRET, Buffer.alloc(MAX_CODE_CACHE_BYTES + 1)), false);
  });

  it('a folder that cannot be made or that others can write gets nothing', () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'x');
    assert.equal(writeCode(path.join(blocker, 'code'), path.join(blocker, 'code', 'f.v8'), 'id', SECRET, Buffer.from('c')), false);
    assert.equal(fs.readFileSync(blocker, 'utf8'), 'x');
    if (process.platform === 'win32') return;
    const open = path.join(tempDir(), 'code');
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    assert.equal(writeCode(open, path.join(open, 'f.v8'), 'id', SECRET, Buffer.from('c')), false);
    assert.deepEqual(fs.readdirSync(open), []);
  });
});

describe('the built CLI through its code cache', function () {
  this.timeout(120000);
  const bin = path.join(ROOT, 'dist', 'cli.js');
  const program = path.join(ROOT, 'dist', 'cli-main.js');
  const note = path.join(tempDir(), 'note.md');
  // What the built program's code is stored under: its runs have no Node flags, and the package's version.
  const identity = () => codeIdentity(program, [], (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version)!;
  fs.writeFileSync(note, 'The JJOC has 300 personnel.\n統合作戦司令部の司令官は山田太郎陸将だ。\n');

  before(function () {
    if (!fs.existsSync(bin) || !fs.existsSync(program)) this.skip(); // npm test builds first.
  });

  /** A run with its own user cache folder (the key's home) and `ENTITY_LENS_CACHE_DIR`. */
  const runner = () => {
    const home = tempDir();
    const cache = path.join(home, 'cache');
    const env = { ...process.env, XDG_CACHE_HOME: home, ENTITY_LENS_CACHE_DIR: cache };
    const run = (...extra: string[]) => spawnSync(process.execPath, [bin, 'check', note, '--format', 'json', ...extra], { encoding: 'utf8', env });
    const codeDir = path.join(cache, 'code');
    const entries = () => (fs.existsSync(codeDir) ? fs.readdirSync(codeDir) : []);
    const secret = () => fs.readFileSync(path.join(home, 'entity-lens', 'secret'));
    return { run, codeDir, entries, file: () => codeCacheFile(codeDir, program), secret };
  };

  it('a run with the cache prints what a run without it prints; a second run reads it and writes nothing', () => {
    const r = runner();
    const none = r.run('--no-cache');
    assert.equal(none.status, 1, none.stderr);
    assert.ok(none.stdout.includes('fact-conflict') && none.stdout.includes('山田太郎'), none.stdout);
    assert.deepEqual(r.entries(), [], '--no-cache keeps no code');
    const first = r.run();
    assert.deepEqual(r.entries(), [path.basename(r.file())]);
    assert.equal((fs.statSync(r.file()).mode & 0o777).toString(8), '600');
    const written = fs.statSync(r.file());
    const second = r.run();
    const after = fs.statSync(r.file());
    assert.ok(written.ino === after.ino && written.mtimeMs === after.mtimeMs, 'code V8 took is not written again');
    for (const x of [first, second]) {
      assert.equal(x.stdout, none.stdout);
      assert.equal(x.status, none.status);
      assert.equal(x.stderr, '');
    }
    // The stored code is this program's, signed with the user's key.
    assert.ok(readCode(r.file(), identity(), r.secret()));
  });

  it('a damaged file, or code V8 refuses, is not used and is replaced', () => {
    const r = runner();
    const none = r.run('--no-cache');
    r.run();
    const good = fs.readFileSync(r.file());
    const flipped = Buffer.from(good);
    flipped[good.length - 50] = flipped[good.length - 50]! ^ 0x55;
    for (const plant of [() => fs.writeFileSync(r.file(), flipped), () => fs.writeFileSync(r.file(), 'junk'), () => writeCode(r.codeDir, r.file(), identity(), r.secret(), Buffer.alloc(4096, 0xab))]) {
      plant();
      const planted = fs.readFileSync(r.file());
      const x = r.run();
      assert.equal(x.stdout, none.stdout);
      assert.equal(x.stderr, '');
      assert.notDeepEqual(fs.readFileSync(r.file()), planted, 'replaced');
      assert.ok(readCode(r.file(), identity(), r.secret()));
    }
  });

  it('a code folder that others can write is not used', function () {
    if (process.platform === 'win32') this.skip();
    const r = runner();
    fs.mkdirSync(r.codeDir, { recursive: true });
    fs.chmodSync(r.codeDir, 0o777);
    const x = r.run();
    assert.equal(x.status, 1, x.stderr);
    assert.deepEqual(r.entries(), []);
  });
});
