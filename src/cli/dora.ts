/**
 * DORA in the CLI: the flags read into `answers.dora`, the benchmarks loaded only when a DORA answer
 * is given (so a broken benchmark file never blocks an assessment without one), and the report's
 * lines for the text output.
 */
import { resolve } from 'node:path';
import { DORA_FLAGS, parseDoraFields, type BenchmarkChoiceLists } from '#src/engine/inputs/dora-flags.ts';
import { benchmarkChoiceLists, type DoraBenchmarks } from '#src/engine/dora/benchmarks.ts';
import { doraReport, type DoraReport } from '#src/engine/dora/report.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { describeDora } from '#src/engine/text/describe-dora.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { DORA_DIR, loadDoraEditions } from '#src/node/dora.ts';
import { io } from './io.ts';
import { UsageError } from './usage.ts';

/** The DORA flags, in the order --help lists them. */
const DORA_FLAG_LIST: readonly string[] = Object.values(DORA_FLAGS);

/** content/dora/, or $PLATFORM_FIT_DORA (the tests' fixtures). */
export function doraDir(): string {
  const dir = io().env.PLATFORM_FIT_DORA;
  return dir ? resolve(dir) : DORA_DIR;
}

/** Every edition's benchmarks, oldest first; the last is the latest, which new answers are scored with. */
function editions(): DoraBenchmarks[] {
  const loaded = loadDoraEditions(doraDir());
  if (!loaded.ok) throw new UsageError(loaded.problems.map(formatProblem).join('\n'));
  return loaded.value;
}

const benchmarks = (): DoraBenchmarks => editions().at(-1)!;

/** The industries and organisation sizes a person may pick, from the benchmarks. */
export function doraChoices(): BenchmarkChoiceLists {
  return benchmarkChoiceLists(benchmarks());
}

/** Adds the DORA flags' answers to `answers`; a bad one exits 2 naming its flag and what it allows. */
export function withDoraFlags(answers: Answers, raw: Readonly<Record<string, string | undefined>>): Answers {
  if (!DORA_FLAG_LIST.some((flag) => raw[flag] !== undefined)) return answers;
  const { dora, errors } = parseDoraFields(raw, doraChoices());
  if (errors.length > 0) throw new UsageError(errors.map((e) => `--${e.flag}: ${e.message}`).join('\n'));
  // The answers are scored with the latest edition, and the record says so.
  return dora ? { ...answers, dora: { ...dora, edition: benchmarks().edition } } : answers;
}

/** The DORA report of some answers, or null when they hold no DORA answer. */
export function doraOf(answers: Answers): DoraReport | null {
  return answers.dora ? doraReport(answers, editions()) : null;
}

/** The report as indented lines for the text output. */
export function doraLines(report: DoraReport): string[] {
  const t = describeDora(report);
  const out = [`${t.heading}:`, `  ${t.scale}`];
  if (t.leadTimeNote) out.push(`  ${t.leadTimeNote}`);
  for (const r of t.rows) {
    const answer = r.answer ? ` (${r.answer})` : '';
    const beside = r.benchmarks.map((b) => `${b.name} ${b.text}`).join('; ');
    out.push(`  ${r.title}: ${r.scoreText}${answer}${beside ? `; ${beside}` : ''}`);
  }
  if (t.missing) out.push(`  ${t.missing}`);
  if (t.source) out.push(`  ${t.source}`);
  for (const n of t.notes) out.push(`  ${n}`);
  return out;
}
