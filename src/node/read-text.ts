/**
 * Reads a small text file safely. Records and the framework are a few kilobytes; anything that is
 * not a regular file (a FIFO, a device, a directory) or is larger than the limit is refused before
 * a byte is read, and the read itself is bounded, so `/dev/zero` behind a symlink cannot hang a
 * check or a build. Bytes must be UTF-8: a Latin-1 file is refused with the offset of its first bad byte.
 */
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import type { Problem } from '#src/engine/validation/problems.ts';
import { RECORD_MAX_BYTES } from '#src/engine/records/record.ts';

const MAX_BYTES = RECORD_MAX_BYTES;
/**
 * One buffer for every read: reads are synchronous and each is decoded to a string before the next,
 * so a fresh zeroed 256 kB per file (2.5 GB over a 10,000-record portfolio) buys nothing.
 */
const scratch = Buffer.allocUnsafe(MAX_BYTES + 1);

export type ReadResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

/**
 * The offset of the first byte that is not part of valid UTF-8, or -1. Follows the Unicode
 * definition (no overlong forms, no surrogates, nothing past U+10FFFF), as TextDecoder does.
 */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] as number;
    if (
      (lead === 0xe0 && second < 0xa0) ||
      (lead === 0xed && second > 0x9f) ||
      (lead === 0xf0 && second < 0x90) ||
      (lead === 0xf4 && second > 0x8f)
    )
      return i;
    i += length;
  }
  return -1;
}

/** Bytes to text: UTF-8 only (the offset of the first bad byte otherwise), without a byte-order mark. */
export function decodeText(bytes: Uint8Array, shown: string): ReadResult {
  const bad = firstBadUtf8Byte(bytes);
  if (bad >= 0)
    return problem(
      shown,
      `not UTF-8: byte ${bad} (0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')}) is invalid; save the file as UTF-8`,
    );
  const text = new TextDecoder('utf-8').decode(bytes);
  // A byte-order mark is harmless but YAML would keep it in the first key.
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function problem(file: string, message: string): ReadResult {
  return { ok: false, problems: [{ file, path: '', message }] };
}

/** `shown` is the path as messages print it; errors never quote the file's contents. */
export interface ReadOptions {
  /** What the file is, for the size message. */
  what?: string;
  /** Refuse a symbolic link (files found by scanning a folder); an explicit path may be one. */
  noFollow?: boolean;
}

export function readText(file: string, shown: string, { what = 'a record', noFollow = false }: ReadOptions = {}): ReadResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not wait for one.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return problem(shown, 'no such file');
    if (code === 'EISDIR') return problem(shown, 'not a regular file (a directory)');
    if (code === 'ELOOP') return problem(shown, 'not a regular file (a symbolic link); put the record itself in assessments/');
    return problem(shown, `cannot be read (${code ?? 'unknown error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return problem(shown, 'not a regular file (a FIFO, device, socket or directory); records must be plain files');
    if (stat.size > MAX_BYTES) return problem(shown, `is ${stat.size} bytes; ${what} is at most ${MAX_BYTES}`);
    // Read at most one byte past the limit, whatever stat said: a file can grow while we read it.
    const buffer = scratch;
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_BYTES) return problem(shown, `is more than ${MAX_BYTES} bytes; ${what} is at most ${MAX_BYTES}`);
    }
    return decodeText(buffer.subarray(0, length), shown);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(shown, `cannot be read (${code ?? 'unknown error'})`);
  } finally {
    closeSync(fd);
  }
}
