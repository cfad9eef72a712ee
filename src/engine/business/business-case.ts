/**
 * The business case, from the same answers: the operational tax in engineers (and money when a
 * cost is given), the team it prices (the one proposed, the one running, or else the size that nets
 * most), and the model over time (timeline.ts): payback, net, present value, cash apart from
 * capacity, break-even, and the sizes that pay back. Recovered time is capacity, not cash; money
 * is never invented.
 *
 * Public result (read by the faces, the history and organisation forecasts): `teamSize` (the team
 * priced), `timeline` (payback month and status, net, present value, cash and capacity totals),
 * `winBackFte`, `sizing` (the best size and the sizes that pay back), `assumptions` (each value
 * used, with its basis). `monthsOf(c)` gives the win-back and the flows month by month.
 */
import type { Framework } from '../framework/schema.ts';
import type { Answers } from '../inputs/fields.ts';
import { assumptionValue, resolveAssumptions, type Assumption } from './assumptions.ts';
import { teamSizing, type TeamSizing } from './sizing.ts';
import { businessPayback, businessTimeline, businessTotals, type Payback, type Timeline, type TimelineInput } from './timeline.ts';

export type { Assumption } from './assumptions.ts';

interface SizingReference {
  label: string;
  lowPercent: number;
  highPercent: number;
  source: string;
  counts: 'people' | 'teams';
  caveat: string;
  /** Where the priced team falls against it; null when the reference counts teams, not people. */
  position: 'below' | 'within' | 'above' | null;
}

export interface BusinessCase {
  /** Full-time engineers' worth of time spent on infrastructure today: team size x share. */
  taxFte: number;
  /** taxFte x engineer cost a year, or null when no cost was given. */
  taxMoney: number | null;
  engineerCost: number | null;
  currency: string | null;
  /** True when the cost given is below the framework's plausible floor (180.000 read as 180?). */
  costLooksWrong: boolean;
  /** The platform team the case prices. */
  teamSize: number;
  /** Proposed by the person, the team running today, or the size that nets most when neither is given. */
  teamSizeBasis: 'proposed' | 'current' | 'best';
  /** A platform team runs today: its move and dip are spent, and the case prices keeping, growing or shrinking it. */
  running: boolean;
  /** Its head-count, when given. */
  runningTeamSize: number | null;
  teamMoney: number | null;
  /** The team as a share of the engineers it serves, in percent. */
  teamSharePercent: number;
  /** Share of the organisation the team reaches at full strength, in percent. */
  reachPercent: number;
  sizing: TeamSizing;
  sizingReferences: SizingReference[];
  /** Percentage points either side of the infrastructure share a typical estimate misses by (the framework's close call): the tornado swings it. */
  infraShareError: number;
  toolingPerMonth: number;
  toolingPerDeveloperPerMonth: number;
  moveBoughtCost: number;
  /** Of the people added, moved from product teams (capacity, not cash). */
  movedFromProductTeams: number;
  horizonMonths: number;
  assumptions: Assumption[];
  /** The capacity won back at full adoption and strength, engineers and money a year: capacity, not savings. */
  winBackFte: number;
  winBackMoney: number | null;
  /** The case over time: payback, totals, return, break-even (the months are in monthsOf()). */
  timeline: Omit<Timeline, 'months'>;
  /** What the timeline was run with (the sensitivity and the verdict move it; not in --json). */
  input: TimelineInput;
  guide: string;
}

const tenth = (n: number) => Math.round(n * 10) / 10;
const money = (n: number) => Math.round(n);

/** True when the organisation has a platform team: said so, or gave its size without saying no. */
export function hasPlatformTeam(answers: Answers): boolean {
  return answers.hasPlatformTeam === true || (answers.hasPlatformTeam === undefined && answers.platformTeamSize !== undefined);
}

/** The timeline's input for these answers, a team size and a list of assumptions (the person's, or the verdict's). */
function caseInput(answers: Answers, list: readonly Assumption[], pricedTeamSize: number, runningTeamSize: number): TimelineInput {
  const v = (key: Assumption['key']) => assumptionValue(list, key);
  return {
    teamSize: answers.teamSize,
    infraTimeShare: answers.infraTimeShare,
    engineerCost: answers.engineerCost ?? null,
    pricedTeamSize,
    runningTeamSize,
    movedFromProductTeams: answers.movedFromProductTeams ?? 0,
    toolingPerMonth: answers.toolingPerMonth ?? 0,
    toolingPerDeveloperPerMonth: answers.toolingPerDeveloperPerMonth ?? 0,
    moveBoughtCost: answers.moveBoughtCost ?? 0,
    moveEngineerMonths: v('moveEngineerMonths'),
    dipPercent: v('dipPercent'),
    dipMonths: v('dipMonths'),
    expectedRecoveryPercent: v('expectedRecoveryPercent'),
    developersPerPlatformEngineer: v('developersPerPlatformEngineer'),
    staffingMonths: v('staffingMonths'),
    rampDelayMonths: v('rampDelayMonths'),
    rampMonths: v('rampMonths'),
    discountRatePercent: v('discountRatePercent'),
    horizonMonths: v('horizonMonths'),
  };
}

