/**
 * A platform team against its forecast: the case made at the last review before the team formed
 * (as the record kept it, or reconstructed at today's framework for an older record), against
 * what each later review with the team measured. The share of time on infrastructure is what
 * records measure, so the win-back is the fall in that share, counted at the later review's
 * engineers (and its cost, where one is given), beside what the case expected by that month.
 * Ahead or behind means outside the range the win-back's plausible low and high give.
 */
import { hasPlatformTeam } from '../business/business-case.ts';
import { daysBetween } from '../calendar/dates.ts';
import type { TeamShare } from './shared-team.ts';
import type { Framework } from '../framework/schema.ts';
import type { RecordForecast } from '../records/forecast.ts';
import { caseAtForecast, forecastFor, inMonth, paybackAt, taxShareBack } from './forecast-case.ts';
import { platformTeamFormed } from './formation.ts';
import type { Entry } from './history.ts';
import type { EntryResult } from './entry-result.ts';

/** What a forecast is read from: a timeline's entry, or a record worked out alone (assess compare, the page). */
export type Reviewed = Pick<Entry, 'record' | 'answers' | 'slug'> & {
  result: Pick<EntryResult, 'businessCase' | 'framework'>;
  /** The unit's share of a platform team it shares at this review (history/shared-team.ts), when known. */
  sharedTeam?: TeamShare | null;
};

type ForecastStatus = 'ahead' | 'on-track' | 'behind';

export interface ForecastMade {
  on: string;
  slug: string;
  /** The framework the forecast was made with: the record's, or today's when reconstructed. */
  frameworkVersion: string;
  reconstructed: boolean;
  forecast: RecordForecast;
  /** The month the case reaches its full win-back (staffing, the months before any value and the ramp done); null when it wins back nothing. */
  fullMonth: number | null;
  /** The share of developer time on infrastructure then, percent. */
  sharePercent: number;
  taxMoney: number | null;
  currency: string | null;
}

export interface ForecastReview {
  on: string;
  slug: string;
  /** Whole months from the forecast to this review, to the nearest. */
  month: number;
  sharePercent: number;
  taxFte: number;
  taxMoney: number | null;
  engineers: number;
  /** Capacity back by now: the fall in the share, at this review's engineers. */
  measuredFte: number;
  /** What the case expected back by this month, and its range at the win-back's plausible low and high. */
  projectedFte: number;
  lowFte: number;
  highFte: number;
  /** Money a year at this review's cost; null without one. */
  measuredMoney: number | null;
  projectedMoney: number | null;
  currency: string | null;
  status: ForecastStatus;
  /** measured - projected. */
  gapFte: number;
  gapMoney: number | null;
  /** The payback month at the pace measured (null: not within the horizon); undefined when too early to say. */
  paceMonth: number | null | undefined;
  /** The win-back (percent of the tax where the team reaches) that pace implies, over 100 when the fall is more than the team could win back; undefined when too early to say. */
  pacePercent: number | undefined;
  /** The team at this review is shared: the unit's share of it and its whole size, people. The case priced a team for this unit alone. */
  sharedTeam: { share: number; size: number } | null;
}

