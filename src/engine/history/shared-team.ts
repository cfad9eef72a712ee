/**
 * A platform team that serves several units (an organisation's file says which) is priced once:
 * its cost is split across the units it serves by the engineers each has at the review (each
 * unit's latest record on or before that day), and each unit's business case carries its share.
 * A record of a served unit that says it has a platform team is evaluated with that share as its
 * team; one that says it has none is left as it is.
 */
import { hasPlatformTeam } from '../business/business-case.ts';
import type { Answers } from '../inputs/fields.ts';
import type { OrganisationFile } from '../records/organisation-schema.ts';
import { respondentsOf, type AssessmentRecord } from '../records/record.ts';
import { nameKey, unitKey } from '../records/slug.ts';
import { combineAnswers } from '../respondents/combine.ts';

export interface TeamShare {
  team: string;
  /** The whole team, people. */
  size: number;
  /** Each unit the team serves that had a record by then, with its engineers; this unit first. */
  split: { unit: string; engineers: number }[];
  /** Units the team serves that had no record by then, so no share. */
  unrecorded: string[];
  engineers: number;
  totalEngineers: number;
  /** The people charged to this unit: size x engineers / totalEngineers. */
  share: number;
}

/** A unit's records in date order (history.ts's UnitRecords, as far as this needs). */
interface UnitItems<I extends { record: AssessmentRecord }> {
  organization: string;
  unit: string | null;
  items: I[];
}

const hundredth = (n: number) => Math.round(n * 100) / 100;

/** The answers that decide a record: its own, or its respondents' combined (the one combining function). */
function decidingAnswers(record: AssessmentRecord): Answers {
  return record.schemaVersion === 1 ? record.answers : combineAnswers(respondentsOf(record).map((r) => r.answers)).answers;
}

/** Each record of a unit a shared team serves, when it has a team, with the unit's share of it. */
export function teamShares<I extends { record: AssessmentRecord }>(
  units: readonly UnitItems<I>[],
  organisations: readonly OrganisationFile[],
): Map<I, TeamShare> {
  const shares = new Map<I, TeamShare>();
  const byKey = new Map(units.map((u) => [unitKey(u.organization, u.unit), u]));
  for (const org of organisations) {
    for (const team of org.platformTeams ?? []) {
      const served = team.serves.flatMap((name) => {
        const u = byKey.get(unitKey(org.organization, name));
        return u ? [{ unit: u, answers: u.items.map((i) => decidingAnswers(i.record)) }] : [];
      });
      for (const { unit, answers } of served) {
        unit.items.forEach((item, i) => {
          if (!hasPlatformTeam(answers[i]!)) return;
          const on = item.record.assessedOn;
          const split: TeamShare['split'] = [];
          const unrecorded: string[] = [];
          for (const other of served) {
            // The other unit's latest record on or before this review.
            let j = other.unit.items.length - 1;
            while (j >= 0 && other.unit.items[j]!.record.assessedOn > on) j--;
            const name = other.unit.unit ?? other.unit.organization;
            if (j < 0) unrecorded.push(name);
            else split.push({ unit: name, engineers: other.answers[j]!.teamSize });
          }
          const engineers = answers[i]!.teamSize;
          const own = split.findIndex((s) => nameKey(s.unit) === nameKey(unit.unit ?? unit.organization));
          if (own > 0) split.unshift(...split.splice(own, 1));
          const totalEngineers = split.reduce((n, s) => n + s.engineers, 0);
          shares.set(item, {
            team: team.name,
            size: team.size,
            split,
            unrecorded,
            engineers,
            totalEngineers,
            share: hundredth((team.size * engineers) / totalEngineers),
          });
        });
      }
    }
  }
  return shares;
}

/** The answers as the unit's business case prices them: the unit's share of the shared team as its team. */
export function pricedAnswers(answers: Answers, share: TeamShare | null): Answers {
  return share && hasPlatformTeam(answers) ? { ...answers, platformTeamSize: share.share } : answers;
}
