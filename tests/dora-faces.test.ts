/**
 * DORA's answers through the faces: CLI flags and their refusals, the text report, --json, records
 * (old ones stay valid, new ones round-trip) and `assess history`. All on fixtures: the frozen
 * framework and tests/fixtures/dora (round benchmark figures), never today's content.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { recordSchema } from '#src/engine/records/record-schema.ts';
import { loadRecord } from '#src/node/records.ts';
import { combineAnswers } from '#src/engine/respondents/combine.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import { doraChart } from '#src/render/dora-html.ts';
import { assess, assessWith, BASE, TODAY } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const DORA = [
  '--dora-deploy-frequency',
  'on-demand',
  '--dora-recovery-time',
  '5',
  '--dora-change-fail-rate',
  '10',
  '--dora-rework-rate',
  '5%',
  '--industry',
  'technology',
  '--org-size',
  'large',
];

const section = (stdout: string) => stdout.slice(stdout.indexOf("Delivery on DORA's scale"), stdout.indexOf('\nAssessed '));

const dir = mkdtempSync(join(tmpdir(), 'pf-dora-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DORA answers from flags', () => {
  it('prints the scores beside both benchmarks, the edition, the source and the notes; the lead time follows from --commit-minutes', async () => {
    const r = await assess(...BASE, '--commit-minutes', '2000', ...DORA);
    expect(r.code).toBe(0);
    expect(section(r.stdout)).toMatchInlineSnapshot(`
      "Delivery on DORA's scale:
        Scores 0 to 10 (10 best), computed as DORA's Quick Check computes them, 2025 edition.
        Lead time follows from the commit-to-production time you gave (33.3 hours: between a day and a week).
        Overall performance: 8.5; Technology (industry) 7.2 ± 1.0: above; 1,000 or more employees (organisation size) 5.6 ± 1.0: above
        Throughput: 8.0; Technology (industry) 6.5 ± 2.0: near; 1,000 or more employees (organisation size) 6.0 ± 2.0: near
        Stability: 9.3; Technology (industry) 8.0 ± 2.0: near; 1,000 or more employees (organisation size) 8.0 ± 2.0: near
        Lead time for changes: 6.0 (Between a day and a week); Technology (industry) 6.0 ± 2.0: near; 1,000 or more employees (organisation size) 5.0 ± 2.0: near
        Deployment frequency: 10.0 (On demand, several times a day); Technology (industry) 6.0 ± 2.0: above; 1,000 or more employees (organisation size) 4.0 ± 2.0: above
        Failed deployment recovery time: 8.0 (Under a day); Technology (industry) 8.0 ± 1.0: near; 1,000 or more employees (organisation size) 3.0 ± 2.0: above (see note 1)
        Change fail rate: 9.0 (10%); Technology (industry) 8.0 ± 1.0: near; 1,000 or more employees (organisation size) 8.0 ± 2.0: near
        Deployment rework rate: 9.5 (5%); Technology (industry) 8.0 ± 1.0: above; 1,000 or more employees (organisation size) 8.0 ± 2.0: near
        Benchmarks: Fixture publisher, 2025 edition (example/fixture at 0123456, read 2026-11-01).
        Note 1: The size file's recovery means read as if on the reversed scale.
      "
    `);
  });

  it('asks nothing of DORA when no DORA flag is given', async () => {
    const r = await assess(...BASE, '--commit-minutes', '2000');
    expect(r.stdout).not.toContain("Delivery on DORA's scale");
    expect(JSON.parse((await assess(...BASE, '--json')).stdout).dora).toBeNull();
  });

  it('says which answers are missing and compares no average that needs them', async () => {
    const r = await assess(...BASE, '--dora-lead-time', 'under-a-day', '--industry', 'all');
    expect(section(r.stdout)).toMatchInlineSnapshot(`
      "Delivery on DORA's scale:
        Scores 0 to 10 (10 best), computed as DORA's Quick Check computes them, 2025 edition.
        Overall performance: not answered; All industries (industry) 6.6 ± 1.0: not compared
        Throughput: not answered; All industries (industry) 6.0 ± 2.0: not compared
        Stability: not answered; All industries (industry) 8.0 ± 2.0: not compared
        Lead time for changes: 8.0 (Under a day); All industries (industry) 5.0 ± 2.0: above
        Deployment frequency: not answered; All industries (industry) 5.0 ± 2.0: not compared
        Failed deployment recovery time: not answered; All industries (industry) 7.0 ± 2.0: not compared
        Change fail rate: not answered; All industries (industry) 8.0 ± 2.0: not compared
        Deployment rework rate: not answered; All industries (industry) 8.0 ± 2.0: not compared
        Not answered: deployment frequency, failed deployment recovery time, change fail rate, deployment rework rate; the overall, throughput and stability scores need every answer they average.
        Benchmarks: Fixture publisher, 2025 edition (example/fixture at 0123456, read 2026-11-01).
      "
    `);
  });

  it('refuses bad DORA input naming the flag and what it allows (exit 2)', async () => {
    const out: string[] = [];
    for (const args of [
      ['--dora-lead-time', '9'],
      ['--dora-deploy-frequency', 'weekly'],
      ['--dora-change-fail-rate', '101'],
      ['--dora-rework-rate', 'lots'],
      ['--industry', 'tech'],
      ['--org-size', 'huge'],
    ]) {
      const r = await assess(...BASE, ...args);
      out.push(`$ assess ... ${args.join(' ')}`, r.stderr.trimEnd(), `(exit ${r.code})`);
    }
    expect(out.join('\n')).toMatchInlineSnapshot(`
      "$ assess ... --dora-lead-time 9
      assess: --dora-lead-time: must be 1 to 6 or its name: 1 over-six-months, 2 one-to-six-months, 3 week-to-month, 4 day-to-week, 5 under-a-day, 6 under-an-hour (got "9")
      (exit 2)
      $ assess ... --dora-deploy-frequency weekly
      assess: --dora-deploy-frequency: must be 1 to 6 or its name: 1 under-twice-a-year, 2 monthly-to-twice-a-year, 3 weekly-to-monthly, 4 daily-to-weekly, 5 hourly-to-daily, 6 on-demand (got "weekly")
      (exit 2)
      $ assess ... --dora-change-fail-rate 101
      assess: --dora-change-fail-rate: must be a percentage from 0 to 100 (got "101")
      (exit 2)
      $ assess ... --dora-rework-rate lots
      assess: --dora-rework-rate: must be a percentage from 0 to 100 (got "lots")
      (exit 2)
      $ assess ... --industry tech
      assess: --industry: unknown choice "tech"; choose one of: all, technology
      (exit 2)
      $ assess ... --org-size huge
      assess: --org-size: unknown choice "huge"; choose one of: all, large
      (exit 2)"
    `);
  });

  it('puts scores, edition, source and comparisons under the documented dora key', async () => {
    const json = JSON.parse((await assess(...BASE, '--commit-minutes', '2000', ...DORA, '--json')).stdout);
    expect(json.dora.edition).toBe('2025');
    expect(json.dora.leadTimeFrom).toEqual({ commitToProductionMinutes: 2000, leadTime: 4 });
    expect(json.dora.scores.overall).toBeCloseTo(8.5);
    expect(json.dora.source.repository).toBe('example/fixture');
    expect(json.dora.industry.name).toBe('Technology');
    expect(json.dora.organisationSize.measures.find((m: { measure: string }) => m.measure === 'recoveryTime')).toMatchObject({
      position: 'above',
      discrepancies: ['recovery-reversed'],
    });
  });
});

describe('DORA answers in records', () => {
  it('writes them with --save and reads them back the same', async () => {
    const file = join(dir, 'saved.yaml');
    const r = await assess(...BASE, ...DORA, '--dora-lead-time', '6', '--save', file, '--org', 'Acme');
    expect(r.code).toBe(0);
    const written = parse(readFileSync(file, 'utf8'));
    expect(written.answers.dora).toEqual({
      leadTime: 6,
      deployFrequency: 6,
      recoveryTime: 5,
      changeFailRate: 10,
      reworkRate: 5,
      industry: 'technology',
      organisationSize: 'large',
      // The fixtures' latest edition, which scored them (tests/dora-editions.test.ts).
      edition: '2025',
    });
    const back = await assess(file, '--json');
    expect(JSON.parse(back.stdout).dora.scores.metrics).toHaveLength(5);
  });

  it('keeps a record without dora valid, and names a bad dora field and what it allows', () => {
    const framework = fixtureFramework();
    const base = {
      schemaVersion: 1,
      organization: 'Acme',
      assessedOn: '2026-11-02',
      answers: { teamSize: 10, infraTimeShare: 10, onboardingDays: 3 },
    };
    expect(recordSchema(framework, { today: TODAY }).safeParse(base).success).toBe(true);
    const file = join(dir, 'bad.yaml');
    const bad = `schemaVersion: 1\norganization: Acme\nassessedOn: 2026-11-02\nanswers:\n  teamSize: 10\n  infraTimeShare: 10\n  onboardingDays: 3\n  dora:\n    leadTime: 7\n    changeFailRate: 120\n    industry: Tech Sector\n    speed: 3\n`;
    writeFileSync(file, bad);
    const loaded = loadRecord(file, framework, { today: TODAY });
    expect(loaded.ok ? [] : loaded.problems.map((p) => formatProblem(p).replace(dir, '<tmp>'))).toMatchInlineSnapshot(`
      [
        "<tmp>/bad.yaml:9: answers.dora.leadTime: must be a whole number from 1 to 6: 1 over-six-months, 2 one-to-six-months, 3 week-to-month, 4 day-to-week, 5 under-a-day, 6 under-an-hour (got 7)",
        "<tmp>/bad.yaml:10: answers.dora.changeFailRate: must be a percentage from 0 to 100 (got 120)",
        "<tmp>/bad.yaml:11: answers.dora.industry: must be a benchmark key like financial_services (assess --help lists them) (got "Tech Sector")",
        "<tmp>/bad.yaml:12: answers.dora.speed: unknown field; allowed here: leadTime, deployFrequency, recoveryTime, changeFailRate, reworkRate, industry, organisationSize, edition",
      ]
    `);
  });

  it('warns on a benchmark pick the benchmarks lack, with file, line and the choices, and still accepts the record', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pf-dora-picks-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    const v1 = `schemaVersion: 1\norganization: Acme\nassessedOn: 2026-11-02\nanswers:\n  teamSize: 10\n  infraTimeShare: 10\n  onboardingDays: 3\n  dora:\n    industry: tech_sector\n`;
    const v2 = `schemaVersion: 2\norganization: Acme\nunit: two\nassessedOn: 2026-11-02\nrespondents:\n  - name: A\n    answers:\n      teamSize: 10\n      infraTimeShare: 10\n      onboardingDays: 3\n  - name: B\n    answers:\n      teamSize: 10\n      infraTimeShare: 10\n      onboardingDays: 3\n      dora:\n        organisationSize: huge\n`;
    writeFileSync(join(folder, 'one.yaml'), v1);
    writeFileSync(join(folder, 'two.yaml'), v2);
    const r = await assess('check', folder);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 records');
    expect(r.stderr.replaceAll(folder, '<tmp>')).toMatchInlineSnapshot(`
      "<tmp>/one.yaml:9: warning: answers.dora.industry: unknown choice "tech_sector"; choose one of: all, technology (DORA's benchmarks)
      <tmp>/two.yaml:17: warning: respondents.1.answers.dora.organisationSize: unknown choice "huge"; choose one of: all, large (DORA's benchmarks)
      "
    `);
  });

  it("fails check when DORA's benchmarks are broken, as the build does", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pf-dora-broken-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    writeFileSync(join(folder, 'benchmarks-2025.yaml'), "edition: '2025'\nindustries: []\n");
    const r = await assessWith({ PLATFORM_FIT_DORA: folder }, 'check', 'tests/fixtures/history');
    expect(r.code).toBe(1);
    expect(r.stderr.replaceAll(folder, '<tmp>').split('\n')[0]).toMatchInlineSnapshot(
      `"<tmp>/benchmarks-2025.yaml:1: source: is missing; it must be a mapping of publisher, repository, commit, files, readOn"`,
    );
  });

  it('lists the DORA scores per record in assess history, one line, only where given', async () => {
    const r = await assess('history', 'tests/fixtures/dora-history');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('DORA'))).toMatchInlineSnapshot(`
      [
        "    DORA scores (edition not recorded, 0-10): overall 5.9, throughput 4.7, stability 7.8, lead time 6.0, deployment frequency 4.0, recovery time 4.0, change fail rate 7.5, rework rate 8.0",
        "    DORA scores (2025 edition, 0-10): overall 8.0, throughput 7.3, stability 9.0, lead time 8.0, deployment frequency 8.0, recovery time 6.0, change fail rate 8.8, rework rate 9.2",
      ]
    `);
  });
});

describe('DORA answers of several respondents', () => {
  it('combine by median (an ordered answer rounded) and keep a benchmark only when all agree', () => {
    const base = { teamSize: 10, infraTimeShare: 10, onboardingDays: 3 };
    const { answers } = combineAnswers([
      { ...base, dora: { leadTime: 3, changeFailRate: 10, industry: 'technology', organisationSize: 'all' } },
      { ...base, dora: { leadTime: 4, changeFailRate: 20, industry: 'technology', organisationSize: 'large' } },
      { ...base },
    ]);
    expect(answers.dora).toEqual({ leadTime: 4, changeFailRate: 15, industry: 'technology' });
  });

  it('writes the dora mapping into YAML that reads back the same', () => {
    const record = {
      schemaVersion: 1 as const,
      organization: 'Acme',
      assessedOn: '2026-11-02',
      answers: {
        teamSize: 10,
        infraTimeShare: 10,
        onboardingDays: 3,
        dora: { deployFrequency: 6 as const, reworkRate: 2.5, industry: 'all' },
      },
    };
    expect(parse(recordToYaml(record))).toEqual(record);
  });
});

describe('the DORA section as HTML', () => {
  it('says in its chart label what the chart draws', () => {
    const row = { measure: 'leadTime' as const, title: 'Lead time for changes', answer: 'Under a day', score: 8, scoreText: '8.0' };
    const chart = doraChart({
      ...row,
      benchmarks: [{ name: 'Technology (industry)', text: '6.0 ± 2.0: near', position: 'near', mean: 6, spread: 2 }],
    });
    expect(/aria-label="([^"]*)"/.exec(chart?.value ?? '')?.[1]).toMatchInlineSnapshot(
      `"Lead time for changes: 8.0 of 10; Technology (industry): 6.0 ± 2.0: near"`,
    );
    expect(doraChart({ ...row, score: undefined, scoreText: 'not answered', benchmarks: [] })).toBeNull();
  });
});
