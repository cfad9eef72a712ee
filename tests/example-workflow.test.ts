/**
 * examples/github-actions.yml does what its comments promise: one build per pull request, a weekly
 * rebuild that publishes, and one review issue kept up to date rather than a new one every week.
 * The two shell steps of the reviews job run here against stubs of `npm`, `jq`-free JSON and `gh`,
 * for each exit code of `assess due` (0 none overdue, 1 overdue, 2 bad records). GitHub's own
 * parser checks the file in content-yaml.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

interface Step {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
}
interface Job {
  if?: string;
  needs?: string | string[];
  steps?: Step[];
}
const workflow = parse(readFileSync('examples/github-actions.yml', 'utf8')) as { on: Record<string, any>; jobs: Record<string, Job> };

describe('the example workflow: triggers', () => {
  it('builds a pull request once: pushes build only the main branch', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('rebuilds and publishes on its weekly schedule, not only when a record changes', () => {
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \* \* \S+$/);
    const build = workflow.jobs['check-and-build']!;
    expect(build.if ?? '').not.toMatch(/schedule/);
    const publish = workflow.jobs.publish!;
    expect(publish.needs).toBe('check-and-build');
    expect(publish.if).not.toMatch(/schedule/);
    expect(publish.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

/** Stubs: `npm` answers `assess due` with $DUE_STATUS and $DUE_UNITS; `gh` logs and answers lists. */
const NPM = `#!/usr/bin/env bash
if [[ " $* " == *" --json "* ]]; then
  printf '{"asOf":"2026-12-07","units":[%s]}\\n' "$DUE_UNITS"
else
  echo "due text"
fi
exit "$DUE_STATUS"
`;
const GH = `#!/usr/bin/env bash
printf '%s\\n' "$*" >>"$GH_LOG"
if [[ "$1 $2" == "issue list" ]]; then echo "$OPEN_ISSUE"; fi
exit 0
`;

const steps = workflow.jobs['reviews-due']!.steps!;
const dueStep = steps.find((s) => s.id === 'due')!.run!;
const issueStep = steps.find((s) => s.name === 'Keep one review issue up to date')!.run!;
const jqFound = spawnSync('jq', ['--version']).status === 0;

it("has jq to run the steps with (CI installs Debian's package; missing there is a failure, not a skip)", () => {
  if (process.env.CI === 'true') expect(jqFound, 'jq is not installed: .ci/run must apt-get install it').toBe(true);
  else if (!jqFound) console.warn('example-workflow: jq not installed here; the review-issue steps are not run');
});

describe.skipIf(!jqFound)(
  `the example workflow: the review issue${jqFound ? '' : ' (skipped: jq is not installed (apt-get install jq; CI installs it and fails without it))'}`,
  () => {
    const temp = mkdtempSync(join(tmpdir(), 'pf-workflow-'));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));
    writeFileSync(join(temp, 'npm'), NPM);
    writeFileSync(join(temp, 'gh'), GH);
    chmodSync(join(temp, 'npm'), 0o755);
    chmodSync(join(temp, 'gh'), 0o755);

    /** Runs the two steps as GitHub runs a `run:` (bash -e), passing the first's outputs on. */
    function week(dueStatus: number, units: number, openIssue: string) {
      const env = {
        PATH: `${temp}:/usr/bin:/bin`,
        GITHUB_OUTPUT: join(temp, 'output'),
        GH_LOG: join(temp, 'gh.log'),
        DUE_STATUS: String(dueStatus),
        DUE_UNITS: Array.from({ length: units }, () => '{}').join(','),
        OPEN_ISSUE: openIssue,
      };
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GH_LOG, '');
      const due = spawnSync('bash', ['-e', '-c', dueStep], { cwd: temp, env, encoding: 'utf8' });
      if (due.status !== 0) return { due, gh: '' };
      const out = Object.fromEntries(
        readFileSync(env.GITHUB_OUTPUT, 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.split('=')),
      );
      const issue = spawnSync('bash', ['-e', '-c', issueStep], {
        cwd: temp,
        env: { ...env, STATUS: out.status, UNITS: out.units },
        encoding: 'utf8',
      });
      expect(issue.status, issue.stderr).toBe(0);
      return { due, gh: readFileSync(env.GH_LOG, 'utf8') };
    }

    it('opens an issue the first week a review is overdue', () => {
      const { gh } = week(1, 1, '');
      expect(gh).toMatch(/^issue create --label platform-fit-review --title platform-fit: an assessment review is overdue/m);
    });

    it('updates the open issue, and opens no second one, while the review stays overdue', () => {
      const { gh } = week(1, 2, '17');
      expect(gh).toMatch(/^issue edit 17 --title platform-fit: an assessment review is overdue --body-file due.txt$/m);
      expect(gh).not.toMatch(/issue create/);
    });

    it('warns a month ahead: a review due soon opens the issue before it is overdue', () => {
      const { gh } = week(0, 1, '');
      expect(gh).toMatch(/^issue create .*--title platform-fit: an assessment review is due within a month/m);
    });

    it('closes the issue once no review is due', () => {
      const { gh } = week(0, 0, '17');
      expect(gh).toMatch(/^issue close 17 /m);
      expect(gh).not.toMatch(/issue (create|edit)/);
    });

    it('does nothing when nothing is due and no issue is open', () => {
      const { gh } = week(0, 0, '');
      expect(gh).not.toMatch(/issue (create|edit|close)/);
    });

    it('fails the run when the records are bad (exit 2), and opens no issue', () => {
      const { due, gh } = week(2, 0, '');
      expect(due.status).toBe(2);
      expect(due.stdout).toContain('::error::assess due could not read the records (exit 2)');
      expect(gh).toBe('');
    });
  },
);
