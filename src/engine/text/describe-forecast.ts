/**
 * A platform team against its forecast in words (history/forecast.ts): the case made before the
 * team formed, each later review against it, and what the records cannot tell. The unit's page,
 * the organisation's page, `assess history`, `assess compare` and the page's comparison all say
 * these sentences.
 */
import { addMonths } from '../calendar/dates.ts';
import type { ForecastCheck, ForecastMade, ForecastReview } from '../history/forecast.ts';
import type { TeamShare } from '../history/shared-team.ts';
import { groupDigits, moneyText } from './numbers.ts';

export interface ForecastText {
  /** The case as made: its team, win-back and payback, at which framework (kept or reconstructed). */
  made: string;
  /** One sentence per later review with the team, oldest first. */
  reviews: { slug: string; on: string; status: ForecastReview['status']; text: string; short: string }[];
  /** What the records cannot tell. */
  limits: string;
}

const engineers = (n: number) => `${groupDigits(n)} ${n === 1 ? 'engineer' : 'engineers'}`;
const fte = (n: number) => groupDigits(Math.round(n * 10) / 10);
const perYear = (amount: number | null, currency: string | null) => (amount === null ? '' : ` (${moneyText(amount, currency)} a year)`);
/** "30%; 900,000 EUR a year": a share and, with a cost, the money it comes to. */
const shareAndMoney = (share: number, amount: number | null, currency: string | null) =>
  `(${groupDigits(share)}%${amount === null ? '' : `; ${moneyText(amount, currency)} a year`})`;
const timeOf = (n: number) => `${fte(n)} ${Math.round(n * 10) / 10 === 1 ? "engineer's" : "engineers'"}`;
const month = (n: number) => `month ${n}`;
const monthsText = (n: number) => `${groupDigits(n)} ${n === 1 ? 'month' : 'months'}`;

function paybackOf(m: ForecastMade): string {
  const f = m.forecast;
  switch (f.paybackStatus) {
    case 'pays-back':
      return `paying back in ${month(f.paybackMonth ?? 0)} (${addMonths(m.on, f.paybackMonth ?? 0).slice(0, 7)})`;
    case 'never-behind':
      return 'ahead from the first month';
    case 'not-within-horizon':
      return `not paying back within its ${f.horizonMonths} months`;
    case 'nothing-at-stake':
      return 'with nothing to win back';
  }
}

function madeText(m: ForecastMade): string {
  const f = m.forecast;
  const a = f.assumptions;
  const where = m.reconstructed
    ? `reconstructed at today's framework ${m.frameworkVersion}: the record kept no forecast`
    : `framework ${m.frameworkVersion}, as the record kept it`;
  // The month the model reaches its full win-back, with the assumptions that put it there.
  const timing = [
    a.staffingMonths === undefined ? null : `${monthsText(a.staffingMonths)} to staff the team`,
    a.rampDelayMonths === undefined ? null : `${monthsText(a.rampDelayMonths)} before any value`,
    a.rampMonths === undefined ? null : `a ${groupDigits(a.rampMonths)}-month ramp`,
  ].filter((t) => t !== null);
  const ramp = m.fullMonth === null ? '' : ` from ${month(m.fullMonth)}${timing.length ? ` (${timing.join(', ')})` : ''}`;
  const reach = f.reachPercent !== undefined && f.reachPercent < 100 ? `, reaching ${groupDigits(f.reachPercent)}% of the engineers,` : '';
  return (
    `The case made on ${m.on}, before the team formed (${where}): a team of ${engineers(f.teamSize)}${reach} winning back ` +
    `${groupDigits(a.expectedRecoveryPercent ?? 0)}% of the tax${f.reachPercent !== undefined && f.reachPercent < 100 ? ' it reaches' : ''} (plausible ${groupDigits(f.winBackRange.low)}% to ${groupDigits(f.winBackRange.high)}%) ` +
    `at full adoption${ramp}: ${timeOf(f.winBackFte)} time of the ${fte(f.taxFte)} the tax took${perYear(f.winBackMoney ?? null, f.currency ?? null)}, ${paybackOf(m)}.`
  );
}

/** "ahead by 8.8 engineers (1,320,000 EUR a year)": the verdict and the gap, as a table cell says it. */
export function statusText(r: ForecastReview): string {
  const gap = `${fte(Math.abs(r.gapFte))} ${Math.abs(r.gapFte) === 1 ? 'engineer' : 'engineers'}${perYear(r.gapMoney === null ? null : Math.abs(r.gapMoney), r.currency)}`;
  if (r.status === 'ahead') return `ahead by ${gap}`;
  if (r.status === 'behind') return `behind by ${gap}`;
  return r.gapFte === 0 ? 'on track' : `on track, ${gap} ${r.gapFte > 0 ? 'above' : 'below'} the projection`;
}

