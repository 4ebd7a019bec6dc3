// V8's compiled code for the CLI's program, kept between runs. Compiling the ~1 MB bundle (and
// then each function it calls) is most of a one-note check, as a pre-commit hook runs it; with the
// code V8 compiled last time handed back, a run skips that work. Node 20 has no compile cache of
// its own (module.enableCompileCache came in 22), so the program is compiled here with
// `vm.Script`'s `cachedData` and run as a CommonJS module would be.
//
// One file per program file in the code folder of the Entity Lens cache folder, replaced (a
// temporary file, then a rename) when the program, Node or its flags change, or V8 refuses it.
// Code is believed only under the user's key, as compiled datasets are (cacheTrust.ts): a file
// someone else planted in a shared `--cache-dir` is never handed to V8. Nothing here throws
// because of the cache: without one, the program is compiled as usual.
//
// File layout: 16 bytes of magic; the HMAC-SHA256 of everything from byte 48 on; the identity's
// length (uint32 LE); the identity (UTF-8: version, Node, platform, program file, its size and
// modification time, Node's flags); V8's cached data.

import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { cacheSecret, keyedSum, untrustedFolder } from './cacheTrust';
import { VERSION } from './version';

const CODE_MAGIC = Buffer.from('entity-lens\u0000v8c1', 'latin1');
const SUMMED_FROM = 48;
/** Larger cached code than this is neither read nor written (the CLI's is under 1 MB). */
export const MAX_CODE_CACHE_BYTES = 32 * 1024 * 1024;

/** What the cached code was compiled from: any change makes it another program's. */
export function codeIdentity(program: string, execArgv: readonly string[] = process.execArgv, version: string = VERSION): string | undefined {
  try {
    const st = fs.statSync(program);
    return [version, process.version, process.platform, process.arch, program, st.size, st.mtimeMs, execArgv.join(' ')].join('\u0000');
  } catch {
    return undefined;
  }
}

/** The file that holds the code of `program` in `dir`. */
export function codeCacheFile(dir: string, program: string): string {
  return path.join(dir, `${createHash('sha256').update(program).digest('hex').slice(0, 24)}.v8`);
}

/** V8's data stored for `id` in `file`, when it is whole, this user's and this program's. */
export function readCode(file: string, id: string, secret: Buffer): Buffer | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > MAX_CODE_CACHE_BYTES) return undefined;
    const bytes = fs.readFileSync(file);
    if (bytes.length < SUMMED_FROM + 4 || !bytes.subarray(0, CODE_MAGIC.length).equals(CODE_MAGIC)) return undefined;
    if (!keyedSum(secret, bytes.subarray(SUMMED_FROM)).equals(bytes.subarray(16, SUMMED_FROM))) return undefined;
    const idLength = bytes.readUInt32LE(SUMMED_FROM);
    const dataAt = SUMMED_FROM + 4 + idLength;
    if (dataAt > bytes.length || bytes.toString('utf8', SUMMED_FROM + 4, dataAt) !== id) return undefined;
    return bytes.subarray(dataAt);
  } catch {
    return undefined;
  }
}

/** Stores `data` for `id` in `file` (whole or not at all); false when it could not. */
export function writeCode(dir: string, file: string, id: string, secret: Buffer, data: Buffer): boolean {
  if (data.length > MAX_CODE_CACHE_BYTES) return false;
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (untrustedFolder(dir) !== undefined) return false;
    const idBytes = Buffer.from(id, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(idBytes.length);
    const sum = keyedSum(secret, length, idBytes, data);
    fs.writeFileSync(tmp, Buffer.concat([CODE_MAGIC, Buffer.alloc(16 - CODE_MAGIC.length), sum, length, idBytes, data]), { flag: 'wx', mode: 0o600 });
    fs.renameSync(tmp, file);
    return true;
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: a stray temporary file in the user's own cache folder.
    }
    return false;
  }
}

/**
 * Runs `program` (a CommonJS bundle) as a module and returns its exports, through V8's code
 * cached in `dir` (none when `undefined`). When there was no usable code, the code compiled by
 * the time the process exits is stored for the next run.
 */
export function runProgramCached(program: string, dir: string | undefined): unknown {
  const source = fs.readFileSync(program, 'utf8').replace(/^#!.*/, '');
  const secret = dir !== undefined && untrustedFolder(dir) === undefined ? cacheSecret() : undefined;
  const id = secret ? codeIdentity(program) : undefined;
  const file = dir !== undefined && id !== undefined ? codeCacheFile(dir, program) : undefined;
  const cached = file && id && secret ? readCode(file, id, secret) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: program, ...(cached ? { cachedData: cached } : {}) });
  if (file && id && secret && (!cached || script.cachedDataRejected)) {
    // At exit, so that the functions the run compiled are in it too.
    process.once('exit', () => {
      try {
        writeCode(dir!, file, id, secret, script.createCachedData());
      } catch {
        // No cache this time.
      }
    });
  }
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  const mod = new Module(program);
  mod.filename = program;
  mod.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(path.dirname(program));
  const require = createRequire(program);
  // Registered as a required module is, so that what the process loaded can be listed.
  require.cache[program] = mod;
  wrapper.call(mod.exports, mod.exports, require, mod, program, path.dirname(program));
  mod.loaded = true;
  return mod.exports;
}
