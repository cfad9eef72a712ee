/** Table tests for the month-by-month business case, at each boundary the definitions name. */
import { describe, expect, it } from 'vitest';
import { NEUTRAL, PLAUSIBLE } from './arbitraries.ts';
import { businessTimeline, type TimelineInput } from '#src/engine/business/timeline.ts';

/** A case whose figures are easy to check by hand: 40 x 25% x 50% = 5 engineer-months won back a month, team 3. */
const plain: TimelineInput = {
  ...NEUTRAL,
  teamSize: 40,
  infraTimeShare: 25,
  engineerCost: null,
  pricedTeamSize: 3,
  moveEngineerMonths: 0,
  dipPercent: 0,
  dipMonths: 0,
  expectedRecoveryPercent: 50,
  rampDelayMonths: 0,
  rampMonths: 0,
};

const defaults: TimelineInput = PLAUSIBLE;

describe('payback month', () => {
  // Net 5 - 3 = 2 engineer-months a month, so a move of 2 x N engineer-months pays back in month N exactly.
  it.each([
    { move: 72, horizon: 36, month: 36, status: 'pays-back' },
    { move: 72.5, horizon: 36, month: null, status: 'not-within-horizon' },
    { move: 72.5, horizon: 37, month: 37, status: 'pays-back' },
    { move: 2, horizon: 36, month: 1, status: 'never-behind' },
    { move: 2.5, horizon: 36, month: 2, status: 'pays-back' },
    { move: 0, horizon: 1, month: 1, status: 'never-behind' },
  ])('a move of $move engineer-months over $horizon months: month $month ($status)', ({ move, horizon, month, status }) => {
    const t = businessTimeline({ ...plain, moveEngineerMonths: move, horizonMonths: horizon });
    expect(t.paybackMonth).toBe(month);
    expect(t.paybackStatus).toBe(status);
  });

  it('at exactly the horizon, the break-even win-back is the win-back assumed', () => {
    const t = businessTimeline({ ...plain, moveEngineerMonths: 72 });
    expect(t.engineerMonths).toMatchObject({ cost: 180, capacityValue: 180, net: 0 });
    expect(t.breakEvenRecoveryPercent).toBe(50);
    expect(t.roi).toBe(0);
  });

  it('is the same month in money as in engineer-months when a cost is given', () => {
    const t = businessTimeline({ ...plain, moveEngineerMonths: 72, engineerCost: 120_000 });
    expect(t.unit).toBe('money');
    expect(t.paybackMonth).toBe(36);
    expect(t.money).toMatchObject({ cost: 1_800_000, capacityValue: 1_800_000, net: 0 });
    // The team is hired (cash); the move is product teams' time (capacity).
    expect(t.money).toMatchObject({ cash: 1_080_000, capacityCost: 720_000 });
  });
});

describe('no tax, no cost', () => {
  it('with no tax a team never pays back, at any win-back', () => {
    const t = businessTimeline({ ...plain, infraTimeShare: 0 });
    expect(t).toMatchObject({ paybackMonth: null, paybackStatus: 'not-within-horizon', breakEvenRecoveryPercent: null, roi: -1 });
  });

  it('with no tax and nothing spent there is nothing at stake', () => {
    const t = businessTimeline({ ...plain, infraTimeShare: 0, pricedTeamSize: 0 });
    expect(t).toMatchObject({ paybackMonth: null, paybackStatus: 'nothing-at-stake', breakEvenRecoveryPercent: null, roi: null });
  });

  it('a team of nobody reaches nobody: nothing at stake', () => {
    const t = businessTimeline({ ...plain, pricedTeamSize: 0 });
    expect(t).toMatchObject({ paybackMonth: null, paybackStatus: 'nothing-at-stake', reach: 0 });
  });

  it('when even a full win-back is not enough, there is no break-even', () => {
    expect(businessTimeline({ ...plain, pricedTeamSize: 11 }).breakEvenRecoveryPercent).toBeNull();
    expect(businessTimeline({ ...plain, pricedTeamSize: 10 }).breakEvenRecoveryPercent).toBe(100);
  });
});

