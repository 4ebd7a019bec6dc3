// Reading notes and datasets from disk as UTF-8, strictly. A Latin-1 or Shift_JIS file read with
// Node's lenient 'utf8' decoding becomes mojibake (U+FFFD where bytes did not fit) that would be
// matched, indexed and even edited; instead the file is not used, and the user is told where its
// first byte that is not UTF-8 is. Shared by the language server and the CLI.

import * as fs from 'node:fs';
import { LineIndex, type Diagnostic, type Position, type Problem } from '../core';

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; position: Position };

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b === 0xe0) [need, min] = [2, 0xa0];
    else if (b === 0xed) [need, min, max] = [2, 0x80, 0x9f]; // no surrogates
    else if (b >= 0xe1 && b <= 0xef) [need, min] = [2, 0x80];
    else if (b === 0xf0) [need, min] = [3, 0x90];
    else if (b === 0xf4) [need, min, max] = [3, 0x80, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) [need, min] = [3, 0x80];
    else return i;
    if (i + need > n - 1) return i; // cut short by the end of the file
    const second = bytes[i + 1]!;
    if (second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

// One of each, reused: a decode without `stream` starts afresh, and making a decoder per file
// cost more than decoding it.
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const LENIENT = new TextDecoder('utf-8');

/**
 * Decodes strictly (a BOM is dropped); on failure, where the first invalid byte is. With
 * `binaryAsText`, a file with a NUL byte in its first 8 KB is decoded anyway: it is binary, and
 * the engine says so (`document-binary`) rather than calling it a text in another encoding.
 */
export function decodeUtf8(bytes: Uint8Array, options: { binaryAsText?: boolean } = {}): Decoded {
  try {
    const text = STRICT.decode(bytes);
    return { ok: true, text };
  } catch {
    if (options.binaryAsText && bytes.subarray(0, 8192).includes(0)) return { ok: true, text: LENIENT.decode(bytes) };
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const before = LENIENT.decode(bytes.subarray(0, offset));
    const position = new LineIndex(before).positionAt(before.length);
    return { ok: false, offset, position };
  }
}

/** The most any one file read takes, in bytes, unless the caller sets less (datasets may be large). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A read refused: the path is no regular file (a FIFO, a device, a socket), or it is over the cap. */
export class FileReadError extends Error {
  constructor(
    message: string,
    readonly code: 'ENOTREGULAR' | 'ETOOBIG',
  ) {
    super(message);
  }
}

/**
 * The bytes of a regular file, at most `maxBytes`. Opened without blocking (a FIFO would otherwise
 * wait for a writer for ever) and checked on the open descriptor, so a link to /dev/zero or a
 * named pipe is refused, not read; the read stops one byte past the cap.
 */
export function readRegularFileSync(file: string, maxBytes = MAX_FILE_BYTES): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new FileReadError('not a regular file', 'ENOTREGULAR');
    if (stat.size > maxBytes) throw new FileReadError(`over ${maxBytes} bytes`, 'ETOOBIG');
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > maxBytes) throw new FileReadError(`over ${maxBytes} bytes`, 'ETOOBIG');
        break; // It grew while being read, within the cap: what was read is the text.
      }
    }
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

export async function readUtf8File(file: string, options: { binaryAsText?: boolean; maxBytes?: number } = {}): Promise<Decoded> {
  return decodeUtf8(readRegularFileSync(file, options.maxBytes), options);
}

export function readUtf8FileSync(file: string, options: { binaryAsText?: boolean; maxBytes?: number } = {}): Decoded {
  return decodeUtf8(readRegularFileSync(file, options.maxBytes), options);
}

/** The sentence users read: the file, that it is not UTF-8, and where. */
export function notUtf8Message(shown: string, position: Position, lang: string | undefined): string {
  const line = position.line + 1;
  const column = position.character + 1;
  return lang === 'ja'
    ? `未読込：${shown} はUTF-8ではありません（最初の不正なバイトは${line}行${column}列）。UTF-8で保存し直してください。`
    : `Not read: ${shown} is not UTF-8 (the first invalid byte is at line ${line}, column ${column}). Save it as UTF-8.`;
}

/** A dataset file that is not UTF-8: an error on the file, at the first invalid byte; the file is not loaded. */
export function datasetNotUtf8(file: string, shown: string, position: Position, lang: string | undefined): Problem {
  return { code: 'dataset.not-utf8', severity: 'error', message: notUtf8Message(shown, position, lang), file, range: { start: position, end: position }, data: { reason: 'encoding' } };
}

/** A note that is not UTF-8: not checked; a warning at the first invalid byte. */
export function documentNotUtf8(file: string, shown: string, position: Position, lang: string | undefined): Diagnostic {
  return { code: 'document-not-utf8', severity: 'warning', message: notUtf8Message(shown, position, lang), file, range: { start: position, end: position } };
}

/** A note far over `entityLens.maxFileSizeKB`, not even read: the same `document-too-large` the engine gives. */
export function documentTooLarge(file: string, bytes: number, limitBytes: number, lang: string | undefined): Diagnostic {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const start = { line: 0, character: 0 };
  const message =
    lang === 'ja'
      ? `未チェック：文書が${mb(bytes)} MBで、上限の${mb(limitBytes)} MBを超えています。`
      : `Not checked: the document is ${mb(bytes)} MB, over the ${mb(limitBytes)} MB limit.`;
  return { code: 'document-too-large', severity: 'info', message, file, range: { start, end: start } };
}

/** A note that could not be read (permissions, a vanished file, not a regular file): not checked, an error that says why. */
export function documentUnreadable(file: string, reason: string, lang: string | undefined): Diagnostic {
  const start = { line: 0, character: 0 };
  const message = lang === 'ja' ? `未チェック：読み取れません（${reason}）。` : `Not checked: cannot read it (${reason}).`;
  return { code: 'document-unreadable', severity: 'error', message, file, range: { start, end: start } };
}
