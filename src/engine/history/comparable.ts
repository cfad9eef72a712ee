/**
 * Which two records a comparison may put side by side: the same organisation and unit, the earlier
 * first. The page's "Compare with a previous assessment" and `assess compare` both ask this, so
 * neither compares another unit or runs time backwards.
 */
import type { AssessmentRecord } from '../records/record.ts';
import { nameKey } from '../records/slug.ts';

type Named = Pick<AssessmentRecord, 'organization' | 'unit' | 'assessedOn'>;

const nameOf = (r: Pick<Named, 'organization' | 'unit'>) => `${r.organization}${r.unit ? ` / ${r.unit}` : ''}`;

/** Why `before` and `after` cannot be compared, or null. An organisation or unit left blank matches any. */
export function comparisonProblem(before: Named, after: Partial<Named>): { kind: 'other-unit' | 'order'; message: string } | null {
  const same = (a: string | undefined, b: string | undefined) => !a?.trim() || !b?.trim() || nameKey(a) === nameKey(b);
  if (!same(before.organization, after.organization) || !same(before.unit, after.unit))
    return {
      kind: 'other-unit',
      message: `${nameOf(before)} and ${nameOf({ organization: after.organization ?? before.organization, unit: after.unit })} are different units: compare a unit with its own history`,
    };
  if (after.assessedOn !== undefined && before.assessedOn >= after.assessedOn)
    return {
      kind: 'order',
      message: `${before.assessedOn} is not before ${after.assessedOn}: a comparison runs from the earlier record to the later`,
    };
  return null;
}
