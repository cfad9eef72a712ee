/**
 * The shipped benchmark files, turned onto the score scale, against the Quick Check's own turn.
 * Every expected figure below was produced by running dora-team/dora.dev at commit
 * fcaf07b49791e8a16e39b85dbf92610520bf80b6, svelte/quick-check/src/lib/data-service.ts, ad hoc
 * (copied to a scratch folder outside this repository, JSON imports given `with { type: 'json' }`,
 * run with Node 24's type stripping): `DataService.getIndustryMetrics(edition)` and
 * `getOrgSizeMetrics(edition)`, printing for each row [mean, std] of performance_average,
 * software_delivery_throughput, software_delivery_stability, leadtime, deployfreq, failurerecovery,
 * changefailure and rework. So this checks both that the YAML carries the published numbers and
 * that `scaledBenchmark` turns them as the Quick Check does, row by row and in the same order.
 */
import { describe, expect, it } from 'vitest';
import { scaledBenchmark, type BenchmarkGroup, type Measure } from '#src/engine/dora/benchmarks.ts';
import type { DoraEdition } from '#src/engine/inputs/dora-questions.ts';
import { loadBenchmarks } from './load-benchmarks.ts';

type Stat = [mean: number, std: number] | undefined;
type Row = [DoraEdition, BenchmarkGroup, string, Stat, Stat, Stat, Stat, Stat, Stat, Stat, Stat];
const COLUMNS: Measure[] = [
  'overall',
  'throughput',
  'stability',
  'leadTime',
  'deployFrequency',
  'recoveryTime',
  'changeFailRate',
  'reworkRate',
];

