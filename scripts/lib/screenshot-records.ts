/**
 * Records for the screenshots (scripts/screenshots.ts), written outside the repository's records:
 * the repository's own, 30 units over five organisations with the long names people give units,
 * one unit whose business case is below zero at every review and one whose case crosses zero.
 * Deterministic, written as the CLI writes records; never committed.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths } from '#src/engine/calendar/dates.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { SCHEMA_VERSION } from '#src/engine/records/record.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';

const ORGS = ['Northwind Logistics', 'Acme', 'Beta Bank', 'Cobalt Insurance Group', 'Delta Retail'];
const UNITS = ['product-engineering', 'payments', 'data-platform', 'mobile-apps', 'customer-experience', 'identity-and-access'];

/** The slugs of the two business-case units' pages. */
export const NEGATIVE_UNIT = 'acme--never-pays-back';
export const MIXED_UNIT = 'acme--crosses-zero';

export function writeScreenshotRecords(dir: string, frameworkVersion: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync('assessments', join(dir, 'repository'), { recursive: true });
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const write = (organization: string, unit: string, assessedOn: string, answers: Answers) => {
    const folder = join(dir, organization.toLowerCase().replace(/\W+/g, '-'), unit);
    mkdirSync(folder, { recursive: true });
    const text = recordToYaml({ schemaVersion: SCHEMA_VERSION, organization, unit, assessedOn, frameworkVersion, answers });
    writeFileSync(join(folder, `${assessedOn}.yaml`), text);
  };
  for (let u = 0; u < 30; u++) {
    const organization = ORGS[u % ORGS.length]!;
    // Northwind's product-engineering is the repository's own: its generated namesake is a twin unit.
    const unit = `${UNITS[Math.floor(u / ORGS.length)]!}${u === 0 ? '-emea' : ''}`;
    let date = addMonths('2024-01-15', Math.floor(random() * 14));
    const currency = u % 4 === 0 ? undefined : u % 4 === 3 ? 'USD' : 'EUR';
    for (let r = 0; r < 2 + (u % 4); r++) {
      write(organization, unit, date, {
        teamSize: 15 + Math.floor(random() * 300),
        infraTimeShare: Math.round(random() * 45),
        onboardingDays: Math.round(random() * 25),
        teamsDeployingIndependently: 1 + Math.floor(random() * 20),
        ...(currency ? { engineerCost: 90_000 + Math.round(random() * 10) * 10_000, currency } : {}),
        metrics: { commitToProductionMinutes: Math.round(5 + random() * 3000), developerNps: Math.round(random() * 100 - 20) },
      });
      date = addMonths(date, 6);
    }
  }
  // Little tax, a large team: below zero at every review, and never a payback month.
  const losing = { teamSize: 40, onboardingDays: 3, engineerCost: 100_000, currency: 'EUR', hasPlatformTeam: true, platformTeamSize: 6 };
  for (const [on, share] of [
    ['2025-05-05', 4],
    ['2025-11-03', 5],
    ['2026-05-04', 3],
  ] as const)
    write('Acme', 'never-pays-back', on, { ...losing, infraTimeShare: share });
  // The same unit's tax grows: the case starts below zero and ends well above it.
  const mixed = { teamSize: 120, onboardingDays: 9, engineerCost: 150_000, currency: 'EUR', hasPlatformTeam: true, platformTeamSize: 4 };
  for (const [on, share] of [
    ['2025-05-05', 3],
    ['2025-11-03', 12],
    ['2026-05-04', 30],
  ] as const)
    write('Acme', 'crosses-zero', on, { ...mixed, infraTimeShare: share });
}
