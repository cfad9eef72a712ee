/**
 * Running the `assess` CLI from tests: main(argv, io) in-process, against the tests' own fixtures
 * (a frozen framework and a small history), with today pinned so messages are stable. A few smoke
 * tests (cli-process.test.ts) run the real command in a process for exit codes, pipes and terminals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '#src/cli/main.ts';

export const CLI = 'src/cli/assess.ts';
export const FIXTURE_FRAMEWORK = 'tests/fixtures/framework.yaml';
export const FIXTURE_HISTORY = 'tests/fixtures/history';
/** Today as the CLI sees it (PLATFORM_FIT_TODAY), so date-range messages never drift. */
export const TODAY = '2026-11-22';
export const BASE = ['--team-size', '150', '--infra-share', '35', '--onboarding-days', '21'];
export const FIXTURE_ENV = {
  PLATFORM_FIT_TODAY: TODAY,
  PLATFORM_FIT_FRAMEWORK: FIXTURE_FRAMEWORK,
  PLATFORM_FIT_ASSESSMENTS: FIXTURE_HISTORY,
  PLATFORM_FIT_GUIDES: 'tests/fixtures/guides',
  PLATFORM_FIT_DORA: 'tests/fixtures/dora',
};

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process: the fixtures' framework and history unless env says otherwise. */
export async function assess(...args: string[]): Promise<Run> {
  return assessWith({}, ...args);
}

export async function assessWith(env: Record<string, string | undefined>, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { ...FIXTURE_ENV, ...env },
    stdin: null,
    interactive: false,
  });
  return { code, stdout, stderr };
}

/** A temporary folder removed after the file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
