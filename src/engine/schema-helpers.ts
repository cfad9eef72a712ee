/** Small zod builders that give every field a message a person can act on. */
import { z } from 'zod';
import { isIsoDate } from './dates.ts';
import { rangeRule, type NumberField } from './inputs.ts';

/** A strict object whose unknown-key message lists the fields that are allowed. */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown field; allowed here: ${allowed}`
        : iss.code === 'invalid_type'
          ? `must be a mapping of ${allowed}`
          : undefined,
  });
}

export function numberInRange(field: NumberField) {
  const rule = rangeRule(field);
  const base = z.number({ error: rule }).min(field.min, { error: rule }).max(field.max, { error: rule });
  return field.integer ? base.int({ error: rule }) : base;
}

export function yesNo() {
  return z.boolean({ error: 'must be true or false' });
}

export function text(max: number) {
  return z
    .string({ error: `must be text of 1 to ${max} characters` })
    .trim()
    .min(1, { error: `must be text of 1 to ${max} characters` })
    .max(max, { error: `must be text of 1 to ${max} characters` });
}

export function isoDate() {
  const rule = 'must be a calendar date written YYYY-MM-DD, e.g. 2026-05-01';
  return z.string({ error: rule }).refine(isIsoDate, { error: rule });
}

/** A site path to a guide section, like `/golden-path/#start-with-one-path`. */
export function guideLink() {
  return z.string().regex(/^\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, {
    error: 'must be a guide path like /golden-path/#start-with-one-path',
  });
}
