/**
 * The questions the assessment asks, in one table: every face reads it (the zod record schema, the
 * CLI's flags, the URL query, the form's labels). Ranges live here, not in framework.yaml, because
 * they describe what an answer can be, not what an organisation decides.
 */
import type { BooleanField, NumberField } from './field-types.ts';

export type NumberInputKey = 'teamSize' | 'infraTimeShare' | 'onboardingDays' | 'teamsDeployingIndependently';
export type BooleanInputKey = 'workflowSettled' | 'cultureIsMainBottleneck' | 'hasPlatformTeam';
export type MetricKey = 'commitToProductionMinutes' | 'newServiceMinutes' | 'developerNps';
export type InputKey = NumberInputKey | BooleanInputKey;

export const NUMBER_FIELDS: readonly NumberField<NumberInputKey>[] = [
  {
    key: 'teamSize',
    flag: 'team-size',
    label: 'Team size',
    unit: 'engineers',
    min: 1,
    max: 100_000,
    integer: true,
    required: true,
    kind: 'count',
  },
  {
    key: 'infraTimeShare',
    flag: 'infra-share',
    label: 'Share of developer time on infrastructure',
    unit: '%',
    min: 0,
    max: 100,
    integer: false,
    required: true,
  },
  {
    key: 'onboardingDays',
    flag: 'onboarding-days',
    label: 'Onboarding time until first production deploy',
    unit: 'days',
    min: 0,
    max: 365,
    integer: false,
    required: true,
  },
  {
    key: 'teamsDeployingIndependently',
    flag: 'teams',
    label: 'Teams deploying independently',
    unit: 'teams',
    min: 1,
    max: 10_000,
    integer: true,
    required: false,
    kind: 'count',
  },
];

export const METRIC_FIELDS: readonly NumberField<MetricKey>[] = [
  {
    key: 'commitToProductionMinutes',
    flag: 'commit-minutes',
    label: 'Commit to production',
    unit: 'minutes',
    min: 0,
    max: 100_000,
    integer: false,
    required: false,
  },
  {
    key: 'newServiceMinutes',
    flag: 'new-service-minutes',
    label: 'New service to first deploy',
    unit: 'minutes',
    min: 0,
    max: 1_000_000,
    integer: false,
    required: false,
  },
  {
    key: 'developerNps',
    flag: 'nps',
    label: 'Developer satisfaction (NPS)',
    unit: 'NPS',
    min: -100,
    max: 100,
    integer: true,
    required: false,
  },
];

/** ISO 4217 code of the engineer cost, e.g. EUR; money is shown without one when it is not given. */
export const CURRENCY_FLAG = 'currency';
export const CURRENCY = /^[A-Z]{3}$/;

export const BOOLEAN_FIELDS: readonly BooleanField<BooleanInputKey>[] = [
  { key: 'workflowSettled', flag: 'workflow-settled', label: 'The development workflow is settled' },
  { key: 'cultureIsMainBottleneck', flag: 'culture-bottleneck', label: 'Cultural resistance to collaboration is the main bottleneck' },
  { key: 'hasPlatformTeam', flag: 'has-platform-team', label: 'A platform team already exists' },
];

export const TRAP_SIGNS_FLAG = 'trap-signs';

/** "must be a whole number from 1 to 100000": the one wording every face uses for a range. */
export function rangeRule(field: NumberField): string {
  const kind = field.integer ? 'a whole number' : 'a number';
  return `must be ${kind} from ${field.min} to ${field.max}`;
}
