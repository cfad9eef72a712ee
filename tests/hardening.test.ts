/**
 * What a hostile contributor found (issue "Hardening"): each case reproduced, then held.
 * The browser side (stored state, links) is in e2e/hostile.spec.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRecordPage } from '#src/integrations/csp.ts';
import { securePage } from '#src/integrations/secure-page.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { loadRecords } from '#src/node/records.ts';
import { readText } from '#src/node/read-text.ts';
import { assess, TODAY } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const tmp = mkdtempSync(join(tmpdir(), 'pf-hard-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function dirWith(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const record = (date: string, extra = '') =>
  `schemaVersion: 1\norganization: Acme\nassessedOn: ${date}\n${extra}answers:\n  teamSize: 50\n  infraTimeShare: 10\n  onboardingDays: 3\n`;

describe('the Content-Security-Policy trusts only scripts the site ships', () => {
  const GUIDE = '<html><head><title>FAQ</title><script>theme()</script></head><body></body></html>';

  /** What the build's post-build step does: pages from code and guides first (they teach the allowlist), then record pages. */
  function secure(pages: Record<string, string>) {
    const dir = dirWith(`site-${Object.keys(pages).length}-${Math.random().toString(36).slice(2)}`, {});
    const allowed = new Set<string>();
    const files = Object.entries(pages).map(([url, html], i) => {
      const file = join(dir, `${i}.html`);
      writeFileSync(file, html);
      return { url, file };
    });
    const ordered = [...files.filter((f) => !isRecordPage(f.url)), ...files.filter((f) => isRecordPage(f.url))];
    const secured = ordered.map(({ url, file }) => ({
      ...securePage(file, url, allowed, !isRecordPage(url)),
      html: readFileSync(file, 'utf8'),
    }));
    return { allowed, secured };
  }

  it('refuses an inline script that appears only on a page built from records, and leaves that page unwritten', () => {
    const evil = '<html><head><title>x</title><script>theme()</script><script>alert(1)</script></head></html>';
    const { allowed, secured } = secure({ '/faq/': GUIDE, '/history/evil/': evil });
    expect(allowed.size).toBe(1);
    expect(secured.flatMap((p) => p.refused)).toEqual([
      '/history/evil/: an inline script the site does not ship ("alert(1)"); records are data and cannot carry script',
    ]);
    expect(secured[0]!.html).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-/);
    expect(secured[1]!.html).toBe(evil);
  });

  it('reads markup inside attributes and titles as text, not as a script', () => {
    const page =
      '<html><head><title>Evil&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title><meta content="</title><script>alert(1)</script>"></head></html>';
    const { allowed, secured } = secure({ '/faq/': GUIDE, '/history/evil/': page });
    expect(allowed.size).toBe(1);
    expect(secured.flatMap((p) => p.refused)).toEqual([]);
  });
});

describe('a record path is a regular file, read with a bounded read', () => {
  it.runIf(process.platform !== 'win32')('refuses a FIFO and a link to /dev/zero at once instead of hanging', async () => {
    const dir = dirWith('devices', {});
    spawnSync('mkfifo', [join(dir, '2026-01-01.yaml')]);
    symlinkSync('/dev/zero', join(dir, '2026-01-02.yaml'));
    const started = Date.now();
    const { problems } = loadRecords(dir, framework, TODAY);
    expect(problems.map(formatProblem).map((m) => m.replace(dir, 'DIR'))).toEqual([
      expect.stringMatching(/2026-01-01\.yaml: not a regular file/),
      expect.stringMatching(/2026-01-02\.yaml: not a regular file \(a symbolic link\)/),
    ]);
    // Not a timing assertion: a hang would never return; this only documents that it did.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await assess('--framework', '/dev/zero', '--help')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a regular file'),
    });
  });

  it('refuses bytes that are not UTF-8, with the offset of the first bad byte', () => {
    const latin1 = Buffer.from(record('2026-01-05', 'notes: "caf\xe9"\n'), 'latin1');
    const file = join(dirWith('latin1', { '2026-01-05.yaml': latin1 }), '2026-01-05.yaml');
    const read = readText(file, 'r.yaml');
    const offset = latin1.indexOf(0xe9);
    expect(read).toEqual({
      ok: false,
      problems: [{ file: 'r.yaml', path: '', message: `not UTF-8: byte ${offset} (0xe9) is invalid; save the file as UTF-8` }],
    });
  });

  it('never quotes the contents of a file it refuses (a link to /etc/passwd)', async () => {
    const dir = dirWith('passwd', { 'x.yaml': 'root:x:0:0:root:/root:/bin/bash\n' });
    const r = await assess('check', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('root:/root');
  });
});

