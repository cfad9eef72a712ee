/**
 * DORA's benchmarks as the build sees them: content/dora/ (or $PLATFORM_FIT_DORA, the tests'
 * fixtures), read by the one Node loader and validated once; a broken file fails the build with
 * file:line messages. Pages import the benchmarks, the choices and the report's words from here.
 */
import { join, resolve } from 'node:path';
import { benchmarkChoices, type DoraBenchmarks } from '#src/engine/dora/benchmarks.ts';
import { DORA_EDITIONS } from '#src/engine/dora/questions.ts';
import { doraReport } from '#src/engine/dora/report.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { describeDora, type DoraText } from '#src/engine/text/describe-dora.ts';
import { problemsError } from '#src/engine/validation/problems.ts';
import { loadDoraBenchmarks } from '#src/node/dora.ts';

// From the project root (where Astro runs), as for the framework: this module is bundled into dist/.
const dir = resolve(process.env.PLATFORM_FIT_DORA ?? join('content', 'dora'));

/** Every edition the folder holds, oldest first; the latest is the one answers are scored against. */
export const editions: DoraBenchmarks[] = DORA_EDITIONS.flatMap((edition) => {
  const parsed = loadDoraBenchmarks(dir, edition);
  if (parsed.ok) return [parsed.value];
  // The latest edition must be there; an older one may be left out (the tests' fixtures hold one).
  if (edition !== DORA_EDITIONS.at(-1) && parsed.problems.every((p) => /no such file/.test(p.message))) return [];
  throw problemsError('Invalid DORA benchmarks', parsed.problems);
});

export const benchmarks: DoraBenchmarks = editions.at(-1) as DoraBenchmarks;

export const industryChoices = benchmarkChoices(benchmarks, 'industries');
export const sizeChoices = benchmarkChoices(benchmarks, 'organisationSizes');

/** The DORA section's words for some answers, or null when they hold no DORA answer. */
export function doraText(answers: Answers): DoraText | null {
  const report = doraReport(answers, benchmarks);
  return report ? describeDora(report) : null;
}
