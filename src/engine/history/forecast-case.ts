/**
 * The one place the history asks the business case about a past forecast (business/ is being
 * reworked; this adapter is what follows it): the case re-run at the team, horizon and assumptions
 * a record's forecast kept, how far adoption had come by a month of it, and when it would pay back
 * at another win-back.
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

/** The share of the full win-back the case expected by `month` (0 before it starts, the last month's after the horizon). */
export function adoptionBy(c: BusinessCase, month: number): number {
  const months = monthsOf(c);
  if (month < 1) return 0;
  return months[Math.min(month, months.length) - 1]?.adoption ?? 0;
}

/** The payback month at another win-back (percent of the tax), the rest of the case unchanged; null when none within the horizon. */
export function paybackAt(answers: Answers, forecast: RecordForecast, framework: Framework, recoveryPercent: number): number | null {
  return caseAtForecast(answers, forecast, framework, recoveryPercent).timeline.paybackMonth;
}
