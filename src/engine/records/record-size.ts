/**
 * A written record's size against the limit check and the build read up to. No zod here: the
 * page's Download YAML applies it too.
 */
import type { LocatedProblem } from '../validation/problems.ts';
import { RECORD_MAX_BYTES } from './record.ts';

/** Null when the YAML fits; otherwise what to do about it. */
export function recordSizeProblem(yaml: string): LocatedProblem | null {
  const bytes = new TextEncoder().encode(yaml).length;
  return bytes <= RECORD_MAX_BYTES
    ? null
    : {
        path: [],
        message: `the record would be ${bytes} bytes; check and the build read at most ${RECORD_MAX_BYTES}: shorten the notes or record fewer respondents in one file`,
      };
}
