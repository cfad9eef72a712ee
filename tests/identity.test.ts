/**
 * A person counts once: their identity is their normalised name and answers (personKey), and the
 * page's import, the page's own answers and `assess merge` all ask the same function.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyoneOnce, sameRespondent, type Respondent } from '#src/engine/records/record.ts';
import { importRecords } from '#src/components/assessment/import-records.ts';
import { assess, BASE, TODAY, tempDir } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const cto: Respondent = {
  name: 'CTO',
  answers: { teamSize: 50, infraTimeShare: 10, onboardingDays: 3, trapSigns: ['new-silo', 'slow-delivery'] },
};

describe('sameRespondent', () => {
  it.each<[string, Respondent, boolean]>([
    ['a " (2)" suffix', { ...cto, name: 'CTO (2)' }, true],
    ['capitals and spaces', { ...cto, name: ' cto ' }, true],
    ['trap signs reordered', { ...cto, answers: { ...cto.answers, trapSigns: ['slow-delivery', 'new-silo'] } }, true],
    ['an extra empty metrics: {}', { ...cto, answers: { ...cto.answers, metrics: {} } }, true],
    ['another answer', { ...cto, answers: { ...cto.answers, teamSize: 51 } }, false],
    ['another name', { ...cto, name: 'VP' }, false],
    ['one more trap sign', { ...cto, answers: { ...cto.answers, trapSigns: ['new-silo'] } }, false],
  ])('%s: %s', (_, other, same) => {
    expect(sameRespondent(cto, other)).toBe(same);
  });

  it('keeps the page from counting its own answers and their imported download twice', () => {
    expect(everyoneOnce(cto, [{ ...cto, answers: { ...cto.answers, metrics: {} } }]).map((r) => r.name)).toEqual(['CTO']);
    expect(everyoneOnce(cto, [{ ...cto, answers: { ...cto.answers, teamSize: 9 } }]).map((r) => r.name)).toEqual(['CTO', 'CTO (2)']);
  });
});

const file = (name: string, text: string) => new File([text], name, { type: 'application/yaml' });
const yaml = (by: string, signs: string, extra = '') =>
  `schemaVersion: 1\norganization: Acme\nassessedOn: "2026-11-02"\nassessedBy: ${by}\nanswers:\n  teamSize: 50\n  infraTimeShare: 10\n  onboardingDays: 3\n  trapSigns: [${signs}]\n${extra}`;

describe('the page’s import', () => {
  it('refuses your own download: the person at the keyboard is already counted', async () => {
    const r = await importRecords([file('acme-cto-2026-11-02.yaml', yaml('CTO', 'new-silo, slow-delivery'))], framework, [cto], TODAY);
    expect(r.respondents).toEqual([]);
    expect(r.errors).toMatchInlineSnapshot(`
      [
        "acme-cto-2026-11-02.yaml: CTO is already counted with the same answers (yours or an import); each person counts once",
      ]
    `);
  });

  it('refuses the same answers with trap signs reordered and an empty metrics group', async () => {
    const r = await importRecords(
      [
        file('a.yaml', yaml('CTO', 'new-silo, slow-delivery')),
        file('b.yaml', yaml('CTO (2)', 'slow-delivery, new-silo', '  metrics: {}\n')),
      ],
      framework,
      [],
      TODAY,
    );
    expect(r.respondents.map((p) => p.name)).toEqual(['CTO']);
    expect(r.errors).toHaveLength(1);
  });
});

describe('assess merge', () => {
  it('refuses a merged file merged again with one of its sources', async () => {
    const dir = tempDir('pf-identity-');
    const common = ['--org', 'Acme', '--date', '2026-11-02', '--by', 'CTO'];
    await assess('--save', join(dir, 'a.yaml'), ...common, ...BASE);
    // Two files by one "CTO" on one day are kept apart (one folder holds one record per person and day).
    const b = join(dir, 'other', 'b.yaml');
    await assess('--save', b, ...common, '--team-size', '90', '--infra-share', '35', '--onboarding-days', '21');
    const merged = join(dir, 'merged.yaml');
    expect((await assess('merge', join(dir, 'a.yaml'), b, '--save', merged, '--json')).code).toBe(0);
    const again = await assess('merge', merged, b);
    expect(again.code).toBe(2);
    expect(again.stderr.replaceAll(dir, 'DIR')).toMatchInlineSnapshot(`
      "assess: merge: DIR/merged.yaml: is a combined record of 2 respondents (CTO, CTO (2)) dated 2026-11-02, not one person's answers. Merge each person's own file instead. To compare with it, run "assess compare DIR/merged.yaml NEW.yaml"; to start the next review from it, use "Start from this record" on its unit page.
      "
    `);
  });
});
