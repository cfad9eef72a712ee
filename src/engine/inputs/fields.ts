/**
 * The assessment's inputs in one place for every face: the questions (questions.ts), the business
 * case's inputs (business-fields.ts) and the Answers type, inferred from the answers' zod schema
 * (answers-schema.ts, imported as a type only, so no zod reaches the browser from here).
 */
import { BUSINESS_FIELDS } from './business-fields.ts';
import type { NumberField } from './field-types.ts';
import {
  BOOLEAN_FIELDS,
  METRIC_FIELDS,
  NUMBER_FIELDS,
  TRAP_SIGNS_FLAG,
  CURRENCY_FLAG,
  type InputKey,
  type MetricKey,
  type NumberInputKey,
} from './questions.ts';
import type { Answers } from './answers-schema.ts';

export type { NumberField } from './field-types.ts';
export { ASSUMPTION_KEYS, BUSINESS_FIELDS, businessField, CAUTIOUS_END, type AssumptionKey, type BusinessKey } from './business-fields.ts';
export * from './questions.ts';
export type { Answers } from './answers-schema.ts';

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

/** A partly built set of answers, field by field, until the three required numbers are in. */
export type AnswersDraft = Partial<Answers> & { metrics?: Partial<Record<MetricKey, number>> };

/** True when the required answers are numbers: what makes a draft Answers, with no cast. */
export function isComplete(draft: AnswersDraft): draft is Answers {
  return NUMBER_FIELDS.every((f) => !f.required || typeof draft[f.key] === 'number');
}
