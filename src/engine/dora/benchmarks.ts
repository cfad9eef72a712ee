/**
 * The shape of content/dora/benchmarks-<edition>.yaml: DORA's Quick Check benchmarks (mean and
 * standard deviation of each 0-10 score, by industry and by organisation size), kept as published,
 * and the turn onto the score scale that the Quick Check makes before comparing
 * (dora-team/dora.dev, svelte/quick-check/src/lib/data-service.ts, `transformMetrics`).
 */
import { z } from '../zod.ts';
import { strictObject } from '../validation/schema-helpers.ts';
import { EDITION_RULE, isDoraEdition, metricsIn } from '../inputs/dora-questions.ts';
import { BENCHMARK_GROUPS, MEASURES } from './benchmark-rows.ts';

export { benchmarkChoiceLists, benchmarkChoices, scaledBenchmark, type BenchmarkGroup, type Measure } from './benchmark-rows.ts';

const text = (max: number) => {
  const rule = `must be text of 1 to ${max} characters`;
  return z.string({ error: rule }).trim().min(1, { error: rule }).max(max, { error: rule });
};
const scoreRule = 'must be a number from 0 to 10';
const zeroToTen = z.number({ error: scoreRule }).min(0, { error: scoreRule }).max(10, { error: scoreRule });
const keyRule = 'must be a lower-case key like financial_services';
const key = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: keyRule });
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a lower-case id like recovery-time-reversed' });

/** One published figure: the mean and the standard deviation (the spread) of a 0-10 score. */
const stat = strictObject({ mean: zeroToTen, std: zeroToTen });

const row = strictObject({
  name: text(80),
  overall: stat,
  throughput: stat.optional(),
  /** Published lower-is-better, like changeFailRate and reworkRate; the comparison uses 10 - mean. */
  instability: stat.optional(),
  leadTime: stat,
  deployFrequency: stat,
  recoveryTime: stat,
  changeFailRate: stat,
  reworkRate: stat.optional(),
});

const rows = z
  .record(key, row, {
    error: (iss) =>
      iss.code === 'invalid_key'
        ? keyRule
        : iss.code === 'invalid_type'
          ? 'must be a mapping from a key like technology to its figures'
          : undefined,
  })
  .refine((r) => Object.hasOwn(r, 'all'), { error: 'needs an all row, the benchmark for everyone' });

const discrepancy = strictObject({
  id,
  in: z.array(z.enum(BENCHMARK_GROUPS, { error: `must be one of ${BENCHMARK_GROUPS.join(', ')}` })).min(1),
  /** The rows it concerns; absent means every row of the groups in `in`. */
  keys: z.array(key).min(1).optional(),
  /** The figures it concerns; absent means the row as a whole. */
  measures: z
    .array(z.enum(MEASURES, { error: `must be one of ${MEASURES.join(', ')}` }))
    .min(1)
    .optional(),
  note: text(800),
});
export type Discrepancy = z.infer<typeof discrepancy>;

export const benchmarksSchema = strictObject({
  edition: z.string({ error: EDITION_RULE }).refine(isDoraEdition, { error: EDITION_RULE }),
  source: strictObject({
    publisher: text(120),
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'must be a GitHub owner/name' }),
    commit: z.string().regex(/^[0-9a-f]{40}$/, { error: 'must be the 40-character commit the figures were read at' }),
    files: strictObject({ industries: text(200), organisationSizes: text(200) }),
    readOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }),
  }),
  industries: rows,
  organisationSizes: rows,
  discrepancies: z.array(discrepancy).default([]),
}).superRefine((file, ctx) => {
  const hasRework = metricsIn(file.edition).includes('reworkRate');
  for (const group of BENCHMARK_GROUPS) {
    for (const [k, r] of Object.entries(file[group])) {
      if ((r.reworkRate !== undefined) !== hasRework) {
        const message = hasRework
          ? `is missing; the ${file.edition} edition asks the rework rate`
          : `the ${file.edition} edition has no rework rate`;
        ctx.addIssue({ code: 'custom', path: [group, k, 'reworkRate'], message });
      }
    }
  }
  const seen = new Set<string>();
  file.discrepancies.forEach((d, i) => {
    if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: ['discrepancies', i, 'id'], message: `duplicate id ${d.id}` });
    seen.add(d.id);
    d.keys?.forEach((k, j) => {
      if (!d.in.some((g) => Object.hasOwn(file[g], k))) {
        ctx.addIssue({ code: 'custom', path: ['discrepancies', i, 'keys', j], message: `no row ${k} in ${d.in.join(' or ')}` });
      }
    });
  });
});
export type DoraBenchmarks = z.infer<typeof benchmarksSchema>;
