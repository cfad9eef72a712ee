import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, BASE, CLI, FIXTURE_ENV, tempDir } from './cli-helpers.ts';

const tmp = tempDir('assess-');

describe('assess with flags', () => {
  it('prints a readable report', async () => {
    const r = await assess(...BASE, '--teams', '12', '--date', '2026-08-31');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Form a platform team \(Platform team\)$/m);
    expect(r.stdout).toContain('Decided by “High operational tax”: Share of developer time on infrastructure > 20%; you answered 35%.');
    expect(r.stdout).toContain('Operational tax: 52.5 full-time engineers');
    expect(r.stdout).toContain('Next review due 2027-02-28');
  });

  it('prints the whole result as JSON and nothing else with --json', async () => {
    const r = await assess(...BASE, '--date', '2026-05-01', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining([
        'recommendation',
        'reasons',
        'steps',
        'score',
        'operationalTax',
        'whatWouldChange',
        'metrics',
        'trapWarnings',
        'nextReviewOn',
      ]),
    );
    expect(result).toMatchObject({ recommendation: 'platform-team', nextReviewOn: '2026-11-01' });
  });

  it.each([
    [
      ['--team-size', '150', '--infra-share', '140', '--onboarding-days', '21'],
      'assess: --infra-share: must be a number from 0 to 100 (got "140")',
    ],
    [
      ['--team-size', '2.5', '--infra-share', '35', '--onboarding-days', '21'],
      'assess: --team-size: must be a whole number from 1 to 100000 (got "2.5")',
    ],
    [
      ['--team-size', 'abc', '--infra-share', '35', '--onboarding-days', '21'],
      'assess: --team-size: must be a whole number from 1 to 100000 (got "abc")',
    ],
    [[...BASE, '--bogus', '1'], 'assess: unknown flag --bogus; run "assess --help" for the flags'],
    [
      [...BASE, '--date', '2026-02-30'],
      'assess: --date: must be a calendar date from 1990-01-01 to 2027-11-22 (a year after today), written YYYY-MM-DD (got "2026-02-30")',
    ],
    [[...BASE, '--workflow-settled', 'maybe'], 'assess: --workflow-settled: must be yes or no (got "maybe")'],
    [['--infra-share', '35', '--onboarding-days', '21'], 'assess: --team-size: is missing; it must be a whole number from 1 to 100000'],
    [[], 'assess: no answers given: pass --team-size, --infra-share and --onboarding-days (run "assess --help")'],
  ])('exits 2 with one line for %j', async (args, line) => {
    const r = await assess(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe('');
  });
});

