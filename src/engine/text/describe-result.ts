/**
 * A result in words: every sentence the CLI prints and the page and the history pages show, built
 * once here. The faces only lay them out (text lines, HTML), so for the same answers they say the
 * same things. No rule ids in prose: people read titles, and the ids stay in the data.
 */
export { describeCard } from './describe-card.ts';
import type { AssessmentResult } from '../respondents/assessment.ts';
import { assumptionLines, beliefSentence, businessRows, sizingLines, type AssumptionLine, type BusinessRow } from './describe-business.ts';
import { describeCard, type CardReport } from './describe-card.ts';
import { sensitivityOf } from '../business/sensitivity-of.ts';
import type { SensitivityResult } from '../business/sensitivity.ts';
import { conditionText, formatValue, namesText } from './describe.ts';
import { monthTable, netSeries, tornadoBars, type MonthTable, type NetSeries, type TornadoBar } from './describe-charts.ts';
import type { Result } from '../decision/evaluate.ts';
import type { Framework } from '../framework/schema.ts';
import { labelOf } from '../inputs/fields.ts';
import type { Lever } from '../decision/levers.ts';
import { OPERATOR_SYMBOL, type Finding } from '../decision/rules.ts';

interface RuleLine {
  order: number;
  title: string;
  guide: string;
  condition: string;
  answer: string;
  outcome: string;
  decisive: boolean;
  /** Where the threshold comes from: "Rule of thumb: ...". */
  basis: string;
}

export interface ResultReport extends CardReport {
  business: BusinessRow[];
  belief: string;
  assumptions: AssumptionLine[];
  sizing: ReturnType<typeof sizingLines>;
  /** The data behind the business case's two pictures, and every month for print. */
  charts: { net: NetSeries; tornado: TornadoBar[]; unit: string; baseNet: number; months: MonthTable };
  trap: { headline: string; signs: string[]; guide: string } | null;
  steps: { text: string; guide: string }[];
  rules: RuleLine[];
  score: { headline: string; factors: { label: string; answer: string; points: number; weight: number; fullAt: string }[] };
  levers: string[];
  metrics: { label: string; guide: string; answer: string; target: string; met: boolean }[];
}

function outcomeText(f: Finding): string {
  if (f.decisive) return 'fired and decided';
  if (f.outcome === 'fired') return 'would also fire';
  return f.outcome === 'not-fired' ? 'did not fire' : 'not answered';
}

function leverText(l: Lever, framework: Framework): string {
  const now = formatValue(l.input, l.current);
  if (l.to !== null && l.recommendation !== null) {
    const becomes = `the answer becomes ${framework.recommendations[l.recommendation].label}${l.decidedBy ? ` (${l.decidedBy.title})` : ''}`;
    return typeof l.to === 'boolean'
      ? `${l.label}: ${now}; if it were ${formatValue(l.input, l.to)}, ${becomes}.`
      : `${l.label}: ${now}; at ${formatValue(l.input, l.to)} ${becomes}.`;
  }
  const still = l.stillDecidedBy;
  return still
    ? `${l.label}: ${now}; no change to it alone changes the answer: “${still.title}” would still decide (${conditionText(still.input, still.op, still.threshold)}; ${formatValue(still.input, still.value)}).`
    : `${l.label}: ${now}; no change to it alone changes the answer.`;
}

/** How far to trust a rule's threshold, in words: the result's rules table and the decision guide say it alike. */
export const STRENGTH: Record<Finding['basis']['strength'], string> = {
  'rule-of-thumb': 'Rule of thumb',
  'site-choice': "This site's choice",
  research: 'Research',
};

function chartData(result: Result, sensitivity: SensitivityResult): ResultReport['charts'] {
  const net = netSeries(result.businessCase);
  return {
    net,
    tornado: tornadoBars(result.businessCase, sensitivity),
    unit: net.unit,
    baseNet: sensitivity.base.net,
    months: monthTable(result.businessCase),
  };
}

export function describeResult(result: Result, framework: Framework, assessment?: AssessmentResult): ResultReport {
  const several = (assessment?.respondents.length ?? 1) > 1;
  const votes = new Map((assessment?.trapVotes ?? []).map((v) => [v.id, v]));
  const sensitivity = sensitivityOf(result.businessCase);
  return {
    ...describeCard(result, framework, assessment),
    business: businessRows(result.businessCase, result.operationalTax),
    belief: beliefSentence(result.businessCase, sensitivity),
    assumptions: assumptionLines(result.businessCase),
    sizing: sizingLines(result.businessCase),
    charts: chartData(result, sensitivity),
    trap: result.trapWarnings.triggered
      ? {
          headline: `${result.trapWarnings.signs.length} warning signs ticked; ${result.trapWarnings.threshold} or more mean the platform may be in the trap.`,
          signs: result.trapWarnings.signs.map((s) => {
            const v = votes.get(s.id);
            return several && v ? `${s.text} (${v.count} of ${v.of} see it)` : s.text;
          }),
          guide: result.trapWarnings.guide,
        }
      : null,
    steps: result.steps,
    rules: result.reasons.map((f) => ({
      order: f.order,
      title: f.title,
      guide: f.guide,
      condition: conditionText(f.input, f.op, f.threshold),
      answer: formatValue(f.input, f.value),
      outcome: outcomeText(f),
      decisive: f.decisive,
      basis: `${STRENGTH[f.basis.strength]}: ${f.basis.text}`,
    })),
    score: {
      headline: `Platform pressure: ${result.score.value} of 100`,
      factors: result.score.factors.map((f) => ({
        label: f.label,
        answer: formatValue(f.input, f.value),
        points: f.contribution,
        weight: f.weight,
        fullAt: formatValue(f.input, f.high),
      })),
    },
    levers: result.whatWouldChange.map((l) => leverText(l, framework)),
    metrics: result.metrics.flatMap((m) =>
      m.value === null
        ? []
        : [
            {
              label: m.label,
              guide: m.guide,
              answer: formatValue(m.input, m.value),
              target: `${OPERATOR_SYMBOL[m.op]} ${formatValue(m.input, m.target)}`,
              met: m.met === true,
            },
          ],
    ),
  };
}

/** Where respondents differ: the rules they split on, the yes/no ties, each with labels, never ids. */
export function disagreementLines(a: AssessmentResult): string[] {
  const side = (list: { name: string; value: number | boolean }[], input: Finding['input']) =>
    namesText(list.map((v) => `${v.name} (${formatValue(input, v.value)})`));
  return [
    ...a.splits.map((s) => {
      const others = [side(s.notFired, s.input), s.unanswered.length ? `${namesText(s.unanswered)} (not answered)` : '']
        .filter(Boolean)
        .join(', ');
      return `Split on ${s.label.toLowerCase()}: “${s.ruleTitle}” fires for ${side(s.fired, s.input)}; not for ${others}.`;
    }),
    ...a.ties.map((t) => `Tie on ${labelOf(t.input).toLowerCase()}: ${t.yes} yes, ${t.no} no; treated as not answered.`),
    ...(a.currencies
      ? [
          `Engineer costs in different currencies (${a.currencies.map((c) => `${c.currency}: ${c.names.join(', ')}`).join('; ')}): costs in two currencies have no median, so the money figures are left out; give every cost in one currency.`,
        ]
      : []),
  ];
}
