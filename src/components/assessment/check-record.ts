/**
 * Loaded on demand by Download YAML: the record schema `assess check` and the build use, so the
 * page never hands out a record that check would refuse. zod ships only in this chunk.
 */
import type { Framework } from '#src/engine/framework/schema.ts';
import { FIELD_FLAGS } from '#src/engine/records/record-build.ts';
import { recordProblems } from '#src/engine/records/record-schema.ts';
import type { AssessmentRecord } from '#src/engine/records/record.ts';

/** Problems keyed by the form field they came from (or the record path, for a respondent's answers). */
export function checkRecord(record: AssessmentRecord, framework: Framework, today: string): { flag: string; message: string }[] {
  return recordProblems(record, framework, { today }).map((p) => ({
    flag: (p.path.length === 1 ? FIELD_FLAGS[String(p.path[0])] : undefined) ?? p.path.join('.'),
    message: p.message,
  }));
}
