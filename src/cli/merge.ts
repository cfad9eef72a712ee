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
import { distinctPeople, peopleInFile, withDistinctNames, type AssessmentRecord, type Respondent } from '#src/engine/records/record.ts';
import { nameKey } from '#src/engine/records/slug.ts';
import { loadRecord } from '#src/node/records.ts';
import type { CliArgs } from './args.ts';
import { renderReport, renderRespondents } from './report.ts';
import { saveRecord } from './save.ts';
import { say, warn } from './terminal.ts';
import { doraOf } from './dora.ts';
import { UsageError } from './usage.ts';
import { assessmentDateOr } from './dates.ts';
import { notOnePerson } from '#src/engine/respondents/respondent-file.ts';

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

/**
 * Each file must be one person's answers for this review (dated within a month of the latest, or
 * of --date): a combined record or last review's record is refused with what to do with it instead.
 */
function onlyRespondents(loaded: readonly Loaded[], review: string): void {
  const first = loaded[0]!.record;
  for (const { file, record } of loaded) {
    const not = notOnePerson(record, { organization: first.organization, unit: first.unit, date: review });
    if (!not) continue;
    const todo =
      not.kind === 'combined'
        ? `Merge each person's own file instead. To compare with it, run "assess compare ${file} NEW.yaml"; to start the next review from it, use "Start from this record" on its unit page`
        : `Merge only this review's files. To compare two reviews, run "assess compare EARLIER.yaml LATER.yaml"`;
    throw new UsageError(`merge: ${file}: ${not.what}. ${todo}.`);
  }
}

/** Everyone in the files, each with their own notes; a single-answer file without an assessor is named after its file. */
function respondentsIn({ file, record }: Loaded): (Respondent & { file: string })[] {
  return peopleInFile(record, basename(file)).map((r) => ({ ...r, file }));
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
  const latest = loaded
    .map((l) => l.record.assessedOn)
    .sort()
    .at(-1)!;
  const assessedOn = assessmentDateOr(args, latest, today);
  onlyRespondents(loaded, assessedOn);
  const everyone = loaded.flatMap(respondentsIn);
  const [repeated] = distinctPeople(everyone).repeats;
  if (repeated)
    throw new UsageError(
      `merge: ${JSON.stringify(repeated.repeat.name)} in ${repeated.repeat.file} is the same respondent, with the same answers, as ${JSON.stringify(repeated.first.name)} in ${repeated.first.file}; pass each person's file once`,
    );
  const first = loaded[0]!.record;
  const made = multiRecord(
    {
      organization: first.organization,
      unit: first.unit,
      assessedOn,
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
    const dated = args.text.date === undefined ? `, dated ${assessedOn}, the latest respondent's date; --date sets another` : '';
    warn(`Wrote ${args.text.save} (${record.respondents.length} respondents${dated})`);
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
