/**
 * The real `assess` in a process of its own, for what only a process shows: exit codes and a
 * closed pipe. `assess history | head -1` once died with EPIPE and a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURE_ENV } from './cli-helpers.ts';

/** A shell pipeline whose exit code is assess's own (pipefail), with assess's stderr kept apart. */
function piped(args: string, reader: string) {
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" ${CLI} ${args} | ${reader} > /dev/null`], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ...FIXTURE_ENV },
  });
  return { code: r.status, stderr: r.stderr };
}

describe('assess writing into a pipe that closes early', () => {
  it.each([
    ['history', 'head -1'],
    ['history --json', 'head -c 10'],
    // `true` reads nothing and is gone before assess writes: the closed pipe every time.
    ['history --json', 'true'],
    ['history', 'true'],
  ])('assess %s | %s: exit 0, nothing on stderr', (args, reader) => {
    expect(piped(args, reader)).toEqual({ code: 0, stderr: '' });
  });
});

describe('assess writing to a full disk (issue 32, item 9)', () => {
  it.runIf(existsSync('/dev/full')).each([['check'], ['--team-size', '10', '--infra-share', '5', '--onboarding-days', '2']])(
    'assess %s > /dev/full: a plain line and exit 2, not a stack trace and exit 1',
    (...args) => {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [CLI, ...args], {
          encoding: 'utf8',
          timeout: 30_000,
          stdio: ['ignore', full, 'pipe'],
          env: { ...process.env, ...FIXTURE_ENV },
        });
        expect(`${r.stderr}(exit ${r.status})`).toMatchInlineSnapshot(`
          "assess: cannot write to standard output: the disk is full; the output is incomplete
          (exit 2)"
        `);
      } finally {
        closeSync(full);
      }
    },
  );
});