export interface ForecastCheck {
  made: ForecastMade;
  reviews: ForecastReview[];
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * The nearest whole month from a to b. Reviews keep a six-month rhythm give or take some days, and
 * calendar months run 28 to 31 days: a review a few days either side of the mark is that month of
 * the case, at six months as at twelve.
 */
function monthsFrom(a: string, b: string): number {
  return Math.max(0, Math.round(daysBetween(a, b) / 30.4375));
}

/** The share of the tax then the case expected back each month: at its win-back, and at the win-back's plausible low and high. */
interface ForecastCurves {
  expected: number[];
  low: number[];
  high: number[];
}

function forecastCurves(made: ForecastMade, before: Pick<Entry, 'answers'>, framework: Framework): ForecastCurves {
  const f = made.forecast;
  const curve = (recoveryPercent?: number) => taxShareBack(caseAtForecast(before.answers, f, framework, recoveryPercent), before.answers);
  return { expected: curve(), low: curve(f.winBackRange.low), high: curve(f.winBackRange.high) };
}

/** The forecast made at `before` (a review without a team) against `after` (a later one with it). */
function reviewAgainst(
  made: ForecastMade,
  before: Pick<Entry, 'answers'>,
  after: Reviewed,
  framework: Framework,
  curves: ForecastCurves,
): ForecastReview {
  const f = made.forecast;
  const month = monthsFrom(made.on, after.record.assessedOn);
  const expected = inMonth(curves.expected, month);
  const shareThen = before.answers.infraTimeShare / 100;
  const shareNow = after.answers.infraTimeShare / 100;
  const engineers = after.answers.teamSize;
  const recovery = f.assumptions.expectedRecoveryPercent ?? 0;
  const at = (fraction: number) => shareThen * fraction * engineers;
  const measured = (shareThen - shareNow) * engineers;
  const projected = at(expected);
  const measuredFte = tenth(measured);
  const projectedFte = tenth(projected);
  const lowFte = tenth(expected > 0 ? at(inMonth(curves.low, month)) : 0);
  const highFte = tenth(expected > 0 ? at(inMonth(curves.high, month)) : 0);
  const cost = after.answers.engineerCost ?? null;
  const money = (fte: number) => (cost === null ? null : Math.round(fte * cost));
  const gap = measured - projected;
  const bc = after.result.businessCase;
  const status: ForecastStatus = measuredFte > highFte ? 'ahead' : measuredFte < lowFte ? 'behind' : 'on-track';
  // At the pace measured: the win-back (percent of the tax) this review implies, once the case expected any;
  // the case is priced at 100% at most, and the pace is said as measured, over 100% included.
  const pace = expected > 0 && shareThen > 0 ? Math.max(0, (recovery * (shareThen - shareNow)) / shareThen / expected) : undefined;
  const implied = pace === undefined ? undefined : Math.min(100, pace);
  return {
    on: after.record.assessedOn,
    slug: after.slug,
    month,
    sharePercent: after.answers.infraTimeShare,
    taxFte: bc.taxFte,
    taxMoney: bc.taxMoney,
    engineers,
    measuredFte,
    projectedFte,
    lowFte,
    highFte,
    measuredMoney: money(measured),
    projectedMoney: money(projected),
    currency: cost === null ? null : (after.answers.currency ?? null),
    status,
    gapFte: tenth(gap),
    gapMoney: money(gap),
    paceMonth: implied === undefined ? undefined : paybackAt(before.answers, f, framework, implied),
    pacePercent: pace === undefined ? undefined : Math.round(pace),
    sharedTeam: after.sharedTeam ? { share: after.sharedTeam.share, size: after.sharedTeam.size } : null,
  };
}

/** The first month a curve reaches its highest, 1-based; null for a curve that stays at zero. */
function fullMonthOf(curve: readonly number[]): number | null {
  const top = Math.max(0, ...curve);
  return top > 0 ? curve.findIndex((v) => v >= top - 1e-9) + 1 : null;
}

/** The forecast made at a review, as kept or reconstructed, with the curves the case expected. */
function forecastMade(entry: Reviewed, framework: Framework): { made: ForecastMade; curves: ForecastCurves } {
  const { forecast, reconstructed } = forecastFor(entry.answers, entry.record.forecast, framework);
  const bc = entry.result.businessCase;
  const made: ForecastMade = {
    on: entry.record.assessedOn,
    slug: entry.slug,
    frameworkVersion: reconstructed ? framework.version : (entry.record.frameworkVersion ?? entry.result.framework.version),
    reconstructed,
    forecast,
    fullMonth: null,
    sharePercent: entry.answers.infraTimeShare,
    taxMoney: bc.taxMoney,
    currency: bc.taxMoney === null ? null : bc.currency,
  };
  const curves = forecastCurves(made, entry, framework);
  made.fullMonth = fullMonthOf(curves.expected);
  return { made, curves };
}

/**
 * The unit's forecast against what happened: null unless its records show a team forming (a review
 * that said there was none, then one with a team). Every later review with the team is measured.
 */
export function forecastCheck(entries: readonly Entry[], framework: Framework): ForecastCheck | null {
  // A unit's page and its organisation's both ask: worked out once per timeline and framework.
  const byFramework = checked.get(entries) ?? new WeakMap<Framework, ForecastCheck | null>();
  checked.set(entries, byFramework);
  if (byFramework.has(framework)) return byFramework.get(framework)!;
  const formation = platformTeamFormed(entries);
  let check: ForecastCheck | null = null;
  if (formation?.without) {
    const { made, curves } = forecastMade(formation.without, framework);
    const reviews = entries
      .slice(entries.indexOf(formation.with))
      .filter((e) => hasPlatformTeam(e.answers))
      .map((e) => reviewAgainst(made, formation.without!, e, framework, curves));
    check = { made, reviews };
  }
  byFramework.set(framework, check);
  return check;
}

const checked = new WeakMap<readonly Entry[], WeakMap<Framework, ForecastCheck | null>>();

/**
 * Two records compared (assess compare, the page's comparison): when the earlier said there was no
 * platform team and the later has one, the earlier's forecast against the later; else null.
 */
export function comparedForecast(before: Reviewed, after: Reviewed, framework: Framework): ForecastCheck | null {
  if (before.answers.hasPlatformTeam !== false || !hasPlatformTeam(after.answers)) return null;
  const { made, curves } = forecastMade(before, framework);
  return { made, reviews: [reviewAgainst(made, before, after, framework, curves)] };
}
