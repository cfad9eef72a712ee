/** `assess merge A.yaml B.yaml ... [--save OUT.yaml]`: one record from several respondents' files. */
import { basename, resolve } from 'node:path';
import { isIsoDate } from '#src/engine/dates.ts';
import type { Framework } from '#src/engine/framework-schema.ts';
import { evaluateRecord } from '#src/engine/history.ts';
import { formatProblem, type Problem } from '#src/engine/problems.ts';
import { MULTI_SCHEMA_VERSION, respondentsOf, withDistinctNames, type AssessmentRecord, type MultiRecord } from '#src/engine/record.ts';
import { loadRecord } from '#src/node/records.ts';
import { saveRecord } from './save.ts';
import type { CliArgs } from './args.ts';
import { renderReport, renderRespondents } from './report.ts';
import { UsageError } from './usage.ts';

function same(records: { file: string; record: AssessmentRecord }[], field: 'organization' | 'unit'): void {
  const values = new Set(records.map((r) => r.record[field] ?? ''));
  if (values.size > 1) {
    const list = records.map((r) => `${JSON.stringify(r.record[field] ?? '')} (${r.file})`).join(', ');
    throw new UsageError(`merge: the files name different ${field === 'unit' ? 'units' : 'organisations'}: ${list}`);
  }
}

export function runMerge(files: readonly string[], args: CliArgs, framework: Framework): number {
  if (files.length < 2) throw new UsageError('merge: needs two or more record files: assess merge A.yaml B.yaml [--save OUT.yaml]');
  const loaded: { file: string; record: AssessmentRecord }[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const parsed = loadRecord(resolve(file), framework);
    if (parsed.ok) loaded.push({ file, record: parsed.value });
    else problems.push(...parsed.problems);
  }
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 1;
  }
  same(loaded, 'organization');
  same(loaded, 'unit');
  const date =
    args.text.date ??
    loaded
      .map((l) => l.record.assessedOn)
      .sort()
      .at(-1)!;
  if (!isIsoDate(date)) throw new UsageError(`--date: must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(date)})`);
  const first = loaded[0]!.record;
  const record: MultiRecord = {
    schemaVersion: MULTI_SCHEMA_VERSION,
    organization: first.organization,
    unit: first.unit,
    assessedOn: date,
    assessedBy: args.text.by?.trim() || undefined,
    notes: args.text.notes?.trim() || undefined,
    frameworkVersion: framework.version,
    // A single-answer file without an assessor is named after its file, so no one is anonymous.
    respondents: withDistinctNames(
      loaded.flatMap(({ file, record: r }) =>
        r.schemaVersion === MULTI_SCHEMA_VERSION || r.assessedBy
          ? respondentsOf(r)
          : [{ name: basename(file).replace(/\.ya?ml$/i, ''), answers: r.answers }],
      ),
    ),
  };
  const out = args.text.save;
  if (out !== undefined) {
    saveRecord(out, record, args.force);
    process.stderr.write(`Wrote ${out} (${record.respondents.length} respondents)\n`);
  }
  const assessment = evaluateRecord(record, framework);
  process.stdout.write(
    args.json
      ? `${JSON.stringify({ record, ...assessment }, null, 2)}\n`
      : `${renderReport(assessment.result, `${record.organization}${record.unit ? ` / ${record.unit}` : ''}, ${record.respondents.length} respondents`)}\n\n${renderRespondents(assessment)}\n`,
  );
  return 0;
}
