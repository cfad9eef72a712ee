/**
 * One assessment's DORA figures: the scores on DORA's scale for the edition the answers were given
 * in (`dora.edition`; new answers take the latest, older records may not say), and each
 * picked benchmark row beside them. Every face (CLI text, --json, the page's detail section, the
 * record pages, history) shows this one object. An assessment without a `dora` answer has none,
 * so records written before DORA was asked read exactly as they did.
 */
import type { Answers } from '../inputs/fields.ts';
import type { DoraBenchmarks } from './benchmarks.ts';
import { compareWithBenchmark, type BenchmarkComparison } from './compare.ts';
import { DORA_METRICS, leadTimeFromMinutes, type Category, type DoraEdition } from '../inputs/dora-questions.ts';
import type { DoraAnswers } from '../inputs/dora-answers.ts';
import { scoreDora, type DoraScores } from './scores.ts';

export interface DoraReport {
  /** The edition the answers were scored with; null when the record does not say. */
  edition: DoraEdition | null;
  /** The answers scored, lead time included where it followed from the commit-to-production time. */
  answers: DoraAnswers;
  /** Set when the lead time was not answered and follows from commitToProductionMinutes. */
  leadTimeFrom: { commitToProductionMinutes: number; leadTime: Category } | null;
  scores: DoraScores;
  /** Where the benchmarks come from, and their edition; null when no benchmark file was at hand. */
  source: DoraBenchmarks['source'] | null;
  benchmarkEdition: DoraEdition | null;
  industry: BenchmarkComparison | null;
  organisationSize: BenchmarkComparison | null;
  /** A picked row the benchmarks do not have, said in words (a record edited by hand). */
  problems: string[];
}

/** The DORA answers to score: the given ones, the lead time following from the commit-to-production minutes when not answered. */
function scoredAnswers(answers: Answers): Pick<DoraReport, 'answers' | 'leadTimeFrom'> | null {
  const given = answers.dora;
  // The edition alone is not an answer.
  if (!given || Object.entries(given).every(([k, v]) => k === 'edition' || v === undefined)) return null;
  // The answers without the benchmark rows picked, in the order given.
  const metrics: DoraAnswers = Object.fromEntries(Object.entries(given).filter(([k]) => (DORA_METRICS as readonly string[]).includes(k)));
  const minutes = answers.metrics?.commitToProductionMinutes;
  const leadTimeFrom =
    metrics.leadTime === undefined && minutes !== undefined
      ? { commitToProductionMinutes: minutes, leadTime: leadTimeFromMinutes(minutes) }
      : null;
  return { answers: leadTimeFrom ? { ...metrics, leadTime: leadTimeFrom.leadTime } : metrics, leadTimeFrom };
}

/** The edition the answers say they were given in; null for answers saved before records kept it. */
export const editionOf = (answers: Answers): DoraEdition | null => answers.dora?.edition ?? null;

/**
 * The scores alone, for the faces that follow them over time (trends, comparisons): the same as a
 * report's, each assessment scored with its own edition; null without DORA answers.
 */
export function doraScoresOf(answers: Answers): DoraScores | null {
  const scored = scoredAnswers(answers);
  return scored ? scoreDora(scored.answers, editionOf(answers)) : null;
}

/**
 * "2025 edition", "2024 and 2025 editions", "2025 edition where recorded", "edition not recorded": the editions that scored some
 * assessments, for a label over them (a trend, a comparison of two).
 */
export function editionsText(editions: readonly (DoraEdition | null)[]): string {
  const known = [...new Set(editions.filter((e): e is DoraEdition => e !== null))].sort();
  const unknown = editions.includes(null);
  if (known.length === 0) return 'edition not recorded';
  const list = known.length === 1 ? `${known[0]} edition` : `${known.slice(0, -1).join(', ')} and ${known.at(-1)} editions`;
  return unknown ? `${list} where recorded` : list;
}

/**
 * The report, compared with the benchmarks of the answers' own edition when `editions` holds it,
 * else with the latest given (a record that does not say its edition is read against those).
 */
export function doraReport(answers: Answers, editions: DoraBenchmarks | readonly DoraBenchmarks[] | undefined): DoraReport | null {
  const scored = scoredAnswers(answers);
  if (!scored) return null;
  const { industry, organisationSize } = answers.dora!;
  const edition = editionOf(answers);
  const all = editions === undefined ? [] : 'edition' in editions ? [editions] : editions;
  const benchmarks = all.find((b) => b.edition === edition) ?? all.at(-1);
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
    benchmarkEdition: benchmarks?.edition ?? null,
    industry: compare('industries', industry),
    organisationSize: compare('organisationSizes', organisationSize),
    problems,
  };
}
