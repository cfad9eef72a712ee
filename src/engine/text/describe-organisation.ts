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
  const at = t.shared ? " at each unit's engineer cost" : " at its unit's engineer cost";
  const cost = t.money.length
    ? `${listMoney(t.money)} a year${at}${t.uncostedPeople > 0 ? `, besides ${people(t.uncostedPeople)} in units that give no cost` : ''}`
    : 'no engineer cost given';
  if (!t.shared) return `${t.name}: ${people(t.size)} (${cost}).`;
  const serves = t.serves.map((s) => s.unit).join(', ');
  return `${t.name}, shared: ${people(t.size)} serving ${serves}, priced once and split by engineers (${cost}).`;
}

/**
 * When the cases made before the teams formed priced more (or fewer) people than the teams serving
 * those units have: each unit's case prices a team of its own, so units that came to share one
 * expect together what a larger team would win back; a team may also form smaller than proposed.
 */
function teamsPriced(o: Organisation): string {
  const slugs = new Set(o.forecasts.map((f) => f.slug));
  const priced = o.forecasts.reduce((n, f) => n + f.check.made.forecast.teamSize, 0);
  const have = o.teams.filter((t) => t.serves.some((s) => slugs.has(s.slug))).reduce((n, t) => n + t.size, 0);
  if (have === 0 || Math.abs(priced - have) < 0.05) return '';
  const more = priced > have;
  if (o.forecasts.length === 1) {
    const one = o.forecasts[0]!;
    return (
      ` The case priced a team of ${people(priced)}; the platform team serving ${one.unit} has ${groupDigits(have)}` +
      (more ? ': the case expected what more people would win back.' : ': it costs more than the case priced.')
    );
  }
  const each = o.forecasts.map((f) => `${f.unit} ${groupDigits(f.check.made.forecast.teamSize)}`).join(', ');
  return (
    ` The cases priced ${people(priced)} in all (${each}); the platform teams serving these units have ${groupDigits(have)}` +
    (more ? ': the cases expected what more people would win back.' : ': they cost more than the cases priced.')
  );
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
  const priced = teamsPriced(o);
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
      ? `Across ${countText(o.forecasts.length, 'unit')} whose platform team formed: ${people(measured)} back by their latest reviews, where the cases expected ${people(projected)}.${priced}`
      : null,
    forecastLimits: o.forecasts.length ? FORECAST_LIMITS : null,
    overdue: o.overdue.length ? `Reviews overdue: ${groupDigits(o.overdue.length)}: ${named.join(', ')}${more}.` : 'No review overdue.',
  };
}
