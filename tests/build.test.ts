import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real `astro build`, into a temporary folder, so a broken record can never slip through as a
// silently missing page the way Astro's file() loader would let it.
const tmp = mkdtempSync(join(tmpdir(), 'pf-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function build(env: Record<string, string>) {
  const out = join(tmp, `dist-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}`, out };
}

describe('astro build', () => {
  it('fails on a malformed record, naming file, line and field', () => {
    const dir = join(tmp, 'records');
    mkdirSync(join(dir, 'team'), { recursive: true });
    writeFileSync(join(dir, 'team', '2026-01-05.yaml'), readFileSync('tests/fixtures/bad/wrong-types.yaml', 'utf8'));
    const r = build({ PLATFORM_FIT_ASSESSMENTS: dir });
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/2026-01-05\.yaml:5: answers\.teamSize: must be a whole number from 1 to 100000 \(got "forty"\)/);
  }, 180_000);

  it('fails on a YAML syntax error in a record instead of building without it', () => {
    const dir = join(tmp, 'syntax');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '2026-01-05.yaml'), readFileSync('tests/fixtures/bad/malformed.yaml', 'utf8'));
    const r = build({ PLATFORM_FIT_ASSESSMENTS: dir });
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/2026-01-05\.yaml:5: YAML: /);
  }, 180_000);
});
