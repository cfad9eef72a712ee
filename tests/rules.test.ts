import { describe, expect, it } from 'vitest';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { answers, fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const run = (a: Answers) => evaluate(a, framework, { assessedOn: '2026-11-22' });

describe('default rules, at and either side of each threshold', () => {
  it.each([
    // team size <= 20 decides devops-first, whatever else is true
    [{ teamSize: 19, infraTimeShare: 35 }, 'devops-first', 'small-team'],
    [{ teamSize: 20, infraTimeShare: 35 }, 'devops-first', 'small-team'],
    [{ teamSize: 21, infraTimeShare: 35 }, 'platform-team', 'operational-tax'],
    // infrastructure share > 20%
    [{ infraTimeShare: 19 }, 'refine', 'balanced'],
    [{ infraTimeShare: 20 }, 'refine', 'balanced'],
    [{ infraTimeShare: 20.5 }, 'platform-team', 'operational-tax'],
    [{ infraTimeShare: 21 }, 'platform-team', 'operational-tax'],
    // onboarding > 7 days
    [{ onboardingDays: 6 }, 'refine', 'balanced'],
    [{ onboardingDays: 7 }, 'refine', 'balanced'],
    [{ onboardingDays: 7.5 }, 'platform-team', 'slow-onboarding'],
    [{ onboardingDays: 8 }, 'platform-team', 'slow-onboarding'],
    // teams deploying independently = 1 comes before the platform signals
    [{ teamsDeployingIndependently: 1, infraTimeShare: 35 }, 'refine', 'single-team'],
    [{ teamsDeployingIndependently: 2, infraTimeShare: 35 }, 'platform-team', 'operational-tax'],
    // workflow and culture signals, only when answered
    [{ workflowSettled: false, infraTimeShare: 35 }, 'devops-first', 'workflow-unsettled'],
    [{ workflowSettled: true, infraTimeShare: 35 }, 'platform-team', 'operational-tax'],
    [{ cultureIsMainBottleneck: true, onboardingDays: 30 }, 'devops-first', 'culture-bottleneck'],
    [{ cultureIsMainBottleneck: false, onboardingDays: 30 }, 'platform-team', 'slow-onboarding'],
    [{}, 'refine', 'balanced'],
  ] as const)('%o -> %s by %s', (overrides, recommendation, ruleId) => {
    const result = run(answers(overrides));
    expect(result.recommendation).toBe(recommendation);
    expect(result.decidedBy.ruleId).toBe(ruleId);
  });

  it('reports every rule with its input, value, threshold and outcome', () => {
    const result = run(answers({ teamSize: 150, infraTimeShare: 35, onboardingDays: 21 }));
    expect(result.reasons.map((r) => [r.ruleId, r.value, r.threshold, r.outcome, r.decisive])).toEqual([
      ['small-team', 150, 20, 'not-fired', false],
      ['workflow-unsettled', null, false, 'unanswered', false],
      ['culture-bottleneck', null, true, 'unanswered', false],
      ['single-team', null, 1, 'unanswered', false],
      ['operational-tax', 35, 20, 'fired', true],
      ['slow-onboarding', 21, 7, 'fired', false],
    ]);
    expect(result.reasons.every((r) => r.guide.startsWith('/'))).toBe(true);
  });

  it('gives the steps of the recommendation it makes', () => {
    const result = run(answers({ infraTimeShare: 35 }));
    expect(result.steps.map((s) => s.guide)).toEqual(framework.recommendations['platform-team'].noTeam.steps.map((s) => s.guide));
    // Placeholders are filled from the framework: no step shows a {name}.
    expect(result.steps.map((s) => s.text).join(' ')).not.toMatch(/[{}]/);
  });

  it('computes operational tax in full-time engineers', () => {
    expect(run(answers({ teamSize: 150, infraTimeShare: 35 })).operationalTax.fullTimeEngineers).toBe(52.5);
    expect(run(answers({ teamSize: 7, infraTimeShare: 33 })).operationalTax.fullTimeEngineers).toBe(2.3);
  });
});

describe('score', () => {
  it('is 0 with no pressure and 100 with all factors at full weight', () => {
    expect(run({ teamSize: 1, infraTimeShare: 0, onboardingDays: 0, teamsDeployingIndependently: 1 }).score.value).toBe(0);
    expect(run({ teamSize: 500, infraTimeShare: 90, onboardingDays: 60, teamsDeployingIndependently: 40 }).score.value).toBe(100);
  });

  it('shows each factor and leaves an unanswered factor at zero', () => {
    const factors = run(answers({ teamSize: 110 })).score.factors;
    expect(factors.find((f) => f.input === 'teamSize')?.contribution).toBe(15);
    expect(factors.find((f) => f.input === 'teamsDeployingIndependently')).toMatchObject({ value: null, contribution: 0 });
  });
});

describe('metrics and trap warnings', () => {
  it('judges each metric against its target, at the boundary too', () => {
    const result = run(answers({ metrics: { commitToProductionMinutes: 15, newServiceMinutes: 61, developerNps: 50 } }));
    expect(result.metrics.map((m) => [m.input, m.met])).toEqual([
      ['commitToProductionMinutes', true],
      ['newServiceMinutes', false],
      ['developerNps', false],
    ]);
    expect(run(answers({})).metrics.every((m) => m.met === null)).toBe(true);
  });

  it('warns only when a platform team exists and two or more signs are ticked', () => {
    const two = ['new-silo', 'slow-delivery'];
    expect(run(answers({ hasPlatformTeam: true, trapSigns: two })).trapWarnings.triggered).toBe(true);
    expect(run(answers({ hasPlatformTeam: true, trapSigns: ['new-silo'] })).trapWarnings.triggered).toBe(false);
    expect(run(answers({ hasPlatformTeam: false, trapSigns: two })).trapWarnings.triggered).toBe(false);
    expect(run(answers({ trapSigns: two })).trapWarnings.triggered).toBe(false);
  });
});

describe('framework versions', () => {
  it('says when a record was made under another framework version', () => {
    const other = evaluate(answers({}), framework, { assessedOn: '2026-01-01', recordFrameworkVersion: '2025.01' });
    expect(other.framework).toEqual({ version: framework.version, recordVersion: '2025.01', sameVersion: false });
    expect(run(answers({})).framework.sameVersion).toBe(true);
  });
});
