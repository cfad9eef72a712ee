import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { benchmarkChoices, benchmarksSchema } from '#src/engine/dora/benchmarks.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { loadBenchmarks, SHIPPED_EDITIONS } from './load-benchmarks.ts';

/** The problems `assess check` and the build report for a benchmark file holding `data`. */
const problems = (data: unknown): string[] => {
  const result = parseYaml(stringify(data), 'benchmarks.yaml', benchmarksSchema);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('the shipped benchmark files', () => {
  it.each(SHIPPED_EDITIONS)('%s validates and names its source', (edition) => {
    const benchmarks = loadBenchmarks(edition);
    expect(benchmarks.edition).toBe(edition);
    expect(benchmarks.source.repository).toBe('dora-team/dora.dev');
    expect(benchmarks.source.commit).toBe('fcaf07b49791e8a16e39b85dbf92610520bf80b6');
    expect(benchmarks.source.files.industries).toBe(`svelte/quick-check/src/lib/data/editions/${edition}/industry_metrics.json`);
    expect(benchmarkChoices(benchmarks, 'industries')[0]).toEqual({ key: 'all', name: 'All industries' });
    expect(benchmarkChoices(benchmarks, 'organisationSizes')[0]).toEqual({ key: 'all', name: 'All organizations' });
  });

  it('records where the 2025 figures disagree with themselves', () => {
    const { discrepancies, industries, organisationSizes } = loadBenchmarks('2025');
    expect(discrepancies.map((d) => d.id)).toEqual([
      'recovery-time-reversed-by-size',
      'overall-mean-mixes-scales',
      'no-size-row-for-10-to-19',
    ]);
    expect(industries.all?.recoveryTime.mean).toBe(7.4);
    expect(organisationSizes.all?.recoveryTime.mean).toBe(2.6);
    expect(10 - (organisationSizes.all?.recoveryTime.mean ?? 0)).toBeCloseTo(industries.all?.recoveryTime.mean ?? 0, 12);
  });
});

describe('the benchmark schema', () => {
  const good = loadBenchmarks('2025');

  it('says what is wrong, field by field', () => {
    const bad = structuredClone(good) as Record<string, any>;
    bad.edition = 2025;
    bad.source.commit = 'fcaf07b';
    bad.industries.technology.leadTime.mean = 11;
    bad.industries.technology.leadtime = { mean: 1, std: 1 };
    bad.organisationSizes['Big Co'] = bad.organisationSizes.all;
    expect(problems(bad)).toMatchInlineSnapshot(`
      [
        "edition: must be a year like "2025", in quotes (got 2025)",
        "source.commit: must be the 40-character commit the figures were read at (got "fcaf07b")",
        "industries.technology.leadTime.mean: must be a number from 0 to 10 (got 11)",
        "industries.technology.leadtime: unknown field; allowed here: name, overall, throughput, instability, leadTime, deployFrequency, recoveryTime, changeFailRate, reworkRate",
        "organisationSizes.Big Co: must be a lower-case key like financial_services (got a mapping)",
      ]
    `);
  });

  it('checks the rows and the notes against each other once each field is right', () => {
    const bad = structuredClone(good) as Record<string, any>;
    delete bad.industries.technology.reworkRate;
    bad.discrepancies[2].keys = ['fewer_than_20'];
    bad.discrepancies[1].id = bad.discrepancies[0].id;
    expect(problems(bad)).toMatchInlineSnapshot(`
      [
        "industries.technology.reworkRate: is missing; the 2025 edition asks the rework rate",
        "discrepancies.1.id: duplicate id recovery-time-reversed-by-size",
        "discrepancies.2.keys.0: no row fewer_than_20 in organisationSizes",
      ]
    `);
  });

  it('wants an all row, and no rework rate in 2024', () => {
    const bad = structuredClone(loadBenchmarks('2024')) as Record<string, any>;
    delete bad.industries.all;
    bad.organisationSizes.all.reworkRate = { mean: 2, std: 2 };
    expect(problems(bad)).toMatchInlineSnapshot(`
      [
        "industries: needs an all row, the benchmark for everyone",
        "organisationSizes.all.reworkRate: the 2024 edition has no rework rate",
      ]
    `);
  });
});
