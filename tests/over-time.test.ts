/**
 * Delivery over time (issue 24, part 4): DORA's scores and the seed's metrics followed from one
 * review to the next in the comparison (`assess compare`, the page's comparison, a timeline
 * entry's changes). All on fixtures: tests/fixtures/dora-history (DORA answered in 2025-11 and
 * 2026-11, left out in 2026-05) and the frozen framework.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelines, compareResults, evaluateRecord, type Evaluated } from '#src/engine/history/history.ts';
import type { SingleRecord } from '#src/engine/records/record.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { describeComparison, describeTimeline } from '#src/engine/text/describe-timeline.ts';
import { describeTrends } from '#src/engine/text/describe-trends.ts';
import { trendChart } from '#src/render/trend-chart.ts';
import { loadRecords } from '#src/node/records.ts';
import { assess, TODAY } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const DORA_HISTORY = 'tests/fixtures/dora-history/delivery';

const record = (assessedOn: string, answers: Partial<Answers>): { file: string; record: SingleRecord } => ({
  file: `${assessedOn}.yaml`,
  record: {
    schemaVersion: 1,
    organization: 'Acme',
    assessedOn,
    answers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3, ...answers },
  },
});
const evaluated = (r: ReturnType<typeof record>): Evaluated => evaluateRecord(r.record, framework);
const doraTimeline = buildTimelines(loadRecords('tests/fixtures/dora-history', framework, TODAY).records, framework, TODAY)[0]!;

describe('DORA scores compared', () => {
  it('lists the overall, throughput and stability scores and each answered metric, rounded as shown', async () => {
    const r = await assess('compare', `${DORA_HISTORY}/2025-11-03.yaml`, `${DORA_HISTORY}/2026-11-02.yaml`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "2025-11-03: Platform team, decided by “High operational tax”.
        Record: tests/fixtures/dora-history/delivery/2025-11-03.yaml
      2026-11-02: Refine what you have, decided by “No rule fired”.
        Record: tests/fixtures/dora-history/delivery/2026-11-02.yaml
      Changed from Platform team to Refine what you have, decided by “No rule fired”.

        Team size                                      52 engineers -> 64 engineers  +12 engineers
        Share of developer time on infrastructure      30%          -> 18%           -12 percentage points
        Onboarding time until first production deploy  14 days      -> 6 days        -8 days
        Teams deploying independently                  not answered -> not answered
        Platform pressure                              43/100       -> 25/100        -18 points
        DORA overall (2025 edition)                    5.9/10       -> 8.0/10        +2.1 points
        DORA throughput                                4.7/10       -> 7.3/10        +2.6 points
        DORA stability                                 7.8/10       -> 9.0/10        +1.2 points
        DORA lead time                                 6.0/10       -> 8.0/10        +2.0 points
        DORA deployment frequency                      4.0/10       -> 8.0/10        +4.0 points
        DORA recovery time                             4.0/10       -> 6.0/10        +2.0 points
        DORA change fail rate                          7.5/10       -> 8.8/10        +1.3 points
        DORA rework rate                               8.0/10       -> 9.2/10        +1.2 points

        Platform team: yes, size not given (was none).
        Commit to production: 600 minutes, not met (target ≤ 15 minutes); was 5000 minutes, not met; -4400 minutes.
        Operational tax: 15.6 to 11.5 full-time engineers (-4.1).
      "
    `);
  });

  it('says "not answered" for a side without DORA answers, and for an average with a gap', () => {
    const before = evaluated(record('2026-01-05', {}));
    const after = evaluated(record('2026-07-06', { dora: { deployFrequency: 5, changeFailRate: 10 } }));
    const rows = describeComparison(before, after, compareResults(before, after), framework).rows.filter((row) =>
      row.label.startsWith('DORA'),
    );
    expect(rows).toMatchInlineSnapshot(`
      [
        {
          "change": "",
          "from": "not answered",
          "label": "DORA overall (2025 edition)",
          "to": "not answered",
        },
        {
          "change": "",
          "from": "not answered",
          "label": "DORA throughput",
          "to": "not answered",
        },
        {
          "change": "",
          "from": "not answered",
          "label": "DORA stability",
          "to": "not answered",
        },
        {
          "change": "",
          "from": "not answered",
          "label": "DORA deployment frequency",
          "to": "8.0/10",
        },
        {
          "change": "",
          "from": "not answered",
          "label": "DORA change fail rate",
          "to": "9.0/10",
        },
      ]
    `);
  });

  it('adds no DORA row when neither side answered DORA, so older records compare as before', () => {
    const before = evaluated(record('2026-01-05', { metrics: { commitToProductionMinutes: 30 } }));
    const after = evaluated(record('2026-07-06', { metrics: { commitToProductionMinutes: 20 } }));
    expect(compareResults(before, after).map((d) => d.key)).not.toContainEqual(expect.stringMatching(/^dora\./));
  });

  it("says the averages' moves in a timeline entry's changes, DORA in capitals", () => {
    const dora = (deployFrequency: 3 | 5, changeFailRate: number) => ({
      dora: { leadTime: 4 as const, deployFrequency, recoveryTime: 4 as const, changeFailRate, reworkRate: 10 },
    });
    const [t] = buildTimelines([record('2026-01-05', dora(3, 30)), record('2026-07-06', dora(5, 10))], framework, TODAY);
    expect(describeTimeline(t!, framework).entries[1]!.since).toMatchInlineSnapshot(
      `"Since the previous assessment: DORA overall (2025 edition) +1.2 points; DORA throughput +1.4 points; DORA stability +1.0 points."`,
    );
  });
});

describe('delivery in the trends', () => {
  const trends = describeTrends(doraTimeline, framework);

  it("charts each answered metric against the framework's target and DORA's three scores, and nothing no record answered", () => {
    const delivery = trends.series.slice(trends.series.findIndex((s) => s.title.startsWith('Platform pressure')) + 1);
    expect(delivery.map((s) => [s.title, ...s.legend].join(' | '))).toMatchInlineSnapshot(`
      [
        "Commit to production (minutes) | Dashed line: the target, ≤ 15 minutes.",
        "DORA overall (2025 edition, 0-10) | Scored as DORA's Quick Check scores, 10 best; no point where the assessment left out DORA's questions or an answer this score averages.",
        "DORA throughput (2025 edition, 0-10) | Scored as DORA's Quick Check scores, 10 best; no point where the assessment left out DORA's questions or an answer this score averages.",
        "DORA stability (2025 edition, 0-10) | Scored as DORA's Quick Check scores, 10 best; no point where the assessment left out DORA's questions or an answer this score averages.",
      ]
    `);
    expect(delivery.map((s) => `${s.title}: ${s.points.map((p) => p.value ?? '-').join(', ')}; thresholds ${s.thresholds.join(', ')}`))
      .toMatchInlineSnapshot(`
      [
        "Commit to production (minutes): 5000, 3000, 600; thresholds 15",
        "DORA overall (2025 edition, 0-10): 5.9, -, 8; thresholds ",
        "DORA throughput (2025 edition, 0-10): 4.7, -, 7.3; thresholds ",
        "DORA stability (2025 edition, 0-10): 7.8, -, 9; thresholds ",
      ]
    `);
  });

  it('heads a column for each, with the target, and says met or not met', () => {
    expect(trends.table.head.slice(7, -2)).toMatchInlineSnapshot(`
      [
        "Commit to production (target ≤ 15 minutes)",
        "DORA overall (2025 edition, 0-10)",
        "DORA throughput (2025 edition, 0-10)",
        "DORA stability (2025 edition, 0-10)",
      ]
    `);
    expect(trends.table.rows.map((r) => r.slice(7, -2))).toMatchInlineSnapshot(`
      [
        [
          "5000 minutes, not met",
          "5.9",
          "4.7",
          "7.8",
        ],
        [
          "3000 minutes, not met",
          "not answered",
          "not answered",
          "not answered",
        ],
        [
          "600 minutes, not met",
          "8.0",
          "7.3",
          "9.0",
        ],
      ]
    `);
  });

  it('adds no delivery series or column to a unit whose records answered neither', () => {
    const [t] = buildTimelines([record('2026-01-05', {}), record('2026-07-06', {})], framework, TODAY);
    const plain = describeTrends(t!, framework);
    expect(plain.series.at(-1)!.title).toBe('Platform pressure (0-100)');
    expect(plain.table.head).toEqual([
      'Date',
      'Tax (engineers)',
      'Team size',
      'Share of developer time on infrastructure',
      'Onboarding time until first production deploy',
      'Teams deploying independently',
      'Pressure',
      'Business case',
      'Respondents',
    ]);
  });

  it("draws DORA's scores on their 0-10 scale, and says the points in the chart's label", () => {
    const overall = trends.series.find((s) => s.title.startsWith('DORA overall'))!;
    const svg = trendChart({ ...overall, thresholds: [] }).value;
    expect(/aria-label="([^"]*)"/.exec(svg)?.[1]).toMatchInlineSnapshot(
      `"DORA overall (2025 edition, 0-10): 5.9/10 on 2025-11-03, 8/10 on 2026-11-02."`,
    );
    expect(svg).toContain('>10</text>');
  });

  it('keeps a value below zero (an NPS) inside the chart, with the zero marked', () => {
    const svg = trendChart({
      title: 'NPS',
      unit: '',
      points: [
        { date: '2026-01-05', value: -40 },
        { date: '2026-07-06', value: 30 },
      ],
      thresholds: [{ value: 50, label: '' }],
    }).value;
    const ys = [...svg.matchAll(/\b(?:cy|y1|y2)="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
    for (const y of ys) expect(y).toBeGreaterThanOrEqual(14 - 1e-9);
    for (const y of ys) expect(y).toBeLessThanOrEqual(180 - 28 + 1e-9);
    expect(svg).toContain('>-40</text>');
  });
});
