/**
 * The business case's own inputs: they price the advice, they never change which rule decides.
 * The assumptions (ASSUMPTION_KEYS) have a default, a low and a high in content/framework.yaml; a
 * person's answer replaces the default and is shown as "your assumption".
 */
import type { CostLineKey } from './cost-lines.ts';
import type { NumberField } from './field-types.ts';

export const ASSUMPTION_KEYS = [
  'horizonMonths',
  'expectedRecoveryPercent',
  'developersPerPlatformEngineer',
  'staffingMonths',
  'rampDelayMonths',
  'rampMonths',
  'dipPercent',
  'dipMonths',
  'moveEngineerMonths',
  'discountRatePercent',
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

/**
 * Which end of each assumption is the cautious one (makes a case harder to pay back): an entry
 * beyond the framework's default on the other side is optimistic, and the verdict does not count it.
 */
export const CAUTIOUS_END: Record<AssumptionKey, 'lower' | 'higher'> = {
  horizonMonths: 'lower',
  expectedRecoveryPercent: 'lower',
  developersPerPlatformEngineer: 'lower',
  staffingMonths: 'higher',
  rampDelayMonths: 'higher',
  rampMonths: 'higher',
  dipPercent: 'higher',
  dipMonths: 'higher',
  moveEngineerMonths: 'higher',
  discountRatePercent: 'higher',
};

/** Cost lines and team facts: given by the person, never defaulted (money is never invented). */
export type BusinessKey = 'platformTeamSize' | 'proposedTeamSize' | 'movedFromProductTeams' | 'engineerCost' | CostLineKey | AssumptionKey;

const field = (f: Omit<NumberField<BusinessKey>, 'required'>): NumberField<BusinessKey> => ({ ...f, required: false });
const count = { integer: true, kind: 'count' } as const;
const money = { integer: false, kind: 'money' } as const;

export const BUSINESS_FIELDS: readonly NumberField<BusinessKey>[] = [
  field({
    key: 'platformTeamSize',
    flag: 'platform-team-size',
    label: 'Platform team head-count today',
    unit: 'engineers',
    min: 1,
    max: 10_000,
    ...count,
  }),
  field({
    key: 'proposedTeamSize',
    flag: 'proposed-team-size',
    label: 'Platform team you propose',
    unit: 'engineers',
    min: 1,
    max: 10_000,
    ...count,
  }),
  field({
    key: 'movedFromProductTeams',
    flag: 'moved-from-product-teams',
    label: 'Of the new team, people moved from product teams',
    unit: 'engineers',
    min: 0,
    max: 10_000,
    ...count,
  }),
  field({
    key: 'engineerCost',
    flag: 'engineer-cost',
    label: 'Annual loaded cost of one engineer',
    unit: 'a year',
    min: 1,
    max: 10_000_000,
    ...money,
  }),
  field({
    key: 'toolingPerMonth',
    flag: 'tooling-per-month',
    label: 'Tooling and hosting for the platform',
    unit: 'a month',
    min: 0,
    max: 10_000_000,
    ...money,
  }),
  field({
    key: 'toolingPerDeveloperPerMonth',
    flag: 'tooling-per-developer',
    label: 'Tooling per developer served',
    unit: 'a developer a month',
    min: 0,
    max: 100_000,
    ...money,
  }),
  field({
    key: 'moveBoughtCost',
    flag: 'move-bought-cost',
    label: 'Help bought for the move, once',
    unit: 'once',
    min: 0,
    max: 100_000_000,
    ...money,
  }),
  field({
    key: 'horizonMonths',
    flag: 'horizon-months',
    label: 'Horizon of the business case',
    unit: 'months',
    min: 6,
    max: 120,
    integer: true,
  }),
  field({
    key: 'expectedRecoveryPercent',
    flag: 'expected-recovery',
    label: 'Share of the tax a platform team wins back',
    unit: '%',
    min: 1,
    max: 100,
    integer: false,
  }),
  field({
    key: 'developersPerPlatformEngineer',
    flag: 'developers-per-platform-engineer',
    label: 'Developers one platform engineer can serve',
    unit: 'developers',
    min: 1,
    max: 1_000,
    integer: false,
  }),
  field({
    key: 'staffingMonths',
    flag: 'staffing-months',
    label: 'Months to staff the team',
    unit: 'months',
    min: 0,
    max: 36,
    integer: false,
  }),
  field({
    key: 'rampDelayMonths',
    flag: 'ramp-delay-months',
    label: 'Months before the platform wins back any time',
    unit: 'months',
    min: 0,
    max: 36,
    integer: false,
  }),
  field({
    key: 'rampMonths',
    flag: 'ramp-months',
    label: 'Months from first value to the full win-back',
    unit: 'months',
    min: 0,
    max: 48,
    integer: false,
  }),
  field({
    key: 'dipPercent',
    flag: 'dip-percent',
    label: 'Productivity dip while developers adopt it',
    unit: '%',
    min: 0,
    max: 100,
    integer: false,
  }),
  field({ key: 'dipMonths', flag: 'dip-months', label: 'How long the dip lasts', unit: 'months', min: 0, max: 24, integer: false }),
  field({
    key: 'moveEngineerMonths',
    flag: 'move-engineer-months',
    label: 'One-time cost of the move',
    unit: 'engineer-months',
    min: 0,
    max: 100_000,
    integer: false,
  }),
  field({
    key: 'discountRatePercent',
    flag: 'discount-rate',
    label: 'Yearly discount rate',
    unit: '%',
    min: 0,
    max: 50,
    integer: false,
  }),
];

export function businessField(key: BusinessKey): NumberField<BusinessKey> {
  const found = BUSINESS_FIELDS.find((f) => f.key === key);
  if (!found) throw new Error(`unknown business-case input ${key}`);
  return found;
}
