/**
 * A unit's trends in words: each chart's title, unit, points, threshold lines and the legend that
 * names them, and the table of the numbers behind the charts. TrendCharts.astro only draws them;
 * labels and units come from the input definitions, thresholds and rule titles from the framework.
 * The seed's metrics and DORA's scores follow (describe-delivery.ts) where any record answered them.
 */
import type { Framework } from '../framework/schema.ts';
import type { UnitHistory } from '../history/history.ts';
import { NUMBER_FIELDS } from '../inputs/fields.ts';
import { thresholdsFor } from '../decision/rules.ts';
import { groupDigits, moneyText } from './describe-business.ts';
import { paybackText } from './describe-money.ts';
import { formatValue, rangesText } from './describe.ts';
import { deliveryColumns, deliverySeries } from './describe-delivery.ts';
import type { TrendSeries } from './trend-series.ts';
import { platformTeamFormed } from '../history/formation.ts';
import { describeFormation, type FormationText } from './describe-formation.ts';

export interface TrendsText {
  series: TrendSeries[];
  /** The platform team's formation, marked on every chart, when it falls among the charted assessments. */
  formation: FormationText | null;
  table: { caption: string; head: string[]; rows: string[][] };
}

/** `formation` defaults to the one `t`'s entries show; the unit page passes the whole unit's, its charts showing the latest. */
export function describeTrends(t: UnitHistory, framework: Framework, formation = platformTeamFormed(t.entries)): TrendsText {
  const entries = t.entries;
  const currencies = new Set(
    entries.flatMap((e) => (e.result.businessCase.taxMoney === null ? [] : [e.result.businessCase.currency ?? ''])),
  );
  // Money is charted only in one currency: two currencies on one axis would mislead.
  const money = currencies.size === 1 ? [...currencies][0]! : null;
  const series: TrendSeries[] = [
    {
      title: 'Operational tax (full-time engineers)',
      unit: ' engineers',
      points: entries.map((e) => ({ date: e.record.assessedOn, value: e.result.businessCase.taxFte })),
      thresholds: [],
      legend: [],
    },
    ...(money === null
      ? []
      : [
          {
            title: `Operational tax a year${money ? ` (${money})` : ''}`,
            unit: money ? ` ${money}` : '',
            points: entries.map((e) => ({ date: e.record.assessedOn, value: e.result.businessCase.taxMoney })),
            thresholds: [],
            legend: ['Only assessments that gave an engineer cost.'],
          },
          {
            title: 'Business case: payback month',
            unit: '',
            points: entries.map((e) => ({
              date: e.record.assessedOn,
              value: e.result.businessCase.engineerCost === null ? null : e.result.businessCase.timeline.paybackMonth,
            })),
            thresholds: [],
            legend: ['Only assessments that gave an engineer cost; no point where the case does not pay back within its horizon.'],
            empty: 'No assessment here pays back within its horizon, so there is no payback month to chart.',
          },
          {
            title: `Business case: net over the horizon${money ? ` (${money})` : ''}`,
            unit: money ? ` ${money}` : '',
            points: entries.map((e) => ({ date: e.record.assessedOn, value: e.result.businessCase.timeline.money?.net ?? null })),
            thresholds: [],
            legend: ['Capacity won back minus every cost, at the assumptions each assessment used.'],
          },
        ]),
    ...NUMBER_FIELDS.map((f) => ({
      title: `${f.label}${f.unit === '%' ? ' (%)' : ` (${f.unit})`}`,
      unit: f.unit === '%' ? '%' : ` ${f.unit}`,
      points: entries.map((e) => {
        const spread = e.assessment.spread.find((x) => x.input === f.key);
        const range: [number, number] | undefined =
          spread && spread.min !== null && spread.max !== null ? [spread.min, spread.max] : undefined;
        return { date: e.record.assessedOn, value: e.answers[f.key] ?? null, range };
      }),
      thresholds: thresholdsFor(framework, f.key),
      legend: framework.rules
        .filter((r) => r.input === f.key && typeof r.threshold === 'number')
        .map((r) => `Dashed line: “${r.title}” at ${formatValue(f.key, r.threshold)}.`),
    })),
    {
      title: 'Platform pressure (0-100)',
      unit: '',
      points: entries.map((e) => ({ date: e.record.assessedOn, value: e.result.score.value })),
      thresholds: [],
      legend: [],
    },
    ...deliverySeries(entries, framework),
  ];
  const delivery = deliveryColumns(entries, framework);
  return {
    // A chart with no point says so in words; `empty` is kept only where it applies.
    series: series.map(({ empty, ...s }) =>
      s.points.some((p) => p.value !== null && Number.isFinite(p.value))
        ? s
        : { ...s, empty: empty ?? 'No assessment here answered this, so there is nothing to chart.' },
    ),
    formation: formation && entries.some((e) => e.slug === formation.with.slug) ? describeFormation(formation) : null,
    table: {
      caption: 'The numbers behind the charts (the median where several people answered, and the range of their answers)',
      head: ['Date', 'Tax (engineers)', ...NUMBER_FIELDS.map((f) => f.label), 'Pressure', ...delivery.head, 'Business case', 'Respondents'],
      rows: entries.map((e) => {
        const c = e.result.businessCase;
        const n = e.assessment.respondents.length;
        return [
          e.record.assessedOn,
          `${groupDigits(c.taxFte)}${c.taxMoney === null ? '' : ` (${moneyText(c.taxMoney, c.currency)} a year)`}`,
          ...NUMBER_FIELDS.map((f) => formatValue(f.key, e.answers[f.key])),
          String(e.result.score.value),
          ...delivery.cells(e),
          `${paybackText(c.timeline)}${c.timeline.money ? `; net ${moneyText(Math.round(c.timeline.money.net), c.currency)}` : ''}`,
          `${n}${n > 1 ? `: ${rangesText(e.assessment.spread) || 'same numbers'}` : ''}`,
        ];
      }),
    },
  };
}
