/**
 * Re-assessments over time: group records into timelines per organisation and unit, say what
 * changed between consecutive assessments, and when the next review is due.
 */
import { addMonths, daysBetween } from '../calendar/dates.ts';
import { countText } from '../words.ts';
import { evaluateAssessment, type AssessmentResult } from '../respondents/assessment.ts';
import type { Result } from '../decision/evaluate.ts';
import type { Framework, Recommendation } from '../framework/schema.ts';
import { METRIC_FIELDS, NUMBER_FIELDS, type MetricKey, type NumberInputKey } from '../inputs/fields.ts';
import { respondentsOf, type AssessmentRecord } from '../records/record.ts';
import { slugify, timelineSlug, unitKey } from '../records/slug.ts';
import type { Answers } from '../inputs/fields.ts';
import { doraScoresOf } from '../dora/report.ts';
import { formatScore, MEASURE_NAMES, scoreOf, shownScore, type DoraScores } from '../dora/scores.ts';
import type { Measure } from '../dora/benchmarks.ts';
import { LATEST_DORA_EDITION, metricsIn } from '../inputs/dora-questions.ts';

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

export interface Entry {
  /** URL segment: the assessment date, suffixed when a unit has two records on one day. */
  slug: string;
  file: string;
  record: AssessmentRecord;
  /** The answers that decided: the record's own, or the respondents' combined. */
  answers: Answers;
  result: Result;
  /** Respondents, their spread and where they split (one respondent for a version 1 record). */
  assessment: AssessmentResult;
  /** Changes since the previous entry; empty for the first. */
  deltas: Delta[];
  /** Set when the recommendation differs from the previous entry's. */
  changed: { from: Recommendation; to: Recommendation; ruleId: string; ruleTitle: string } | null;
}

export interface Timeline {
  /** URL-safe and unique: organisation and unit slugs. */
  slug: string;
  organization: string;
  unit: string | null;
  entries: Entry[];
  nextReviewOn: string;
  /** Days past the review date at `today`; 0 or less means not overdue. */
  daysOverdue: number;
}

export { slugify };

const round = (n: number) => Math.round(n * 100) / 100;

function delta(key: Delta['key'], label: string, from: number | null | undefined, to: number | null | undefined): Delta {
  const a = from ?? null;
  const b = to ?? null;
  return { key, label, from: a, to: b, change: a === null || b === null ? null : round(b - a) };
}

export interface Evaluated {
  answers: Answers;
  result: Result;
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
  const answered = metricsIn(LATEST_DORA_EDITION).filter((m) => [before, after].some((s) => s && scoreOf(s, m) !== undefined));
  return (['overall', 'throughput', 'stability', ...answered] as const).map((m) =>
    delta(
      `dora.${m}`,
      m === 'overall' ? `DORA overall (${LATEST_DORA_EDITION} edition)` : `DORA ${MEASURE_NAMES[m]}`,
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

export function evaluateRecord(record: AssessmentRecord, framework: Framework): AssessmentResult {
  return evaluateAssessment(respondentsOf(record), framework, {
    assessedOn: record.assessedOn,
    recordFrameworkVersion: record.frameworkVersion,
  });
}

export function buildTimelines(
  records: readonly { file: string; record: AssessmentRecord }[],
  framework: Framework,
  today: string,
): Timeline[] {
  const groups = new Map<string, { file: string; record: AssessmentRecord }[]>();
  for (const item of records) {
    // One unit however its name is capitalised or spaced: "Payments" and "payments" share a timeline.
    const key = unitKey(item.record.organization, item.record.unit);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const timelines = [...groups.values()].map((items): Timeline => {
    const sorted = [...items].sort((x, y) => x.record.assessedOn.localeCompare(y.record.assessedOn) || x.file.localeCompare(y.file));
    const entries: Entry[] = [];
    for (const { file, record } of sorted) {
      const assessment = evaluateRecord(record, framework);
      const { result, answers } = assessment;
      const previous = entries.at(-1);
      const sameDay = entries.filter((e) => e.record.assessedOn === record.assessedOn).length;
      entries.push({
        slug: sameDay ? `${record.assessedOn}-${sameDay + 1}` : record.assessedOn,
        file,
        record,
        answers,
        result,
        assessment,
        deltas: previous ? compareResults(previous, { answers, result }) : [],
        changed:
          previous && previous.result.recommendation !== result.recommendation
            ? {
                from: previous.result.recommendation,
                to: result.recommendation,
                ruleId: result.decidedBy.ruleId,
                ruleTitle: result.decidedBy.title,
              }
            : null,
      });
    }
    const first = sorted[0]!.record;
    const last = entries.at(-1)!;
    const nextReviewOn = addMonths(last.record.assessedOn, framework.reviewIntervalMonths);
    return {
      slug: timelineSlug(first.organization, first.unit),
      organization: first.organization,
      unit: first.unit ?? null,
      entries,
      nextReviewOn,
      daysOverdue: daysBetween(nextReviewOn, today),
    };
  });
  timelines.sort((x, y) => x.organization.localeCompare(y.organization) || (x.unit ?? '').localeCompare(y.unit ?? ''));
  // "R&D" and "R-D" slugify alike: number the later ones so every timeline keeps its own page.
  const seen = new Map<string, number>();
  for (const t of timelines) {
    const n = (seen.get(t.slug) ?? 0) + 1;
    seen.set(t.slug, n);
    if (n > 1) t.slug = `${t.slug}-${n}`;
  }
  return timelines;
}

/** A review counts as due this many calendar months before its date: time to book the people. */
export const DUE_WITHIN_MONTHS = 1;

export interface ReviewDue {
  name: string;
  nextReviewOn: string;
  overdue: boolean;
  /** "12 days overdue", "1 day overdue", "due in 5 days", "due today". */
  text: string;
}

/** The units whose next review falls within a calendar month of `asOf`, or before it; most overdue first. */
export function reviewsDue(
  records: readonly { file: string; record: AssessmentRecord }[],
  framework: Framework,
  asOf: string,
): ReviewDue[] {
  const horizon = addMonths(asOf, DUE_WITHIN_MONTHS);
  return buildTimelines(records, framework, asOf)
    .filter((t) => t.nextReviewOn <= horizon)
    .sort((a, b) => b.daysOverdue - a.daysOverdue)
    .map((t) => ({
      name: `${t.organization}${t.unit ? ` / ${t.unit}` : ''}`,
      nextReviewOn: t.nextReviewOn,
      overdue: t.daysOverdue > 0,
      text:
        t.daysOverdue > 0
          ? `${countText(t.daysOverdue, 'day')} overdue`
          : t.daysOverdue === 0
            ? 'due today'
            : `due in ${countText(-t.daysOverdue, 'day')}`,
    }));
}
