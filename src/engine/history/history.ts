/**
 * Re-assessments over time: group records into timelines per organisation and unit, say what
 * changed between consecutive assessments, and when the next review is due.
 */
import { addMonths, daysBetween } from '../calendar/dates.ts';
import { countText } from '../words.ts';
import { evaluateAssessment, type AssessmentResult } from '../respondents/assessment.ts';
import type { Result } from '../decision/evaluate.ts';
import { entryAssessment, entryResult, type EntryAssessment, type EntryResult } from './entry-result.ts';
import type { Framework, Recommendation } from '../framework/schema.ts';
import { respondentsOf, type AssessmentRecord } from '../records/record.ts';
import { nameKey, timelineSlug, unitKey } from '../records/slug.ts';
import type { OrganisationFile } from '../records/organisation-schema.ts';
import { pricedAnswers, teamShares, type TeamShare } from './shared-team.ts';
import { evaluate } from '../decision/evaluate.ts';
import type { Answers } from '../inputs/fields.ts';
import { compareResults, type Delta } from './deltas.ts';

export interface Entry {
  /** URL segment: the assessment date, suffixed when a unit has two records on one day. */
  slug: string;
  file: string;
  record: AssessmentRecord;
  /** The answers that decided: the record's own, or the respondents' combined. */
  answers: Answers;
  /** What the history prints of the result (entry-result.ts); fullEntry() has the whole of it. */
  result: EntryResult;
  /** Respondents, their spread and where they split (one respondent for a version 1 record). */
  assessment: EntryAssessment;
  /** Changes since the previous entry; empty for the first. */
  deltas: Delta[];
  /** Set when the recommendation differs from the previous entry's. */
  changed: { from: Recommendation; to: Recommendation; ruleId: string; ruleTitle: string } | null;
  /** The unit's share of a platform team it shares with other units (its business case prices the share). */
  sharedTeam: TeamShare | null;
}

/** An entry with its record's full result and respondents, as `assess history --json` prints it. */
export interface FullEntry extends Omit<Entry, 'result' | 'assessment'> {
  result: Result;
  assessment: AssessmentResult;
}

/** One unit's assessments over time (`buildTimelines`); the business case's month-by-month model is `Timeline` in business/. */
export interface UnitHistory<E extends Entry | FullEntry = Entry> {
  /** URL-safe and unique: organisation and unit slugs. */
  slug: string;
  organization: string;
  unit: string | null;
  entries: E[];
  nextReviewOn: string;
  /** Days past the review date at `today`; 0 or less means not overdue. */
  daysOverdue: number;
  /** The shipped example (its organisation's file says so): kept out of a user's totals and reviews due. */
  example: boolean;
}

export { compareResults, type Delta, type DoraDeltaKey, type Evaluated } from './deltas.ts';

/**
 * A record evaluated: its respondents combined, and the result. With a shared team, the result's
 * business case prices the unit's share of it (the answers still say the whole team).
 */
export function evaluateRecord(record: AssessmentRecord, framework: Framework, share: TeamShare | null = null): AssessmentResult {
  const options = { assessedOn: record.assessedOn, recordFrameworkVersion: record.frameworkVersion };
  const assessment = evaluateAssessment(respondentsOf(record), framework, options);
  const priced = pricedAnswers(assessment.answers, share);
  return priced === assessment.answers ? assessment : { ...assessment, result: evaluate(priced, framework, options) };
}

export interface RecordFile {
  file: string;
  record: AssessmentRecord;
}

/** One unit's records in date order, and its next review: a timeline before any record is evaluated. */
export interface UnitRecords {
  organization: string;
  unit: string | null;
  items: RecordFile[];
  nextReviewOn: string;
  daysOverdue: number;
}

/**
 * The records grouped per unit, each group in date order and the units by name. Dates and names
 * only, nothing evaluated: enough for the reviews due, and what buildTimelines() evaluates.
 */