describe('check and the build apply one validation', () => {
  it.each([
    ['9999-12-31', 'assessedOn: must be a calendar date from 1990-01-01 to 2027-11-22 (a year after today), written YYYY-MM-DD'],
    ['0050-06-01', 'assessedOn: must be a calendar date from 1990-01-01'],
    ['1989-12-31', 'assessedOn: must be a calendar date from 1990-01-01'],
  ])('refuses a record dated %s, saying which dates are allowed', (date, message) => {
    const dir = dirWith(`date-${date}`, { [`${date}.yaml`]: record(date) });
    const { problems } = loadRecords(dir, framework, TODAY);
    expect(problems.map(formatProblem).join('\n')).toContain(message);
  });

  it('refuses two records of one unit on one day (the build uses this same loader)', () => {
    const dir = dirWith('clash', { '2026-01-05.yaml': record('2026-01-05'), 'b.yaml': record('2026-01-05') });
    const { records, problems } = loadRecords(dir, framework, TODAY);
    expect(records).toHaveLength(1);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/b\.yaml:3: assessedOn: same organisation, unit and date as .*2026-01-05\.yaml/),
    ]);
  });

  it('warns, without failing, when the file name date differs from assessedOn', async () => {
    const dir = dirWith('renamed', { '2026-01-05.yaml': record('2026-01-06') });
    const { records, problems, warnings } = loadRecords(dir, framework, TODAY);
    expect([records.length, problems]).toEqual([1, []]);
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/2026-01-05\.yaml:1: warning: assessedOn: is 2026-01-06 but the file name says 2026-01-05/),
    ]);
    expect(await assess('check', dir)).toMatchObject({ code: 0, stderr: expect.stringContaining('warning: assessedOn') });
  });
});

