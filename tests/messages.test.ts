/**
 * Every kind of message a person reads, pinned as text: the CLI's exit-2 lines, a record's,
 * the framework's and the source registry's problems. A changed message is a reviewed diff here,
 * never a surprise in someone's terminal or build log.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourcesSchema } from '#src/data/sources-schema.ts';
import { frameworkSchema } from '#src/engine/framework/schema.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { loadRecord } from '#src/node/records.ts';
import { assess, BASE, FIXTURE_FRAMEWORK, TODAY } from './cli-helpers.ts';
import { fixtureFramework, keyListsAsToken, linesByText } from './helpers.ts';

/** Each case as the person typed it, then what assess printed and its exit code. */
async function transcript(cases: readonly (readonly string[])[]): Promise<string> {
  const out: string[] = [];
  for (const args of cases) {
    const r = await assess(...args);
    out.push(`$ assess ${args.join(' ')}`, `${r.stderr.trimEnd()}`, `(exit ${r.code})`);
  }
  return out.join('\n');
}

describe('the CLI refuses bad usage with one line per problem (exit 2)', () => {
  it('answers', async () => {
    expect(
      await transcript([
        ['--team-size', '150', '--infra-share', '140', '--onboarding-days', '21'],
        ['--team-size', '2.5', '--infra-share', '35', '--onboarding-days', '21'],
        ['--team-size', 'abc', '--infra-share', 'x', '--onboarding-days', '-1'],
        ['--infra-share', '35', '--onboarding-days', '21'],
        [...BASE, '--workflow-settled', 'maybe'],
        [...BASE, '--teams', '0'],
        [...BASE, '--trap-signs', 'nope'],
        [...BASE, '--nps', '101'],
        [...BASE, '--engineer-cost', '-5'],
        [...BASE, '--platform-team-size', '0'],
        [...BASE, '--currency', 'euro'],
        [...BASE, '--platform-team-size', '3', '--has-platform-team', 'no'],
        [...BASE, '--engineer-cost', '180.000'],
        [...BASE, '--engineer-cost', '2,5'],
        [...BASE, '--proposed-team-size', '2.5', '--tooling-per-month', '-1', '--tooling-per-developer', 'lots'],
        [...BASE, '--horizon-months', '3', '--expected-recovery', '0', '--ramp-delay-months', '40', '--ramp-months', '49'],
        [...BASE, '--dip-percent', '120', '--dip-months', '25', '--move-engineer-months', '-2'],
        [...BASE, '--developers-per-platform-engineer', '0', '--staffing-months', '40', '--discount-rate', '60'],
        [...BASE, '--moved-from-product-teams', '1.5', '--move-bought-cost', 'some'],
      ]),
    ).toMatchInlineSnapshot(`
      "$ assess --team-size 150 --infra-share 140 --onboarding-days 21
      assess: --infra-share: must be a number from 0 to 100 (got "140")
      (exit 2)
      $ assess --team-size 2.5 --infra-share 35 --onboarding-days 21
      assess: --team-size: must be a whole number from 1 to 100000 (got "2.5")
      (exit 2)
      $ assess --team-size abc --infra-share x --onboarding-days -1
      assess: --team-size: must be a whole number from 1 to 100000 (got "abc")
      assess: --infra-share: must be a number from 0 to 100 (got "x")
      assess: --onboarding-days: must be a number from 0 to 365 (got "-1")
      (exit 2)
      $ assess --infra-share 35 --onboarding-days 21
      assess: --team-size: is missing; it must be a whole number from 1 to 100000
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --workflow-settled maybe
      assess: --workflow-settled: must be yes or no (got "maybe")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --teams 0
      assess: --teams: must be a whole number from 1 to 10000 (got "0")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --trap-signs nope
      assess: --trap-signs: must be one of more-complex-than-infra, meetings-outnumber, leaky-abstractions, new-silo, slow-delivery (got "nope")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --nps 101
      assess: --nps: must be a whole number from -100 to 100 (got "101")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --engineer-cost -5
      assess: --engineer-cost: must be a number from 1 to 10000000 (got "-5")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --platform-team-size 0
      assess: --platform-team-size: must be a whole number from 1 to 10000 (got "0")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --currency euro
      assess: --currency: must be an ISO 4217 currency code such as EUR, USD or JPY (got "euro")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --platform-team-size 3 --has-platform-team no
      assess: --platform-team-size: only applies when a platform team exists (the answers say none does)
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --engineer-cost 180.000
      assess: --engineer-cost: "180.000" could mean 180 or 180,000: write 180,000 or 180000 if you mean thousands, 180 if not
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --engineer-cost 2,5
      assess: --engineer-cost: "2,5" uses a comma for the decimal point: write 2.5
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --proposed-team-size 2.5 --tooling-per-month -1 --tooling-per-developer lots
      assess: --proposed-team-size: must be a whole number from 1 to 10000 (got "2.5")
      assess: --tooling-per-month: must be a number from 0 to 10000000 (got "-1")
      assess: --tooling-per-developer: must be a number from 0 to 100000 (got "lots")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --horizon-months 3 --expected-recovery 0 --ramp-delay-months 40 --ramp-months 49
      assess: --horizon-months: must be a whole number from 6 to 120 (got "3")
      assess: --expected-recovery: must be a number from 1 to 100 (got "0")
      assess: --ramp-delay-months: must be a number from 0 to 36 (got "40")
      assess: --ramp-months: must be a number from 0 to 48 (got "49")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --dip-percent 120 --dip-months 25 --move-engineer-months -2
      assess: --dip-percent: must be a number from 0 to 100 (got "120")
      assess: --dip-months: must be a number from 0 to 24 (got "25")
      assess: --move-engineer-months: must be a number from 0 to 100000 (got "-2")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --developers-per-platform-engineer 0 --staffing-months 40 --discount-rate 60
      assess: --developers-per-platform-engineer: must be a number from 1 to 1000 (got "0")
      assess: --staffing-months: must be a number from 0 to 36 (got "40")
      assess: --discount-rate: must be a number from 0 to 50 (got "60")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --moved-from-product-teams 1.5 --move-bought-cost some
      assess: --moved-from-product-teams: must be a whole number from 0 to 10000 (got "1.5")
      assess: --move-bought-cost: must be a number from 0 to 100000000 (got "some")
      (exit 2)"
    `);
  });

  it('commands, flags and dates', async () => {
    expect(
      await transcript([
        [],
        ['frobnicate'],
        [...BASE, '--bogus', '1'],
        [...BASE, '--team-size'],
        [...BASE, '--date', '2026-02-30'],
        [...BASE, '--date', '1989-12-31'],
        [...BASE, '--save', 'x.yaml'],
        ['check', 'no-such-folder'],
        ['check', 'a', 'b'],
        ['history', '--unit', 'nope'],
        ['compare', 'a.yaml'],
        ['merge', 'a.yaml'],
        ['check', '--team-size', '5'],
      ]),
    ).toMatchInlineSnapshot(`
      "$ assess 
      assess: no answers given: pass --team-size, --infra-share and --onboarding-days (run "assess --help")
      (exit 2)
      $ assess frobnicate
      assess: unknown command "frobnicate"; run "assess --help"
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --bogus 1
      assess: unknown flag --bogus; run "assess --help" for the flags
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --team-size
      assess: --team-size: needs a value (run "assess --help")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --date 2026-02-30
      assess: --date: must be a calendar date from 1990-01-01 to 2027-11-22 (a year after today), written YYYY-MM-DD (got "2026-02-30")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --date 1989-12-31
      assess: --date: must be a calendar date from 1990-01-01 to 2027-11-22 (a year after today), written YYYY-MM-DD (got "1989-12-31")
      (exit 2)
      $ assess --team-size 150 --infra-share 35 --onboarding-days 21 --save x.yaml
      assess: --org: is required with --save: the organisation the record belongs to
      (exit 2)
      $ assess check no-such-folder
      assess: check: no-such-folder is not a folder
      (exit 2)
      $ assess check a b
      assess: check: takes one folder (got 2)
      (exit 2)
      $ assess history --unit nope
      assess: --unit: no records for unit "nope"; the records have: product-engineering
      (exit 2)
      $ assess compare a.yaml
      assess: compare: needs two record files, the earlier first: assess compare A.yaml B.yaml
      (exit 2)
      $ assess merge a.yaml
      assess: merge: needs two or more record files: assess merge A.yaml B.yaml [--save OUT.yaml]
      (exit 2)
      $ assess check --team-size 5
      assess: --team-size: does not apply to "check" (run "assess --help")
      (exit 2)"
    `);
  });
});

