/**
 * The README's promise, tested: an organisation that removes the shipped example (the README's
 * first step), changes a threshold (and bumps the version) and adds a record, exactly as "Change the framework's thresholds" and "Add an assessment" say,
 * keeps a green suite. The repository is copied, both customisations applied, and the content
 * checks (the only tests that read the shipped content; the rest use tests/fixtures) run there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The tests that read content/ and assessments/ (named content-* or guide*); every other test runs on fixtures of its own. */
export const CONTENT_TESTS = readdirSync('tests')
  .filter((f) => /^(content-|guide).*\.test\.ts$/.test(f) && f !== 'content-customised.test.ts')
  .map((f) => `tests/${f}`);

const copy = mkdtempSync(join(tmpdir(), 'pf-fork-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function copyRepository(options: { withoutExample?: boolean } = {}): void {
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
}

describe('a fork that follows the README', () => {
  it('removes the shipped example, changes a threshold, bumps the version, adds a record, and the content checks stay green', () => {
    copyRepository({ withoutExample: true });
    const frameworkFile = join(copy, 'content', 'framework.yaml');
    const before = readFileSync(frameworkFile, 'utf8');
    // README step 1 and 2: a stricter operational-tax threshold, and a new version.
    const edited = before
      .replace(/(id: operational-tax[\s\S]*?threshold: )(\d+)/, (_m, head: string, t: string) => `${head}${Number(t) - 5}`)
      .replace(/^version: .*$/m, 'version: "2099.01"');
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
    const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...CONTENT_TESTS], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/Tests\s+\d+ passed/);
    expect(run.stdout).not.toMatch(/failed|skipped/);
  }, 120_000);
});
