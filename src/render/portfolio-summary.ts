/**
 * The counts above the portfolio on /history/: units and assessments, units per recommendation,
 * how many are overdue, and the operational tax in engineers and, per currency, in money. One
 * wording for the build (every unit) and <pf-portfolio> (the units a filter leaves shown).
 */
import type { Recommendation } from '#src/engine/framework/schema.ts';
import type { PortfolioSummary } from '#src/engine/history/portfolio.ts';
import { groupDigits } from '#src/engine/text/describe-business.ts';
import { h, join, type Html } from './html.ts';

const plural = (n: number, word: string) => `${groupDigits(n)} ${word}${n === 1 ? '' : 's'}`;

/** The list's items; `labels` names each recommendation as the framework does. */
export function portfolioSummaryItems(summary: PortfolioSummary, labels: Record<Recommendation, string>): Html {
  const money = summary.taxMoney.map((m) => `${groupDigits(m.amount)}${m.currency ? ` ${m.currency}` : ''} (${plural(m.units, 'unit')})`);
  return join([
    h('li', {}, h('strong', {}, plural(summary.units, 'unit')), `, ${plural(summary.assessments, 'assessment')}`),
    ...summary.byRecommendation.map((r) => h('li', {}, `${labels[r.recommendation]}: `, h('strong', {}, groupDigits(r.units)))),
    h('li', summary.overdue > 0 ? { class: 'pf-overdue' } : {}, 'Overdue: ', h('strong', {}, groupDigits(summary.overdue))),
    h(
      'li',
      {},
      'Operational tax: ',
      h('strong', {}, `${groupDigits(summary.taxFte)} full-time engineers`),
      money.length > 0 ? `; ${money.join(', ')} a year where the latest record gives an engineer cost` : null,
    ),
  ]);
}
