/**
 * The Quick Check as the oracle. Every expected number below was produced by running the Quick
 * Check's own code, not by hand: dora-team/dora.dev at commit
 * fcaf07b49791e8a16e39b85dbf92610520bf80b6, svelte/quick-check/src/lib/data-service.ts (with its
 * utils.ts and data/editions/*), copied to a scratch folder outside this repository, its JSON
 * imports given `with { type: 'json' }`, and run with Node 24's type stripping:
 * `DataService.calculateAll(answers, edition)` with our answer names mapped to its keys (leadtime,
 * deployfreq, failurerecovery, changefailure, rework) and an unanswered question left out. The
 * per-metric column is each `individual[key].performanceScore` of the edition's metrics, so for an
 * unanswered question it is the stand-in the Quick Check counts (0 for a range, 10 for a percentage).
 * Equality is exact: the engine does the same arithmetic in the same order.
 */
import { describe, expect, it } from 'vitest';
import type { DoraEdition } from '#src/engine/inputs/dora-questions.ts';
import type { DoraAnswers } from '#src/engine/inputs/dora-answers.ts';
import { formatScore, scoreDora, type MetricScore } from '#src/engine/dora/scores.ts';

type Row = [
  name: string,
  edition: DoraEdition,
  answers: DoraAnswers,
  metrics: number[],
  throughput: number,
  stability: number,
  overall: number,
];

