/**
 * Last year's record is a comparison, never a respondent: the page's import refuses a record of
 * another organisation, unit or date with a message that points to "Compare with a previous
 * assessment" (issue 22), and takes one of this assessment.
 */
import { describe, expect, it } from 'vitest';
import { importRecords } from '#src/components/assessment/import-records.ts';
import { TODAY } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const record = (org: string, unit: string, date: string, by = 'VP') =>
  new File(
    [
      `schemaVersion: 1\norganization: ${org}\nunit: ${unit}\nassessedOn: "${date}"\nassessedBy: ${by}\nanswers:\n  teamSize: 50\n  infraTimeShare: 10\n  onboardingDays: 3\n`,
    ],
    `${org}-${date}.yaml`,
  );
const now = { organization: 'Acme', unit: 'payments', date: '2026-11-02' };

describe('importing a record as a respondent', () => {
  it('refuses last time, another unit and another organisation, offering the comparison', async () => {
    const r = await importRecords(
      [record('Acme', 'payments', '2026-05-01'), record('Acme', 'search', '2026-11-02'), record('Globex', 'payments', '2026-11-02')],
      framework,
      [],
      TODAY,
      now,
    );
    expect(r.respondents).toEqual([]);
    expect(r.errors).toMatchInlineSnapshot(`
      [
        "Acme-2026-05-01.yaml: is dated 2026-05-01, more than a month from this review's 2026-11-02: it is another review of Acme / payments, not a respondent of this one. To see what changed since it, choose it under "Compare with a previous assessment"; to begin this review from it, choose it under "Start from the last record".",
        "Acme-2026-11-02.yaml: is the record of Acme / search, not of Acme / payments. Import only this unit's respondents, or change the organisation and unit under "For the record".",
        "Globex-2026-11-02.yaml: is the record of Globex / payments, not of Acme / payments. Import only this unit's respondents, or change the organisation and unit under "For the record".",
      ]
    `);
  });

  it('takes a respondent of this assessment, whatever the case of its names', async () => {
    const r = await importRecords([record('ACME', 'Payments', '2026-11-02')], framework, [], TODAY, now);
    expect(r.errors).toEqual([]);
    expect(r.respondents.map((p) => p.name)).toEqual(['VP']);
  });
});
