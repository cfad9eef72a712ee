/**
 * DORA's benchmarks for the Node faces (the CLI, the build): content/dora/benchmarks-<edition>.yaml,
 * or the same files in another folder (PLATFORM_FIT_DORA: the tests' fixtures), read with the
 * bounded reader and validated by the engine's schema, problems with file:line. Which editions
 * exist is the folder's: the latest file is the edition new answers are scored with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchmarksSchema, type DoraBenchmarks } from '#src/engine/dora/benchmarks.ts';
import { isDoraEdition, type DoraEdition } from '#src/engine/inputs/dora-questions.ts';
import type { Parsed } from '#src/engine/validation/parse-yaml.ts';
import { loadYamlFile, ROOT } from './framework.ts';

export const DORA_DIR = join(ROOT, 'content', 'dora');

const FILE = /^benchmarks-(.+)\.yaml$/;

function benchmarksFile(dir: string, edition: DoraEdition): string {
  return join(dir, `benchmarks-${edition}.yaml`);
}

/** The editions a folder holds, oldest first: one benchmarks-<year>.yaml each. */
function editionsIn(dir: string): DoraEdition[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((n) => FILE.exec(n)?.[1] ?? [])
    .filter(isDoraEdition)
    .sort();
}

/** The latest edition's benchmarks: the ones new answers are scored and compared with. */
function loadDoraBenchmarks(dir = DORA_DIR): Parsed<DoraBenchmarks> {
  const latest = editionsIn(dir).at(-1);
  if (latest === undefined) {
    return { ok: false, problems: [{ file: dir, path: '', message: 'holds no DORA benchmarks (benchmarks-<year>.yaml)' }] };
  }
  return loadEdition(dir, latest);
}

function loadEdition(dir: string, edition: DoraEdition): Parsed<DoraBenchmarks> {
  const parsed = loadYamlFile(benchmarksFile(dir, edition), benchmarksSchema, "DORA's benchmarks");
  if (!parsed.ok || parsed.value.edition === edition) return parsed;
  const file = benchmarksFile(dir, edition);
  const line =
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('edition:')) + 1;
  const problem = { file, line: line || undefined, path: 'edition', message: `must be "${edition}", the year in the file's name` };
  return { ok: false, problems: [problem] };
}

/** Every edition a folder holds, oldest first, each validated; at least one. */
export function loadDoraEditions(dir = DORA_DIR): Parsed<DoraBenchmarks[]> {
  const editions: DoraBenchmarks[] = [];
  for (const edition of editionsIn(dir)) {
    const parsed = loadEdition(dir, edition);
    if (!parsed.ok) return parsed;
    editions.push(parsed.value);
  }
  if (editions.length === 0) return loadDoraBenchmarks(dir) as Parsed<never>;
  return { ok: true, value: editions };
}
