/**
 * The business case month by month: what a platform team costs, what it wins back, and when (if
 * ever) the running total turns positive. Worked out in engineer-months first (one engineer's time
 * for one month), and in money too when an engineer's cost is given; without a cost no money figure
 * is invented. Recovered time is capacity, not cash. Pure: plain numbers in, plain numbers out.
 *
 * The model, month m = 1..horizon (a month is the interval [m-1, m]):
 * - Reach: a team of n people reaches min(1, n x developersPerPlatformEngineer / teamSize) of the
 *   organisation; what it wins back, the dip and the move scale with it, so a team beyond what the
 *   organisation needs adds cost and no value.
 * - Staffing: the people added arrive in a straight line over staffingMonths; their cost and reach
 *   follow them. Hired people are cash; people moved from product teams, and a running team's own
 *   people, are capacity (their time is no longer product work).
 * - A new team: nothing is won back until staffingMonths / 2 + rampDelayMonths (it builds from its
 *   people's average arrival), then adoption grows in a straight line to 1 over rampMonths; the dip (dipPercent of the reached developers' time for dipMonths) starts with
 *   adoption; the move (moveEngineerMonths of the reached teams' time, and help bought) in month 1.
 * - A running team (runningTeamSize > 0): the move and the dip are spent and its reach is won, at
 *   full adoption from month 1; only reach it adds ramps (without the delay). Today's tax is what is
 *   left after its win-back, so the tax without it is today's / (1 - win-back x its reach).
 * - Tooling is cash: fixed a month, plus per developer reached. Without an engineer cost it (and
 *   help bought) cannot be turned into engineer-months honestly, so it is left out and said to be.
 * - The present value discounts each month's net at discountRatePercent a year.
 */
import { check } from './timeline-check.ts';
import { Running } from './running.ts';
import type { Payback, Timeline, TimelineInput, TimelineMonth, Totals } from './timeline-types.ts';

export * from './timeline-types.ts';

/** Length of [a, b] ∩ [c, d], never negative. */
const overlap = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));

/** Area under a straight ramp from 0 at `delay` to 1 at `delay + ramp`, from time 0 to x. */
function rampArea(x: number, delay: number, ramp: number): number {
  const t = x - delay;
  if (t <= 0) return 0;
  if (ramp <= 0 || t >= ramp) return t - ramp / 2;
  return (t * t) / (2 * ramp);
}
const monthOf = (m: number, delay: number, ramp: number) => rampArea(m, delay, ramp) - rampArea(m - 1, delay, ramp);

/** Share of the organisation n platform engineers reach, 0..1. */
function reachOf(input: Pick<TimelineInput, 'teamSize' | 'developersPerPlatformEngineer'>, people: number): number {
  return input.teamSize > 0 ? Math.min(1, (people * input.developersPerPlatformEngineer) / input.teamSize) : 0;
}

/** The tax before a running team won its share back, percent; today's share when no team runs. */
function taxWithoutTeam(input: TimelineInput): number {
  if (input.runningTeamSize <= 0) return input.infraTimeShare;
  const left = 1 - (input.expectedRecoveryPercent / 100) * reachOf(input, input.runningTeamSize);
  if (input.infraTimeShare <= 0) return 0;
  return left <= 0 ? 100 : Math.min(100, input.infraTimeShare / left);
}

interface Run {
  em: Running;
  money: Running | null;
  parts: { team: number; move: number; dip: number; tooling: number; bought: number };
  /** The last month whose cumulative net (in the case's unit) is below 0; 0 when none is. */
  lastBehind: number;
}

