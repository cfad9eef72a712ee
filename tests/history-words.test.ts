/**
 * One history wording: `assess history`, `assess compare`, the timeline on /history/<unit>/ and the
 * record pages say the same sentences for the same records, because all of them lay out
 * describeTimeline() / describeComparison(). The CLI's text for the fixture history is pinned
 * whole; the pages' HTML must contain every sentence the CLI prints; no rule or sign id is prose.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimelines, compareResults, fullEntry, type UnitHistory } from '#src/engine/history/history.ts';
import { describeComparison, describeEntry, describeTimeline, type EntryText } from '#src/engine/text/describe-timeline.ts';
import { describeTrends } from '#src/engine/text/describe-trends.ts';
import { platformTeamFormed } from '#src/engine/history/formation.ts';
import { escapeHtml } from '#src/render/html.ts';
import { progressHtml, timelineHtml } from '#src/render/timeline-html.ts';
import { loadRecords } from '#src/node/records.ts';
import { fixtureFramework } from './helpers.ts';
import { assess, FIXTURE_HISTORY, tempDir, TODAY } from './cli-helpers.ts';

const framework = fixtureFramework();
const DIR = `${FIXTURE_HISTORY}/product-engineering`;
const timeline = buildTimelines(loadRecords(FIXTURE_HISTORY, framework, TODAY).records, framework, TODAY)[0] as UnitHistory;
const text = describeTimeline(timeline, framework);

/** Every sentence an entry says, as each face must show it. */
function sentences(e: EntryText): string[] {
  const r = e.respondents;
  return [e.headline, e.verdict, e.facts, e.tax, e.changed, e.versionNote, e.assessedBy, e.since, e.formed, e.notes, ...e.tracking]
    .concat(r ? [r.who, r.agreement, r.rest] : [])
    .filter((s): s is string => s !== null);
}

const IDS = [...framework.rules.map((r) => r.id), framework.fallback.id, ...framework.trap.signs.map((s) => s.id)];

