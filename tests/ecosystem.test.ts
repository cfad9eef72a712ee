/**
 * Records the ecosystem can read: the JSON Schema generated from the zod schema refuses what check
 * refuses in shape; writers put the yaml-language-server line first; `--json` has one
 * documented shape; `assess due` exits 1 only when a review is overdue.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { recordJsonSchema } from '#src/engine/records/record-json-schema.ts';
import { fixtureFramework } from './helpers.ts';
import { assess } from './cli-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pf-eco-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the JSON Schema for records', () => {
  const committed = recordJsonSchema(fixtureFramework());

  it('refuses what check refuses in shape: an unknown field, a wrong type', () => {
    const validate = new Ajv2020({ strict: false }).compile(committed);
    expect(
      validate({
        schemaVersion: 1,
        organization: 'A',
        assessedOn: '2026-01-01',
        answers: { teamSize: 'ten', infraTimeShare: 1, onboardingDays: 1 },
      }),
    ).toBe(false);
    expect(
      validate({
        schemaVersion: 1,
        organization: 'A',
        assessedOn: '2026-01-01',
        extra: 1,
        answers: { teamSize: 10, infraTimeShare: 1, onboardingDays: 1 },
      }),
    ).toBe(false);
  });

  it('is written first in every record the CLI saves, relative to the record', async () => {
    const file = join(tmp, 'out.yaml');
    expect((await assess('--save', file, '--org', 'Acme', '--team-size', '5', '--infra-share', '3', '--onboarding-days', '3')).code).toBe(
      0,
    );
    expect(readFileSync(file, 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/.+\/schemas\/assessment-record\.schema\.json\n/,
    );
  });
});

describe('one JSON shape', () => {
  // The keys the README documents under "JSON output"; a change here is a change to that section.
  const DOCUMENTED = [
    'jsonVersion',
    'recommendation',
    'label',
    'situation',
    'headline',
    'summary',
    'decidedBy',
    'reasons',
    'steps',
    'score',
    'operationalTax',
    'businessCase',
    'economics',
    'margins',
    'closeCall',
    'whatWouldChange',
    'metrics',
    'trapWarnings',
    'assessedOn',
    'nextReviewOn',
    'framework',
    'dora',
  ];

  it('has the same top-level keys for flags, a one-person record and a several-person record', async () => {
    const fromFlags = JSON.parse((await assess('--team-size', '150', '--infra-share', '35', '--onboarding-days', '21', '--json')).stdout);
    const single = JSON.parse((await assess('tests/fixtures/history/product-engineering/2026-05-11.yaml', '--json')).stdout);
    const multi = JSON.parse((await assess('tests/fixtures/history/product-engineering/2026-11-09.yaml', '--json')).stdout);
    for (const json of [fromFlags, single, multi]) expect(Object.keys(json)).toEqual(expect.arrayContaining(DOCUMENTED));
    expect(Object.keys(multi).filter((k) => !DOCUMENTED.includes(k))).toEqual(['respondents']);
    expect(Object.keys(single).filter((k) => !DOCUMENTED.includes(k))).toEqual([]);
    expect(multi.respondents.each).toHaveLength(3);
    const readme = readFileSync('README.md', 'utf8');
    for (const key of [...DOCUMENTED, 'respondents']) expect(readme, key).toContain(`\`${key}\``);
  });
});

describe('assess due', () => {
  it.each([
    ['2026-11-22', 0, /No review due by 2026-11-22/],
    ['2027-04-20', 0, /^due +Northwind Logistics \/ product-engineering: next review 2027-05-09 \(due in 19 days\)$/m],
    ['2027-06-01', 1, /^OVERDUE  Northwind Logistics \/ product-engineering: next review 2027-05-09 \(23 days overdue\)$/m],
  ])('as of %s exits %i', async (date, code, output) => {
    const r = await assess('due', '--date', date);
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(output);
  });
});

describe('a newcomer on Node 20 (issue 32, item 14)', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
  const lowest = (range: string) => /^(?:>=|\^)(\d+)\.(\d+)/.exec(range)!.slice(1).map(Number) as [number, number];
  const atLeast = ([a, b]: [number, number], [c, d]: [number, number]) => a > c || (a === c && b >= d);

  it('meets `engines` with the system Node npm 11 runs on, so npx assess prints no EBADENGINE on every call', () => {
    // npx installs the project into its cache to run its own bin, and checks `engines` against the
    // system Node: a range above 20 warned ten lines on Node 20 although the CLI runs on the project's 24.
    expect(atLeast([20, 17], lowest(pkg.engines.node))).toBe(true);
  });

  it('keeps the bin executable in git, so a first `npx assess` leaves the clone unmodified', () => {
    // npx sets the bit on a bin it runs: committed without it, the clone shows src/cli/assess.ts as
    // modified after the first run, and an npx that has linked the bin already says "Permission denied".
    const bin = (JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> }).bin.assess!;
    expect(execFileSync('git', ['ls-files', '--stage', '--', bin], { encoding: 'utf8' }).split(' ')[0]).toBe('100755');
  });

  it('brings a Node the scripts need (22.18 for type stripping) as a dev dependency', () => {
    expect(atLeast(lowest(pkg.devDependencies.node!), [22, 18])).toBe(true);
  });
});
