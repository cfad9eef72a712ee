/** Reads a shipped benchmark file the way a Node caller would: fs, then yaml, then the schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { benchmarksSchema, type DoraBenchmarks } from '#src/engine/dora/benchmarks.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import type { DoraEdition } from '#src/engine/inputs/dora-questions.ts';

const benchmarkFile = (edition: DoraEdition): string => `content/dora/benchmarks-${edition}.yaml`;

/** The editions content/dora holds, oldest first: whatever a fork ships, never a fixed list. */
export const SHIPPED_EDITIONS: DoraEdition[] = readdirSync('content/dora')
  .flatMap((f) => /^benchmarks-(\d{4})\.yaml$/.exec(f)?.[1] ?? [])
  .sort();

const loaded = new Map<DoraEdition, DoraBenchmarks>();

export function loadBenchmarks(edition: DoraEdition): DoraBenchmarks {
  const cached = loaded.get(edition);
  if (cached) return cached;
  const result = parseYaml(readFileSync(benchmarkFile(edition), 'utf8'), benchmarkFile(edition), benchmarksSchema);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  loaded.set(edition, result.value);
  return result.value;
}
