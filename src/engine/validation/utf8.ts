/**
 * Bytes to text, UTF-8 only: the CLI's file reader and the page's import both decode with this,
 * so a Latin-1 file is refused the same way by both, with the offset of its first bad byte.
 */
import type { Problem } from './problems.ts';

export type ReadResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

function problem(file: string, message: string): ReadResult {
  return { ok: false, problems: [{ file, path: '', message }] };
}

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

/** Bytes to text: UTF-8 only, as strictly as TextDecoder with fatal: true (the offset of the first bad byte otherwise), without a byte-order mark. */
export function decodeText(bytes: Uint8Array, shown: string): ReadResult {
  const bad = firstBadUtf8Byte(bytes);
  if (bad >= 0)
    return problem(
      shown,
      `not UTF-8: byte ${bad} (0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')}) is invalid; save the file as UTF-8`,
    );
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  // A byte-order mark is harmless but YAML would keep it in the first key.
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
