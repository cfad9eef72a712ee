/**
 * The portfolio: one row per unit (its latest recommendation and since when, the operational tax,
 * the change since the previous review, the next review) and the counts over all of them. Pure:
 * the /history/ page renders it, and a test holds its counts to `assess check`'s.
 */
import type { Recommendation } from '../framework/schema.ts';
import { nameKey } from '../records/slug.ts';
import type { UnitHistory } from './history.ts';

export interface PortfolioRow {
  slug: string;
  organization: string;
  /** The organisation as names are compared (nameKey): "ACME corp" and "Acme  Corp" are one. */
  organizationKey: string;
  unit: string | null;
  assessments: number;
  recommendation: Recommendation;
  /** The first assessment of the latest unbroken run of this recommendation. */
  since: string;
  latestOn: string;
  taxFte: number;
  /** A year, in `currency`; null when the latest record gives no engineer cost. */
  taxMoney: number | null;
  currency: string | null;
  /** The tax in engineers minus the previous review's; null for a unit's first review. */
  taxChange: number | null;
  /** The recommendation of the previous review when it differed. */
  changedFrom: Recommendation | null;
  nextReviewOn: string;
  daysOverdue: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
/** A name as one line with single spaces, for an option people pick from. */
const oneLine = (name: string) => name.replace(/\s+/g, ' ').trim();

function portfolioRow(t: UnitHistory): PortfolioRow {
  const last = t.entries.at(-1)!;
  const previous = t.entries.at(-2);
  let start = t.entries.length - 1;
  while (start > 0 && t.entries[start - 1]!.result.recommendation === last.result.recommendation) start--;
  const bc = last.result.businessCase;
  return {
    slug: t.slug,
    organization: t.organization,
    organizationKey: nameKey(t.organization),
    unit: t.unit,
    assessments: t.entries.length,
    recommendation: last.result.recommendation,
    since: t.entries[start]!.record.assessedOn,
    latestOn: last.record.assessedOn,
    taxFte: round(bc.taxFte),
    taxMoney: bc.taxMoney,
    currency: bc.taxMoney === null ? null : bc.currency,
    taxChange: previous ? round(bc.taxFte - previous.result.businessCase.taxFte) : null,
    changedFrom: last.changed ? last.changed.from : null,
    nextReviewOn: t.nextReviewOn,
    daysOverdue: t.daysOverdue,
  };
}

/** Overdue first, the most overdue first: the order of the next review dates; then by name. */
export function portfolioRows(timelines: readonly UnitHistory[]): PortfolioRow[] {
  return timelines
    .map(portfolioRow)
    .sort(
      (a, b) =>
        a.nextReviewOn.localeCompare(b.nextReviewOn) ||
        a.organization.localeCompare(b.organization) ||
        (a.unit ?? '').localeCompare(b.unit ?? ''),
    );
}

export interface PortfolioSummary {
  units: number;
  assessments: number;
  byRecommendation: { recommendation: Recommendation; units: number }[];
  overdue: number;
  taxFte: number;
  /** The yearly tax per currency, over the units whose latest record gives an engineer cost. */
  taxMoney: { currency: string | null; amount: number; units: number }[];
  /** One option per organisation as check compares them (nameKey), named as its first row spells it. */
  organizations: { key: string; name: string }[];
}

/** What the counts read of a row: all the page's <pf-portfolio> has of the rows a filter leaves shown. */
export type SummaryRow = Pick<
  PortfolioRow,
  'organization' | 'organizationKey' | 'assessments' | 'recommendation' | 'daysOverdue' | 'taxFte' | 'taxMoney' | 'currency'
>;

export function portfolioSummary(rows: readonly SummaryRow[], recommendations: readonly Recommendation[]): PortfolioSummary {
  const money = new Map<string | null, { amount: number; units: number }>();
  for (const r of rows) {
    if (r.taxMoney === null) continue;
    const m = money.get(r.currency) ?? { amount: 0, units: 0 };
    money.set(r.currency, { amount: m.amount + r.taxMoney, units: m.units + 1 });
  }
  return {
    units: rows.length,
    assessments: rows.reduce((n, r) => n + r.assessments, 0),
    byRecommendation: recommendations.map((recommendation) => ({
      recommendation,
      units: rows.filter((r) => r.recommendation === recommendation).length,
    })),
    overdue: rows.filter((r) => r.daysOverdue > 0).length,
    taxFte: round(rows.reduce((n, r) => n + r.taxFte, 0)),
    taxMoney: [...money.entries()]
      .map(([currency, m]) => ({ currency, amount: Math.round(m.amount), units: m.units }))
      .sort((a, b) => (a.currency ?? '').localeCompare(b.currency ?? '')),
    organizations: [...new Map([...rows].reverse().map((r) => [r.organizationKey, oneLine(r.organization)]))]
      .map(([key, name]) => ({ key, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