describe('assess history', () => {
  it('prints the fixture history: changes with rule titles, the trap, and what the advice tracks', async () => {
    const r = await assess('history');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "Northwind Logistics / product-engineering: 5 assessments. Next review: Due 2027-05-09.

        The platform team against its forecast:
          The case made on 2026-05-11, before the team formed (reconstructed at today's framework 2026.11: the record kept no forecast): a team of 6 engineers, reaching 98.4% of the engineers, winning back 50% of the tax it reaches (plausible 25% to 75%) at full adoption from month 12 (3 months to staff the team, 3 months before any value, a 6-month ramp): 8.4 engineers' time of the 17.1 the tax took (1,260,000 EUR a year), paying back in month 35 (2029-04).
          2026-08-10, month 3 of the case: the tax went from 17.1 engineers (28%; 2,562,000 EUR a year) to 15.8 (24%; 2,376,000 EUR a year). Counted at this review's 66 engineers, 2.6 engineers' time is back (396,000 EUR a year) where the case expected none back yet: ahead by 2.6 engineers (396,000 EUR a year).
          2026-11-09, month 6 of the case: the tax went from 17.1 engineers (28%; 2,562,000 EUR a year) to 10.1 (14%; 1,512,000 EUR a year). Counted at this review's 72 engineers, 10.1 engineers' time is back (1,512,000 EUR a year) where the case expected 1.7 by now (0.8 to 2.5): ahead by 8.4 engineers (1,264,131 EUR a year). At the pace measured (a win-back of 305% of the tax it reaches, above the plausible 25% to 75%: more than all of it, so other causes moved the share too; the payback is at 100%), the case would pay back in month 14 (forecast: month 35).
          What the records cannot tell: the shares of time are people’s own estimates, not measured hours; the change may have other causes (hiring, a migration finishing, work moved to other teams); a review shows where things stood that day, not the months between; and time back is capacity, not money saved.

        2025-05-12: DevOps-first
          Recommendation: DevOps-first; platform pressure 28/100.
          18 engineers, 22% on infrastructure, onboarding 9 days.
          Operational tax: 4 full-time engineers (18 × 22%).
          Assessed by CTO.
          Commit to production: 45 minutes, not met (target ≤ 15 minutes).
          Developer satisfaction (NPS): 35, not met (target > 50).
          Seed-stage team; one shared on-call rota. Infrastructure work is heavy but the team is small.
          Record: tests/fixtures/history/product-engineering/2025-05-12.yaml

        2025-11-10: Refine what you have
          Changed from DevOps-first to Refine what you have, decided by “No rule fired”.
          Recommendation: Refine what you have; platform pressure 23/100.
          34 engineers, 16% on infrastructure, onboarding 6 days.
          Operational tax: 5.4 full-time engineers (34 × 16%).
          Assessed by CTO.
          Since the previous assessment: team size +16 engineers; share of developer time on infrastructure -6 percentage points; onboarding time until first production deploy -3 days; teams deploying independently +1 team; platform pressure -5 points.
          Commit to production: 30 minutes, not met (target ≤ 15 minutes); was 45 minutes, not met; -15 minutes.
          New service to first deploy: 4 hours, not met (target ≤ 1 hour).
          Developer satisfaction (NPS): 38, not met (target > 50); was 35, not met; +3 NPS points.
          Operational tax: 4 to 5.4 full-time engineers (+1.4).
          Hired a second wave; CI/CD templates shared across the four squads.
          Record: tests/fixtures/history/product-engineering/2025-11-10.yaml

        2026-05-11: Form a platform team
          Changed from Refine what you have to Platform team, decided by “High operational tax”.
          Recommendation: Platform team; platform pressure 55/100.
          61 engineers, 28% on infrastructure, onboarding 15 days.
          Operational tax: 17.1 full-time engineers (61 × 28%), 2,562,000 EUR a year.
          Assessed by VP Engineering.
          Since the previous assessment: team size +27 engineers; share of developer time on infrastructure +12 percentage points; onboarding time until first production deploy +9 days; teams deploying independently +4 teams; platform pressure +32 points.
          Commit to production: 55 minutes, not met (target ≤ 15 minutes); was 30 minutes, not met; +25 minutes.
          New service to first deploy: 8 hours, not met (target ≤ 1 hour); was 4 hours, not met; +4 hours.
          Developer satisfaction (NPS): 12, not met (target > 50); was 38, not met; -26 NPS points.
          Operational tax: 5.4 to 17.1 full-time engineers (+11.7); 2,562,000 EUR a year (no comparable cost before).
          Kubernetes migration landed on the product teams; seniors report a week a month on pipelines.
          Record: tests/fixtures/history/product-engineering/2026-05-11.yaml

        2026-08-10: Fixture headline: out of the trap first
          Recommendation: Platform team (platform-trap signs: 3 of 5); platform pressure 46/100.
          66 engineers, 24% on infrastructure, onboarding 8 days.
          Operational tax: 15.8 full-time engineers (66 × 24%), 2,376,000 EUR a year.
          Assessed by Platform lead.
          Since the previous assessment: team size +5 engineers; share of developer time on infrastructure -4 percentage points; onboarding time until first production deploy -7 days; teams deploying independently +1 team; platform pressure -9 points.
          Platform team formed between 2026-05-11 and 2026-08-10: none on 2026-05-11, one at this review; the records do not say the day it started.
          Platform-trap signs: 3 of 5, at or above the threshold of 2: “Fixture sign one.”; “Fixture sign two.”; “Fixture sign three.”
          Platform team: 3 engineers (was none).
          Commit to production: 35 minutes, not met (target ≤ 15 minutes); was 55 minutes, not met; -20 minutes.
          New service to first deploy: 3 hours, not met (target ≤ 1 hour); was 8 hours, not met; -5 hours.
          Developer satisfaction (NPS): 22, not met (target > 50); was 12, not met; +10 NPS points.
          Operational tax: 17.1 to 15.8 full-time engineers (-1.3); 2,562,000 EUR to 2,376,000 EUR a year (-186,000 EUR).
          Interim check by the platform lead. Two platform engineers since June, plus a contractor for the Kubernetes migration; the team wrote its own deploy DSL.
          Record: tests/fixtures/history/product-engineering/2026-08-10.yaml

        2026-11-09: Fixture headline: out of the trap first
          Changed from Platform team to Refine what you have, decided by “No rule fired”.
          Recommendation: Refine what you have (platform-trap signs: 2 of 5); platform pressure 33/100.
          72 engineers, 14% on infrastructure, onboarding 4 days.
          Operational tax: 10.1 full-time engineers (72 × 14%), 1,512,000 EUR a year.
          Assessed by VP Engineering.
          3 respondents (VP Engineering, CTO, Platform lead); alone, they would get different recommendations; split on share of developer time on infrastructure. Answers ranged: share of developer time on infrastructure 12% to 24%; onboarding time until first production deploy 3 days to 5 days.
          Since the previous assessment: team size +6 engineers; share of developer time on infrastructure -10 percentage points; onboarding time until first production deploy -4 days; platform pressure -13 points.
          Platform-trap signs: 2 of 5 (was 3), at or above the threshold of 2: “Fixture sign two.”; “Fixture sign three.”
          No longer seen: “Fixture sign one.”
          Platform team: 2 engineers (was 3 engineers).
          Commit to production: 18 minutes, not met (target ≤ 15 minutes); was 35 minutes, not met; -17 minutes.
          New service to first deploy: 82.5 minutes, not met (target ≤ 1 hour); was 3 hours, not met; -97.5 minutes.
          Developer satisfaction (NPS): 41, not met (target > 50); was 22, not met; +19 NPS points.
          Operational tax: 15.8 to 10.1 full-time engineers (-5.7); 2,376,000 EUR to 1,512,000 EUR a year (-864,000 EUR).
          Two-person platform team since June; one golden path for deploys. Three leaders answered separately this time; the platform lead sees two trap signs, the VP one.
          Record: tests/fixtures/history/product-engineering/2026-11-09.yaml
      "
    `);
  });

  it('never prints a rule or trap-sign id', async () => {
    const out = (await assess('history')).stdout;
    for (const id of IDS) expect(out, id).not.toContain(id);
  });
});

describe('assess compare', () => {
  it('compares two records with the trap, the platform team, the metrics and the tax', async () => {
    const r = await assess('compare', `${DIR}/2026-08-10.yaml`, `${DIR}/2026-11-09.yaml`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "2026-08-10: Platform team (platform-trap signs: 3 of 5), decided by “High operational tax”.
        Record: tests/fixtures/history/product-engineering/2026-08-10.yaml
      2026-11-09: Refine what you have (platform-trap signs: 2 of 5), decided by “No rule fired”.
        Record: tests/fixtures/history/product-engineering/2026-11-09.yaml
      Changed from Platform team to Refine what you have, decided by “No rule fired”.

        Team size                                          66 engineers                -> 72 engineers                        +6 engineers
        Share of developer time on infrastructure          24%                         -> 14%                                 -10 percentage points
        Onboarding time until first production deploy      8 days                      -> 4 days                              -4 days
        Teams deploying independently                      9 teams                     -> 9 teams                             no change
        Platform pressure                                  46/100                      -> 33/100                              -13 points
        Business case: team priced                         3 (running)                 -> 2 (running)                         -1 person
        Business case: payback                             Ahead from the first month  -> Does not pay back within 36 months
        Business case: net over the horizon                +746,471 EUR over 36 months -> -168,387 EUR over 36 months         -914,858 EUR
        Business case: capacity won back at full adoption  4.7 engineers               -> 1.6 engineers                       -3.1 engineers

        Platform-trap signs: 2 of 5 (was 3), at or above the threshold of 2: “Fixture sign two.”; “Fixture sign three.”
        No longer seen: “Fixture sign one.”
        Platform team: 2 engineers (was 3 engineers).
        Commit to production: 18 minutes, not met (target ≤ 15 minutes); was 35 minutes, not met; -17 minutes.
        New service to first deploy: 82.5 minutes, not met (target ≤ 1 hour); was 3 hours, not met; -97.5 minutes.
        Developer satisfaction (NPS): 41, not met (target > 50); was 22, not met; +19 NPS points.
        Operational tax: 15.8 to 10.1 full-time engineers (-5.7); 2,376,000 EUR to 1,512,000 EUR a year (-864,000 EUR).
      "
    `);
    for (const id of IDS) expect(r.stdout, id).not.toContain(id);
  });

  it('says a record with no platform team and no trap signs in fewer words', async () => {
    const r = await assess('compare', `${DIR}/2025-05-12.yaml`, `${DIR}/2025-11-10.yaml`);
    expect(r.stdout).toMatchInlineSnapshot(`
      "2025-05-12: DevOps-first, decided by “Small engineering organisation”.
        Record: tests/fixtures/history/product-engineering/2025-05-12.yaml
      2025-11-10: Refine what you have, decided by “No rule fired”.
        Record: tests/fixtures/history/product-engineering/2025-11-10.yaml
      Changed from DevOps-first to Refine what you have, decided by “No rule fired”.

        Team size                                          18 engineers                        -> 34 engineers                          +16 engineers
        Share of developer time on infrastructure          22%                                 -> 16%                                   -6 percentage points
        Onboarding time until first production deploy      9 days                              -> 6 days                                -3 days
        Teams deploying independently                      3 teams                             -> 4 teams                               +1 team
        Platform pressure                                  28/100                              -> 23/100                                -5 points
        Business case: team priced                         1 (loses least)                     -> 1 (loses least)
        Business case: payback                             Does not pay back within 36 months  -> Does not pay back within 36 months
        Business case: net over the horizon                -8.8 engineer-months over 36 months -> -16.8 engineer-months over 36 months  -8 engineer-months
        Business case: capacity won back at full adoption  1.1 engineers                       -> 0.8 engineers                         -0.3 engineers

        Commit to production: 30 minutes, not met (target ≤ 15 minutes); was 45 minutes, not met; -15 minutes.
        New service to first deploy: 4 hours, not met (target ≤ 1 hour).
        Developer satisfaction (NPS): 38, not met (target > 50); was 35, not met; +3 NPS points.
        Operational tax: 4 to 5.4 full-time engineers (+1.4).
      "
    `);
  });

  it('tracks the same sentences between two consecutive records as the timeline does', () => {
    timeline.entries.slice(1).forEach((after, i) => {
      const before = timeline.entries[i]!;
      expect(describeComparison(before, after, compareResults(before, after), framework).tracking).toEqual(text.entries[i + 1]!.tracking);
    });
  });
});

