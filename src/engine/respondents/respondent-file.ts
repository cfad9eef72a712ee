/**
 * Is a record one respondent of this review? Only one person's answers for this organisation and
 * unit, dated within a month of the review, are. Anything else (a combined record, another unit's
 * record, last review's record of this unit) is said for what it is; each face (the page's import,
 * `assess merge`) adds what to do with it in its own terms. Pure: the record is already read.
 */
import { addMonths } from '../calendar/dates.ts';
import { countText } from '../words.ts';
import { MULTI_SCHEMA_VERSION, type AssessmentRecord } from '../records/record.ts';
import { nameKey } from '../records/slug.ts';

/** One review's answers are gathered within this many calendar months of its date. */
const REVIEW_WINDOW_MONTHS: number = 1;

/** The review the respondents answer: what it names (an organisation or unit not given matches any). */
export interface ThisReview {
  organization?: string | undefined;
  unit?: string | undefined;
  /** The review's date: a respondent's file within REVIEW_WINDOW_MONTHS of it belongs to it. */
  date: string;
}

export type NotOnePerson = { kind: 'combined' | 'other-unit' | 'other-review'; what: string };

/** Two dates belong to one review when they are at most REVIEW_WINDOW_MONTHS apart. */
function sameReview(a: string, b: string): boolean {
  const [early, late] = a <= b ? [a, b] : [b, a];
  return addMonths(early, REVIEW_WINDOW_MONTHS) >= late;
}

const nameOf = (organization: string | undefined, unit: string | undefined) =>
  `${organization ?? 'this organisation'}${unit ? ` / ${unit}` : ''}`;

/** Why `record` is not one respondent of `review`, or null when it is. */
export function notOnePerson(record: AssessmentRecord, review: ThisReview): NotOnePerson | null {
  const differs = (a: string | undefined, b: string | undefined) => Boolean(a?.trim() && b?.trim() && nameKey(a) !== nameKey(b));
  if (differs(review.organization, record.organization) || differs(review.unit, record.unit))
    return {
      kind: 'other-unit',
      what: `is the record of ${nameOf(record.organization, record.unit)}, not of ${nameOf(review.organization ?? record.organization, review.unit)}`,
    };
  if (record.schemaVersion === MULTI_SCHEMA_VERSION) {
    const names = record.respondents.map((r) => r.name);
    const shown = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
    return {
      kind: 'combined',
      what: `is a combined record of ${record.respondents.length} respondents (${shown}) dated ${record.assessedOn}, not one person's answers`,
    };
  }
  if (!sameReview(record.assessedOn, review.date))
    return {
      kind: 'other-review',
      what: `is dated ${record.assessedOn}, more than ${REVIEW_WINDOW_MONTHS === 1 ? 'a month' : countText(REVIEW_WINDOW_MONTHS, 'month')} from this review's ${review.date}: it is another review of ${nameOf(record.organization, record.unit)}, not a respondent of this one`,
    };
  return null;
}
