/**
 * Problems that only show across files: two records of one unit on one day (an error: the history
 * could not say which one counts), and a file whose name carries another date than its assessedOn
 * (a warning: the file was probably copied and not renamed). `assess check` and the build both
 * call this, so whatever one refuses, the other refuses too.
 */
import type { Problem } from '../validation/problems.ts';
import type { AssessmentRecord } from './record.ts';
import { unitKey } from './slug.ts';

export interface FiledRecord {
  file: string;
  record: AssessmentRecord;
}

const FILE_DATE = /(\d{4}-\d{2}-\d{2})[^/\\]*\.ya?ml$/i;

export function recordSetProblems(records: readonly FiledRecord[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { file, record } of records) {
    const key = `${unitKey(record.organization, record.unit)}\u0000${record.assessedOn}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        file,
        line: 1,
        path: 'assessedOn',
        message: `same organisation, unit and date as ${first}; keep one record per unit and day`,
      });
    else seen.set(key, file);
    const named = FILE_DATE.exec(file)?.[1];
    if (named && named !== record.assessedOn)
      problems.push({
        file,
        line: 1,
        path: 'assessedOn',
        severity: 'warning',
        message: `is ${record.assessedOn} but the file name says ${named}; rename the file or correct the date`,
      });
  }
  return problems;
}
