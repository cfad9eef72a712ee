/** Running the `assess` CLI from tests: the real command, with today pinned so messages are stable. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const CLI = 'src/cli/assess.ts';
/** Today as the CLI sees it (PLATFORM_FIT_TODAY), so date-range messages never drift. */
export const TODAY = '2026-11-22';
export const BASE = ['--team-size', '150', '--infra-share', '35', '--onboarding-days', '21'];

export function assess(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, PLATFORM_FIT_TODAY: TODAY },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder removed after the file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
