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
