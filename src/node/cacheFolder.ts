// Where Entity Lens keeps what it can rebuild (the language server's index cache, the CLI's
// compiled datasets): one folder under the user's cache folder, shared by both hosts.

import * as os from 'node:os';
import * as path from 'node:path';

/** `$XDG_CACHE_HOME/entity-lens`, or `~/.cache/entity-lens` (a relative XDG_CACHE_HOME is invalid and ignored). */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, 'entity-lens');
}

/** How a run chooses its cache folder (the CLI's `--no-cache` and `--cache-dir`). */
export interface CacheOptions {
  /** `--no-cache`. */
  noCache?: boolean;
  /** `--cache-dir`; else `ENTITY_LENS_CACHE_DIR`; else the user's cache folder (entity-lens in it). */
  cacheDir?: string;
  /** The program is a build (dist/cli.js): the default folder is used only then. */
  built: boolean;
}

/**
 * The Entity Lens cache folder of a run, or `undefined` for none: `--cache-dir`, else
 * `$ENTITY_LENS_CACHE_DIR`, else (for a build only: a source tree run through tsx can change its
 * engine without its program file changing) `$XDG_CACHE_HOME/entity-lens` or
 * `~/.cache/entity-lens`. Never a folder derived from the documents or datasets checked.
 */
export function runCacheFolder(options: CacheOptions, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (options.noCache) return undefined;
  const given = options.cacheDir ?? (env.ENTITY_LENS_CACHE_DIR || undefined);
  if (given !== undefined) return path.resolve(given);
  if (!options.built) return undefined;
  try {
    return userCacheFolder(env);
  } catch {
    return undefined;
  }
}