// prettier-ignore
const QUICK_CHECK: Row[] = [
  ['2024', 'industries', 'all', [6.55, 1.8], undefined, undefined, [5.1, 2.6], [5.3, 2.9], [7.5, 2.3], [8.3, 2], undefined],
  ['2024', 'industries', 'education', [6.225, 2], undefined, undefined, [4.8, 3.1], [5.1, 3.2], [6.6, 3], [8.4, 2.1], undefined],
  ['2024', 'industries', 'energy', [5.8500000000000005, 2.3], undefined, undefined, [4.6, 2.5], [4.9, 3.1], [6.6, 2.9], [7.3, 2.7], undefined],
  ['2024', 'industries', 'financial_services', [6.6, 1.6], undefined, undefined, [4.9, 2.4], [5.2, 2.7], [7.9, 1.9], [8.4, 1.8], undefined],
  ['2024', 'industries', 'government', [5.85, 1.6], undefined, undefined, [4.6, 2.6], [4.4, 2.6], [6.8, 2.1], [7.6, 2.3], undefined],
  ['2024', 'industries', 'healthcare_pharmaceuticals', [6.25, 1.6], undefined, undefined, [4.6, 2.6], [4.4, 2.6], [7.4, 2.5], [8.6, 1.5], undefined],
  ['2024', 'industries', 'industrials_manufacturing', [6.1499999999999995, 1.8], undefined, undefined, [4.8, 2.4], [4.9, 2.9], [6.6, 2.6], [8.3, 1.9], undefined],
  ['2024', 'industries', 'insurance', [6.1000000000000005, 1.6], undefined, undefined, [4.4, 2.5], [4.9, 3], [6.9, 2.6], [8.2, 2.2], undefined],
  ['2024', 'industries', 'media_entertainment', [6.95, 1.8], undefined, undefined, [5.7, 2.7], [5.7, 2.7], [7.9, 2.4], [8.5, 1.9], undefined],
  ['2024', 'industries', 'non_profit', [6.65, 1.8], undefined, undefined, [5.6, 3.1], [4.9, 2.5], [7.6, 2], [8.5, 2.3], undefined],
  ['2024', 'industries', 'consumer', [7.15, 1.7], undefined, undefined, [5.8, 2.6], [6.3, 3], [8, 1.9], [8.5, 1.6], undefined],
  ['2024', 'industries', 'technology', [6.75, 1.8], undefined, undefined, [5.4, 2.5], [5.5, 2.9], [7.7, 2.1], [8.4, 1.9], undefined],
  ['2024', 'industries', 'telecommunications', [6.25, 1.8], undefined, undefined, [4.8, 2.5], [4.9, 2.7], [7.2, 2.3], [8.1, 2], undefined],
  ['2024', 'industries', 'other', [6.8, 1.7], undefined, undefined, [5.5, 2.4], [5.6, 2.9], [7.8, 2.1], [8.3, 1.9], undefined],
  ['2024', 'organisationSizes', 'all', [6.55, 1.8], undefined, undefined, [5.1, 2.6], [5.3, 2.9], [7.5, 2.3], [8.3, 2], undefined],
  ['2024', 'organisationSizes', 'fewer_than_00002', [5.4, 2.2], undefined, undefined, [5.2, 3.5], [4.8, 3.6], [5.3, 3.6], [6.3, 3.3], undefined],
  ['2024', 'organisationSizes', 'fewer_than_010', [6.43, 2.1], undefined, undefined, [5.32, 2.8], [5.1, 2.9], [7.1, 2.6], [8.2, 1.9], undefined],
  ['2024', 'organisationSizes', 'fewer_than_020', [7.125, 1.7], undefined, undefined, [6.3, 2.5], [6.1, 2.6], [8, 2.4], [8.1, 2], undefined],
  ['2024', 'organisationSizes', 'fewer_than_100', [6.775, 1.7], undefined, undefined, [5.4, 2.6], [5.4, 2.8], [7.9, 1.9], [8.4, 1.9], undefined],
  ['2024', 'organisationSizes', 'fewer_than_500', [6.955, 1.8], undefined, undefined, [5.6, 2.5], [6, 2.9], [7.82, 2.1], [8.4, 1.8], undefined],
  ['2024', 'organisationSizes', 'fewer_than_1000', [6.5249999999999995, 1.9], undefined, undefined, [5, 2.6], [5.4, 3], [7.5, 2.4], [8.2, 2.1], undefined],
  ['2024', 'organisationSizes', 'fewer_than_5000', [6.6, 1.7], undefined, undefined, [5.1, 2.5], [5.3, 2.9], [7.6, 2], [8.4, 1.8], undefined],
  ['2024', 'organisationSizes', 'fewer_than_10000', [6.45, 1.8], undefined, undefined, [4.9, 2.5], [5.2, 3], [7.4, 2.5], [8.3, 2], undefined],
  ['2024', 'organisationSizes', 'more_than_9999', [6.375, 1.7], undefined, undefined, [4.8, 2.5], [4.8, 2.8], [7.5, 2], [8.4, 1.8], undefined],
  ['2025', 'industries', 'all', [6.720000000000001, 1.2], [6, 2.1], [7.9, 2], [5.5, 2.4], [4.8, 2.8], [7.4, 2.1], [8.1, 2.1], [7.8, 2.2]],
  ['2025', 'industries', 'consumer', [7.06, 1.1], [6.3, 2], [8.2, 1.7], [5.9, 2.3], [5.3, 2.7], [7.8, 1.8], [8.3, 2], [8, 1.9]],
  ['2025', 'industries', 'media_entertainment', [7, 1.2], [6.2, 2.2], [8.2, 1.6], [5.8, 2.4], [5.2, 2.7], [7.6, 2.1], [8.2, 1.8], [8.2, 1.7]],
  ['2025', 'industries', 'non_profit', [6.720000000000001, 1.2], [6.1, 2], [7.8, 2.7], [5.9, 2.7], [4.5, 2.6], [7.5, 1.8], [7.8, 2.8], [7.9, 2.5]],
  ['2025', 'industries', 'technology', [6.760000000000001, 1.2], [6.1, 2.1], [7.9, 2], [5.7, 2.4], [4.9, 2.8], [7.4, 2.1], [8.1, 2], [7.7, 2.2]],
  ['2025', 'industries', 'telecommunications', [6.42, 1.3], [5.7, 2.1], [7.5, 2.4], [5.2, 2.4], [4.7, 2.6], [7.2, 2.3], [7.6, 2.5], [7.4, 2.5]],
  ['2025', 'industries', 'other', [6.9399999999999995, 1.2], [6.1, 2.1], [8.2, 1.7], [5.7, 2.4], [5, 2.7], [7.6, 2], [8.4, 1.9], [8, 2]],
  ['2025', 'industries', 'education', [6.2, 1.3], [5.6, 2.3], [7.3, 2.1], [5.5, 2.6], [4.5, 2.9], [6.6, 2.6], [7.3, 2.4], [7.1, 2.3]],
  ['2025', 'industries', 'financial_services', [6.92, 1.1], [6.1, 1.9], [8.2, 1.8], [5.4, 2.3], [5.1, 2.6], [7.7, 1.9], [8.3, 2.1], [8.1, 1.9]],
  ['2025', 'industries', 'healthcare_pharmaceuticals', [6.26, 1.4], [5.6, 2.2], [7.5, 2.2], [5, 2.6], [4.3, 2.8], [7.1, 2.2], [7.5, 2.3], [7.4, 2.4]],
  ['2025', 'industries', 'energy', [6.640000000000001, 1.1], [5.8, 2], [8.1, 1.6], [5.4, 2.5], [4.5, 2.7], [7.2, 1.9], [8.2, 1.8], [7.9, 1.9]],
  ['2025', 'industries', 'government', [6.32, 1.3], [5.4, 2.3], [7.7, 2], [4.8, 2.6], [4.3, 3], [7, 2.1], [7.9, 2.2], [7.6, 2.2]],
  ['2025', 'industries', 'insurance', [6.640000000000001, 1.2], [5.7, 1.8], [8.2, 1.8], [4.8, 2.2], [4.4, 2.5], [7.5, 1.8], [8.3, 2], [8.2, 1.9]],
  ['2025', 'industries', 'industrials_manufacturing', [6.140000000000001, 1.3], [5.1, 2.3], [7.8, 2], [4.9, 2.6], [3.7, 2.7], [6.5, 2.3], [8, 1.9], [7.6, 2.3]],
  ['2025', 'organisationSizes', 'all', [5.76, 1.2], [6, 2.1], [7.9, 2], [5.5, 2.4], [4.8, 2.8], [2.6, 2.1], [8.1, 2.1], [7.8, 2.2]],
  ['2025', 'organisationSizes', 'solo', [5.6, 1.6], [6.3, 2.1], [6.9, 3], [6.4, 2.7], [5.1, 3.4], [2.8, 2.6], [7, 3.1], [6.7, 3.1]],
  ['2025', 'organisationSizes', 'fewer_than_10', [5.86, 1.4], [6.3, 2.3], [7.9, 2], [6.4, 2.7], [4.8, 2.9], [2.3, 2.2], [8.1, 2.2], [7.7, 2.3]],
  ['2025', 'organisationSizes', 'fewer_than_100', [5.72, 1.1], [5.9, 1.9], [7.9, 1.9], [5.8, 2.3], [4.4, 2.4], [2.4, 1.9], [8.3, 1.8], [7.7, 2.1]],
  ['2025', 'organisationSizes', 'fewer_than_500', [5.76, 1.2], [6, 2], [7.9, 2], [5.6, 2.4], [4.8, 2.7], [2.6, 2.1], [8.1, 2], [7.7, 2.2]],
  ['2025', 'organisationSizes', 'fewer_than_1000', [5.779999999999999, 1.3], [6, 2], [7.9, 2], [5.5, 2.4], [4.7, 2.6], [2.7, 2.1], [8.2, 2.1], [7.8, 2.2]],
  ['2025', 'organisationSizes', 'fewer_than_5000', [5.720000000000001, 1.2], [5.8, 2.1], [8, 1.9], [5.3, 2.4], [4.7, 2.7], [2.6, 2.2], [8.1, 2.1], [7.9, 2.1]],
  ['2025', 'organisationSizes', 'fewer_than_10000', [5.779999999999999, 1.2], [6, 2], [8.1, 1.8], [5.4, 2.4], [4.8, 2.8], [2.5, 1.9], [8.2, 2.1], [8, 1.9]],
  ['2025', 'organisationSizes', 'more_than_9999', [5.779999999999999, 1.2], [5.9, 2.2], [8, 2], [5.2, 2.5], [4.9, 2.8], [2.8, 2.2], [8.1, 2.2], [7.9, 2.2]],
];

describe('benchmarks agree with the Quick Check', () => {
  it.each(QUICK_CHECK)('%s %s %s', (edition, group, key, ...stats) => {
    const row = loadBenchmarks(edition)[group][key];
    expect(row).toBeDefined();
    if (!row) return;
    const scaled = scaledBenchmark(row, edition);
    const expected = Object.fromEntries(
      COLUMNS.flatMap((measure, i) => {
        const stat = stats[i];
        return stat ? [[measure, { mean: stat[0], spread: stat[1] }]] : [];
      }),
    );
    expect(scaled).toEqual(expected);
  });

  it.each(['2024', '2025'] as const)('covers every row of the %s files', (edition) => {
    const benchmarks = loadBenchmarks(edition);
    for (const group of ['industries', 'organisationSizes'] as const) {
      const keys = QUICK_CHECK.filter((r) => r[0] === edition && r[1] === group).map((r) => r[2]);
      expect(Object.keys(benchmarks[group])).toEqual(keys);
    }
  });
});
