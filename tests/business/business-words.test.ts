/** The business case's words where they went wrong (issue 34): each fixed with a test that failed before. */
import { describe, expect, it } from 'vitest';
import { sensitivityOf } from '#src/engine/business/sensitivity-of.ts';
import { businessCase } from '#src/engine/business/business-case.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { COST_LINE_KEYS } from '#src/engine/inputs/cost-lines.ts';
import { ASSUMPTION_WORDS, beliefSentence, businessRows, percentText } from '#src/engine/text/describe-business.ts';
import { sizingLines } from '#src/engine/text/describe-sizing.ts';
import { caseChangeRows } from '#src/engine/text/describe-case-change.ts';
import { tornadoBars } from '#src/engine/text/describe-charts.ts';
import { describeResult } from '#src/engine/text/describe-result.ts';
import { answers, fixtureFramework } from '../helpers.ts';

const framework = fixtureFramework();

describe('the business case in words', () => {
  it('says "from the first month", never "by month 0", with no ramp and no staffing', () => {
    const c = businessCase(answers({ teamSize: 150, infraTimeShare: 35, rampDelayMonths: 0, rampMonths: 0, staffingMonths: 0 }), framework);
    const sentence = beliefSentence(c, sensitivityOf(c));
    expect(sentence).toContain('from the first month');
    expect(sentence).not.toMatch(/by month 0/);
  });

  it('writes a payback in a tornado cell in lower case, "ahead from the first month" included', () => {
    const a = answers({
      teamSize: 150,
      infraTimeShare: 60,
      rampDelayMonths: 0,
      rampMonths: 0,
      staffingMonths: 0,
      dipPercent: 0,
      moveEngineerMonths: 0,
    });
    const r = describeResult(evaluate(a, framework, { assessedOn: '2026-12-06' }), framework);
    const cells = r.charts.tornado.flatMap((b) => [b.lowPayback, b.highPayback]);
    expect(cells).toContain('ahead from the first month');
    for (const cell of cells) expect(cell).toMatch(/^[a-z]/);
  });

  it('never rounds a small loss to "return 0%"', () => {
    expect([percentText(-0.004), percentText(0.004), percentText(0), percentText(-2.04)]).toEqual([
      'just under 0%',
      'just over 0%',
      '0%',
      '-2%',
    ]);
  });

  it('keeps cents on a small money figure: 7.5 a month of tooling reads 7.5, not 8', () => {
    const c = businessCase(
      answers({ teamSize: 150, infraTimeShare: 35, engineerCost: 150_000, currency: 'EUR', toolingPerMonth: 7.5 }),
      framework,
    );
    const tooling = tornadoBars(c, sensitivityOf(c)).find((b) => b.label === 'tooling')!;
    expect([tooling.low, tooling.high]).toEqual(['3.75 EUR a month', '11.25 EUR a month']);
  });

  it('names every cost line given, in the cash row and in the tornado with its unit', () => {
    // Each cost line (COST_LINE_KEYS) at its own amount: a new one shows up here by itself.
    const given = Object.fromEntries(COST_LINE_KEYS.map((k, i) => [k, 1000 * (i + 1)]));
    const c = businessCase(answers({ teamSize: 150, infraTimeShare: 35, engineerCost: 150_000, currency: 'EUR', ...given }), framework);
    const bars = tornadoBars(c, sensitivityOf(c)).filter((b) => COST_LINE_KEYS.some((k) => ASSUMPTION_WORDS[k] === b.label));
    expect({
      cash: businessRows(c, { teamSize: 150, infraTimeShare: 35 }).find((r) => r.key === 'cash')?.detail,
      tornado: bars.map((b) => `${b.label}: ${b.low} to ${b.high}`),
    }).toMatchInlineSnapshot(`
      {
        "cash": "New cash: people hired as they arrive over the staffing months, tooling (726,000 EUR) and help bought for the move (3,000 EUR).",
        "tornado": [
          "tooling per developer: 1,000 EUR a developer a month to 3,000 EUR a developer a month",
          "tooling: 500 EUR a month to 1,500 EUR a month",
          "help bought for the move: 1,500 EUR once to 4,500 EUR once",
        ],
      }
    `);
  });

  it('gives the horizon its plausible range, on screen, in print and in the CLI alike', () => {
    const r = describeResult(evaluate(answers({ teamSize: 150, infraTimeShare: 35 }), framework, { assessedOn: '2026-12-06' }), framework);
    const horizon = r.assumptions.find((a) => a.label === 'Horizon of the business case')!;
    const given = framework.businessCase.assumptions.horizonMonths;
    expect(horizon.range).toBe(`${given.low} to ${given.high} months`);
  });

  it('leaves out of the tornado what a running team has already spent (staffing, ramp, dip, move)', () => {
    const c = businessCase(
      answers({ teamSize: 120, infraTimeShare: 22, engineerCost: 180_000, currency: 'EUR', hasPlatformTeam: true, platformTeamSize: 4 }),
      framework,
    );
    const keys = sensitivityOf(c).assumptions.map((a) => a.key);
    expect(keys).toContain('infraTimeShare');
    for (const spent of ['staffingMonths', 'rampDelayMonths', 'rampMonths', 'dipPercent', 'dipMonths', 'moveEngineerMonths'])
      expect(keys).not.toContain(spent);
    for (const a of sensitivityOf(c).assumptions) expect(a.swing).toBeGreaterThan(0);
  });

  it('says no size pays back, not "the size that nets most", when every size loses', () => {
    const c = businessCase(answers({ teamSize: 120, infraTimeShare: 22, engineerCost: 180_000, currency: 'EUR' }), framework);
    expect(c.sizing.bestNet).toBeLessThan(0);
    expect(sizingLines(c).best).toMatchInlineSnapshot(
      `"No size pays back within 36 months: the smallest loss is 1 person (0.8% of your engineers; net -117,250 EUR); 12 people reach everyone, and a larger team adds cost and no value."`,
    );
    expect(businessRows(c, { teamSize: 120, infraTimeShare: 22 }).find((r) => r.key === 'team')?.detail).toMatchInlineSnapshot(
      `"No size pays back; this one loses least (0.8% of your engineers, reaching 8.3% of them); enter the team you would propose to price it instead."`,
    );
  });

  it('calls the size priced when every size loses "loses least" in a comparison, not "best size"', () => {
    const pays = businessCase(answers({ teamSize: 120, infraTimeShare: 40, engineerCost: 180_000, currency: 'EUR' }), framework);
    const loses = businessCase(answers({ teamSize: 120, infraTimeShare: 22, engineerCost: 180_000, currency: 'EUR' }), framework);
    const row = caseChangeRows(pays, loses)[0]!;
    expect([row.from, row.to]).toMatchInlineSnapshot(`
      [
        "12 (best size)",
        "1 (loses least)",
      ]
    `);
  });
});
