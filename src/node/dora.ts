/**
 * DORA's benchmarks for the Node faces (the CLI, the build): content/dora/benchmarks-<edition>.yaml,
 * or the same file in another folder (PLATFORM_FIT_DORA: the tests' fixtures), read with the
 * bounded reader and validated by the engine's schema, problems with file:line.
 */
import { join } from 'node:path';
import { benchmarksSchema, type DoraBenchmarks } from '#src/engine/dora/benchmarks.ts';
import { DORA_EDITIONS, LATEST_DORA_EDITION, type DoraEdition } from '#src/engine/inputs/dora-questions.ts';
import type { Parsed } from '#src/engine/validation/parse-yaml.ts';
import { loadYamlFile, ROOT } from './framework.ts';

export const DORA_DIR = join(ROOT, 'content', 'dora');

export function benchmarksFile(dir: string, edition: DoraEdition): string {
  return join(dir, `benchmarks-${edition}.yaml`);
}

export function loadDoraBenchmarks(dir = DORA_DIR, edition: DoraEdition = LATEST_DORA_EDITION): Parsed<DoraBenchmarks> {
  return loadYamlFile(benchmarksFile(dir, edition), benchmarksSchema, "DORA's benchmarks");
}

/**
 * Every edition a folder holds, oldest first; the latest is the one answers are scored against, so
 * it must be there, while an older one may be left out (the tests' fixtures hold only the latest).
 */
export function loadDoraEditions(dir = DORA_DIR): Parsed<DoraBenchmarks[]> {
  const editions: DoraBenchmarks[] = [];
  for (const edition of DORA_EDITIONS) {
    const parsed = loadDoraBenchmarks(dir, edition);
    if (parsed.ok) editions.push(parsed.value);
    else if (edition === LATEST_DORA_EDITION || !parsed.problems.every((p) => /no such file/.test(p.message))) return parsed;
  }
  return { ok: true, value: editions };
}
