/**
 * Decision model v2: advice that knows whether a platform team exists, the business case, levers
 * a leader can pull, and disagreement kept. Tables at every boundary, properties for the laws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAssessment } from '#src/engine/respondents/assessment.ts';
import { describeResult } from '#src/engine/text/describe-result.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { sameRespondent } from '#src/engine/records/record.ts';
import { answers, fixtureFramework } from './helpers.ts';
import { assess as assessCli, BASE } from './cli-helpers.ts';

const framework = fixtureFramework();
const run = (a: Answers) => evaluate(a, framework, { assessedOn: '2026-11-22' });
const trap = framework.trap;
const signs = (n: number) => trap.signs.slice(0, n).map((s) => s.id);
const rec = framework.recommendations;
const threshold = (id: string) => framework.rules.find((r) => r.id === id)!.threshold as number;

describe('advice that knows where the organisation stands', () => {
  // Answers that give each recommendation, read off the framework's own thresholds.
  // Far from every line, so no close call puts a measuring step first.
  const devops = { teamSize: threshold('small-team') - 10 };
  const platform = { teamSize: 150, infraTimeShare: threshold('operational-tax') + 15 };
  const refine = { teamSize: 150, infraTimeShare: threshold('operational-tax') - 10, onboardingDays: 3 };

  it.each([
    ['devops-first', devops, false, rec['devops-first'].noTeam],
    ['devops-first', devops, true, rec['devops-first'].withTeam],
    ['platform-team', platform, false, rec['platform-team'].noTeam],
    ['platform-team', platform, true, rec['platform-team'].withTeam],
    ['refine', refine, false, rec.refine.noTeam],
    ['refine', refine, true, rec.refine.withTeam],
  ] as const)('%s with a platform team = %s: the headline, summary and steps of that situation', (recommendation, given, team, advice) => {
    const r = run(answers({ ...given, hasPlatformTeam: team }));
    expect(r.recommendation).toBe(recommendation);
    expect([r.situation, r.headline, r.summary]).toEqual([team ? 'withTeam' : 'noTeam', advice.headline, advice.summary]);
    // A step kept to some rules shows only when one of them decided.
    const decided = r.decidedBy.ruleId;
    expect(r.steps.map((s) => s.guide)).toEqual(advice.steps.filter((s) => !s.rules || s.rules.includes(decided)).map((s) => s.guide));
  });

  it("gives a step only to the rules it belongs to: team size never gets the workflow's sentence", () => {
    const workflowStep = (a: Answers) => run(a).steps.some((s) => s.guide === '/how-to-decide/#workflow-and-culture');
    const small = answers({ ...devops, hasPlatformTeam: true });
    expect(run(small).decidedBy.ruleId).toBe('small-team');
    expect(workflowStep(small)).toBe(false);
    const unsettled = answers({ teamSize: 150, workflowSettled: false, hasPlatformTeam: true });
    expect(run(unsettled).decidedBy.ruleId).toBe('workflow-unsettled');
    expect(workflowStep(unsettled)).toBe(true);
  });

  it('never tells an organisation with a platform team to form one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        (teamSize, share, size) => {
          const r = run(answers({ teamSize, infraTimeShare: share, platformTeamSize: size }));
          expect(r.situation).toBe('withTeam');
          expect(`${r.headline} ${r.steps.map((s) => s.text).join(' ')}`).not.toMatch(/form a (small )?platform team/i);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    [trap.threshold, true, true],
    [trap.threshold - 1, true, false],
    [trap.threshold, false, false],
  ])('%i trap signs, team %s: trap headline and steps first = %s', (count, team, triggered) => {
    const r = run(answers({ ...platform, hasPlatformTeam: team, trapSigns: signs(count) }));
    expect(r.trapWarnings.triggered).toBe(triggered);
    expect(r.headline === trap.headline).toBe(triggered);
    expect(r.steps[0]?.guide === trap.steps[0]?.guide).toBe(triggered);
  });
});

describe('levers, not facts', () => {
  it('lists team size only near its threshold', () => {
    const far = run(answers({ teamSize: 600, infraTimeShare: 35 })).whatWouldChange;
    expect(far.map((l) => l.input)).not.toContain('teamSize');
    const near = run(answers({ teamSize: threshold('small-team') + 2, infraTimeShare: 35 })).whatWouldChange.find(
      (l) => l.input === 'teamSize',
    );
    expect(near).toMatchObject({ to: threshold('small-team'), recommendation: 'devops-first' });
  });

  it('says which rule would still decide when no single change flips the answer', () => {
    const r = run(answers({ teamSize: 150, infraTimeShare: 35, onboardingDays: 21 }));
    const share = r.whatWouldChange.find((l) => l.input === 'infraTimeShare')!;
    expect(share).toMatchObject({ to: null, stillDecidedBy: { ruleId: 'slow-onboarding' } });
    expect(describeResult(r, framework).levers.join('\n')).toContain('“Slow onboarding” would still decide');
  });

  it('offers a yes/no signal as a lever', () => {
    const r = run(answers({ teamSize: 150, infraTimeShare: 35 }));
    expect(r.whatWouldChange.find((l) => l.input === 'workflowSettled')).toMatchObject({
      current: null,
      to: false,
      recommendation: 'devops-first',
    });
  });
});

describe('disagreement kept', () => {
  it('counts how many respondents alone would get each recommendation, and each trap sign’s votes', () => {
    const a = evaluateAssessment(
      [
        { name: 'CTO', answers: answers({ teamSize: 150, infraTimeShare: 35, hasPlatformTeam: true, trapSigns: signs(1) }) },
        { name: 'VP', answers: answers({ teamSize: 150, infraTimeShare: 5, hasPlatformTeam: true, trapSigns: signs(2) }) },
        { name: 'Lead', answers: answers({ teamSize: 150, infraTimeShare: 10, hasPlatformTeam: true }) },
      ],
      framework,
      { assessedOn: '2026-11-22' },
    );
    expect(a.tally).toEqual([
      { recommendation: 'platform-team', count: 1 },
      { recommendation: 'refine', count: 2 },
    ]);
    expect(a.result.trapWarnings.triggered).toBe(true);
    const report = describeResult(a.result, framework, a);
    expect(report.split).toBe(`3 respondents: 1 ${rec['platform-team'].label}, 2 ${rec.refine.label}; combined: ${rec.refine.label}.`);
    expect(report.trap?.signs[0]).toMatch(/\(2 of 2 see it\)$/);
    expect(report.deciding).toBe('No rule fired, so the default applies.');
    const two = evaluateAssessment(
      [
        { name: 'A', answers: answers({ infraTimeShare: 30 }) },
        { name: 'B', answers: answers({ infraTimeShare: 40 }) },
      ],
      framework,
      { assessedOn: '2026-11-22' },
    );
    expect(describeResult(two.result, framework, two).deciding).toMatch(/; the median answer is 35%\.$/);
  });

  it('knows the same respondent, whatever order the answers are written in', () => {
    const a = { name: 'CTO', answers: { teamSize: 50, infraTimeShare: 10, onboardingDays: 3 } };
    const b = { name: 'CTO', answers: { onboardingDays: 3, infraTimeShare: 10, teamSize: 50 } };
    expect(sameRespondent(a, b)).toBe(true);
    expect(sameRespondent(a, { ...b, answers: { ...b.answers, teamSize: 51 } })).toBe(false);
  });
});

describe('bad business-case input', () => {
  const assess = (...args: string[]) => assessCli(...BASE, ...args);

  it.each([
    [['--engineer-cost', '-5'], 'assess: --engineer-cost: must be a number from 1 to 10000000 (got "-5")'],
    [['--platform-team-size', '0'], 'assess: --platform-team-size: must be a whole number from 1 to 10000 (got "0")'],
    [['--currency', 'euro'], 'assess: --currency: must be an ISO 4217 currency code such as EUR, USD or JPY (got "euro")'],
    [['--platform-team-size', '3', '--has-platform-team', 'no'], 'assess: --platform-team-size: only applies when a platform team exists'],
  ])('%j exits 2 naming the flag', async (args, message) => {
    const r = await assess(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('puts the business case in --json', async () => {
    const r = await assess('--engineer-cost', '200000', '--currency', 'USD', '--json');
    expect(JSON.parse(r.stdout).businessCase).toMatchObject({
      taxFte: 52.5,
      taxMoney: 10_500_000,
      currency: 'USD',
      teamSizeBasis: 'best',
      horizonMonths: framework.businessCase.assumptions.horizonMonths.default,
    });
    const json = JSON.parse(r.stdout).businessCase;
    expect(json.timeline.months).toHaveLength(framework.businessCase.assumptions.horizonMonths.default);
    expect(Object.keys(json.timeline)).toEqual(
      expect.arrayContaining(['paybackMonth', 'paybackStatus', 'roi', 'breakEvenRecoveryPercent', 'taxWithoutTeamPercent', 'reach']),
    );
    expect(json.sizing).toMatchObject({ best: json.teamSize });
    // The model's input is the engine's, not the JSON's.
    expect(json).not.toHaveProperty('input');
    expect(json.sensitivity.assumptions.length).toBeGreaterThan(0);
    expect(json.assumptions.map((a: { key: string }) => a.key)).toContain('expectedRecoveryPercent');
  });
});
