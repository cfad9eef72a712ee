/**
 * The README's promise, tested: an organisation that removes the shipped example (the README's
 * first step), changes thresholds (and bumps the version) and adds a record, exactly as "Change the
 * framework's thresholds" and "Add an assessment" say, keeps a green suite, whatever plausible
 * values it picks. The repository is copied once per fork in the table below, its customisations
 * applied, and the content checks (the only tests that read the shipped content; the rest use
 * tests/fixtures) run there. The only tests such a run may skip are the shellcheck checks on a
 * machine without shellcheck, and each says so in its name.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_SHELLCHECK } from './shellcheck.ts';

/** The tests that read content/ and assessments/ (named content-* or guide*); every other test runs on fixtures of its own. */
export const CONTENT_TESTS = readdirSync('tests')
  .filter((f) => /^(content-|guide).*\.test\.ts$/.test(f) && f !== 'content-customised.test.ts')
  .map((f) => `tests/${f}`);

const copies: string[] = [];
afterAll(() => copies.forEach((c) => rmSync(c, { recursive: true, force: true })), 60_000);

function copyRepository(options: { withoutExample?: boolean } = {}): string {
  const copy = mkdtempSync(join(tmpdir(), 'pf-fork-'));
  copies.push(copy);
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).stdout.split('\n');
  // README's first step: the shipped example's folder removed.
  const example = (f: string) => options.withoutExample === true && f.startsWith('assessments/northwind-logistics/');
  for (const file of files.filter((f) => f && !f.startsWith('node_modules') && !example(f))) {
    mkdirSync(join(copy, file, '..'), { recursive: true });
    cpSync(file, join(copy, file));
  }
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  // A fork is a git checkout: the content checks ask git which files it holds.
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
  ])
    spawnSync('git', args, { cwd: copy });
  return copy;
}

/** `rule`'s threshold set to `to` (a number, or a function of the current one). */
function setThreshold(yaml: string, rule: string, to: (t: number) => number): string {
  const pattern = new RegExp(`(id: ${rule}\\n[\\s\\S]*?threshold: )(\\d+)`);
  expect(yaml, `rule ${rule} with a numeric threshold`).toMatch(pattern);
  return yaml.replace(pattern, (_m, head: string, t: string) => `${head}${to(Number(t))}`);
}

function setTop(yaml: string, key: string, value: number): string {
  const pattern = new RegExp(`^(\\s*${key}: )\\d+$`, 'm');
  expect(yaml, `${key} in the framework`).toMatch(pattern);
  return yaml.replace(pattern, `$1${value}`);
}

interface Fork {
  name: string;
  edit: (framework: string) => string;
}

/**
 * The README's example, the values a reader of the issue tried (onboarding at 10 days, a yearly
 * review) and others a real organisation could pick: each a fork of its own, so a guide test that
 * mistakes a worked example or an unrelated figure for a retyped threshold fails here.
 */
const FORKS: Fork[] = [
  { name: "the README's example: a stricter operational tax", edit: (y) => setThreshold(y, 'operational-tax', (t) => t - 5) },
  {
    name: 'slow onboarding at 10 days, a review every 12 months',
    edit: (y) =>
      setTop(
        setThreshold(y, 'slow-onboarding', () => 10),
        'reviewIntervalMonths',
        12,
      ),
  },
  {
    name: 'a two-week onboarding line, a 35% tax, small up to 50 engineers, a quarterly review',
    edit: (y) =>
      [
        (f: string) => setThreshold(f, 'slow-onboarding', () => 14),
        (f: string) => setThreshold(f, 'operational-tax', () => 35),
        (f: string) => setThreshold(f, 'small-team', () => 50),
        (f: string) => setTop(f, 'reviewIntervalMonths', 3),
      ].reduce((f, step) => step(f), y),
  },
];

/** The vitest JSON report's tests: name and state. */
interface Report {
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

describe('a fork that follows the README', () => {
  it.each(FORKS)(
    '$name: without the shipped example, the content checks stay green',
    ({ edit }) => {
      const copy = copyRepository({ withoutExample: true });
      const frameworkFile = join(copy, 'content', 'framework.yaml');
      const before = readFileSync(frameworkFile, 'utf8');
      // README step 1 and 2: new values, and a new version.
      const edited = edit(before).replace(/^version: .*$/m, 'version: "2099.01"');
      expect(edited).not.toBe(before);
      expect(edited).toMatch(/^version: "2099.01"$/m);
      writeFileSync(frameworkFile, edited);
      // "Add an assessment": one more record, in a unit of its own.
      mkdirSync(join(copy, 'assessments', 'payments'), { recursive: true });
      writeFileSync(
        join(copy, 'assessments', 'payments', '2026-11-02.yaml'),
        [
          '# yaml-language-server: $schema=../../schemas/assessment-record.schema.json',
          'schemaVersion: 1',
          'organization: "Example Corp"',
          'unit: "payments"',
          'assessedOn: 2026-11-02',
          'frameworkVersion: "2099.01"',
          'answers:',
          '  teamSize: 64',
          '  infraTimeShare: 24',
          '  onboardingDays: 10',
          '',
        ].join('\n'),
      );
      const report = join(copy, 'report.json');
      const run = spawnSync(
        process.execPath,
        ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...CONTENT_TESTS],
        { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', FUZZ_RUNS: '5' } },
      );
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(/Tests\s+\d+ passed/);
      const tests = (JSON.parse(readFileSync(report, 'utf8')) as Report).testResults.flatMap((f) => f.assertionResults);
      expect(tests.filter((t) => t.status === 'failed')).toEqual([]);
      // Nothing skips but the shellcheck checks, and those only where shellcheck is missing, saying why.
      const skipped = tests.filter((t) => t.status !== 'passed').map((t) => t.fullName);
      expect(skipped.filter((name) => !name.endsWith(`passes shellcheck (${NO_SHELLCHECK})`))).toEqual([]);
    },
    120_000,
  );
});