// prettier-ignore
const QUICK_CHECK: Row[] = [
  ['leadTime 1 alone', '2025', {leadTime: 1}, [0, 0, 0, 10, 10], 0, 10, 0],
  ['leadTime 2 alone', '2025', {leadTime: 2}, [2, 0, 0, 10, 10], 0.6666666666666666, 10, 2],
  ['leadTime 3 alone', '2025', {leadTime: 3}, [4, 0, 0, 10, 10], 1.3333333333333333, 10, 4],
  ['leadTime 4 alone', '2025', {leadTime: 4}, [6, 0, 0, 10, 10], 2, 10, 6],
  ['leadTime 5 alone', '2025', {leadTime: 5}, [8, 0, 0, 10, 10], 2.6666666666666665, 10, 8],
  ['leadTime 6 alone', '2025', {leadTime: 6}, [10, 0, 0, 10, 10], 3.3333333333333335, 10, 10],
  ['deployFrequency 1 alone', '2025', {deployFrequency: 1}, [0, 0, 0, 10, 10], 0, 10, 0],
  ['deployFrequency 2 alone', '2025', {deployFrequency: 2}, [0, 2, 0, 10, 10], 0.6666666666666666, 10, 2],
  ['deployFrequency 3 alone', '2025', {deployFrequency: 3}, [0, 4, 0, 10, 10], 1.3333333333333333, 10, 4],
  ['deployFrequency 4 alone', '2025', {deployFrequency: 4}, [0, 6, 0, 10, 10], 2, 10, 6],
  ['deployFrequency 5 alone', '2025', {deployFrequency: 5}, [0, 8, 0, 10, 10], 2.6666666666666665, 10, 8],
  ['deployFrequency 6 alone', '2025', {deployFrequency: 6}, [0, 10, 0, 10, 10], 3.3333333333333335, 10, 10],
  ['recoveryTime 1 alone', '2025', {recoveryTime: 1}, [0, 0, 0, 10, 10], 0, 10, 0],
  ['recoveryTime 2 alone', '2025', {recoveryTime: 2}, [0, 0, 2, 10, 10], 0.6666666666666666, 10, 2],
  ['recoveryTime 3 alone', '2025', {recoveryTime: 3}, [0, 0, 4, 10, 10], 1.3333333333333333, 10, 4],
  ['recoveryTime 4 alone', '2025', {recoveryTime: 4}, [0, 0, 6, 10, 10], 2, 10, 6],
  ['recoveryTime 5 alone', '2025', {recoveryTime: 5}, [0, 0, 8, 10, 10], 2.6666666666666665, 10, 8],
  ['recoveryTime 6 alone', '2025', {recoveryTime: 6}, [0, 0, 10, 10, 10], 3.3333333333333335, 10, 10],
  ['changeFailRate 0% alone', '2025', {changeFailRate: 0}, [0, 0, 0, 10, 10], 0, 10, 10],
  ['changeFailRate 5% alone', '2025', {changeFailRate: 5}, [0, 0, 0, 9.5, 10], 0, 9.75, 9.5],
  ['changeFailRate 7.5% alone', '2025', {changeFailRate: 7.5}, [0, 0, 0, 9.25, 10], 0, 9.625, 9.25],
  ['changeFailRate 33% alone', '2025', {changeFailRate: 33}, [0, 0, 0, 6.699999999999999, 10], 0, 8.35, 6.699999999999999],
  ['changeFailRate 50% alone', '2025', {changeFailRate: 50}, [0, 0, 0, 5, 10], 0, 7.5, 5],
  ['changeFailRate 99.9% alone', '2025', {changeFailRate: 99.9}, [0, 0, 0, 0.00999999999999801, 10], 0, 5.004999999999999, 0.00999999999999801],
  ['changeFailRate 100% alone', '2025', {changeFailRate: 100}, [0, 0, 0, 0, 10], 0, 5, 0],
  ['reworkRate 0% alone', '2025', {reworkRate: 0}, [0, 0, 0, 10, 10], 0, 10, 10],
  ['reworkRate 5% alone', '2025', {reworkRate: 5}, [0, 0, 0, 10, 9.5], 0, 9.75, 9.5],
  ['reworkRate 7.5% alone', '2025', {reworkRate: 7.5}, [0, 0, 0, 10, 9.25], 0, 9.625, 9.25],
  ['reworkRate 33% alone', '2025', {reworkRate: 33}, [0, 0, 0, 10, 6.699999999999999], 0, 8.35, 6.699999999999999],
  ['reworkRate 50% alone', '2025', {reworkRate: 50}, [0, 0, 0, 10, 5], 0, 7.5, 5],
  ['reworkRate 99.9% alone', '2025', {reworkRate: 99.9}, [0, 0, 0, 10, 0.00999999999999801], 0, 5.004999999999999, 0.00999999999999801],
  ['reworkRate 100% alone', '2025', {reworkRate: 100}, [0, 0, 0, 10, 0], 0, 5, 0],
  ['nothing answered', '2025', {}, [0, 0, 0, 10, 10], 0, 10, 0],
  ['nothing answered', '2024', {}, [0, 0, 0, 10], 0, 10, 0],
  ['all answered', '2025', {leadTime: 6, deployFrequency: 6, recoveryTime: 6, changeFailRate: 0, reworkRate: 0}, [10, 10, 10, 10, 10], 10, 10, 10],
  ['all answered', '2024', {leadTime: 6, deployFrequency: 6, recoveryTime: 6, changeFailRate: 0, reworkRate: 0}, [10, 10, 10, 10], 10, 10, 10],
  ['all answered', '2025', {leadTime: 1, deployFrequency: 1, recoveryTime: 1, changeFailRate: 100, reworkRate: 100}, [0, 0, 0, 0, 0], 0, 0, 0],
  ['all answered', '2024', {leadTime: 1, deployFrequency: 1, recoveryTime: 1, changeFailRate: 100, reworkRate: 100}, [0, 0, 0, 0], 0, 0, 0],
  ['all answered', '2025', {leadTime: 4, deployFrequency: 5, recoveryTime: 3, changeFailRate: 15, reworkRate: 7.5}, [6, 8, 4, 8.5, 9.25], 6, 8.875, 7.15],
  ['all answered', '2024', {leadTime: 4, deployFrequency: 5, recoveryTime: 3, changeFailRate: 15, reworkRate: 7.5}, [6, 8, 4, 8.5], 6, 8.5, 6.625],
  ['all answered', '2025', {leadTime: 2, deployFrequency: 6, recoveryTime: 1, changeFailRate: 33, reworkRate: 0}, [2, 10, 0, 6.699999999999999, 10], 4, 8.35, 5.74],
  ['all answered', '2024', {leadTime: 2, deployFrequency: 6, recoveryTime: 1, changeFailRate: 33, reworkRate: 0}, [2, 10, 0, 6.699999999999999], 4, 6.699999999999999, 4.675],
  ['all answered', '2025', {leadTime: 3, deployFrequency: 3, recoveryTime: 5, changeFailRate: 5, reworkRate: 66.6}, [4, 4, 8, 9.5, 3.3400000000000007], 5.333333333333333, 6.42, 5.768],
  ['all answered', '2024', {leadTime: 3, deployFrequency: 3, recoveryTime: 5, changeFailRate: 5, reworkRate: 66.6}, [4, 4, 8, 9.5], 5.333333333333333, 9.5, 6.375],
  ['rework missing', '2025', {leadTime: 5, deployFrequency: 4, recoveryTime: 6, changeFailRate: 20}, [8, 6, 10, 8, 10], 8, 9, 8],
  ['change fail missing', '2025', {leadTime: 5, deployFrequency: 4, recoveryTime: 6, reworkRate: 20}, [8, 6, 10, 10, 8], 8, 9, 8],
  ['recovery missing', '2024', {leadTime: 5, deployFrequency: 4, changeFailRate: 20}, [8, 6, 0, 8], 4.666666666666667, 8, 7.333333333333333],
];

const counted = (s: MetricScore): number => (s.answered ? s.score : s.countedAs);

describe('scores agree with the Quick Check', () => {
  it.each(QUICK_CHECK)('%s (%s)', (_name, edition, answers, metrics, throughput, stability, overall) => {
    const scores = scoreDora(answers, edition);
    expect(scores.metrics.map(counted)).toEqual(metrics);
    expect(scores.throughput).toBe(throughput);
    expect(scores.stability).toBe(stability);
    expect(scores.overall).toBe(overall);
  });

  it.each(QUICK_CHECK)('%s (%s): reports exactly the unanswered questions as missing', (_name, edition, answers) => {
    const scores = scoreDora(answers, edition);
    for (const s of scores.metrics) {
      expect(s.answered).toBe(answers[s.metric] !== undefined);
      expect(scores.missing.includes(s.metric)).toBe(!s.answered);
    }
  });
});

describe('scores shown as the Quick Check shows them', () => {
  // Its results page prints every score with toFixed(1): binary rounding, so 1.45 shows as 1.4.
  it.each([
    [7.15, '7.2'],
    [6.625, '6.6'],
    [1.45, '1.4'],
    [5.768, '5.8'],
    [10, '10.0'],
    [0, '0.0'],
  ])('%d shows as %s', (score, shown) => {
    expect(formatScore(score)).toBe(shown);
  });
});
