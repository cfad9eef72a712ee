/**
 * An organisation as a whole: its units (the portfolio's rows, so nothing is counted twice), the
 * tax over them, its platform teams and what they cost (a shared team once, each unit's own team
 * too), each team's forecast against the win-back measured since, and the reviews overdue.
 * Pages of units are bounded like a unit's pages of assessments.
 */
import { hasPlatformTeam } from '../business/business-case.ts';
import type { Framework, Recommendation } from '../framework/schema.ts';
import type { OrganisationFile } from '../records/organisation-schema.ts';
import { nameKey, nameSlug, unitKey } from '../records/slug.ts';
import { forecastCheck, type ForecastCheck } from './forecast.ts';
import type { UnitHistory } from './history.ts';
import { portfolioRows, portfolioSummary, type PortfolioRow, type PortfolioSummary } from './portfolio.ts';

export interface OrganisationTeam {
  name: string;
  size: number;
  shared: boolean;
  /** The units it serves, by their timelines' names and slugs. */
  serves: { unit: string; slug: string }[];
  /** A year, per currency, at each served unit's cost (its share of the team for a shared one). */
  money: { currency: string | null; amount: number }[];
  /** People of the team whose unit gives no engineer cost, so not in `money`. */
  uncostedPeople: number;
}

interface OrganisationForecast {
  unit: string;
  slug: string;
  check: ForecastCheck;
}

export interface Organisation {
  slug: string;
  name: string;
  example: boolean;
  rows: PortfolioRow[];
  summary: PortfolioSummary;
  teams: OrganisationTeam[];
  forecasts: OrganisationForecast[];
  /** Overdue units, most overdue first. */
  overdue: PortfolioRow[];
}

/** Units per page of an organisation's list; the first page carries the summary too. */
const UNITS_PER_PAGE = 50;

const unitName = (t: Pick<UnitHistory, 'unit' | 'organization'>) => t.unit ?? '(whole organisation)';

function addMoney(list: OrganisationTeam['money'], currency: string | null, amount: number): void {
  const found = list.find((m) => m.currency === currency);
  if (found) found.amount += amount;
  else list.push({ currency, amount });
}

function teamsOf(timelines: readonly UnitHistory[], file: OrganisationFile | undefined): OrganisationTeam[] {
  const teams: OrganisationTeam[] = [];
  const byKey = new Map(timelines.map((t) => [unitKey(t.organization, t.unit), t]));
  for (const spec of file?.platformTeams ?? []) {
    const team: OrganisationTeam = { name: spec.name, size: spec.size, shared: true, serves: [], money: [], uncostedPeople: 0 };
    for (const name of spec.serves) {
      const t = byKey.get(unitKey(file!.organization, name));
      if (!t) continue;
      team.serves.push({ unit: unitName(t), slug: t.slug });
      const last = t.entries.at(-1)!;
      const share = last.sharedTeam;
      if (!share) continue;
      const cost = last.answers.engineerCost;
      if (cost === undefined) team.uncostedPeople += share.share;
      else addMoney(team.money, last.answers.currency ?? null, Math.round(share.share * cost));
    }
    teams.push(team);
  }
  for (const t of timelines) {
    const last = t.entries.at(-1)!;
    if (last.sharedTeam || !hasPlatformTeam(last.answers) || last.answers.platformTeamSize === undefined) continue;
    const size = last.answers.platformTeamSize;
    const cost = last.answers.engineerCost;
    teams.push({
      name: `${unitName(t)}'s own team`,
      size,
      shared: false,
      serves: [{ unit: unitName(t), slug: t.slug }],
      money: cost === undefined ? [] : [{ currency: last.answers.currency ?? null, amount: Math.round(size * cost) }],
      uncostedPeople: cost === undefined ? size : 0,
    });
  }
  return teams;
}

/** Every organisation with its units, in name order; slugs unique. */
export function organisations(
  timelines: readonly UnitHistory[],
  files: readonly OrganisationFile[],
  framework: Framework,
  recommendations: readonly Recommendation[],
): Organisation[] {
  const groups = new Map<string, UnitHistory[]>();
  for (const t of timelines) {
    const key = nameKey(t.organization);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  const filesByKey = new Map(files.map((f) => [nameKey(f.organization), f]));
  return [...groups.entries()]
    .sort(([, a], [, b]) => a[0]!.organization.localeCompare(b[0]!.organization))
    .map(([key, list]) => {
      const rows = portfolioRows(list);
      // The same stable slug as a unit's organisation part: it never depends on which other organisations exist.
      const slug = nameSlug(list[0]!.organization);
      return {
        slug,
        name: list[0]!.organization,
        example: list[0]!.example,
        rows,
        summary: portfolioSummary(rows, recommendations),
        teams: teamsOf(list, filesByKey.get(key)),
        forecasts: list.flatMap((t) => {
          const check = forecastCheck(t.entries, framework);
          return check && check.reviews.length ? [{ unit: unitName(t), slug: t.slug, check }] : [];
        }),
        overdue: rows.filter((r) => r.daysOverdue > 0).sort((a, b) => b.daysOverdue - a.daysOverdue),
      };
    });
}

export function organisationUrl(o: Pick<Organisation, 'slug'>, page = 1): string {
  return page === 1 ? `/organisations/${o.slug}/` : `/organisations/${o.slug}/page/${page}/`;
}

/** The organisation's units in pages of UNITS_PER_PAGE, in the portfolio's order. */
export function organisationPages(o: Organisation, size = UNITS_PER_PAGE): { number: number; rows: PortfolioRow[]; of: number }[] {
  const of = Math.max(1, Math.ceil(o.rows.length / size));
  return Array.from({ length: of }, (_, i) => ({ number: i + 1, rows: o.rows.slice(i * size, (i + 1) * size), of }));
}