export function unitRecords(records: readonly RecordFile[], framework: Framework, today: string): UnitRecords[] {
  const groups = new Map<string, RecordFile[]>();
  for (const item of records) {
    // One unit however its name is capitalised or spaced: "Payments" and "payments" share a timeline.
    const key = unitKey(item.record.organization, item.record.unit);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const units = [...groups.values()].map((items): UnitRecords => {
    const sorted = [...items].sort((x, y) => x.record.assessedOn.localeCompare(y.record.assessedOn) || x.file.localeCompare(y.file));
    const first = sorted[0]!.record;
    const nextReviewOn = addMonths(sorted.at(-1)!.record.assessedOn, framework.reviewIntervalMonths);
    return {
      organization: first.organization,
      unit: first.unit ?? null,
      items: sorted,
      nextReviewOn,
      daysOverdue: daysBetween(nextReviewOn, today),
    };
  });
  return units.sort((x, y) => x.organization.localeCompare(y.organization) || (x.unit ?? '').localeCompare(y.unit ?? ''));
}

function entriesOf(items: readonly RecordFile[], framework: Framework, shares: ReadonlyMap<RecordFile, TeamShare>): Entry[] {
  const entries: Entry[] = [];
  for (const item of items) {
    const { file, record } = item;
    const sharedTeam = shares.get(item) ?? null;
    // Only what the history prints is kept: the full result is let go here.
    const evaluated = evaluateRecord(record, framework, sharedTeam);
    const { answers } = evaluated;
    const result = entryResult(evaluated.result);
    const assessment = entryAssessment(evaluated);
    const previous = entries.at(-1);
    const sameDay = entries.filter((e) => e.record.assessedOn === record.assessedOn).length;
    entries.push({
      slug: sameDay ? `${record.assessedOn}-${sameDay + 1}` : record.assessedOn,
      file,
      record,
      answers,
      result,
      assessment,
      deltas: previous ? compareResults(previous, { answers, result }) : [],
      changed:
        previous && previous.result.recommendation !== result.recommendation
          ? {
              from: previous.result.recommendation,
              to: result.recommendation,
              ruleId: result.decidedBy.ruleId,
              ruleTitle: result.decidedBy.title,
            }
          : null,
      sharedTeam,
    });
  }
  return entries;
}

/** The entry with its record's full result and respondents, worked out again (the record shown in full, JSON). */
export function fullEntry(entry: Entry, framework: Framework): FullEntry {
  const assessment = evaluateRecord(entry.record, framework, entry.sharedTeam);
  const { slug, file, record, answers, deltas, changed, sharedTeam } = entry;
  return { slug, file, record, answers, result: assessment.result, assessment, deltas, changed, sharedTeam };
}

/**
 * Every unit's timeline. `organisations` are the organisations' own files: their shared platform
 * teams price each served unit's share, and an example organisation's units say so.
 */
export function buildTimelines(
  records: readonly RecordFile[],
  framework: Framework,
  today: string,
  organisations: readonly OrganisationFile[] = [],
): UnitHistory[] {
  const units = unitRecords(records, framework, today);
  const shares = teamShares(units, organisations);
  const examples = new Set(organisations.filter((o) => o.example).map((o) => nameKey(o.organization)));
  // Each unit's address depends on its names alone (nameSlug); two units that would share one are
  // refused by check and the build (recordSetProblems) before a page is written.
  const timelines = units.map((u): UnitHistory => ({
    slug: timelineSlug(u.organization, u.unit),
    organization: u.organization,
    unit: u.unit,
    entries: entriesOf(u.items, framework, shares),
    nextReviewOn: u.nextReviewOn,
    daysOverdue: u.daysOverdue,
    example: examples.has(nameKey(u.organization)),
  }));
  return timelines;
}

/**
 * Each record's share of a shared platform team, by file, as the unit pages price it: for a face
 * that shows a few records of a folder (the comparison) and must price them as the history does.
 */
export function recordShares(
  records: readonly RecordFile[],
  framework: Framework,
  today: string,
  organisations: readonly OrganisationFile[],
): Map<string, TeamShare> {
  const shares = teamShares(unitRecords(records, framework, today), organisations);
  return new Map([...shares].map(([item, share]) => [item.file, share]));
}

/** A review counts as due this many calendar months before its date: time to book the people. */
const DUE_WITHIN_MONTHS = 1;

export interface ReviewDue {
  name: string;
  nextReviewOn: string;
  overdue: boolean;
  /** "12 days overdue", "1 day overdue", "due in 5 days", "due today". */
  text: string;
}

/**
 * The units whose next review falls within a calendar month of `asOf`, or before it; most overdue
 * first. The shipped example's units (its organisation's file says `example: true`) are never due.
 */
export function reviewsDue(
  records: readonly RecordFile[],
  framework: Framework,
  asOf: string,
  organisations: readonly OrganisationFile[] = [],
): ReviewDue[] {
  const horizon = addMonths(asOf, DUE_WITHIN_MONTHS);
  const examples = new Set(organisations.filter((o) => o.example).map((o) => nameKey(o.organization)));
  const own = examples.size ? records.filter((r) => !examples.has(nameKey(r.record.organization))) : records;
  // Only dates decide what is due: no record is evaluated.
  return unitRecords(own, framework, asOf)
    .filter((t) => t.nextReviewOn <= horizon)
    .sort((a, b) => b.daysOverdue - a.daysOverdue)
    .map((t) => ({
      name: `${t.organization}${t.unit ? ` / ${t.unit}` : ''}`,
      nextReviewOn: t.nextReviewOn,
      overdue: t.daysOverdue > 0,
      text:
        t.daysOverdue > 0
          ? `${countText(t.daysOverdue, 'day')} overdue`
          : t.daysOverdue === 0
            ? 'due today'
            : `due in ${countText(-t.daysOverdue, 'day')}`,
    }));
}