describe('the page and the CLI say the same sentences', () => {
  const html = timelineHtml(text, (slug) => `/history/${timeline.slug}/${slug}/`).value;

  it.each(text.entries.map((e) => [e.date, e] as const))('%s', async (_, e) => {
    const cli = (await assess('history')).stdout;
    const entry = timeline.entries.find((x) => x.slug === e.slug)!;
    const previous = timeline.entries[timeline.entries.indexOf(entry) - 1] ?? null;
    const formation = platformTeamFormed(timeline.entries);
    const record = progressHtml(
      describeEntry(entry, previous, framework, formation),
      previous && { date: previous.slug, href: '/x/' },
    ).value;
    for (const s of sentences(e)) {
      expect(cli, s).toContain(s);
      expect(html, s).toContain(escapeHtml(s));
    }
    for (const s of [e.changed, e.since, e.formed, ...e.tracking]) if (s) expect(record, s).toContain(escapeHtml(s));
  });

  it('escapes record text in the timeline', () => {
    const evil = '"><script>alert(1)</script>';
    const [t] = buildTimelines(
      [
        {
          file: 'a.yaml',
          record: {
            schemaVersion: 2,
            organization: evil,
            unit: evil,
            assessedOn: '2026-01-05',
            assessedBy: evil,
            notes: evil,
            respondents: [
              { name: evil, answers: { teamSize: 40, infraTimeShare: 30, onboardingDays: 3 } },
              { name: `${evil}2`, answers: { teamSize: 40, infraTimeShare: 5, onboardingDays: 3 } },
            ],
          },
        },
      ],
      framework,
      TODAY,
    );
    const out = timelineHtml(describeTimeline(t!, framework), () => '/x/').value;
    expect(out).not.toContain('<script>');
    expect(out).toContain(escapeHtml(evil));
  });
});

