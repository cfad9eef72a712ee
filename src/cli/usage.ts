/** What `assess --help` prints, and the error type that exits 2 with one line. */
import {
  BOOLEAN_FIELDS,
  BUSINESS_FIELDS,
  CURRENCY_FLAG,
  METRIC_FIELDS,
  NUMBER_FIELDS,
  rangeRule,
  TRAP_SIGNS_FLAG,
} from '#src/engine/inputs/fields.ts';

import { DORA_FLAGS } from '#src/engine/inputs/dora-flags.ts';
import { DORA_METRICS, questionFor } from '#src/engine/inputs/dora-questions.ts';

/** Bad input from the person at the keyboard: one line, exit 2, no stack trace. */
export class UsageError extends Error {}

export function usage(trapIds: readonly string[]): string {
  const numbers = [...NUMBER_FIELDS, ...METRIC_FIELDS].map(
    (f) => `  --${f.flag.padEnd(20)} ${f.label}${f.required ? ' (required)' : ''}: ${rangeRule(f)}`,
  );
  const booleans = BOOLEAN_FIELDS.map((f) => `  --${f.flag.padEnd(20)} ${f.label}: yes or no`);
  return [
    'Usage:',
    '  assess --team-size N --infra-share PCT --onboarding-days D [signals] [--date YYYY-MM-DD] [--json]',
    '  assess FILE.yaml [--json]                 evaluate a record',
    '  assess --save FILE.yaml --org NAME [--unit U] [--by WHO] [--notes TEXT] [--force] [answers]',
    '  assess check [DIR]                        validate the framework and every record (default assessments/)',
    '  assess history [DIR] [--unit U] [--org O] [--json]  timelines (with --org: the organisation as a whole)',
    '  assess compare A.yaml B.yaml [--json]     what changed between two records',
    '  assess due [DIR] [--date D] [--json]      units whose review is due within a month of D, or overdue (exit 1: overdue; 2: a bad record)',
    '  assess merge A.yaml B.yaml ... [--save OUT.yaml] [--force]',
    "                                            combine respondents' files into one record (median / majority)",
    '  assess                                    on a terminal: asks the questions',
    '',
    'Answers:',
    ...numbers,
    ...booleans,
    ...BUSINESS_FIELDS.map((f) => `  --${f.flag.padEnd(20)} ${f.label} (business case): ${rangeRule(f)}`),
    `  --${CURRENCY_FLAG.padEnd(20)} currency of the engineer cost, e.g. EUR`,
    `  --${TRAP_SIGNS_FLAG.padEnd(20)} comma-separated warning signs: ${trapIds.join(', ')}`,
    '',
    "DORA's Quick Check questions (optional; scored 0-10 and compared with DORA's benchmarks):",
    ...DORA_METRICS.map((m) => {
      const q = questionFor(m);
      const allowed = q.options ? `1-6 or ${q.options.map((o) => o.slug).join(', ')}` : 'a percentage 0-100';
      return `  --${DORA_FLAGS[m].padEnd(20)} ${q.title}: ${allowed}`;
    }),
    `  --${DORA_FLAGS.industry.padEnd(20)} the industry to compare with, a benchmark key such as technology`,
    `  --${DORA_FLAGS.organisationSize.padEnd(20)} the organisation size to compare with, a benchmark key such as all`,
    '  Without --dora-lead-time, the lead time follows from --commit-minutes when that is given.',
    '',
    'Other flags:',
    '  --date YYYY-MM-DD      assessment date (default: today)',
    '  --json                 print the whole result as JSON (one shape; see the README)',
    '  --framework FILE       use another framework file (default content/framework.yaml)',
    '  --help                 this text',
  ].join('\n');
}
