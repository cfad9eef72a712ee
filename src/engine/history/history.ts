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
import { slugify, timelineSlug, unitKey } from '../records/slug.ts';
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
}

export { slugify };

export type { EntryAssessment, EntryResult } from './entry-result.ts';
export { compareResults, type Delta, type DoraDeltaKey, type Evaluated } from './deltas.ts';

export function evaluateRecord(record: AssessmentRecord, framework: Framework): AssessmentResult {
  return evaluateAssessment(respondentsOf(record), framework, {
    assessedOn: record.assessedOn,
    recordFrameworkVersion: record.frameworkVersion,
  });
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

function entriesOf(items: readonly RecordFile[], framework: Framework): Entry[] {
  const entries: Entry[] = [];
  for (const { file, record } of items) {
    // Only what the history prints is kept: the full result is let go here.
    const evaluated = evaluateRecord(record, framework);
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
    });
  }
  return entries;
}

/** The entry with its record's full result and respondents, worked out again (the record shown in full, JSON). */
export function fullEntry(entry: Entry, framework: Framework): FullEntry {
  const assessment = evaluateRecord(entry.record, framework);
  const { slug, file, record, deltas, changed } = entry;
  return { slug, file, record, answers: assessment.answers, result: assessment.result, assessment, deltas, changed };
}

export function buildTimelines(records: readonly RecordFile[], framework: Framework, today: string): UnitHistory[] {
  const timelines = unitRecords(records, framework, today).map((u): UnitHistory => ({
    slug: timelineSlug(u.organization, u.unit),
    organization: u.organization,
    unit: u.unit,
    entries: entriesOf(u.items, framework),
    nextReviewOn: u.nextReviewOn,
    daysOverdue: u.daysOverdue,
  }));
  // "R&D" and "R-D" slugify alike: number the later ones so every timeline keeps its own page.
  const seen = new Map<string, number>();
  for (const t of timelines) {
    const n = (seen.get(t.slug) ?? 0) + 1;
    seen.set(t.slug, n);
    if (n > 1) t.slug = `${t.slug}-${n}`;
  }
  return timelines;
}

/** A review counts as due this many calendar months before its date: time to book the people. */
export const DUE_WITHIN_MONTHS = 1;

export interface ReviewDue {
  name: string;
  nextReviewOn: string;
  overdue: boolean;
  /** "12 days overdue", "1 day overdue", "due in 5 days", "due today". */
  text: string;
}

/** The units whose next review falls within a calendar month of `asOf`, or before it; most overdue first. */
export function reviewsDue(records: readonly RecordFile[], framework: Framework, asOf: string): ReviewDue[] {
  const horizon = addMonths(asOf, DUE_WITHIN_MONTHS);
  // Only dates decide what is due: no record is evaluated.
  return unitRecords(records, framework, asOf)
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
