/**
 * The oracle: with the ramp off, a 12-month horizon and DORA's J-curve, our year one must equal
 * what DORA's ROI calculator computes for the same case.
 *
 * How the expected numbers were produced: `svelte/roi-calculator/src/lib/calculations.js` from
 * github.com/dora-team/dora.dev at commit fcaf07b49791e8a16e39b85dbf92610520bf80b6 (2026-06-26),
 * copied to /tmp (not committed) and run with node on each row below, mapped like this:
 *   staff_size = engineers                   salary = engineerCost (DORA's is fully loaded too)
 *   time_saved_per_developer = infraTimeShare x expectedRecoveryPercent / 10,000
 *   additional_ai_infra_cost = pricedTeamSize x engineerCost + toolingPerMonth x 12
 *                              + moveEngineerMonths x engineerCost / 12
 *   ai_license_cost_per_user = toolingPerDeveloperPerMonth x 12
 *   additional_ai_cost_per_user = training_cost_per_user = 0
 *   j_curve_drop = dipPercent / 100          j_curve_duration = dipMonths
 *   revenue and downtime terms switched off: target features = current features (50), target
 *   deployments = current (50), target change-fail rate = current (0.05); both terms are then 0.
 * DORA's outputs copied: total_first_year_investment, total_first_year_value, roi.
 *
 * Why they agree: DORA books the dip as staff x salary x drop x (months / 12) and the time saved
 * for all twelve months. Our timeline with rampDelayMonths 0, rampMonths 0, no staffing time and a
 * team that reaches everyone (DORA's time saved is for all staff) credits full win-back from month 1
 * and the dip over the first dipMonths months (pro-rated for a fraction), so the twelve monthly
 * costs and values sum to the same totals. This holds for dipMonths <= 12 only:
 * DORA charges a longer dip in full in year one; we spread it past month 12. DORA also clamps a
 * drop of 0 to 0.000001, so the rows keep the drop above 0. DORA's payback_period (investment /
 * value, in years) is a different measure from our payback month and is not compared.
 */
import { describe, expect, it } from 'vitest';
import { businessTimeline } from '#src/engine/business/timeline.ts';
import { NEUTRAL } from './arbitraries.ts';

type Row = [number, number, number, number, number, number, number, number, number, number, number, number, number];

// prettier-ignore
const rows: Row[] = [
  // engineers, cost, tax, winBack, team, drop, dipMonths, tooling/month, tooling/dev/month, move EM -> DORA investment, value, roi
  [500, 176000, 0.25, 0.5, 5, 0.15, 3, 0, 0, 0, 4180000, 11000000, 1.631578947368421],
  [50, 150000, 0.3, 0.5, 2, 0.15, 3, 0, 0, 0, 581250, 1125000, 0.9354838709677419],
  [21, 120000, 0.25, 0.5, 2, 0.15, 3, 0, 0, 0, 334500, 315000, -0.05829596412556054],
  [200, 95000, 0.4, 0.6, 8, 0.2, 6, 0, 0, 0, 2660000, 4560000, 0.7142857142857143],
  [30, 80000, 0.22, 0.35, 3, 0.1, 1.5, 0, 0, 0, 270000, 184800, -0.31555555555555553],
  [1000, 200000, 0.35, 0.7, 20, 0.3, 12, 0, 0, 0, 64000000, 48999999.99999999, -0.2343750000000001],
  [12, 60000, 0.5, 1, 1, 0.05, 0.5, 0, 0, 0, 61500, 360000, 4.853658536585366],
  // Beyond the brief: tooling and the move map onto DORA's per-user and infrastructure costs too.
  [80, 140000, 0.3, 0.5, 3, 0.15, 3, 1000, 20, 6, 941200, 1680000, 0.7849553761155971],
];

/** Equal to DORA's figure up to floating-point rounding (relative 1e-9). */
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe("year one equals DORA's ROI calculator with the ramp off", () => {
  it.each(rows)('%i engineers at %i, tax %f x win-back %f, team %i, dip %f for %f months', (...row) => {
    const [engineers, engineerCost, taxShare, expectedWinBack, platformTeamSize, jCurveDrop, jCurveMonths] = row;
    const [, , , , , , , toolingPerMonth, toolingPerDeveloperPerMonth, moveEngineerMonths, investment, value, roi] = row;
    const t = businessTimeline({
      ...NEUTRAL,
      teamSize: engineers,
      engineerCost,
      infraTimeShare: taxShare * 100,
      expectedRecoveryPercent: expectedWinBack * 100,
      pricedTeamSize: platformTeamSize,
      // A team that reaches everyone, as DORA's time saved is for all staff.
      developersPerPlatformEngineer: engineers / platformTeamSize,
      dipPercent: jCurveDrop * 100,
      dipMonths: jCurveMonths,
      toolingPerMonth,
      toolingPerDeveloperPerMonth,
      moveEngineerMonths,
      rampDelayMonths: 0,
      rampMonths: 0,
      horizonMonths: 12,
    });
    expect(t.unit).toBe('money');
    close(t.money?.cost ?? NaN, investment);
    close(t.money?.capacityValue ?? NaN, value);
    close(t.roi ?? NaN, roi);
    // The engineer-month figures are the same case without the money: cost / (engineerCost / 12).
    close(t.engineerMonths.cost, (investment * 12) / engineerCost);
  });
});
