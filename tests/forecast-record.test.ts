/**
 * The forecast a record keeps (records/forecast.ts): every writer adds it, check reads it back the
 * same through both YAML readers, and a hand-edited one that is wrong is refused on its line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { forecastOf, withForecast } from '#src/engine/records/forecast.ts';
import { recordSchema } from '#src/engine/records/record-schema.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import { singleRecord } from '#src/engine/records/record-build.ts';
import { organisationPages, type Organisation } from '#src/engine/history/organisation.ts';
import { fastYaml } from '#src/engine/validation/fast-yaml.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { assess, BASE, TODAY, tempDir } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const answers = { teamSize: 60, infraTimeShare: 28, onboardingDays: 12, hasPlatformTeam: false, engineerCost: 150000, currency: 'EUR' };

describe('the forecast a record keeps', () => {
  const made = evaluate(answers, framework, { assessedOn: '2026-05-11' }).businessCase;
  const record = withForecast(
    singleRecord({ organization: 'Acme', unit: 'payments', assessedOn: '2026-05-11' }, answers, framework.version),
    made,
  );

  it('holds the team, the assumptions as used, their win-back range and the figures', () => {
    expect(record.forecast).toEqual(forecastOf(made));
    expect(record.forecast!.assumptions.expectedRecoveryPercent).toBe(framework.businessCase.assumptions.expectedRecoveryPercent.default);
    expect(record.forecast!.winBackRange).toEqual({
      low: framework.businessCase.assumptions.expectedRecoveryPercent.low,
      high: framework.businessCase.assumptions.expectedRecoveryPercent.high,
    });
    expect(record.forecast!.paybackMonth).toBe(made.timeline.paybackMonth);
  });

  it('is written as YAML both readers parse to the same record', () => {
    const text = recordToYaml(record);
    expect(fastYaml(text)).toBeDefined();
    const parsed = parseYaml(text, 'r.yaml', recordSchema(framework, { today: TODAY }));
    expect(parsed.ok && parsed.value).toEqual(record);
  });

  it('is written by --save', async () => {
    const dir = tempDir('pf-forecast-');
    const file = join(dir, 'payments', '2026-11-02.yaml');
    const r = await assess(...BASE, '--save', file, '--org', 'Acme', '--unit', 'payments', '--date', '2026-11-02');
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# The business case as made on this day, kept so a later framework does not rewrite it.\nforecast:\n');
    expect((await assess('check', dir)).code).toBe(0);
  });

  it('refuses a hand-edited forecast that is wrong, on its line', () => {
    const text = recordToYaml(record)
      .replace('paybackStatus: pays-back', 'paybackStatus: soon')
      .replace(/low: \d+/, 'low: 99');
    const parsed = parseYaml(text, 'r.yaml', recordSchema(framework, { today: TODAY }));
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "r.yaml:24: forecast.paybackStatus: must be pays-back, never-behind, not-within-horizon or nothing-at-stake (got "soon")",
        "r.yaml:36: forecast.winBackRange: low must not be above high",
      ]
    `);
  });
});

describe('an organisation’s pages', () => {
  it('are bounded: units in pages of 50, every unit on exactly one', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ slug: `u-${i}` }));
    const pages = organisationPages({ rows } as unknown as Organisation);
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
    expect(pages.every((p) => p.of === 3)).toBe(true);
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.slug))).size).toBe(120);
  });
});
