/**
 * A DORA report (dora/report.ts) in words: each score on DORA's 0-10 scale, each beside the picked
 * benchmarks (above, near or below, with the spread), the edition and the source, and every note
 * where the published data disagree with themselves. The CLI prints these lines; the page's detail
 * section and the record pages lay out the same sentences.
 */
import type { BenchmarkComparison, MeasureComparison, Position } from '../dora/compare.ts';
import type { Measure } from '../dora/benchmarks.ts';
import { optionsFor, questionFor, type CategoryMetric, type DoraMetric } from '../inputs/dora-questions.ts';
import { formatScore, MEASURE_NAMES, shownScore } from '../dora/scores.ts';
import { editionsText, type DoraReport } from '../dora/report.ts';
import { minutesText, nounFor } from '../words.ts';

interface DoraBenchmarkText {
  /** "Technology (industry)" */
  name: string;
  /** "5.9 ± 2.3: above" */
  text: string;
  position: Position;
  mean: number;
  spread: number;
}

export interface DoraRowText {
  measure: Measure;
  title: string;
  /** The answer as the question offers it ("Under a day", "12%"), or null for a group or overall. */
  answer: string | null;
  score: number | undefined;
  /** "8.0" or "not answered" */
  scoreText: string;
  benchmarks: DoraBenchmarkText[];
}

export interface DoraText {
  heading: string;
  scale: string;
  rows: DoraRowText[];
  leadTimeNote: string | null;
  missing: string | null;
  source: string | null;
  notes: string[];
  /** One line for `assess history`: "DORA scores (2025 edition, 0-10): overall 6.4, throughput 7.3, ...". */
  summary: string;
}

const POSITION_WORDS: Record<Position, string> = { above: 'above', near: 'near', below: 'below', 'not-answered': 'not compared' };

const GROUP_TITLES = { throughput: 'Throughput', stability: 'Stability' } as const;

const one = (n: number) => n.toFixed(1);

function answerText(metric: DoraMetric, value: number | undefined): string | null {
  if (value === undefined) return null;
  const q = questionFor(metric);
  if (!q.options) return `${String(value)}%`;
  return optionsFor(metric as CategoryMetric).find((o) => o.value === value)?.label ?? String(value);
}

/** A figure the published data disagree on points to its note by number, as a footnote would. */
function benchmarkText(
  c: BenchmarkComparison,
  m: MeasureComparison,
  suffix: string,
  noteNumber: (id: string) => number,
): DoraBenchmarkText {
  const numbers = m.discrepancies.map(noteNumber);
  const marks = numbers.length > 0 ? ` (see ${nounFor(numbers.length, 'note')} ${numbers.join(', ')})` : '';
  return {
    name: `${c.name} (${suffix})`,
    text: `${one(m.mean)} ± ${one(m.spread)}: ${POSITION_WORDS[m.position]}${marks}`,
    position: m.position,
    mean: m.mean,
    spread: m.spread,
  };
}

export function describeDora(report: DoraReport): DoraText {
  const comparisons = [
    ...(report.industry ? [[report.industry, 'industry'] as const] : []),
    ...(report.organisationSize ? [[report.organisationSize, 'organisation size'] as const] : []),
  ];
  const discrepancies = [...new Map(comparisons.flatMap(([c]) => c.discrepancies).map((d) => [d.id, d.note])).entries()];
  const noteNumber = (id: string) => discrepancies.findIndex(([known]) => known === id) + 1;
  const s = report.scores;
  const measures: { measure: Measure; title: string; score: number | undefined }[] = [
    { measure: 'overall', title: 'Overall performance', score: shownScore(s, 'overall') },
    ...(['throughput', 'stability'] as const).map((g) => ({ measure: g, title: GROUP_TITLES[g], score: shownScore(s, g) })),
    ...s.metrics.map((m) => ({ measure: m.metric, title: questionFor(m.metric).title, score: m.score })),
  ];
  const rows = measures.map(({ measure, title, score }): DoraRowText => {
    const isMetric = measure !== 'overall' && measure !== 'throughput' && measure !== 'stability';
    return {
      measure,
      title,
      answer: isMetric ? answerText(measure, report.answers[measure]) : null,
      score,
      scoreText: score === undefined ? 'not answered' : formatScore(score),
      benchmarks: comparisons.flatMap(([c, suffix]) => {
        const m = c.measures.find((x) => x.measure === measure);
        return m ? [benchmarkText(c, m, suffix, noteNumber)] : [];
      }),
    };
  });
  const notes = discrepancies.map(([, note], i) => `Note ${i + 1}: ${note}`);
  const src = report.source;
  const lt = report.leadTimeFrom;
  const missingTitles = s.missing.map((m) => questionFor(m).title.toLowerCase());
  return {
    heading: "Delivery on DORA's scale",
    scale: `Scores 0 to 10 (10 best), computed as DORA's Quick Check computes them, ${editionsText([report.edition])}.`,
    rows,
    leadTimeNote: lt
      ? `Lead time follows from the commit-to-production time you gave (${minutesText(lt.commitToProductionMinutes)}: ${answerText('leadTime', lt.leadTime)?.toLowerCase()}).`
      : null,
    missing:
      missingTitles.length > 0
        ? `Not answered: ${missingTitles.join(', ')}; the overall, throughput and stability scores need every answer they average.`
        : null,
    source: src
      ? `Benchmarks: ${src.publisher}, ${report.benchmarkEdition} edition (${src.repository} at ${src.commit.slice(0, 7)}, read ${src.readOn}).`
      : null,
    notes: [...notes, ...report.problems.map((p) => `Note: ${p}`)],
    summary: `DORA scores (${editionsText([report.edition])}, 0-10): ${rows.map((r) => `${MEASURE_NAMES[r.measure]} ${r.scoreText}`).join(', ')}`,
  };
}
