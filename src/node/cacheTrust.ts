// What makes a cache entry worth believing. A cache folder can be shared (`--cache-dir` on a CI
// cache, a relative folder inside a cloned repository): whoever can write there could plant an
// entry that says the JJOC has 300 personnel. So entries carry an HMAC under a secret that only
// this user can read, kept in the user's own cache folder whatever folder the entries are in, and
// a folder is used only when it is this user's and nobody else can write to it.

import { createHmac, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { userCacheFolder } from './cacheFolder';

const SECRET_BYTES = 32;
let secret: { folder: string; value: Buffer | undefined } | undefined;

/**
 * The user's cache secret (`secret` in the user's cache folder, made on first use, mode 0600);
 * `undefined` when it cannot be read or made safely, and then nothing is cached.
 */
export function cacheSecret(env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  let folder: string;
  try {
    folder = userCacheFolder(env);
  } catch {
    return undefined;
  }
  if (secret?.folder === folder) return secret.value;
  secret = { folder, value: readOrMakeSecret(folder) };
  return secret.value;
}

function readOrMakeSecret(folder: string): Buffer | undefined {
  const file = path.join(folder, 'secret');
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (untrustedFolder(folder) !== undefined) return undefined;
    try {
      // `wx`: never through a link or over a file someone else put there.
      fs.writeFileSync(file, randomBytes(SECRET_BYTES), { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile() || st.size !== SECRET_BYTES || !ownedByUser(st) || (st.mode & 0o077) !== 0) return undefined;
      const value = Buffer.alloc(SECRET_BYTES);
      return fs.readSync(fd, value, 0, SECRET_BYTES, 0) === SECRET_BYTES ? value : undefined;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The keyed checksum of `parts`, in order. */
export function keyedSum(key: Buffer, ...parts: Uint8Array[]): Buffer {
  const h = createHmac('sha256', key);
  for (const p of parts) h.update(p);
  return h.digest();
}

/**
 * Why `folder` must not hold a cache (not a real folder, someone else's, writable by group or
 * others), or `undefined` when it is fine or not there.
 */
export function untrustedFolder(folder: string): string | undefined {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(folder);
  } catch {
    // Missing (it will be made, 0700) or unreachable (nothing will be read or written there).
    return undefined;
  }
  if (st.isSymbolicLink()) return `${folder} is a symbolic link`;
  if (!st.isDirectory()) return `${folder} is not a folder`;
  if (!ownedByUser(st)) return `${folder} belongs to another user`;
  if (process.platform !== 'win32' && (st.mode & 0o022) !== 0) return `${folder} can be written by other users (mode ${(st.mode & 0o777).toString(8)})`;
  return undefined;
}

function ownedByUser(st: fs.Stats): boolean {
  return typeof process.getuid !== 'function' || st.uid === process.getuid();
}
