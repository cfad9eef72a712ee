/**
 * Reads a small text file safely. Records and the framework are a few kilobytes; anything that is
 * not a regular file (a FIFO, a device, a directory) or is larger than the limit is refused before
 * a byte is read, and the read itself is bounded, so `/dev/zero` behind a symlink cannot hang a
 * check or a build. Bytes must be UTF-8: a Latin-1 file is refused with the offset of its first bad byte.
 */
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import { decodeText, type ReadResult } from '#src/engine/validation/utf8.ts';
import { RECORD_MAX_BYTES } from '#src/engine/records/record.ts';

const MAX_BYTES = RECORD_MAX_BYTES;
/**
 * One buffer for every read: reads are synchronous and each is decoded to a string before the next,
 * so a fresh zeroed 256 kB per file (2.5 GB over a 10,000-record portfolio) buys nothing.
 */
const scratch = Buffer.allocUnsafe(MAX_BYTES + 1);

export type { ReadResult } from '#src/engine/validation/utf8.ts';

export { decodeText, firstBadUtf8Byte } from '#src/engine/validation/utf8.ts';

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