describe('a record file', () => {
  it('names the file, line and field of every problem', () => {
    const framework = fixtureFramework();
    const lines = readdirSync('tests/fixtures/bad')
      .sort()
      .flatMap((name) => {
        const loaded = loadRecord(`tests/fixtures/bad/${name}`, framework, { today: TODAY });
        return loaded.ok ? [`${name}: accepted`] : loaded.problems.map(formatProblem);
      });
    expect(keyListsAsToken(lines.join('\n'))).toMatchInlineSnapshot(`
      "tests/fixtures/bad/alias-bomb.yaml:1: YAML: rejected (Excessive alias count indicates a resource exhaustion attack); aliases are limited to 50
      tests/fixtures/bad/bad-date.yaml:3: assessedOn: must be a calendar date from 1990-01-01 to 2027-11-22 (a year after today), written YYYY-MM-DD
      tests/fixtures/bad/bad-date.yaml:8: answers.trapSigns.1: must be one of more-complex-than-infra, meetings-outnumber, leaky-abstractions, new-silo, slow-delivery (got "gremlins")
      tests/fixtures/bad/duplicate-key.yaml:8: teamSize: appears twice in the same mapping; keep one
      tests/fixtures/bad/empty.yaml:1: the file is empty
      tests/fixtures/bad/malformed.yaml:5: YAML: Nested mappings are not allowed in compact mappings
      tests/fixtures/bad/malformed.yaml:5: YAML: Implicit keys need to be on a single line
      tests/fixtures/bad/missing.yaml:4: answers.infraTimeShare: is missing; it must be a number from 0 to 100
      tests/fixtures/bad/missing.yaml:4: answers.onboardingDays: is missing; it must be a number from 0 to 365
      tests/fixtures/bad/tag.yaml:2: YAML: Unresolved tag: tag:yaml.org,2002:js/function
      tests/fixtures/bad/unknown-key.yaml:8: answers.teamsize: unknown field; allowed here: <the questions table’s keys>
      tests/fixtures/bad/wrong-types.yaml:5: answers.teamSize: must be a whole number from 1 to 100000 (got "forty")
      tests/fixtures/bad/wrong-types.yaml:6: answers.infraTimeShare: must be a number from 0 to 100 (got 140)
      tests/fixtures/bad/wrong-types.yaml:8: answers.workflowSettled: must be true or false (got "maybe")"
    `);
  });
});

