// Which dataset files load, in which order, and reading them. The order is the documented merge
// order: the bundled dataset, then the workspace's `*.entities.yaml|yml` files sorted by path,
// then the files named in `entityLens.datasets`. In Restricted Mode only the bundled dataset loads.
// Files are named to the core by their `file:` URI, so spans and problems come back as URIs.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EntityService, Problem } from '../core';
import type { DatasetSource } from '../core/dataset';
import type { DatasetParser } from '../node/datasetWorker';
import { compiledEntry } from '../node/datasetCache';
import type { Logger } from './log';
import { fileUri } from './uris';
import { relativeTo } from './workspaceFiles';
import { datasetNotUtf8, FileReadError, readUtf8File } from '../node/textFiles';

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
  /** What the service loaded, in order (analysis threads load the same). */
  inputs: DatasetSource[];
  /** Restored from the compiled-dataset cache (nothing parsed or built). */
  fromCache: boolean;
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
      if (relativeTo(folder, full) === undefined || !realInside([folder], full)) {
        log?.warn(`entityLens.datasets: "${entry}" is outside the workspace folder ${folder}; it is not loaded.`);
        continue;
      }
      out.push(full);
    }
  }
  return out;
}

/**
 * Is `file`, with every symbolic link resolved, inside one of `folders` (also resolved)? A file
 * that does not exist counts as inside: reading it fails on its own, and it cannot point anywhere yet.
 */
export function realInside(folders: readonly string[], file: string): boolean {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return true;
  }
  for (const folder of folders) {
    let root = folder;
    try {
      root = fs.realpathSync(folder);
    } catch {
      // A folder that cannot be resolved is compared as given.
    }
    if (relativeTo(root, real) !== undefined) return true;
  }
  return false;
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
export async function loadDatasetFiles(
  service: EntityService,
  files: DatasetFile[],
  log: Logger,
  options: {
    /** The text of an open editor, if the file is open. */
    openText?: (uri: string) => string | undefined;
    /** Language of the messages about refused files. */
    lang?: string;
    /** Workspace folders: a workspace or settings dataset must really be inside one (links resolved). */
    roots?: readonly string[];
    /** Parses large files on a worker thread, so that requests are answered meanwhile. */
    parser?: DatasetParser;
    /** Keeps the compiled datasets here: a start over unchanged datasets parses and builds nothing. */
    cacheDir?: string;
  } = {},
): Promise<LoadResult> {
  const { openText = () => undefined, lang, roots, parser, cacheDir } = options;
  const texts: DatasetSource[] = [];
  /** Texts taken from open editors (whether any is an unsaved draft is asked only when it matters). */
  const fromEditors: Array<{ path: string; text: string }> = [];
  const loaded: DatasetFile[] = [];
  const unreadable: string[] = [];
  const refused: Problem[] = [];
  for (const f of files) {
    try {
      if (roots && f.origin !== 'bundled' && !realInside(roots, f.path)) {
        // A `*.entities.yaml` (or a settings path) that is a link to a file outside the workspace.
        refused.push(outsideWorkspace(f.uri, path.basename(f.path), lang));
        unreadable.push(f.path);
        log.warn(`The dataset ${f.path} links to a file outside the workspace; it is not loaded.`);
        continue;
      }
      let text = openText(f.uri);
      if (text !== undefined) fromEditors.push({ path: f.path, text });
      else {
        const read = await readUtf8File(f.path);
        if (!read.ok) {
          // Not UTF-8: not loaded (its names would be mojibake); an error on the file says where.
          refused.push(datasetNotUtf8(f.uri, path.basename(f.path), read.position, lang));
          unreadable.push(f.path);
          log.warn(`The dataset ${f.path} is not UTF-8 (first invalid byte at line ${read.position.line + 1}); it is not loaded.`);
          continue;
        }
        text = read.text;
      }
      text = withoutBom(text);
      texts.push({ file: f.uri, text });
      loaded.push(f);
    } catch (e) {
      unreadable.push(f.path);
      log.warn(`Cannot read the dataset ${f.path}: ${e instanceof FileReadError ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message)}`);
    }
  }
  // The datasets as compiled the last time these very texts were loaded, if kept.
  const entry = compiledEntry(texts, cacheDir, '', (reason) => log.warn(`The ${reason}.`));
  const restored = entry?.restore(service);
  if (restored) return { files: loaded, problems: [...refused, ...restored], unreadable, inputs: texts, fromCache: true };
  const inputs: DatasetSource[] = [];
  for (const input of texts) {
    const parsed = await parser?.parse(input.file, input.text);
    inputs.push(parsed ? { ...input, parsed } : input);
  }
  const problems = [...refused, ...service.loadDatasets(inputs)];
  // Every keystroke in an open dataset is a new text: only datasets as saved are kept.
  if (entry && !(await someDraft(fromEditors))) entry.save(service);
  return { files: loaded, problems, unreadable, inputs, fromCache: false };
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Does some editor hold a text its file does not (a draft being typed)? */
async function someDraft(fromEditors: ReadonlyArray<{ path: string; text: string }>): Promise<boolean> {
  for (const { path: file, text } of fromEditors) {
    const onDisk = await readUtf8File(file).catch(() => undefined);
    if (!onDisk?.ok || withoutBom(onDisk.text) !== withoutBom(text)) return true;
  }
  return false;
}

function outsideWorkspace(file: string, shown: string, lang: string | undefined): Problem {
  const message =
    lang === 'ja'
      ? `未読込：${shown} はワークスペースの外のファイルへのリンクです。データセットはワークスペース内のファイルだけを読み込みます。`
      : `Not read: ${shown} is a link to a file outside the workspace; datasets are read only from inside it.`;
  const start = { line: 0, character: 0 };
  return { code: 'dataset.outside-workspace', severity: 'error', message, file, range: { start, end: start }, data: { reason: 'outside-workspace' } };
}
