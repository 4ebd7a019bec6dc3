// Entry point of dist/cli.js, the `entity-lens` command: it runs the CLI's program
// (dist/cli-main.js, main.ts) through the code cache (node/codeCache.ts), so that a one-note check
// does not compile the whole program again on every run. The program's own options say where the
// cache is: `--no-cache` turns it off, `--cache-dir DIR` moves it (its `code` folder), as for
// compiled datasets. Arguments the program will refuse run it without a cache.

import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { parseArgs } from './args';
import { runCacheFolder } from '../node/cacheFolder';
import { runProgramCached } from '../node/codeCache';

function codeFolder(argv: string[]): string | undefined {
  try {
    const args = parseArgs(argv);
    const base = runCacheFolder({ noCache: args.noCache, cacheDir: args.cacheDir, built: true });
    return base === undefined ? undefined : path.join(base, 'code');
  } catch {
    return undefined;
  }
}

const argv = process.argv.slice(2);
const program = runProgramCached(path.join(__dirname, 'cli-main.js'), codeFolder(argv)) as { execute(argv: string[]): number };
if (isMainThread) process.exitCode = program.execute(argv);
