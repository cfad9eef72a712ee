/** The timeline's input, checked before a month is worked out: a RangeError names the first value out of range. */
import { COST_LINE_KEYS } from '../inputs/cost-lines.ts';
import type { TimelineInput } from './timeline-types.ts';

const PERCENTS = ['infraTimeShare', 'dipPercent', 'expectedRecoveryPercent'] as const;
const NON_NEGATIVE = [
  'teamSize',
  'pricedTeamSize',
  'runningTeamSize',
  'movedFromProductTeams',
  ...COST_LINE_KEYS,
  'moveEngineerMonths',
  'dipMonths',
  'staffingMonths',
  'rampDelayMonths',
  'rampMonths',
  'discountRatePercent',
] as const;

/** The horizon, once the input is checked: a RangeError names the first value out of range. */
export function check(input: TimelineInput): number {
  for (const key of [...PERCENTS, ...NON_NEGATIVE]) {
    const v = input[key];
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${key} must be a finite number >= 0 (got ${v})`);
  }
  for (const key of PERCENTS) if (input[key] > 100) throw new RangeError(`${key} is a percentage, 0..100 (got ${input[key]})`);
  const reach = input.developersPerPlatformEngineer;
  if (!(Number.isFinite(reach) && reach > 0)) throw new RangeError(`developersPerPlatformEngineer must be > 0 (got ${reach})`);
  const cost = input.engineerCost;
  if (cost !== null && !(Number.isFinite(cost) && cost > 0)) throw new RangeError(`engineerCost must be > 0 or null (got ${cost})`);
  const horizon = input.horizonMonths;
  if (!Number.isInteger(horizon) || horizon < 1) throw new RangeError(`horizonMonths must be a whole number >= 1 (got ${horizon})`);
  return horizon;
}
