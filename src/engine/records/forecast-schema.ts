/** The `forecast:` block of a record (forecast.ts), as check, the build and every writer validate it. */
import { z } from '../zod.ts';
import { strictObject, text } from '../validation/schema-helpers.ts';

const count = (max: number) =>
  z
    .number({ error: `must be a number from 0 to ${max}` })
    .min(0, { error: `must be a number from 0 to ${max}` })
    .max(max, { error: `must be a number from 0 to ${max}` });
const months = z
  .number({ error: 'must be a whole number of months from 1 to 600' })
  .int({ error: 'must be a whole number of months from 1 to 600' })
  .min(1, { error: 'must be a whole number of months from 1 to 600' })
  .max(600, { error: 'must be a whole number of months from 1 to 600' });
const percent = count(100);

export const forecastSchema = strictObject({
  teamSize: count(100_000),
  horizonMonths: months,
  taxFte: count(1e9),
  winBackFte: count(1e9),
  reachPercent: percent.optional(),
  winBackMoney: count(Number.MAX_SAFE_INTEGER).optional(),
  currency: text(12).optional(),
  paybackMonth: months.optional(),
  paybackStatus: z.enum(['pays-back', 'never-behind', 'not-within-horizon', 'nothing-at-stake'], {
    error: 'must be pays-back, never-behind, not-within-horizon or nothing-at-stake',
  }),
  assumptions: z
    .record(
      z.string().regex(/^[a-zA-Z]{1,40}$/, { error: 'must be an assumption key such as expectedRecoveryPercent' }),
      count(1_000_000),
      { error: 'must be a mapping of assumption keys to numbers' },
    )
    .refine((a) => Object.keys(a).length <= 30, { error: 'must list at most 30 assumptions' }),
  winBackRange: strictObject({ low: percent, high: percent }).refine((r) => r.low <= r.high, {
    error: 'low must not be above high',
  }),
});
