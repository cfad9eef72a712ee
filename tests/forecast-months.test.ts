/**
 * Which month of a past case a later review is set against (history/forecast.ts): reviews keep a
 * six-month rhythm give or take some days, so a review a day before or after the mark is that
 * month of the case, at six months as at twelve. Counting 30.4-day months with a day's slack made
 * a review one day short of six months month 6 but one day short of a year month 11, and during
 * the ramp a month moves the expectation by a sixth of the win-back.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { addMonths } from '#src/engine/calendar/dates.ts';
import { comparedForecast, type Reviewed } from '#src/engine/history/forecast.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { withForecast } from '#src/engine/records/forecast.ts';
import { singleRecord } from '#src/engine/records/record-build.ts';
import { describeForecast } from '#src/engine/text/describe-forecast.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const base = { teamSize: 25, infraTimeShare: 30, onboardingDays: 14, engineerCost: 120000, currency: 'EUR' };

function reviewed(on: string, answers: Answers): Reviewed {
  const result = evaluate(answers, framework, { assessedOn: on });
  const record = withForecast(
    singleRecord({ organization: 'Acme', unit: 'checkout', assessedOn: on }, answers, framework.version),
    result.businessCase,
  );
  return { record, answers, slug: on, result };
}

const compared = (made: string, on: string) =>
  comparedForecast(
    reviewed(made, { ...base, hasPlatformTeam: false, proposedTeamSize: 2 }),
    reviewed(on, { ...base, infraTimeShare: 24, hasPlatformTeam: true, platformTeamSize: 2 }),
    framework,
  )!;
const monthOf = (made: string, on: string) => compared(made, on).reviews[0]!.month;

describe('the month of the case a review is set against', () => {
  it('is the nearest whole month, a day either side of the mark alike', () => {
    const made = '2025-06-02';
    const months = Object.fromEntries(
      ['2025-06-02', '2025-09-01', '2025-12-01', '2025-12-02', '2025-12-03', '2025-12-16', '2026-06-01', '2026-06-02', '2026-06-03'].map(
        (on) => [on, monthOf(made, on)],
      ),
    );
    expect(months).toMatchInlineSnapshot(`
      {
        "2025-06-02": 0,
        "2025-09-01": 3,
        "2025-12-01": 6,
        "2025-12-02": 6,
        "2025-12-03": 6,
        "2025-12-16": 6,
        "2026-06-01": 12,
        "2026-06-02": 12,
        "2026-06-03": 12,
      }
    `);
  });

  it('counts short months as months: from the end of August to the end of February is six', () => {
    expect(monthOf('2025-08-31', '2026-02-28')).toBe(6);
    expect(monthOf('2025-08-31', '2026-08-30')).toBe(12);
  });

  it('names the month the case reaches its full win-back: the expectation rises until then, not after', () => {
    const at = (on: string) => compared('2025-06-02', on);
    const full = at('2026-06-02').made.fullMonth!;
    const expected = (m: number) => at(addMonths('2025-06-02', m)).reviews[0]!.projectedFte;
    expect(expected(full - 1)).toBeLessThan(expected(full));
    expect(expected(full + 6)).toBe(expected(full));
    expect(describeForecast(at('2026-06-02')).made).toMatchInlineSnapshot(
      `"The case made on 2025-06-02, before the team formed (framework 2026.11, as the record kept it): a team of 2 engineers, reaching 80% of the engineers, winning back 50% of the tax it reaches (plausible 25% to 75%) at full adoption from month 12 (3 months to staff the team, 3 months before any value, a 6-month ramp): 3 engineers' time of the 7.5 the tax took (360,000 EUR a year), paying back in month 31 (2028-01)."`,
    );
  });
});
