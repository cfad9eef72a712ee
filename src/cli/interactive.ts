/** With no arguments on a terminal, `assess` asks for each answer and re-asks until it is valid. */
import { createInterface } from 'node:readline/promises';
import type { Framework } from '#src/engine/framework/schema.ts';
import { BOOLEAN_FIELDS, METRIC_FIELDS, NUMBER_FIELDS, rangeRule, TRAP_SIGNS_FLAG, type Answers } from '#src/engine/inputs/fields.ts';
import { parseFields } from '#src/engine/inputs/parse-fields.ts';
import { readPeopleNumber } from '#src/engine/inputs/parse-number.ts';
import { UsageError } from './usage.ts';
import { io } from './io.ts';
import { prompt, say } from './terminal.ts';

interface Question {
  flag: string;
  prompt: string;
}

export async function askAnswers(framework: Framework): Promise<Answers> {
  const trapIds = framework.trap.signs.map((s) => s.id);
  const questions: Question[] = [
    ...NUMBER_FIELDS.map((f) => ({
      flag: f.flag,
      prompt: `${f.label} (${f.unit}; ${rangeRule(f).replace('must be ', '')})${f.required ? '' : ' [Enter to skip]'}: `,
    })),
    ...BOOLEAN_FIELDS.map((f) => ({ flag: f.flag, prompt: `${f.label}? (yes/no) [Enter to skip]: ` })),
    { flag: TRAP_SIGNS_FLAG, prompt: `Platform-trap warning signs, comma-separated (${trapIds.join(', ')}) [Enter to skip]: ` },
    ...METRIC_FIELDS.map((f) => ({
      flag: f.flag,
      prompt: `${f.label}${f.label.includes(f.unit) ? '' : ` (${f.unit})`} [Enter to skip]: `,
    })),
  ];
  const input = io().stdin;
  if (!input) throw new UsageError('no answers given and no terminal to ask them on');
  const rl = createInterface({ input, terminal: false });
  // An iterator keeps lines typed (or pasted) ahead of their prompt; rl.question would drop them.
  const lines = rl[Symbol.asyncIterator]();
  const raw: Record<string, string> = {};
  try {
    for (const q of questions) {
      for (;;) {
        prompt(q.prompt);
        const next = await lines.next();
        if (next.done) throw new UsageError('input ended before every question was answered');
        raw[q.flag] = String(next.value);
        // Re-check everything answered so far, but only complain about this question.
        const error = parseFields(raw, trapIds, readPeopleNumber).errors.find((e) => e.flag === q.flag && raw[q.flag]?.trim() !== '');
        const missing = NUMBER_FIELDS.some((f) => f.flag === q.flag && f.required) && raw[q.flag]?.trim() === '';
        if (!error && !missing) break;
        say(`  ${error ? error.message : 'is required'}`);
      }
    }
  } finally {
    rl.close();
  }
  say('');
  const { answers } = parseFields(raw, trapIds, readPeopleNumber);
  if (!answers) throw new Error('answers did not validate after every question was checked');
  return answers;
}
