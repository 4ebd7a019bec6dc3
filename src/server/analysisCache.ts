// The analyses of a workspace's notes, kept on disk between sessions, so that a restart over an
// unchanged workspace does not parse every note again. One file per workspace, named by a hash of
// its folders, holding { key, entries }: `key` hashes everything an analysis depends on besides
// the note (the engine build, the dataset texts, the recognition options), and each entry the
// note's own text. Anything that does not match, or does not read back, is ignored: a cache
// is never a reason to show a stale result or to fail.
//
// A file is believed only under the user's key (node/cacheTrust.ts): magic, then the HMAC of the
// rest, then the serialised data, which is not even deserialised unless the HMAC holds; and a
// restored analysis must still fit its note and the budgets. Written to a fresh temporary file
// (0600, never through a link) and renamed; the folder is the user's alone (0700) or not used.
// The files of the 16 workspaces used last are kept, within a size budget.

import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { MAX_DIAGNOSTICS_PER_DOCUMENT, MAX_MENTIONS_PER_DOCUMENT, type DocumentAnalysis, type RecognitionOptions } from '../core';
import type { DatasetSource } from '../core/dataset';
import type { Logger } from './log';
import { describeError } from './log';
import { userCacheFolder } from '../node/cacheFolder';
import { cacheSecret, keyedSum, untrustedFolder } from '../node/cacheTrust';

const FORMAT = 2;
const MAGIC = Buffer.from('entity-lens\u0000i02\u0000', 'latin1');
const BODY_AT = MAGIC.length + 32;
/** Index files kept in the cache folder, newest first: one per workspace opened lately. */
export const MAX_CACHED_WORKSPACES = 16;
/** One workspace's file at most; a larger index is not cached (it would take longer to read than to redo). */
export const MAX_INDEX_FILE_BYTES = 128 * 1024 * 1024;
/** All index files together at most; the oldest go first. */
export const MAX_INDEX_FOLDER_BYTES = 256 * 1024 * 1024;

interface CacheFile {
  format: number;
  key: string;
  entries: Map<string, { hash: string; analysis: DocumentAnalysis }>;
}

/** The cache folder: the client's storage folder if it gave one, else the user's (see cacheFolder.ts). */
export function defaultCacheDir(fromClient: string | undefined): string {
  return fromClient || userCacheFolder();
}

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** What every analysis depends on besides its note. */
export function analysisKey(inputs: readonly DatasetSource[], options: RecognitionOptions, program: string | undefined): string {
  const h = createHash('sha256');
  h.update(`format ${FORMAT}\n`);
  try {
    // The engine itself: a rebuilt bundle may analyse differently.
    const stat = program ? fs.statSync(program) : undefined;
    h.update(`${program} ${stat?.size} ${stat?.mtimeMs}\n`);
  } catch {
    h.update('no program\n');
  }
  h.update(JSON.stringify(options) + '\n');
  for (const i of inputs) h.update(`${i.file}\n${i.text.length}\n`).update(i.text);
  return h.digest('hex');
}

export class AnalysisCache {
  private entries = new Map<string, { hash: string; analysis: DocumentAnalysis }>();
  private loadedKey: string | undefined;
  private refusalSaid = false;

  constructor(
    private readonly file: string,
    private readonly log: Logger,
  ) {}

  /** The cache of the workspace with these folders, in `dir`. */
  static forWorkspace(dir: string, folders: readonly string[], log: Logger): AnalysisCache {
    const name = createHash('sha256').update(folders.join('\n')).digest('hex').slice(0, 20);
    return new AnalysisCache(path.join(dir, 'index', `${name}.v8`), log);
  }

  /** Reads the file once; entries made under another key, or not under the user's key, are dropped. */
  load(key: string): void {
    if (this.loadedKey === key) return;
    this.loadedKey = key;
    this.entries = new Map();
    const secret = this.trusted();
    if (!secret) return;
    let data: Buffer;
    try {
      data = fs.readFileSync(this.file);
    } catch {
      return; // No cache yet.
    }
    if (data.length < BODY_AT || !data.subarray(0, MAGIC.length).equals(MAGIC) || !keyedSum(secret, data.subarray(BODY_AT)).equals(data.subarray(MAGIC.length, BODY_AT))) {
      this.log.warn(`Ignoring the index cache ${this.file}: it was not written by this user's Entity Lens.`);
      return;
    }
    try {
      const parsed = deserialize(data.subarray(BODY_AT)) as Partial<CacheFile> | undefined;
      if (parsed?.format === FORMAT && parsed.key === key && parsed.entries instanceof Map) this.entries = parsed.entries;
    } catch (e) {
      this.log.warn(`Ignoring an unreadable index cache ${this.file}: ${describeError(e)}`);
    }
  }

