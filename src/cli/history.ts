/** `assess history [DIR] [--unit U] [--json]` and `assess compare A.yaml B.yaml [--json]`. */
import { resolve } from 'node:path';
import { deltasText, formatValue } from '#src/engine/text/describe.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { buildTimelines, compareResults, evaluateRecord, slugify, type Delta, type Timeline } from '#src/engine/history/history.ts';
import type { Result } from '#src/engine/decision/evaluate.ts';
import { formatProblem, type Problem } from '#src/engine/validation/problems.ts';
import type { AssessmentRecord } from '#src/engine/records/record.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { loadRecord, loadRecords } from '#src/node/records.ts';
import { recordsDir } from './check.ts';
import { UsageError } from './usage.ts';
import { say, warn } from './terminal.ts';

const sign = (n: number) => (n > 0 ? `+${n}` : String(n));

function timelineText(t: Timeline, framework: Framework): string {
  const label = (r: keyof Framework['recommendations']) => framework.recommendations[r].label;
  const due = t.daysOverdue > 0 ? `OVERDUE since ${t.nextReviewOn} (${t.daysOverdue} days)` : `next review due ${t.nextReviewOn}`;
  const lines = [`${t.organization}${t.unit ? ` / ${t.unit}` : ''}: ${t.entries.length} assessment(s), ${due}`];
  for (const e of t.entries) {
    lines.push(
      `  ${e.record.assessedOn}  ${label(e.result.recommendation).padEnd(22)} pressure ${String(e.result.score.value).padStart(3)}  (${e.file})`,
    );
    if (e.changed) lines.push(`      changed from ${label(e.changed.from)}: rule "${e.changed.ruleId}" decided`);
    if (e.deltas.length > 0) lines.push(`      since the previous: ${deltasText(e.deltas) || 'no numeric change'}`);
    if (!e.result.framework.sameVersion)
      lines.push(`      recorded under framework ${e.result.framework.recordVersion}; shown with ${e.result.framework.version}`);
  }
  return lines.join('\n');
}

export function runHistory(
  dirArgs: readonly string[],
  unit: string | undefined,
  json: boolean,
  framework: Framework,
  today: string,
): number {
  const { records, problems, warnings } = loadRecords(recordsDir(dirArgs, 'history'), framework, today);
  for (const p of [...problems, ...warnings]) warn(formatProblem(p));
  let timelines = buildTimelines(records, framework, today);
  if (unit !== undefined) {
    timelines = timelines.filter((t) => t.unit !== null && (t.unit === unit || slugify(t.unit) === slugify(unit)));
    if (timelines.length === 0) throw new UsageError(`--unit: no records for unit ${JSON.stringify(unit)}`);
  }
  say(json ? JSON.stringify(timelines, null, 2) : timelines.map((t) => timelineText(t, framework)).join('\n\n') || 'No records.');
  return problems.length > 0 ? 1 : 0;
}

interface Evaluated {
  record: AssessmentRecord;
  answers: Answers;
  result: Result;
}

const deltaValue = (d: Delta, v: number | null) => (d.key === 'score' ? String(v ?? 'not answered') : formatValue(d.key, v));

export function runCompare(files: readonly string[], json: boolean, framework: Framework, today: string): number {
  if (files.length !== 2) throw new UsageError('compare: needs two record files, the earlier first: assess compare A.yaml B.yaml');
  const pairs: Evaluated[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const loaded = loadRecord(resolve(file), framework, { today });
    if (loaded.ok) pairs.push({ record: loaded.value, ...evaluateRecord(loaded.value, framework) });
    else problems.push(...loaded.problems);
  }
  if (problems.length > 0) {
    for (const p of problems) warn(formatProblem(p));
    return 2;
  }
  const [a, b] = pairs as [Evaluated, Evaluated];
  const deltas = compareResults(a, b);
  if (json) {
    say(JSON.stringify({ before: { record: a.record, result: a.result }, after: { record: b.record, result: b.result }, deltas }, null, 2));
    return 0;
  }
  const label = (r: keyof Framework['recommendations']) => framework.recommendations[r].label;
  const lines = [
    `${files[0]} (${a.record.assessedOn}): ${label(a.result.recommendation)}, decided by "${a.result.decidedBy.ruleId}"`,
    `${files[1]} (${b.record.assessedOn}): ${label(b.result.recommendation)}, decided by "${b.result.decidedBy.ruleId}"`,
    a.result.recommendation === b.result.recommendation
      ? 'Recommendation unchanged.'
      : `Recommendation changed: ${label(a.result.recommendation)} -> ${label(b.result.recommendation)}.`,
    '',
    ...deltas.map(
      (d) =>
        `  ${d.label.padEnd(48)} ${deltaValue(d, d.from).padEnd(16)} -> ${deltaValue(d, d.to).padEnd(16)} ${d.change === null ? '' : sign(d.change)}`,
    ),
  ];
  say(`${lines.join('\n')}`);
  return 0;
}
