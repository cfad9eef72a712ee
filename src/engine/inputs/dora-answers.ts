/**
 * The schema of DORA's answers as an assessment holds them: the five answers (dora-questions.ts)
 * plus the benchmark rows the person picked, an industry and an organisation size. Records keep
 * them under `dora`; the CLI and the page read them as text with dora-flags.ts. Which industry
 * and size keys exist is content (content/dora/), so the schema checks their shape and the
 * comparison (or the CLI, which has the benchmarks at hand) names the choices.
 */
import { z } from '../zod.ts';
import {
  BENCHMARK_KEYS,
  CATEGORIES,
  DORA_METRICS,
  EDITION_RULE,
  isDoraEdition,
  listOptions,
  PERCENTAGE_RULE,
  type CategoryMetric,
} from './dora-questions.ts';

function categorySchema(metric: CategoryMetric) {
  return z.literal(CATEGORIES, { error: `must be a whole number from 1 to 6: ${listOptions(metric)}` });
}

const percentage = z.number({ error: PERCENTAGE_RULE }).min(0, { error: PERCENTAGE_RULE }).max(100, { error: PERCENTAGE_RULE });

/** The answers to DORA's questions; each may be left out, and a left-out answer is not scored. */
export const doraAnswersSchema = z.strictObject(
  {
    leadTime: categorySchema('leadTime').optional(),
    deployFrequency: categorySchema('deployFrequency').optional(),
    recoveryTime: categorySchema('recoveryTime').optional(),
    changeFailRate: percentage.optional(),
    reworkRate: percentage.optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown field; allowed here: ${DORA_METRICS.join(', ')}`
        : iss.code === 'invalid_type'
          ? `must be a mapping of ${DORA_METRICS.join(', ')}`
          : undefined,
  },
);
export type DoraAnswers = z.infer<typeof doraAnswersSchema>;

const keyRule = 'must be a benchmark key like financial_services (assess --help lists them)';
const benchmarkKey = z.string({ error: keyRule }).regex(/^[a-z][a-z0-9_]*$/, { error: keyRule });

const ALLOWED = [...DORA_METRICS, ...BENCHMARK_KEYS, 'edition'].join(', ');

/**
 * The `dora` mapping of a record's answers; every field optional. `edition` is the Quick Check
 * edition the answers were scored with (every writer stores it); a record saved before records
 * kept it has none, and every face says "edition not recorded" for it.
 */
export const doraInputsSchema = z.strictObject(
  {
    ...doraAnswersSchema.shape,
    industry: benchmarkKey.optional(),
    organisationSize: benchmarkKey.optional(),
    edition: z.string({ error: EDITION_RULE }).refine(isDoraEdition, { error: EDITION_RULE }).optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown field; allowed here: ${ALLOWED}`
        : iss.code === 'invalid_type'
          ? `must be a mapping of ${ALLOWED}`
          : undefined,
  },
);
export type DoraInputs = z.infer<typeof doraInputsSchema>;