describe('the framework file', () => {
  const text = readFileSync(FIXTURE_FRAMEWORK, 'utf8');
  const problems = (edited: string) => {
    const parsed = parseYaml(edited, 'framework.yaml', frameworkSchema);
    return parsed.ok ? 'valid' : parsed.problems.map(formatProblem).join('\n');
  };

  it('names the line and field of every problem', () => {
    const edits: [string, string][] = [
      ['threshold: 20\n    recommendation: devops-first', 'threshold: twenty\n    recommendation: devops-first'],
      ['op: lte', 'op: le'],
      ['weight: 30', 'weight: 31'],
      ['id: new-silo', 'id: slow-delivery'],
      ['reviewIntervalMonths: 6', 'reviewIntervalMonths: 0'],
      ['input: teamSize\n    op: lte', 'input: headcount\n    op: lte'],
      ['version: "2026.11"', 'version: ""'],
      ['version: "2026.11"', `version: "${'9'.repeat(41)}"`],
      ['version: "2026.11"', 'version: "2026.11\\nOVERDUE"'],
      ['rules: [workflow-unsettled, culture-bottleneck]', 'rules: [workflow-unsettled, small-teams]'],
    ];
    const shown = edits.map(([from, to]) => {
      const edited = text.replace(from, to);
      return `${to.split('\n')[0]}:\n${keyListsAsToken(linesByText(problems(edited), 'framework.yaml', edited))}`;
    });
    expect(shown.join('\n\n')).toMatchInlineSnapshot(`
      "threshold: twenty:
      framework.yaml:«threshold: twenty»: rules.0.threshold: must be a number, or true/false for a yes/no input (got "twenty")

      op: le:
      framework.yaml:«op: le»: rules.0.op: must be one of lt, lte, gt, gte, eq (got "le")

      weight: 31:
      framework.yaml:«factors:»: score.factors: weights must add up to 100 (they add up to 101)

      id: slow-delivery:
      framework.yaml:«- { id: slow-delivery, text: Fixture sign five., guide: /platform-trap/#warning-signs }»: trap.signs.4.id: duplicate id slow-delivery

      reviewIntervalMonths: 0:
      framework.yaml:«reviewIntervalMonths: 0»: reviewIntervalMonths: must be at least 1 (got 0)

      input: headcount:
      framework.yaml:«input: headcount»: rules.0.input: must be one of <the questions table’s keys> (got "headcount")

      version: "":
      framework.yaml:«version: ""»: version: must be text in quotes, e.g. "2026.11" (got "")

      version: "99999999999999999999999999999999999999999":
      framework.yaml:«version: "99999999999999999999999999999999999999999"»: version: must be text of 1 to 40 characters (got "99999999999999999999999999999999999999999")

      version: "2026.11\\nOVERDUE":
      framework.yaml:«version: "2026.11\\nOVERDUE"»: version: must be one line of plain text: it contains a line break at character 8; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)

      rules: [workflow-unsettled, small-teams]:
      framework.yaml:«rules: [workflow-unsettled, small-teams]»: recommendations.devops-first.noTeam.steps.2.rules.1: no rule that decides devops-first has the id small-teams; use one of small-team, workflow-unsettled, culture-bottleneck"
    `);
  });
});

