/**
 * Problems that only show across files: two records of one unit on one day (an error: the history
 * could not say which one counts), two units whose pages would share one web address (an error:
 * one would go unpublished, or a bookmark would open the other), and a file whose name carries another date than its assessedOn
 * (a warning: the file was probably copied and not renamed). `assess check` and the build both
 * call this, so whatever one refuses, the other refuses too.
 */
import type { Problem } from '../validation/problems.ts';
import type { AssessmentRecord } from './record.ts';
import { timelineSlug, unitKey } from './slug.ts';

export interface FiledRecord {
  file: string;
  record: AssessmentRecord;
}

const FILE_DATE = /(\d{4}-\d{2}-\d{2})[^/\\]*\.ya?ml$/i;

export function recordSetProblems(records: readonly FiledRecord[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const pages = new Map<string, { key: string; file: string; name: string }>();
  for (const { file, record } of records) {
    const unit = unitKey(record.organization, record.unit);
    const slug = timelineSlug(record.organization, record.unit);
    const page = pages.get(slug);
    const name = record.unit ?? record.organization;
    if (!page) pages.set(slug, { key: unit, file, name });
    else if (page.key !== unit)
      problems.push({
        file,
        line: 1,
        path: record.unit ? 'unit' : 'organization',
        message: `${JSON.stringify(name)} would have the web address /history/${slug}/, which ${JSON.stringify(page.name)} (${page.file}) has; rename one of them so each unit keeps its own page`,
      });
    const key = `${unit}\u0000${record.assessedOn}`;
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