describe('no engineer cost given', () => {
  it('has no money anywhere: every figure is in engineer-months', () => {
    const t = businessTimeline({ ...defaults, engineerCost: null, toolingPerMonth: 0 });
    expect(t.unit).toBe('engineer-months');
    expect(t.money).toBeNull();
    expect(t.months.every((m) => m.money === null)).toBe(true);
    expect(t.engineerMonths.parts).toEqual({ platformTeam: 72, move: 0, dip: 22.5, tooling: null, moveBought: null });
    expect(t.toolingLeftOut).toBe(false);
  });

  it('leaves tooling out, and says so, rather than guess its worth in engineers', () => {
    const withTooling = businessTimeline({ ...defaults, engineerCost: null });
    const without = businessTimeline({ ...defaults, engineerCost: null, toolingPerMonth: 0 });
    expect(withTooling.toolingLeftOut).toBe(true);
    expect(withTooling.engineerMonths).toEqual(without.engineerMonths);
    expect(withTooling.paybackMonth).toBe(without.paybackMonth);
  });

  it('counts tooling in engineer-months once a cost turns money into time', () => {
    const t = businessTimeline(defaults);
    // 1,000 a month for 36 months at 150,000 / 12 = 12,500 an engineer-month.
    expect(t.engineerMonths.parts.tooling).toBeCloseTo(2.88, 12);
    expect(t.toolingLeftOut).toBe(false);
  });
});

describe('ramp and J-curve', () => {
  it('credits each month with its average adoption along a straight ramp', () => {
    const t = businessTimeline({ ...plain, rampDelayMonths: 3, rampMonths: 6, horizonMonths: 11 });
    const twelfths = t.months.map((m) => Math.round(m.adoption * 12));
    expect(twelfths).toEqual([0, 0, 0, 1, 3, 5, 7, 9, 11, 12, 12]);
  });

  it('starts the dip when developers start using the platform, not while it is built', () => {
    const t = businessTimeline({ ...plain, rampDelayMonths: 2, dipPercent: 10, dipMonths: 1.5, horizonMonths: 6 });
    // 40 developers x 10% = 4 engineer-months a month of dip: month 3 in full, half of month 4.
    expect(t.months.map((m) => m.engineerMonths.cost)).toEqual([3, 3, 7, 5, 3, 3]);
  });

  it('books the move in month 1', () => {
    const t = businessTimeline({ ...plain, moveEngineerMonths: 10, horizonMonths: 3 });
    expect(t.months.map((m) => m.engineerMonths.cost)).toEqual([13, 3, 3]);
  });
});

describe('a worked example at the plausible defaults', () => {
  it('pays back in month 13 of 36, in money', () => {
    const t = businessTimeline(defaults);
    expect(t.paybackMonth).toBe(13);
    expect(t.money).toMatchObject({ cost: 1_217_250, capacityValue: 2_812_500, net: 1_595_250 });
    expect(t.money?.parts).toEqual({ platformTeam: 900_000, move: 0, dip: 281_250, tooling: 36_000, moveBought: 0 });
    expect(t.roi).toBeCloseTo(1.3105, 4);
    expect(t.breakEvenRecoveryPercent).toBeCloseTo(21.64, 10);
  });
});

describe('inputs out of range', () => {
  it('are refused with a message naming the input', () => {
    const changes: Partial<TimelineInput>[] = [
      { infraTimeShare: 120 },
      { teamSize: -1 },
      { developersPerPlatformEngineer: 0 },
      { rampMonths: NaN },
      { engineerCost: 0 },
      { horizonMonths: 0 },
      { horizonMonths: 12.5 },
    ];
    const messages = changes.map((change) => {
      try {
        businessTimeline({ ...plain, ...change });
        return 'accepted';
      } catch (error) {
        return String(error);
      }
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "RangeError: infraTimeShare is a percentage, 0..100 (got 120)",
        "RangeError: teamSize must be a finite number >= 0 (got -1)",
        "RangeError: developersPerPlatformEngineer must be > 0 (got 0)",
        "RangeError: rampMonths must be a finite number >= 0 (got NaN)",
        "RangeError: engineerCost must be > 0 or null (got 0)",
        "RangeError: horizonMonths must be a whole number >= 1 (got 0)",
        "RangeError: horizonMonths must be a whole number >= 1 (got 12.5)",
      ]
    `);
  });
});
