/** Small zod builders that give every field a message a person can act on. */
import { z } from 'zod';
import { CONTROL_CHARACTERS, nameCharacterProblem } from './control-characters.ts';
import { dateRule, inDateRange } from '../calendar/date-range.ts';

export { numberInRange, strictObject, yesNo } from '../inputs/zod-helpers.ts';

export function text(max: number) {
  const rule = `must be text of 1 to ${max} characters`;
  return z
    .string({ error: rule })
    .trim()
    .min(1, { error: rule })
    .max(max, { error: rule })
    .refine((s) => !CONTROL_CHARACTERS.test(s), { error: 'must not contain control characters such as terminal escape codes' });
}

/**
 * A name (organisation, unit, a person, a framework version): text() on one line, without tabs or
 * text-direction controls (control-characters.ts says why and where).
 */
export function oneLine(max: number) {
  const rule = `must be text of 1 to ${max} characters`;
  return z
    .string({ error: rule })
    .trim()
    .min(1, { error: rule })
    .max(max, { error: rule })
    .superRefine((s, ctx) => {
      const problem = nameCharacterProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** An assessment date, inside the range date-range.ts sets when `today` is known. */
export function isoDate(today?: string) {
  const rule = dateRule(today);
  return z
    .string({ error: rule })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: rule, abort: true })
    .refine((d) => inDateRange(d, today), { error: rule, abort: true });
}

/** A site path to a guide section, like `/golden-path/#start-with-one-path`. */
export function guideLink() {
  return z.string().regex(/^\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, {
    error: 'must be a guide path like /golden-path/#start-with-one-path',
  });
}
