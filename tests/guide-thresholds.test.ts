/**
 * One source of truth for numbers: every threshold, target and interval in content/framework.yaml
 * reaches a reader through a component (<RuleThreshold>, <RuleCondition>, <MetricGoal>,
 * <MetricTarget>, <ReviewInterval>, <TrapThreshold>), never retyped in a guide's prose. The
 * forbidden patterns are built from the real framework, so changing a number there changes what
 * this test looks for. Worked examples with other numbers ("150 engineers at 35%") pass.
 */
import fc from 'fast-check';
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

/**
 * A line is stated with a comparison ("more than 20%", "longer than a week", "under 15 minutes");
 * a worked example states a value ("64 engineers", "the 10-day onboarding", "about 40% of their
 * time", "within three days", a deadline). So a number retypes a threshold only right after a
 * comparison, whatever the number is.
 */
const COMPARE =
  '(?:(?:more|longer|greater|fewer|less|shorter|slower|faster|higher|lower|bigger|smaller)\\s+than|above|over|below|under|beyond|exceed(?:s|ing)?|at\\s+(?:least|most)|up\\s+to|no\\s+more\\s+than)\\s+(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+)?';
/** A sentence about reviewing or re-assessing: the review interval is only retyped in one. */
const REVIEW = '(?:re-?assess\\w*|review\\w*|assessment)';
const SENTENCE = '[^.\\n]{0,80}?';

