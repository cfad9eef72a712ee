/**
 * A synthetic portfolio for the bench: `units` units over 25 organisations, `perUnit` assessments
 * each, six months apart, with start dates spread so that some units are overdue and some are not.
 * Every fifth unit forms a platform team halfway (so its forecast is checked), and each
 * organisation's file names a team its first three units share.
 * Deterministic (a fixed seed), written as the CLI writes records, outside the repository's records.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths } from '#src/engine/calendar/dates.ts';
import { SCHEMA_VERSION } from '#src/engine/records/record.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';

export interface Portfolio {
  dir: string;
  units: number;
  records: number;
  /** The slug of the first unit's page, for page weights. */
  firstUnitSlug: string;
  firstOrgSlug: string;
  firstRecordDate: string;
}

export function writePortfolio(dir: string, units: number, perUnit: number, frameworkVersion: string): Portfolio {
  rmSync(dir, { recursive: true, force: true });
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const ORGS = 25;
  let firstRecordDate = '';
  for (let u = 0; u < units; u++) {
    const org = `Org ${String((u % ORGS) + 1).padStart(2, '0')}`;
    const unit = `unit-${String(u + 1).padStart(3, '0')}`;
    const folder = join(dir, `org-${String((u % ORGS) + 1).padStart(2, '0')}`, unit);
    mkdirSync(folder, { recursive: true });
    // Ten years of six-monthly reviews ending between mid-2025 and early 2027.
    let date = addMonths('2016-01-15', Math.floor(random() * 18));
    if (u === 0) firstRecordDate = date;
    let teamSize = 10 + Math.floor(random() * 40);
    const currency = u % 3 === 0 ? undefined : u % 3 === 1 ? 'EUR' : 'USD';
    const forms = u % 5 === 0;
    for (let r = 0; r < perUnit; r++) {
      teamSize = Math.max(5, teamSize + Math.floor(random() * 20) - 5);
      const team = forms ? (r >= perUnit / 2 ? { hasPlatformTeam: true, platformTeamSize: 2 } : { hasPlatformTeam: false }) : {};
      const text = recordToYaml({
        schemaVersion: SCHEMA_VERSION,
        organization: org,
        unit,
        assessedOn: date,
        frameworkVersion,
        answers: {
          teamSize,
          infraTimeShare: Math.round(random() * 45),
          onboardingDays: Math.round(random() * 25),
          teamsDeployingIndependently: 1 + Math.floor(random() * 10),
          ...team,
          ...(currency ? { engineerCost: 90_000 + Math.round(random() * 10) * 10_000, currency } : {}),
          metrics: { commitToProductionMinutes: Math.round(5 + random() * 60), developerNps: Math.round(random() * 100 - 20) },
        },
      });
      writeFileSync(join(folder, `${date}.yaml`), text);
      date = addMonths(date, 6);
    }
  }
  for (let o = 1; o <= Math.min(ORGS, units); o++) {
    const serves = [o, o + ORGS, o + 2 * ORGS].filter((n) => n <= units).map((n) => `      - "unit-${String(n).padStart(3, '0')}"`);
    const file = [
      'schemaVersion: 1',
      `organization: "Org ${String(o).padStart(2, '0')}"`,
      'platformTeams:',
      '  - name: "Shared platform"',
      '    size: 3',
      '    serves:',
      ...serves,
      '',
    ];
    writeFileSync(join(dir, `org-${String(o).padStart(2, '0')}`, 'organisation.yaml'), file.join('\n'));
  }
  return {
    dir,
    units,
    records: units * perUnit,
    firstUnitSlug: 'org-01--unit-001',
    firstOrgSlug: 'org-01',
    firstRecordDate,
  };
}
