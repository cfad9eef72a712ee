/**
 * Which DORA edition scored which answers. The editions are the benchmark files a folder holds (the
 * latest scores new answers, with nothing to change in code), every writer stores the edition with
 * the answers, and a record is scored and labelled with its own edition, or says it has none.
 * All on fixtures (tests/fixtures/dora holds 2024 and 2025), so a new shipped edition changes nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { assess, assessWith, BASE } from './cli-helpers.ts';

const FIXTURE_DORA = 'tests/fixtures/dora';
const DORA = ['--dora-deploy-frequency', '6', '--dora-change-fail-rate', '10', '--dora-rework-rate', '5', '--industry', 'all'];

const dir = mkdtempSync(join(tmpdir(), 'pf-editions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the fixtures' benchmarks with one more edition: the 2025 file under another year. */
function withEdition(year: string): string {
  const folder = mkdtempSync(join(dir, 'dora-'));
  cpSync(FIXTURE_DORA, folder, { recursive: true });
  const latest = readFileSync(join(FIXTURE_DORA, 'benchmarks-2025.yaml'), 'utf8');
  writeFileSync(join(folder, `benchmarks-${year}.yaml`), latest.replace(/^edition: '2025'$/m, `edition: '${year}'`));
  return folder;
}

function record(edition: string | undefined): string {
  const file = join(dir, `record-${edition ?? 'none'}.yaml`);
  const lines = [
    'schemaVersion: 1',
    'organization: "Acme"',
    'unit: "delivery"',
    'assessedOn: 2025-03-03',
    'answers:',
    '  teamSize: 40',
    '  infraTimeShare: 10',
    '  onboardingDays: 5',
    '  hasPlatformTeam: false',
    '  dora:',
    '    leadTime: 4',
    '    deployFrequency: 4',
    '    recoveryTime: 4',
    '    changeFailRate: 20',
    '    reworkRate: 20',
    '    industry: "all"',
    ...(edition ? [`    edition: "${edition}"`] : []),
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('the DORA edition', () => {
  it('is the latest benchmark file in the folder, and --save and --json say it', async () => {
    const file = join(dir, 'saved.yaml');
    expect((await assess(...BASE, ...DORA, '--save', file, '--org', 'Acme')).code).toBe(0);
    expect(parse(readFileSync(file, 'utf8')).answers.dora.edition).toBe('2025');
    const json = JSON.parse((await assess(...BASE, ...DORA, '--json')).stdout);
    expect([json.dora.edition, json.dora.benchmarkEdition, json.dora.scores.edition]).toEqual(['2025', '2025', '2025']);
  });

  it('follows a new benchmark file with no change in code', async () => {
    const folder = withEdition('2031');
    const r = await assessWith({ PLATFORM_FIT_DORA: folder }, ...BASE, ...DORA, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect([json.dora.edition, json.dora.benchmarkEdition]).toEqual(['2031', '2031']);
    const text = await assessWith({ PLATFORM_FIT_DORA: folder }, ...BASE, ...DORA);
    expect(text.stdout).toContain("computed as DORA's Quick Check computes them, 2031 edition.");
  });

  it("scores a record with its own edition's questions and benchmarks, when a later one is the latest", async () => {
    const folder = withEdition('2031');
    const json = JSON.parse((await assessWith({ PLATFORM_FIT_DORA: folder }, record('2024'), '--json')).stdout);
    expect([json.dora.edition, json.dora.benchmarkEdition]).toEqual(['2024', '2024']);
    // 2024 did not ask the rework rate, so it is not scored.
    expect(json.dora.scores.metrics.map((m: { metric: string }) => m.metric)).not.toContain('reworkRate');
    expect(json.dora.problems).toEqual([]);
  });

  it('says "edition not recorded" for a record saved before records kept it, and scores every question', async () => {
    const r = await assess(record(undefined));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("computed as DORA's Quick Check computes them, edition not recorded.");
    expect(r.stdout).toContain('Benchmarks: Fixture publisher, 2025 edition');
  });

  it("labels history with each record's edition, not the latest", async () => {
    const folder = mkdtempSync(join(dir, 'history-'));
    for (const [date, edition] of [
      ['2025-03-03', '2024'],
      ['2025-09-01', undefined],
    ] as const) {
      const text = readFileSync(record(edition), 'utf8').replace('2025-03-03', date);
      writeFileSync(join(folder, `${date}.yaml`), text);
    }
    const r = await assessWith({ PLATFORM_FIT_DORA: withEdition('2031') }, 'history', folder);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('DORA'))).toMatchInlineSnapshot(`
      [
        "    DORA scores (2024 edition, 0-10): overall 6.5, throughput 6.0, stability 8.0, lead time 6.0, deployment frequency 6.0, recovery time 6.0, change fail rate 8.0",
        "    Since the previous assessment: DORA overall (2024 edition where recorded) +0.3 points.",
        "    DORA scores (edition not recorded, 0-10): overall 6.8, throughput 6.0, stability 8.0, lead time 6.0, deployment frequency 6.0, recovery time 6.0, change fail rate 8.0, rework rate 8.0",
      ]
    `);
  });

  it('names a bad edition in a record, a file whose name and edition disagree, and a folder without any', async () => {
    const bad = readFileSync(record('2024'), 'utf8').replace('edition: "2024"', 'edition: "latest"');
    const records = mkdtempSync(join(dir, 'bad-'));
    writeFileSync(join(records, 'bad-edition.yaml'), bad);
    const r = await assess('check', records);
    expect(r.code).toBe(1);
    expect(r.stderr.replaceAll(records, '<tmp>')).toMatchInlineSnapshot(`
      "<tmp>/bad-edition.yaml:17: answers.dora.edition: must be a year like "2025", in quotes
      "
    `);

    const folder = withEdition('2031');
    writeFileSync(join(folder, 'benchmarks-2032.yaml'), readFileSync(join(folder, 'benchmarks-2031.yaml')));
    const mismatch = await assessWith({ PLATFORM_FIT_DORA: folder }, ...BASE, ...DORA);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr.replaceAll(folder, '<tmp>')).toMatchInlineSnapshot(`
      "assess: <tmp>/benchmarks-2032.yaml:3: edition: must be "2032", the year in the file's name
      "
    `);

    const empty = mkdtempSync(join(dir, 'empty-'));
    const none = await assessWith({ PLATFORM_FIT_DORA: empty }, ...BASE, ...DORA);
    expect(none.code).toBe(2);
    expect(none.stderr.replaceAll(empty, '<tmp>')).toMatchInlineSnapshot(`
      "assess: <tmp>: holds no DORA benchmarks (benchmarks-<year>.yaml)
      "
    `);
  });
});
