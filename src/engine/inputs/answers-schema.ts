/**
 * The answers' shape as a zod schema, and the Answers type inferred from it: one declaration, no
 * hand-written twin. The record schema (records/record-schema.ts) narrows the trap signs to the
 * framework's ids; every other rule of an answer lives in the field tables.
 */
import { z } from '../zod.ts';
import { BUSINESS_FIELDS, type BusinessKey } from './business-fields.ts';
import type { NumberField } from './field-types.ts';
import { BOOLEAN_FIELDS, METRIC_FIELDS, NUMBER_FIELDS, type BooleanInputKey, type MetricKey, type NumberInputKey } from './questions.ts';
import { doraInputsSchema } from './dora-answers.ts';
import { numberInRange, strictObject, yesNo } from './zod-helpers.ts';
import { CURRENCY_RULE } from './answer-rules.ts';
import { CURRENCY_CODES, WIDEST_MONEY_FACTOR } from './currencies.ts';

type Optional<T extends z.ZodType> = z.ZodOptional<T>;
type NumberSchema = ReturnType<typeof numberInRange>;

/** Each field of a table, optional, keyed by its key (the table's key type survives). */
function optionalNumbers<K extends string>(fields: readonly NumberField<K>[]): Record<K, Optional<NumberSchema>> {
  return Object.fromEntries(fields.map((f) => [f.key, numberInRange(widest(f)).optional()])) as Record<K, Optional<NumberSchema>>;
}

/** Money as far as any currency takes it; the answers' own currency then narrows it (moneyRangeProblems). */
const widest = <K extends string>(f: NumberField<K>): NumberField<K> =>
  f.kind === 'money' ? { ...f, max: f.max * WIDEST_MONEY_FACTOR } : f;

const field = (key: NumberInputKey) => numberInRange(NUMBER_FIELDS.find((f) => f.key === key)!);
const booleans = Object.fromEntries(BOOLEAN_FIELDS.map((f) => [f.key, yesNo().optional()])) as Record<
  BooleanInputKey,
  Optional<z.ZodBoolean>
>;

const answersShape = {
  teamSize: field('teamSize'),
  infraTimeShare: field('infraTimeShare'),
  onboardingDays: field('onboardingDays'),
  teamsDeployingIndependently: field('teamsDeployingIndependently').optional(),
  ...booleans,
  ...optionalNumbers<BusinessKey>(BUSINESS_FIELDS),
  currency: z.enum(CURRENCY_CODES, { error: CURRENCY_RULE }).optional(),
  trapSigns: z.array(z.string()).optional(),
  metrics: strictObject(optionalNumbers<MetricKey>(METRIC_FIELDS)).optional(),
  /** DORA's five delivery questions and the benchmark rows picked (dora-answers.ts). */
  dora: doraInputsSchema.optional(),
};

export const answersBaseSchema = strictObject(answersShape);

/** What a respondent answered: three numbers always, everything else when given. */
export type Answers = z.infer<typeof answersBaseSchema>;
