/**
 * An organisation in words (history/organisation.ts): its units and recommendations, the tax, its
 * platform teams and what they cost, each team's forecast against the win-back measured since,
 * and the reviews overdue. The organisation's page and `assess history --org` say these sentences.
 */
import type { Framework } from '../framework/schema.ts';
import type { Organisation, OrganisationTeam } from '../history/organisation.ts';
import { countText } from '../words.ts';
import { FORECAST_LIMITS, measuredShort, statusText } from './describe-forecast.ts';
import { groupDigits, moneyText } from './numbers.ts';

export interface OrganisationText {
  name: string;
  /** Said when the organisation is the shipped example. */
  example: string | null;
  units: string;
  tax: string;
  /** Each team: the slug of the unit it belongs to (own teams) or null (shared, said on the first page). */
  teams: { slug: string | null; text: string }[];
  /** Each unit whose team formed, keyed by the unit's slug: the latest review against the forecast. */
  forecasts: { slug: string; unit: string; text: string }[];
  forecastTotal: string | null;
  forecastLimits: string | null;
  overdue: string;
}

/** How many overdue units are named; the rest are counted. */
const OVERDUE_NAMED = 10;

const people = (n: number) => {
  const tenth = Math.round(n * 10) / 10;
  return `${groupDigits(tenth)} ${tenth === 1 ? 'engineer' : 'engineers'}`;
};
const listMoney = (list: readonly { currency: string | null; amount: number }[]) =>
  list.map((m) => moneyText(m.amount, m.currency)).join(' + ');

function teamText(t: OrganisationTeam): string {
  const cost = t.money.length
    ? `${listMoney(t.money)} a year${t.uncostedPeople > 0 ? `, besides ${people(t.uncostedPeople)} in units that give no cost` : ''}`
    : 'no engineer cost given';
  if (!t.shared) return `${t.name}: ${people(t.size)} (${cost}).`;
  const serves = t.serves.map((s) => s.unit).join(', ');
  return `${t.name}, shared: ${people(t.size)} serving ${serves}, priced once and split by engineers (${cost}).`;
}

export function describeOrganisation(o: Organisation, framework: Framework): OrganisationText {
  const s = o.summary;
  const byRec = s.byRecommendation
    .filter((r) => r.units > 0)
    .map((r) => `${framework.recommendations[r.recommendation].label} ${groupDigits(r.units)}`)
    .join(', ');
  const costed = s.taxMoney.reduce((n, m) => n + m.units, 0);
  const money = s.taxMoney.length
    ? `; ${listMoney(s.taxMoney)} a year (${groupDigits(costed)} of ${countText(s.units, 'unit')} ${costed === 1 ? 'gives' : 'give'} an engineer cost)`
    : '; no unit gives an engineer cost, so no money figure';
  const forecasts = o.forecasts.map((f) => {
    const r = f.check.reviews.at(-1)!;
    return {
      slug: f.slug,
      unit: f.unit,
      text: `${f.unit}: ${statusText(r)} at ${r.on}, month ${r.month} of the case made on ${f.check.made.on} (${measuredShort(r)}, where it expected ${groupDigits(r.projectedFte)} back).`,
    };
  });
  const measured = o.forecasts.reduce((n, f) => n + f.check.reviews.at(-1)!.measuredFte, 0);
  const projected = o.forecasts.reduce((n, f) => n + f.check.reviews.at(-1)!.projectedFte, 0);
  const named = o.overdue.slice(0, OVERDUE_NAMED).map((r) => `${r.unit ?? '(whole organisation)'} (${countText(r.daysOverdue, 'day')})`);
  const more = o.overdue.length > OVERDUE_NAMED ? ` and ${groupDigits(o.overdue.length - OVERDUE_NAMED)} more` : '';
  return {
    name: o.name,
    example: o.example
      ? 'This is the shipped example (its organisation file says example: true): it is kept out of the portfolio’s totals and reviews due. Delete its folder under assessments/ to remove it.'
      : null,
    units: `${countText(s.units, 'unit')}, ${countText(s.assessments, 'assessment')}; latest recommendations: ${byRec}.`,
    tax: `Operational tax: ${people(s.taxFte)}${money}.`,
    teams: o.teams.length
      ? o.teams.map((t) => ({ slug: t.shared ? null : (t.serves[0]?.slug ?? null), text: teamText(t) }))
      : [{ slug: null, text: 'No platform team in the latest records.' }],
    forecasts,
    forecastTotal: o.forecasts.length
      ? `Across ${countText(o.forecasts.length, 'unit')} whose platform team formed: ${people(measured)} back by their latest reviews, where the cases expected ${people(projected)}.`
      : null,
    forecastLimits: o.forecasts.length ? FORECAST_LIMITS : null,
    overdue: o.overdue.length ? `Reviews overdue: ${groupDigits(o.overdue.length)}: ${named.join(', ')}${more}.` : 'No review overdue.',
  };
}
