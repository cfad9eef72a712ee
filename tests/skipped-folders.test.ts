/**
 * Records never vanish silently: a folder under assessments/ that is hidden, linked or unreadable
 * is named as a warning, with its path, by check and by the build (the same loader).
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { assess, FIXTURE_FRAMEWORK, tempDir } from './cli-helpers.ts';
import { syncRecords } from '#src/integrations/data-sync.ts';

const tmp = tempDir('pf-skipped-');
const dir = join(tmp, 'records');
const record = (unit: string) =>
  `schemaVersion: 1\norganization: Acme\nunit: ${unit}\nassessedOn: 2026-11-02\nanswers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`;
for (const [folder, unit] of [
  ['payments', 'payments'],
  ['.drafts', 'drafts'],
  ['...', 'dots'],
  [join('..', 'elsewhere'), 'linked'],
  ['locked', 'locked'],
]) {
  mkdirSync(join(dir, folder!), { recursive: true });
  writeFileSync(join(dir, folder!, '2026-11-02.yaml'), record(unit!));
}
writeFileSync(join(dir, '.hidden-2026-11-02.yaml'), record('hidden'));
symlinkSync(join(tmp, 'elsewhere'), join(dir, 'linked'));
chmodSync(join(dir, 'locked'), 0o000);
afterAll(() => chmodSync(join(dir, 'locked'), 0o755));
// root reads any folder: the unreadable case only shows for other users.
const unreadable = process.getuid?.() !== 0;

describe('folders and files passed over', () => {
  it('are named by check as warnings with their paths (check still passes on the rest)', async () => {
    const r = await assess('check', dir);
    const lines = r.stderr.replaceAll(tmp, 'TMP').trimEnd().split('\n').sort();
    expect(lines.filter((l) => !l.includes('locked'))).toMatchInlineSnapshot(`
      [
        "TMP/records/...: warning: folder skipped: hidden (its name starts with a dot); rename it to have its records checked and built",
        "TMP/records/.drafts: warning: folder skipped: hidden (its name starts with a dot); rename it to have its records checked and built",
        "TMP/records/.hidden-2026-11-02.yaml: warning: file skipped: hidden (its name starts with a dot); rename it to have it checked and built",
        "TMP/records/linked: warning: skipped: a symbolic link, which is not followed; put the records themselves under the records folder",
      ]
    `);
    if (unreadable)
      expect(lines.some((l) => l.startsWith('TMP/records/locked: warning: folder skipped: cannot be read (EACCES)'))).toBe(true);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`; ${unreadable ? 1 : 2} records in .* valid; ${unreadable ? 5 : 4} warning\\(s\\)`));
  });

  it('are named by the build as warnings too', () => {
    // The build's records loader (data-sync.ts), run with a store and a logger of the test's own.
    vi.stubEnv('PLATFORM_FIT_TODAY', '2026-11-22');
    vi.stubEnv('PLATFORM_FIT_FRAMEWORK', FIXTURE_FRAMEWORK);
    vi.stubEnv('PLATFORM_FIT_ASSESSMENTS', dir);
    const warned: string[] = [];
    const context = {
      collection: 'records',
      store: { clear: () => undefined, set: () => true },
      logger: { warn: (m: string) => warned.push(m), info: () => undefined, error: () => undefined },
      watcher: undefined,
    } as unknown as Parameters<typeof syncRecords>[0];
    try {
      syncRecords(context);
      for (const name of ['.drafts', '...', 'linked', '.hidden-2026-11-02.yaml'])
        expect(warned.some((w) => w.includes(`${name}: warning:`))).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
