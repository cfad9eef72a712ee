/**
 * Compares a person's DORA scores with one benchmark row (an industry or an organisation size) of
 * the same edition. "Near" is the band the Quick Check draws around the benchmark: the mean plus or
 * minus one published standard deviation, bounds included; above it is "above", below it "below".
 * A metric left unanswered is "not-answered", and so is a group or the overall score when any
 * answer it averages is missing (the Quick Check would count the gap as 0 or 10; no comparison is
 * better than a made-up one). Every published discrepancy that touches the chosen row comes with
 * the result, and each figure lists the ids of those that touch it.
 */
import type { Discrepancy, DoraBenchmarks } from './benchmarks.ts';
import { benchmarkChoices, scaledBenchmark, type BenchmarkGroup, type Measure } from './benchmark-rows.ts';
import { questionFor, type DoraEdition, type Parsed } from '../inputs/dora-questions.ts';
import { shownScore, type DoraScores } from './scores.ts';

export type Position = 'above' | 'near' | 'below' | 'not-answered';

export interface MeasureComparison {
  measure: Measure;
  title: string;
  /** The person's score, undefined when not answered (see the module comment). */
  score: number | undefined;
  mean: number;
  spread: number;
  position: Position;
  /** Ids of the discrepancies that touch this figure. */
  discrepancies: string[];
}

export interface BenchmarkComparison {
  edition: DoraEdition;
  group: BenchmarkGroup;
  key: string;
  name: string;
  measures: MeasureComparison[];
  /** Every discrepancy that touches the chosen row, whole or in part. */
  discrepancies: Discrepancy[];
}

/** Floating-point slack, so a score exactly on a band's edge counts as near. */
const EDGE = 1e-9;

const GROUP_WORDS: Record<BenchmarkGroup, string> = { industries: 'industry', organisationSizes: 'organisation size' };

const TITLES: Record<'overall' | 'throughput' | 'stability', string> = {
  overall: 'Overall performance',
  throughput: 'Software delivery throughput',
  stability: 'Software delivery stability',
};

export function positionOf(score: number, mean: number, spread: number): Exclude<Position, 'not-answered'> {
  if (score > mean + spread + EDGE) return 'above';
  if (score < mean - spread - EDGE) return 'below';
  return 'near';
}

export function compareWithBenchmark(
  scores: DoraScores,
  benchmarks: DoraBenchmarks,
  group: BenchmarkGroup,
  key: string,
): Parsed<BenchmarkComparison> {
  if (scores.edition !== null && scores.edition !== benchmarks.edition) {
    return {
      ok: false,
      message: `the scores follow the ${scores.edition} edition but the benchmarks are ${benchmarks.edition}; score the answers with the ${benchmarks.edition} edition`,
    };
  }
  const row = Object.hasOwn(benchmarks[group], key) ? benchmarks[group][key] : undefined;
  if (!row) {
    const choices = benchmarkChoices(benchmarks, group).map((c) => `${c.key} (${c.name})`);
    return { ok: false, message: `unknown ${GROUP_WORDS[group]} ${JSON.stringify(key)}; choose one of: ${choices.join(', ')}` };
  }
  const touching = benchmarks.discrepancies.filter((d) => d.in.includes(group) && (!d.keys || d.keys.includes(key)));
  const scaled = scaledBenchmark(row, benchmarks.edition);
  const measures: MeasureComparison[] = [];
  for (const measure of ['overall', 'throughput', 'stability', ...scores.metrics.map((s) => s.metric)] as const) {
    const benchmark = scaled[measure];
    if (!benchmark) continue;
    const score = shownScore(scores, measure);
    measures.push({
      measure,
      title: measure === 'overall' || measure === 'throughput' || measure === 'stability' ? TITLES[measure] : questionFor(measure).title,
      score,
      mean: benchmark.mean,
      spread: benchmark.spread,
      position: score === undefined ? 'not-answered' : positionOf(score, benchmark.mean, benchmark.spread),
      discrepancies: touching.filter((d) => d.measures?.includes(measure)).map((d) => d.id),
    });
  }
  return { ok: true, value: { edition: benchmarks.edition, group, key, name: row.name, measures, discrepancies: touching } };
}
