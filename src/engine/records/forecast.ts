/**
 * The business case as the engine made it on a record's day, kept in the record (`forecast:`), so
 * that a later framework never rewrites what was forecast: the team it priced, the assumptions it
 * used (with the win-back's plausible range), and its figures. Every writer (`--save`, merge, the
 * page's Download YAML) adds it; a record without one is reconstructed at today's framework.
 * No zod here: the page builds it in the browser (forecast-schema.ts validates it).
 */
import type { BusinessCase } from '../business/business-case.ts';
import type { AssessmentRecord } from './record-schema.ts';

/** The team the case priced, its horizon, the tax then, the win-back expected at full adoption
 * (engineers, and money a year with a cost), the payback, each assumption as used and the win-back's
 * plausible range (percent of the tax) that "on track" is judged by. */
export type RecordForecast = NonNullable<AssessmentRecord['forecast']>;

const tenth = (n: number) => Math.round(n * 10) / 10;

export function forecastOf(c: BusinessCase): RecordForecast {
  const recovery = c.assumptions.find((a) => a.key === 'expectedRecoveryPercent');
  const t = c.timeline;
  const forecast: RecordForecast = {
    teamSize: tenth(c.teamSize),
    horizonMonths: c.horizonMonths,
    taxFte: c.taxFte,
    winBackFte: c.winBackFte,
    reachPercent: c.reachPercent,
    winBackMoney: c.winBackMoney ?? undefined,
    currency: c.winBackMoney === null ? undefined : (c.currency ?? undefined),
    paybackMonth: t.paybackMonth ?? undefined,
    paybackStatus: t.paybackStatus,
    assumptions: Object.fromEntries(c.assumptions.map((a) => [a.key, a.value])),
    winBackRange: { low: recovery?.low ?? 0, high: recovery?.high ?? 100 },
  };
  return Object.fromEntries(Object.entries(forecast).filter(([, v]) => v !== undefined)) as unknown as RecordForecast;
}

/** The record with the case made on its day; the writers call this last, after the answers are final. */
export function withForecast<R extends AssessmentRecord>(record: R, c: BusinessCase): R {
  return { ...record, forecast: forecastOf(c) };
}