describe('the trends', () => {
  it('name each chart, its unit and its threshold lines by rule title, and head the table of numbers', () => {
    const trends = describeTrends(timeline, framework);
    expect(trends.series.map((s) => [s.title, ...s.legend].join(' | '))).toMatchInlineSnapshot(`
      [
        "Operational tax (full-time engineers)",
        "Operational tax a year (EUR) | Only assessments that gave an engineer cost.",
        "Business case: payback month | Only assessments that gave an engineer cost; no point where the case does not pay back within its horizon.",
        "Business case: net over the horizon (EUR) | Capacity won back minus every cost, at the assumptions each assessment used.",
        "Team size (engineers) | Dashed line: “Small engineering organisation” at 20 engineers.",
        "Share of developer time on infrastructure (%) | Dashed line: “High operational tax” at 20%.",
        "Onboarding time until first production deploy (days) | Dashed line: “Slow onboarding” at 7 days.",
        "Teams deploying independently (teams) | Dashed line: “One team deploys” at 1 team.",
        "Platform pressure (0-100)",
        "Commit to production (minutes) | Dashed line: the target, ≤ 15 minutes.",
        "New service to first deploy (minutes) | Dashed line: the target, ≤ 1 hour.",
        "Developer satisfaction (NPS) | Dashed line: the target, > 50.",
      ]
    `);
    expect(trends.table.rows.at(-1)).toMatchInlineSnapshot(`
      [
        "2026-11-09",
        "10.1 (1,512,000 EUR a year)",
        "72 engineers",
        "14%",
        "4 days",
        "9 teams",
        "33",
        "18 minutes, not met",
        "82.5 minutes, not met",
        "41, not met",
        "Does not pay back within 36 months; net -168,387 EUR",
        "3: share of developer time on infrastructure 12% to 24%; onboarding time until first production deploy 3 days to 5 days",
      ]
    `);
  });
});

