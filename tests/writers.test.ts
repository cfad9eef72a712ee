/**
 * Every writer applies every limit check and the build apply, before it writes: the size limit,
 * one record per unit and day across file names in the records folder, and a page name the build
 * can write. Each case here was written once and then refused by check or the build.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { describe, expect, it } from 'vitest';
import { downloadRecord } from '#src/components/assessment/record-export.ts';
import type { Respondent } from '#src/engine/records/record.ts';
import { assess, assessWith, BASE, TODAY, tempDir } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const tmp = tempDir('pf-writers-');
const clean = (text: string) => text.replaceAll(tmp, 'TMP');
/** Line separators between two letters: allowed in notes, and each written as a six-byte escape. */
const WIDE_NOTES = `x${'\u2028'.repeat(3998)}x`;
/** Each expands to three letters in a page name ("mhz"). */
const WIDE_ORG = '\u3392'.repeat(120);

describe('assess merge --save', () => {
  it('refuses to write a record larger than check reads (12 files of long notes)', async () => {
    const files: string[] = [];
    for (let i = 1; i <= 12; i++) {
      const file = join(tmp, 'big', `r${i}.yaml`);
      const r = await assess(
        '--save',
        file,
        '--org',
        'Acme',
        '--by',
        `Person ${i}`,
        '--date',
        '2026-11-02',
        '--notes',
        WIDE_NOTES,
        ...BASE,
      );
      expect(r.code, r.stderr).toBe(0);
      files.push(file);
    }
    const out = join(tmp, 'big', 'merged.yaml');
    const r = await assess('merge', ...files, '--save', out);
    expect(`${clean(r.stderr)}(exit ${r.code})`).toMatchInlineSnapshot(`
      "assess: --save: not written: TMP/big/merged.yaml: the record would be 290110 bytes; check and the build read at most 262144: shorten the notes or record fewer respondents in one file
      (exit 2)"
    `);
    expect(existsSync(out)).toBe(false);
  });
});

describe('assess --save into the records folder', () => {
  it('refuses a second record for one unit and day under another file name', async () => {
    const records = join(tmp, 'records');
    const env = { PLATFORM_FIT_ASSESSMENTS: records };
    const common = ['--org', 'Acme', '--unit', 'payments', '--date', '2026-11-02', ...BASE];
    expect((await assessWith(env, '--save', join(records, 'payments', '2026-11-02.yaml'), ...common)).code).toBe(0);
    const second = await assessWith(
      env,
      '--save',
      join(records, 'Payments', '2026-11-02-copy.yaml'),
      ...common.slice(0, 2),
      '--unit',
      'Payments',
      ...common.slice(4),
    );
    expect(`${clean(second.stderr)}(exit ${second.code})`).toMatchInlineSnapshot(`
      "assess: --save: not written: --date: same organisation, unit and date as TMP/records/payments/2026-11-02.yaml; keep one record per unit and day
      (exit 2)"
    `);
    expect((await assessWith(env, 'check', records)).code).toBe(0);
    // Outside the records folder, respondents' files for one unit and day are merge's input, not a history.
    expect((await assessWith(env, '--save', join(tmp, 'answers', 'cto.yaml'), ...common, '--by', 'CTO')).code).toBe(0);
    expect((await assessWith(env, '--save', join(tmp, 'answers', 'vp.yaml'), ...common, '--by', 'VP')).code).toBe(0);
  });
});

describe('a page name the build cannot write', () => {
  it('is refused by --save, naming the flag', async () => {
    const r = await assess('--save', join(tmp, 'wide', 'r.yaml'), '--org', WIDE_ORG, ...BASE);
    expect(`${clean(r.stderr)}(exit ${r.code})`).toMatchInlineSnapshot(`
      "assess: --save: not written: --org: makes a page name of 360 characters once written for a web address; the build can write at most 200: shorten the organisation or the unit
      (exit 2)"
    `);
  });

  it('is refused by check with file:line (the build died with ENAMETOOLONG)', async () => {
    const dir = join(tmp, 'wide-records');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, '2026-11-02.yaml'),
      `schemaVersion: 1\norganization: "${WIDE_ORG}"\nassessedOn: 2026-11-02\nanswers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`,
    );
    const r = await assess('check', dir);
    expect(`${clean(r.stderr)}(exit ${r.code})`).toMatchInlineSnapshot(`
      "TMP/wide-records/2026-11-02.yaml:2: organization: makes a page name of 360 characters once written for a web address; the build can write at most 200: shorten the organisation or the unit
      (exit 1)"
    `);
  });
});

describe('the page’s Download YAML', () => {
  const framework = fixtureFramework();
  const answers = { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 };

  it('refuses a page name the build cannot write', async () => {
    const made = evaluate(answers, framework, { assessedOn: '2026-11-02' }).businessCase;
    const r = await downloadRecord(framework, { organization: WIDE_ORG, assessedOn: '2026-11-02' }, answers, [], TODAY, undefined, made);
    expect(r).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "flag": "org",
            "message": "makes a page name of 360 characters once written for a web address; the build can write at most 200: shorten the organisation or the unit",
          },
        ],
        "message": "Not downloaded: org: makes a page name of 360 characters once written for a web address; the build can write at most 200: shorten the organisation or the unit.",
        "ok": false,
      }
    `);
  });

  it('refuses a record larger than check reads', async () => {
    const everyone: Respondent[] = Array.from({ length: 12 }, (_, i) => ({ name: `Person ${i + 1}`, notes: WIDE_NOTES, answers }));
    const made = evaluate(answers, framework, { assessedOn: '2026-11-02' }).businessCase;
    const r = await downloadRecord(framework, { organization: 'Acme', assessedOn: '2026-11-02' }, null, everyone, TODAY, undefined, made);
    expect(r).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "flag": "notes",
            "message": "the record would be 289967 bytes; check and the build read at most 262144: shorten the notes or record fewer respondents in one file",
          },
        ],
        "message": "Not downloaded: the record would be 289967 bytes; check and the build read at most 262144: shorten the notes or record fewer respondents in one file.",
        "ok": false,
      }
    `);
  });
});
