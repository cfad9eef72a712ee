/**
 * The questions the assessment asks, in one table. Every face reads it: the zod record schema,
 * the CLI's flags, the URL query, the form's labels. Ranges live here, not in framework.yaml,
 * because they describe what an answer can be, not what an organisation decides.
 */
import { BUSINESS_FIELDS, type BusinessKey } from './business-fields.ts';
import type { BooleanField, NumberField } from './field-types.ts';

export type { BooleanField, NumberField } from './field-types.ts';
export { ASSUMPTION_KEYS, BUSINESS_FIELDS, businessField, type AssumptionKey, type BusinessKey } from './business-fields.ts';

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

export const BOOLEAN_FIELDS: readonly BooleanField[] = [
  { key: 'workflowSettled', flag: 'workflow-settled', label: 'The development workflow is settled' },
  { key: 'cultureIsMainBottleneck', flag: 'culture-bottleneck', label: 'Cultural resistance to collaboration is the main bottleneck' },
  { key: 'hasPlatformTeam', flag: 'has-platform-team', label: 'A platform team already exists' },
];

export const TRAP_SIGNS_FLAG = 'trap-signs';

interface CoreAnswers {
  teamSize: number;
  infraTimeShare: number;
  onboardingDays: number;
  teamsDeployingIndependently?: number | undefined;
  workflowSettled?: boolean | undefined;
  cultureIsMainBottleneck?: boolean | undefined;
  hasPlatformTeam?: boolean | undefined;
  trapSigns?: string[] | undefined;
  metrics?: Partial<Record<MetricKey, number>> | undefined;
  currency?: string | undefined;
  /** DORA's five delivery questions and the benchmark picked (src/engine/dora/answers.ts validates it). */
  dora?: DoraAnswersShape | undefined;
}

/** The shape of the optional DORA answers, spelled out here because inputs/ sits below dora/. */
export interface DoraAnswersShape {
  leadTime?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  deployFrequency?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  recoveryTime?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  changeFailRate?: number | undefined;
  reworkRate?: number | undefined;
  industry?: string | undefined;
  organisationSize?: string | undefined;
}

/** The answers, business-case inputs and assumptions included: every one optional, every one a number. */
export type Answers = CoreAnswers & Partial<Record<BusinessKey, number | undefined>>;

/** "must be a whole number from 1 to 100000": the one wording every face uses for a range. */
export function rangeRule(field: NumberField): string {
  const kind = field.integer ? 'a whole number' : 'a number';
  return `must be ${kind} from ${field.min} to ${field.max}`;
}

export function numberField(key: NumberInputKey): NumberField<NumberInputKey> {
  const field = NUMBER_FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`unknown input ${key}`);
  return field;
}

export function isNumberInput(key: string): key is NumberInputKey {
  return NUMBER_FIELDS.some((f) => f.key === key);
}

export function labelOf(key: InputKey): string {
  return [...NUMBER_FIELDS, ...BOOLEAN_FIELDS].find((f) => f.key === key)?.label ?? key;
}

/** Every answer's flag: the CLI's flags, the URL query's names and the form's field names. */
export const ANSWER_FLAGS: readonly string[] = [...NUMBER_FIELDS, ...BUSINESS_FIELDS, ...METRIC_FIELDS, ...BOOLEAN_FIELDS]
  .map((f) => f.flag)
  .concat(TRAP_SIGNS_FLAG, CURRENCY_FLAG);