/** Every way prose could retype a framework number, each next to its unit or its context. */
export function retypedPatterns(fw: Framework): Retyped[] {
  const out: Retyped[] = [];
  const add = (what: string, ...sources: string[]) => sources.forEach((s) => out.push({ what, pattern: new RegExp(s, 'gi') }));

  for (const rule of fw.rules) {
    if (typeof rule.threshold !== 'number') continue;
    const t = rule.threshold;
    const shown = formatValue(rule.input, t);
    const what = `rule ${rule.id} (${shown}): use <RuleThreshold id="${rule.id}" /> or <RuleCondition id="${rule.id}" />`;
    if (shown.endsWith('%')) add(what, `\\b${COMPARE}${t}\\s?(?:%|percent\\b|per cent\\b)`);
    else if (shown.endsWith('engineers') || shown.endsWith('engineer'))
      add(what, `\\b${COMPARE}${num(t)}[ -](?:engineers?|people|persons?|developers?|devs)\\b`, `\\b${COMPARE}${num(t)}-person\\b`);
    else if (/days?$/.test(shown)) {
      add(what, `\\b${COMPARE}${num(t, 'a')}[ -]days?\\b`);
      if (t % 7 === 0) add(what, `\\b${COMPARE}${num(t / 7, 'a')}[ -]weeks?\\b`);
    } else if (/teams?$/.test(shown)) add(what, `\\b${COMPARE}${t}[ -]teams?\\b`);
    else add(what, `\\b${COMPARE}${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  }

  for (const metric of fw.metrics) {
    const t = metric.target;
    const shown = formatValue(metric.input, t);
    const what = `metric ${metric.input} (${shown}): use <MetricGoal input="${metric.input}" /> or <MetricTarget input="${metric.input}" />`;
    // A time target is also stated as "deployed in 60 minutes".
    const within = `(?:${COMPARE}|\\bin\\s+(?:under\\s+)?)`;
    if (/(?:minutes?|hours?|days?)$/.test(shown)) {
      add(what, `${within}${num(t)}[ -]?(?:minutes?|mins?)\\b`);
      if (t % 60 === 0) add(what, `${within}${num(t / 60, 'an', 'a')}[ -]hours?\\b`);
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

  // The interval as a cadence ("every six months", "6 months out"), or in a sentence about
  // reviewing ("re-assess twice a year"); not any span of months ("two months of every year").
  const m = fw.reviewIntervalMonths;
  const months = `${num(m)}[ -]months?`;
  const interval = [
    `(?:in|after)\\s+${months}\\b`,
    `\\b${num(m)}-month(?:ly)?\\b`,
    ...(m === 6 ? ['\\btwice a year\\b', '\\bhalf-?yearly\\b', '\\bsemi-?annual(?:ly)?\\b'] : []),
    ...(m === 12 ? ['\\bonce a year\\b', '\\bevery year\\b', '\\byearly\\b', '\\bannual(?:ly)?\\b'] : []),
    ...(m === 3 ? ['\\bquarterly\\b', '\\bevery quarter\\b', '\\bonce a quarter\\b'] : []),
  ].join('|');
  add(
    `review interval (${m} months): use <ReviewInterval />`,
    // "Every six months" and "six months out" say a cadence on their own.
    `\\b(?:every|each)\\s+${months}\\b`,
    `\\b${months}\\s+(?:out|later|from now)\\b`,
    `\\b${REVIEW}${SENTENCE}(?:${interval})`,
    `(?:${interval})${SENTENCE}\\b${REVIEW}`,
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

export function retypings(file: string, text: string, fw: Framework | Retyped[]): string[] {
  const patterns = Array.isArray(fw) ? fw : retypedPatterns(fw);
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

  // A fork picks its own numbers (README, "Change the framework's thresholds"): whatever plausible
  // values it picks, a worked example or an unrelated figure in a guide must not read as retyping
  // one. content-customised.test.ts runs whole forks; this tries many values at once.
  it('stay clean for any plausible framework numbers a fork could pick', () => {
    const range: Record<string, [number, number]> = {
      teamSize: [5, 80],
      infraTimeShare: [5, 60],
      onboardingDays: [2, 30],
      teamsDeployingIndependently: [1, 5],
      commitToProductionMinutes: [5, 240],
      newServiceMinutes: [15, 2880],
      developerNps: [0, 80],
    };
    const guides = guideFiles().map((file) => [file, guideSource(file)] as const);
    const within = (input: string) => fc.integer({ min: range[input]![0], max: range[input]![1] });
    const numericRules = fw.rules.filter((r) => typeof r.threshold === 'number');
    const recovery = fw.businessCase.assumptions.expectedRecoveryPercent;
    const fork = fc.record({
      thresholds: fc.tuple(...numericRules.map((r) => within(r.input))),
      targets: fc.tuple(...fw.metrics.map((m) => within(m.input))),
      reviewIntervalMonths: fc.constantFrom(1, 2, 3, 4, 6, 9, 12, 18, 24),
      trap: fc.integer({ min: 1, max: 6 }),
      recovery: fc.integer({ min: 10, max: 90 }),
    });
    fc.assert(
      fc.property(fork, (v) => {
        const forked: Framework = {
          ...fw,
          rules: fw.rules.map((r) => (numericRules.includes(r) ? { ...r, threshold: v.thresholds[numericRules.indexOf(r)]! } : r)),
          metrics: fw.metrics.map((m, i) => ({ ...m, target: v.targets[i]! })),
          reviewIntervalMonths: v.reviewIntervalMonths,
          trap: { ...fw.trap, threshold: v.trap },
          businessCase: {
            ...fw.businessCase,
            assumptions: { ...fw.businessCase.assumptions, expectedRecoveryPercent: { ...recovery, default: v.recovery } },
          },
        };
        const patterns = retypedPatterns(forked);
        expect(guides.flatMap(([file, text]) => retypings(file, text, patterns))).toEqual([]);
      }),
      { numRuns: Math.min(Number(process.env.FUZZ_RUNS ?? 20), 100) },
    );
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
    'Developers spend about 20% of their time on infrastructure.',
    'Put two people on the incident.',
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

  // The values a fork tried (issue 28): a worked example or an unrelated span of time is not a
  // retyped threshold, whatever the framework's number; the same number stated as a line is.
  it.each([
    ['The 10-day onboarding would have pointed the same way.', false],
    ['Each engineer joins the platform team for two months of every year.', false],
    ['New hires shipping after ten days.', false],
    ['Onboarding takes longer than 10 days.', true],
    ['Onboarding that takes more than ten days fires the rule.', true],
    ['Re-assess once a year.', true],
    ['Plan the next review every year.', true],
    ['Review the decision annually.', true],
    ['Re-assess every 12 months.', true],
  ] as const)('with onboarding at 10 days and a yearly review: %s (retyping: %s)', (line, retyped) => {
    const fork: Framework = {
      ...fw,
      rules: fw.rules.map((r) => (r.id === 'slow-onboarding' ? { ...r, threshold: 10 } : r)),
      reviewIntervalMonths: 12,
    };
    expect(flagged(line, fork)).toBe(retyped);
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
