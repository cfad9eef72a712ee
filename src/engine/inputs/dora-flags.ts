/**
 * DORA's answers typed as text (the CLI's flags, the page's fields, a link's query), read without
 * zod and written back; the names themselves are in dora-flag-names.ts.
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
import { DORA_FLAGS } from './dora-flag-names.ts';

export { BENCHMARK_KEYS, type BenchmarkKey } from './dora-questions.ts';

export { DORA_FLAGS };

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
