/** fast-check generators for business-case inputs anywhere in their ranges. */
import fc from 'fast-check';
import type { TimelineInput } from '#src/engine/business/timeline.ts';

// Inputs to a millionth, as people type them: arbitrary doubles reach subnormal numbers (1e-300 x
// 1e-30 = 0), where no law of arithmetic survives and no person types.
const millionths = (max: number) => fc.integer({ min: 0, max: max * 1e6 }).map((n) => n / 1e6);
export const share = millionths(1);
export const nonNegative = (max: number) => fc.oneof(fc.integer({ min: 0, max }), millionths(max));

export const timelineInput: fc.Arbitrary<TimelineInput> = fc.record({
  engineers: nonNegative(2000),
  taxShare: share,
  engineerCost: fc.option(fc.integer({ min: 10_000, max: 400_000 }), { nil: null }),
  platformTeamSize: nonNegative(30),
  toolingPerMonth: nonNegative(50_000),
  toolingPerDeveloperPerMonth: nonNegative(200),
  moveEngineerMonths: nonNegative(200),
  jCurveDrop: millionths(0.5),
  jCurveMonths: nonNegative(12),
  expectedWinBack: share,
  rampDelayMonths: nonNegative(12),
  rampMonths: nonNegative(24),
  horizonMonths: fc.integer({ min: 1, max: 60 }),
});

/** The tests' plausible case: 50 engineers at 30%, team 2, half won back, 3 months to build and 6 to adopt, DORA's dip, 1,000 a month of tooling. */
export const PLAUSIBLE: TimelineInput = {
  engineers: 50,
  taxShare: 0.3,
  engineerCost: 150_000,
  platformTeamSize: 2,
  toolingPerMonth: 1000,
  toolingPerDeveloperPerMonth: 0,
  moveEngineerMonths: 0,
  jCurveDrop: 0.15,
  jCurveMonths: 3,
  expectedWinBack: 0.5,
  rampDelayMonths: 3,
  rampMonths: 6,
};
