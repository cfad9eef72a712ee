/**
 * The registers and small tools the guides tell a reader to keep do what the text beside them says:
 * the compliance guide's evidence map covers every control its table names (and no other), each with
 * an owner and evidence; the escape-hatch register and the decision record carry the fields the
 * best-practices guide says they hold; and the golden path's deploy command only asks CI to ship,
 * refusing to run without both arguments.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fences, guideSource } from './guide-text.ts';

/** The one fence of a guide that has a line matching `line`, e.g. its `# escape-hatches.yaml` comment. */
function sample(file: string, line: RegExp) {
  const found = fences(guideSource(file)).filter((f) => f.code.split('\n').some((l) => line.test(l)));
  expect(found, `${file}: one sample with a line matching ${line}`).toHaveLength(1);
  return found[0]!;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const OWNER = /^group:default\/[a-z0-9-]+$/;

describe('the evidence map in the compliance guide', () => {
  const file = 'compliance-operating-model.mdx';
  const text = guideSource(file);
  const map = parse(sample(file, /^# compliance\/evidence-map\.yaml/).code) as { controls: Record<string, any>[] };
  // The control table's first column: rows that start with an identifier such as `CM-3`.
  const section = text.slice(text.indexOf('## Map audit evidence to controls'));
  const tableIds = [...section.slice(0, section.indexOf('\n## ', 4)).matchAll(/^\| ([A-Z]{2}-\d+) /gm)].map((m) => m[1]!);

  it('covers exactly the controls the table lists', () => {
    expect(tableIds.length).toBeGreaterThan(0);
    expect(map.controls.map((c) => c.id).sort()).toEqual([...tableIds].sort());
  });

  it('gives every control a name, an owning group and evidence with a source and a record', () => {
    for (const c of map.controls) {
      expect(c.name, c.id).toEqual(expect.any(String));
      expect(c.owner, c.id).toMatch(OWNER);
      expect(c.evidence.length, c.id).toBeGreaterThan(0);
      for (const e of c.evidence) expect(e, c.id).toEqual({ source: expect.stringMatching(/^[a-z-]+$/), record: expect.any(String) });
    }
  });
});

describe('the registers in best-practices', () => {
  const file = 'best-practices.mdx';

  it('escape hatches: one entry per team and hatch, each approved, with a review date after it opened', () => {
    const { hatches } = parse(sample(file, /^# escape-hatches\.yaml/).code) as { hatches: Record<string, any>[] };
    expect(hatches.length).toBeGreaterThan(0);
    expect(new Set(hatches.map((h) => h.id)).size).toBe(hatches.length);
    for (const h of hatches) {
      for (const field of ['id', 'bypasses', 'team', 'reason', 'approvedBy'])
        expect(h[field], `${h.id} ${field}`).toEqual(expect.any(String));
      expect(h.openedOn, h.id).toMatch(ISO_DAY);
      expect(h.reviewBy, h.id).toMatch(ISO_DAY);
      expect(h.reviewBy > h.openedOn, `${h.id} is reviewed after it opened`).toBe(true);
    }
  });

  it('a decision record says what was decided, why, what it costs and when to revisit it', () => {
    const d = parse(sample(file, /^# decisions\/\d{4}-[a-z0-9-]+\.yaml/).code) as Record<string, any>;
    expect(d).toEqual(
      expect.objectContaining({
        id: expect.any(Number),
        title: expect.any(String),
        status: expect.stringMatching(/^(proposed|accepted|superseded|deprecated)$/),
        decidedOn: expect.stringMatching(ISO_DAY),
        context: expect.any(String),
        decision: expect.any(String),
        revisitWhen: expect.any(String),
      }),
    );
    expect(d.tradeOffs.gains.length).toBeGreaterThan(0);
    expect(d.tradeOffs.costs.length).toBeGreaterThan(0);
  });
});

describe("the golden path's deploy command", () => {
  const code = sample('golden-path.mdx', /^# deploy: /);
  const temp = mkdtempSync(join(tmpdir(), 'pf-guide-deploy-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const log = join(temp, 'gh.log');
  writeFileSync(join(temp, 'gh'), `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >>"${log}"\n`);
  chmodSync(join(temp, 'gh'), 0o755);

  function deploy(...args: string[]) {
    rmSync(log, { force: true });
    const r = spawnSync('bash', ['-s', '--', ...args], {
      input: code.code,
      encoding: 'utf8',
      env: { PATH: `${temp}:/usr/bin:/bin`, HOME: temp },
    });
    return { ...r, calls: existsSync(log) ? readFileSync(log, 'utf8') : '' };
  }

  it("asks CI to run the service repository's deploy workflow with the tag, and nothing else", () => {
    const r = deploy('payments-api', '1.4.2');
    expect(r.status, r.stderr).toBe(0);
    expect(r.calls).toBe('workflow run deploy.yml --repo example-org/payments-api -f tag=1.4.2\n');
  });

  it('refuses to run without a service and a tag', () => {
    for (const args of [[], ['payments-api']]) {
      const r = deploy(...args);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/usage: deploy <service> <image-tag>/);
      expect(r.calls).toBe('');
    }
  });
});
