/**
 * One source of truth for numbers: every threshold, target and interval in content/framework.yaml
 * reaches a reader through a component (<RuleThreshold>, <RuleCondition>, <MetricGoal>,
 * <MetricTarget>, <ReviewInterval>, <TrapThreshold>), never retyped in a guide's prose. The
 * forbidden patterns are built from the real framework, so changing a number there changes what
 * this test looks for. Worked examples with other numbers ("150 engineers at 35%") pass.
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '#src/engine/text/describe.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { guideFiles, guideSource, prose } from './guide-text.ts';
import { realFramework } from './helpers.ts';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const WORD_OF: Record<number, string> = { ...WORDS, 15: 'fifteen', 20: 'twenty', 30: 'thirty', 50: 'fifty', 60: 'sixty' };

/** 6 -> "(?:6|six)": the number in digits or in words. */
function num(n: number, ...alsoSingular: string[]): string {
  const words = [String(n), ...(WORD_OF[n] ? [WORD_OF[n]] : []), ...(n === 1 ? alsoSingular : [])];
  return `(?:${words.join('|')})`;
}

export interface Retyped {
  what: string;
  pattern: RegExp;
}

/** Every way prose could retype a framework number, each next to its unit or its context. */
export function retypedPatterns(fw: Framework): Retyped[] {
  const out: Retyped[] = [];
  const add = (what: string, ...sources: string[]) => sources.forEach((s) => out.push({ what, pattern: new RegExp(s, 'gi') }));

  for (const rule of fw.rules) {
    if (typeof rule.threshold !== 'number') continue;
    const t = rule.threshold;
    const shown = formatValue(rule.input, t);
    const what = `rule ${rule.id} (${shown}): use <RuleThreshold id="${rule.id}" /> or <RuleCondition id="${rule.id}" />`;
    if (shown.endsWith('%')) add(what, `(?<![\\d.])${t}\\s?(?:%|percent\\b|per cent\\b)`);
    else if (shown.endsWith('engineers') || shown.endsWith('engineer'))
      add(what, `\\b${num(t)}[ -](?:engineers?|people|persons?|developers?|devs)\\b`, `\\b${num(t)}-person\\b`);
    else if (/days?$/.test(shown)) {
      add(what, `\\b${num(t, 'a')}[ -]days?\\b`);
      if (t % 7 === 0) add(what, `\\b${num(t / 7, 'a')}[ -]weeks?\\b`);
    } else if (/teams?$/.test(shown)) add(what, `(?<![\\d.])${t}[ -]teams?\\b`);
    else add(what, `(?<![\\d.])${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  }

  for (const metric of fw.metrics) {
    const t = metric.target;
    const shown = formatValue(metric.input, t);
    const what = `metric ${metric.input} (${shown}): use <MetricGoal input="${metric.input}" /> or <MetricTarget input="${metric.input}" />`;
    if (/(?:minutes?|hours?|days?)$/.test(shown)) {
      add(what, `\\b${num(t)}[ -]?(?:minutes?|mins?)\\b`);
      if (t % 60 === 0) add(what, `\\b${num(t / 60, 'an', 'a')}[ -]hours?\\b`);
    } else {
      // A bare score (NPS): caught next to its name or after a comparison word, but not when a
      // unit follows ("more than 50 engineers" is not the NPS target).
      add(
        what,
        `\\bNPS\\b[^.\\n]{0,40}?(?<![\\d.])[+]?${t}(?!\\d|\\.\\d|%)`,
        `\\b(?:above|over|more than|greater than|exceeds?|at least)\\s*[+]?${t}(?!\\d|\\.\\d|%|\\s*[a-z])`,
      );
    }
  }

  const m = fw.reviewIntervalMonths;
  const months = `${num(m)}[ -]months?`;
  add(
    `review interval (${m} months): use <ReviewInterval />`,
    `\\b(?:every|each|in|after)\\s+${months}\\b`,
    `\\b${months}\\s+(?:out|later|from now|after)\\b`,
    `\\b${num(m)}-month(?:ly)?\\s+(?:review|interval|cadence|cycle|re-?assess)`,
    ...(m === 6 ? ['\\btwice a year\\b', '\\bhalf-?yearly\\b', '\\bsemi-?annual(?:ly)?\\b'] : []),
    ...(m === 12 ? ['\\bonce a year\\b', '\\bevery year\\b', '\\bannually\\b'] : []),
  );

  const recovery = fw.businessCase.assumptions.expectedRecoveryPercent.default;
  add(
    `expected recovery (${recovery}%): use <BusinessCaseExample /> or the framework's figure`,
    `(?<![\\d.])${recovery}\\s?%[^.\\n]{0,40}\\b(?:recover|win|won|reclaim)`,
    `\\b(?:recover|win|won|reclaim)\\w*\\b[^.\\n]{0,40}(?<![\\d.])${recovery}\\s?%`,
  );

  const s = fw.trap.threshold;
  add(
    `platform-trap threshold (${s} signs): use <TrapThreshold />`,
    `\\b${num(s)} or more (?:of (?:the|these) )?(?:warning )?signs\\b`,
    `\\bat least ${num(s)} (?:of (?:the|these) )?(?:warning )?signs\\b`,
  );
  return out;
}

export function retypings(file: string, text: string, fw: Framework): string[] {
  const patterns = retypedPatterns(fw);
  const found: string[] = [];
  prose(text)
    .split('\n')
    .forEach((line, i) => {
      for (const { what, pattern } of patterns)
        for (const m of line.matchAll(pattern)) found.push(`${file}:${i + 1}: "${m[0]}" retypes ${what}`);
    });
  return found;
}

describe('guides never retype a framework number', () => {
  const fw = realFramework();

  it.each(guideFiles())('%s renders every framework number from content/framework.yaml', (file) => {
    expect(retypings(file, guideSource(file), fw)).toEqual([]);
  });
});

describe('the retyping patterns', () => {
  // Pinned numbers, so these examples keep their meaning when the real framework changes.
  const PINNED: Record<string, number> = { teamSize: 20, infraTimeShare: 20, onboardingDays: 7, teamsDeployingIndependently: 1 };
  const TARGETS: Record<string, number> = { commitToProductionMinutes: 15, newServiceMinutes: 60, developerNps: 50 };
  const real = realFramework();
  const fw: Framework = {
    ...real,
    rules: real.rules.map((r) => (r.input in PINNED ? { ...r, threshold: PINNED[r.input]! } : r)),
    metrics: real.metrics.map((m) => ({ ...m, target: TARGETS[m.input] ?? m.target })),
    reviewIntervalMonths: 6,
    trap: { ...real.trap, threshold: 2 },
    businessCase: {
      ...real.businessCase,
      assumptions: {
        ...real.businessCase.assumptions,
        expectedRecoveryPercent: { ...real.businessCase.assumptions.expectedRecoveryPercent, default: 50 },
      },
    },
  };
  const flagged = (line: string, framework = fw) => retypings('example.mdx', `${line}\n`, framework).length > 0;

  it.each([
    'Developers spend more than 20% of their time on infrastructure.',
    'With fewer than about 20 engineers, skip the platform team.',
    'Onboarding takes longer than one week.',
    'Onboarding takes longer than a week.',
    'New hires need more than 7 days.',
    'Commit to production in under 15 minutes.',
    'A new service deployed in under an hour.',
    'A new service deployed in 60 minutes.',
    'Aim for a developer NPS above 50.',
    'The target is above 50.',
    'Re-assess every six months.',
    'The next review is 6 months out.',
    'Re-assess twice a year.',
    'The assessment warns when two or more signs apply.',
    'Assume the team wins back 50% of the tax.',
  ])('flag a retyped value: %s', (line) => {
    expect(flagged(line)).toBe(true);
  });

  it.each([
    "150 engineers at 35% is 52.5 people's worth of time.",
    'A 15-person company with a heavy infrastructure burden.',
    'Within six months the result was burnout.',
    'A single feature that took six months to ship.',
    'A working golden path in 2-3 months, a mature platform in 6-12 months.',
    'Watch the canary for five minutes after a one-minute warm-up.',
    'More than 50 engineers in six teams.',
    'Put 10% of traffic on the canary.',
    'The 10-day onboarding would point the same way.',
    'Run it as a team of 12 engineers.',
    'Put 50% of the traffic on the new version.',
  ])('let a worked example or another figure through: %s', (line) => {
    expect(flagged(line)).toBe(false);
  });

  it('follow the framework: a changed threshold changes what is forbidden', () => {
    const changed: Framework = {
      ...fw,
      rules: fw.rules.map((r) => (r.id === 'operational-tax' ? { ...r, threshold: 25 } : r)),
      reviewIntervalMonths: 12,
    };
    expect(flagged('Spend more than 25% of the time on infrastructure.', changed)).toBe(true);
    expect(flagged('Spend more than 20% of the time on infrastructure.', changed)).toBe(false);
    expect(flagged('Re-assess every 12 months.', changed)).toBe(true);
    expect(flagged('Re-assess every six months.', changed)).toBe(false);
  });

  it('treat headings as prose: a heading may not retype a value either', () => {
    const text = '## Re-assess every six months\n\nRe-assess every six months.\n\n## Every six months\n';
    expect(retypings('next-steps.mdx', text, fw).map((f) => f.split(': ')[0])).toEqual([
      'next-steps.mdx:1',
      'next-steps.mdx:3',
      'next-steps.mdx:5',
    ]);
  });
});
