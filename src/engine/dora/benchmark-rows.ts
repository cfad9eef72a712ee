/**
 * What the faces do with DORA's benchmarks once they are validated (benchmarks.ts holds their
 * schema): the rows a person may pick, and a row's figures on the score scale. No zod here, so the
 * page's DORA fold downloads none.
 */
import type { BenchmarkChoiceLists } from '../inputs/dora-flags.ts';
import { DORA_METRICS, metricsIn, type DoraEdition, type DoraMetric } from '../inputs/dora-questions.ts';

/** What a benchmark row can be compared on: each metric, the two groups and the overall score. */
export const MEASURES = ['overall', 'throughput', 'stability', ...DORA_METRICS] as const;
export type Measure = (typeof MEASURES)[number];

export const BENCHMARK_GROUPS = ['industries', 'organisationSizes'] as const;
export type BenchmarkGroup = (typeof BENCHMARK_GROUPS)[number];

interface Stat {
  mean: number;
  std: number;
}
/** The parts of a benchmark row (benchmarks.ts's BenchmarkRow) the score scale reads. */
type Row = Partial<Record<DoraMetric, Stat>> & {
  name: string;
  overall: Stat;
  throughput?: Stat | undefined;
  instability?: Stat | undefined;
};
type Groups = Readonly<Record<BenchmarkGroup, Readonly<Record<string, { name: string }>>>>;

/** The rows a person can choose from, `all` first, as the source lists them. */
export function benchmarkChoices(benchmarks: Groups, group: BenchmarkGroup): { key: string; name: string }[] {
  return Object.entries(benchmarks[group]).map(([key, r]) => ({ key, name: r.name }));
}

/** What a person may pick as their industry and organisation size, `all` first: every face offers these. */
export function benchmarkChoiceLists(benchmarks: Groups): BenchmarkChoiceLists {
  return { industry: benchmarkChoices(benchmarks, 'industries'), organisationSize: benchmarkChoices(benchmarks, 'organisationSizes') };
}

/** A benchmark figure on the score scale, where 10 is best for every measure. */
export interface ScaledStat {
  mean: number;
  spread: number;
}

const LOWER_IS_BETTER: readonly DoraMetric[] = ['changeFailRate', 'reworkRate'];

/**
 * A row's figures turned to the score scale as the Quick Check turns them: the lower-is-better
 * means become 10 - mean (spread kept), instability becomes stability, and the overall mean is
 * recomputed as the average of the edition's metric means on that scale (published spread kept).
 * Throughput and stability are present only where the edition publishes them.
 */
export function scaledBenchmark(r: Row, edition: DoraEdition): Partial<Record<Measure, ScaledStat>> {
  const out: Partial<Record<Measure, ScaledStat>> = {};
  const means: number[] = [];
  for (const metric of metricsIn(edition)) {
    const published = r[metric];
    if (!published) continue;
    const mean = LOWER_IS_BETTER.includes(metric) ? 10 - published.mean : published.mean;
    out[metric] = { mean, spread: published.std };
    means.push(mean);
  }
  out.overall = { mean: means.reduce((sum, m) => sum + m, 0) / means.length, spread: r.overall.std };
  if (r.throughput) out.throughput = { mean: r.throughput.mean, spread: r.throughput.std };
  if (r.instability) out.stability = { mean: 10 - r.instability.mean, spread: r.instability.std };
  return out;
}