/** "4.5 engineers back", or, when the share grew, "1.2 engineers' more time on infrastructure". */
export function measuredShort(r: ForecastReview): string {
  return r.measuredFte >= 0
    ? `${fte(r.measuredFte)} ${r.measuredFte === 1 ? 'engineer' : 'engineers'} back`
    : `${fte(-r.measuredFte)} more engineers' time on infrastructure`;
}

/** The win-back measured, or, when the share grew, the time lost to infrastructure since. */
function backText(r: ForecastReview): string {
  const money = r.measuredMoney === null ? null : Math.abs(r.measuredMoney);
  if (r.measuredFte >= 0) return `${timeOf(r.measuredFte)} time is back${perYear(money, r.currency)}`;
  return `none is back: ${fte(-r.measuredFte)} more engineers' time goes to infrastructure than then${perYear(money, r.currency)},`;
}

/** "a win-back of 42% of the tax it reaches, within the plausible 25% to 75%": what the pace implies, against the case's range. */
function paceWinBack(m: ForecastMade, percent: number): string {
  const { low, high } = m.forecast.winBackRange;
  const where = percent > high ? 'above' : percent < low ? 'below' : 'within';
  const reaches = m.forecast.reachPercent !== undefined && m.forecast.reachPercent < 100 ? ' it reaches' : '';
  const more = percent > 100 ? ': more than all of it, so other causes moved the share too; the payback is at 100%' : '';
  return `a win-back of ${groupDigits(percent)}% of the tax${reaches}, ${where} the plausible ${groupDigits(low)}% to ${groupDigits(high)}%${more}`;
}

/** A shared team's share beside the case's own team: the case's cost and paybacks are for a team this unit had alone. */
function sharedText(m: ForecastMade, r: ForecastReview): string {
  if (!r.sharedTeam) return '';
  return (
    ` The team is shared: this unit is charged ${groupDigits(r.sharedTeam.share)} of its ${engineers(r.sharedTeam.size)}, ` +
    `where the case priced ${engineers(m.forecast.teamSize)} for this unit alone, so the paybacks here are at the case's cost.`
  );
}

function forecastReviewText(m: ForecastMade, r: ForecastReview): string {
  const at = r.pacePercent === undefined ? '' : ` (${paceWinBack(m, r.pacePercent)})`;
  const pace =
    r.paceMonth === undefined
      ? ''
      : r.paceMonth === null
        ? ` At the pace measured${at}, the case would not pay back within ${m.forecast.horizonMonths} months.`
        : ` At the pace measured${at}, the case would pay back in ${month(r.paceMonth)}${m.forecast.paybackMonth ? ` (forecast: ${month(m.forecast.paybackMonth)})` : ''}.`;
  return (
    `${r.on}, ${month(r.month)} of the case: the tax went from ${fte(m.forecast.taxFte)} engineers ${shareAndMoney(m.sharePercent, m.taxMoney, m.currency)} ` +
    `to ${fte(r.taxFte)} ${shareAndMoney(r.sharePercent, r.taxMoney, r.currency)}. ` +
    `Counted at this review's ${engineers(r.engineers)}, ${backText(r)} ` +
    `${r.highFte === 0 ? 'where the case expected none back yet' : `where the case expected ${fte(r.projectedFte)} by now (${fte(r.lowFte)} to ${fte(r.highFte)})`}: ${statusText(r)}.${pace}${sharedText(m, r)}`
  );
}

export const FORECAST_LIMITS =
  'What the records cannot tell: the shares of time are people’s own estimates, not measured hours; the change may have other causes ' +
  '(hiring, a migration finishing, work moved to other teams); a review shows where things stood that day, not the months between; ' +
  'and time back is capacity, not money saved.';

export function describeForecast(check: ForecastCheck): ForecastText {
  return {
    made: madeText(check.made),
    reviews: check.reviews.map((r) => ({
      slug: r.slug,
      on: r.on,
      status: r.status,
      text: forecastReviewText(check.made, r),
      short: statusText(r),
    })),
    limits: FORECAST_LIMITS,
  };
}

/**
 * A unit's share of a platform team it shares: said beside its business case, at the precision the
 * case prices it (hundredths), so the share here and "Platform team priced" name the same figure.
 */
export function sharedTeamText(s: TeamShare): string {
  const others = s.split.slice(1).map((u) => u.unit);
  const split = s.split.map((u) => `${u.unit} ${groupDigits(u.engineers)}`).join(', ');
  const missing = s.unrecorded.length
    ? `; ${s.unrecorded.join(', ')} had no record by then and ${s.unrecorded.length === 1 ? 'takes' : 'take'} no share`
    : '';
  return (
    `Shared platform team “${s.team}” (${engineers(s.size)})${others.length ? `, serving this unit with ${others.join(', ')}` : ''}: ` +
    `its cost is split by engineers (${split}${missing}), so this unit's business case prices ${groupDigits(s.share)} of its ${engineers(s.size)}.`
  );
}
