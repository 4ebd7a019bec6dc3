// The analyses of a workspace's notes, kept on disk between sessions, so that a restart over an
// unchanged workspace does not parse every note again. One file per workspace, named by a hash of
// its folders, holding { key, entries }: `key` hashes everything an analysis depends on besides
// the note (the engine build, the dataset texts, the recognition options), and each entry the
// note's own text. Anything that does not match, or does not read back, is ignored: a cache
// is never a reason to show a stale result or to fail. Written by a temporary file and a rename;
// the index files of the 16 workspaces used last are kept.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DocumentAnalysis, RecognitionOptions } from '../core';
import type { DatasetSource } from '../core/dataset';
import type { Logger } from './log';
import { describeError } from './log';
import { userCacheFolder } from '../node/cacheFolder';

const FORMAT = 1;
/** Index files kept in the cache folder, newest first: one per workspace opened lately. */
export const MAX_CACHED_WORKSPACES = 16;

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

  constructor(
    private readonly file: string,
    private readonly log: Logger,
  ) {}

  /** The cache of the workspace with these folders, in `dir`. */
  static forWorkspace(dir: string, folders: readonly string[], log: Logger): AnalysisCache {
    const name = createHash('sha256').update(folders.join('\n')).digest('hex').slice(0, 20);
    return new AnalysisCache(path.join(dir, 'index', `${name}.v8`), log);
  }

  /** Reads the file once; entries made under another key are dropped. */
  load(key: string): void {
    if (this.loadedKey === key) return;
    this.loadedKey = key;
    this.entries = new Map();
    let data: Buffer;
    try {
      data = fs.readFileSync(this.file);
    } catch {
      return; // No cache yet.
    }
    try {
      const parsed = deserialize(data) as Partial<CacheFile> | undefined;
      if (parsed?.format === FORMAT && parsed.key === key && parsed.entries instanceof Map) this.entries = parsed.entries;
    } catch (e) {
      this.log.warn(`Ignoring an unreadable index cache ${this.file}: ${describeError(e)}`);
    }
  }

  /** The cached analysis of this note, if its text is the one analysed. */
  get(uri: string, text: string): DocumentAnalysis | undefined {
    const e = this.entries.get(uri);
    if (!e || e.hash !== textHash(text)) return undefined;
    const a = e.analysis;
    return a && a.file === uri && Array.isArray(a.mentions) && Array.isArray(a.diagnostics) ? a : undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Removes all but the newest MAX_CACHED_WORKSPACES index files (other workspaces' caches age out). */
  private prune(): void {
    const dir = path.dirname(this.file);
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.v8'))
      .map((f) => {
        const full = path.join(dir, f);
        return { full, mtime: fs.statSync(full).mtimeMs };
      })
      .sort((a, b) => b.mtime - a.mtime);
    for (const f of files.slice(MAX_CACHED_WORKSPACES)) fs.rmSync(f.full, { force: true });
  }

  /** Replaces the cache with these notes' analyses and writes it (temporary file, then rename). */
  save(key: string, notes: Iterable<{ uri: string; text: string; analysis: DocumentAnalysis }>): void {
    const entries = new Map<string, { hash: string; analysis: DocumentAnalysis }>();
    for (const n of notes) entries.set(n.uri, { hash: textHash(n.text), analysis: n.analysis });
    this.entries = entries;
    this.loadedKey = key;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, serialize({ format: FORMAT, key, entries } satisfies CacheFile));
      fs.renameSync(tmp, this.file);
      this.prune();
    } catch (e) {
      this.log.warn(`Cannot write the index cache ${this.file}: ${describeError(e)}`);
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // Nothing more to do: the next session indexes from scratch.
      }
    }
  }
}
