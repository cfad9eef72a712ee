#!/usr/bin/env node
/**
 * `assess`: the platform-fit assessment in a terminal. A thin face over src/engine/:
 * it reads flags, files or prompts, calls evaluate(), and prints text or JSON.
 */
import { resolve } from 'node:path';
import { isIsoDate, localIsoDate } from '#src/engine/dates.ts';
import { evaluate } from '#src/engine/evaluate.ts';
import type { Framework } from '#src/engine/framework-schema.ts';
import type { Answers } from '#src/engine/inputs.ts';
import { parseFields } from '#src/engine/parse-fields.ts';
import { formatProblem, type Problem } from '#src/engine/problems.ts';
import { MULTI_SCHEMA_VERSION, SCHEMA_VERSION, type AssessmentRecord } from '#src/engine/record.ts';
import { evaluateRecord } from '#src/engine/history.ts';
import { FRAMEWORK_FILE, loadFramework } from '#src/node/framework.ts';
import { loadRecord } from '#src/node/records.ts';
import { checkSavePath, saveRecord } from './save.ts';
import { hasAnswers, readArgs, type CliArgs } from './args.ts';
import { runCheck } from './check.ts';
import { runCompare, runHistory } from './history.ts';
import { runMerge } from './merge.ts';
import { askAnswers } from './interactive.ts';
import { renderReport, renderRespondents } from './report.ts';
import { usage, UsageError } from './usage.ts';

function printProblems(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
}

function answersFromFlags(args: CliArgs, framework: Framework): Answers {
  const { answers, errors } = parseFields(
    args.answers,
    framework.trap.signs.map((s) => s.id),
  );
  if (!answers) throw new UsageError(errors.map((e) => `--${e.flag}: ${e.message}`).join('\n'));
  return answers;
}

function assessmentDate(args: CliArgs): string {
  const date = args.text.date ?? localIsoDate(new Date());
  if (!isIsoDate(date)) throw new UsageError(`--date: must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(date)})`);
  return date;
}

function save(args: CliArgs, framework: Framework, answers: Answers, assessedOn: string): void {
  const file = args.text.save as string;
  checkSavePath(file);
  const organization = args.text.org?.trim();
  if (!organization) throw new UsageError('--org: is required with --save: the organisation the record belongs to');
  const record: AssessmentRecord = {
    schemaVersion: SCHEMA_VERSION,
    organization,
    unit: args.text.unit?.trim() || undefined,
    assessedOn,
    assessedBy: args.text.by?.trim() || undefined,
    notes: args.text.notes?.trim() || undefined,
    frameworkVersion: framework.version,
    answers,
  };
  saveRecord(file, record, args.force);
  process.stderr.write(`Wrote ${file}\n`);
}

function print(args: CliArgs, result: ReturnType<typeof evaluate>, title?: string): void {
  process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderReport(result, title)}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  const args = readArgs(argv);
  const loaded = loadFramework(args.text.framework ? resolve(args.text.framework) : FRAMEWORK_FILE);
  if (!loaded.ok) {
    printProblems(loaded.problems);
    return 1;
  }
  const framework = loaded.value;
  const trapIds = framework.trap.signs.map((s) => s.id);
  if (args.help) {
    process.stdout.write(`${usage(trapIds)}\n`);
    return 0;
  }
  const [command, ...rest] = args.positionals;
  if (command === 'check') return runCheck(rest[0], framework);
  if (command === 'history') return runHistory(rest[0], args.text.unit, args.json, framework);
  if (command === 'compare') return runCompare(rest, args.json, framework);
  if (command === 'merge') return runMerge(rest, args, framework);
  if (command !== undefined) {
    if (!/\.ya?ml$/i.test(command)) throw new UsageError(`unknown command "${command}"; run "assess --help"`);
    const parsed = loadRecord(resolve(command), framework);
    if (!parsed.ok) {
      printProblems(parsed.problems);
      return 1;
    }
    const record = parsed.value;
    const assessment = evaluateRecord(record, framework);
    const title = `${record.organization}${record.unit ? ` / ${record.unit}` : ''}, assessed ${record.assessedOn}`;
    if (args.json)
      process.stdout.write(`${JSON.stringify(record.schemaVersion === MULTI_SCHEMA_VERSION ? assessment : assessment.result, null, 2)}\n`);
    else
      process.stdout.write(
        `${renderReport(assessment.result, title)}${record.schemaVersion === MULTI_SCHEMA_VERSION ? `\n\n${renderRespondents(assessment)}` : ''}\n`,
      );
    return 0;
  }
  let answers: Answers;
  if (hasAnswers(args)) answers = answersFromFlags(args, framework);
  else if (process.stdin.isTTY && process.stdout.isTTY) answers = await askAnswers(framework);
  else throw new UsageError('no answers given: pass --team-size, --infra-share and --onboarding-days (run "assess --help")');
  const assessedOn = assessmentDate(args);
  if (args.text.save !== undefined) save(args, framework, answers, assessedOn);
  print(args, evaluate(answers, framework, { assessedOn }));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(
        `${error.message
          .split('\n')
          .map((line) => `assess: ${line}`)
          .join('\n')}\n`,
      );
      process.exitCode = 2;
    } else {
      process.stderr.write(`assess: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.DEBUG) console.error(error);
      process.exitCode = 70;
    }
  },
);
