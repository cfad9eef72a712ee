import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, isIsoDate } from '#src/engine/calendar/dates.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { NEUTRAL, fixtureFramework } from './helpers.ts';

describe('calendar dates', () => {
  it.each([
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2026-02-28', '2026-08-28'],
    ['2026-05-22', '2026-11-22'],
    ['2026-12-31', '2027-06-30'],
    ['2026-07-15', '2027-01-15'],
  ])('six months after %s is %s', (from, to) => {
    expect(addMonths(from, 6)).toBe(to);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '26-01-01', '2026-1-1', ''])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });

  it('accepts 29 February in a leap year', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });

  it('puts the next review six calendar months after the assessment', () => {
    expect(evaluate(NEUTRAL, fixtureFramework(), { assessedOn: '2026-08-31' }).nextReviewOn).toBe('2027-02-28');
  });
});
