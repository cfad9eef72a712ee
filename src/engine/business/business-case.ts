/**
 * The business case, from the same answers: the operational tax in engineers (and money when a
 * cost is given), then a model over time (business-timeline): what the platform team, tooling, the
 * move and the adoption dip cost month by month against the capacity it wins back, the payback
 * month, the net and ROI over the horizon, the break-even win-back, and how much each assumption
 * moves the answer. Recovered time is capacity, not cash; money is never invented.
 */
import type { Framework } from '../framework/schema.ts';
import { ASSUMPTION_KEYS, type Answers } from '../inputs/fields.ts';
import { assumptionValue, resolveAssumptions, type Assumption } from './assumptions.ts';
import { businessTimeline, businessTotals, paysBackWithin, type Timeline, type TimelineInput } from './timeline.ts';

export type { Assumption } from './assumptions.ts';

export interface SizingReference {
  label: string;
  lowPercent: number;
  highPercent: number;
  source: string;
  caveat: string;
  /** Where the proposed team falls against it. */
  position: 'below' | 'within' | 'above';
}

export interface BusinessCase {
  /** Full-time engineers' worth of time spent on infrastructure: team size x share. */
  taxFte: number;
  /** taxFte x engineer cost a year, or null when no cost was given. */
  taxMoney: number | null;
  engineerCost: number | null;
  currency: string | null;
  /** True when the cost given is below the framework's plausible floor (180.000 read as 180?). */
  costLooksWrong: boolean;
  /** The platform team the case is made for. */
  teamSize: number;
  teamSizeBasis: 'proposed' | 'current' | 'suggested';
  teamMoney: number | null;
  /** The team as a share of the engineers it serves, in percent. */
  teamSharePercent: number;
  sizingReferences: SizingReference[];
  toolingPerMonth: number;
  toolingPerDeveloperPerMonth: number;
  horizonMonths: number;
  assumptions: Assumption[];
  /** The capacity won back at full adoption, engineers and money a year: capacity, not savings. */
  winBackFte: number;
  winBackMoney: number | null;
  /** The case over time: payback, totals, return, break-even (the months are in monthsOf()). */
  timeline: Omit<Timeline, 'months'>;
  /** What the timeline was run with: the sensitivity (sensitivity-of.ts) moves each assumption from here. */
  model: TimelineInput;
  /** Whether the case pays back within the horizon with every assumption at the framework's default. */
  paysBackAtDefaults: boolean | null;
  guide: string;
}

const tenth = (n: number) => Math.round(n * 10) / 10;
const money = (n: number) => Math.round(n);

/** True when the organisation has a platform team: said so, or gave its size without saying no. */
export function hasPlatformTeam(answers: Answers): boolean {
  return answers.hasPlatformTeam === true || (answers.hasPlatformTeam === undefined && answers.platformTeamSize !== undefined);
}

function teamFor(answers: Answers, framework: Framework): Pick<BusinessCase, 'teamSize' | 'teamSizeBasis'> {
  if (answers.proposedTeamSize !== undefined) return { teamSize: answers.proposedTeamSize, teamSizeBasis: 'proposed' };
  const current = hasPlatformTeam(answers) ? answers.platformTeamSize : undefined;
  if (current !== undefined) return { teamSize: current, teamSizeBasis: 'current' };
  return { teamSize: framework.businessCase.startingTeamSize, teamSizeBasis: 'suggested' };
}

function timelineInput(answers: Answers, teamSize: number, list: readonly Assumption[], horizonMonths: number): TimelineInput {
  return {
    engineers: answers.teamSize,
    taxShare: answers.infraTimeShare / 100,
    engineerCost: answers.engineerCost ?? null,
    platformTeamSize: teamSize,
    toolingPerMonth: answers.toolingPerMonth ?? 0,
    toolingPerDeveloperPerMonth: answers.toolingPerDeveloperPerMonth ?? 0,
    moveEngineerMonths: assumptionValue(list, 'moveEngineerMonths'),
    jCurveDrop: assumptionValue(list, 'dipPercent') / 100,
    jCurveMonths: assumptionValue(list, 'dipMonths'),
    expectedWinBack: assumptionValue(list, 'expectedRecoveryPercent') / 100,
    rampDelayMonths: assumptionValue(list, 'rampDelayMonths'),
    rampMonths: assumptionValue(list, 'rampMonths'),
    horizonMonths,
  };
}

function references(framework: Framework, sharePercent: number): SizingReference[] {
  return framework.businessCase.sizingReferences.map((r) => ({
    ...r,
    position: sharePercent < r.lowPercent ? 'below' : sharePercent > r.highPercent ? 'above' : 'within',
  }));
}

export function businessCase(answers: Answers, framework: Framework): BusinessCase {
  const config = framework.businessCase;
  const tax = (answers.teamSize * answers.infraTimeShare) / 100;
  const { teamSize, teamSizeBasis } = teamFor(answers, framework);
  const list = resolveAssumptions(answers, config);
  const horizonMonths = answers.horizonMonths ?? config.horizonMonths;
  const input = timelineInput(answers, teamSize, list, horizonMonths);
  // Every evaluation reads it (the verdict's economics), so it is worked out here, once.
  const paysBackAtDefaults = paysBackWithin(
    timelineInput(answers, teamSize, resolveAssumptions({ ...answers, ...defaultsOnly }, config), horizonMonths),
  );
  const cost = answers.engineerCost ?? null;
  const winBack = tax * input.expectedWinBack;
  const sharePercent = (teamSize / answers.teamSize) * 100;
  // The month-by-month series is not kept: a history holds thousands of results, and only a chart
  // or --json needs the months, which monthsOf() works out again from the model.
  const timeline = businessTotals(input);
  return {
    taxFte: tenth(tax),
    taxMoney: cost === null ? null : money(tax * cost),
    engineerCost: cost,
    currency: cost === null ? null : (answers.currency ?? null),
    costLooksWrong: cost !== null && cost < config.plausibleEngineerCost,
    teamSize,
    teamSizeBasis,
    teamMoney: cost === null ? null : money(teamSize * cost),
    teamSharePercent: tenth(sharePercent),
    sizingReferences: references(framework, sharePercent),
    toolingPerMonth: input.toolingPerMonth,
    toolingPerDeveloperPerMonth: input.toolingPerDeveloperPerMonth,
    horizonMonths,
    assumptions: list,
    winBackFte: tenth(winBack),
    winBackMoney: cost === null ? null : money(winBack * cost),
    timeline,
    model: input,
    paysBackAtDefaults,
    guide: config.guide,
  };
}

/** The assumptions unset, so the framework's defaults apply. */
const defaultsOnly: Partial<Answers> = Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, undefined]));

/** The case's months, worked out again from its model (the case keeps only the totals). */
export function monthsOf(c: BusinessCase): Timeline['months'] {
  return businessTimeline(c.model).months;
}
