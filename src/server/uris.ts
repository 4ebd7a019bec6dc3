// URIs as the server keys documents. Every URI from the client is normalised through vscode-uri so
// that a file found by walking the workspace and the same file opened in the editor share a key.

import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { DocumentKind } from '../core';

/** The canonical form of a URI string; a string that does not parse is kept as is. */
export function normalizeUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

export function fileUri(fsPath: string): string {
  return URI.file(fsPath).toString();
}

/** The file-system path of a `file:` URI; undefined for other schemes or unparsable strings. */
export function uriToPath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}

const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** Plain text for `.txt` files and the plaintext language; Markdown otherwise. */
export function documentKindOf(uri: string, languageId?: string): DocumentKind {
  if (languageId === 'plaintext') return 'plaintext';
  if (languageId === 'markdown') return 'markdown';
  return path.extname(uriToPath(uri) ?? uri).toLowerCase() === '.txt' ? 'plaintext' : 'markdown';
}

/** Is an open editor document a note the engine should read (not a dataset, not code)? */
export function isNoteDocument(uri: string, languageId: string): boolean {
  if (languageId === 'markdown' || languageId === 'plaintext') return !isDatasetName(uri);
  return NOTE_EXTENSIONS.has(path.extname(uriToPath(uri) ?? uri).toLowerCase());
}

/** `*.entities.yaml` / `*.entities.yml`: a workspace dataset by its name. */
export function isDatasetName(fileOrUri: string): boolean {
  return /\.entities\.ya?ml$/i.test(fileOrUri);
}

/** A short name for a file in hovers and logs: its base name. */
export function baseName(uri: string): string {
  const p = uriToPath(uri);
  if (p) return path.basename(p);
  try {
    return path.posix.basename(URI.parse(uri).path) || uri;
  } catch {
    return uri;
  }
}
