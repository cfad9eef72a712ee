import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_METRICS, DORA_QUESTIONS, PERCENTAGE_METRICS } from '#src/engine/inputs/dora-questions.ts';
import { doraAnswersSchema, type DoraAnswers } from '#src/engine/inputs/dora-answers.ts';
import { scoreDora, scoreOf, shownScore, type DoraScores } from '#src/engine/dora/scores.ts';
import { doraReport, doraScoresOf } from '#src/engine/dora/report.ts';

const category = fc.constantFrom(...CATEGORIES);
const percentage = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
const answers: fc.Arbitrary<DoraAnswers> = fc.record(
  { leadTime: category, deployFrequency: category, recoveryTime: category, changeFailRate: percentage, reworkRate: percentage },
  { requiredKeys: [] },
);
/** Any edition, earlier or later than the questions' own, or none recorded. */
const FIRST = Math.min(...DORA_QUESTIONS.map((q) => Number(q.since)));
const edition = fc.option(fc.integer({ min: FIRST, max: FIRST + 20 }).map(String), { nil: null });

const everyScore = (s: DoraScores): number[] => [
  s.overall,
  s.throughput,
  s.stability,
  ...s.metrics.flatMap((m) => (m.answered ? [m.score] : [m.countedAs])),
];

describe('laws of the DORA scores', () => {
  it('scores answers the schema accepts', () => {
    fc.assert(
      fc.property(answers, (a) => {
        expect(doraAnswersSchema.safeParse(a).success).toBe(true);
      }),
    );
  });

  it('keeps every score within 0 to 10', () => {
    fc.assert(
      fc.property(answers, edition, (a, e) => {
        for (const score of everyScore(scoreDora(a, e))) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(10);
        }
      }),
    );
  });

  it.each(CATEGORY_METRICS)('never lowers a score when %s moves to a faster range', (metric) => {
    fc.assert(
      fc.property(answers, edition, category, category, (a, e, x, y) => {
        const [slow, fast] = x <= y ? [x, y] : [y, x];
        const before = scoreDora({ ...a, [metric]: slow }, e);
        const after = scoreDora({ ...a, [metric]: fast }, e);
        expect(scoreOf(after, metric)).toBeGreaterThanOrEqual(scoreOf(before, metric) ?? Infinity);
        for (const key of ['overall', 'throughput', 'stability'] as const) expect(after[key]).toBeGreaterThanOrEqual(before[key]);
      }),
    );
  });

  it.each(PERCENTAGE_METRICS)('never lowers a score when %s falls', (metric) => {
    fc.assert(
      fc.property(answers, percentage, percentage, (a, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const before = scoreDora({ ...a, [metric]: high }, '2025');
        const after = scoreDora({ ...a, [metric]: low }, '2025');
        expect(scoreOf(after, metric)).toBeGreaterThanOrEqual(scoreOf(before, metric) ?? Infinity);
        for (const key of ['overall', 'throughput', 'stability'] as const) expect(after[key]).toBeGreaterThanOrEqual(before[key]);
      }),
    );
  });

  it('ignores the rework rate in the 2024 edition, which does not ask it', () => {
    fc.assert(
      fc.property(answers, percentage, (a, rework) => {
        expect(scoreDora({ ...a, reworkRate: rework }, '2024')).toEqual(scoreDora({ ...a, reworkRate: undefined }, '2024'));
      }),
    );
  });

  it('averages only the answered questions for the overall score', () => {
    fc.assert(
      fc.property(answers, edition, (a, e) => {
        const s = scoreDora(a, e);
        const answered = s.metrics.flatMap((m) => (m.answered ? [m.score] : []));
        const expected = answered.length === 0 ? 0 : answered.reduce((x, y) => x + y, 0) / answered.length;
        expect(s.overall).toBeCloseTo(expected, 12);
      }),
    );
  });

  it('shows a group or the overall score only when every answer it averages was given', () => {
    fc.assert(
      fc.property(answers, edition, (a, e) => {
        const s = scoreDora(a, e);
        const groupComplete = (g: 'throughput' | 'stability') =>
          s.metrics.every((m) => m.answered || !DORA_QUESTIONS.some((q) => q.metric === m.metric && q.group === g));
        expect(shownScore(s, 'overall')).toBe(s.missing.length === 0 ? s.overall : undefined);
        for (const g of ['throughput', 'stability'] as const) expect(shownScore(s, g)).toBe(groupComplete(g) ? s[g] : undefined);
        for (const m of s.metrics) expect(shownScore(s, m.metric)).toBe(m.score);
      }),
    );
  });

  it('scores alone as the report scores them, the lead time following from the commit-to-production minutes', () => {
    fc.assert(
      fc.property(answers, fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }), (a, minutes) => {
        const given = {
          teamSize: 10,
          infraTimeShare: 10,
          onboardingDays: 3,
          dora: a,
          metrics: minutes === undefined ? undefined : { commitToProductionMinutes: minutes },
        };
        expect(doraScoresOf(given)).toEqual(doraReport(given, undefined)?.scores ?? null);
      }),
    );
  });
});
