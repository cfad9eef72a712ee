/**
 * A team wins back what it can reach, and one verdict judges it: the net has a best team size, a
 * team beyond reach never nets more, no optimistic entry turns a no into a yes, and a running team
 * is never charged the move or the dip again. On the tests' own framework.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCase } from '#src/engine/business/business-case.ts';
import { teamSizing } from '#src/engine/business/sizing.ts';
import { netWithin, type TimelineInput } from '#src/engine/business/timeline.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { ASSUMPTION_KEYS, businessField, CAUTIOUS_END, type Answers } from '#src/engine/inputs/fields.ts';
import { describeResult } from '#src/engine/text/describe-result.ts';
import { answers, fixtureFramework, fuzzRuns } from '../helpers.ts';
import { NEUTRAL, PLAUSIBLE } from './arbitraries.ts';

const framework = fixtureFramework();
const run = (a: Answers) => evaluate(a, framework, { assessedOn: '2026-12-06' });

/** Organisations in the ranges a leader brings, at plausible assumptions. */
const organisation: fc.Arbitrary<TimelineInput> = fc.record({
  ...Object.fromEntries(Object.entries(PLAUSIBLE).map(([k, v]) => [k, fc.constant(v)])),
  teamSize: fc.integer({ min: 20, max: 2000 }),
  infraTimeShare: fc.integer({ min: 10, max: 60 }),
  engineerCost: fc.option(fc.integer({ min: 60_000, max: 300_000 }), { nil: null }),
  developersPerPlatformEngineer: fc.integer({ min: 5, max: 17 }),
  expectedRecoveryPercent: fc.integer({ min: 25, max: 75 }),
  staffingMonths: fc.integer({ min: 0, max: 6 }),
  toolingPerMonth: fc.integer({ min: 0, max: 20_000 }),
  horizonMonths: fc.integer({ min: 24, max: 60 }),
}) as fc.Arbitrary<TimelineInput>;

describe('a team that wins back what it can reach', () => {
  it('has a net that rises to a best size and then falls, where a team pays back', () => {
    fc.assert(
      fc.property(organisation, (input) => {
        const s = teamSizing(input);
        // With three or more needed for full reach, the first two people are both fully used.
        fc.pre(s.bestNet > 0 && s.fullReach >= 3);
        const net = (n: number) => netWithin({ ...input, pricedTeamSize: n });
        expect(net(s.best)).toBeGreaterThan(net(1));
        expect(net(s.best)).toBeGreaterThan(net(3 * s.fullReach + 3));
      }),
      { numRuns: fuzzRuns(60, 600) },
    );
  });

  it('never nets more beyond reach than at the best size, which is the best of every size', () => {
    fc.assert(
      fc.property(organisation, fc.integer({ min: 0, max: 40 }), (input, extra) => {
        const s = teamSizing(input);
        expect(netWithin({ ...input, pricedTeamSize: s.fullReach + extra })).toBeLessThanOrEqual(s.bestNet + 1e-9 * Math.abs(s.bestNet));
        const small = { ...input, teamSize: Math.min(input.teamSize, 120) };
        const sm = teamSizing(small);
        for (let n = 1; n <= 3 * sm.fullReach + 3; n++)
          expect(netWithin({ ...small, pricedTeamSize: n })).toBeLessThanOrEqual(sm.bestNet + 1e-9 * Math.abs(sm.bestNet));
      }),
      { numRuns: fuzzRuns(30, 300) },
    );
  });

  it('gives the sizes that pay back as one run around the best size', () => {
    fc.assert(
      fc.property(organisation, (input) => {
        const s = teamSizing(input);
        if (s.paysBack === null) {
          expect(s.bestNet).toBeLessThan(0);
          return;
        }
        const { from, to } = s.paysBack;
        expect(from <= s.best && s.best <= to).toBe(true);
        expect(netWithin({ ...input, pricedTeamSize: from })).toBeGreaterThanOrEqual(0);
        expect(netWithin({ ...input, pricedTeamSize: to })).toBeGreaterThanOrEqual(0);
        if (from > 1) expect(netWithin({ ...input, pricedTeamSize: from - 1 })).toBeLessThan(0);
        expect(netWithin({ ...input, pricedTeamSize: to + 1 })).toBeLessThan(0);
      }),
      { numRuns: fuzzRuns(40, 400) },
    );
  });

  it('works a hand-checkable case: 100 developers, one engineer to 10, value 1.5 a month each', () => {
    // 10 x 30% x 50% = 1.5 engineer-months won back a month per platform engineer, against 1: every size up to
    // the 10 who reach everyone nets 0.5 x 36 each; beyond that only cost is added.
    const input: TimelineInput = { ...PLAUSIBLE, ...NEUTRAL, developersPerPlatformEngineer: 10, teamSize: 100, infraTimeShare: 30 };
    const flat = { ...input, engineerCost: null, toolingPerMonth: 0, dipPercent: 0, rampDelayMonths: 0, rampMonths: 0 };
    expect(teamSizing(flat)).toEqual({ best: 10, bestNet: 180, fullReach: 10, paysBack: { from: 1, to: 15 } });
  });
});

