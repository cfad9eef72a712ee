/**
 * A unit's trend charts when there is little to draw (issue 34, item 3): a business case that never
 * pays back has no payback month, so its chart says so in words; a net that is negative at every
 * review gets an axis below zero, not a "0" and a "1" drawn on top of each other.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelines } from '#src/engine/history/history.ts';
import { describeTrends } from '#src/engine/text/describe-trends.ts';
import { axisTicks, trendChart } from '#src/render/trend-chart.ts';
import { acmeRecord, fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const record = acmeRecord;
/** Little tax for a large team: the case never pays back, and its net is below zero every time. */
const neverPays = { engineerCost: 100000, hasPlatformTeam: true, platformTeamSize: 6, infraTimeShare: 4 };
const [losing] = buildTimelines(
  [record('2025-11-03', neverPays), record('2026-05-04', { ...neverPays, infraTimeShare: 5 })],
  framework,
  '2026-06-01',
);

/** A tick's number: "-1.5m" is -1,500,000. */
const valueOf = (label: string) => Number(label.replace(/[km]$/, '')) * (label.endsWith('m') ? 1e6 : label.endsWith('k') ? 1e3 : 1);

/** The tick labels of a chart, top to bottom, with where each is drawn. */
function ticks(svg: string): { label: string; y: number }[] {
  return [...svg.matchAll(/<text class="pf-chart-tick" x="[\d.]+" y="([\d.]+)" text-anchor="end">([^<]*)<\/text>/g)]
    .map((m) => ({ label: m[2]!, y: Number(m[1]) }))
    .sort((a, b) => a.y - b.y);
}

describe('a trend with nothing to draw', () => {
  const series = describeTrends(losing!, framework).series;

  it('says in words that no assessment pays back, in place of an empty payback chart', () => {
    const payback = series.find((s) => s.title === 'Business case: payback month')!;
    expect(payback.points.every((p) => p.value === null)).toBe(true);
    expect(payback.empty).toMatchInlineSnapshot(
      `"No assessment here pays back within its horizon, so there is no payback month to chart."`,
    );
  });

  it('says so for a question no assessment answered, and keeps charts with points', () => {
    const teams = series.find((s) => s.title.startsWith('Teams deploying independently'))!;
    expect(teams.empty).toMatchInlineSnapshot(`"No assessment here answered this, so there is nothing to chart."`);
    const tax = series.find((s) => s.title.startsWith('Operational tax (full-time'))!;
    expect(tax).not.toHaveProperty('empty');
  });
});

describe("a trend's value axis", () => {
  it('gets labels below zero, apart and in order, when every value is negative', () => {
    const net = describeTrends(losing!, framework).series.find((s) => s.title.startsWith('Business case: net'))!;
    expect(net.points.every((p) => p.value !== null && p.value < 0)).toBe(true);
    const labels = ticks(trendChart({ ...net, thresholds: [] }).value);
    expect(labels[0]!.label).toBe('0');
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.map((l) => l.label)).not.toContain('1');
    for (const [a, b] of labels.slice(1).map((l, i) => [labels[i]!, l] as const)) {
      expect(b.y - a.y).toBeGreaterThanOrEqual(16);
      expect(valueOf(b.label)).toBeLessThan(valueOf(a.label));
    }
  });

  it.each([
    [
      [-750, -300],
      [-800, -600, -400, -200, 0],
    ],
    [
      [-40, 30, 50],
      [-40, -20, 0, 20, 40, 60],
    ],
    [
      [5.9, 8, 10],
      [0, 2, 4, 6, 8, 10],
    ],
    [[0], [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [
      [12, 24],
      [0, 5, 10, 15, 20, 25],
    ],
  ])('steps in round numbers from zero or below through %j', (values, expected) => {
    expect(axisTicks(values)).toEqual(expected);
  });

  it('writes large ticks short, and keeps every digit in the text summary', () => {
    const svg = trendChart({ title: 'Net', unit: ' EUR', points: [{ date: '2026-01-05', value: -1_750_000 }], thresholds: [] }).value;
    expect(ticks(svg).map((t) => t.label)).toEqual(['0', '-500k', '-1m', '-1.5m', '-2m']);
    expect(svg).toContain('-1,750,000 EUR on 2026-01-05');
  });

  it('keeps a fixed scale to its top', () => {
    expect(axisTicks([3], 10).at(-1)).toBe(10);
  });
});
