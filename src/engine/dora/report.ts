/**
 * One assessment's DORA figures: the scores on DORA's scale for the latest edition, and each
 * picked benchmark row beside them. Every face (CLI text, --json, the page's detail section, the
 * record pages, history) shows this one object. An assessment without a `dora` answer has none,
 * so records written before DORA was asked read exactly as they did.
 */
import type { Answers } from '../inputs/fields.ts';
import type { DoraBenchmarks } from './benchmarks.ts';
import { compareWithBenchmark, type BenchmarkComparison } from './compare.ts';
import { DORA_METRICS, LATEST_DORA_EDITION, leadTimeFromMinutes, type Category, type DoraEdition } from '../inputs/dora-questions.ts';
import type { DoraAnswers } from '../inputs/dora-answers.ts';
import { scoreDora, type DoraScores } from './scores.ts';

export interface DoraReport {
  edition: DoraEdition;
  /** The answers scored, lead time included where it followed from the commit-to-production time. */
  answers: DoraAnswers;
  /** Set when the lead time was not answered and follows from commitToProductionMinutes. */
  leadTimeFrom: { commitToProductionMinutes: number; leadTime: Category } | null;
  scores: DoraScores;
  /** Where the benchmarks come from; null when no benchmark file was at hand. */
  source: DoraBenchmarks['source'] | null;
  industry: BenchmarkComparison | null;
  organisationSize: BenchmarkComparison | null;
  /** A picked row the benchmarks do not have, said in words (a record edited by hand). */
  problems: string[];
}

/** The DORA answers to score: the given ones, the lead time following from the commit-to-production minutes when not answered. */
function scoredAnswers(answers: Answers): Pick<DoraReport, 'answers' | 'leadTimeFrom'> | null {
  const given = answers.dora;
  if (!given || Object.values(given).every((v) => v === undefined)) return null;
  // The answers without the benchmark rows picked, in the order given.
  const metrics: DoraAnswers = Object.fromEntries(Object.entries(given).filter(([k]) => (DORA_METRICS as readonly string[]).includes(k)));
  const minutes = answers.metrics?.commitToProductionMinutes;
  const leadTimeFrom =
    metrics.leadTime === undefined && minutes !== undefined
      ? { commitToProductionMinutes: minutes, leadTime: leadTimeFromMinutes(minutes) }
      : null;
  return { answers: leadTimeFrom ? { ...metrics, leadTime: leadTimeFrom.leadTime } : metrics, leadTimeFrom };
}

/**
 * The scores alone, for the faces that follow them over time (trends, comparisons): the same as a
 * report's, scored with the latest edition as every face scores answers; null without DORA answers.
 */
export function doraScoresOf(answers: Answers, edition: DoraEdition = LATEST_DORA_EDITION): DoraScores | null {
  const scored = scoredAnswers(answers);
  return scored ? scoreDora(scored.answers, edition) : null;
}

export function doraReport(answers: Answers, benchmarks: DoraBenchmarks | undefined): DoraReport | null {
  const scored = scoredAnswers(answers);
  if (!scored) return null;
  const { industry, organisationSize } = answers.dora!;
  const edition = benchmarks?.edition ?? LATEST_DORA_EDITION;
  const scores = scoreDora(scored.answers, edition);
  const problems: string[] = [];
  const compare = (group: 'industries' | 'organisationSizes', key: string | undefined): BenchmarkComparison | null => {
    if (key === undefined || !benchmarks) return null;
    const c = compareWithBenchmark(scores, benchmarks, group, key);
    if (c.ok) return c.value;
    problems.push(c.message);
    return null;
  };
  return {
    edition,
    ...scored,
    scores,
    source: benchmarks?.source ?? null,
    industry: compare('industries', industry),
    organisationSize: compare('organisationSizes', organisationSize),
    problems,
  };
}