describe('one verdict', () => {
  const platformTerritory = fc.record({
    teamSize: fc.integer({ min: 25, max: 600 }),
    infraTimeShare: fc.integer({ min: 22, max: 45 }),
    onboardingDays: fc.constant(3),
  });
  /** One assumption entered beyond the framework's default on its optimistic side. */
  const optimistic = fc.constantFrom(...ASSUMPTION_KEYS).chain((key) => {
    const field = businessField(key);
    const given = framework.businessCase.assumptions[key].default;
    const [min, max] = CAUTIOUS_END[key] === 'lower' ? [given, field.max] : [field.min, given];
    return fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map((v) => ({ key, value: v }));
  });

  it('never turns a no into a yes with an optimistic entry', () => {
    fc.assert(
      fc.property(platformTerritory, optimistic, (a, { key, value }) => {
        const without = run(answers(a));
        const withEntry = run(answers({ ...a, [key]: value }));
        if (without.economics.outcome === 'does-not-pay') {
          expect(withEntry.economics.outcome).toBe('does-not-pay');
          expect(withEntry.headline).toBe(without.headline);
        }
      }),
      { numRuns: fuzzRuns(80, 800) },
    );
  });

  it('lets a cautious entry turn a yes into a no, and names it', () => {
    const a = answers({ teamSize: 400, infraTimeShare: 40 });
    expect(run(a).economics.outcome).toBe('pays');
    const cautious = run({ ...a, expectedRecoveryPercent: 15 });
    expect(cautious.economics).toMatchObject({ outcome: 'does-not-pay', decidedBy: { key: 'expectedRecoveryPercent', kind: 'cautious' } });
    expect(describeResult(cautious, framework).caution).toMatchInlineSnapshot(
      `"Your win-back of 15% (the framework's is 50%) decides: with it, a team of 1 does not pay back within 36 months, so the advice changes."`,
    );
    expect(cautious.headline).toBe(framework.businessCase.whenItDoesNotPay.noTeam.headline);
  });

  it('shows a longer horizon in the case but judges within the framework one, and says so', () => {
    const a = answers({ teamSize: 35, infraTimeShare: 22, proposedTeamSize: 3, horizonMonths: 120 });
    const r = run(a);
    expect(r.businessCase.timeline.paybackStatus).not.toBe('not-within-horizon');
    expect(r.economics).toMatchObject({ outcome: 'does-not-pay', decidedBy: { key: 'horizonMonths', kind: 'set-aside' } });
    expect(describeResult(r, framework).caution).toMatchInlineSnapshot(
      `"Close call: the answer changes at 20%, only 2 percentage points from your 22%; measure it before acting. At your assumptions a team of 3 pays back in month 119 of 120, but the advice does not count your horizon of 120 months (the framework's is 36 months): without it, a team of 3 does not pay back within 36 months."`,
    );
  });

  it('names the team priced in the steps and the summary', () => {
    const r = run(answers({ teamSize: 180, infraTimeShare: 40, proposedTeamSize: 6 }));
    expect(r.steps.map((s) => s.text).join(' ')).toContain('six people');
    expect(r.steps.map((s) => s.text).join(' ')).not.toMatch(/\{|two people/);
  });
});

describe('a running team', () => {
  it('is never charged the move or the dip, whatever it proposes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 800 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 40 }),
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        (n, share, team, proposed) => {
          const c = businessCase(
            answers({
              teamSize: n,
              infraTimeShare: share,
              hasPlatformTeam: true,
              platformTeamSize: team,
              proposedTeamSize: proposed,
              engineerCost: 150_000,
            }),
            framework,
          );
          expect(c.running).toBe(true);
          expect(c.timeline.money?.parts).toMatchObject({ move: 0, dip: 0, moveBought: 0 });
        },
      ),
      { numRuns: fuzzRuns(60, 600) },
    );
  });

  it('reads a team that cut the tax from 28% to 22% as paying from here', () => {
    const c = businessCase(
      answers({ teamSize: 180, infraTimeShare: 22, hasPlatformTeam: true, platformTeamSize: 12, engineerCost: 180_000 }),
      framework,
    );
    expect(c.timeline.taxWithoutTeamPercent).toBeCloseTo(22 / (1 - 0.5 * (120 / 180)), 9);
    expect(c.timeline.paybackStatus).toBe('never-behind');
  });
});