describe('the source registry', () => {
  it('names the line and field of every problem', () => {
    const registry = [
      'sources:',
      '  - id: Dora_2024',
      '    title: ""',
      '    by: DORA',
      '    year: 1980',
      '    url: http://dora.dev/',
      '    kind: blog',
      '  - id: a',
      '    title: A',
      '    by: B',
      '    year: 2024',
      '    url: https://a.example/',
      '    kind: book',
      '    extra: 1',
      '  - id: a',
      '    title: A again',
      '    by: B',
      '    year: 2024',
      '    url: https://a.example/2',
      '    kind: book',
    ].join('\n');
    const parsed = parseYaml(registry, 'sources.yaml', sourcesSchema);
    expect(parsed.ok ? 'valid' : parsed.problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`
      "sources.yaml:2: sources.0.id: must be a lower-case id like dora-2024 (got "Dora_2024")
      sources.yaml:3: sources.0.title: must be text of 1 to 200 characters (got "")
      sources.yaml:5: sources.0.year: must be at least 1990 (got 1980)
      sources.yaml:6: sources.0.url: must be an https:// address (got "http://dora.dev/")
      sources.yaml:7: sources.0.kind: must be one of research, survey, book, standard, vendor, practitioner-post, documentation (got "blog")
      sources.yaml:14: sources.1.extra: unknown field; allowed here: id, title, by, year, url, kind, note"
    `);
  });
});
