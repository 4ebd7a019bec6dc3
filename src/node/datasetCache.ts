// The compiled-dataset cache, shared by the CLI and the language server: with the server's index
// cache, the only place where either writes files, and only into its cache folder (never the
// documents' or the datasets' folders; see datasetCacheDir).
//
// Loading a large dataset (YAML, validation, merge) and building its matcher costs seconds at
// 10k–100k aliases; a run (or a server start) over unchanged datasets instead reads one file: the state `service.exportCompiled()` gave last time, named by a hash of everything it
// depends on (the dataset files' names and texts, the message language, the program file and
// its version). Any change makes another name, so an entry is never updated, only written (to a
// temporary file, then renamed: readers see a whole file or none). A file that cannot be read,
// fails its checksum or is not what its name promises is ignored and rewritten; a folder that
// cannot be written only means no caching. Nothing here throws.
//
// Entries are believed only under the user's key (cacheTrust.ts): the checksum is an HMAC with a
// secret only this user can read, and a folder that is not the user's alone is not used.
//
// File layout: 16 bytes of magic; the HMAC-SHA256 of everything from byte 48 on; the header's length
// and the data section's offset (uint32 LE each); the header (UTF-8 JSON: the key and the
// compiled state with each typed array replaced by {"$typed": type, "at": offset in the data
// section, "length": elements}); the data section, each typed array at an 8-byte boundary.
// Reading makes views on the file's bytes: no copy, no per-element decoding.

import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DatasetInput, EntityService, Problem } from '../core';
import { runCacheFolder, type CacheOptions } from './cacheFolder';
import { cacheSecret, keyedSum, untrustedFolder } from './cacheTrust';
import { VERSION } from './version';

const CACHE_MAGIC = Buffer.from('entity-lens\u0000c02\u0000', 'latin1');
/** The checksum covers the file from here; the header's length and the data's offset come first. */
const SUMMED_FROM = 48;
const HEADER_AT = 56;
/** Entries kept in the folder; older ones (by write time) are removed when a new one is written. */
const CACHE_KEEP = 8;

type TypedArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
const TYPED: Record<string, { new (buffer: ArrayBufferLike, byteOffset: number, length: number): TypedArray; BYTES_PER_ELEMENT: number }> = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
};

/**
 * The folder compiled datasets are kept in, or `undefined` for none: `datasets` in the run's
 * Entity Lens cache folder (cacheFolder.ts).
 */
export function datasetCacheDir(options: CacheOptions, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = runCacheFolder(options, env);
  return base === undefined ? undefined : path.join(base, 'datasets');
}

/** What the running program is: its file's size and modification time (a rebuild changes them). */
function programIdentity(): string {
  try {
    const s = fs.statSync(__filename);
    return `${__filename}\u0000${s.size}\u0000${s.mtimeMs}`;
  } catch {
    return __filename;
  }
}

function cacheKey(inputs: readonly DatasetInput[], messageLang: string): string {
  const h = createHash('sha256');
  h.update(`entity-lens compiled dataset\u0000${VERSION}\u0000${programIdentity()}\u0000${messageLang}\u0000${inputs.length}\u0000`);
  for (const input of inputs) {
    h.update(`${input.file.length}\u0000${input.file}\u0000${input.text.length}\u0000`);
    h.update(input.text);
  }
  return h.digest('hex');
}

/**
 * `service.loadDatasets(inputs)`, through the cache in `dir` (none when `undefined`): the same
 * dataset, matcher and problems either way.
 */
export function loadDatasetsCached(service: EntityService, inputs: DatasetInput[], dir: string | undefined, messageLang: string, refused?: (reason: string) => void): Problem[] {
  const entry = compiledEntry(inputs, dir, messageLang, refused);
  const cached = entry?.restore(service);
  if (cached) return cached;
  const problems = service.loadDatasets(inputs);
  entry?.save(service);
  return problems;
}

/** The cache entry for these inputs: restore it into a service, or save a service's state in it. */
export interface CompiledEntry {
  /** Loads the stored state into `service`: its problems, or `undefined` when there is none to load. */
  restore(service: EntityService): Problem[] | undefined;
  /** Stores the state of `service`, which has just loaded these inputs. */
  save(service: EntityService): void;
}

/**
 * The entry for `inputs` in `dir`, or `undefined` when there is no cache (no folder, no inputs,
 * or a folder or key that cannot be trusted: then `refused` hears why).
 */
export function compiledEntry(inputs: readonly DatasetInput[], dir: string | undefined, messageLang: string, refused?: (reason: string) => void): CompiledEntry | undefined {
  if (dir === undefined || inputs.length === 0) return undefined;
  const secret = cacheSecret();
  const distrust = secret ? untrustedFolder(dir) : 'the cache key in the user\'s cache folder cannot be read or made';
  if (!secret || distrust !== undefined) {
    refused?.(`compiled datasets are not cached: ${distrust}`);
    return undefined;
  }
  let key: string;
  try {
    key = cacheKey(inputs, messageLang);
  } catch {
    return undefined;
  }
  const file = path.join(dir, `${key}.dataset`);
  return {
    restore(service) {
      const cached = readCacheEntry(file, key, secret);
      return cached === undefined ? undefined : service.importCompiled(cached);
    },
    save(service) {
      writeCacheEntry(dir, file, key, secret, () => service.exportCompiled());
    },
  };
}

/**
 * The compiled state stored under `key` in `file`, or `undefined` (missing, damaged, foreign, or
 * not signed with `secret`, the user's).
 */
