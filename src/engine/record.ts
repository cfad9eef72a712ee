/**
 * An assessment record's shape as types: no zod here, so the browser can build one cheaply.
 * Version 1 holds one set of answers; version 2 holds several respondents, each with their own.
 * Version 1 files stay valid as they are: respondentsOf() reads both.
 */
import type { Answers } from './inputs.ts';

export const SCHEMA_VERSION = 1;
export const MULTI_SCHEMA_VERSION = 2;

export interface Respondent {
  /** A name or a role: "CTO", "Dana (platform lead)". */
  name: string;
  answers: Answers;
}

interface RecordBase {
  organization: string;
  unit?: string | undefined;
  assessedOn: string;
  assessedBy?: string | undefined;
  notes?: string | undefined;
  frameworkVersion?: string | undefined;
}

export interface SingleRecord extends RecordBase {
  schemaVersion: typeof SCHEMA_VERSION;
  answers: Answers;
}

export interface MultiRecord extends RecordBase {
  schemaVersion: typeof MULTI_SCHEMA_VERSION;
  respondents: Respondent[];
}

export type AssessmentRecord = SingleRecord | MultiRecord;

/** Everyone who answered: a version 1 record is one respondent, named by its assessor. */
export function respondentsOf(record: AssessmentRecord): Respondent[] {
  return record.schemaVersion === MULTI_SCHEMA_VERSION
    ? record.respondents
    : [{ name: record.assessedBy ?? 'Respondent', answers: record.answers }];
}

/** A version 1 record as version 2, with the same answers and the same result. */
export function migrateToMulti(record: SingleRecord): MultiRecord {
  const { organization, unit, assessedOn, assessedBy, notes, frameworkVersion } = record;
  const base = Object.fromEntries(
    Object.entries({ organization, unit, assessedOn, assessedBy, notes, frameworkVersion }).filter(([, v]) => v !== undefined),
  );
  return {
    ...(base as Omit<MultiRecord, 'schemaVersion' | 'respondents'>),
    schemaVersion: MULTI_SCHEMA_VERSION,
    respondents: respondentsOf(record),
  };
}

/** Each respondent keeps a distinct name: a second "CTO" becomes "CTO (2)". */
export function withDistinctNames(list: readonly Respondent[]): Respondent[] {
  const seen = new Map<string, number>();
  return list.map((r) => {
    const n = (seen.get(r.name) ?? 0) + 1;
    seen.set(r.name, n);
    return n === 1 ? r : { ...r, name: `${r.name} (${n})` };
  });
}
