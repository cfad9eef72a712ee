// assess merge and several-respondent records, from the command line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, BASE, tempDir } from './cli-helpers.ts';

const tmp = tempDir('assess-');

describe('assess merge and multi-respondent records', () => {
  it('merges respondents’ files into one record that check accepts, and reports where they split', async () => {
    const dir = join(tmp, 'merge');
    const common = ['--org', 'Acme', '--unit', 'payments', '--date', '2026-11-01', '--team-size', '80', '--onboarding-days', '4'];
    await assess('--save', join(dir, 'in', 'cto.yaml'), '--by', 'CTO', '--infra-share', '12', ...common);
    await assess('--save', join(dir, 'in', 'lead.yaml'), '--by', 'Platform lead', '--infra-share', '30', ...common);
    const out = join(dir, 'out', '2026-11-01.yaml');
    const r = await assess('merge', join(dir, 'in', 'cto.yaml'), join(dir, 'in', 'lead.yaml'), '--save', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Respondents alone would get different recommendations.');
    expect(r.stdout).toContain('2 respondents: 1 Platform team, 1 Refine what you have; combined: Platform team.');
    expect(r.stdout).toContain(
      'Split on share of developer time on infrastructure: “High operational tax” fires for Platform lead (30%); not for CTO (12%).',
    );
    expect(readFileSync(out, 'utf8')).toMatch(/schemaVersion: 2[\s\S]*respondents:\n  - name: "CTO"/);
    expect(await assess('check', join(dir, 'out'))).toMatchObject({ code: 0 });
    const shown = await assess(out);
    expect(shown.stdout).toContain('Respondents (2)');
    expect(JSON.parse((await assess(out, '--json')).stdout)).toMatchObject({
      jsonVersion: 3,
      respondents: { agree: false, each: [{ name: 'CTO' }, { name: 'Platform lead' }] },
    });
  });

  it('refuses to merge records of different organisations', async () => {
    const dir = join(tmp, 'merge-orgs');
    await assess('--save', join(dir, 'a.yaml'), '--org', 'Acme', ...BASE);
    await assess('--save', join(dir, 'b.yaml'), '--org', 'Beta', ...BASE);
    const r = await assess('merge', join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^assess: merge: the files name different organisations: "Acme" \(.*a\.yaml\), "Beta" \(.*b\.yaml\)\n$/);
  });

  it('prints the example history’s multi-respondent assessment with its disagreement', async () => {
    const r = await assess('tests/fixtures/history/product-engineering/2026-11-09.yaml');
    // A two-person platform team exists, and two of three leaders see trap signs: the headline says so.
    expect(r.stdout).toMatch(/^Fixture headline: out of the trap first \(Refine what you have\)$/m);
    expect(r.stdout).toContain('3 respondents: 1 Platform team, 2 Refine what you have; combined: Refine what you have.');
    expect(r.stdout).toContain('(2 of 3 see it)');
    expect(r.stdout).not.toContain('Form a platform team');
    expect(r.stdout).toContain('Platform lead: Platform team (High operational tax)');
  });
});
