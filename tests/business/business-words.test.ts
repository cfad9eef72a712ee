/** The business case's words where they went wrong (issue 34): each fixed with a test that failed before. */
import { describe, expect, it } from 'vitest';
import { sensitivityOf } from '#src/engine/business/sensitivity-of.ts';
import { businessCase } from '#src/engine/business/business-case.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { beliefSentence, percentText } from '#src/engine/text/describe-business.ts';
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

  it('gives the horizon its plausible range, on screen, in print and in the CLI alike', () => {
    const r = describeResult(evaluate(answers({ teamSize: 150, infraTimeShare: 35 }), framework, { assessedOn: '2026-12-06' }), framework);
    const horizon = r.assumptions.find((a) => a.label === 'Horizon of the business case')!;
    const given = framework.businessCase.assumptions.horizonMonths;
    expect(horizon.range).toBe(`${given.low} to ${given.high} months`);
  });
});
