import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_METRICS,
  DORA_QUESTIONS,
  leadTimeFromMinutes,
  metricsIn,
  optionsFor,
  parseCategory,
  parsePercentage,
} from '#src/engine/inputs/dora-questions.ts';
import { doraAnswersSchema } from '#src/engine/inputs/dora-answers.ts';

const messages = (input: unknown): string[] => {
  const result = doraAnswersSchema.safeParse(input);
  if (result.success) return [];
  // As the engine's problem funnel reports them: an unknown field at its own path.
  return result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((k) => `${k}: ${i.message}`) : [`${i.path.join('.')}: ${i.message}`],
  );
};

describe('the questions', () => {
  it('asks four questions in 2024 and five in 2025, in the Quick Check order', () => {
    expect(metricsIn('2024')).toEqual(['leadTime', 'deployFrequency', 'recoveryTime', 'changeFailRate']);
    expect(metricsIn('2025')).toEqual(['leadTime', 'deployFrequency', 'recoveryTime', 'changeFailRate', 'reworkRate']);
    expect(DORA_QUESTIONS.map((q) => q.quickCheckKey)).toEqual(['leadtime', 'deployfreq', 'failurerecovery', 'changefailure', 'rework']);
  });

  it.each(CATEGORY_METRICS)('gives %s six ordered ranges numbered 1 to 6, each with its own slug', (metric) => {
    const options = optionsFor(metric);
    expect(options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(options.map((o) => o.slug)).size).toBe(6);
    for (const o of options) expect(o.slug).toMatch(/^[a-z][a-z-]*$/);
  });
});

describe('the answers schema', () => {
  it('takes every answer, some or none', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ leadTime: 1, deployFrequency: 6, recoveryTime: 3, changeFailRate: 7.5, reworkRate: 100 })).toEqual([]);
    expect(messages({ changeFailRate: 0 })).toEqual([]);
  });

  it('says what is allowed', () => {
    expect(messages({ leadTime: 7, deployFrequency: 2.5, recoveryTime: '3', changeFailRate: 140, reworkRate: -1 })).toMatchInlineSnapshot(`
      [
        "leadTime: must be a whole number from 1 to 6: 1 over-six-months, 2 one-to-six-months, 3 week-to-month, 4 day-to-week, 5 under-a-day, 6 under-an-hour",
        "deployFrequency: must be a whole number from 1 to 6: 1 under-twice-a-year, 2 monthly-to-twice-a-year, 3 weekly-to-monthly, 4 daily-to-weekly, 5 hourly-to-daily, 6 on-demand",
        "recoveryTime: must be a whole number from 1 to 6: 1 over-six-months, 2 one-to-six-months, 3 week-to-month, 4 day-to-week, 5 under-a-day, 6 under-an-hour",
        "changeFailRate: must be a percentage from 0 to 100",
        "reworkRate: must be a percentage from 0 to 100",
      ]
    `);
  });

  it('names the allowed fields for an unknown one, and wants a mapping', () => {
    expect(messages({ leadtime: 3 })).toMatchInlineSnapshot(`
      [
        "leadtime: unknown field; allowed here: leadTime, deployFrequency, recoveryTime, changeFailRate, reworkRate",
      ]
    `);
    expect(messages([1, 2])).toMatchInlineSnapshot(`
      [
        ": must be a mapping of leadTime, deployFrequency, recoveryTime, changeFailRate, reworkRate",
      ]
    `);
  });
});

describe('lead time from commit-to-production minutes', () => {
  const HOUR = 60;
  const DAY = 24 * HOUR;
  it.each([
    [0, 6],
    [59, 6],
    [HOUR, 5],
    [DAY - 1, 5],
    [DAY, 4],
    [7 * DAY, 4],
    [7 * DAY + 1, 3],
    [30 * DAY, 3],
    [30 * DAY + 1, 2],
    [180 * DAY, 2],
    [180 * DAY + 1, 1],
    [10 * 365 * DAY, 1],
  ])('%d minutes is range %d', (minutes, category) => {
    expect(leadTimeFromMinutes(minutes)).toBe(category);
  });

  it('refuses a time that is not a time', () => {
    expect(() => leadTimeFromMinutes(-1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: commit-to-production minutes must be a number of 0 or more (got -1)]`,
    );
    expect(() => leadTimeFromMinutes(Number.NaN)).toThrow(RangeError);
    expect(() => leadTimeFromMinutes(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('command-line answers', () => {
  it.each([
    ['6', 6],
    [' 1 ', 1],
    ['under-an-hour', 6],
    ['Over-Six-Months', 1],
    ['day-to-week', 4],
  ])('reads lead time %j as %d', (input, value) => {
    expect(parseCategory('leadTime', input)).toEqual({ ok: true, value });
  });

  it('reads a deployment frequency by its own names', () => {
    expect(parseCategory('deployFrequency', 'on-demand')).toEqual({ ok: true, value: 6 });
    expect(parseCategory('deployFrequency', 'under-an-hour').ok).toBe(false);
  });

  it('lists the allowed values when it cannot read one', () => {
    expect(parseCategory('deployFrequency', 'daily')).toMatchInlineSnapshot(`
      {
        "message": "must be 1 to 6 or its name: 1 under-twice-a-year, 2 monthly-to-twice-a-year, 3 weekly-to-monthly, 4 daily-to-weekly, 5 hourly-to-daily, 6 on-demand (got "daily")",
        "ok": false,
      }
    `);
    expect(parseCategory('recoveryTime', '7')).toMatchInlineSnapshot(`
      {
        "message": "must be 1 to 6 or its name: 1 over-six-months, 2 one-to-six-months, 3 week-to-month, 4 day-to-week, 5 under-a-day, 6 under-an-hour (got "7")",
        "ok": false,
      }
    `);
  });

  it.each([
    ['0', 0],
    ['7.5', 7.5],
    ['33%', 33],
    [' 100 ', 100],
  ])('reads the percentage %j as %d', (input, value) => {
    expect(parsePercentage(input)).toEqual({ ok: true, value });
  });

  it.each(['', '-1', '101', 'ten', '1e2', '0x10', '5..5'])('refuses the percentage %j', (input) => {
    expect(parsePercentage(input).ok).toBe(false);
  });

  it('says what a percentage must be', () => {
    expect(parsePercentage('140')).toMatchInlineSnapshot(`
      {
        "message": "must be a percentage from 0 to 100 (got "140")",
        "ok": false,
      }
    `);
  });
});

describe('laws of reading answers', () => {
  it('never gives a faster lead-time range for a longer commit-to-production time', () => {
    const minutes = fc.double({ min: 0, max: 5e6, noNaN: true });
    fc.assert(
      fc.property(minutes, minutes, (x, y) => {
        const [short, long] = x <= y ? [x, y] : [y, x];
        expect(leadTimeFromMinutes(long)).toBeLessThanOrEqual(leadTimeFromMinutes(short));
      }),
    );
  });

  it.each(CATEGORY_METRICS)('reads back every %s range by its number and by its slug', (metric) => {
    for (const o of optionsFor(metric)) {
      expect(parseCategory(metric, String(o.value))).toEqual({ ok: true, value: o.value });
      expect(parseCategory(metric, o.slug.toUpperCase())).toEqual({ ok: true, value: o.value });
    }
  });
});
