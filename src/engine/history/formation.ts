/**
 * When a unit's platform team formed, as far as its records tell. A record says whether a team
 * exists at its review, never the day it started; so the formation falls between the latest record
 * that said there was none and the first that has one, or, when no earlier record said either way,
 * it happened by the first that has one. A team already recorded before a record that left the
 * question out did not form again.
 */
import { hasPlatformTeam } from '../business/business-case.ts';
import type { Entry } from './history.ts';

export interface Formation {
  /** The latest earlier assessment that said there was no platform team; null when none said. */
  without: Entry | null;
  /** The first assessment with the team after one without. */
  with: Entry;
  /** How many assessments between the two left the question out. */
  unsaid: number;
}

/** Neither a team nor a "no": the record (or its respondents, tied) left the question out. */
const unsaid = (e: Entry) => e.answers.hasPlatformTeam === undefined && !hasPlatformTeam(e.answers);

/** The first formation in `entries` (oldest first), or null when the records show none. */
export function platformTeamFormed(entries: readonly Entry[]): Formation | null {
  for (let i = 1; i < entries.length; i++) {
    if (!hasPlatformTeam(entries[i]!.answers) || hasPlatformTeam(entries[i - 1]!.answers)) continue;
    let j = i - 1;
    while (j >= 0 && unsaid(entries[j]!)) j--;
    if (j >= 0 && hasPlatformTeam(entries[j]!.answers)) continue;
    return { without: j >= 0 ? entries[j]! : null, with: entries[i]!, unsaid: i - 1 - j };
  }
  return null;
}
