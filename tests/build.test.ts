import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
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
  // One build carries every bad-record case: each must stop it with its own file:line: field message.
  it('fails on bad records, naming each file, line and field, instead of building without them', () => {
    const dir = join(tmp, 'records');
    const cases: [unit: string, fixture: string][] = [
      ['team', 'wrong-types'],
      ['syntax', 'malformed'],
      ['keys', 'unknown-key'],
    ];
    for (const [unit, fixture] of cases) {
      mkdirSync(join(dir, unit), { recursive: true });
      writeFileSync(join(dir, unit, '2026-01-05.yaml'), readFileSync(`tests/fixtures/bad/${fixture}.yaml`, 'utf8'));
    }
    const r = build({ PLATFORM_FIT_ASSESSMENTS: dir });
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/team\/2026-01-05\.yaml:5: answers\.teamSize: must be a whole number from 1 to 100000 \(got "forty"\)/);
    expect(r.output).toMatch(/syntax\/2026-01-05\.yaml:5: YAML: /);
    expect(r.output).toMatch(/keys\/2026-01-05\.yaml:\d+: /);
    expect(existsSync(join(r.out, 'index.html'))).toBe(false);
  }, 180_000);

  // A record with DORA answers gets the DORA section on its page; the one before it, none.
  it('shows the DORA section on the record pages that have DORA answers', () => {
    const r = build({ PLATFORM_FIT_ASSESSMENTS: 'tests/fixtures/dora-history' });
    expect(r.code, r.output).toBe(0);
    const page = (date: string) => readFileSync(join(r.out, 'history', 'fixture-delivery-co--delivery', date, 'index.html'), 'utf8');
    expect(page('2026-11-02')).toContain('Delivery on DORA&#39;s scale');
    expect(page('2026-11-02')).toContain('Lead time follows from the commit-to-production time you gave (600 minutes: under a day).');
    expect(page('2026-11-02')).toMatch(/<svg class="pf-dora-chart"[^>]* role="img" aria-label="Deployment frequency: 8\.0 of 10/);
    expect(page('2026-05-04')).not.toContain('Delivery on DORA&#39;s scale');
  }, 180_000);
});
