// The CLI's access to the file system: finding documents under the given paths, reading them as
// UTF-8, and finding the bundled dataset next to the program. The core never touches files.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentKind } from '../core/markdown/prose';
import { FileReadError, readUtf8FileSync, type Decoded } from '../node/textFiles';

const DOCUMENT_EXTENSIONS = new Map<string, DocumentKind>([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.txt', 'plaintext'],
]);
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export class InputError extends Error {
  /** What went wrong, without the path (the message has both). */
  readonly reason: string;
  constructor(message: string, reason = message) {
    super(message);
    this.reason = reason;
  }
}

export function documentKind(file: string): DocumentKind | undefined {
  return DOCUMENT_EXTENSIONS.get(path.extname(file).toLowerCase());
}

/** What `collectDocuments` found: files to check, and entries it could not or would not take. */
export interface Collected {
  files: string[];
  /** Paths that could not be read (a folder without permission, a missing path): reported, exit 2. */
  unreadable: Array<{ path: string; reason: string }>;
  /** Entries left out on purpose (symbolic links met in a walk, names that are not UTF-8): said on stderr. */
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * Files to check under `paths`, sorted, each once. A named file is checked whatever its
 * extension (and through a symbolic link: the user named it). Walking a folder, links are not
 * followed (a repository's link may lead anywhere), and an entry that cannot be read is noted
 * and the walk goes on.
 */
export function collectDocuments(paths: string[]): Collected {
  const found = new Set<string>();
  const unreadable: Collected['unreadable'] = [];
  const skipped: Collected['skipped'] = [];
  const walk = (dir: string) => {
    let entries: Array<fs.Dirent<Buffer>>;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      unreadable.push({ path: dir, reason: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    const named: Array<{ name: string; entry: fs.Dirent<Buffer> }> = [];
    for (const entry of entries) {
      const name = entry.name.toString('utf8');
      // A name that is not UTF-8 cannot be named back by its decoded form: said, not guessed at.
      if (!Buffer.from(name, 'utf8').equals(entry.name)) skipped.push({ path: path.join(dir, name), reason: 'the file name is not UTF-8' });
      else named.push({ name, entry });
    }
    for (const { name, entry } of named.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) walk(full);
      } else if (entry.isFile() && documentKind(name)) {
        found.add(full);
      } else if (entry.isSymbolicLink() && documentKind(name)) {
        skipped.push({ path: full, reason: 'a symbolic link (name the file itself to check it)' });
      } else if (!entry.isFile() && documentKind(name)) {
        skipped.push({ path: full, reason: 'not a regular file (a pipe, device or socket)' });
      }
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      unreadable.push({ path: p, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else found.add(p);
  }
  return { files: [...found], unreadable, skipped };
}

/** Reads a text file as UTF-8, strictly (a BOM is dropped); a file that is not UTF-8 says where. */
export function readText(file: string, options: { binaryAsText?: boolean } = {}): Decoded {
  try {
    return readUtf8FileSync(file, options);
  } catch (e) {
    const reason = e instanceof FileReadError ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    throw new InputError(`cannot read ${file}: ${reason}`, reason);
  }
}

/** A file's size in bytes (0 when it cannot be read; reading it then says why). */
export function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** The bundled dataset, looked up from the program's folder (dist/ in the package, src/cli/ in tests). */
export function bundledDatasetPath(): string {
  let dir = __dirname;
  for (let k = 0; k < 4; k++) {
    const candidate = path.join(dir, 'dataset', 'canonical.entities.yaml');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new InputError('the bundled dataset (dataset/canonical.entities.yaml) is missing from the installation');
}

/** A path as shown to users and in JSON: relative to the working folder, with '/' separators. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return (rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(file) : rel).split(path.sep).join('/');
}
