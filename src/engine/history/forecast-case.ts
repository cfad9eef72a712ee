/**
 * The one place the history asks the business case about a past forecast (business/ is being
 * reworked; this adapter is what follows it): the case re-run at the team, horizon and assumptions
 * a record's forecast kept, the share of the tax it expected back by a month of it, and when it
 * would pay back at another win-back.
 */
import { businessCase, monthsOf, type BusinessCase } from '../business/business-case.ts';
import type { Framework } from '../framework/schema.ts';
import { ASSUMPTION_KEYS, type Answers } from '../inputs/fields.ts';
import { forecastOf, type RecordForecast } from '../records/forecast.ts';

/** The case made from `answers` at the forecast's own team, horizon and assumptions. */
export function caseAtForecast(answers: Answers, forecast: RecordForecast, framework: Framework, recoveryPercent?: number): BusinessCase {
  const kept: Partial<Answers> = {};
  for (const key of ASSUMPTION_KEYS) if (forecast.assumptions[key] !== undefined) kept[key] = forecast.assumptions[key];
  if (recoveryPercent !== undefined) kept.expectedRecoveryPercent = recoveryPercent;
  return businessCase({ ...answers, ...kept, horizonMonths: forecast.horizonMonths, proposedTeamSize: forecast.teamSize }, framework);
}

/** The forecast a record kept, or the one its answers make at today's framework (reconstructed). */
export function forecastFor(
  answers: Answers,
  kept: RecordForecast | undefined,
  framework: Framework,
): { forecast: RecordForecast; reconstructed: boolean } {
  return kept ? { forecast: kept, reconstructed: false } : { forecast: forecastOf(businessCase(answers, framework)), reconstructed: true };
}

/**
 * The share of the tax then (0..1) the case expected back in each month: that month's capacity won
 * back over the tax. Read from the case's months, so it follows whatever the model says about ramp,
 * adoption and reach.
 */
export function taxShareBack(c: BusinessCase, answers: Answers): number[] {
  const tax = (answers.teamSize * answers.infraTimeShare) / 100;
  return monthsOf(c).map((m) => (tax > 0 ? m.engineerMonths.capacityValue / tax : 0));
}

/** A month of such a curve: 0 before the first, the last month's after the horizon. */
export function inMonth(curve: readonly number[], month: number): number {
  return month < 1 || curve.length === 0 ? 0 : curve[Math.min(month, curve.length) - 1]!;
}

/** The payback month at another win-back (percent of the tax), the rest of the case unchanged; null when none within the horizon. */
export function paybackAt(answers: Answers, forecast: RecordForecast, framework: Framework, recoveryPercent: number): number | null {
  return caseAtForecast(answers, forecast, framework, recoveryPercent).timeline.paybackMonth;
}
