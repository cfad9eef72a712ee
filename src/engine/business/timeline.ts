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

export const DEFAULT_HORIZON_MONTHS = 36;

export interface TimelineInput {
  /** Developers the platform serves (people); the platform team is costed on top, not taken out of them. */
  engineers: number;
  /** Share of developer time spent on infrastructure today (the operational tax), 0..1. */
  taxShare: number;
  /** Loaded cost of one engineer, money a year (> 0); null when not given: then no money figures. */
  engineerCost: number | null;
  /** Platform team, full-time people, paid from month 1. */
  platformTeamSize: number;
  /** Fixed tooling (licences, hosting), money a month. */
  toolingPerMonth: number;
  /** Tooling for each developer served, money a developer a month. */
  toolingPerDeveloperPerMonth: number;
  /** One-time cost of moving onto the platform, engineer-months, booked in month 1. */
  moveEngineerMonths: number;
  /** Share of developer time lost while developers adopt the platform, 0..1. */
  jCurveDrop: number;
  /** How long the dip lasts, months, from the first month of value. */
  jCurveMonths: number;
  /** Share of the tax won back at full adoption, 0..1. */
  expectedWinBack: number;
  /** Months before any value (the platform is being built). */
  rampDelayMonths: number;
  /** Months from first value to full win-back, linear; 0 = full at once. */
  rampMonths: number;
  /** Months to look ahead, a whole number >= 1; 36 when not given. */
  horizonMonths?: number | undefined;
}

/** One month's flows and running totals, in one unit (engineer-months or money). */
export interface Flow {
  cost: number;
  capacityValue: number;
  /** capacityValue - cost. */
  net: number;
  cumulativeCost: number;
  cumulativeCapacityValue: number;
  cumulativeNet: number;
}

export interface TimelineMonth {
  month: number;
  /** Average share of full win-back reached in this month, 0..1. */
  adoption: number;
  engineerMonths: Flow;
  /** Null when no engineer cost was given. */
  money: Flow | null;
}

/** Where the cost over the horizon comes from, in one unit. Tooling is null in engineer-months when it was left out. */
export interface CostParts {
  platformTeam: number;
  move: number;
  jCurve: number;
  tooling: number | null;
}

export interface Totals {
  cost: number;
  capacityValue: number;
  net: number;
  parts: CostParts;
}

/**
 * - `pays-back`: cumulative net is negative at some point and >= 0 from `paybackMonth` to the horizon.
 * - `never-behind`: cumulative net is never negative (costs covered from the start); paybackMonth 1.
 * - `not-within-horizon`: cumulative net is still negative at the horizon; paybackMonth null.
 * - `nothing-at-stake`: no cost and no value over the horizon (no tax, no team); paybackMonth null.
 */
export type PaybackStatus = 'pays-back' | 'never-behind' | 'not-within-horizon' | 'nothing-at-stake';

export interface Timeline {
  horizonMonths: number;
  /** The unit payback, ROI and break-even are worked out in: money when a cost was given. */
  unit: 'money' | 'engineer-months';
  months: TimelineMonth[];
  /** The first month from which cumulative net stays >= 0 to the horizon; null when it never does. */
  paybackMonth: number | null;
  paybackStatus: PaybackStatus;
  engineerMonths: Totals;
  money: Totals | null;
  /** (capacity value - cost) / cost over the horizon; null when nothing was spent. */
  roi: number | null;
  /** Smallest expectedWinBack in [0,1] that pays back within the horizon; null when even 1 does not, or there is no tax. */
  breakEvenWinBack: number | null;
  /** True when tooling was given without an engineer cost, and so is in no figure. */
  toolingLeftOut: boolean;
}

/** Length of [a, b] ∩ [c, d], never negative. */
const overlap = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));

/** Area under the adoption curve from time 0 to x (a straight ramp from `delay` over `ramp` months). */
function adoptionArea(x: number, delay: number, ramp: number): number {
  const t = x - delay;
  if (t <= 0) return 0;
  if (ramp <= 0 || t >= ramp) return t - ramp / 2;
  return (t * t) / (2 * ramp);
}

function check(input: TimelineInput, horizon: number): void {
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
}

function flows(costs: number[], values: number[]): Flow[] {
  let cumulativeCost = 0;
  let cumulativeCapacityValue = 0;
  return costs.map((cost, i) => {
    const capacityValue = values[i] ?? 0;
    cumulativeCost += cost;
    cumulativeCapacityValue += capacityValue;
    const net = capacityValue - cost;
    return { cost, capacityValue, net, cumulativeCost, cumulativeCapacityValue, cumulativeNet: cumulativeCapacityValue - cumulativeCost };
  });
}

