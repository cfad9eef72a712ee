/**
 * Names that could forge a line or reorder text (issue 32, items 3, 4, 11): the same hostile input
 * through `assess check`, the build's loader (loadRecords, what src/integrations/data-sync.ts calls),
 * `--save` and the page's Download YAML, each refused with the same pinned message.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadRecord } from '#src/components/assessment/record-export.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { loadRecords } from '#src/node/records.ts';
import { assess, BASE, TODAY, tempDir } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const tmp = tempDir('pf-hostile-names-');
const answers = { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 };
/** The case a download carries with it (its forecast); these refusals come before it matters. */
const made = () => evaluate(answers, framework, { assessedOn: TODAY }).businessCase;

type Field = 'organization' | 'unit' | 'assessedBy';
const FLAG: Record<Field, string> = { organization: 'org', unit: 'unit', assessedBy: 'by' };
const CASES: [Field, string][] = [
  ['organization', 'Acme\nOVERDUE  Evil / x: next review 2020-01-01'],
  ['unit', 'pay\u202Ements'],
  ['assessedBy', 'Dana\t@everyone'],
  ['unit', 'left\u2066right'],
  ['organization', 'Acme\u200F'],
  ['assessedBy', 'Dana\u2028Evil'],
];

describe.each(CASES)('%s %j', (field, value) => {
  const meta = { organization: 'Acme', assessedOn: '2026-11-02', [field]: value };

  it('is refused alike by check, the build loader, --save and Download YAML', async () => {
    const dir = join(tmp, `${field}-${value.codePointAt(value.search(/[^\w ]/))}`);
    mkdirSync(dir, { recursive: true });
    const yaml = `schemaVersion: 1\n${Object.entries(meta)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n')}\nanswers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`;
    writeFileSync(join(dir, '2026-11-02.yaml'), yaml);
    const loaded = loadRecords(dir, framework, TODAY);
    const fromLoader = loaded.problems.map((p) => formatProblem(p).replace(/^.*?\.yaml:\d+: /, ''));
    const check = await assess('check', dir);
    const org = field === 'organization' ? [] : ['--org', 'Acme'];
    const save = await assess('--save', join(dir, 'saved.yaml'), ...org, `--${FLAG[field]}`, value, ...BASE);
    const download = await downloadRecord(framework, meta, answers, [], TODAY, undefined, made());

    expect(fromLoader).toHaveLength(1);
    const message = fromLoader[0]!.replace(`${field}: `, '');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${field}: ${message}`);
    expect(save.code).toBe(2);
    expect(save.stderr).toContain(`--${FLAG[field]}: ${message}`);
    expect(download.ok).toBe(false);
    expect(JSON.stringify(download)).toContain(JSON.stringify(message).slice(1, -1));
  });
});

describe('the messages', () => {
  it('name the character, where it is, and how to fix the record', () => {
    const messages = CASES.map(([field, value]) => {
      const dir = join(tmp, `msg-${field}-${value.length}-${value.charCodeAt(4)}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'r.yaml'),
        `schemaVersion: 1\n${field === 'organization' ? '' : 'organization: Acme\n'}assessedOn: 2026-11-02\n${field}: ${JSON.stringify(value)}\nanswers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`,
      );
      return loadRecords(dir, framework, TODAY).problems.map((p) => formatProblem(p).replace(/^.*r\.yaml:/, 'r.yaml:'))[0];
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "r.yaml:3: organization: must be one line of plain text: it contains a line break at character 5; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "r.yaml:4: unit: must be one line of plain text: it contains the text-direction control U+202E at character 4; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "r.yaml:4: assessedBy: must be one line of plain text: it contains a tab at character 5; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "r.yaml:4: unit: must be one line of plain text: it contains the text-direction control U+2066 at character 5; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "r.yaml:3: organization: must be one line of plain text: it contains the text-direction control U+200F at character 5; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "r.yaml:4: assessedBy: must be one line of plain text: it contains a line break at character 5; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
      ]
    `);
  });

  it('refuse a frameworkVersion with escape codes or longer than 40 characters (item 4)', () => {
    const dir = join(tmp, 'version');
    mkdirSync(dir, { recursive: true });
    const record = (v: string) =>
      `schemaVersion: 1\norganization: Acme\nassessedOn: 2026-11-02\nframeworkVersion: ${JSON.stringify(v)}\nanswers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`;
    writeFileSync(join(dir, 'a.yaml'), record('\u001b[31m2026\u0007\u009b'));
    writeFileSync(join(dir, 'b.yaml'), record('2026.11'.repeat(10)));
    writeFileSync(join(dir, 'c.yaml'), record('2026.11'));
    const { problems, records } = loadRecords(dir, framework, TODAY);
    expect(records).toHaveLength(1);
    expect(problems.map((p) => formatProblem(p).replace(/^.*\/(\w\.yaml)/, '$1'))).toMatchInlineSnapshot(`
      [
        "a.yaml:4: frameworkVersion: must be one line of plain text: it contains the control character U+001B at character 1; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "b.yaml:4: frameworkVersion: must be text of 1 to 40 characters (got "2026.112026.112026.112026.112026.112026.112026.112026.11...)",
      ]
    `);
  });

  it('refuse a record file whose name holds a line break, shown quoted', async () => {
    const dir = join(tmp, 'file-name');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'a\nOVERDUE.yaml'),
      `schemaVersion: 1\norganization: Acme\nassessedOn: 2026-11-02\nanswers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`,
    );
    const r = await assess('check', dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]!.replace(dir, 'DIR')).toMatchInlineSnapshot(
      `""DIR/a\\nOVERDUE.yaml": the file name must be one line of plain text: it contains a line break at character 2; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)"`,
    );
    expect((await assess('--save', join(dir, 'b\u202E.yaml'), '--org', 'Acme', ...BASE)).stderr.replace(dir, 'DIR')).toMatchInlineSnapshot(`
      "assess: --save: the file name must be one line of plain text: it contains the text-direction control U+202E at character 2; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text) (got "DIR/b\\u202e.yaml")
      "
    `);
  });
});

describe('implausible answers (item 11)', () => {
  it('refuses a platform team larger than the organisation, on every face', async () => {
    const r = await assess(
      '--team-size',
      '100',
      '--infra-share',
      '30',
      '--onboarding-days',
      '3',
      '--has-platform-team',
      'yes',
      '--platform-team-size',
      '500',
    );
    expect(`${r.stderr}(exit ${r.code})`).toMatchInlineSnapshot(`
      "assess: --platform-team-size: is 500 but the organisation has 100 engineers (team size), and the platform team is part of it: correct one of the two
      (exit 2)"
    `);
    const download = await downloadRecord(
      framework,
      { organization: 'Acme', assessedOn: '2026-11-02' },
      { ...answers, teamSize: 100, platformTeamSize: 500, hasPlatformTeam: true },
      [],
      TODAY,
      undefined,
      made(),
    );
    expect(download.ok).toBe(false);
  });

  it('warns that an infra share under 1% looks like a fraction (CLI and check), and prints small numbers as digits', async () => {
    const r = await assess('--team-size', '100', '--infra-share', '0.3', '--onboarding-days', '3');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').find((l) => l.includes('looks like a fraction'))).toMatchInlineSnapshot(
      `"  Share of developer time on infrastructure: 0.3 is read as 0.3% of developer time, which looks like a fraction: if you meant 30%, write 30 (the share decides the operational-tax rule)."`,
    );
    const dir = join(tmp, 'fraction');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'r.yaml'),
      `schemaVersion: 1\norganization: Acme\nassessedOn: 2026-11-02\nanswers:\n  teamSize: 100\n  infraTimeShare: 0.3\n  onboardingDays: 3\n`,
    );
    const check = await assess('check', dir);
    expect(check.code).toBe(0);
    expect(check.stderr.replace(dir, 'DIR')).toMatchInlineSnapshot(`
      "DIR/r.yaml:6: warning: answers.infraTimeShare: 0.3 is read as 0.3% of developer time, which looks like a fraction: if you meant 30%, write 30 (the share decides the operational-tax rule)
      "
    `);
    const tiny = await assess('--team-size', '100', '--infra-share', '0.0000001', '--onboarding-days', '3');
    expect(tiny.stdout).not.toMatch(/\de-\d/);
    expect(tiny.stdout).toContain('100 × 0.0000001%');
  });
});