/**
 * The team priced and the running team: a proposal wins; else the team running; else the size that
 * nets most. A team said to exist without a head-count is taken to be the size priced, in place.
 */
function teams(
  answers: Answers,
  list: readonly Assumption[],
): { priced: number; running: number; basis: BusinessCase['teamSizeBasis']; sizing?: TeamSizing } {
  const running = hasPlatformTeam(answers);
  const current = running ? answers.platformTeamSize : undefined;
  if (answers.proposedTeamSize !== undefined)
    return { priced: answers.proposedTeamSize, running: running ? (current ?? answers.proposedTeamSize) : 0, basis: 'proposed' };
  if (current !== undefined) return { priced: current, running: current, basis: 'current' };
  const sizing = teamSizing(caseInput(answers, list, 1, 0));
  // Without a running team the search above is the case's own sizing (it prices every size alike).
  return running
    ? { priced: sizing.best, running: sizing.best, basis: 'best' }
    : { priced: sizing.best, running: 0, basis: 'best', sizing };
}

function references(framework: Framework, sharePercent: number): SizingReference[] {
  return framework.businessCase.sizingReferences.map((r) => ({
    ...r,
    position: r.counts === 'teams' ? null : sharePercent < r.lowPercent ? 'below' : sharePercent > r.highPercent ? 'above' : 'within',
  }));
}

/** The case at a given list of assumptions (the verdict judges the same team at its own list). */
function caseAt(answers: Answers, list: readonly Assumption[], pricedTeamSize: number, runningTeamSize: number) {
  const input = caseInput(answers, list, pricedTeamSize, runningTeamSize);
  return { input, timeline: businessTotals(input) };
}

/** Only the payback of the case at a list of assumptions: one run of the model, for the verdict's what-ifs. */
export function paybackWith(answers: Answers, list: readonly Assumption[], pricedTeamSize: number, runningTeamSize: number): Payback {
  return businessPayback(caseInput(answers, list, pricedTeamSize, runningTeamSize));
}

export function businessCase(answers: Answers, framework: Framework): BusinessCase {
  const config = framework.businessCase;
  const list = resolveAssumptions(answers, config);
  const team = teams(answers, list);
  const { input, timeline } = caseAt(answers, list, team.priced, team.running);
  const cost = answers.engineerCost ?? null;
  const tax = (answers.teamSize * answers.infraTimeShare) / 100;
  const winBack = (answers.teamSize * timeline.taxWithoutTeamPercent * input.expectedRecoveryPercent * timeline.reach) / 10_000;
  const sharePercent = (team.priced / answers.teamSize) * 100;
  return {
    taxFte: tenth(tax),
    taxMoney: cost === null ? null : money(tax * cost),
    engineerCost: cost,
    currency: cost === null ? null : (answers.currency ?? null),
    costLooksWrong: cost !== null && cost < config.plausibleEngineerCost,
    teamSize: team.priced,
    teamSizeBasis: team.basis,
    running: team.running > 0,
    runningTeamSize: hasPlatformTeam(answers) ? (answers.platformTeamSize ?? null) : null,
    teamMoney: cost === null ? null : money(team.priced * cost),
    teamSharePercent: tenth(sharePercent),
    reachPercent: tenth(timeline.reach * 100),
    sizing: team.sizing ?? teamSizing(input),
    sizingReferences: references(framework, sharePercent),
    infraShareError: framework.closeCalls.find((c) => c.input === 'infraTimeShare')?.within ?? 0,
    toolingPerMonth: input.toolingPerMonth,
    toolingPerDeveloperPerMonth: input.toolingPerDeveloperPerMonth,
    moveBoughtCost: input.moveBoughtCost,
    movedFromProductTeams: Math.min(input.movedFromProductTeams, Math.max(0, team.priced - team.running)),
    horizonMonths: input.horizonMonths,
    assumptions: list,
    winBackFte: tenth(winBack),
    winBackMoney: cost === null ? null : money(winBack * cost),
    timeline,
    input,
    guide: config.guide,
  };
}

/** The case's months, worked out again from its input (the case keeps only the totals). */
export function monthsOf(c: BusinessCase): Timeline['months'] {
  return businessTimeline(c.input).months;
}