function payback(series: Flow[]): { paybackMonth: number | null; paybackStatus: PaybackStatus } {
  const last = series.at(-1);
  if (!last || (last.cumulativeCost === 0 && last.cumulativeCapacityValue === 0))
    return { paybackMonth: null, paybackStatus: 'nothing-at-stake' };
  let from: number | null = null;
  for (let i = series.length - 1; i >= 0 && (series[i]?.cumulativeNet ?? -1) >= 0; i--) from = i + 1;
  if (from === null) return { paybackMonth: null, paybackStatus: 'not-within-horizon' };
  return { paybackMonth: from, paybackStatus: from === 1 ? 'never-behind' : 'pays-back' };
}

interface Series {
  adoption: number[];
  dip: number[];
  em: Flow[];
  money: Flow[] | null;
  perEngineerMonth: number | null;
  toolingMoney: number;
  toolingEm: number;
}

function series(input: TimelineInput, horizon: number): Series {
  const { engineers, platformTeamSize: team, rampDelayMonths: delay, rampMonths: ramp } = input;
  const perEngineerMonth = input.engineerCost === null ? null : input.engineerCost / 12;
  const toolingMoney = input.toolingPerMonth + input.toolingPerDeveloperPerMonth * engineers;
  const toolingEm = perEngineerMonth === null ? 0 : toolingMoney / perEngineerMonth;
  const fullWinBack = engineers * input.taxShare * input.expectedWinBack;
  const adoption: number[] = [];
  const dip: number[] = [];
  for (let m = 1; m <= horizon; m++) {
    adoption.push(adoptionArea(m, delay, ramp) - adoptionArea(m - 1, delay, ramp));
    dip.push(engineers * input.jCurveDrop * overlap(m - 1, m, delay, delay + input.jCurveMonths));
  }
  const people = dip.map((d, i) => team + (i === 0 ? input.moveEngineerMonths : 0) + d);
  const valueEm = adoption.map((a) => fullWinBack * a);
  const em = flows(
    people.map((p) => p + toolingEm),
    valueEm,
  );
  const money =
    perEngineerMonth === null
      ? null
      : flows(
          people.map((p) => p * perEngineerMonth + toolingMoney),
          valueEm.map((v) => v * perEngineerMonth),
        );
  return { adoption, dip, em, money, perEngineerMonth, toolingMoney, toolingEm };
}

const finalNet = (s: Series) => (s.money ?? s.em).at(-1)?.cumulativeNet ?? 0;

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
  while (finalNet(series({ ...input, expectedWinBack: w }, horizon)) < 0) {
    if (w === 1) return null;
    [w, step] = [Math.min(1, w + step), step * 2];
  }
  return w;
}

export function businessTimeline(input: TimelineInput): Timeline {
  const horizon = input.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  check(input, horizon);
  const s = series(input, horizon);
  const { perEngineerMonth, em, money } = s;
  const dipTotal = s.dip.reduce((a, b) => a + b, 0);
  const totals = (flow: Flow[], scale: number, tooling: number | null): Totals => {
    const cost = flow.at(-1)?.cumulativeCost ?? 0;
    const capacityValue = flow.at(-1)?.cumulativeCapacityValue ?? 0;
    const { platformTeamSize: team, moveEngineerMonths: move } = input;
    const parts = { platformTeam: team * horizon * scale, move: move * scale, jCurve: dipTotal * scale, tooling };
    return { cost, capacityValue, net: capacityValue - cost, parts };
  };
  const emTotals = totals(em, 1, perEngineerMonth === null ? null : s.toolingEm * horizon);
  const moneyTotals = money && perEngineerMonth !== null ? totals(money, perEngineerMonth, s.toolingMoney * horizon) : null;
  const main = moneyTotals ?? emTotals;
  const valueAtFull = s.adoption.reduce((a, b) => a + b, 0) * input.engineers * input.taxShare * (perEngineerMonth ?? 1);

  return {
    horizonMonths: horizon,
    unit: money ? 'money' : 'engineer-months',
    months: em.map((flow, i) => ({ month: i + 1, adoption: s.adoption[i] ?? 0, engineerMonths: flow, money: money?.[i] ?? null })),
    ...payback(money ?? em),
    engineerMonths: emTotals,
    money: moneyTotals,
    roi: main.cost > 0 ? main.net / main.cost : null,
    breakEvenWinBack: breakEvenWinBack(input, horizon, main.cost, valueAtFull),
    toolingLeftOut: perEngineerMonth === null && s.toolingMoney > 0,
  };
}
