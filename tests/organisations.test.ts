/**
 * Organisations, shared platform teams and a team against its forecast, on fixtures of their own
 * (tests/fixtures/organisations: Acme Retail, three units, checkout and catalog sharing a two-person
 * team formed after the 2025-11-03 reviews; a shipped-example organisation beside it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTimelines, reviewsDue, type UnitHistory } from '#src/engine/history/history.ts';
import { forecastCheck } from '#src/engine/history/forecast.ts';
import { organisations } from '#src/engine/history/organisation.ts';
import { describeForecast, sharedTeamText } from '#src/engine/text/describe-forecast.ts';
import { describeOrganisation } from '#src/engine/text/describe-organisation.ts';
import { fullEntry } from '#src/engine/history/history.ts';
import type { Recommendation } from '#src/engine/framework/schema.ts';
import { frameworkSchema } from '#src/engine/framework/schema.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { loadRecords } from '#src/node/records.ts';
import { assess, assessWith, TODAY } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const DIR = 'tests/fixtures/organisations';
const framework = fixtureFramework();
const loaded = loadRecords(DIR, framework, TODAY);
const files = loaded.organisations.map((o) => o.organisation);
const timelines = buildTimelines(loaded.records, framework, TODAY, files);
const unit = (name: string) => timelines.find((t) => t.unit === name) as UnitHistory;
const recommendations = Object.keys(framework.recommendations) as Recommendation[];

describe('an organisation file', () => {
  it('loads with its records and passes check', async () => {
    expect(loaded.problems).toEqual([]);
    expect(files.map((f) => f.organization).sort()).toEqual(['Acme Retail', 'Demo Example Co']);
    const r = await assess('check', DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "framework 2026.11 valid; 7 records in tests/fixtures/organisations valid; 2 organisation files valid
      "
    `);
  });

  it('refuses a sharing that names no unit of the organisation, twice-served units and bad fields, with file:line', async () => {
    const r = await assess('check', 'tests/fixtures/bad-sharing');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatchInlineSnapshot(`
      "tests/fixtures/bad-sharing/ghost/organisation.yaml:5: platformTeams.0.size: must be the number of people in the team, from 1 to 10000 (got 0)
      tests/fixtures/bad-sharing/ghost/organisation.yaml:6: platformTeams.0.serves: must name at least one unit the team serves (got a list)
      tests/fixtures/bad-sharing/ghost/organisation.yaml:7: platformTeams.0.owner: unknown field; allowed here: name, size, serves
      tests/fixtures/bad-sharing/acme/organisation.yaml:8: platformTeams.0.serves.1: no unit "payments" in Acme Retail's records; name a unit that has records (catalog, checkout)
      tests/fixtures/bad-sharing/acme/organisation.yaml:12: platformTeams.1.serves.0: "Checkout" is already served by "Platform"; a unit's share of one shared team is priced, not two
      tests/fixtures/bad-sharing/phantom/organisation.yaml:2: organization: no record names the organisation "Phantom Ltd"; use its name as the records spell it (Acme Retail)
      "
    `);
  });
});

describe('a shared platform team', () => {
  it('is priced once: the units’ shares add up to the team, split by their engineers', () => {
    const checkout = unit('checkout').entries.at(-1)!;
    const catalog = unit('catalog').entries.at(-1)!;
    expect(checkout.sharedTeam?.share).toBeCloseTo((2 * 25) / 45, 2);
    expect(catalog.sharedTeam?.share).toBeCloseTo((2 * 20) / 45, 2);
    expect(checkout.sharedTeam!.share + catalog.sharedTeam!.share).toBeCloseTo(2, 1);
    // Each unit's business case prices its share, not the whole team.
    expect(fullEntry(checkout, framework).result.businessCase.teamSize).toBe(checkout.sharedTeam!.share);
    // The answers still say the whole team.
    expect(checkout.answers.platformTeamSize).toBe(2);
  });

  it('splits by the other unit’s latest record on or before the review', () => {
    // catalog had no record on 2026-05-04: its 2025-11-03 record (20 engineers) counts.
    const may = unit('checkout').entries.find((e) => e.record.assessedOn === '2026-05-04')!;
    expect(may.sharedTeam?.split).toEqual([
      { unit: 'checkout', engineers: 25 },
      { unit: 'catalog', engineers: 20 },
    ]);
  });

  it('says the share as the business case prices it', () => {
    const checkout = unit('checkout').entries.at(-1)!;
    const priced = fullEntry(checkout, framework).result.businessCase.teamSize;
    expect(sharedTeamText(checkout.sharedTeam!)).toContain(`prices ${priced} of its 2 engineers`);
    expect(sharedTeamText(checkout.sharedTeam!)).toMatchInlineSnapshot(
      `"Shared platform team “Platform” (2 engineers), serving this unit with catalog: its cost is split by engineers (checkout 25, catalog 20), so this unit's business case prices 1.11 of its 2 engineers."`,
    );
  });

  it('leaves a review without a team unpriced', () => {
    expect(unit('checkout').entries[0]!.sharedTeam).toBeNull();
  });
});

describe('a platform team against its forecast', () => {
  it('reads the forecast the record kept, at its own framework and assumptions', () => {
    const check = forecastCheck(unit('checkout').entries, framework)!;
    expect(check.made.reconstructed).toBe(false);
    expect(check.made.frameworkVersion).toBe('2026.01');
    expect(check.made.forecast.assumptions.expectedRecoveryPercent).toBe(40);
    expect(check.reviews.map((r) => [r.on, r.status])).toEqual([
      ['2026-05-04', 'ahead'],
      ['2026-11-02', 'ahead'],
    ]);
  });

  it('is not rewritten by a later framework', () => {
    const text = readFileSync('tests/fixtures/framework.yaml', 'utf8')
      .replace('version: "2026.11"', 'version: "2027.01"')
      .replace('expectedRecoveryPercent: { default: 50,', 'expectedRecoveryPercent: { default: 70,');
    const parsed = parseYaml(text, 'framework.yaml', frameworkSchema);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const later = parsed.value;
    expect(later.businessCase.assumptions.expectedRecoveryPercent.default).toBe(70);
    const relaid = buildTimelines(loadRecords(DIR, later, TODAY).records, later, TODAY, files);
    const then = forecastCheck(unit('checkout').entries, framework)!;
    const now = forecastCheck(relaid.find((t) => t.unit === 'checkout')!.entries, later)!;
    expect(now.made).toEqual(then.made);
    expect(now.reviews.map((r) => r.projectedFte)).toEqual(then.reviews.map((r) => r.projectedFte));
    // A record that kept none is reconstructed at the framework of the day, and says so.
    const catalog = forecastCheck(relaid.find((t) => t.unit === 'catalog')!.entries, later)!;
    expect(catalog.made.reconstructed).toBe(true);
    expect(catalog.made.forecast.assumptions.expectedRecoveryPercent).toBe(70);
  });

  it('is said in words, plainly about what records cannot tell', () => {
    const text = describeForecast(forecastCheck(unit('catalog').entries, framework)!);
    expect(text).toMatchInlineSnapshot(`
      {
        "limits": "What the records cannot tell: the shares of time are people’s own estimates, not measured hours; the change may have other causes (hiring, a migration finishing, work moved to other teams); a review shows where things stood that day, not the months between; and time back is capacity, not money saved.",
        "made": "The case made on 2025-11-03, before the team formed (reconstructed at today's framework 2026.11: the record kept no forecast): a team of 1 engineer, reaching 50% of the engineers, winning back 50% of the tax it reaches (plausible 25% to 75%) at full adoption from month 12 (3 months to staff the team, 3 months before any value, a 6-month ramp): 1.4 engineers' time of the 5.6 the tax took (168,000 EUR a year), not paying back within its 36 months.",
        "reviews": [
          {
            "on": "2026-11-02",
            "short": "behind by 1.2 engineers (144,000 EUR a year)",
            "slug": "2026-11-02",
            "status": "behind",
            "text": "2026-11-02, month 12 of the case: the tax went from 5.6 engineers (28%; 672,000 EUR a year) to 5.4 (27%; 648,000 EUR a year). Counted at this review's 20 engineers, 0.2 engineers' time is back (24,000 EUR a year) where the case expected 1.4 by now (0.7 to 2.1): behind by 1.2 engineers (144,000 EUR a year). At the pace measured (a win-back of 7% of the tax it reaches, below the plausible 25% to 75%), the case would not pay back within 36 months. The team is shared: this unit is charged 0.89 of its 2 engineers, where the case priced 1 engineer for this unit alone, so the paybacks here are at the case's cost.",
          },
        ],
      }
    `);
  });

  it('shows nothing for a unit whose records show no formation', () => {
    expect(forecastCheck(unit('search').entries, framework)).toBeNull();
  });
});

describe('an organisation as a whole', () => {
  const [acme, demo] = organisations(timelines, files, framework, recommendations);

  it('says its units, tax, teams, forecasts and overdue reviews', () => {
    expect(describeOrganisation(acme!, framework)).toMatchInlineSnapshot(`
      {
        "example": null,
        "forecastLimits": "What the records cannot tell: the shares of time are people’s own estimates, not measured hours; the change may have other causes (hiring, a migration finishing, work moved to other teams); a review shows where things stood that day, not the months between; and time back is capacity, not money saved.",
        "forecastTotal": "Across 2 units whose platform team formed: 4.7 engineers back by their latest reviews, where the cases expected 3.2 engineers. The cases priced 3 engineers in all (catalog 1, checkout 2); the platform teams serving these units have 2: the cases expected what more people would win back.",
        "forecasts": [
          {
            "slug": "acme-retail--catalog",
            "text": "catalog: behind by 1.2 engineers (144,000 EUR a year) at 2026-11-02, month 12 of the case made on 2025-11-03 (0.2 engineers back, where it expected 1.4 back).",
            "unit": "catalog",
          },
          {
            "slug": "acme-retail--checkout",
            "text": "checkout: ahead by 2.7 engineers (324,000 EUR a year) at 2026-11-02, month 12 of the case made on 2025-11-03 (4.5 engineers back, where it expected 1.8 back).",
            "unit": "checkout",
          },
        ],
        "name": "Acme Retail",
        "overdue": "Reviews overdue: 1: search (235 days).",
        "tax": "Operational tax: 10.2 engineers; 1,008,000 EUR a year (2 of 3 units give an engineer cost).",
        "teams": [
          {
            "slug": null,
            "text": "Platform, shared: 2 engineers serving checkout, catalog, priced once and split by engineers (240,000 EUR a year at each unit's engineer cost).",
          },
        ],
        "units": "3 units, 6 assessments; latest recommendations: DevOps-first 2, Refine what you have 1.",
      }
    `);
  });

  it('says when the cases priced other head-counts than the teams that formed', () => {
    const sized = (size: number) => {
      const resized = files.map((f) => (f.platformTeams ? { ...f, platformTeams: f.platformTeams.map((t) => ({ ...t, size })) } : f));
      return describeOrganisation(organisations(timelines, resized, framework, recommendations)[0]!, framework).forecastTotal!;
    };
    // The cases priced 3 people in all (catalog 1, checkout 2).
    expect(sized(3)).toMatch(/where the cases expected [\d.]+ engineers\.$/);
    expect(sized(5).replace(/^.*expected [\d.]+ engineers\. /, '')).toMatchInlineSnapshot(
      `"The cases priced 3 engineers in all (catalog 1, checkout 2); the platform teams serving these units have 5: they cost more than the cases priced."`,
    );
  });

  it('says it for one unit whose team formed smaller than its case priced', async () => {
    const r = await assess('history', '--org', 'Northwind Logistics');
    expect(
      r.stdout
        .split('\n')
        .find((l) => l.includes('whose platform team formed'))!
        .replace(/^.*engineers\. /, ''),
    ).toMatchInlineSnapshot(
      `"The case priced a team of 6 engineers; the platform team serving product-engineering has 2: the case expected what more people would win back."`,
    );
  });

  it("says what a unit's own team costs, at that unit's engineer cost", async () => {
    const r = await assess('history', '--org', 'Northwind Logistics');
    expect(
      r.stdout
        .split('\n')
        .find((l) => l.includes("'s own team"))!
        .trim(),
    ).toMatchInlineSnapshot(`"product-engineering's own team: 2 engineers (300,000 EUR a year at its unit's engineer cost)."`);
  });

  it('marks the shipped example, which stays out of reviews due', () => {
    expect(demo!.example).toBe(true);
    expect(describeOrganisation(demo!, framework).example).toMatch(/kept out of the portfolio’s totals/);
    const due = reviewsDue(loaded.records, framework, TODAY, files).map((d) => d.name);
    expect(due).toEqual(['Acme Retail / search']);
    expect(reviewsDue(loaded.records, framework, TODAY).map((d) => d.name)).toContain('Demo Example Co / demo');
  });

  it('assess history --org prints the same sentences', async () => {
    const r = await assessWith({ PLATFORM_FIT_ASSESSMENTS: DIR }, 'history', '--org', 'acme retail');
    const text = describeOrganisation(acme!, framework);
    for (const line of [text.units, text.tax, text.overdue, text.forecastTotal!, ...text.teams.map((t) => t.text)])
      expect(r.stdout).toContain(line);
    expect(r.stdout).toMatchInlineSnapshot(`
      "Acme Retail: 3 units, 6 assessments; latest recommendations: DevOps-first 2, Refine what you have 1.
        Operational tax: 10.2 engineers; 1,008,000 EUR a year (2 of 3 units give an engineer cost).

        Platform teams:
          Platform, shared: 2 engineers serving checkout, catalog, priced once and split by engineers (240,000 EUR a year at each unit's engineer cost).

        Across 2 units whose platform team formed: 4.7 engineers back by their latest reviews, where the cases expected 3.2 engineers. The cases priced 3 engineers in all (catalog 1, checkout 2); the platform teams serving these units have 2: the cases expected what more people would win back.
          catalog: behind by 1.2 engineers (144,000 EUR a year) at 2026-11-02, month 12 of the case made on 2025-11-03 (0.2 engineers back, where it expected 1.4 back).
          checkout: ahead by 2.7 engineers (324,000 EUR a year) at 2026-11-02, month 12 of the case made on 2025-11-03 (4.5 engineers back, where it expected 1.8 back).
          What the records cannot tell: the shares of time are people’s own estimates, not measured hours; the change may have other causes (hiring, a migration finishing, work moved to other teams); a review shows where things stood that day, not the months between; and time back is capacity, not money saved.

        Reviews overdue: 1: search (235 days).

        Units:
          search: DevOps-first since 2025-10-01; tax 1.8 engineers; overdue since 2026-04-01.
          catalog: DevOps-first since 2025-11-03; tax 5.4 engineers (648,000 EUR a year); next review 2027-05-02.
          checkout: Refine what you have since 2026-11-02; tax 3 engineers (360,000 EUR a year); next review 2027-05-02.
      "
    `);
  });

  it('assess history --org names an organisation that has no records', async () => {
    const r = await assessWith({ PLATFORM_FIT_ASSESSMENTS: DIR }, 'history', '--org', 'Nobody');
    expect(`${r.stderr}(exit ${r.code})`).toMatchInlineSnapshot(`
      "assess: --org: no records for organisation "Nobody"; the records have: Acme Retail, Demo Example Co
      (exit 2)"
    `);
  });
});

describe('the faces say the forecast', () => {
  it('assess history --json carries it per unit', async () => {
    const r = await assessWith({ PLATFORM_FIT_ASSESSMENTS: DIR }, 'history', '--unit', 'checkout', '--json');
    const [t] = JSON.parse(r.stdout) as [{ forecast: { made: { on: string }; reviews: { status: string }[] } }];
    expect(t.forecast.made.on).toBe('2025-11-03');
    expect(t.forecast.reviews.map((x) => x.status)).toEqual(['ahead', 'ahead']);
  });

  it('assess compare sets the case made before the team formed against the later record', async () => {
    // In the records folder, so compare knows the team is shared, as the unit page does.
    const r = await assessWith(
      { PLATFORM_FIT_ASSESSMENTS: DIR },
      'compare',
      `${DIR}/acme/checkout/2025-11-03.yaml`,
      `${DIR}/acme/checkout/2026-11-02.yaml`,
    );
    const text = describeForecast(forecastCheck(unit('checkout').entries, framework)!);
    expect(text.reviews.at(-1)!.text).toContain('The team is shared: this unit is charged');
    expect(r.stdout).toContain(text.made);
    expect(r.stdout).toContain(text.reviews.at(-1)!.text);
    expect(r.stdout).toContain(text.limits);
  });

  it('assess compare prices a shared team as the unit page does: in the records folder, the unit its share', async () => {
    const [before, after] = [`${DIR}/acme/checkout/2025-11-03.yaml`, `${DIR}/acme/checkout/2026-11-02.yaml`];
    const team = (stdout: string) =>
      (JSON.parse(stdout) as { after: { result: { businessCase: { teamSize: number } } } }).after.result.businessCase.teamSize;
    const page = fullEntry(unit('checkout').entries.at(-1)!, framework);
    const inFolder = await assessWith({ PLATFORM_FIT_ASSESSMENTS: DIR }, 'compare', before, after, '--json');
    expect(page.sharedTeam?.size).toBe(2);
    expect(team(inFolder.stdout)).toBe(page.sharedTeam?.share);
    expect(team(inFolder.stdout)).toBe(page.result.businessCase.teamSize);
    const text = await assessWith({ PLATFORM_FIT_ASSESSMENTS: DIR }, 'compare', before, after);
    expect(
      text.stdout
        .split('\n')
        .find((l) => l.includes('Business case: team priced'))
        ?.trim(),
    ).toMatchInlineSnapshot(
      `"Business case: team priced                         2 (best size)               -> 1.11 (running)                      -0.89 people"`,
    );
    // Records outside the folder are priced on their own: the whole team.
    expect(team((await assess('compare', before, after, '--json')).stdout)).toBe(2);
  });
});
