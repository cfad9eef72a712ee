/**
 * `assess due` and the build's today: reviews due within a calendar month (as the README says),
 * counts in the singular for one, and a PLATFORM_FIT_TODAY that is not a date refused, never ignored.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reviewsDue } from '#src/engine/history/history.ts';
import { buildDay } from '#src/integrations/data-paths.ts';
import type { AssessmentRecord } from '#src/engine/records/record.ts';
import { assess, assessWith, tempDir } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const record = (assessedOn: string, unit = 'payments'): { file: string; record: AssessmentRecord } => ({
  file: `${unit}/${assessedOn}.yaml`,
  record: {
    schemaVersion: 1,
    organization: 'Example',
    unit,
    assessedOn,
    answers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 },
  },
});

describe('reviewsDue (the fixture framework reviews every six months)', () => {
  it.each([
    // assessed, as of, what due says (null: not listed)
    ['2026-01-01', '2026-07-02', '1 day overdue'],
    ['2026-01-01', '2026-07-03', '2 days overdue'],
    ['2026-01-01', '2026-06-30', 'due in 1 day'],
    ['2026-01-01', '2026-07-01', 'due today'],
    // A calendar month ahead, not 30 days: a review on 2027-07-31 is due as of 2027-07-01.
    ['2027-01-31', '2027-07-01', 'due in 30 days'],
    ['2026-10-31', '2027-03-31', 'due in 30 days'],
    ['2027-01-31', '2027-06-30', null],
  ])('assessed %s, as of %s: %s', (assessedOn, asOf, text) => {
    const due = reviewsDue([record(assessedOn)], framework, asOf);
    expect(due.map((d) => d.text)).toEqual(text === null ? [] : [text]);
  });

  it('lists one unit once however its name is capitalised', () => {
    const due = reviewsDue([record('2026-01-01', 'Payments'), record('2026-01-01', 'payments')], framework, '2026-08-01');
    expect(due).toHaveLength(1);
  });
});

describe('assess due', () => {
  it('speaks in plurals and calendar months', async () => {
    const dir = tempDir('pf-due-');
    const write = (unit: string, date: string) => {
      mkdirSync(join(dir, unit), { recursive: true });
      writeFileSync(
        join(dir, unit, `${date}.yaml`),
        `schemaVersion: 1\norganization: Example\nunit: ${unit}\nassessedOn: ${date}\nanswers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`,
      );
    };
    write('payments', '2026-01-01');
    write('search', '2026-01-03');
    write('ledger', '2026-01-31');
    const r = await assess('due', dir, '--date', '2026-07-02');
    expect(`${r.stdout}(exit ${r.code})`).toMatchInlineSnapshot(`
      "OVERDUE  Example / payments: next review 2026-07-01 (1 day overdue)
      due      Example / search: next review 2026-07-03 (due in 1 day)
      due      Example / ledger: next review 2026-07-31 (due in 29 days)
      (exit 1)"
    `);
  });
});

describe('assess due exit codes (issue 32, item 2)', () => {
  const write = (dir: string, file: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const good = (date: string) =>
    `schemaVersion: 1\norganization: Example\nassessedOn: ${date}\nanswers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`;

  it('exits 2, not 1, when a record is invalid and nothing is overdue (a workflow reads 1 as "overdue")', async () => {
    const dir = tempDir('pf-due-bad-');
    write(dir, '2026-06-01.yaml', good('2026-06-01'));
    write(dir, 'broken.yaml', 'schemaVersion: 1\norganization: "Example\n');
    const r = await assess('due', dir, '--date', '2026-07-02');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('No review due by 2026-07-02 (or within a month of it).\n');
    expect(r.stderr.split('\n').at(-2)).toMatchInlineSnapshot(
      `"assess: due: a record is invalid and left out, so a review may be missing above; fix what \`assess check\` reports"`,
    );
  });

  it('exits 1 only when a review is overdue, 0 otherwise', async () => {
    const dir = tempDir('pf-due-ok-');
    write(dir, '2026-06-01.yaml', good('2026-06-01'));
    expect((await assess('due', dir, '--date', '2026-07-02')).code).toBe(0);
    expect((await assess('due', dir, '--date', '2027-07-02')).code).toBe(1);
  });
});

describe('PLATFORM_FIT_TODAY', () => {
  it('is refused by the CLI when it is not a date (exit 2, naming the variable)', async () => {
    for (const args of [['due'], ['check'], ['--team-size', '10', '--infra-share', '5', '--onboarding-days', '2']]) {
      const r = await assessWith({ PLATFORM_FIT_TODAY: 'garbage' }, ...args);
      expect(`${r.stderr}(exit ${r.code})`).toMatchInlineSnapshot(`
        "assess: PLATFORM_FIT_TODAY: must be a calendar date written YYYY-MM-DD, e.g. 2026-05-01 (got "garbage")
        (exit 2)"
      `);
    }
  });

  it('fails the build with a message when it is not a date', () => {
    // The build's day comes from buildDay(), which the records loader and the pages both call.
    vi.stubEnv('PLATFORM_FIT_TODAY', 'garbage');
    try {
      expect(() => buildDay()).toThrow('PLATFORM_FIT_TODAY: must be a calendar date written YYYY-MM-DD, e.g. 2026-05-01 (got "garbage")');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
