/**
 * The business case as evaluate() makes it, on the tests' own framework: money only with a cost,
 * the team it is made for, advice that knows its economics, a case that can say no, and how sure
 * the answer is (close calls). The month-by-month model has its own tests (timeline*.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCase } from '#src/engine/business/business-case.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { businessRows } from '#src/engine/text/describe-business.ts';
import { describeResult } from '#src/engine/text/describe-result.ts';
import { answers, fixtureFramework, fuzzRuns } from '../helpers.ts';

const framework = fixtureFramework();
const run = (a: Answers) => evaluate(a, framework, { assessedOn: '2026-11-22' });
const taxRule = framework.rules.find((r) => r.id === 'operational-tax')!;
const taxLine = taxRule.threshold as number;
const smallTeam = framework.rules.find((r) => r.id === 'small-team')!.threshold as number;

describe('money', () => {
  it('appears only when a cost is given: engineers and engineer-months otherwise', () => {
    const priced = businessCase(answers({ teamSize: 150, infraTimeShare: 35, engineerCost: 200_000, currency: 'EUR' }), framework);
    expect(priced).toMatchObject({ taxFte: 52.5, taxMoney: 10_500_000, currency: 'EUR', teamSizeBasis: 'best' });
    expect(priced.timeline.unit).toBe('money');
    const unpriced = businessCase(answers({ teamSize: 150, infraTimeShare: 35, currency: 'EUR', toolingPerMonth: 5000 }), framework);
    expect([unpriced.taxMoney, unpriced.teamMoney, unpriced.winBackMoney, unpriced.currency, unpriced.timeline.money]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(unpriced.timeline.unit).toBe('engineer-months');
    expect(unpriced.timeline.toolingLeftOut).toBe(true);
    const text = JSON.stringify(describeResult(run(answers({ teamSize: 150, infraTimeShare: 35, currency: 'EUR' })), framework));
    expect(text).not.toMatch(/EUR|a year/);
    expect(
      businessRows(unpriced, { teamSize: 150, infraTimeShare: 35 })
        .map((r) => r.figure)
        .join(' '),
    ).toMatch(/engineer-months/);
  });

  it('calls the win-back capacity, never savings', () => {
    const text = JSON.stringify(describeResult(run(answers({ teamSize: 150, infraTimeShare: 35, engineerCost: 150_000 })), framework));
    expect(text).toContain('capacity worth');
    expect(text).not.toMatch(/sav(e|ing)/i);
  });

  it('flags a loaded cost that looks like a typo on the card, and still shows the figures', () => {
    const r = describeResult(run(answers({ teamSize: 150, infraTimeShare: 35, engineerCost: 180 })), framework);
    expect(r.caution).toMatch(/A loaded cost of 180 a year looks too low/);
    expect(describeResult(run(answers({ teamSize: 150, infraTimeShare: 35, engineerCost: 180_000 })), framework).caution).toBeNull();
  });
});

describe('the team the case is made for', () => {
  it.each([
    [{ proposedTeamSize: 5, hasPlatformTeam: true, platformTeamSize: 3 }, 5, 'proposed'],
    [{ proposedTeamSize: 5 }, 5, 'proposed'],
    [{ hasPlatformTeam: true, platformTeamSize: 3 }, 3, 'current'],
    // 150 engineers, one platform engineer to every 10 developers: 15 reach everyone, and net most when a team pays.
    [{}, 15, 'best'],
  ] as const)('%j: a team of %i (%s)', (given, size, basis) => {
    const c = businessCase(answers({ teamSize: 150, infraTimeShare: 35, ...given }), framework);
    expect([c.teamSize, c.teamSizeBasis]).toEqual([size, basis]);
    expect(c.teamSharePercent).toBeCloseTo((size / 150) * 100, 1);
  });

  it('shows the sizing references beside the team, with where it falls, never a verdict', () => {
    const c = businessCase(answers({ teamSize: 100, infraTimeShare: 35, proposedTeamSize: 10 }), framework);
    expect(c.sizingReferences.length).toBe(framework.businessCase.sizingReferences.length);
    for (const r of c.sizingReferences)
      expect(r.position).toBe(r.counts === 'teams' ? null : 10 < r.lowPercent ? 'below' : 10 > r.highPercent ? 'above' : 'within');
  });

  it('labels an assumption the person gave as theirs, not the framework rationale', () => {
    const r = describeResult(run(answers({ teamSize: 100, infraTimeShare: 30, expectedRecoveryPercent: 20 })), framework);
    const line = r.assumptions.find((a) => a.label.startsWith('Share of the tax'))!;
    expect(line.basis).toMatch(/^Your assumption/);
    expect(line.basis).not.toContain(framework.businessCase.assumptions.expectedRecoveryPercent.basis);
  });
});

describe('a case that can say no', () => {
  const taxDecides = fc.record({
    teamSize: fc.integer({ min: smallTeam + 1, max: 400 }),
    infraTimeShare: fc.integer({ min: taxLine + 1, max: 60 }),
    onboardingDays: fc.constant(3),
  });

  it('finds answers the operational-tax rule decides whose case does not pay back, and answers whose case does', () => {
    const outcomes = fc.sample(taxDecides, { numRuns: 300, seed: 7 }).map((a) => {
      const r = run(a);
      expect(r.decidedBy.ruleId).toBe('operational-tax');
      return r.economics.outcome;
    });
    expect(outcomes).toContain('does-not-pay');
    expect(outcomes).toContain('pays');
  });

  it('changes the advice when the platform-team case does not pay back at the framework assumptions', () => {
    const small = run(answers({ teamSize: smallTeam + 2, infraTimeShare: taxLine + 3 }));
    expect(small.recommendation).toBe('platform-team');
    expect(small.economics).toMatchObject({ adviceChanged: true, outcome: 'does-not-pay', decidedBy: null });
    expect(small.headline).toBe(framework.businessCase.whenItDoesNotPay.noTeam.headline);
    const large = run(answers({ teamSize: 400, infraTimeShare: taxLine + 10 }));
    expect(large.economics.adviceChanged).toBe(false);
    expect(large.headline).toBe(framework.recommendations['platform-team'].noTeam.headline);
  });

  it('judges the advice at the framework assumptions, not at optimistic ones', () => {
    const a = answers({ teamSize: smallTeam + 2, infraTimeShare: taxLine + 3, expectedRecoveryPercent: 100, dipPercent: 0, rampMonths: 0 });
    expect(run(a).economics.adviceChanged).toBe(true);
  });

  it('never pays back earlier with a longer ramp or a deeper dip', () => {
    fc.assert(
      fc.property(taxDecides, fc.integer({ min: 1, max: 8 }), (a, more) => {
        const month = (extra: Partial<Answers>) => {
          const t = businessCase({ ...a, ...extra }, framework).timeline;
          return t.paybackMonth ?? Infinity;
        };
        const base = month({});
        expect(month({ rampMonths: 6 + more })).toBeGreaterThanOrEqual(base);
        expect(month({ dipPercent: 15 + more })).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: fuzzRuns(100, 2000) },
    );
  });
});

describe('how sure the answer is', () => {
  it.each([
    [taxLine + 1, true],
    [taxLine + 2, true],
    [taxLine + 10, false],
  ])('%i%% against a %i%% line: close call %s, and measuring it comes first', (share, close) => {
    const r = run(answers({ teamSize: 400, infraTimeShare: share }));
    expect(r.closeCall !== null).toBe(close);
    const step = framework.closeCalls.find((c) => c.input === 'infraTimeShare')!.step;
    expect(r.steps[0]?.text === step.text).toBe(close);
    expect(describeResult(r, framework).caution ?? '').toMatch(close ? /^Close call: / : /^$/);
  });

  it('gives every answered number its margin to the nearest change', () => {
    const r = run(answers({ teamSize: 400, infraTimeShare: taxLine + 4, onboardingDays: 3 }));
    expect(r.margins.find((m) => m.input === 'infraTimeShare')).toMatchObject({ value: taxLine + 4, changesAt: taxLine, margin: 4 });
  });

  it('carries each rule basis into the rules table', () => {
    const rules = describeResult(run(answers({})), framework).rules;
    expect(rules.map((r) => r.basis.split(':')[0])).toEqual(
      framework.rules.map(
        (r) => ({ 'rule-of-thumb': 'Rule of thumb', 'site-choice': "This site's choice", research: 'Research' })[r.basis.strength],
      ),
    );
  });
});
