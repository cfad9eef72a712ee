/**
 * What changed between two assessments of a unit: each number answered, platform pressure, the
 * seed's metrics and, when either side answered them, DORA's scores. The history, `assess compare`
 * and the page's comparison all read these.
 */
import type { Measure } from '../dora/benchmarks.ts';
import { doraScoresOf, editionOf, editionsText } from '../dora/report.ts';
import { formatScore, MEASURE_NAMES, scoreOf, shownScore, type DoraScores } from '../dora/scores.ts';
import { metricsIn } from '../inputs/dora-questions.ts';
import { METRIC_FIELDS, NUMBER_FIELDS, type Answers, type MetricKey, type NumberInputKey } from '../inputs/fields.ts';
import type { EntryResult } from './entry-result.ts';

/** A DORA score's delta: `dora.overall`, `dora.leadTime`. */
export type DoraDeltaKey = `dora.${Measure}`;

export interface Delta {
  key: NumberInputKey | MetricKey | 'score' | DoraDeltaKey;
  label: string;
  from: number | null;
  to: number | null;
  /** to - from, or null when either side was not answered. */
  change: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

function delta(key: Delta['key'], label: string, from: number | null | undefined, to: number | null | undefined): Delta {
  const a = from ?? null;
  const b = to ?? null;
  return { key, label, from: a, to: b, change: a === null || b === null ? null : round(b - a) };
}

/** Answers and their result: a full Result, or what a timeline keeps of one. */
export interface Evaluated {
  answers: Answers;
  result: EntryResult;
}

/** A DORA score as shown, one decimal, so a change is the difference of the figures a reader sees; null when not shown. */
function shown(scores: DoraScores | null, measure: Measure): number | null {
  const score = scores ? shownScore(scores, measure) : undefined;
  return score === undefined ? null : Number(formatScore(score));
}

/**
 * DORA's scores, only when either side answered DORA's questions (so records without them compare
 * as before): the overall, throughput and stability scores, then each metric either side answered.
 */
function doraDeltas(a: Answers, b: Answers): Delta[] {
  const before = doraScoresOf(a);
  const after = doraScoresOf(b);
  if (!before && !after) return [];
  const answered = metricsIn(null).filter((m) => [before, after].some((s) => s && scoreOf(s, m) !== undefined));
  return (['overall', 'throughput', 'stability', ...answered] as const).map((m) =>
    delta(
      `dora.${m}`,
      m === 'overall'
        ? `DORA overall (${editionsText([before, after].flatMap((s, i) => (s ? [editionOf(i === 0 ? a : b)] : [])))})`
        : `DORA ${MEASURE_NAMES[m]}`,
      shown(before, m),
      shown(after, m),
    ),
  );
}

export function compareResults(before: Evaluated, after: Evaluated): Delta[] {
  const a = before.answers;
  const b = after.answers;
  return [
    ...NUMBER_FIELDS.map((f) => delta(f.key, f.label, a[f.key], b[f.key])),
    delta('score', 'Platform pressure', before.result.score.value, after.result.score.value),
    ...METRIC_FIELDS.map((f) => delta(f.key, f.label, a.metrics?.[f.key], b.metrics?.[f.key])),
    ...doraDeltas(a, b),
  ];
}
