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
  ];

  it('the CLI prints every sentence', async () => {
    const cli = (await assess(...flags, '--date', '2026-11-22')).stdout;
    for (const s of sentences) expect(cli, s).toContain(s);
  });

  it('the page shows every sentence', () => {
    for (const s of sentences) expect(html, s).toContain(escapeHtml(s));
  });
});
