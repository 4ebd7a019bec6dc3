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

export class InputError extends Error {}

export function documentKind(file: string): DocumentKind | undefined {
  return DOCUMENT_EXTENSIONS.get(path.extname(file).toLowerCase());
}

/** Files to check under `paths`, sorted, each once. A named file is checked whatever its extension. */
export function collectDocuments(paths: string[]): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new InputError(`cannot read folder ${dir}: ${(e as Error).message}`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (entry.isFile() && documentKind(entry.name)) {
        found.add(full);
      }
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new InputError(`no such file or folder: ${p}`);
    }
    if (stat.isDirectory()) walk(p);
    else found.add(p);
  }
  return [...found];
}

/** Reads a text file as UTF-8, strictly (a BOM is dropped); a file that is not UTF-8 says where. */
export function readText(file: string, options: { binaryAsText?: boolean } = {}): Decoded {
  try {
    return readUtf8FileSync(file, options);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${e instanceof FileReadError ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message)}`);
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
