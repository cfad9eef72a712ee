/** Laws of the month-by-month business case, checked on random cases anywhere in range. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTimeline, businessTotals, paysBackWithin, type Timeline } from '#src/engine/business/timeline.ts';
import { COST_LINE_KEYS } from '#src/engine/inputs/cost-lines.ts';
import { costLineMax, millionths, nonNegative, percent, timelineInput } from './arbitraries.ts';

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
          // Every part, whatever parts there are: a part left out of `parts` is caught here.
          const sum = Object.values(totals.parts).reduce<number>((a, part) => a + (part ?? 0), 0);
          expect(Math.abs(sum - totals.cost)).toBeLessThanOrEqual(1e-9 * Math.max(1, totals.cost));
          expect(Math.abs(totals.cash + totals.capacityCost - totals.cost)).toBeLessThanOrEqual(1e-9 * Math.max(1, totals.cost));
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

  // Not the team size: below full reach a larger team wins back more in step with its cost (sizing.test.ts).
  const costlier = [
    ...COST_LINE_KEYS.map((k) => [k, costLineMax(k)] as const),
    ['moveEngineerMonths', 200],
    ['dipPercent', 100],
    ['dipMonths', 12],
    ['rampDelayMonths', 12],
    ['rampMonths', 24],
  ] as const;

  it.each(costlier)('never pays back earlier when %s is higher', (key, max) => {
    const values = key === 'dipPercent' ? percent : nonNegative(max);
    fc.assert(
      fc.property(timelineInput, values, values, (input, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(paybackOf(run({ ...input, [key]: high }))).toBeGreaterThanOrEqual(paybackOf(run({ ...input, [key]: low })));
      }),
    );
  });

  it.each([['expectedRecoveryPercent'], ['infraTimeShare']] as const)('never pays back later when %s is higher', (key) => {
    fc.assert(
      fc.property(timelineInput, percent, percent, (input, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(paybackOf(run({ ...input, [key]: high }))).toBeLessThanOrEqual(paybackOf(run({ ...input, [key]: low })));
      }),
    );
  });

  it('never charges a running team the move, the dip or help bought for the move', () => {
    fc.assert(
      fc.property(timelineInput, millionths(30), (input, running) => {
        fc.pre(running > 0);
        const t = run({ ...input, runningTeamSize: running });
        for (const totals of [t.engineerMonths, t.money]) {
          if (totals === null) continue;
          expect(totals.parts.move).toBe(0);
          expect(totals.parts.dip).toBe(0);
          expect(totals.parts.moveBought ?? 0).toBe(0);
        }
      }),
    );
  });

  it('counts people moved from product teams as capacity, never as cash', () => {
    fc.assert(
      fc.property(timelineInput, nonNegative(10), (input, moved) => {
        const hired = run({ ...input, movedFromProductTeams: 0 });
        const some = run({ ...input, movedFromProductTeams: moved });
        expect(some.engineerMonths.cash).toBeLessThanOrEqual(hired.engineerMonths.cash + 1e-9);
        expect(Math.abs(some.engineerMonths.net - hired.engineerMonths.net)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, hired.engineerMonths.cost),
        );
      }),
    );
  });

  it('pays back within the horizon at the break-even win-back, and not just below it', () => {
    fc.assert(
      fc.property(timelineInput, (input) => {
        const breakEven = run(input).breakEvenRecoveryPercent;
        if (breakEven === null) {
          expect(run({ ...input, expectedRecoveryPercent: 100 }).paybackMonth).toBeNull();
          return;
        }
        expect(run({ ...input, expectedRecoveryPercent: breakEven }).paybackMonth).not.toBeNull();
        const below = breakEven - 1e-4;
        if (below >= 0) expect(run({ ...input, expectedRecoveryPercent: below }).paybackMonth).toBeNull();
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
        if (t.paybackMonth > 1) expect(flows[t.paybackMonth - 2]!.cumulativeNet).toBeLessThan(0);
      }),
    );
  });
});
