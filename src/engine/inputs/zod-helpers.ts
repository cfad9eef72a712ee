/** The zod builders the answers' schema needs, with messages a person can act on. */
import { z } from '../zod.ts';
import type { NumberField } from './field-types.ts';
import { rangeRule } from './questions.ts';

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