/** The model in one pass; `month` receives each month when the caller keeps them (the totals do not). */
function run(input: TimelineInput, horizon: number, month?: (m: TimelineMonth) => void): Run {
  const perEm = input.engineerCost === null ? null : input.engineerCost / 12;
  const running = input.runningTeamSize > 0;
  const kept = Math.min(input.pricedTeamSize, input.runningTeamSize);
  const added = Math.max(0, input.pricedTeamSize - input.runningTeamSize);
  const moved = Math.min(input.movedFromProductTeams, added);
  const keptReach = reachOf(input, kept);
  const fullReach = reachOf(input, input.pricedTeamSize);
  // A new team builds from its people's average arrival; a running team's added reach follows its people, without a delay.
  const delay = running ? 0 : input.staffingMonths / 2 + input.rampDelayMonths;
  const winBack = input.teamSize * (taxWithoutTeam(input) / 100) * (input.expectedRecoveryPercent / 100);
  const dipOf = input.teamSize * (input.dipPercent / 100) * fullReach;
  const monthlyRate = Math.pow(1 + input.discountRatePercent / 100, 1 / 12);
  const em = new Running();
  const money = perEm === null ? null : new Running();
  const parts = { team: 0, move: 0, dip: 0, tooling: 0, bought: 0 };
  let lastBehind = 0;
  for (let m = 1; m <= horizon; m++) {
    const staffed = monthOf(m, 0, input.staffingMonths);
    const people = kept + added * staffed;
    const reach = reachOf(input, people);
    const adoption = monthOf(m, delay, input.rampMonths);
    const valueEm = winBack * (keptReach + (reach - keptReach) * adoption);
    const dip = running ? 0 : dipOf * overlap(m - 1, m, delay, delay + input.dipMonths);
    const move = !running && m === 1 ? input.moveEngineerMonths * fullReach : 0;
    const bought = !running && m === 1 ? input.moveBoughtCost : 0;
    const tooling = input.toolingPerMonth + input.toolingPerDeveloperPerMonth * input.teamSize * reach;
    const hiredEm = (added - moved) * staffed;
    const capacityEm = kept + moved * staffed + dip + move;
    const cashMoney = perEm === null ? 0 : hiredEm * perEm + tooling + bought;
    parts.team += people;
    parts.move += move;
    parts.dip += dip;
    parts.tooling += tooling;
    parts.bought += bought;
    const discount = Math.pow(monthlyRate, -m);
    const emFlow = em.add(perEm === null ? hiredEm : cashMoney / perEm, capacityEm, valueEm, discount);
    const moneyFlow = money && perEm !== null ? money.add(cashMoney, capacityEm * perEm, valueEm * perEm, discount) : null;
    if (!((money ?? em).net >= 0)) lastBehind = m;
    // Objects only for a caller that keeps the months: the totals, the searches and the verdict run
    // this loop many times over a portfolio.
    if (month) month({ month: m, people, reach, adoption, engineerMonths: emFlow, money: moneyFlow });
  }
  return { em, money, parts, lastBehind };
}

function payback(r: Run, horizon: number): Omit<Payback, 'horizonMonths'> {
  const main = r.money ?? r.em;
  if (main.cash + main.capacityCost === 0 && main.value === 0) return { paybackMonth: null, paybackStatus: 'nothing-at-stake' };
  if (r.lastBehind === horizon) return { paybackMonth: null, paybackStatus: 'not-within-horizon' };
  const from = r.lastBehind + 1;
  return { paybackMonth: from, paybackStatus: from === 1 ? 'never-behind' : 'pays-back' };
}

/** The net over the horizon in the case's unit: >= 0 exactly when the case pays back within it. */
export function netWithin(input: TimelineInput): number {
  const r = run(input, check(input));
  return (r.money ?? r.em).net;
}

/**
 * Paying back within the horizon means the net there is >= 0. Only the value depends on the
 * win-back w, in proportion to w x (the tax without the team at w); the cost is the same at any w.
 * So the case's own run gives the value per unit of that product, the product is inverted for the
 * value that covers the cost (it grows with w: w x share / (1 - w x the running team's reach),
 * capped by a tax of 100%), and the timeline is run there, stepping up until it pays back, so that
 * what is returned pays back when fed in. One run or two, where a search would take dozens.
 */
