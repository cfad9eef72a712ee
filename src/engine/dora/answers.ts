/**
 * DORA's answers as an assessment holds them: the five answers (questions.ts) plus the benchmark
 * rows the person picked, an industry and an organisation size. Records keep them under `dora`,
 * the CLI reads them from the flags below, the page from fields of the same names. Which industry
 * and size keys exist is content (content/dora/), so the schema checks their shape and the
 * comparison (or the CLI, which has the benchmarks at hand) names the choices.
 */
import { z } from 'zod';
import {
  CATEGORY_METRICS,
  DORA_METRICS,
  parseCategory,
  parsePercentage,
  doraAnswersSchema,
  type CategoryMetric,
  type DoraMetric,
  type Parsed,
} from './questions.ts';
import { BENCHMARK_KEYS, DORA_FLAGS, type BenchmarkKey } from './flags.ts';

export { BENCHMARK_KEYS, DORA_FLAGS, doraToFields, type BenchmarkKey } from './flags.ts';

const keyRule = 'must be a benchmark key like financial_services (assess --help lists them)';
const benchmarkKey = z.string({ error: keyRule }).regex(/^[a-z][a-z0-9_]*$/, { error: keyRule });

const ALLOWED = [...DORA_METRICS, ...BENCHMARK_KEYS].join(', ');

/** The `dora` mapping of a record's answers; every field optional. */
export const doraInputsSchema = z.strictObject(
  { ...doraAnswersSchema.shape, industry: benchmarkKey.optional(), organisationSize: benchmarkKey.optional() },
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

/** The keys a person may pick for each benchmark, `all` first, with their names. */
export type BenchmarkChoiceLists = Readonly<Record<BenchmarkKey, readonly { key: string; name: string }[]>>;

const isCategory = (m: DoraMetric): m is CategoryMetric => (CATEGORY_METRICS as readonly string[]).includes(m);

/**
 * Reads DORA's answers typed as text (flags, form fields). `undefined` when none is given; each
 * bad one becomes an error naming its flag and what it allows.
 */
export function parseDoraFields(
  raw: Readonly<Record<string, string | undefined>>,
  choices: BenchmarkChoiceLists,
): { dora: DoraInputs | undefined; errors: { flag: string; message: string }[] } {
  const errors: { flag: string; message: string }[] = [];
  const out: Record<string, unknown> = {};
  for (const metric of DORA_METRICS) {
    const text = raw[DORA_FLAGS[metric]];
    if (text === undefined || text.trim() === '') continue;
    const parsed: Parsed<number> = isCategory(metric) ? parseCategory(metric, text) : parsePercentage(text);
    if (parsed.ok) out[metric] = parsed.value;
    else errors.push({ flag: DORA_FLAGS[metric], message: parsed.message });
  }
  for (const key of BENCHMARK_KEYS) {
    const text = raw[DORA_FLAGS[key]]?.trim();
    if (text === undefined || text === '') continue;
    const list = choices[key];
    if (list.some((c) => c.key === text)) out[key] = text;
    else {
      const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
      errors.push({ flag: DORA_FLAGS[key], message: `unknown choice ${shown}; choose one of: ${list.map((c) => c.key).join(', ')}` });
    }
  }
  return { dora: Object.keys(out).length > 0 ? out : undefined, errors };
}
