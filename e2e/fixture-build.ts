/**
 * Builds the site from fixture records into a temporary folder, for the specs that need a site of
 * their own. Two Astro builds in one project share .astro/ (the prerender output and the content
 * store), so builds from parallel workers take turns through a lock folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = join('.astro', 'e2e-build.lock');

export async function buildFixtureSite(
  prefix: string,
  env: Record<string, string>,
): Promise<{ out: string; status: number | null; stderr: string }> {
  const out = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync('.astro', { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, ...env, NO_COLOR: '1' },
    });
    return { out, status: r.status, stderr: r.stderr };
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
