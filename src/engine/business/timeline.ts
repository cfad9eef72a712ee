/**
 * The business case month by month: what a platform team costs, what it wins back, and when (if
 * ever) the running total turns positive. Everything is worked out in engineer-months first (one
 * engineer's time for one month), and in money too when an engineer's cost is given; without a
 * cost no money figure is invented. Recovered time is capacity, not cash: a team gets hours back to
 * spend on other work, nobody's salary stops. Pure: plain numbers in, plain numbers out.
 *
 * The model, month m = 1..horizon (a month is the interval [m-1, m]):
 * - Cost: the platform team (platformTeamSize engineer-months a month, from month 1); the move
 *   (moveEngineerMonths, booked in month 1: the earliest, so payback is never flattered); the
 *   J-curve dip (engineers x jCurveDrop for jCurveMonths, starting when developers start using the
 *   platform, i.e. at the end of month rampDelayMonths); tooling (money a month, fixed plus per
 *   developer).
 * - Capacity value: engineers x taxShare x expectedWinBack x adoption. Adoption is 0 until the end
 *   of month rampDelayMonths, then grows in a straight line to 1 over rampMonths; each month is
 *   credited with its average adoption (rampMonths 0: full at once).
 * - Platform engineers are assumed to cost what developers cost (one engineerCost for both).
 * - Tooling without an engineer cost cannot be turned into engineer-months honestly, so it is left
 *   out of every figure and `toolingLeftOut` says so; the integrator should ask for a cost then.
 * Fractional months are allowed (DORA's calculator takes them) and are pro-rated by overlap.
 */

import {
  DEFAULT_HORIZON_MONTHS,
  type Flow,
  type PaybackStatus,
  type Timeline,
  type TimelineInput,
  type TimelineMonth,
  type Totals,
} from './timeline-types.ts';

export * from './timeline-types.ts';

/** Length of [a, b] ∩ [c, d], never negative. */
const overlap = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));

/** Area under the adoption curve from time 0 to x (a straight ramp from `delay` over `ramp` months). */
function adoptionArea(x: number, delay: number, ramp: number): number {
  const t = x - delay;
  if (t <= 0) return 0;
  if (ramp <= 0 || t >= ramp) return t - ramp / 2;
  return (t * t) / (2 * ramp);
}

