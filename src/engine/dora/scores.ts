/**
 * Scores the answers to DORA's questions from 0 to 10 (10 best), the way DORA's Quick Check does in
 * dora-team/dora.dev, svelte/quick-check/src/lib/data-service.ts (`calculateAll`), read at commit
 * fcaf07b49791e8a16e39b85dbf92610520bf80b6 for its 2024 and 2025 data editions:
 * - a category 1..6 maps linearly onto 0..10 (1 is 0, 6 is 10, each step 2);
 * - a percentage 0..100 maps linearly onto 10..0 (0% is 10, 100% is 0);
 * - the overall score averages the answered metrics of the edition (0 when none is answered);
 * - throughput averages lead time, deployment frequency and recovery time; stability averages
 *   change fail rate and, in 2025, rework rate. Here the Quick Check does not skip a gap: it counts
 *   an unanswered category as 0 and an unanswered percentage as 10. It only shows results once
 *   every question is answered, so the gap never shows there; we keep its arithmetic and say which
 *   answers are missing, so a caller can refuse or flag an incomplete result.
 * Scores are not rounded; the Quick Check shows them with one decimal (`formatScore`).
 * Percentages are taken as given: the Quick Check's slider only gives whole numbers, and when it
 * reads answers back from a shared link it cuts a decimal off (7.5 becomes 7); 7.5 given as a
 * number scores 9.25 in both.
 */
import {
  CATEGORY_METRICS,
  DORA_QUESTIONS,
  metricsIn,
  type CategoryMetric,
  type DoraEdition,
  type DoraMetric,
} from '../inputs/dora-questions.ts';
import type { DoraAnswers } from '../inputs/dora-answers.ts';
import type { Measure } from './benchmarks.ts';

export type MetricScore =
  | { metric: DoraMetric; answered: true; score: number }
  /** `countedAs` is what the Quick Check's group averages count for the missing answer. */
  | { metric: DoraMetric; answered: false; score: undefined; countedAs: number };

export interface DoraScores {
  /** The edition whose questions were scored; null when the answers do not say (older records). */
  edition: DoraEdition | null;
  /** One per metric the edition asks, in the Quick Check's order. */
  metrics: MetricScore[];
  throughput: number;
  stability: number;
  overall: number;
  /** The edition's metrics left unanswered; empty when the result is complete. */
  missing: DoraMetric[];
}

const isCategory = (metric: DoraMetric): metric is CategoryMetric => (CATEGORY_METRICS as readonly string[]).includes(metric);

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/**
 * One answer's score from 0 to 10. Out-of-range values are clamped, as the Quick Check does;
 * `doraAnswersSchema` rejects them before they get here.
 */
export function metricScore(metric: DoraMetric, value: number): number {
  if (isCategory(metric)) return ((clamp(value, 1, 6) - 1) / 5) * 10;
  return 10 - (clamp(value, 0, 100) / 100) * 10;
}

const average = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

function scoreOne(metric: DoraMetric, value: number | undefined): MetricScore {
  if (value === undefined) return { metric, answered: false, score: undefined, countedAs: isCategory(metric) ? 0 : 10 };
  return { metric, answered: true, score: metricScore(metric, value) };
}

/** What a group average counts for a metric: its score, or the Quick Check's stand-in for a gap. */
const counted = (s: MetricScore): number => (s.answered ? s.score : s.countedAs);

export function scoreDora(answers: DoraAnswers, edition: DoraEdition | null): DoraScores {
  const metrics = metricsIn(edition).map((m) => scoreOne(m, answers[m]));
  const inGroup = (group: 'throughput' | 'stability') =>
    metrics.filter((s) => DORA_QUESTIONS.some((q) => q.metric === s.metric && q.group === group)).map(counted);
  const answered = metrics.flatMap((s) => (s.answered ? [s.score] : []));
  return {
    edition,
    metrics,
    throughput: average(inGroup('throughput')),
    stability: average(inGroup('stability')),
    overall: answered.length === 0 ? 0 : average(answered),
    missing: metrics.filter((s) => !s.answered).map((s) => s.metric),
  };
}

/** The score of one metric in a result, or undefined when it was not answered or not asked. */
export function scoreOf(scores: DoraScores, metric: DoraMetric): number | undefined {
  return scores.metrics.find((s) => s.metric === metric)?.score;
}

/** The edition's metrics a measure averages: all of them for the overall score, its group's for a group. */
function membersOf(measure: Measure, scores: DoraScores): DoraMetric[] {
  if (measure === 'overall') return scores.metrics.map((s) => s.metric);
  if (measure === 'throughput' || measure === 'stability') {
    const asked = metricsIn(scores.edition);
    return DORA_QUESTIONS.filter((q) => q.group === measure && asked.includes(q.metric)).map((q) => q.metric);
  }
  return [measure];
}

/**
 * A measure's score as every face shows it: a metric's when answered, a group's or the overall
 * score only when every answer it averages was given (the Quick Check would count a gap as 0 or
 * 10; no score is better than a made-up one). Undefined otherwise.
 */
export function shownScore(scores: DoraScores, measure: Measure): number | undefined {
  if (membersOf(measure, scores).some((m) => scores.missing.includes(m))) return undefined;
  if (measure === 'overall' || measure === 'throughput' || measure === 'stability') return scores[measure];
  return scoreOf(scores, measure);
}

/** Each measure's short name, for a list of scores: "overall 6.4, lead time 8.0". */
export const MEASURE_NAMES: Record<Measure, string> = {
  overall: 'overall',
  throughput: 'throughput',
  stability: 'stability',
  leadTime: 'lead time',
  deployFrequency: 'deployment frequency',
  recoveryTime: 'recovery time',
  changeFailRate: 'change fail rate',
  reworkRate: 'rework rate',
};

/** A score as the Quick Check shows it: one decimal, JavaScript's `toFixed(1)` rounding. */
export function formatScore(score: number): string {
  return score.toFixed(1);
}
