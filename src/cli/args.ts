/** Reads the command line into a plain shape; every mistake becomes a one-line UsageError. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BOOLEAN_FIELDS, METRIC_FIELDS, NUMBER_FIELDS, TRAP_SIGNS_FLAG } from '#src/engine/inputs.ts';
import { UsageError } from './usage.ts';

export const ANSWER_FLAGS = [...NUMBER_FIELDS, ...METRIC_FIELDS, ...BOOLEAN_FIELDS].map((f) => f.flag).concat(TRAP_SIGNS_FLAG);
const TEXT_FLAGS = ['date', 'save', 'org', 'unit', 'by', 'notes', 'framework'] as const;
const SWITCHES = ['json', 'force', 'help'] as const;

export interface CliArgs {
  positionals: string[];
  answers: Record<string, string | undefined>;
  text: Partial<Record<(typeof TEXT_FLAGS)[number], string>>;
  json: boolean;
  force: boolean;
  help: boolean;
}

const options: NonNullable<ParseArgsConfig['options']> = {};
for (const flag of [...ANSWER_FLAGS, ...TEXT_FLAGS]) options[flag] = { type: 'string' };
for (const flag of SWITCHES) options[flag] = { type: 'boolean' };

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${flag}; run "assess --help" for the flags`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${flag}: needs a value (run "assess --help")`;
  return message.split('.')[0] ?? message;
}

export function readArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(explain(error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const pick = (flag: string): string | undefined => (typeof values[flag] === 'string' ? values[flag] : undefined);
  return {
    positionals: parsed.positionals,
    answers: Object.fromEntries(ANSWER_FLAGS.map((flag) => [flag, pick(flag)])),
    text: Object.fromEntries(TEXT_FLAGS.flatMap((flag) => (pick(flag) === undefined ? [] : [[flag, pick(flag)]]))),
    json: values.json === true,
    force: values.force === true,
    help: values.help === true,
  };
}

export function hasAnswers(args: CliArgs): boolean {
  return Object.values(args.answers).some((v) => v !== undefined);
}
