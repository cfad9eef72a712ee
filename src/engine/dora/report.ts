/**
 * One assessment's DORA figures: the scores on DORA's scale for the latest edition, and each
 * picked benchmark row beside them. Every face (CLI text, --json, the page's detail section, the
 * record pages, history) shows this one object. An assessment without a `dora` answer has none,
 * so records written before DORA was asked read exactly as they did.
 */
import type { Answers } from '../inputs/fields.ts';
import type { DoraBenchmarks } from './benchmarks.ts';
import { compareWithBenchmark, type BenchmarkComparison } from './compare.ts';
import { leadTimeFromMinutes, type Category, type DoraEdition } from '../inputs/dora-questions.ts';
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

export function doraReport(answers: Answers, benchmarks: DoraBenchmarks | undefined): DoraReport | null {
  const given = answers.dora;
  if (!given || Object.values(given).every((v) => v === undefined)) return null;
  const { industry, organisationSize, ...metrics } = given;
  const minutes = answers.metrics?.commitToProductionMinutes;
  const leadTimeFrom =
    metrics.leadTime === undefined && minutes !== undefined
      ? { commitToProductionMinutes: minutes, leadTime: leadTimeFromMinutes(minutes) }
      : null;
  const scored: DoraAnswers = leadTimeFrom ? { ...metrics, leadTime: leadTimeFrom.leadTime } : metrics;
  const edition = benchmarks?.edition ?? '2025';
  const scores = scoreDora(scored, edition);
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
    answers: scored,
    leadTimeFrom,
    scores,
    source: benchmarks?.source ?? null,
    industry: compare('industries', industry),
    organisationSize: compare('organisationSizes', organisationSize),
    problems,
  };
}
