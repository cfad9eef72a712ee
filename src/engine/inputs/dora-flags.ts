/**
 * DORA's flag names (the CLI's flags, the page's field names, the URL's query names), kept apart
 * from the schemas so the page's keystroke code can name and read the fields without loading zod.
 */
import {
  BENCHMARK_KEYS,
  CATEGORY_METRICS,
  DORA_METRICS,
  parseCategory,
  parsePercentage,
  type BenchmarkKey,
  type CategoryMetric,
  type DoraMetric,
  type Parsed,
} from './dora-questions.ts';
import type { DoraInputs } from './dora-answers.ts';

export { BENCHMARK_KEYS, type BenchmarkKey } from './dora-questions.ts';

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
export function doraToFields(
  dora: Partial<Record<DoraMetric | BenchmarkKey, string | number | undefined>> | undefined,
): [string, string][] {
  if (!dora) return [];
  return (Object.keys(DORA_FLAGS) as (keyof typeof DORA_FLAGS)[]).flatMap((k) =>
    dora[k] === undefined ? [] : [[DORA_FLAGS[k], String(dora[k])]],
  );
}

/** The keys a person may pick for each benchmark, `all` first, with their names. */
export type BenchmarkChoiceLists = Readonly<Record<BenchmarkKey, readonly { key: string; name: string }[]>>;

const isCategory = (m: DoraMetric): m is CategoryMetric => (CATEGORY_METRICS as readonly string[]).includes(m);

/**
 * Reads DORA's answers typed as text (flags, form fields). `undefined` when none is given; each
 * bad one becomes an error naming its flag and what it allows.
 */
export function parseDoraFields(
  raw: Readonly<Record<string, string | undefined>>,
  choices: BenchmarkChoiceLists,
): { dora: DoraInputs | undefined; errors: { flag: string; message: string }[] } {
  const errors: { flag: string; message: string }[] = [];
  const out: Record<string, unknown> = {};
  for (const metric of DORA_METRICS) {
    const text = raw[DORA_FLAGS[metric]];
    if (text === undefined || text.trim() === '') continue;
    const parsed: Parsed<number> = isCategory(metric) ? parseCategory(metric, text) : parsePercentage(text);
    if (parsed.ok) out[metric] = parsed.value;
    else errors.push({ flag: DORA_FLAGS[metric], message: parsed.message });
  }
  for (const key of BENCHMARK_KEYS) {
    const text = raw[DORA_FLAGS[key]]?.trim();
    if (text === undefined || text === '') continue;
    const list = choices[key];
    if (list.some((c) => c.key === text)) out[key] = text;
    else {
      const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
      errors.push({ flag: DORA_FLAGS[key], message: `unknown choice ${shown}; choose one of: ${list.map((c) => c.key).join(', ')}` });
    }
  }
  return { dora: Object.keys(out).length > 0 ? out : undefined, errors };
}
