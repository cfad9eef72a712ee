/**
 * A unit's web address depends on its own names only (issue 32, item 1): every unit publishes,
 * adding a unit never re-points another's address, a plain name keeps the address it always had,
 * and two units that would share one are refused by check, the build's loader and the writers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTimelines } from '#src/engine/history/history.ts';
import { movedTimelines } from '#src/engine/history/paging.ts';
import type { SingleRecord } from '#src/engine/records/record.ts';
import { recordSetProblems } from '#src/engine/records/record-set.ts';
import { nameHash, nameKey, nameSlug, timelineSlug } from '#src/engine/records/slug.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { loadRecords } from '#src/node/records.ts';
import { assess, TODAY } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const tmp = mkdtempSync(join(tmpdir(), 'pf-slugs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rec = (unit: string, organization = 'Acme'): { file: string; record: SingleRecord } => ({
  file: `records/${nameKey(unit)}.yaml`,
  record: {
    schemaVersion: 1,
    organization,
    unit,
    assessedOn: '2026-01-01',
    answers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 },
  },
});
const yaml = (unit: string) =>
  `schemaVersion: 1\norganization: Acme\nunit: ${JSON.stringify(unit)}\nassessedOn: 2026-01-01\nanswers:\n  teamSize: 40\n  infraTimeShare: 10\n  onboardingDays: 3\n`;

describe('a unit address', () => {
  it('keeps the plain address a name in a-z always had, and gives other scripts a stable hash', () => {
    expect(['Payments', 'unnamed 2', 'Équipe Données', 'R&D', '支払い', '決済', '会計', 'Møller', 'Payments 支払い'].map(nameSlug))
      .toMatchInlineSnapshot(`
        [
          "payments",
          "unnamed-2",
          "equipe-donnees",
          "r-d",
          "0cred7c",
          "18eiw9s",
          "1gyuxrz",
          "moller-0dfkt94",
          "payments-0hqrit8",
        ]
      `);
    // FNV-1a of the UTF-8 bytes (the published test vectors 0x811c9dc5, 0xe40c292c, 0xbf9cf968), so
    // an address never changes between versions or machines.
    expect(['', 'a', 'foobar'].map(nameHash)).toEqual(['0ztntfp', '1r9wi7g', '1h5yxyg']);
  });

  it('publishes "unnamed 2", "支払い" and "決済" of Acme on three pages', () => {
    const slugs = buildTimelines([rec('unnamed 2'), rec('支払い'), rec('決済')], framework, TODAY).map((t) => t.slug);
    expect(new Set(slugs).size).toBe(3);
    expect(recordSetProblems([rec('unnamed 2'), rec('支払い'), rec('決済')])).toEqual([]);
  });

  it('never depends on which other units exist or how they sort (adding "会計" moves nothing)', () => {
    const names = ['unnamed 2', '支払い', '決済', '会計', 'Payments', 'payments-x', 'Møller', 'Moller', 'ø', 'o'];
    fc.assert(
      fc.property(fc.subarray(names, { minLength: 1 }), (some) => {
        for (const t of buildTimelines(
          some.map((u) => rec(u)),
          framework,
          TODAY,
        ))
          expect(t.slug).toBe(timelineSlug('Acme', t.unit));
        expect(recordSetProblems(some.map((u) => rec(u)))).toEqual([]);
      }),
    );
  });

  it('sends a unit whose address changed on from its old address, unless two units shared it', () => {
    const timelines = buildTimelines([rec('Møller'), rec('支払い')], framework, TODAY);
    expect(movedTimelines(timelines).map((m) => [m.from, m.timeline.slug])).toEqual([
      ['acme--m-ller', 'acme--moller-0dfkt94'],
      ['acme--unnamed', 'acme--0cred7c'],
    ]);
    expect(movedTimelines(buildTimelines([rec('支払い'), rec('決済')], framework, TODAY))).toEqual([]);
  });
});

describe('two units that would share an address', () => {
  const clash = nameHash(nameKey('支払い'));

  it('are refused across files, naming both and the address (check, the build and --save share this)', () => {
    expect(recordSetProblems([rec('支払い'), rec(clash)]).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "records/0cred7c.yaml:1: unit: "0cred7c" would have the web address /history/acme--0cred7c/, which "支払い" (records/支払い.yaml) has; rename one of them so each unit keeps its own page",
      ]
    `);
  });

  it('fail `assess check` and the build loader with the line of the unit', async () => {
    const dir = join(tmp, 'clash');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), yaml('支払い'));
    writeFileSync(join(dir, 'b.yaml'), yaml(clash));
    const loaded = loadRecords(dir, framework, TODAY);
    expect(loaded.records).toHaveLength(1);
    expect(loaded.problems.map(formatProblem)).toEqual([expect.stringContaining(`b.yaml:3: unit: "${clash}" would have the web address`)]);
    const r = await assess('check', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`b.yaml:3: unit: "${clash}" would have the web address /history/acme--${clash}/`);
  });

  it('are refused by --save inside the records folder', async () => {
    const dir = join(tmp, 'save');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), yaml('支払い'));
    const { assessWith } = await import('./cli-helpers.ts');
    const r = await assessWith(
      { PLATFORM_FIT_ASSESSMENTS: dir },
      ...['--team-size', '40', '--infra-share', '10', '--onboarding-days', '3', '--org', 'Acme', '--unit', clash, '--date', '2026-02-01'],
      ...['--save', join(dir, 'b.yaml')],
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--save: not written: --unit: "${clash}" would have the web address /history/acme--${clash}/`);
  });
});
