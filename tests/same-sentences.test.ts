/**
 * One source of wording: for the same answers, the CLI report and the page's result say the same
 * sentences, because both lay out describeResult() and neither writes its own.
 */
import { describe, expect, it } from 'vitest';
import { describeResult } from '#src/engine/text/describe-result.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { escapeHtml } from '#src/render/html.ts';
import { resultSections } from '#src/render/result-html.ts';
import { fixtureFramework } from './helpers.ts';
import { assess } from './cli-helpers.ts';

const framework = fixtureFramework();
const result0 = (answers: Answers) => evaluate(answers, framework, { assessedOn: '2026-11-22' });

describe.each<[Answers]>([
  [
    {
      teamSize: 150,
      infraTimeShare: 35,
      onboardingDays: 21,
      hasPlatformTeam: true,
      platformTeamSize: 3,
      engineerCost: 180000,
      currency: 'EUR',
    },
  ],
  [{ teamSize: 18, infraTimeShare: 40, onboardingDays: 30 }],
  [{ teamSize: 90, infraTimeShare: 8, onboardingDays: 4, teamsDeployingIndependently: 6, workflowSettled: true }],
  // The business cases of issue 29: a proposed team, a longer horizon set aside, a cautious win-back, a running team.
  [{ teamSize: 180, infraTimeShare: 28, onboardingDays: 10, engineerCost: 180000, currency: 'EUR', proposedTeamSize: 6 }],
  [{ teamSize: 35, infraTimeShare: 22, onboardingDays: 10, proposedTeamSize: 3, horizonMonths: 60 }],
  [{ teamSize: 180, infraTimeShare: 40, onboardingDays: 10, engineerCost: 180000, currency: 'EUR', expectedRecoveryPercent: 15 }],
  [{ teamSize: 61, infraTimeShare: 20, onboardingDays: 10, engineerCost: 150000 }],
  [{ teamSize: 180, infraTimeShare: 22, onboardingDays: 10, hasPlatformTeam: true, platformTeamSize: 12, engineerCost: 180000 }],
])('%j', (answers) => {
  const flags = Object.entries({
    'team-size': answers.teamSize,
    'infra-share': answers.infraTimeShare,
    'onboarding-days': answers.onboardingDays,
    teams: answers.teamsDeployingIndependently,
    'workflow-settled': answers.workflowSettled === undefined ? undefined : answers.workflowSettled ? 'yes' : 'no',
    'has-platform-team': answers.hasPlatformTeam ? 'yes' : undefined,
    'platform-team-size': answers.platformTeamSize,
    'engineer-cost': answers.engineerCost,
    currency: answers.currency,
    'proposed-team-size': answers.proposedTeamSize,
    'horizon-months': answers.horizonMonths,
    'expected-recovery': answers.expectedRecoveryPercent,
  }).flatMap(([flag, v]) => (v === undefined ? [] : [`--${flag}`, String(v)]));
  const report = describeResult(evaluate(answers, framework, { assessedOn: '2026-11-22' }), framework);
  const html = resultSections(report)
    .map((s) => s.html.value)
    .join('');
  const sentences = [
    report.headline,
    report.summary,
    report.deciding,
    report.because,
    report.tax,
    report.review,
    ...report.levers,
    ...report.steps.map((s) => s.text),
    ...report.business.flatMap((b) => [b.figure, b.detail]),
    report.payback,
    report.belief,
    report.sizing.intro,
    report.sizing.best,
    ...(report.caution ? [report.caution] : []),
  ];

  it('--json carries the same verdict, team and payback', async () => {
    const result = evaluate(answers, framework, { assessedOn: '2026-11-22' });
    const json = JSON.parse((await assess(...flags, '--date', '2026-11-22', '--json')).stdout);
    expect(json.economics).toEqual(JSON.parse(JSON.stringify(result.economics)));
    expect(json.headline).toBe(result.headline);
    expect(json.businessCase.teamSize).toBe(result.businessCase.teamSize);
    expect(json.businessCase.timeline.paybackMonth).toBe(result.businessCase.timeline.paybackMonth);
  });

  it('no sentence claims a payback the case does not show', () => {
    const pays = result0(answers).businessCase.timeline.paybackStatus !== 'not-within-horizon';
    const advice = [report.headline, report.summary, ...report.steps.map((s) => s.text)].join(' ');
    if (pays) expect(advice).not.toMatch(/would not pay|does not pay/);
    if (!pays) expect(advice).not.toMatch(/pays back in month|pays for itself/i);
  });

  it('the CLI prints every sentence', async () => {
    const cli = (await assess(...flags, '--date', '2026-11-22')).stdout;
    for (const s of sentences) expect(cli, s).toContain(s);
  });

  it('the page shows every sentence', () => {
    for (const s of sentences) expect(html, s).toContain(escapeHtml(s));
  });
});
