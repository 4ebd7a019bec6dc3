// Finding the documents a dataset's sources cite: a source's `document` is a path relative to the
// dataset file, else to one of the workspace folders (the CLI's working folder). Only files inside
// those folders are read (a dataset must not make the tool read ~/.ssh and say whether a quote
// is in it), only regular files, UTF-8, within a size cap.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadSourceDocument } from '../core';
import { readUtf8FileSync } from './textFiles';

/** A source document larger than this is not read (its quotes are not checked). */
export const MAX_SOURCE_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** A file path from a dataset file name as the hosts write them: a path, or a `file:` URI. */
export function datasetPath(file: string): string | undefined {
  if (file.startsWith('file:')) {
    try {
      return fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  return file.includes('://') || file.startsWith('<') ? undefined : path.resolve(file);
}

/**
 * Where `document`, cited from `datasetFile`, is: the first of (the dataset's folder, each of
 * `roots`) under which it names an existing file that stays inside that folder, links resolved.
 */
export function resolveSourceDocument(datasetFile: string, document: string, roots: readonly string[]): string | undefined {
  const own = datasetPath(datasetFile);
  const bases = [...(own ? [path.dirname(own)] : []), ...roots];
  for (const base of bases) {
    const candidate = path.resolve(base, document);
    let real: string;
    let realBase: string;
    try {
      real = fs.realpathSync(candidate);
      realBase = fs.realpathSync(base);
    } catch {
      continue;
    }
    const rel = path.relative(realBase, real);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    return real;
  }
  return undefined;
}

/** The host's reader for `checkProvenance`: `null` when the document is not found, `undefined` when it is but cannot be read as text. */
export function sourceDocumentReader(roots: readonly string[]): ReadSourceDocument {
  return (datasetFile, document) => {
    const found = resolveSourceDocument(datasetFile, document, roots);
    if (found === undefined) return null;
    try {
      const read = readUtf8FileSync(found, { maxBytes: MAX_SOURCE_DOCUMENT_BYTES });
      return read.ok ? read.text : undefined;
    } catch {
      return undefined;
    }
  };
}