  /** The cached analysis of this note, if its text is the one analysed and the analysis fits it. */
  get(uri: string, text: string): DocumentAnalysis | undefined {
    const e = this.entries.get(uri);
    if (!e || e.hash !== textHash(text)) return undefined;
    return fitsNote(e.analysis, uri, text) ? e.analysis : undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The user's key when the folder may hold a cache; else `undefined`, said once. */
  private trusted(): Buffer | undefined {
    const secret = cacheSecret();
    const distrust = secret ? untrustedFolder(path.dirname(this.file)) : "the cache key in the user's cache folder cannot be read or made";
    if (secret && distrust === undefined) return secret;
    if (!this.refusalSaid) this.log.warn(`The index is not cached: ${distrust}.`);
    this.refusalSaid = true;
    return undefined;
  }

  /** Keeps the newest MAX_CACHED_WORKSPACES index files within MAX_INDEX_FOLDER_BYTES (other workspaces' caches age out). */
  private prune(): void {
    const dir = path.dirname(this.file);
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.v8') || (f.endsWith('.tmp') && f.startsWith('.')))
      .map((f) => {
        const full = path.join(dir, f);
        const st = fs.lstatSync(full);
        return { full, mtime: st.mtimeMs, size: st.size, temp: f.endsWith('.tmp') };
      })
      .sort((a, b) => b.mtime - a.mtime);
    let total = 0;
    let kept = 0;
    const now = Date.now();
    for (const f of files) {
      // A temporary file an hour old belongs to a writer that died.
      if (f.temp) {
        if (now - f.mtime > 3_600_000) fs.rmSync(f.full, { force: true });
        continue;
      }
      total += f.size;
      if (f.full !== this.file && (++kept >= MAX_CACHED_WORKSPACES || total > MAX_INDEX_FOLDER_BYTES)) fs.rmSync(f.full, { force: true });
    }
  }

  /** Replaces the cache with these notes' analyses and writes it (temporary file, then rename). */
  save(key: string, notes: Iterable<{ uri: string; text: string; analysis: DocumentAnalysis }>): void {
    const entries = new Map<string, { hash: string; analysis: DocumentAnalysis }>();
    for (const n of notes) entries.set(n.uri, { hash: textHash(n.text), analysis: n.analysis });
    this.entries = entries;
    this.loadedKey = key;
    const secret = this.trusted();
    if (!secret) return;
    let tmp: string | undefined;
    try {
      const body = serialize({ format: FORMAT, key, entries } satisfies CacheFile);
      if (body.length > MAX_INDEX_FILE_BYTES) {
        this.log.warn(`The index of this workspace is not cached: ${Math.round(body.length / 1048576)} MB is over the ${MAX_INDEX_FILE_BYTES / 1048576} MB budget.`);
        fs.rmSync(this.file, { force: true });
        return;
      }
      fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
      tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
      const fd = fs.openSync(tmp, 'wx', 0o600);
      try {
        fs.writeSync(fd, MAGIC);
        fs.writeSync(fd, keyedSum(secret, body));
        fs.writeSync(fd, body);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, this.file);
      tmp = undefined;
      this.prune();
    } catch (e) {
      this.log.warn(`Cannot write the index cache ${this.file}: ${describeError(e)}`);
    } finally {
      if (tmp !== undefined) {
        try {
          fs.rmSync(tmp, { force: true });
        } catch {
          // Nothing more to do: the next session indexes from scratch.
        }
      }
    }
  }
}

/**
 * Does a restored analysis fit its note: the right file, the budgets, every mention's offsets
 * inside the text and naming the text they cover? A cache entry that does not is not used.
 */
function fitsNote(a: DocumentAnalysis | undefined, uri: string, text: string): a is DocumentAnalysis {
  if (!a || a.file !== uri || !Array.isArray(a.mentions) || !Array.isArray(a.diagnostics)) return false;
  if (a.mentions.length > MAX_MENTIONS_PER_DOCUMENT || a.diagnostics.length > MAX_DIAGNOSTICS_PER_DOCUMENT + 2) return false;
  for (const m of a.mentions) {
    if (typeof m?.entity !== 'string' || !Number.isSafeInteger(m.start) || !Number.isSafeInteger(m.end) || m.start < 0 || m.end > text.length || m.start > m.end) return false;
    if (text.slice(m.start, m.end) !== m.text) return false;
  }
  return a.diagnostics.every((d) => typeof d?.message === 'string' && typeof d.code === 'string' && typeof d.range?.start?.line === 'number');
}
