/**
 * The business case's model over time, as data: what goes in (TimelineInput) and what comes out
 * (Timeline: its months, totals, payback, return and break-even). The model itself is timeline.ts.
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
