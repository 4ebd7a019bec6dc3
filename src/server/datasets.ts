// Which dataset files load, in which order, and reading them. The order is the documented merge
// order: the bundled dataset, then the workspace's `*.entities.yaml|yml` files sorted by path,
// then the files named in `entityLens.datasets`. In Restricted Mode only the bundled dataset loads.
// Files are named to the core by their `file:` URI, so spans and problems come back as URIs.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EntityService, Problem } from '../core';
import type { Logger } from './log';
import { fileUri } from './uris';
import { relativeTo } from './workspaceFiles';

export type DatasetOrigin = 'bundled' | 'workspace' | 'settings';

export interface DatasetFile {
  path: string;
  uri: string;
  origin: DatasetOrigin;
}

export interface FolderDatasets {
  /** Absolute path of the workspace folder. */
  folder: string;
  /** `entityLens.datasets` for that folder: paths relative to it. */
  datasets: string[];
}

export interface LoadResult {
  files: DatasetFile[];
  problems: Problem[];
  /** Files that could not be read (deleted meanwhile, no permission). */
  unreadable: string[];
}

/** Finds the bundled dataset: from the client's initialisation options, or next to the program. */
export function findBundledDataset(fromOptions: string | undefined): string | undefined {
  if (fromOptions && fs.existsSync(fromOptions)) return fromOptions;
  // dist/server.js and dist/cli.js sit one level below the package root; src/server two.
  let dir = __dirname;
  for (let k = 0; k < 4; k++) {
    const candidate = path.join(dir, 'dataset', 'canonical.entities.yaml');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

/**
 * Resolves `entityLens.datasets` entries against their folder. An entry that leads outside the
 * folder (`../x.yaml`, an absolute path, a symbolic link pointing out) is refused: a workspace
 * setting must not make the server read arbitrary files.
 */
export function resolveSettingsDatasets(folders: FolderDatasets[], log?: Logger): string[] {
  const out: string[] = [];
  for (const { folder, datasets } of folders) {
    for (const entry of datasets) {
      const full = path.resolve(folder, entry);
      if (relativeTo(folder, full) === undefined || !insideAfterLinks(folder, full)) {
        log?.warn(`entityLens.datasets: "${entry}" is outside the workspace folder ${folder}; it is not loaded.`);
        continue;
      }
      out.push(full);
    }
  }
  return out;
}

function insideAfterLinks(folder: string, file: string): boolean {
  try {
    return relativeTo(fs.realpathSync(folder), fs.realpathSync(file)) !== undefined;
  } catch {
    return true; // A missing file is reported when it is read; it cannot point anywhere yet.
  }
}

/** The files to load, in merge order, each once. */
export function datasetFiles(input: { bundled?: string; workspace: string[]; settings: string[]; trusted: boolean }): DatasetFile[] {
  const files: DatasetFile[] = [];
  const seen = new Set<string>();
  const add = (p: string, origin: DatasetOrigin) => {
    if (seen.has(p)) return;
    seen.add(p);
    files.push({ path: p, uri: fileUri(p), origin });
  };
  if (input.bundled) add(input.bundled, 'bundled');
  if (input.trusted) {
    for (const p of [...input.workspace].sort()) add(p, 'workspace');
    for (const p of input.settings) add(p, 'settings');
  }
  return files;
}

/**
 * Reads the files (or their text in an open editor, from `openText`) and loads them into the
 * service; an unreadable file is logged and skipped.
 */
export async function loadDatasetFiles(service: EntityService, files: DatasetFile[], log: Logger, openText: (uri: string) => string | undefined = () => undefined): Promise<LoadResult> {
  const inputs: Array<{ file: string; text: string }> = [];
  const loaded: DatasetFile[] = [];
  const unreadable: string[] = [];
  for (const f of files) {
    try {
      const text = openText(f.uri) ?? (await fs.promises.readFile(f.path, 'utf8'));
      inputs.push({ file: f.uri, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
      loaded.push(f);
    } catch (e) {
      unreadable.push(f.path);
      log.warn(`Cannot read the dataset ${f.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  const problems = service.loadDatasets(inputs);
  return { files: loaded, problems, unreadable };
}
