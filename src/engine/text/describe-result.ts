/**
 * A result in words: every sentence the CLI prints and the page and the history pages show, built
 * once here. The faces only lay them out (text lines, HTML), so for the same answers they say the
 * same things. No rule ids in prose: people read titles, and the ids stay in the data.
 */
import type { AssessmentResult } from '../respondents/assessment.ts';
import { businessRows, moneyText, type BusinessRow } from './describe-business.ts';
import { conditionText, formatValue } from './describe.ts';
import type { Result } from '../decision/evaluate.ts';
import type { Framework, Recommendation } from '../framework/schema.ts';
import { labelOf } from '../inputs/fields.ts';
import type { Lever } from '../decision/levers.ts';
import { OPERATOR_SYMBOL, type Finding } from '../decision/rules.ts';

export interface RuleLine {
  order: number;
  title: string;
  guide: string;
  condition: string;
  answer: string;
  outcome: string;
  decisive: boolean;
}

/** What the summary card says: the page works out only this on a keystroke. */
export interface CardReport {
  recommendation: Recommendation;
  label: string;
  headline: string;
  summary: string;
  /** With several respondents: how they split and what the combination gives. */
  split: string | null;
  deciding: string;
  because: string;
  becauseGuide: string;
  tax: string;
  review: string;
  versionNote: string | null;
}

export interface ResultReport extends CardReport {
  business: BusinessRow[];
  trap: { headline: string; signs: string[]; guide: string } | null;
  steps: { text: string; guide: string }[];
  rules: RuleLine[];
  score: { headline: string; factors: { label: string; answer: string; points: number; weight: number; fullAt: string }[] };
  levers: string[];
  metrics: { label: string; guide: string; answer: string; target: string; met: boolean }[];
}

export function outcomeText(f: Finding): string {
  if (f.decisive) return 'fired and decided';
  if (f.outcome === 'fired') return 'would also fire';
  return f.outcome === 'not-fired' ? 'did not fire' : 'not answered';
}

function answered(several: boolean): string {
  return several ? 'the median answer is' : 'you answered';
}

export function leverText(l: Lever, framework: Framework): string {
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

function splitText(a: AssessmentResult, framework: Framework, result: Result): string {
  const parts = a.tally.map((t) => `${t.count} ${framework.recommendations[t.recommendation].label}`);
  return `${a.respondents.length} respondents: ${parts.join(', ')}; combined: ${result.label}.`;
}

export function describeCard(result: Result, framework: Framework, assessment?: AssessmentResult): CardReport {
  const several = (assessment?.respondents.length ?? 1) > 1;
  const decisive = result.reasons.find((f) => f.decisive);
  const tax = result.operationalTax;
  const business = result.businessCase;
  return {
    recommendation: result.recommendation,
    label: result.label,
    headline: result.headline,
    summary: result.summary,
    split: several && assessment ? splitText(assessment, framework, result) : null,
    deciding: decisive
      ? `Decided by “${decisive.title}”: ${conditionText(decisive.input, decisive.op, decisive.threshold)}; ${answered(several)} ${formatValue(decisive.input, decisive.value)}.`
      : 'No rule fired, so the default applies.',
    because: result.decidedBy.because,
    becauseGuide: result.decidedBy.guide,
    tax: `Operational tax: ${business.taxFte} full-time engineers (${tax.teamSize} × ${tax.infraTimeShare}%)${business.taxMoney === null ? '' : `, ${moneyText(business.taxMoney, business.currency)} a year`}.`,
    review: `Assessed ${result.assessedOn}. Next review due ${result.nextReviewOn}.`,
    versionNote: result.framework.sameVersion
      ? null
      : `Made under framework ${result.framework.recordVersion}; evaluated with ${result.framework.version}, whose rules may differ.`,
  };
}

export function describeResult(result: Result, framework: Framework, assessment?: AssessmentResult): ResultReport {
  const several = (assessment?.respondents.length ?? 1) > 1;
  const votes = new Map((assessment?.trapVotes ?? []).map((v) => [v.id, v]));
  return {
    ...describeCard(result, framework, assessment),
    business: businessRows(result.businessCase, result.operationalTax),
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
    list.map((v) => `${v.name} (${formatValue(input, v.value)})`).join(', ');
  return [
    ...a.splits.map((s) => {
      const others = [side(s.notFired, s.input), s.unanswered.length ? `${s.unanswered.join(', ')} (not answered)` : '']
        .filter(Boolean)
        .join(', ');
      return `Split on ${s.label.toLowerCase()}: “${s.ruleTitle}” fires for ${side(s.fired, s.input)}; not for ${others}.`;
    }),
    ...a.ties.map((t) => `Tie on ${labelOf(t.input).toLowerCase()}: ${t.yes} yes, ${t.no} no; treated as not answered.`),
  ];
}