describe('assess FILE.yaml', () => {
  it('evaluates a record', async () => {
    const r = await assess('tests/fixtures/history/product-engineering/2026-05-11.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Northwind Logistics \/ product-engineering, assessed 2026-05-11/);
    expect(r.stdout).toContain('(Platform team)');
    expect(r.stdout).toContain('Operational tax: 17.1 full-time engineers (61 × 28%), 2,562,000 EUR a year.');
  });

  it('says when a record was made under another framework version', async () => {
    const old = join(tmp, 'old.yaml');
    writeFileSync(
      old,
      readFileSync('tests/fixtures/history/product-engineering/2026-05-11.yaml', 'utf8').replace(
        /frameworkVersion: ".*"/,
        'frameworkVersion: "2025.01"',
      ),
    );
    expect((await assess(old)).stdout).toContain('Made under framework 2025.01; evaluated with');
  });

  it('exits 2 (bad input) with file:line messages for a bad record', async () => {
    const r = await assess('tests/fixtures/bad/wrong-types.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'tests/fixtures/bad/wrong-types.yaml:5: answers.teamSize: must be a whole number from 1 to 100000 (got "forty")',
    );
  });
});

describe('assess --save and check', () => {
  it('writes a record that check accepts, and never overwrites without --force', async () => {
    const dir = join(tmp, 'records');
    const file = join(dir, 'payments', '2026-11-02.yaml');
    const save = ['--save', file, '--org', 'Example Corp', '--unit', 'payments', '--by', 'VP Engineering', '--date', '2026-11-02'];
    expect((await assess(...save, ...BASE)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('frameworkVersion:');
    expect(await assess('check', dir)).toMatchObject({ code: 0, stdout: expect.stringContaining('1 records') });

    const again = await assess(...save, '--team-size', '99', '--infra-share', '1', '--onboarding-days', '1');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists; pass --force to replace it');
    expect(readFileSync(file, 'utf8')).toContain('teamSize: 150');

    expect((await assess(...save, '--force', '--team-size', '99', '--infra-share', '1', '--onboarding-days', '1')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('teamSize: 99');
  });

  it('needs --org to save, and writes nothing without it', async () => {
    const file = join(tmp, 'no-org.yaml');
    expect(await assess('--save', file, ...BASE)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--org: is required with --save'),
    });
    expect(existsSync(file)).toBe(false);
  });

  it('accepts the fixture history', async () => {
    expect(await assess('check')).toMatchObject({
      code: 0,
      stdout: 'framework 2026.11 valid; 5 records in tests/fixtures/history valid\n',
    });
  });

  it('lists every problem in a folder of bad records and exits 1', async () => {
    const r = await assess('check', 'tests/fixtures/bad');
    expect(r.code).toBe(1);
    const files = new Set(
      r.stderr
        .trim()
        .split('\n')
        .map((line) => line.split(':')[0]),
    );
    expect(files.size).toBe(9);
    expect(r.stdout).toMatch(/problem\(s\) in 9 file\(s\); 0 record\(s\) valid/);
  });

  it('reports two records for the same unit and day', async () => {
    const dir = join(tmp, 'clash');
    const save = ['--org', 'Acme', '--date', '2026-01-05', ...BASE];
    await assess('--save', join(dir, 'a.yaml'), ...save);
    // --save refuses the second (writers.test.ts); a copy made by hand is what check finds.
    copyFileSync(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    expect(await assess('check', dir)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('b.yaml:5: assessedOn: same organisation, unit and date as'),
    });
  });
});

// util-linux `script` gives the command a real terminal; Debian, CI and macOS have it. Where it is
// missing the test is skipped with that reason in its name, never silently passed.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const unlessNoScript = hasScript ? '' : ' (skipped: util-linux script is not installed)';

/** An answer for the question whose text matches `question`; several values answer it again after a complaint. */
type Answer = readonly [question: RegExp, ...typed: string[]];

/**
 * `assess` with no arguments on a real terminal (which is what switches the questions on), answered
 * by question, not by position: each time it waits at a prompt, the text printed since the last
 * answer is matched against `answers`, and a question none of them names gets Enter. So one more
 * question in the CLI shifts nothing here. Resolves when the command exits.
 */
function onTerminal(answers: readonly Answer[]): Promise<{ status: number | null; stdout: string }> {
  const left = answers.map(([question, ...typed]) => ({ question, typed: [...typed] }));
  const child = spawn('script', ['-qec', `${process.execPath} ${CLI} --date 2026-01-10`, '/dev/null'], {
    env: { ...process.env, ...FIXTURE_ENV },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let stdout = '';
  let since = 0;
  let asked = 0;
  let last: (typeof left)[number] | undefined;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const answer = () => {
    const printed = stdout.slice(since).replace(/\r/g, '');
    // A prompt ends its line with ": " or "? " and waits; anything else is still being printed.
    if (!/[:?\]] $/.test(printed)) return;
    if (++asked > 100) return void child.kill();
    // The echo of the answer, a complaint (indented) and the prompt again: the same question, again.
    const again = /^[^\n]*\n {2}\S/.test(printed) && last && last.typed.length > 0 ? last : undefined;
    const match = again ?? left.find((a) => a.typed.length > 0 && a.question.test(printed));
    last = match;
    since = stdout.length;
    child.stdin.write(`${match ? match.typed.shift() : ''}\n`);
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    clearTimeout(quiet);
    // Answer once the command has been quiet a moment, so a prompt is never answered half-printed.
    quiet = setTimeout(answer, 50);
  });
  return new Promise((resolve) =>
    child.on('close', (status) => {
      clearTimeout(quiet);
      resolve({ status, stdout: stdout.replace(/\r/g, '') });
    }),
  );
}

/** The three numbers every assessment needs. */
const NUMBERS: Answer[] = [
  [/Team size/, '40'],
  [/Share of developer time on infrastructure/, '25'],
  [/Onboarding time/, '10'],
];

describe('assess on a terminal with no arguments', () => {
  it.skipIf(!hasScript)(`asks each question, re-asks after a bad answer, then reports${unlessNoScript}`, async () => {
    // Enter past the optional answers and the offer of DORA's questions.
    const r = await onTerminal([[/Team size/, 'abc', '40'], ...NUMBERS.slice(1)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Team size (engineers; a whole number from 1 to 100000):');
    expect(r.stdout).toContain('must be a whole number from 1 to 100000 (got "abc")');
    expect(r.stdout).toContain('(Platform team)');
    expect(r.stdout).toContain('Next review due 2026-07-10');
    expect(r.stdout).not.toContain("Delivery on DORA's scale");
  });

  it.skipIf(!hasScript)(`asks DORA's lead time only when no commit-to-production time was given${unlessNoScript}`, async () => {
    const r = await onTerminal([
      ...NUMBERS,
      [/Commit to production \(minutes\)/, '600'],
      [/Answer DORA's five delivery questions/, 'yes'],
      [/Deployment frequency: For your main/, '5'],
    ]);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('Lead time for changes: follows from the commit-to-production time you gave, so it is not asked again.');
    expect(r.stdout).not.toContain('Lead time for changes: For your main application');
    expect(r.stdout).toContain('Lead time follows from the commit-to-production time you gave (10 hours: under a day).');
  });

  it.skipIf(!hasScript)(`asks DORA's questions when asked to, with their choices, and re-asks a bad one${unlessNoScript}`, async () => {
    const r = await onTerminal([
      ...NUMBERS,
      [/Answer DORA's five delivery questions/, 'yes'],
      [/Lead time for changes: For your main/, '9', 'under-a-day'],
      [/Deployment frequency: For your main/, '5'],
      [/Change fail rate: Roughly/, '12%'],
      [/Deployment rework rate: Roughly/, '8'],
      [/Industry, for the benchmark/, 'tech', 'technology'],
    ]);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('  5 under-a-day: Under a day');
    expect(r.stdout).toContain('must be 1 to 6 or its name: 1 over-six-months,');
    expect(r.stdout).toContain('unknown choice "tech"; choose one of: all, technology');
    expect(r.stdout).toContain("Delivery on DORA's scale");
    expect(r.stdout).toMatch(/Lead time for changes: 8\.0 \(Under a day\)/);
    expect(r.stdout).toContain('Technology (industry)');
    // What the person reads while answering: each question, its choices, each complaint.
    const asked = r.stdout;
    expect(asked.slice(asked.indexOf("Answer DORA's"), asked.indexOf('\n\n', asked.indexOf('Number of employees'))).trim())
      .toMatchInlineSnapshot(`
      "Answer DORA's five delivery questions too, to score them on DORA's scale? (yes/no) [Enter to skip]: yes
      Lead time for changes: For your main application or service, how long does a change take from commit to running successfully in production?
        1 over-six-months: Over six months
        2 one-to-six-months: Between one and six months
        3 week-to-month: Between a week and a month
        4 day-to-week: Between a day and a week
        5 under-a-day: Under a day
        6 under-an-hour: Under an hour
      Answer (1 to 6, or its name) [Enter to skip]: 9
        must be 1 to 6 or its name: 1 over-six-months, 2 one-to-six-months, 3 week-to-month, 4 day-to-week, 5 under-a-day, 6 under-an-hour (got "9")
      Answer (1 to 6, or its name) [Enter to skip]: under-a-day
      Deployment frequency: For your main application or service, how often does your organisation deploy to production or release to users?
        1 under-twice-a-year: Less often than once every six months
        2 monthly-to-twice-a-year: Between once a month and once every six months
        3 weekly-to-monthly: Between once a week and once a month
        4 daily-to-weekly: Between once a day and once a week
        5 hourly-to-daily: Between once an hour and once a day
        6 on-demand: On demand, several times a day
      Answer (1 to 6, or its name) [Enter to skip]: 5
      Failed deployment recovery time: When a change or release degrades service and needs fixing (a hotfix, rollback, fix forward or patch), how long does restoring service usually take?
        1 over-six-months: Over six months
        2 one-to-six-months: Between one and six months
        3 week-to-month: Between a week and a month
        4 day-to-week: Between a day and a week
        5 under-a-day: Under a day
        6 under-an-hour: Under an hour
      Answer (1 to 6, or its name) [Enter to skip]: 
      Change fail rate: Roughly what percentage of changes or releases degrade service and then need fixing?
      Answer (a percentage from 0 to 100) [Enter to skip]: 12%
      Deployment rework rate: Roughly what percentage of deployments in the last six months were unplanned, made to fix a bug users could see?
      Answer (a percentage from 0 to 100) [Enter to skip]: 8
      Industry, for the benchmark: all, technology
      Industry, for the benchmark [Enter to skip]: tech
        unknown choice "tech"; choose one of: all, technology
      Industry, for the benchmark [Enter to skip]: technology
      Number of employees, for the benchmark: all, large
      Number of employees, for the benchmark [Enter to skip]:"
    `);
  });
});

describe('assess history and compare', () => {
  it('prints each unit’s timeline with changes and the next review', async () => {
    const r = await assess('history');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Northwind Logistics \/ product-engineering: 5 assessments\. Next review: Due 2027-05-09\./);
    expect(r.stdout).toContain('Changed from Refine what you have to Platform team, decided by “High operational tax”.');
    expect(r.stdout).toContain('share of developer time on infrastructure +12');
    // The full text is pinned in history-words.test.ts.
  });

  it('writes the JSON a timeline at a time, the same text as one JSON.stringify', async () => {
    const out = (await assess('history', 'tests/fixtures/portfolio', '--json')).stdout;
    const parsed = JSON.parse(out) as unknown[];
    expect(parsed.length).toBeGreaterThan(1);
    expect(out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    const dir = tempDir('pf-history-empty-');
    expect((await assess('history', dir, '--json')).stdout).toBe('[]\n');
  });

  it('filters by unit and prints JSON', async () => {
    const timelines = JSON.parse((await assess('history', '--unit', 'product-engineering', '--json')).stdout);
    expect(timelines).toHaveLength(1);
    expect(timelines[0].entries.map((e: { result: { recommendation: string } }) => e.result.recommendation)).toEqual([
      'devops-first',
      'refine',
      'platform-team',
      'platform-team',
      'refine',
    ]);
    expect(await assess('history', '--unit', 'nope')).toMatchObject({
      code: 2,
      stderr: 'assess: --unit: no records for unit "nope"; the records have: product-engineering\n',
    });
  });

  it('compares two records', async () => {
    const r = await assess(
      'compare',
      'tests/fixtures/history/product-engineering/2025-11-10.yaml',
      'tests/fixtures/history/product-engineering/2026-05-11.yaml',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Changed from Refine what you have to Platform team, decided by “High operational tax”.');
    expect(r.stdout).toMatch(/Share of developer time on infrastructure\s+16%\s+-> 28%\s+\+12 percentage points/);
    const json = JSON.parse(
      (
        await assess(
          'compare',
          'tests/fixtures/history/product-engineering/2025-11-10.yaml',
          'tests/fixtures/history/product-engineering/2026-05-11.yaml',
          '--json',
        )
      ).stdout,
    );
    expect(json.deltas.find((d: { key: string }) => d.key === 'score')).toMatchObject({ from: 23, to: 55, change: 32 });
    expect(await assess('compare', 'a.yaml')).toMatchObject({ code: 2 });
  });
});
