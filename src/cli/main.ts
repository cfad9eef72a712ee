/**
 * The `assess` command as a function: main(argv, io) reads flags, files or prompts, calls the
 * engine, prints text or JSON through io, and returns the exit code: 0 ok, 1 problems found
 * (check, history, due), 2 bad usage or bad input, 70 a bug in assess itself.
 */
import { resolve } from 'node:path';
import { pinnedToday } from '#src/engine/calendar/date-range.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { parseFields } from '#src/engine/inputs/parse-fields.ts';
import { readPeopleNumber } from '#src/engine/inputs/parse-number.ts';
import { jsonReport } from '#src/cli/json-report.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { withForecast } from '#src/engine/records/forecast.ts';
import { singleRecord } from '#src/engine/records/record-build.ts';
import { MULTI_SCHEMA_VERSION } from '#src/engine/records/record.ts';
import { evaluateRecord } from '#src/engine/history/history.ts';
import { FRAMEWORK_FILE, loadFramework } from '#src/node/framework.ts';
import { loadRecord } from '#src/node/records.ts';
import { checkApplicable, hasAnswers, readArgs, type CliArgs, type Command } from './args.ts';
import { frameworkWithGuides, runCheck } from './check.ts';
import { assessmentDateOr } from './dates.ts';
import { doraOf, withDoraFlags } from './dora.ts';
import { runDue } from './due.ts';
import { runCompare, runHistory } from './history.ts';
import { runMerge } from './merge.ts';
import { askAnswers } from './interactive.ts';
import { renderReport, renderRespondents } from './report.ts';
import { checkSavePath, saveRecord } from './save.ts';
import { io, withIo, type Io } from './io.ts';
import { say, warn } from './terminal.ts';
import { usage, UsageError } from './usage.ts';

/** Today; PLATFORM_FIT_TODAY pins it (tests, and a CI job that wants a stable answer), as for the build. */
function today(): string {
  const pinned = pinnedToday(io().env.PLATFORM_FIT_TODAY, new Date());
  if (!pinned.ok) throw new UsageError(pinned.message);
  return pinned.date;
}

function answersFromFlags(args: CliArgs, framework: Framework): Answers {
  const { answers, errors } = parseFields(
    args.answers,
    framework.trap.signs.map((s) => s.id),
    readPeopleNumber,
  );
  if (!answers) throw new UsageError(errors.map((e) => `--${e.flag}: ${e.message}`).join('\n'));
  return withDoraFlags(answers, args.answers);
}

function commandOf(first: string | undefined): Command {
  if (first === undefined) return 'evaluate';
  if (['check', 'history', 'compare', 'merge', 'due'].includes(first)) return first as Command;
  if (/\.ya?ml$/i.test(first)) return 'record';
  throw new UsageError(`unknown command "${first}"; run "assess --help"`);
}

function runRecord(file: string, args: CliArgs, framework: Framework): number {
  const parsed = loadRecord(resolve(file), framework, { today: today() });
  if (!parsed.ok) {
    for (const p of parsed.problems) warn(formatProblem(p));
    return 2;
  }
  const record = parsed.value;
  const assessment = evaluateRecord(record, framework);
  const title = `${record.organization}${record.unit ? ` / ${record.unit}` : ''}, assessed ${record.assessedOn}`;
  const multi = record.schemaVersion === MULTI_SCHEMA_VERSION;
  const dora = doraOf(assessment.answers);
  if (args.json) say(JSON.stringify(jsonReport(assessment.result, assessment, dora), null, 2));
  else
    say(
      multi
        ? `${renderReport(assessment.result, framework, title, assessment, dora)}\n\n${renderRespondents(assessment, framework)}`
        : renderReport(assessment.result, framework, title, undefined, dora),
    );
  return 0;
}

async function runEvaluate(args: CliArgs, framework: Framework): Promise<number> {
  if (args.text.save !== undefined) checkSavePath(args.text.save);
  let answers: Answers;
  if (hasAnswers(args)) answers = answersFromFlags(args, framework);
  else if (io().interactive) answers = await askAnswers(framework);
  else throw new UsageError('no answers given: pass --team-size, --infra-share and --onboarding-days (run "assess --help")');
  const assessedOn = assessmentDateOr(args, today(), today());
  const result = evaluate(answers, framework, { assessedOn });
  if (args.text.save !== undefined) {
    if (!args.text.org?.trim()) throw new UsageError('--org: is required with --save: the organisation the record belongs to');
    const meta = { organization: args.text.org, unit: args.text.unit, assessedOn, assessedBy: args.text.by, notes: args.text.notes };
    const record = withForecast(singleRecord(meta, answers, framework.version), result.businessCase);
    saveRecord(args.text.save, record, { force: args.force, framework, today: today() });
    warn(`Wrote ${args.text.save}`);
  }
  const dora = doraOf(answers);
  say(
    args.json ? JSON.stringify(jsonReport(result, undefined, dora), null, 2) : renderReport(result, framework, undefined, undefined, dora),
  );
  return 0;
}

async function run(argv: readonly string[]): Promise<number> {
  const args = readArgs(argv);
  today(); // A bad PLATFORM_FIT_TODAY is refused whatever the command.
  const [first, ...rest] = args.positionals;
  const command = commandOf(args.help ? undefined : first);
  if (!args.help) checkApplicable(command, args);
  const frameworkFile = args.text.framework ?? io().env.PLATFORM_FIT_FRAMEWORK;
  const file = frameworkFile ? resolve(frameworkFile) : FRAMEWORK_FILE;
  // check also follows each guide link into the guides: the build would refuse one that leads nowhere.
  const loaded = command === 'check' && !args.help ? frameworkWithGuides(file) : loadFramework(file);
  if (!loaded.ok) {
    for (const p of loaded.problems) warn(formatProblem(p));
    // For check, a broken framework is one more problem found; for anything else it is bad input.
    return command === 'check' ? 1 : 2;
  }
  const framework = loaded.value;
  if (args.help) {
    say(usage(framework.trap.signs.map((s) => s.id)));
    return 0;
  }
  switch (command) {
    case 'check':
      return runCheck(rest, framework, today());
    case 'history':
      return runHistory(rest, { unit: args.text.unit, org: args.text.org }, args.json, framework, today());
    case 'compare':
      return runCompare(rest, args.json, framework, today());
    case 'merge':
      return runMerge(rest, args, framework, today());
    case 'due':
      return runDue(rest, args, framework, today());
    case 'record':
      if (rest.length > 0) throw new UsageError(`one record file at a time (got ${args.positionals.length})`);
      return runRecord(first as string, args, framework);
    case 'evaluate':
      return runEvaluate(args, framework);
  }
}

function failure(error: unknown): number {
  if (error instanceof UsageError) {
    warn(
      error.message
        .split('\n')
        .map((line) => `assess: ${line}`)
        .join('\n'),
    );
    return 2;
  }
  // Only a bug in assess itself reaches here; a person's mistake is a UsageError above.
  warn(`assess: unexpected error (a bug; please report it): ${error instanceof Error ? error.message : String(error)}`);
  if (io().env.DEBUG) warn(error instanceof Error ? (error.stack ?? '') : '');
  return 70;
}

export function main(argv: readonly string[], to: Io): Promise<number> {
  return withIo(to, () => run(argv).catch(failure));
}
