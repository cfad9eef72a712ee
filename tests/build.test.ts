import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nameHash, nameKey } from '#src/engine/records/slug.ts';

// The real `astro build`, into a temporary folder, so a broken record can never slip through as a
// silently missing page the way Astro's file() loader would let it.
const tmp = mkdtempSync(join(tmpdir(), 'pf-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function build(env: Record<string, string>, out = join(tmp, `dist-${Math.random().toString(36).slice(2)}`)) {
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
    // Two units whose pages would share one address (issue 32, item 1).
    mkdirSync(join(dir, 'clash'));
    const unit = (name: string) =>
      `schemaVersion: 1\norganization: Acme\nunit: ${name}\nassessedOn: 2026-01-05\nanswers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`;
    writeFileSync(join(dir, 'clash', 'a.yaml'), unit('支払い'));
    writeFileSync(join(dir, 'clash', 'b.yaml'), unit(nameHash(nameKey('支払い'))));
    // The last good build's pages and _headers (issue 32, item 8): a refused build leaves none of them.
    const out = join(tmp, 'dist-previous');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<p>last week</p>');
    writeFileSync(join(out, '_headers'), '/*\n');
    const r = build({ PLATFORM_FIT_ASSESSMENTS: dir }, out);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/clash\/b\.yaml:3: unit: "\w+" would have the web address \/history\/acme--\w+\/, which "支払い"/);
    expect(existsSync(join(r.out, '_headers'))).toBe(false);
    expect(r.output).toMatch(/team\/2026-01-05\.yaml:5: answers\.teamSize: must be a whole number from 1 to 100000 \(got "forty"\)/);
    expect(r.output).toMatch(/syntax\/2026-01-05\.yaml:5: YAML: /);
    expect(r.output).toMatch(/keys\/2026-01-05\.yaml:\d+: /);
    expect(existsSync(join(r.out, 'index.html'))).toBe(false);
  }, 180_000);
});

describe('astro build of a portfolio (tests/fixtures/portfolio)', () => {
  // Today pinned as for the CLI, so the overdue count is stable.
  const env = {
    PLATFORM_FIT_ASSESSMENTS: 'tests/fixtures/portfolio',
    PLATFORM_FIT_FRAMEWORK: 'tests/fixtures/framework.yaml',
    PLATFORM_FIT_DORA: 'tests/fixtures/dora',
    PLATFORM_FIT_TODAY: '2026-11-22',
  };
  let built: ReturnType<typeof build>;
  const page = (url: string) => readFileSync(join(built.out, url, 'index.html'), 'utf8');

  it('builds', () => {
    built = build(env);
    expect(built.code, built.output.slice(-3000)).toBe(0);
  }, 180_000);

  it("shows every record: the counts on /history/ are `assess check`'s", () => {
    const check = spawnSync(process.execPath, ['src/cli/assess.ts', 'check', env.PLATFORM_FIT_ASSESSMENTS], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    const checked = /(\d+) records/.exec(check.stdout)?.[1];
    const index = page('history');
    expect(index).toContain(`<strong>5 units</strong>, ${checked} assessments`);
    expect(index.match(/<tr[\s>]/g)?.length).toBe(1 + 5);
    expect(index).toContain('Overdue: <strong>3</strong>');
  });

  it("leads each record's old address to a page that holds its section, and keeps records out of search", () => {
    const files = execFileSync('find', [env.PLATFORM_FIT_ASSESSMENTS, '-name', '*.yaml'], { encoding: 'utf8' }).trim().split('\n');
    expect(files.length).toBe(20);
    for (const file of files) {
      const date = /(\d{4}-\d{2}-\d{2})\.yaml$/.exec(file)![1]!;
      const stubs = execFileSync('find', [join(built.out, 'history'), '-path', `*/${date}/index.html`], { encoding: 'utf8' }).trim();
      expect(stubs, file).not.toBe('');
      const to = /http-equiv="refresh" content="0; url=([^"#]+)#([^"]+)"/.exec(readFileSync(stubs.split('\n')[0]!, 'utf8'));
      expect(to?.[2]).toBe(date);
      const holder = page(to![1]!);
      expect(holder).toContain(`id="${date}"`);
      expect(holder).not.toContain('data-pagefind-body');
    }
  });

  // A unit whose latest record holds DORA's answers gets the DORA section in its result; one without, none.
  it("shows DORA's scores in the latest result of a unit that answered DORA's questions", () => {
    const cobalt = page('history/cobalt--platform');
    expect(cobalt).toContain('Delivery on DORA&#39;s scale');
    expect(cobalt).toContain('Lead time follows from the commit-to-production time you gave (10 hours: under a day).');
    expect(cobalt).toMatch(/<svg class="pf-dora-chart"[^>]* role="img" aria-label="Deployment frequency: 8\.0 of 10/);
    expect(page('history/acme--search')).not.toContain('Delivery on DORA&#39;s scale');
  });
});
