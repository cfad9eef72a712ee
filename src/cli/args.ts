/** Reads the command line into a plain shape; every mistake becomes a one-line UsageError. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ANSWER_FLAGS } from '#src/engine/inputs/fields.ts';
import { DORA_FLAGS } from '#src/engine/inputs/dora-flags.ts';
import { UsageError } from './usage.ts';

const TEXT_FLAGS = ['date', 'save', 'org', 'unit', 'by', 'notes', 'framework'] as const;
const SWITCHES = ['json', 'force', 'help'] as const;
type TextFlag = (typeof TEXT_FLAGS)[number];

export interface CliArgs {
  positionals: string[];
  answers: Record<string, string | undefined>;
  text: Partial<Record<TextFlag, string>>;
  json: boolean;
  force: boolean;
  help: boolean;
}

/** Every flag assess takes, answers first: the usage text and the fuzz tests read this list. */
const DORA_FLAG_LIST = Object.values(DORA_FLAGS);

export const CLI_FLAGS: readonly string[] = [...ANSWER_FLAGS, ...DORA_FLAG_LIST, ...TEXT_FLAGS, ...SWITCHES];
const ANSWERS: readonly string[] = [...ANSWER_FLAGS, ...DORA_FLAG_LIST];

const options: NonNullable<ParseArgsConfig['options']> = {};
for (const flag of [...ANSWERS, ...TEXT_FLAGS]) options[flag] = { type: 'string' };
for (const flag of SWITCHES) options[flag] = { type: 'boolean' };
const TAKES_VALUE = new Set<string>([...ANSWERS, ...TEXT_FLAGS]);

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${flag}; run "assess --help" for the flags`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${flag}: needs a value (run "assess --help")`;
  return message.split('.')[0] ?? message;
}

/**
 * `--nps -20` is a flag and its value, not two flags: a value that starts with a minus sign and a
 * digit is joined to its flag (`--nps=-20`) before parsing, so negative numbers reach validation.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && TAKES_VALUE.has(arg.slice(2)) && next !== undefined && /^-\d|^-\.\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** A flag given twice is a mistake to say, not a value to pick: `--team-size 100 --team-size 5` would decide on a guess. */
function refuseRepeats(tokens: readonly { kind: string; name?: string; value?: string | undefined }[]): void {
  const seen = new Map<string, (string | undefined)[]>();
  for (const t of tokens) if (t.kind === 'option' && t.name) seen.set(t.name, [...(seen.get(t.name) ?? []), t.value]);
  for (const [flag, values] of seen) {
    if (values.length < 2) continue;
    const shown = values.every((v) => v !== undefined) ? ` (${values.map((v) => JSON.stringify(v)).join(', ')})` : '';
    throw new UsageError(`--${flag}: given ${values.length === 2 ? 'twice' : `${values.length} times`}${shown}; give it once`);
  }
}

export function readArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(explain(error));
  }
  refuseRepeats(parsed.tokens);
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const pick = (flag: string): string | undefined => (typeof values[flag] === 'string' ? values[flag] : undefined);
  return {
    positionals: parsed.positionals,
    answers: Object.fromEntries(ANSWERS.map((flag) => [flag, pick(flag)])),
    text: Object.fromEntries(TEXT_FLAGS.flatMap((flag) => (pick(flag) === undefined ? [] : [[flag, pick(flag)]]))),
    json: values.json === true,
    force: values.force === true,
    help: values.help === true,
  };
}

export function hasAnswers(args: CliArgs): boolean {
  return Object.values(args.answers).some((v) => v !== undefined);
}

export type Command = 'evaluate' | 'record' | 'check' | 'history' | 'compare' | 'merge' | 'due';

/** The flags each command reads besides --framework and --help; any other is a mistake worth saying. */
const APPLIES: Record<Command, readonly string[]> = {
  evaluate: [...ANSWERS, 'date', 'save', 'org', 'unit', 'by', 'notes', 'force', 'json'],
  record: ['json'],
  check: [],
  history: ['unit', 'org', 'json'],
  compare: ['json'],
  merge: ['date', 'save', 'by', 'notes', 'force', 'json'],
  due: ['date', 'json'],
};

/** Refuses a flag the command would ignore: silently ignoring `--force` hides a mistake. */
export function checkApplicable(command: Command, args: CliArgs): void {
  const given = [
    ...Object.entries(args.answers).flatMap(([flag, v]) => (v === undefined ? [] : [flag])),
    ...Object.keys(args.text),
    ...(args.json ? ['json'] : []),
    ...(args.force ? ['force'] : []),
  ].filter((flag) => flag !== 'framework');
  const name = command === 'evaluate' ? 'an assessment from flags' : command === 'record' ? 'a record file' : `"${command}"`;
  for (const flag of given) {
    if (!APPLIES[command].includes(flag)) throw new UsageError(`--${flag}: does not apply to ${name} (run "assess --help")`);
  }
  if (args.force && args.text.save === undefined) throw new UsageError('--force: only applies with --save');
  if (command === 'evaluate' && args.text.save === undefined) {
    for (const flag of ['org', 'unit', 'by', 'notes'] as const)
      if (args.text[flag] !== undefined) throw new UsageError(`--${flag}: only applies with --save (it is written into the record)`);
  }
}
