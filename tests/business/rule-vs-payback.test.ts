/**
 * The operational-tax rule (more than 20 engineers and more than 20% of their time on
 * infrastructure: form a platform team) against the money: at plausible defaults, some cases the
 * rule sends to a platform team do not pay back within 36 months, and others do. A team of two that
 * reaches everyone (the tests' plausible case), so the arithmetic stays the one checked by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAUSIBLE } from './arbitraries.ts';
import { businessTimeline, type TimelineInput } from '#src/engine/business/timeline.ts';

const defaults: TimelineInput = { ...PLAUSIBLE, horizonMonths: 36 };

const ruleFires = (engineers: number, taxShare: number) => engineers > 20 && taxShare > 0.2;
const paysBack = (engineers: number, taxShare: number) =>
  businessTimeline({ ...defaults, teamSize: engineers, infraTimeShare: taxShare * 100 }).paybackMonth !== null;

/** Cases the rule decides: 21..100 engineers, tax in whole percent from 21% to 40%. */
const ruled = fc.tuple(
  fc.integer({ min: 21, max: 100 }),
  fc.integer({ min: 21, max: 40 }).map((p) => p / 100),
);
// The cases that do not pay back are a small corner (about 1 in 80 here): search long enough, and
// from a fixed seed, so the test never depends on luck.
const search = { numRuns: 2000, seed: 21 };

describe('the operational-tax rule and the 36-month case', () => {
  it('finds a case the rule sends to a platform team that does not pay back within 36 months', () => {
    const found = fc.check(
      fc.property(ruled, ([engineers, tax]) => paysBack(engineers, tax)),
      search,
    );
    expect(found.failed).toBe(true);
    const [engineers, tax] = found.counterexample?.[0] ?? [0, 0];
    expect(ruleFires(engineers, tax)).toBe(true);
    expect(paysBack(engineers, tax)).toBe(false);
  });

  it('finds a case the rule sends to a platform team that does pay back', () => {
    const found = fc.check(
      fc.property(ruled, ([engineers, tax]) => !paysBack(engineers, tax)),
      search,
    );
    expect(found.failed).toBe(true);
    const [engineers, tax] = found.counterexample?.[0] ?? [0, 0];
    expect(ruleFires(engineers, tax)).toBe(true);
    expect(paysBack(engineers, tax)).toBe(true);
  });

  it.each([
    { engineers: 21, tax: 0.21, month: null },
    { engineers: 21, tax: 0.25, month: null },
    { engineers: 21, tax: 0.27, month: 36 },
    { engineers: 25, tax: 0.21, month: null },
    { engineers: 30, tax: 0.21, month: 31 },
    { engineers: 40, tax: 0.21, month: 21 },
    { engineers: 50, tax: 0.3, month: 13 },
    { engineers: 200, tax: 0.25, month: 11 },
  ])('$engineers engineers at $tax: payback month $month', ({ engineers, tax, month }) => {
    expect(ruleFires(engineers, tax)).toBe(true);
    expect(businessTimeline({ ...defaults, teamSize: engineers, infraTimeShare: tax * 100 }).paybackMonth).toBe(month);
  });

  it('draws the line where the arithmetic says: engineers x (15 x tax - 0.45) >= 74.88 engineer-months', () => {
    // Over 36 months the ramp (3 + 6) credits 30 months of full win-back: value = engineers x tax x 0.5 x 30.
    // Cost = team 2 x 36 + dip engineers x 0.15 x 3 + tooling 36,000 / 12,500 an engineer-month.
    for (let engineers = 21; engineers <= 120; engineers++) {
      for (let percent = 21; percent <= 40; percent++) {
        const tax = percent / 100;
        const margin = engineers * (15 * tax - 0.45) - 74.88;
        if (Math.abs(margin) < 1e-6) continue;
        expect(paysBack(engineers, tax), `${engineers} engineers at ${percent}%`).toBe(margin > 0);
      }
    }
  });
});