describe('every writer validates what it writes', () => {
  const BASE = ['--team-size', '150', '--infra-share', '35', '--onboarding-days', '21', '--date', '2026-11-02'];

  it('--save refuses a 5,000-character organisation or notes, with exit 2, and writes nothing', async () => {
    const file = join(tmp, 'long', 'r.yaml');
    for (const [flag, value] of [
      ['--org', 'x'.repeat(5000)],
      ['--notes', 'y'.repeat(5000)],
    ] as const) {
      const args = flag === '--org' ? [flag, value] : ['--org', 'Acme', flag, value];
      const r = await assess('--save', file, ...args, ...BASE);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^assess: --save: not written: ${flag}: must be text of 1 to \\d+ characters`));
      expect(existsSync(file)).toBe(false);
    }
  });

  it('merge makes every name unique within the length limit, keeps notes, and refuses the same person twice', async () => {
    const long = 'N'.repeat(120);
    const one = (by: string, teamSize: number, notes = '') =>
      `schemaVersion: 1\norganization: Acme\nassessedOn: 2026-11-02\nassessedBy: "${by}"\n${notes ? `notes: "${notes}"\n` : ''}answers:\n  teamSize: ${teamSize}\n  infraTimeShare: 30\n  onboardingDays: 10\n`;
    const dir = dirWith('merge', {
      'a.yaml': one('CTO', 100, 'from the CTO'),
      'b.yaml': one('CTO (2)', 110),
      'c.yaml': one('CTO', 120, 'a second CTO'),
      'd.yaml': one(long, 130),
      'e.yaml': one(long, 140),
    });
    const out = join(dir, 'out', 'merged.yaml');
    const files = ['a', 'b', 'c', 'd', 'e'].map((f) => join(dir, `${f}.yaml`));
    const r = await assess('merge', ...files, '--save', out, '--json');
    expect(r.code).toBe(0);
    const names = JSON.parse(r.stdout).record.respondents.map((p: { name: string }) => p.name);
    expect(names).toEqual(['CTO', 'CTO (2)', 'CTO (3)', long, `${'N'.repeat(116)} (2)`]);
    expect(readFileSync(out, 'utf8')).toContain('notes: "from the CTO"');
    expect(readFileSync(out, 'utf8')).toContain('notes: "a second CTO"');
    expect((await assess('check', join(dir, 'out'))).code).toBe(0);

    const twice = await assess('merge', files[0]!, files[1]!, files[0]!);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^assess: merge: "CTO" in .*a\.yaml is the same respondent, with the same answers, as "CTO" in .*a\.yaml/);
  });

  it('--save names the target, not a temp file, when it cannot write, and exits 2', async () => {
    const blocker = join(tmp, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const r = await assess('--save', join(blocker, 'r.yaml'), '--org', 'Acme', ...BASE);
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/^assess: --save: cannot write .*blocker\/r\.yaml: /) });
    expect(r.stderr).not.toMatch(/\.tmp/);
  });

  it('--save to a 300-character name or a folder that cannot be made says so in words (issue 32, item 9)', async () => {
    const long = await assess('--save', join(tmp, `${'a'.repeat(300)}.yaml`), '--org', 'Acme', ...BASE);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('…'); // the path is shortened to one line
    expect(long.stderr.replace(/write \/.*\.yaml:/, 'write <path>:')).toMatchInlineSnapshot(`
      "assess: --save: cannot write <path>: a name in the path is too long (file systems allow at most 255 bytes a name)
      "
    `);
  });

  it.runIf(existsSync('/proc/self'))('--save under /proc ends with a message instead of hanging in mkdir', async () => {
    const r = await assess('--save', '/proc/nope/r.yaml', '--org', 'Acme', ...BASE);
    expect(`${r.stderr}(exit ${r.code})`).toMatchInlineSnapshot(`
      "assess: --save: cannot write /proc/nope/r.yaml: the path cannot be made there (no such file or folder)
      (exit 2)"
    `);
  });
});

describe('CLI edges', () => {
  it('takes a negative number as a value', async () => {
    const r = await assess('--team-size', '150', '--infra-share', '35', '--onboarding-days', '21', '--nps', '-20', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).metrics.find((m: { input: string }) => m.input === 'developerNps').value).toBe(-20);
  });

  it.each([
    [['history', '/nonexistent'], 'assess: history: /nonexistent is not a folder'],
    [['check', '/nonexistent'], 'assess: check: /nonexistent is not a folder'],
    [['--framework', '/nonexistent', '--team-size', '5'], 'nonexistent: no such file'],
    [['--force', '--team-size', '150', '--infra-share', '35', '--onboarding-days', '21'], 'assess: --force: only applies with --save'],
    [['check', '--team-size', '5'], 'assess: --team-size: does not apply to "check"'],
    [['--org', 'Acme', '--team-size', '150', '--infra-share', '35', '--onboarding-days', '21'], 'assess: --org: only applies with --save'],
  ])('assess %j exits 2: %s', async (args, message) => {
    const r = await assess(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('never prints a terminal escape code from a record', async () => {
    const dir = dirWith('ansi', { '2026-01-05.yaml': record('2026-01-05', 'unit: "pay\\u001b[31mments"\n') });
    const r = await assess('check', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unit: must be one line of plain text: it contains the control character U+001B at character 4');
    expect(r.stderr + r.stdout).not.toContain('\u001b');
  });
});
