/**
 * `assess due [DIR] [--date D] [--json]`: the units whose next review is due within a month of D,
 * or past it. Exits 1 when any is overdue, so a scheduled CI job can open a reminder, and 2 when a
 * record is invalid (whatever is due): a reminder must never be opened, or missed, on bad records.
 */
import type { Framework } from '#src/engine/framework/schema.ts';
import { reviewsDue } from '#src/engine/history/history.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { loadRecords } from '#src/node/records.ts';
import type { CliArgs } from './args.ts';
import { recordsDir } from './check.ts';
import { assessmentDateOr } from './dates.ts';
import { say, warn } from './terminal.ts';

export function runDue(dirArgs: readonly string[], args: CliArgs, framework: Framework, today: string): number {
  const asOf = assessmentDateOr(args, today, today);
  const { records, organisations, problems } = loadRecords(recordsDir(dirArgs, 'due'), framework, today);
  for (const p of problems) warn(formatProblem(p));
  const due = reviewsDue(
    records,
    framework,
    asOf,
    organisations.map((o) => o.organisation),
  );
  if (args.json) say(JSON.stringify({ asOf, units: due }, null, 2));
  else if (due.length === 0) say(`No review due by ${asOf} (or within a month of it).`);
  else for (const d of due) say(`${d.overdue ? 'OVERDUE' : 'due    '}  ${d.name}: next review ${d.nextReviewOn} (${d.text})`);
  if (problems.length > 0) {
    warn(
      `assess: due: ${problems.length === 1 ? 'a record is' : `${problems.length} records are`} invalid and left out, so a review may be missing above; fix what \`assess check\` reports`,
    );
    return 2;
  }
  return due.some((d) => d.overdue) ? 1 : 0;
}