export function readCacheEntry(file: string, key: string, secret: Buffer | undefined = cacheSecret()): unknown {
  if (!secret) return undefined;
  try {
    const bytes = fs.readFileSync(file);
    if (bytes.length < HEADER_AT || !bytes.subarray(0, 16).equals(CACHE_MAGIC)) return undefined;
    const sum = keyedSum(secret, bytes.subarray(SUMMED_FROM));
    if (!sum.equals(bytes.subarray(16, SUMMED_FROM))) return undefined;
    const headerLength = bytes.readUInt32LE(SUMMED_FROM);
    const dataAt = bytes.readUInt32LE(SUMMED_FROM + 4);
    if (HEADER_AT + headerLength > dataAt || dataAt > bytes.length) return undefined;
    const header = JSON.parse(bytes.toString('utf8', HEADER_AT, HEADER_AT + headerLength)) as { key?: unknown; compiled?: unknown };
    if (!header || typeof header !== 'object' || header.key !== key) return undefined;
    return revive(header.compiled, bytes.subarray(dataAt), 0);
  } catch {
    return undefined;
  }
}

/** The header's `{$typed}` markers as views on the file's bytes (copies where unaligned). */
function revive(v: unknown, data: Buffer, depth: number): unknown {
  if (!v || typeof v !== 'object' || depth > 16) return v;
  if (Array.isArray(v)) return v.map((x) => revive(x, data, depth + 1));
  const o = v as Record<string, unknown>;
  if (typeof o.$typed === 'string') {
    const ctor = Object.prototype.hasOwnProperty.call(TYPED, o.$typed) ? TYPED[o.$typed] : undefined;
    const at = o.at as number;
    const length = o.length as number;
    if (!ctor || !Number.isSafeInteger(at) || !Number.isSafeInteger(length) || at < 0 || length < 0) throw new Error('bad typed array');
    const byteLength = length * ctor.BYTES_PER_ELEMENT;
    if (at + byteLength > data.length) throw new Error('typed array out of bounds');
    const offset = data.byteOffset + at;
    if (offset % ctor.BYTES_PER_ELEMENT === 0) return new ctor(data.buffer, offset, length);
    return new ctor(new Uint8Array(data.subarray(at, at + byteLength)).buffer, 0, length);
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = revive(o[k], data, depth + 1);
  return out;
}

/** The file's bytes for `compiled` (plain data with typed arrays), as `readCacheEntry` reads them. */
function packEntry(key: string, secret: Buffer, compiled: unknown): Buffer {
  const arrays: Array<{ bytes: Uint8Array; at: number }> = [];
  let size = 0;
  const mark = (v: unknown, depth: number): unknown => {
    if (depth > 16) throw new Error('too deep');
    if (ArrayBuffer.isView(v)) {
      const name = v instanceof Buffer ? 'Uint8Array' : (v.constructor as { name: string }).name;
      if (!Object.prototype.hasOwnProperty.call(TYPED, name)) throw new Error(`cannot store a ${name}`);
      const at = (size + 7) & ~7;
      arrays.push({ bytes: new Uint8Array(v.buffer, v.byteOffset, v.byteLength), at });
      size = at + v.byteLength;
      return { $typed: name, at, length: (v as TypedArray).length };
    }
    if (!v || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => mark(x, depth + 1));
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = mark((v as Record<string, unknown>)[k], depth + 1);
    return out;
  };
  const header = Buffer.from(JSON.stringify({ key, compiled: mark(compiled, 0) }), 'utf8');
  const dataAt = (HEADER_AT + header.length + 7) & ~7;
  const out = Buffer.alloc(dataAt + size);
  CACHE_MAGIC.copy(out, 0);
  out.writeUInt32LE(header.length, SUMMED_FROM);
  out.writeUInt32LE(dataAt, SUMMED_FROM + 4);
  header.copy(out, HEADER_AT);
  for (const a of arrays) out.set(a.bytes, dataAt + a.at);
  keyedSum(secret, out.subarray(SUMMED_FROM)).copy(out, 16);
  return out;
}

function writeCacheEntry(dir: string, file: string, key: string, secret: Buffer, compile: () => unknown): void {
  let temp: string | undefined;
  try {
    const compiled = compile();
    if (compiled === undefined) return;
    const bytes = packEntry(key, secret, compiled);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (untrustedFolder(dir) !== undefined) return; // Made by someone else since it was checked.
    temp = path.join(dir, `.${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    fs.writeFileSync(temp, bytes, { mode: 0o600, flag: 'wx' });
    fs.renameSync(temp, file);
    temp = undefined;
    pruneCache(dir, file);
  } catch {
    // Not writable, full, gone: the next run loads the datasets again.
  } finally {
    if (temp !== undefined) {
      try {
        fs.unlinkSync(temp);
      } catch {
        // already gone
      }
    }
  }
}

/** Keeps the newest `CACHE_KEEP` entries; removes the rest, and temporary files over an hour old. */
function pruneCache(dir: string, keep: string): void {
  try {
    const now = Date.now();
    const entries: Array<{ file: string; mtime: number }> = [];
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (/^[0-9a-f]{64}\.dataset$/.test(name)) entries.push({ file: full, mtime: fs.statSync(full).mtimeMs });
      else if (/^\.[0-9a-f]{64}\.\d+\.[0-9a-f]{8}\.tmp$/.test(name) && now - fs.statSync(full).mtimeMs > 3_600_000) fs.unlinkSync(full);
    }
    entries.sort((a, b) => b.mtime - a.mtime);
    for (const e of entries.slice(CACHE_KEEP)) if (e.file !== keep) fs.unlinkSync(e.file);
  } catch {
    // Pruning is best effort.
  }
}