/** The horizon, once the input is checked: a RangeError names the first value out of range. */
function check(input: TimelineInput): number {
  const horizon = input.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const shares = ['taxShare', 'jCurveDrop', 'expectedWinBack'] as const;
  const counts = ['engineers', 'platformTeamSize', 'toolingPerMonth', 'toolingPerDeveloperPerMonth', 'moveEngineerMonths'] as const;
  const months = ['jCurveMonths', 'rampDelayMonths', 'rampMonths'] as const;
  for (const key of [...shares, ...counts, ...months]) {
    const v = input[key];
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${key} must be a finite number >= 0 (got ${v})`);
  }
  for (const key of shares) if (input[key] > 1) throw new RangeError(`${key} is a share, 0..1 (got ${input[key]})`);
  const cost = input.engineerCost;
  if (cost !== null && !(Number.isFinite(cost) && cost > 0)) throw new RangeError(`engineerCost must be > 0 or null (got ${cost})`);
  if (!Number.isInteger(horizon) || horizon < 1) throw new RangeError(`horizonMonths must be a whole number >= 1 (got ${horizon})`);
  return horizon;
}

/** Running totals of one unit's flows, month by month. */
class Running {
  cumulativeCost = 0;
  cumulativeCapacityValue = 0;
  add(cost: number, capacityValue: number): void {
    this.cumulativeCost += cost;
    this.cumulativeCapacityValue += capacityValue;
  }
  /** The month just added, with the totals so far. */
  flow(cost: number, capacityValue: number): Flow {
    const { cumulativeCost, cumulativeCapacityValue } = this;
    return {
      cost,
      capacityValue,
      net: capacityValue - cost,
      cumulativeCost,
      cumulativeCapacityValue,
      cumulativeNet: cumulativeCapacityValue - cumulativeCost,
    };
  }
}

interface Run {
  em: Running;
  money: Running | null;
  perEngineerMonth: number | null;
  toolingMoney: number;
  toolingEm: number;
  dipTotal: number;
  adoptionTotal: number;
  /** The last month whose cumulative net (in the case's unit) is below 0; 0 when none is. */
  lastBehind: number;
}

/**
 * The model, month by month, in one pass: running totals in engineer-months and in money, and the
 * last month behind. `month` receives each month when the caller keeps them (the totals do not).
 */
function run(input: TimelineInput, horizon: number, month?: (m: TimelineMonth) => void): Run {
  const { engineers, platformTeamSize: team, rampDelayMonths: delay, rampMonths: ramp } = input;
  const perEngineerMonth = input.engineerCost === null ? null : input.engineerCost / 12;
  const toolingMoney = input.toolingPerMonth + input.toolingPerDeveloperPerMonth * engineers;
  const toolingEm = perEngineerMonth === null ? 0 : toolingMoney / perEngineerMonth;
  const fullWinBack = engineers * input.taxShare * input.expectedWinBack;
  const em = new Running();
  const money = perEngineerMonth === null ? null : new Running();
  let dipTotal = 0;
  let adoptionTotal = 0;
  let lastBehind = 0;
  for (let m = 1; m <= horizon; m++) {
    const adoption = adoptionArea(m, delay, ramp) - adoptionArea(m - 1, delay, ramp);
    const dip = engineers * input.jCurveDrop * overlap(m - 1, m, delay, delay + input.jCurveMonths);
    dipTotal += dip;
    adoptionTotal += adoption;
    const people = team + (m === 1 ? input.moveEngineerMonths : 0) + dip;
    const valueEm = fullWinBack * adoption;
    const emCost = people + toolingEm;
    em.add(emCost, valueEm);
    const moneyCost = perEngineerMonth === null ? 0 : people * perEngineerMonth + toolingMoney;
    const moneyValue = perEngineerMonth === null ? 0 : valueEm * perEngineerMonth;
    money?.add(moneyCost, moneyValue);
    const main = money ?? em;
    if (!(main.cumulativeCapacityValue - main.cumulativeCost >= 0)) lastBehind = m;
    // Objects only for a caller that keeps the months: the totals, the break-even search and the
    // verdict at the defaults run this loop thousands of times over a portfolio.
    if (month) month({ month: m, adoption, engineerMonths: em.flow(emCost, valueEm), money: money && money.flow(moneyCost, moneyValue) });
  }
  return { em, money, perEngineerMonth, toolingMoney, toolingEm, dipTotal, adoptionTotal, lastBehind };
}

function payback(r: Run, horizon: number): { paybackMonth: number | null; paybackStatus: PaybackStatus } {
  const main = r.money ?? r.em;
  if (main.cumulativeCost === 0 && main.cumulativeCapacityValue === 0) return { paybackMonth: null, paybackStatus: 'nothing-at-stake' };
  if (r.lastBehind === horizon) return { paybackMonth: null, paybackStatus: 'not-within-horizon' };
  const from = r.lastBehind + 1;
  return { paybackMonth: from, paybackStatus: from === 1 ? 'never-behind' : 'pays-back' };
}

const finalNet = (r: Run) => {
  const main = r.money ?? r.em;
  return main.cumulativeCapacityValue - main.cumulativeCost;
};

/**
 * Cumulative net at the horizon is linear in the win-back (w x value at full win-back - cost), and
 * paying back within the horizon means exactly that it is >= 0 there (payback is the month from
 * which it stays >= 0): so the break-even is cost / value at full. Summing month by month can land
 * a few units in the last place short of that, so the answer is stepped up until the timeline
 * itself pays back: what is returned always pays back when fed in.
 */
function breakEvenWinBack(input: TimelineInput, horizon: number, cost: number, valueAtFull: number): number | null {
  if (!(valueAtFull > 0)) return null;
  let w = Math.min(1, cost / valueAtFull);
  let step = Math.max(w * Number.EPSILON, Number.MIN_VALUE);
  while (finalNet(run({ ...input, expectedWinBack: w }, horizon)) < 0) {
    if (w === 1) return null;
    [w, step] = [Math.min(1, w + step), step * 2];
  }
  return w;
}

/** The case's totals, payback, return and break-even, without its months: what a result keeps. */
export function businessTotals(input: TimelineInput): Omit<Timeline, 'months'> {
  return totalsOf(input, run(input, check(input)));
}

function totalsOf(input: TimelineInput, r: Run): Omit<Timeline, 'months'> {
  const horizon = input.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const { perEngineerMonth, em, money } = r;
  const totals = (flow: Running, scale: number, tooling: number | null): Totals => {
    const { cumulativeCost: cost, cumulativeCapacityValue: capacityValue } = flow;
    const { platformTeamSize: team, moveEngineerMonths: move } = input;
    const parts = { platformTeam: team * horizon * scale, move: move * scale, jCurve: r.dipTotal * scale, tooling };
    return { cost, capacityValue, net: capacityValue - cost, parts };
  };
  const emTotals = totals(em, 1, perEngineerMonth === null ? null : r.toolingEm * horizon);
  const moneyTotals = money && perEngineerMonth !== null ? totals(money, perEngineerMonth, r.toolingMoney * horizon) : null;
  const main = moneyTotals ?? emTotals;
  const valueAtFull = r.adoptionTotal * input.engineers * input.taxShare * (perEngineerMonth ?? 1);
  return {
    horizonMonths: horizon,
    unit: money ? 'money' : 'engineer-months',
    ...payback(r, horizon),
    engineerMonths: emTotals,
    money: moneyTotals,
    roi: main.cost > 0 ? main.net / main.cost : null,
    breakEvenWinBack: breakEvenWinBack(input, horizon, main.cost, valueAtFull),
    toolingLeftOut: perEngineerMonth === null && r.toolingMoney > 0,
  };
}

export function businessTimeline(input: TimelineInput): Timeline {
  const months: TimelineMonth[] = [];
  const { horizonMonths, unit, ...rest } = totalsOf(
    input,
    run(input, check(input), (m) => months.push(m)),
  );
  return { horizonMonths, unit, months, ...rest };
}

/** True when the case pays back within its horizon, false when not, null when nothing is at stake: one pass, no months kept. */
export function paysBackWithin(input: TimelineInput): boolean | null {
  const horizon = check(input);
  const r = run(input, horizon);
  const { paybackStatus } = payback(r, horizon);
  return paybackStatus === 'nothing-at-stake' ? null : paybackStatus !== 'not-within-horizon';
}