function breakEven(input: TimelineInput, r: Run, horizon: number): number | null {
  if (input.infraTimeShare <= 0) return null;
  const product = (w: number) => w * taxWithoutTeam({ ...input, expectedRecoveryPercent: w });
  const main = r.money ?? r.em;
  const cost = main.cash + main.capacityCost;
  const own = product(input.expectedRecoveryPercent);
  let valuePerProduct: number;
  if (own > 0) valuePerProduct = main.value / own;
  else {
    const full = run({ ...input, expectedRecoveryPercent: 100 }, horizon);
    valuePerProduct = (full.money ?? full.em).value / product(100);
  }
  // No value at any win-back: nothing at stake without a cost, never paying back with one.
  if (!(valuePerProduct > 0)) return null;
  const needed = cost / valuePerProduct;
  const runningReach = input.runningTeamSize > 0 ? reachOf(input, input.runningTeamSize) : 0;
  let w = Math.min(100, Math.max(needed / 100, needed / (input.infraTimeShare + (needed * runningReach) / 100)));
  let step = Math.max(w * Number.EPSILON, Number.MIN_VALUE);
  for (;;) {
    if (netWithin({ ...input, expectedRecoveryPercent: w }) >= 0) return w;
    if (w >= 100) return null;
    [w, step] = [Math.min(100, w + step), step * 2];
  }
}

function totalsOf(input: TimelineInput, r: Run, horizon: number): Omit<Timeline, 'months'> {
  const perEm = input.engineerCost === null ? null : input.engineerCost / 12;
  const totals = (flow: Running, scale: number, inMoney: boolean): Totals => {
    const { team, move, dip, tooling, bought } = r.parts;
    const asEm = (x: number) => (perEm === null ? null : inMoney ? x : x / perEm);
    return {
      cash: flow.cash,
      capacityCost: flow.capacityCost,
      cost: flow.cash + flow.capacityCost,
      capacityValue: flow.value,
      net: flow.net,
      presentValue: flow.presentValue,
      parts: { platformTeam: team * scale, move: move * scale, dip: dip * scale, tooling: asEm(tooling), moveBought: asEm(bought) },
    };
  };
  const emTotals = totals(r.em, 1, false);
  const moneyTotals = r.money && perEm !== null ? totals(r.money, perEm, true) : null;
  const main = moneyTotals ?? emTotals;
  return {
    horizonMonths: horizon,
    unit: r.money ? 'money' : 'engineer-months',
    ...payback(r, horizon),
    engineerMonths: emTotals,
    money: moneyTotals,
    roi: main.cost > 0 ? main.net / main.cost : null,
    breakEvenRecoveryPercent: breakEven(input, r, horizon),
    toolingLeftOut: perEm === null && (r.parts.tooling > 0 || r.parts.bought > 0),
    taxWithoutTeamPercent: taxWithoutTeam(input),
    reach: reachOf(input, input.pricedTeamSize),
  };
}

/** The case's totals, payback, return and break-even, without its months: what a result keeps. */
export function businessTotals(input: TimelineInput): Omit<Timeline, 'months'> {
  const horizon = check(input);
  return totalsOf(input, run(input, horizon), horizon);
}

export function businessTimeline(input: TimelineInput): Timeline {
  const months: TimelineMonth[] = [];
  const horizon = check(input);
  const { horizonMonths, unit, ...rest } = totalsOf(
    input,
    run(input, horizon, (m) => months.push(m)),
    horizon,
  );
  return { horizonMonths, unit, months, ...rest };
}

/** When the case pays back, and within what horizon: one pass, no totals. */
export function businessPayback(input: TimelineInput): Payback {
  const horizon = check(input);
  return { ...payback(run(input, horizon), horizon), horizonMonths: horizon };
}

/** True when the case pays back within its horizon, false when not, null when nothing is at stake: one pass. */
export function paysBackWithin(input: TimelineInput): boolean | null {
  const { paybackStatus } = businessPayback(input);
  return paybackStatus === 'nothing-at-stake' ? null : paybackStatus !== 'not-within-horizon';
}
