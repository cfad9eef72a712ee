/**
 * The business case's model over time, as data: what goes in (TimelineInput) and what comes out
 * (Timeline: its months, totals, payback, return, present value and break-even). The model itself
 * is timeline.ts. Inputs use the answers' own names and units (percent as 0-100, as asked), so the
 * answers, the framework's assumptions, the flags and the model share one vocabulary.
 */

export interface TimelineInput {
  /** Developers in the organisation (people); the platform team is costed on top, not taken out of them. */
  teamSize: number;
  /** Share of developer time spent on infrastructure today (the operational tax), percent. */
  infraTimeShare: number;
  /** Loaded cost of one engineer, money a year (> 0); null when not given: then no money figures. */
  engineerCost: number | null;
  /** The platform team priced, people at full strength. */
  pricedTeamSize: number;
  /** People in a platform team already running (0: none). Its move and dip are spent, its reach is won. */
  runningTeamSize: number;
  /** Of the people added to the team, how many move from product teams: capacity, not cash. */
  movedFromProductTeams: number;
  /** Fixed tooling (licences, hosting), money a month: cash. */
  toolingPerMonth: number;
  /** Tooling for each developer the team reaches, money a developer a month: cash. */
  toolingPerDeveloperPerMonth: number;
  /** Help bought for the move (a consultancy, say), money once, in month 1: cash. */
  moveBoughtCost: number;
  /** Product teams' time to move onto the platform, engineer-months for the whole organisation, month 1. */
  moveEngineerMonths: number;
  /** Share of the reached developers' time lost while they adopt the platform, percent. */
  dipPercent: number;
  /** How long the dip lasts, months, from the first month of value. */
  dipMonths: number;
  /** Share of the tax won back, where the team reaches, at full adoption, percent. */
  expectedRecoveryPercent: number;
  /** Developers one platform engineer can serve: a team of N reaches min(1, N x this / teamSize). */
  developersPerPlatformEngineer: number;
  /** Months to staff the people added, arriving in a straight line; cost and reach follow them. */
  staffingMonths: number;
  /** Months before any value (the platform is being built). */
  rampDelayMonths: number;
  /** Months from first value to full win-back, linear; 0 = full at once. */
  rampMonths: number;
  /** A year, percent: discounts the net for the present value only. */
  discountRatePercent: number;
  /** Months to look ahead, a whole number >= 1. */
  horizonMonths: number;
}

/** One month's flows and running totals, in one unit (engineer-months or money). */
export interface Flow {
  /** New cash out: hired people, tooling, help bought for the move. */
  cash: number;
  /** Capacity spent: people moved or kept from product work, the move's time, the dip. */
  capacityCost: number;
  /** cash + capacityCost. */
  cost: number;
  /** Capacity won back: time for other work, not cash. */
  capacityValue: number;
  /** capacityValue - cost. */
  net: number;
  cumulativeCost: number;
  cumulativeCapacityValue: number;
  cumulativeNet: number;
  /** The running net, each month discounted at the discount rate. */
  cumulativePresentValue: number;
}

export interface TimelineMonth {
  month: number;
  /** People on the platform team this month (average over the month while staffing). */
  people: number;
  /** Share of the organisation the team reaches this month, 0..1. */
  reach: number;
  /** Average share of full win-back reached in this month where the team reaches, 0..1. */
  adoption: number;
  engineerMonths: Flow;
  /** Null when no engineer cost was given. */
  money: Flow | null;
}

/** Where the cost over the horizon comes from, in one unit. Tooling and the bought move are null in engineer-months when left out. */
interface CostParts {
  platformTeam: number;
  move: number;
  dip: number;
  tooling: number | null;
  moveBought: number | null;
}

export interface Totals {
  cash: number;
  capacityCost: number;
  cost: number;
  capacityValue: number;
  net: number;
  /** The net with each month discounted at the discount rate: a present value. */
  presentValue: number;
  parts: CostParts;
}

/**
 * - `pays-back`: cumulative net is negative at some point and >= 0 from `paybackMonth` to the horizon.
 * - `never-behind`: cumulative net is never negative (costs covered from the start); paybackMonth 1.
 * - `not-within-horizon`: cumulative net is still negative at the horizon; paybackMonth null.
 * - `nothing-at-stake`: no cost and no value over the horizon (no tax, no team); paybackMonth null.
 */
export type PaybackStatus = 'pays-back' | 'never-behind' | 'not-within-horizon' | 'nothing-at-stake';

/** When a case pays back: what the verdict's what-ifs need, without the totals. */
export type Payback = Pick<Timeline, 'horizonMonths' | 'paybackMonth' | 'paybackStatus'>;

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
  /** Smallest expectedRecoveryPercent in [0, 100] that pays back within the horizon; null when even 100 does not, or there is no tax. */
  breakEvenRecoveryPercent: number | null;
  /** True when tooling or bought help was given without an engineer cost, and so is in no figure. */
  toolingLeftOut: boolean;
  /** The tax before a running team won its share back, percent (today's share when no team runs). */
  taxWithoutTeamPercent: number;
  /** Share of the organisation the priced team reaches at full strength, 0..1. */
  reach: number;
}