describe('what a timeline keeps of each record', () => {
  it('says every sentence and draws every trend the full results would', () => {
    // The portfolio fixture adds business cases with costs, overdue units and more records per unit.
    const all = [timeline, ...buildTimelines(loadRecords('tests/fixtures/portfolio', framework, TODAY).records, framework, TODAY)];
    for (const t of all) {
      const full = { ...t, entries: t.entries.map((e) => fullEntry(e, framework)) };
      expect(describeTimeline(t, framework)).toEqual(describeTimeline(full, framework));
      expect(describeTrends(t, framework)).toEqual(describeTrends(full, framework));
      expect(full.entries.map((e) => e.result.recommendation)).toEqual(t.entries.map((e) => e.result.recommendation));
    }
  });
});

describe('an entry made under another framework version', () => {
  it('says so in the words of the result card', () => {
    const record = { ...timeline.entries[0]!.record, frameworkVersion: '2025.01' };
    const [t] = buildTimelines([{ file: 'a.yaml', record }], framework, TODAY);
    expect(describeTimeline(t!, framework).entries[0]!.versionNote).toMatchInlineSnapshot(
      `"Made under framework 2025.01; evaluated with 2026.11, whose rules may differ."`,
    );
  });
});

describe('assess history and record text', () => {
  it('keeps a note of several lines indented under its entry', async () => {
    const dir = tempDir('pf-history-notes-');
    writeFileSync(
      join(dir, '2026-01-05.yaml'),
      'schemaVersion: 1\norganization: Acme\nassessedOn: 2026-01-05\nnotes: "line one\\nline two"\nanswers:\n  teamSize: 40\n  infraTimeShare: 10\n  onboardingDays: 3\n',
    );
    const out = (await assess('history', dir)).stdout;
    expect(out).toContain('    line one\n    line two\n    Record: ');
  });
});
