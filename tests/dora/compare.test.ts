import { describe, expect, it } from 'vitest';
import { compareWithBenchmark, positionOf } from '#src/engine/dora/compare.ts';
import { scoreDora } from '#src/engine/dora/scores.ts';
import { loadBenchmarks } from './load-benchmarks.ts';

describe('comparing scores with a benchmark', () => {
  const fast = scoreDora({ leadTime: 6, deployFrequency: 6, recoveryTime: 6, changeFailRate: 5, reworkRate: 5 }, '2025');

  it('puts a score above, near or below the band of mean plus or minus one spread, edges included', () => {
    expect(positionOf(8, 5, 3)).toBe('near');
    expect(positionOf(2, 5, 3)).toBe('near');
    expect(positionOf(8.01, 5, 3)).toBe('above');
    expect(positionOf(1.99, 5, 3)).toBe('below');
    expect(positionOf(5.5 + 2.4, 5.5, 2.4)).toBe('near');
  });

  it('compares every figure the edition publishes, in order', () => {
    const result = compareWithBenchmark(fast, loadBenchmarks('2025'), 'industries', 'technology');
    expect(result.ok && result.value.name).toBe('Technology');
    expect(result.ok && result.value.measures.map((m) => [m.measure, m.score, m.mean, m.spread, m.position])).toMatchInlineSnapshot(`
      [
        [
          "overall",
          9.8,
          6.760000000000001,
          1.2,
          "above",
        ],
        [
          "throughput",
          10,
          6.1,
          2.1,
          "above",
        ],
        [
          "stability",
          9.5,
          7.9,
          2,
          "near",
        ],
        [
          "leadTime",
          10,
          5.7,
          2.4,
          "above",
        ],
        [
          "deployFrequency",
          10,
          4.9,
          2.8,
          "above",
        ],
        [
          "recoveryTime",
          10,
          7.4,
          2.1,
          "above",
        ],
        [
          "changeFailRate",
          9.5,
          8.1,
          2,
          "near",
        ],
        [
          "reworkRate",
          9.5,
          7.7,
          2.2,
          "near",
        ],
      ]
    `);
    expect(result.ok && result.value.discrepancies.map((d) => d.id)).toEqual(['overall-mean-mixes-scales']);
  });

  it('has no group benchmarks in 2024, which publishes none', () => {
    const scores = scoreDora({ leadTime: 1, deployFrequency: 2, recoveryTime: 3, changeFailRate: 80 }, '2024');
    const result = compareWithBenchmark(scores, loadBenchmarks('2024'), 'organisationSizes', 'fewer_than_020');
    expect(result.ok && result.value.measures.map((m) => `${m.measure} ${m.position}`)).toMatchInlineSnapshot(`
      [
        "overall below",
        "leadTime below",
        "deployFrequency below",
        "recoveryTime below",
        "changeFailRate below",
      ]
    `);
  });

  it('surfaces the discrepancy beside the figure it touches', () => {
    const result = compareWithBenchmark(fast, loadBenchmarks('2025'), 'organisationSizes', 'all');
    if (!result.ok) throw new Error(result.message);
    const recovery = result.value.measures.find((m) => m.measure === 'recoveryTime');
    expect(recovery).toMatchObject({ mean: 2.6, discrepancies: ['recovery-time-reversed-by-size'] });
    expect(result.value.measures.find((m) => m.measure === 'overall')?.discrepancies).toEqual([
      'recovery-time-reversed-by-size',
      'overall-mean-mixes-scales',
    ]);
    expect(result.value.measures.find((m) => m.measure === 'leadTime')?.discrepancies).toEqual([]);
  });

  it('surfaces a note about a whole row only for that row', () => {
    const benchmarks = loadBenchmarks('2025');
    const ids = (key: string) => {
      const result = compareWithBenchmark(fast, benchmarks, 'organisationSizes', key);
      return result.ok ? result.value.discrepancies.map((d) => d.id) : [];
    };
    expect(ids('fewer_than_10')).toContain('no-size-row-for-10-to-19');
    expect(ids('fewer_than_500')).not.toContain('no-size-row-for-10-to-19');
  });

  it('does not compare what was not answered, nor a group or overall with a gap', () => {
    const scores = scoreDora({ leadTime: 4, deployFrequency: 4, recoveryTime: 4, changeFailRate: 10 }, '2025');
    const result = compareWithBenchmark(scores, loadBenchmarks('2025'), 'industries', 'all');
    expect(result.ok && result.value.measures.map((m) => `${m.measure} ${m.position}`)).toMatchInlineSnapshot(`
      [
        "overall not-answered",
        "throughput near",
        "stability not-answered",
        "leadTime near",
        "deployFrequency near",
        "recoveryTime near",
        "changeFailRate near",
        "reworkRate not-answered",
      ]
    `);
  });

  it('names the choices for an unknown industry or size', () => {
    expect(compareWithBenchmark(fast, loadBenchmarks('2025'), 'industries', 'banking')).toMatchInlineSnapshot(`
      {
        "message": "unknown industry "banking"; choose one of: all (All industries), consumer (Retail/Consumer/e-Commerce), media_entertainment (Media & Entertainment), non_profit (Non-profit), technology (Technology), telecommunications (Telecommunications), other (Other), education (Education), financial_services (Financial Services), healthcare_pharmaceuticals (Healthcare & Pharmaceuticals), energy (Energy), government (Government), insurance (Insurance), industrials_manufacturing (Industrials & Manufacturing)",
        "ok": false,
      }
    `);
    expect(compareWithBenchmark(fast, loadBenchmarks('2025'), 'organisationSizes', 'toString')).toMatchInlineSnapshot(`
      {
        "message": "unknown organisation size "toString"; choose one of: all (All organizations), solo (1 employee), fewer_than_10 (2 to 9 employees), fewer_than_100 (20 to 99 employees), fewer_than_500 (100 to 499 employees), fewer_than_1000 (500 to 999 employees), fewer_than_5000 (1,000 to 4,999 employees), fewer_than_10000 (5,000 to 9,999 employees), more_than_9999 (10,000 or more employees)",
        "ok": false,
      }
    `);
  });

  it('refuses scores from another edition', () => {
    expect(compareWithBenchmark(fast, loadBenchmarks('2024'), 'industries', 'all')).toMatchInlineSnapshot(`
      {
        "message": "the scores follow the 2025 edition but the benchmarks are 2024; score the answers with the 2024 edition",
        "ok": false,
      }
    `);
  });
});
