// Finding files in the workspace folders: the notes to index (`entityLens.files.include` minus
// `files.exclude`) and the `*.entities.yaml` datasets, in one walk. Directories matched by an
// exclude glob are not entered; symbolic links are not followed, so a link cycle cannot trap the
// walk. The walk awaits the file system folder by folder, so requests are served meanwhile.

import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isDatasetName } from './uris';

export interface FolderScope {
  /** Absolute path of the workspace folder. */
  path: string;
  include: string[];
  exclude: string[];
}

export interface ScanResult {
  /** Absolute paths of notes, sorted. */
  notes: string[];
  /** Absolute paths of `*.entities.yaml|yml` files, sorted (the documented merge order). */
  datasets: string[];
  /** True when the walk stopped at `maxFiles` notes. */
  truncated: boolean;
  /** Notes and datasets that are symbolic links or not regular files: not read (a link may lead anywhere). */
  passedBy: string[];
}

/** Globs are matched against the path relative to the folder, with `/`. */
export class FileFilter {
  private readonly included: (rel: string) => boolean;
  private readonly excluded: (rel: string) => boolean;

  constructor(include: string[], exclude: string[]) {
    this.included = include.length > 0 ? picomatch(include, { dot: true }) : () => false;
    this.excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  }

  isNote(rel: string): boolean {
    return this.included(rel) && !this.excluded(rel) && !isDatasetName(rel);
  }

  isDataset(rel: string): boolean {
    return isDatasetName(rel) && !this.excluded(rel);
  }

  isExcludedFolder(rel: string): boolean {
    return this.excluded(rel);
  }
}

/** The folder-relative path of `file` with `/` separators, or undefined when it is outside. */
export function relativeTo(folder: string, file: string): string | undefined {
  const rel = path.relative(folder, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Links and special files remembered for the log line, at most. */
const MAX_PASSED_BY = 100;

export async function scanFolders(folders: FolderScope[], options: { maxFiles: number; cancelled: () => boolean }): Promise<ScanResult> {
  const notes: string[] = [];
  const datasets: string[] = [];
  let truncated = false;
  const passedBy: string[] = [];
  for (const folder of folders) {
    const filter = new FileFilter(folder.include, folder.exclude);
    const pending = [folder.path];
    while (pending.length > 0 && !options.cancelled()) {
      const dir = pending.pop()!;
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        continue; // Unreadable or vanished folders are skipped; the rest of the workspace still counts.
      }
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        const rel = relativeTo(folder.path, full);
        if (rel === undefined) continue;
        if (entry.isDirectory()) {
          if (!filter.isExcludedFolder(rel)) pending.push(full);
        } else if (entry.isFile()) {
          if (filter.isDataset(rel)) datasets.push(full);
          else if (filter.isNote(rel)) {
            if (notes.length >= options.maxFiles) truncated = true;
            else notes.push(full);
          }
        } else if (passedBy.length < MAX_PASSED_BY && (filter.isDataset(rel) || filter.isNote(rel))) {
          passedBy.push(full);
        }
      }
    }
  }
  return { notes: [...new Set(notes)].sort(), datasets: [...new Set(datasets)].sort(), truncated, passedBy: passedBy.sort() };
}
