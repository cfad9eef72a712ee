/**
 * Whether the guides' shell samples can be shellchecked here. CI installs Debian's shellcheck
 * (.ci/run) and a missing one fails there; elsewhere the checks skip and say why in their names.
 * `SHELLCHECK=/nonexistent npm test` runs the suite as a machine without shellcheck would.
 */
import { spawnSync } from 'node:child_process';

export const SHELLCHECK = process.env.SHELLCHECK || 'shellcheck';
export const shellcheckFound = spawnSync(SHELLCHECK, ['--version'], { encoding: 'utf8' }).status === 0;
export const inCi = process.env.CI === 'true';
/** Why the shellcheck checks are skipped, in each skipped test's name and note. */
export const NO_SHELLCHECK = 'skipped: shellcheck is not installed (apt-get install shellcheck; CI installs it and fails without it)';
/** In CI the checks always run, so a missing shellcheck fails them rather than skipping them. */
export const runShellcheck = shellcheckFound || inCi;
