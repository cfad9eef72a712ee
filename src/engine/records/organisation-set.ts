/**
 * An organisation's file against the records (check and the build both call this): one file per
 * organisation, an organisation that has records, and every unit a platform team serves named as
 * a unit of that organisation is (case and punctuation aside), served by one shared team at most.
 */
import type { Problem } from '../validation/problems.ts';
import type { FiledRecord } from './record-set.ts';
import type { OrganisationFile } from './organisation-schema.ts';
import { nameKey, unitKey } from './slug.ts';

export interface FiledOrganisation {
  file: string;
  organisation: OrganisationFile;
  /** The line of a dotted path in the file, for messages. */
  lineOf: (path: string) => number | undefined;
}

export function organisationSetProblems(organisations: readonly FiledOrganisation[], records: readonly FiledRecord[]): Problem[] {
  const problems: Problem[] = [];
  const units = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (const { record } of records) {
    const org = nameKey(record.organization);
    names.set(org, record.organization);
    const set = units.get(org) ?? new Set<string>();
    set.add(unitKey(record.organization, record.unit));
    units.set(org, set);
  }
  const seen = new Map<string, string>();
  for (const { file, organisation, lineOf } of organisations) {
    const org = nameKey(organisation.organization);
    const at = (path: string, message: string) => problems.push({ file, line: lineOf(path), path, message });
    const first = seen.get(org);
    if (first) at('organization', `${organisation.organization} already has an organisation file, ${first}; keep one per organisation`);
    else seen.set(org, file);
    const known = units.get(org);
    if (!known) {
      at(
        'organization',
        `no record names the organisation ${JSON.stringify(organisation.organization)}; use its name as the records spell it (${few([...new Set(names.values())])})`,
      );
      continue;
    }
    const servedBy = new Map<string, string>();
    (organisation.platformTeams ?? []).forEach((team, t) => {
      team.serves.forEach((unit, u) => {
        const path = `platformTeams.${t}.serves.${u}`;
        const key = unitKey(organisation.organization, unit);
        if (!known.has(key)) {
          at(
            path,
            `no unit ${JSON.stringify(unit)} in ${names.get(org)}'s records; name a unit that has records (${listUnits(records, org)})`,
          );
          return;
        }
        const other = servedBy.get(key);
        if (other === team.name) at(path, `names ${JSON.stringify(unit)} twice in this team`);
        else if (other !== undefined)
          at(
            path,
            `${JSON.stringify(unit)} is already served by ${JSON.stringify(other)}; a unit's share of one shared team is priced, not two`,
          );
        else servedBy.set(key, team.name);
      });
    });
  }
  return problems;
}

/** The organisation's units as the records name them, a few at most. */
function listUnits(records: readonly FiledRecord[], org: string): string {
  return few([...new Set(records.filter((r) => nameKey(r.record.organization) === org).map((r) => r.record.unit ?? '(no unit)'))]);
}

/** Names in order, five at most and how many more. */
function few(names: readonly string[]): string {
  const sorted = [...names].sort();
  return sorted.length > 5 ? `${sorted.slice(0, 5).join(', ')} and ${sorted.length - 5} more` : sorted.join(', ');
}
