/** Laws of the month-by-month business case, checked on random cases anywhere in range. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTimeline, businessTotals, paysBackWithin, type Timeline } from '#src/engine/business/timeline.ts';
import { nonNegative, share, timelineInput } from './arbitraries.ts';

/** Payback as a number to compare: never within the horizon counts as later than any month. */
const paybackOf = (t: Timeline) => t.paybackMonth ?? Infinity;
const run = businessTimeline;

describe('laws of the business timeline', () => {
  it('gives the same totals, payback and verdict without keeping the months', () => {
    fc.assert(
      fc.property(timelineInput, (input) => {
        const { months, ...totals } = run(input);
        expect(months).toHaveLength(totals.horizonMonths);
        expect(businessTotals(input)).toStrictEqual(totals);
        expect(Object.keys(businessTotals(input))).toEqual(Object.keys(totals));
        const verdict = totals.paybackStatus === 'nothing-at-stake' ? null : totals.paybackStatus !== 'not-within-horizon';
        expect(paysBackWithin(input)).toBe(verdict);
      }),
    );
  });

  it('keeps cumulative net equal to the sum of monthly nets, in both units', () => {
    fc.assert(
      fc.property(timelineInput, (input) => {
        const t = run(input);
        for (const unit of ['engineerMonths', 'money'] as const) {
          let sum = 0;
          for (const month of t.months) {
            const flow = month[unit];
            if (flow === null) continue;
            sum += flow.net;
            // Equal up to rounding, relative to the sizes summed.
            const scale = Math.max(1, flow.cumulativeCost + flow.cumulativeCapacityValue);
            expect(Math.abs(flow.cumulativeNet - sum)).toBeLessThanOrEqual(1e-12 * scale);
            expect(flow.net).toBe(flow.capacityValue - flow.cost);
          }
        }
        expect(t.months).toHaveLength(t.horizonMonths);
      }),
    );
  });

  it('splits the cost over the horizon into parts that add up to it', () => {
    fc.assert(
      fc.property(timelineInput, (input) => {
        const t = run(input);
        for (const totals of [t.engineerMonths, t.money]) {
          if (totals === null) continue;
          const { platformTeam, move, jCurve, tooling } = totals.parts;
          const sum = platformTeam + move + jCurve + (tooling ?? 0);
          expect(Math.abs(sum - totals.cost)).toBeLessThanOrEqual(1e-9 * Math.max(1, totals.cost));
        }
      }),
    );
  });

  it('gives no money figure at all when no cost is given', () => {
    fc.assert(
      fc.property(timelineInput, (input) => {
        const t = run({ ...input, engineerCost: null });
        expect(t.money).toBeNull();
        expect(t.unit).toBe('engineer-months');
        expect(t.months.every((m) => m.money === null)).toBe(true);
      }),
    );
  });

  const costlier = [
    ['platformTeamSize', 30],
    ['toolingPerMonth', 50_000],
    ['toolingPerDeveloperPerMonth', 200],
    ['moveEngineerMonths', 200],
    ['jCurveDrop', 1],
    ['jCurveMonths', 12],
    ['rampDelayMonths', 12],
    ['rampMonths', 24],
  ] as const;

  it.each(costlier)('never pays back earlier when %s is higher', (key, max) => {
    const values = key === 'jCurveDrop' ? share : nonNegative(max);
    fc.assert(
      fc.property(timelineInput, values, values, (input, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(paybackOf(run({ ...input, [key]: high }))).toBeGreaterThanOrEqual(paybackOf(run({ ...input, [key]: low })));
      }),
    );
  });

  it.each([['expectedWinBack'], ['taxShare']] as const)('never pays back later when %s is higher', (key) => {
    fc.assert(
      fc.property(timelineInput, share, share, (input, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(paybackOf(run({ ...input, [key]: high }))).toBeLessThanOrEqual(paybackOf(run({ ...input, [key]: low })));
      }),
    );
  });

  it('never lowers the break-even win-back when the platform team grows', () => {
    fc.assert(
      fc.property(timelineInput, nonNegative(30), nonNegative(30), (input, x, y) => {
        const [small, large] = x <= y ? [x, y] : [y, x];
        const a = run({ ...input, platformTeamSize: small }).breakEvenWinBack ?? Infinity;
        const b = run({ ...input, platformTeamSize: large }).breakEvenWinBack ?? Infinity;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it('pays back within the horizon at the break-even win-back, and not just below it', () => {
    fc.assert(
      fc.property(timelineInput, (input) => {
        const breakEven = run(input).breakEvenWinBack;
        if (breakEven === null) {
          expect(run({ ...input, expectedWinBack: 1 }).paybackMonth).toBeNull();
          return;
        }
        expect(run({ ...input, expectedWinBack: breakEven }).paybackMonth).not.toBeNull();
        const below = breakEven - 1e-6;
        if (below >= 0) expect(run({ ...input, expectedWinBack: below }).paybackMonth).toBeNull();
      }),
    );
  });

  it('stays paid back from the payback month on, and was behind the month before', () => {
    fc.assert(
      fc.property(timelineInput, (input) => {
        const t = run(input);
        if (t.paybackMonth === null) return;
        const flows = t.months.map((m) => m.money ?? m.engineerMonths);
        for (const flow of flows.slice(t.paybackMonth - 1)) expect(flow.cumulativeNet).toBeGreaterThanOrEqual(0);
        // In this model that is also the first month at or above 0 after being below (it never dips back).
        const firstBehind = flows.findIndex((f) => f.cumulativeNet < 0);
        const firstRecovered = flows.findIndex((f, i) => i > firstBehind && f.cumulativeNet >= 0);
        expect(t.paybackMonth).toBe(firstBehind < 0 ? 1 : firstRecovered + 1);
      }),
    );
  });
});
