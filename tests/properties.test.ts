import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { RECOMMENDATIONS } from '#src/engine/framework/schema.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { decide } from '#src/engine/decision/rules.ts';
import { field, inRange, validAnswers } from './arbitraries.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const run = (a: Answers) => evaluate(a, framework, { assessedOn: '2026-11-22' });

describe('laws of evaluate', () => {
  it('gives every valid input exactly one of the three recommendations, decided by one rule at most', () => {
    fc.assert(
      fc.property(validAnswers, (a) => {
        const result = run(a);
        expect(RECOMMENDATIONS).toContain(result.recommendation);
        expect(result.reasons.filter((r) => r.decisive).length).toBeLessThanOrEqual(1);
        const decisive = result.reasons.find((r) => r.decisive);
        expect(result.decidedBy.ruleId).toBe(decisive?.ruleId ?? framework.fallback.id);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(validAnswers, (a) => {
        expect(run(structuredClone(a))).toEqual(run(a));
      }),
    );
  });

  it.each(['teamSize', 'infraTimeShare', 'onboardingDays'] as const)('never lowers the score when %s rises', (key) => {
    fc.assert(
      fc.property(validAnswers, inRange(key), inRange(key), (a, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(run({ ...a, [key]: high }).score.value).toBeGreaterThanOrEqual(run({ ...a, [key]: low }).score.value);
      }),
    );
  });

  it('keeps the score within 0..100 and equal to its factors, give or take rounding', () => {
    fc.assert(
      fc.property(validAnswers, (a) => {
        const { value, factors } = run(a).score;
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
        const sum = factors.reduce((s, f) => s + f.contribution, 0);
        expect(Math.abs(sum - value)).toBeLessThanOrEqual(0.5 + factors.length * 0.05);
      }),
    );
  });

  it('whatWouldChange: each proposed value really changes the recommendation, to what it says', () => {
    fc.assert(
      fc.property(validAnswers, (a) => {
        const now = decide(a, framework).recommendation;
        for (const change of run(a).whatWouldChange) {
          if (change.to === null) continue;
          const then = decide({ ...a, [change.input]: change.to }, framework);
          expect(then.recommendation).not.toBe(now);
          expect(then.recommendation).toBe(change.recommendation);
        }
      }),
    );
  });

  // Checked within 40 whole steps either side: far enough to cross every default threshold from
  // typical answers, near enough to run in a second.
  it('whatWouldChange: no whole value nearer than the one proposed changes the recommendation', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom('teamSize', 'infraTimeShare', 'onboardingDays') as fc.Arbitrary<'teamSize'>, (a0, key) => {
        const a = { ...a0, [key]: Math.round(a0[key]) };
        const change = run(a).whatWouldChange.find((c) => c.input === key);
        // Team size is listed only near a threshold (levers.nearWithin); elsewhere it is no lever.
        if (!change) return;
        const now = decide(a, framework).recommendation;
        const f = field(key);
        const reach = Math.min(40, typeof change.to === 'number' ? Math.abs(change.to - a[key]) - 1 : 40);
        for (let d = 1; d <= reach; d++) {
          for (const v of [a[key] - d, a[key] + d]) {
            if (v < f.min || v > f.max) continue;
            expect(decide({ ...a, [key]: v }, framework).recommendation).toBe(now);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
