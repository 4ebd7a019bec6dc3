// Finding the documents a dataset's sources cite: a source's `document` is a path relative to the
// dataset file, else to one of the workspace folders (the CLI's working folder). Only files inside
// those folders are read (a dataset must not make the tool read ~/.ssh and say whether a quote
// is in it), only regular files, UTF-8, within a size cap.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProvenance, LineIndex, type Dataset, type Problem, type Range, type Source } from '../core';
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

/** A document's text, or `undefined` when it cannot be read as text within the cap. */
function readSourceText(file: string): string | undefined {
  try {
    const read = readUtf8FileSync(file, { maxBytes: MAX_SOURCE_DOCUMENT_BYTES });
    return read.ok ? read.text : undefined;
  } catch {
    return undefined;
  }
}

/** Where a quote stands: its document's path and the quote's range there. */
export interface QuoteLocation {
  path: string;
  range: Range;
}

/** The key of a source's quote location: its document as written and its quote. */
export function quoteKey(source: Source): string {
  return `${source.document}\u0000${source.quote ?? ''}`;
}

/**
 * The provenance check over files on disk (see core/provenance.ts), for the facts of the dataset
 * `files` (names as the host loaded them): its problems, and where each
 * quote that does stand is (for links that open the document with the quote selected).
 */
export function checkSourcesOnDisk(dataset: Dataset, files: ReadonlySet<string>, roots: readonly string[], lang?: string): { problems: Problem[]; quotes: Map<string, QuoteLocation> } {
  const read = new Map<string, { path: string; text: string; lines?: LineIndex }>();
  const quotes = new Map<string, QuoteLocation>();
  const problems = checkProvenance(
    dataset,
    files,
    (file, document) => {
      const found = resolveSourceDocument(file, document, roots);
      if (found === undefined) return null;
      const text = readSourceText(found);
      if (text !== undefined) read.set(`${file}\u0000${document}`, { path: found, text });
      return text;
    },
    lang,
    (source, file, at) => {
      const doc = read.get(`${file}\u0000${source.document}`);
      if (!doc || quotes.has(quoteKey(source))) return;
      doc.lines ??= new LineIndex(doc.text);
      quotes.set(quoteKey(source), { path: doc.path, range: { start: doc.lines.positionAt(at.start), end: doc.lines.positionAt(at.end) } });
    },
  );
  return { problems, quotes };
}
