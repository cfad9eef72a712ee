/**
 * Delivery over time, for a unit's trends: the seed's metrics against the framework's targets and
 * DORA's scores (overall, throughput, stability), each only when some assessment answered it, so a
 * unit whose records never did reads as before. Charts' series and the table's columns, in words.
 */
import type { Framework } from '../framework/schema.ts';
import type { Entry } from '../history/history.ts';
import { METRIC_FIELDS, type MetricKey } from '../inputs/fields.ts';
import { OPERATOR_SYMBOL } from '../decision/rules.ts';
import { doraScoresOf, editionOf, editionsText } from '../dora/report.ts';
import { formatScore, MEASURE_NAMES, shownScore } from '../dora/scores.ts';
import { formatValue } from './describe.ts';
import type { TrendSeries } from './trend-series.ts';

export interface DeliveryColumns {
  head: string[];
  /** The cells of one assessment, in the order of `head`. */
  cells: (e: Entry) => string[];
}

const GROUPS = ['overall', 'throughput', 'stability'] as const;

const answeredMetrics = (entries: readonly Entry[]) =>
  METRIC_FIELDS.filter((f) => entries.some((e) => e.answers.metrics?.[f.key] !== undefined));

const targetsOf = (framework: Framework, key: MetricKey) => framework.metrics.filter((m) => m.input === key);

/** "≤ 15 minutes": a target as the tracking lines say it. */
const targetText = (t: Framework['metrics'][number]) => `${OPERATOR_SYMBOL[t.op]} ${formatValue(t.input, t.target)}`;

/** Lowest and highest answer of several people, when they differ. */
function rangeOf(e: Entry, key: MetricKey): [number, number] | undefined {
  const values = e.assessment.respondents.flatMap((r) => (r.answers.metrics?.[key] === undefined ? [] : [r.answers.metrics[key]]));
  return values.length > 1 ? [Math.min(...values), Math.max(...values)] : undefined;
}

/** A DORA score as shown (one decimal), or null where the assessment has none or an average lacks an answer. */
function doraPoint(e: Entry, measure: (typeof GROUPS)[number]): number | null {
  const scores = doraScoresOf(e.answers);
  const score = scores ? shownScore(scores, measure) : undefined;
  return score === undefined ? null : Number(formatScore(score));
}

/** "DORA overall (2025 edition, 0-10)": the editions of the assessments that answered DORA's questions. */
const doraTitle = (measure: (typeof GROUPS)[number], entries: readonly Entry[]) =>
  `DORA ${MEASURE_NAMES[measure]} (${editionsText(entries.filter((e) => doraScoresOf(e.answers)).map((e) => editionOf(e.answers)))}, 0-10)`;

export function deliverySeries(entries: readonly Entry[], framework: Framework): TrendSeries[] {
  const metrics = answeredMetrics(entries).map((f): TrendSeries => ({
    title: f.label.endsWith(`(${f.unit})`) ? f.label : `${f.label} (${f.unit})`,
    unit: f.unit === 'NPS' ? '' : ` ${f.unit}`,
    points: entries.map((e) => ({ date: e.record.assessedOn, value: e.answers.metrics?.[f.key] ?? null, range: rangeOf(e, f.key) })),
    thresholds: targetsOf(framework, f.key).map((t) => t.target),
    legend: targetsOf(framework, f.key).map((t) => `Dashed line: the target, ${targetText(t)}.`),
  }));
  if (!entries.some((e) => doraScoresOf(e.answers))) return metrics;
  const dora = GROUPS.map((m): TrendSeries => ({
    title: doraTitle(m, entries),
    unit: '/10',
    points: entries.map((e) => ({ date: e.record.assessedOn, value: doraPoint(e, m) })),
    thresholds: [],
    legend: [
      "Scored as DORA's Quick Check scores, 10 best; no point where the assessment left out DORA's questions or an answer this score averages.",
    ],
    max: 10,
  }));
  return [...metrics, ...dora];
}

/** The table's columns for the same: each answered metric with its target, then DORA's three scores. */
export function deliveryColumns(entries: readonly Entry[], framework: Framework): DeliveryColumns {
  const metrics = answeredMetrics(entries);
  const dora = entries.some((e) => doraScoresOf(e.answers)) ? GROUPS : [];
  return {
    head: [
      ...metrics.map((f) => {
        const targets = targetsOf(framework, f.key);
        return targets.length ? `${f.label} (target ${targets.map(targetText).join(', ')})` : f.label;
      }),
      ...dora.map((m) => doraTitle(m, entries)),
    ],
    cells: (e) => [
      ...metrics.map((f) => {
        const result = e.result.metrics.find((m) => m.input === f.key && m.value !== null);
        const value = formatValue(f.key, e.answers.metrics?.[f.key]);
        return result ? `${value}, ${result.met ? 'met' : 'not met'}` : value;
      }),
      ...dora.map((m) => {
        const score = doraPoint(e, m);
        return score === null ? 'not answered' : score.toFixed(1);
      }),
    ],
  };
}
