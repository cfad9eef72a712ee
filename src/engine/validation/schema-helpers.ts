/** Small zod builders that give every field a message a person can act on. */
import { z } from 'zod';
import { CONTROL_CHARACTERS } from './control-characters.ts';
import { dateRule, inDateRange } from '../calendar/date-range.ts';

export { strictObject } from '../inputs/zod-helpers.ts';

export function text(max: number) {
  const rule = `must be text of 1 to ${max} characters`;
  return z
    .string({ error: rule })
    .trim()
    .min(1, { error: rule })
    .max(max, { error: rule })
    .refine((s) => !CONTROL_CHARACTERS.test(s), { error: 'must not contain control characters such as terminal escape codes' });
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
