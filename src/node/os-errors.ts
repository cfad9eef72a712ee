/**
 * What the operating system refused, in words: a write to a full disk, a folder that cannot be
 * made, a name too long for the file system. Messages name the flag or stream and say this,
 * never a raw code or a stack trace.
 */

const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'the path cannot be made there (no such file or folder)',
  ENAMETOOLONG: 'a name in the path is too long (file systems allow at most 255 bytes a name)',
  EIO: 'the device reported an input/output error',
  EFBIG: 'the file is too large for the file system',
};

/** Why an operation failed, in words, for an error thrown by node:fs or a stream. */
export function osErrorWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && WORDS[code]) return WORDS[code];
  return code ? `the system refused it (${code})` : 'the system refused it';
}

/** A path short enough for one line of a message: a very long one keeps its start and its end. */
export function shownPath(path: string, max = 100): string {
  return path.length <= max ? path : `${path.slice(0, max - 30)}…${path.slice(-29)}`;
}
