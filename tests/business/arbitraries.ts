/** fast-check generators for business-case inputs anywhere in their ranges. */
import fc from 'fast-check';
import type { TimelineInput } from '#src/engine/business/timeline.ts';
import { COST_LINE_KEYS, type CostLineKey } from '#src/engine/inputs/cost-lines.ts';
import { businessField } from '#src/engine/inputs/fields.ts';

// Inputs to a millionth, as people type them: arbitrary doubles reach subnormal numbers (1e-300 x
// 1e-30 = 0), where no law of arithmetic survives and no person types.
export const millionths = (max: number) => fc.integer({ min: 0, max: max * 1e6 }).map((n) => n / 1e6);
export const nonNegative = (max: number) => fc.oneof(fc.integer({ min: 0, max }), millionths(max));

export const percent = millionths(100);

/** How far the generators take a cost line: its range, up to a large one-off amount. */
export const costLineMax = (key: CostLineKey) => Math.min(businessField(key).max, 100_000);

/** Each cost line (money the person gives, COST_LINE_KEYS) as `value(key)` says: a new one needs no edit here. */
function costLines<T>(value: (key: CostLineKey) => T): Record<CostLineKey, T> {
  return Object.fromEntries(COST_LINE_KEYS.map((k) => [k, value(k)])) as Record<CostLineKey, T>;
}

export const timelineInput: fc.Arbitrary<TimelineInput> = fc.record({
  teamSize: nonNegative(2000),
  infraTimeShare: percent,
  engineerCost: fc.option(fc.integer({ min: 10_000, max: 400_000 }), { nil: null }),
  pricedTeamSize: nonNegative(30),
  runningTeamSize: fc.oneof(fc.constant(0), nonNegative(30)),
  movedFromProductTeams: nonNegative(10),
  ...costLines((k) => nonNegative(costLineMax(k))),
  moveEngineerMonths: nonNegative(200),
  dipPercent: millionths(50),
  dipMonths: nonNegative(12),
  expectedRecoveryPercent: percent,
  developersPerPlatformEngineer: fc.integer({ min: 1, max: 1000 }),
  staffingMonths: nonNegative(12),
  rampDelayMonths: nonNegative(12),
  rampMonths: nonNegative(24),
  discountRatePercent: millionths(20),
  horizonMonths: fc.integer({ min: 1, max: 60 }),
});

/** Everything a test does not set: no running team, no cost line, no staffing delay, reach enough for everyone, no discounting. */
export const NEUTRAL = {
  runningTeamSize: 0,
  movedFromProductTeams: 0,
  ...costLines(() => 0),
  staffingMonths: 0,
  developersPerPlatformEngineer: 1000,
  discountRatePercent: 0,
  horizonMonths: 36,
} as const;

/** The tests' plausible case: 50 engineers at 30%, team 2, half won back, 3 months to build and 6 to adopt, DORA's dip, 1,000 a month of tooling. */
export const PLAUSIBLE: TimelineInput = {
  ...NEUTRAL,
  teamSize: 50,
  infraTimeShare: 30,
  engineerCost: 150_000,
  pricedTeamSize: 2,
  toolingPerMonth: 1000,
  moveEngineerMonths: 0,
  dipPercent: 15,
  dipMonths: 3,
  expectedRecoveryPercent: 50,
  rampDelayMonths: 3,
  rampMonths: 6,
};
