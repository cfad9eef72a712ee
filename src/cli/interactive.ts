/** With no arguments on a terminal, `assess` asks for each answer and re-asks until it is valid. */
import { createInterface } from 'node:readline/promises';
import type { Framework } from '#src/engine/framework/schema.ts';
import { DORA_FLAGS, parseDoraFields } from '#src/engine/inputs/dora-flags.ts';
import { BENCHMARK_KEYS, DORA_QUESTIONS } from '#src/engine/inputs/dora-questions.ts';
import { BOOLEAN_FIELDS, METRIC_FIELDS, NUMBER_FIELDS, rangeRule, TRAP_SIGNS_FLAG, type Answers } from '#src/engine/inputs/fields.ts';
import { parseFields } from '#src/engine/inputs/parse-fields.ts';
import { readPeopleNumber } from '#src/engine/inputs/parse-number.ts';
import { doraChoices, withDoraFlags } from './dora.ts';
import { UsageError } from './usage.ts';
import { io } from './io.ts';
import { prompt, say } from './terminal.ts';

interface Question {
  flag: string;
  /** Said once before the prompt: DORA's question and its choices. */
  intro?: string[];
  prompt: string;
  /** This question's problem with what was typed, or null when it is fine (or skipped). */
  check: (raw: Record<string, string>) => string | null;
}

const SKIP = '[Enter to skip]';
const DORA_GATE = 'dora';

function mainQuestions(framework: Framework): Question[] {
  const trapIds = framework.trap.signs.map((s) => s.id);
  // Re-check everything answered so far, but only complain about this question.
  const check = (flag: string) => (raw: Record<string, string>) => {
    if (NUMBER_FIELDS.some((f) => f.flag === flag && f.required) && raw[flag]?.trim() === '') return 'is required';
    if (raw[flag]?.trim() === '') return null;
    return parseFields(raw, trapIds, readPeopleNumber).errors.find((e) => e.flag === flag)?.message ?? null;
  };
  const questions: (Omit<Question, 'check'> & Partial<Pick<Question, 'check'>>)[] = [
    ...NUMBER_FIELDS.map((f) => ({
      flag: f.flag,
      prompt: `${f.label} (${f.unit}; ${rangeRule(f).replace('must be ', '')})${f.required ? '' : ` ${SKIP}`}: `,
    })),
    ...BOOLEAN_FIELDS.map((f) => ({ flag: f.flag, prompt: `${f.label}? (yes/no) ${SKIP}: ` })),
    { flag: TRAP_SIGNS_FLAG, prompt: `Platform-trap warning signs, comma-separated (${trapIds.join(', ')}) ${SKIP}: ` },
    ...METRIC_FIELDS.map((f) => ({ flag: f.flag, prompt: `${f.label}${f.label.includes(f.unit) ? '' : ` (${f.unit})`} ${SKIP}: ` })),
    {
      flag: DORA_GATE,
      prompt: `Answer DORA's five delivery questions too, to score them on DORA's scale? (yes/no) ${SKIP}: `,
      check: (raw: Record<string, string>) => (/^(|y|yes|n|no)$/i.test(raw[DORA_GATE]?.trim() ?? '') ? null : 'answer yes or no'),
    },
  ];
  return questions.map((q) => ({ check: check(q.flag), ...q }));
}

/**
 * DORA's questions as the Quick Check asks them, and the benchmark rows, each with its choices. The
 * lead time is asked only when no commit-to-production time was given: it follows from that one.
 */
function doraQuestions(leadTimeGiven: boolean): Question[] {
  const choices = doraChoices();
  const check = (flag: string) => (raw: Record<string, string>) =>
    parseDoraFields(raw, choices).errors.find((e) => e.flag === flag)?.message ?? null;
  const names = { industry: 'Industry, for the benchmark', organisationSize: 'Number of employees, for the benchmark' };
  return [
    ...DORA_QUESTIONS.filter((q) => !(leadTimeGiven && q.metric === 'leadTime')).map((q) => ({
      flag: DORA_FLAGS[q.metric],
      intro: [`${q.title}: ${q.question}`, ...(q.options ?? []).map((o) => `  ${o.value} ${o.slug}: ${o.label}`)],
      prompt: `${q.options ? 'Answer (1 to 6, or its name)' : 'Answer (a percentage from 0 to 100)'} ${SKIP}: `,
      check: check(DORA_FLAGS[q.metric]),
    })),
    ...BENCHMARK_KEYS.map((k) => ({
      flag: DORA_FLAGS[k],
      intro: [`${names[k]}: ${choices[k].map((c) => c.key).join(', ')}`],
      prompt: `${names[k]} ${SKIP}: `,
      check: check(DORA_FLAGS[k]),
    })),
  ];
}

export async function askAnswers(framework: Framework): Promise<Answers> {
  const input = io().stdin;
  if (!input) throw new UsageError('no answers given and no terminal to ask them on');
  const rl = createInterface({ input, terminal: false });
  // An iterator keeps lines typed (or pasted) ahead of their prompt; rl.question would drop them.
  const lines = rl[Symbol.asyncIterator]();
  const raw: Record<string, string> = {};
  const ask = async (questions: readonly Question[]) => {
    for (const q of questions) {
      for (const line of q.intro ?? []) say(line);
      for (;;) {
        prompt(q.prompt);
        const next = await lines.next();
        if (next.done) throw new UsageError('input ended before every question was answered');
        raw[q.flag] = String(next.value);
        const problem = q.check(raw);
        if (!problem) break;
        say(`  ${problem}`);
      }
    }
  };
  let answers: Answers | null = null;
  try {
    await ask(mainQuestions(framework));
    ({ answers } = parseFields(
      raw,
      framework.trap.signs.map((s) => s.id),
      readPeopleNumber,
    ));
    if (/^y/i.test(raw[DORA_GATE]?.trim() ?? '')) {
      // DORA's lead time follows from a commit-to-production time (doraReport): asked only without one.
      const given = answers?.metrics?.commitToProductionMinutes !== undefined;
      if (given) say('Lead time for changes: follows from the commit-to-production time you gave, so it is not asked again.');
      await ask(doraQuestions(given));
    }
  } finally {
    rl.close();
  }
  say('');
  if (!answers) throw new Error('answers did not validate after every question was checked');
  const dora = Object.fromEntries(Object.values(DORA_FLAGS).flatMap((f) => (raw[f]?.trim() ? [[f, raw[f]]] : [])));
  return withDoraFlags(answers, dora);
}
