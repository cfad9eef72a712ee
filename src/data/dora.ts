/**
 * DORA's benchmarks as pages and components see them: the `dora` collection, one entry per edition,
 * loaded and validated by src/integrations/data-loaders.ts from content/dora/ (or
 * $PLATFORM_FIT_DORA, the tests' fixtures); a broken file fails the build with file:line messages
 * there. Components await these in their frontmatter.
 */
import { getCollection } from 'astro:content';
import { benchmarkChoiceLists, type DoraBenchmarks } from '#src/engine/dora/benchmarks.ts';
import { doraReport } from '#src/engine/dora/report.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { describeDora, type DoraText } from '#src/engine/text/describe-dora.ts';
import { assertLoaded } from '#src/integrations/loaded.ts';

/** Every edition the folder holds, oldest first. */
export async function getDoraEditions(): Promise<DoraBenchmarks[]> {
  assertLoaded('dora');
  const editions = (await getCollection('dora')).map((e) => e.data);
  if (editions.length === 0) throw new Error('the dora collection is empty: see src/integrations/data-loaders.ts');
  return editions.sort((a, b) => a.edition.localeCompare(b.edition));
}

/** The latest edition: the one answers are scored and benchmarked against. */
export async function getDoraBenchmarks(): Promise<DoraBenchmarks> {
  return (await getDoraEditions()).at(-1) as DoraBenchmarks;
}

/** What a person may pick as their industry and organisation size, `all` first. */
export async function getBenchmarkChoices() {
  const benchmarks = await getDoraBenchmarks();
  return benchmarkChoiceLists(benchmarks);
}

/** The DORA section's words for some answers (against their own edition's benchmarks), or null when they hold no DORA answer. */
export function doraText(answers: Answers, editions: readonly DoraBenchmarks[]): DoraText | null {
  const report = doraReport(answers, editions);
  return report ? describeDora(report) : null;
}
