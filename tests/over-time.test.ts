/**
 * Delivery over time (issue 24, part 4): DORA's scores and the seed's metrics followed from one
 * review to the next in the comparison (`assess compare`, the page's comparison, a timeline
 * entry's changes). All on fixtures: tests/fixtures/dora-history (DORA answered in 2025-11 and
 * 2026-11, left out in 2026-05) and the frozen framework.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelines, compareResults, evaluateRecord, type Evaluated } from '#src/engine/history/history.ts';
import { describeComparison, describeTimeline } from '#src/engine/text/describe-timeline.ts';
import { describeTrends } from '#src/engine/text/describe-trends.ts';
import { trendChart } from '#src/render/trend-chart.ts';
import { loadRecords } from '#src/node/records.ts';
import { platformTeamFormed } from '#src/engine/history/formation.ts';
import { describeFormation } from '#src/engine/text/describe-formation.ts';
import { progressHtml, timelineHtml } from '#src/render/timeline-html.ts';
import { assess, TODAY } from './cli-helpers.ts';
import { acmeRecord, fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const DORA_HISTORY = 'tests/fixtures/dora-history/delivery';

const record = acmeRecord;
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

        Team size                                          52 engineers                         -> 64 engineers                         +12 engineers
        Share of developer time on infrastructure          30%                                  -> 18%                                  -12 percentage points
        Onboarding time until first production deploy      14 days                              -> 6 days                               -8 days
        Teams deploying independently                      not answered                         -> not answered
        Platform pressure                                  43/100                               -> 25/100                               -18 points
        DORA overall (2025 edition where recorded)         5.9/10                               -> 8.0/10                               +2.1 points
        DORA throughput                                    4.7/10                               -> 7.3/10                               +2.6 points
        DORA stability                                     7.8/10                               -> 9.0/10                               +1.2 points
        DORA lead time                                     6.0/10                               -> 8.0/10                               +2.0 points
        DORA deployment frequency                          4.0/10                               -> 8.0/10                               +4.0 points
        DORA recovery time                                 4.0/10                               -> 6.0/10                               +2.0 points
        DORA change fail rate                              7.5/10                               -> 8.8/10                               +1.3 points
        DORA rework rate                                   8.0/10                               -> 9.2/10                               +1.2 points
        Business case: team priced                         5 (best size)                        -> 1 (loses least)                      -4 people
        Business case: payback                             Pays back in month 30 of 36          -> Does not pay back within 36 months
        Business case: net over the horizon                +16.8 engineer-months over 36 months -> -0.9 engineer-months over 36 months  -17.7 engineer-months
        Business case: capacity won back at full adoption  7.5 engineers                        -> 1 engineers                          -6.5 engineers

        Platform team: yes, size not given (was none).
        Commit to production: 10 hours, not met (target ≤ 15 minutes); was 3.5 days, not met; -3.1 days.
        Operational tax: 15.6 to 11.5 full-time engineers (-4.1).

      The platform team against its forecast:
        The case made on 2025-11-03, before the team formed (reconstructed at today's framework 2026.11: the record kept no forecast): a team of 5 engineers, reaching 96.2% of the engineers, winning back 50% of the tax it reaches (plausible 25% to 75%) at full adoption from month 12 (3 months to staff the team, 3 months before any value, a 6-month ramp): 7.5 engineers' time of the 15.6 the tax took, paying back in month 30 (2028-05).
        2026-11-02, month 12 of the case: the tax went from 15.6 engineers (30%) to 11.5 (18%). Counted at this review's 64 engineers, 7.7 engineers' time is back where the case expected 9.2 by now (4.6 to 13.8): on track, 1.6 engineers below the projection. At the pace measured (a win-back of 42% of the tax it reaches, within the plausible 25% to 75%), the case would not pay back within 36 months.
        What the records cannot tell: the shares of time are people’s own estimates, not measured hours; the change may have other causes (hiring, a migration finishing, work moved to other teams); a review shows where things stood that day, not the months between; and time back is capacity, not money saved.
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
          "label": "DORA overall (edition not recorded)",
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
          "change": "newly answered",
          "from": "not answered",
          "label": "DORA deployment frequency",
          "to": "8.0/10",
        },
        {
          "change": "newly answered",
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
      `"Since the previous assessment: DORA overall (edition not recorded) +1.2 points; DORA throughput +1.4 points; DORA stability +1.0 points."`,
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
        "DORA overall (2025 edition where recorded, 0-10) | Scored as DORA's Quick Check scores, 10 best; no point where the assessment left out DORA's questions or an answer this score averages.",
        "DORA throughput (2025 edition where recorded, 0-10) | Scored as DORA's Quick Check scores, 10 best; no point where the assessment left out DORA's questions or an answer this score averages.",
        "DORA stability (2025 edition where recorded, 0-10) | Scored as DORA's Quick Check scores, 10 best; no point where the assessment left out DORA's questions or an answer this score averages.",
      ]
    `);
    expect(delivery.map((s) => `${s.title}: ${s.points.map((p) => p.value ?? '-').join(', ')}; thresholds ${s.thresholds.join(', ')}`))
      .toMatchInlineSnapshot(`
        [
          "Commit to production (minutes): 5000, 3000, 600; thresholds 15",
          "DORA overall (2025 edition where recorded, 0-10): 5.9, -, 8; thresholds ",
          "DORA throughput (2025 edition where recorded, 0-10): 4.7, -, 7.3; thresholds ",
          "DORA stability (2025 edition where recorded, 0-10): 7.8, -, 9; thresholds ",
        ]
      `);
  });

  it('heads a column for each, with the target, and says met or not met', () => {
    expect(trends.table.head.slice(7, -2)).toMatchInlineSnapshot(`
      [
        "Commit to production (target ≤ 15 minutes)",
        "DORA overall (2025 edition where recorded, 0-10)",
        "DORA throughput (2025 edition where recorded, 0-10)",
        "DORA stability (2025 edition where recorded, 0-10)",
      ]
    `);
    expect(trends.table.rows.map((r) => r.slice(7, -2))).toMatchInlineSnapshot(`
      [
        [
          "3.5 days, not met",
          "5.9",
          "4.7",
          "7.8",
        ],
        [
          "2.1 days, not met",
          "not answered",
          "not answered",
          "not answered",
        ],
        [
          "10 hours, not met",
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
      `"DORA overall (2025 edition where recorded, 0-10): 5.9/10 on 2025-11-03, 8/10 on 2026-11-02."`,
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

describe("the platform team's formation", () => {
  /** A unit's records, one a half-year, each saying yes, no or nothing about a platform team. */
  const unit = (...said: (boolean | 'size' | undefined)[]) =>
    buildTimelines(
      said.map((x, i) =>
        record(
          `202${4 + Math.floor(i / 2)}-${i % 2 ? '07' : '01'}-06`,
          x === 'size' ? { platformTeamSize: 3 } : x === undefined ? {} : { hasPlatformTeam: x },
        ),
      ),
      framework,
      TODAY,
    )[0]!;
  const formed = (...said: (boolean | 'size' | undefined)[]) => {
    const f = platformTeamFormed(unit(...said).entries);
    return f && `${f.without?.record.assessedOn ?? 'by'} -> ${f.with.record.assessedOn} (${f.unsaid} unsaid)`;
  };

  it('falls between the latest record that said none and the first with a team, or by that one when none said', () => {
    expect({
      noThenYes: formed(false, true),
      unsaidThenYes: formed(undefined, true),
      noUnsaidYes: formed(false, undefined, undefined, true),
      sizeOnly: formed(false, 'size'),
      alreadyThere: formed(true, undefined, true),
      disbandedAndFormedAgain: formed(true, false, true),
      neverOne: formed(false, undefined, false),
      fromTheStart: formed(true, true),
    }).toMatchInlineSnapshot(`
      {
        "alreadyThere": null,
        "disbandedAndFormedAgain": "2024-07-06 -> 2025-01-06 (0 unsaid)",
        "fromTheStart": null,
        "neverOne": null,
        "noThenYes": "2024-01-06 -> 2024-07-06 (0 unsaid)",
        "noUnsaidYes": "2024-01-06 -> 2025-07-06 (2 unsaid)",
        "sizeOnly": "2024-01-06 -> 2024-07-06 (0 unsaid)",
        "unsaidThenYes": "by -> 2024-07-06 (1 unsaid)",
      }
    `);
  });

  it('is said honestly: between two reviews, or by one, never on a day', () => {
    const say = (...said: (boolean | undefined)[]) => {
      const t = describeFormation(platformTeamFormed(unit(...said).entries)!);
      return [t.entry, t.chart, t.legend];
    };
    expect([say(false, true), say(false, undefined, undefined, true), say(undefined, true)]).toMatchInlineSnapshot(`
      [
        [
          "Platform team formed between 2024-01-06 and 2024-07-06: none on 2024-01-06, one at this review; the records do not say the day it started.",
          "Platform team formed between 2024-01-06 and 2024-07-06.",
          "Shaded on each chart: the platform team formed between 2024-01-06 (none then) and 2024-07-06 (the first record with one); the records do not say the day it started.",
        ],
        [
          "Platform team formed between 2024-01-06 and 2025-07-06: none on 2024-01-06 (the 2 records between do not say), one at this review; the records do not say the day it started.",
          "Platform team formed between 2024-01-06 and 2025-07-06.",
          "Shaded on each chart: the platform team formed between 2024-01-06 (none then; the 2 records between do not say) and 2025-07-06 (the first record with one); the records do not say the day it started.",
        ],
        [
          "Platform team formed by 2024-07-06: this is the first record with one, and no earlier record says whether there was one.",
          "Platform team formed by 2024-07-06.",
          "Dotted line on each chart: the platform team formed by 2024-07-06 (the first record with one); no earlier record says whether there was one.",
        ],
      ]
    `);
  });

  it('marks every trend chart, names the mark in the chart text and beside the charts, and notes it on the entry', () => {
    const trends = describeTrends(doraTimeline, framework);
    expect(trends.formation?.legend).toMatchInlineSnapshot(
      `"Shaded on each chart: the platform team formed between 2025-11-03 (none then; the record between does not say) and 2026-11-02 (the first record with one); the records do not say the day it started."`,
    );
    const svg = trendChart({
      ...trends.series[0]!,
      thresholds: [],
      marker: { from: trends.formation!.from, to: trends.formation!.to, text: trends.formation!.chart },
    }).value;
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(/aria-label="([^"]*)"/.exec(svg)?.[1]).toMatchInlineSnapshot(
      `"Operational tax (full-time engineers): 15.6 engineers on 2025-11-03, 15 engineers on 2026-05-04, 11.5 engineers on 2026-11-02. Platform team formed between 2025-11-03 and 2026-11-02."`,
    );
    expect(svg).toMatch(/<rect class="pf-chart-span" x="44.0" y="14" width="[\d.]+" height="132"/);
    const by = trendChart({ ...trends.series[0]!, thresholds: [], marker: { from: null, to: '2026-11-02', text: 'x' } }).value;
    // A dotted line at the review that first has a team: the last point here.
    const lastPoint = [...by.matchAll(/<circle class="pf-chart-point" cx="([\d.]+)"/g)].at(-1)?.[1];
    expect(/<line class="pf-chart-marker" x1="([\d.]+)"/.exec(by)?.[1]).toBe(lastPoint);
    const text = describeTimeline(doraTimeline, framework);
    expect(text.entries.map((e) => e.formed)).toMatchInlineSnapshot(`
      [
        null,
        null,
        "Platform team formed between 2025-11-03 and 2026-11-02: none on 2025-11-03 (the record between does not say), one at this review; the records do not say the day it started.",
      ]
    `);
    expect(timelineHtml(text, (slug) => `#${slug}`).value).toContain('<p class="pf-formed-note">Platform team formed between 2025-11-03');
    expect(progressHtml(text.entries[2]!, { date: '2026-05-04', href: '#2026-05-04' }).value).toContain('class="pf-formed-note"');
  });

  it("keeps the whole unit's formation on a page of its assessments, and marks charts only when it falls among theirs", () => {
    const t = unit(false, true, true, true);
    const formation = platformTeamFormed(t.entries);
    const latest = { ...t, entries: t.entries.slice(2) };
    expect(describeTimeline(latest, framework, formation).entries.map((e) => e.formed)).toEqual([null, null]);
    expect(describeTrends(latest, framework, formation).formation).toBeNull();
    const page = { ...t, entries: t.entries.slice(1, 3) };
    expect(describeTimeline(page, framework, formation).entries[0]!.formed).toMatch(
      /^Platform team formed between 2024-01-06 and 2024-07-06/,
    );
    expect(describeTrends(page, framework, formation).formation?.from).toBe('2024-01-06');
  });

  it('is a line of assess history, with the seed metrics against their targets and the DORA scores', async () => {
    const r = await assess('history', 'tests/fixtures/dora-history');
    expect(r.stdout).toMatchInlineSnapshot(`
      "Fixture Delivery Co / delivery: 3 assessments. Next review: Due 2027-05-02.

        The platform team against its forecast:
          The case made on 2025-11-03, before the team formed (reconstructed at today's framework 2026.11: the record kept no forecast): a team of 5 engineers, reaching 96.2% of the engineers, winning back 50% of the tax it reaches (plausible 25% to 75%) at full adoption from month 12 (3 months to staff the team, 3 months before any value, a 6-month ramp): 7.5 engineers' time of the 15.6 the tax took, paying back in month 30 (2028-05).
          2026-11-02, month 12 of the case: the tax went from 15.6 engineers (30%) to 11.5 (18%). Counted at this review's 64 engineers, 7.7 engineers' time is back where the case expected 9.2 by now (4.6 to 13.8): on track, 1.6 engineers below the projection. At the pace measured (a win-back of 42% of the tax it reaches, within the plausible 25% to 75%), the case would not pay back within 36 months.
          What the records cannot tell: the shares of time are people’s own estimates, not measured hours; the change may have other causes (hiring, a migration finishing, work moved to other teams); a review shows where things stood that day, not the months between; and time back is capacity, not money saved.

        2025-11-03: Form a platform team
          Recommendation: Platform team; platform pressure 43/100.
          52 engineers, 30% on infrastructure, onboarding 14 days.
          Operational tax: 15.6 full-time engineers (52 × 30%).
          Commit to production: 3.5 days, not met (target ≤ 15 minutes).
          DORA scores (edition not recorded, 0-10): overall 5.9, throughput 4.7, stability 7.8, lead time 6.0, deployment frequency 4.0, recovery time 4.0, change fail rate 7.5, rework rate 8.0
          Record: tests/fixtures/dora-history/delivery/2025-11-03.yaml

        2026-05-04: Fixture headline: the case does not pay yet
          Recommendation: Platform team; platform pressure 35/100.
          60 engineers, 25% on infrastructure, onboarding 10 days.
          Operational tax: 15 full-time engineers (60 × 25%).
          Since the previous assessment: team size +8 engineers; share of developer time on infrastructure -5 percentage points; onboarding time until first production deploy -4 days; platform pressure -8 points.
          Commit to production: 2.1 days, not met (target ≤ 15 minutes); was 3.5 days, not met; -33.3 hours.
          Operational tax: 15.6 to 15 full-time engineers (-0.6).
          Record: tests/fixtures/dora-history/delivery/2026-05-04.yaml

        2026-11-02: Fixture headline: refine with a team
          Changed from Platform team to Refine what you have, decided by “No rule fired”.
          Recommendation: Refine what you have; platform pressure 25/100.
          64 engineers, 18% on infrastructure, onboarding 6 days.
          Operational tax: 11.5 full-time engineers (64 × 18%).
          Since the previous assessment: team size +4 engineers; share of developer time on infrastructure -7 percentage points; onboarding time until first production deploy -4 days; platform pressure -10 points.
          Platform team formed between 2025-11-03 and 2026-11-02: none on 2025-11-03 (the record between does not say), one at this review; the records do not say the day it started.
          Platform team: yes, size not given (was not said).
          Commit to production: 10 hours, not met (target ≤ 15 minutes); was 2.1 days, not met; -40 hours.
          Operational tax: 15 to 11.5 full-time engineers (-3.5).
          DORA scores (2025 edition, 0-10): overall 8.0, throughput 7.3, stability 9.0, lead time 8.0, deployment frequency 8.0, recovery time 6.0, change fail rate 8.8, rework rate 9.2
          Record: tests/fixtures/dora-history/delivery/2026-11-02.yaml
      "
    `);
  });

  it('is absent from a unit whose records never show a team forming', () => {
    const t = unit(false, false);
    expect(platformTeamFormed(t.entries)).toBeNull();
    expect(describeTrends(t, framework).formation).toBeNull();
    expect(describeTimeline(t, framework).entries.map((e) => e.formed)).toEqual([null, null]);
  });
});
