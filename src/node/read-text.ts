/**
 * Reads a small text file safely. Records and the framework are a few kilobytes; anything that is
 * not a regular file (a FIFO, a device, a directory) or is larger than the limit is refused before
 * a byte is read, and the read itself is bounded, so `/dev/zero` behind a symlink cannot hang a
 * check or a build. Bytes must be UTF-8: a Latin-1 file is refused with the offset of its first bad byte.
 */
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import type { Problem } from '#src/engine/problems.ts';

/** Records and the framework are small; a bigger file is a mistake, not a record. */
export const MAX_BYTES = 256 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte that is not valid UTF-8, or -1. */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  try {
    utf8.decode(bytes);
    return -1;
  } catch {
    // Narrow it down: the longest valid prefix ends just before the bad byte.
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    return lo;
  }
}

function problem(file: string, message: string): ReadResult {
  return { ok: false, problems: [{ file, path: '', message }] };
}

/** `shown` is the path as messages print it; errors never quote the file's contents. */
export function readText(file: string, shown: string, what = 'a record'): ReadResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not wait for one.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return problem(shown, 'no such file');
    if (code === 'EISDIR') return problem(shown, 'not a regular file (a directory)');
    return problem(shown, `cannot be read (${code ?? 'unknown error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return problem(shown, 'not a regular file (a FIFO, device, socket or directory); records must be plain files');
    if (stat.size > MAX_BYTES) return problem(shown, `is ${stat.size} bytes; ${what} is at most ${MAX_BYTES}`);
    // Read at most one byte past the limit, whatever stat said: a file can grow while we read it.
    const buffer = Buffer.alloc(MAX_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_BYTES) return problem(shown, `is more than ${MAX_BYTES} bytes; ${what} is at most ${MAX_BYTES}`);
    }
    const bytes = buffer.subarray(0, length);
    const bad = firstBadUtf8Byte(bytes);
    if (bad >= 0) return problem(shown, `not UTF-8: byte ${bad} (0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')}) is invalid; save the file as UTF-8`);
    const text = bytes.toString('utf8');
    // A byte-order mark is harmless but YAML would keep it in the first key.
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(shown, `cannot be read (${code ?? 'unknown error'})`);
  } finally {
    closeSync(fd);
  }
}
