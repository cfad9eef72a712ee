/**
 * DORA's flag names (the CLI's flags, the page's field names, the URL's query names), kept apart
 * from the schemas so the page's keystroke code can name the fields without loading zod.
 */
import type { DoraMetric } from './questions.ts';
import type { DoraAnswersShape } from '../inputs/fields.ts';

export const BENCHMARK_KEYS = ['industry', 'organisationSize'] as const;
export type BenchmarkKey = (typeof BENCHMARK_KEYS)[number];

/** The command-line flag (and the page's field name) of each DORA answer, in the Quick Check's order. */
export const DORA_FLAGS: Readonly<Record<DoraMetric | BenchmarkKey, string>> = {
  leadTime: 'dora-lead-time',
  deployFrequency: 'dora-deploy-frequency',
  recoveryTime: 'dora-recovery-time',
  changeFailRate: 'dora-change-fail-rate',
  reworkRate: 'dora-rework-rate',
  industry: 'industry',
  organisationSize: 'org-size',
};

/** The inverse of parseDoraFields: flag/value pairs in a stable order (the page's URL, the CLI). */
export function doraToFields(dora: DoraAnswersShape | undefined): [string, string][] {
  if (!dora) return [];
  return (Object.keys(DORA_FLAGS) as (keyof typeof DORA_FLAGS)[]).flatMap((k) =>
    dora[k] === undefined ? [] : [[DORA_FLAGS[k], String(dora[k])]],
  );
}
