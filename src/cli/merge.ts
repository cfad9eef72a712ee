/**
 * `assess merge A.yaml B.yaml ... [--save OUT.yaml]`: one record from several respondents' files.
 * Each respondent keeps a distinct name and their own notes; the same person's file twice is refused.
 */
import { basename, resolve } from 'node:path';
import type { Framework } from '#src/engine/framework/schema.ts';
import { evaluateRecord } from '#src/engine/history/history.ts';
import { jsonReport } from '#src/cli/json-report.ts';
import { formatProblem, type Problem } from '#src/engine/validation/problems.ts';
import { withForecast } from '#src/engine/records/forecast.ts';
import { multiRecord } from '#src/engine/records/record-build.ts';
import {
  MULTI_SCHEMA_VERSION,
  respondentsOf,
  distinctPeople,
  nameFromFile,
  withDistinctNames,
  type AssessmentRecord,
  type Respondent,
} from '#src/engine/records/record.ts';
import { nameKey } from '#src/engine/records/slug.ts';
import { loadRecord } from '#src/node/records.ts';
import type { CliArgs } from './args.ts';
import { renderReport, renderRespondents } from './report.ts';
import { saveRecord } from './save.ts';
import { say, warn } from './terminal.ts';
import { doraOf } from './dora.ts';
import { UsageError } from './usage.ts';
import { assessmentDateOr } from './dates.ts';

interface Loaded {
  file: string;
  record: AssessmentRecord;
}

function same(records: Loaded[], field: 'organization' | 'unit'): void {
  const values = new Set(records.map((r) => nameKey(r.record[field] ?? '')));
  if (values.size > 1) {
    const list = records.map((r) => `${JSON.stringify(r.record[field] ?? '')} (${r.file})`).join(', ');
    throw new UsageError(`merge: the files name different ${field === 'unit' ? 'units' : 'organisations'}: ${list}`);
  }
}

/** Everyone in the files, each with their own notes; a single-answer file without an assessor is named after its file. */
function respondentsIn({ file, record }: Loaded): (Respondent & { file: string })[] {
  if (record.schemaVersion === MULTI_SCHEMA_VERSION) return record.respondents.map((r) => ({ ...r, file }));
  const [one] = respondentsOf(record);
  const name = record.assessedBy ?? nameFromFile(basename(file));
  return [{ name, answers: one!.answers, ...(record.notes ? { notes: record.notes } : {}), file }];
}

export function runMerge(files: readonly string[], args: CliArgs, framework: Framework, today: string): number {
  if (files.length < 2) throw new UsageError('merge: needs two or more record files: assess merge A.yaml B.yaml [--save OUT.yaml]');
  const loaded: Loaded[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const parsed = loadRecord(resolve(file), framework, { today });
    if (parsed.ok) loaded.push({ file, record: parsed.value });
    else problems.push(...parsed.problems);
  }
  if (problems.length > 0) {
    for (const p of problems) warn(formatProblem(p));
    return 2;
  }
  same(loaded, 'organization');
  same(loaded, 'unit');
  const everyone = loaded.flatMap(respondentsIn);
  const [repeated] = distinctPeople(everyone).repeats;
  if (repeated)
    throw new UsageError(
      `merge: ${JSON.stringify(repeated.repeat.name)} in ${repeated.repeat.file} is the same respondent, with the same answers, as ${JSON.stringify(repeated.first.name)} in ${repeated.first.file}; pass each person's file once`,
    );
  const latest = loaded
    .map((l) => l.record.assessedOn)
    .sort()
    .at(-1)!;
  const first = loaded[0]!.record;
  const made = multiRecord(
    {
      organization: first.organization,
      unit: first.unit,
      assessedOn: assessmentDateOr(args, latest, today),
      assessedBy: args.text.by,
      notes: args.text.notes,
    },
    withDistinctNames(everyone.map((r) => ({ name: r.name, answers: r.answers, ...(r.notes ? { notes: r.notes } : {}) }))),
    framework.version,
  );
  const assessment = evaluateRecord(made, framework);
  const record = withForecast(made, assessment.result.businessCase);
  if (args.text.save !== undefined) {
    saveRecord(args.text.save, record, { force: args.force, framework, today });
    warn(`Wrote ${args.text.save} (${record.respondents.length} respondents)`);
  }
  const dora = doraOf(assessment.answers);
  const title = `${record.organization}${record.unit ? ` / ${record.unit}` : ''}, ${record.respondents.length} respondents`;
  say(
    args.json
      ? JSON.stringify({ ...jsonReport(assessment.result, assessment, dora), record }, null, 2)
      : `${renderReport(assessment.result, framework, title, assessment, dora)}\n\n${renderRespondents(assessment, framework)}`,
  );
  return 0;
}
