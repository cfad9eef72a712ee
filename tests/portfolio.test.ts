/**
 * The portfolio on /history/ and the bounded unit pages, on a fixture tree of their own
 * (tests/fixtures/portfolio: five units, twenty records, three overdue on the pinned day).
 */
import { describe, expect, it } from 'vitest';
import type { Recommendation } from '#src/engine/framework/schema.ts';
import { buildTimelines } from '#src/engine/history/history.ts';
import { pageUrl, recordUrl, unitPages } from '#src/engine/history/paging.ts';
import { portfolioRows, portfolioSummary } from '#src/engine/history/portfolio.ts';
import { loadRecords } from '#src/node/records.ts';
import { assess, TODAY } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const DIR = 'tests/fixtures/portfolio';
const { records, problems } = loadRecords(DIR, framework, TODAY);
const timelines = buildTimelines(records, framework, TODAY);
const rows = portfolioRows(timelines);
const recommendations = Object.keys(framework.recommendations) as Recommendation[];

describe('the portfolio', () => {
  it('has one row per unit, overdue first, then by next review', () => {
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.organization, r.unit, r.nextReviewOn, r.daysOverdue > 0])).toEqual([
      ['Acme', 'search', '2026-06-02', true],
      ['Beta Bank', 'lending', '2026-09-03', true],
      ['Cobalt', 'platform', '2026-10-06', true],
      ['Acme', 'payments', '2027-01-11', false],
      ['Beta Bank', null, '2027-03-14', false],
    ]);
  });

  it('says since when the latest recommendation holds, and how the tax moved since the previous review', () => {
    const cobalt = rows.find((r) => r.organization === 'Cobalt')!;
    expect(cobalt).toMatchObject({ since: '2026-04-06', taxFte: 10.8, taxChange: 2.7, taxMoney: 1_944_000, currency: 'USD' });
    expect(rows.find((r) => r.unit === null)).toMatchObject({ taxChange: null, changedFrom: null, assessments: 1 });
  });

  it('counts every record and unit that `assess check` counts', async () => {
    const summary = portfolioSummary(rows, recommendations);
    const check = await assess('check', DIR);
    expect(check.stdout).toMatch(/20 records/);
    expect(summary).toMatchObject({ units: 5, assessments: 20, overdue: 3 });
    expect(summary.byRecommendation.reduce((n, r) => n + r.units, 0)).toBe(5);
    expect(summary.taxMoney.map((m) => m.currency)).toEqual(['EUR', 'USD']);
  });
});

describe('the organisation filter (issue 32, item 5)', () => {
  const record = (organization: string, unit: string) => ({
    file: `${unit}.yaml`,
    record: {
      schemaVersion: 1 as const,
      organization,
      unit,
      assessedOn: '2026-01-01',
      answers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 },
    },
  });
  const odd = portfolioRows(
    buildTimelines(
      [record('Acme  Corp', 'a'), record('ACME corp', 'b'), record('Acme Corp', 'c'), record('Beta\nCorp', 'd'), record('Beta Corp', 'e')],
      framework,
      TODAY,
    ),
  );

  it('offers one option per organisation as check compares names, each matching every row of it', () => {
    const { organizations } = portfolioSummary(odd, recommendations);
    expect(organizations).toEqual([
      { key: 'acme-corp', name: 'Acme Corp' },
      { key: 'beta-corp', name: 'Beta Corp' },
    ]);
    for (const o of organizations) expect(odd.filter((r) => r.organizationKey === o.key)).not.toHaveLength(0);
    expect(odd.filter((r) => r.organizationKey === 'acme-corp')).toHaveLength(3);
  });
});

describe('bounded unit pages', () => {
  const payments = timelines.find((t) => t.unit === 'payments')!;

  it('shows the latest ten on the unit page and the older ones on page 2', () => {
    const pages = unitPages(payments);
    expect(pages.map((p) => [p.number, p.of, p.entries[0]!.slug, p.entries.at(-1)!.slug])).toEqual([
      [1, 2, '2022-01-11', '2026-07-11'],
      [2, 2, '2021-01-11', '2021-07-11'],
    ]);
    expect(pages.flatMap((p) => p.entries).length).toBe(payments.entries.length);
  });

  it("sends a record's old address to its section on the page that holds it", () => {
    expect(recordUrl(payments, payments.entries[0]!)).toBe('/history/acme--payments/page/2/#2021-01-11');
    expect(recordUrl(payments, payments.entries.at(-1)!)).toBe('/history/acme--payments/#2026-07-11');
    expect(pageUrl(payments, 1)).toBe('/history/acme--payments/');
  });

  it('keeps every page within its size, however many records a unit has', () => {
    const many = { ...payments, entries: Array.from({ length: 95 }, () => payments.entries[0]!) };
    const pages = unitPages(many);
    expect(pages.length).toBe(10);
    expect(Math.max(...pages.map((p) => p.entries.length))).toBe(10);
    expect(pages.reduce((n, p) => n + p.entries.length, 0)).toBe(95);
  });
});
