import { describe, expect, it } from 'vitest';
import { buildTimelines, unitRecords } from '#src/engine/history/history.ts';
import { slugify } from '#src/engine/records/slug.ts';
import type { SingleRecord } from '#src/engine/records/record.ts';
import { recordSetProblems } from '#src/engine/records/record-set.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const rec = (
  assessedOn: string,
  teamSize: number,
  infraTimeShare: number,
  extra: Partial<SingleRecord> = {},
): { file: string; record: SingleRecord } => ({
  file: `records/${assessedOn}.yaml`,
  record: {
    schemaVersion: 1 as const,
    organization: 'Acme',
    assessedOn,
    answers: { teamSize, infraTimeShare, onboardingDays: 3 },
    ...extra,
  },
});

describe('timelines', () => {
  it('orders records by date and reports what changed, with the rule behind a changed recommendation', () => {
    const [t] = buildTimelines([rec('2026-06-01', 40, 30), rec('2025-12-01', 40, 10)], framework, '2026-07-01');
    expect(t!.entries.map((e) => e.record.assessedOn)).toEqual(['2025-12-01', '2026-06-01']);
    expect(t!.entries[0]!.deltas).toEqual([]);
    expect(t!.entries[1]!.changed).toEqual({
      from: 'refine',
      to: 'platform-team',
      ruleId: 'operational-tax',
      ruleTitle: 'High operational tax',
    });
    expect(t!.entries[1]!.deltas.find((d) => d.key === 'infraTimeShare')).toMatchObject({ from: 10, to: 30, change: 20 });
    expect(t!.entries[1]!.deltas.find((d) => d.key === 'teamsDeployingIndependently')).toMatchObject({
      from: null,
      to: null,
      change: null,
    });
  });

  it('keeps units and organisations apart', () => {
    const timelines = buildTimelines(
      [
        rec('2026-01-01', 40, 10, { unit: 'payments' }),
        rec('2026-01-01', 40, 10, { unit: 'search' }),
        rec('2026-01-01', 40, 10, { organization: 'Beta' }),
      ],
      framework,
      '2026-02-01',
    );
    expect(timelines.map((t) => t.slug)).toEqual(['acme--payments', 'acme--search', 'beta']);
  });

  it('gives names in other scripts addresses of their own (tests/slugs.test.ts has the rest)', () => {
    const timelines = buildTimelines(
      [rec('2026-01-01', 40, 10, { unit: '決済' }), rec('2026-01-01', 40, 10, { unit: '検索' })],
      framework,
      '2026-02-01',
    );
    expect(new Set(timelines.map((t) => t.slug)).size).toBe(2);
    expect(slugify('Équipe Données')).toBe('equipe-donnees');
    expect(slugify('!!!')).toBe('unnamed');
  });
});

describe('units compare by slug', () => {
  it('makes "Payments", "payments" and "R&D"/"R-D" one unit each, not two', () => {
    const timelines = buildTimelines(
      [
        rec('2026-01-01', 40, 10, { unit: 'Payments' }),
        rec('2026-03-01', 40, 10, { unit: 'payments ' }),
        rec('2026-01-01', 40, 10, { unit: 'R&D' }),
        rec('2026-02-01', 40, 10, { unit: 'R-D' }),
      ],
      framework,
      '2026-04-01',
    );
    expect(timelines.map((t) => [t.slug, t.entries.length])).toEqual([
      ['acme--payments', 2],
      ['acme--r-d', 2],
    ]);
  });

  it('refuses two records of one unit on one day whatever the capitals (check and the build)', () => {
    const problems = recordSetProblems([
      { file: 'a/2026-01-01.yaml', record: rec('2026-01-01', 40, 10, { unit: 'Payments' }).record },
      { file: 'b/2026-01-01.yaml', record: rec('2026-01-01', 40, 10, { unit: 'payments' }).record },
    ]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "b/2026-01-01.yaml:1: assessedOn: same organisation, unit and date as a/2026-01-01.yaml; keep one record per unit and day",
      ]
    `);
  });

  it('groups and orders units as the timelines do, without evaluating a record (what `assess due` reads)', () => {
    const records = [
      rec('2026-03-01', 40, 10, { unit: 'search' }),
      rec('2026-01-01', 40, 10, { unit: 'Payments' }),
      rec('2026-05-01', 40, 10, { unit: 'payments' }),
      rec('2026-02-01', 40, 10, { organization: 'Beta' }),
    ];
    const units = unitRecords(records, framework, '2026-08-01');
    const timelines = buildTimelines(records, framework, '2026-08-01');
    expect(units.map((u) => [u.organization, u.unit, u.items.map((i) => i.record.assessedOn), u.nextReviewOn, u.daysOverdue])).toEqual(
      timelines.map((t) => [t.organization, t.unit, t.entries.map((e) => e.record.assessedOn), t.nextReviewOn, t.daysOverdue]),
    );
  });
});

describe('next review and overdue', () => {
  it.each([
    // last assessment, build date, next review, days overdue
    ['2026-08-31', '2027-02-27', '2027-02-28', -1],
    ['2026-08-31', '2027-02-28', '2027-02-28', 0],
    ['2026-08-31', '2027-03-01', '2027-02-28', 1],
    ['2027-08-31', '2028-03-01', '2028-02-29', 1],
    ['2025-11-30', '2026-06-01', '2026-05-30', 2],
    ['2026-02-28', '2026-08-28', '2026-08-28', 0],
  ])('assessed %s, built %s: due %s, %i days overdue', (assessedOn, today, due, overdue) => {
    const [t] = buildTimelines([rec(assessedOn, 40, 10)], framework, today);
    expect(t!.nextReviewOn).toBe(due);
    expect(t!.daysOverdue).toBe(overdue);
  });

  it('numbers two records on the same day apart', () => {
    const [t] = buildTimelines([rec('2026-01-01', 40, 10), { ...rec('2026-01-01', 41, 10), file: 'b.yaml' }], framework, '2026-02-01');
    expect(t!.entries.map((e) => e.slug)).toEqual(['2026-01-01', '2026-01-01-2']);
  });
});
