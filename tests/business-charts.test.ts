/** The running-net chart's month axis (issue 34 follow-up): no month label printed through another. */
import { describe, expect, it } from 'vitest';
import { businessCharts } from '#src/render/business-charts.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { describeResult } from '#src/engine/text/describe-result.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();

const chars = 7.2; // about how wide one character of a 13-unit label is (business-charts.ts)

function monthLabels(horizon: number): { x: number; text: string; anchor: string }[] {
  // The charts as every face draws them, for a case over this horizon.
  const answers = { teamSize: 180, infraTimeShare: 35, onboardingDays: 10, engineerCost: 180_000, currency: 'EUR', horizonMonths: horizon };
  const html = String(businessCharts(describeResult(evaluate(answers, framework, { assessedOn: '2026-11-02' }), framework)));
  return [...html.matchAll(/<text class="pf-chart-tick" x="([\d.]+)" y="212" text-anchor="(\w+)">([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    anchor: m[2]!,
    text: m[3]!,
  }));
}

describe('the running net chart', () => {
  for (const horizon of [12, 24, 36, 48, 60, 120])
    it(`keeps the month labels apart over ${horizon} months, the last naming the unit`, () => {
      const labels = monthLabels(horizon);
      expect(labels.at(-1)?.text).toBe(`${horizon} months`);
      const spans = labels.map(({ x, text, anchor }) => {
        const w = text.length * chars;
        return anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
      });
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]!);
    });
});
