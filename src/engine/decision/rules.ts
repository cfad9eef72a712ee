/** Applies the framework's rules in order: the first rule that fires decides. */
import type { Fallback, Framework, Operator, Recommendation, Rule, RuleBasis } from '../framework/schema.ts';
import { labelOf, type Answers, type InputKey } from '../inputs/fields.ts';

type Outcome = 'fired' | 'not-fired' | 'unanswered';

/** One rule's verdict on one input: enough to say which rule fired, on which value, against what. */
export interface Finding {
  ruleId: string;
  order: number;
  title: string;
  because: string;
  input: InputKey;
  inputLabel: string;
  op: Operator;
  threshold: number | boolean;
  value: number | boolean | null;
  outcome: Outcome;
  /** True for the one rule whose firing decided the recommendation. */
  decisive: boolean;
  recommendation: Recommendation;
  guide: string;
  /** Where the rule's threshold comes from, and how far to trust it. */
  basis: RuleBasis;
}

export interface Decision {
  recommendation: Recommendation;
  decidedBy: { ruleId: string; title: string; because: string; guide: string };
  findings: Finding[];
}

export const OPERATOR_SYMBOL: Record<Operator, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=' };

export function compare(op: Operator, value: number | boolean, threshold: number | boolean): boolean {
  switch (op) {
    case 'eq':
      return value === threshold;
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
  }
}

function answerOf(answers: Answers, input: InputKey): number | boolean | null {
  const value = answers[input];
  return value === undefined ? null : value;
}

function judge(rule: Rule, order: number, answers: Answers): Finding {
  const input = rule.input;
  const value = answerOf(answers, input);
  const outcome: Outcome = value === null ? 'unanswered' : compare(rule.op, value, rule.threshold) ? 'fired' : 'not-fired';
  return {
    ruleId: rule.id,
    order,
    title: rule.title,
    because: rule.because,
    input,
    inputLabel: labelOf(input),
    op: rule.op,
    threshold: rule.threshold,
    value,
    outcome,
    decisive: false,
    recommendation: rule.recommendation,
    guide: rule.guide,
    basis: rule.basis,
  };
}

function decidedBy(source: Rule | Fallback): Decision['decidedBy'] {
  return { ruleId: source.id, title: source.title, because: source.because, guide: source.guide };
}

export function decide(answers: Answers, framework: Framework): Decision {
  const findings = framework.rules.map((rule, i) => judge(rule, i + 1, answers));
  const winner = findings.find((f) => f.outcome === 'fired');
  if (winner) {
    winner.decisive = true;
    const rule = framework.rules[winner.order - 1] as Rule;
    return { recommendation: winner.recommendation, decidedBy: decidedBy(rule), findings };
  }
  return { recommendation: framework.fallback.recommendation, decidedBy: decidedBy(framework.fallback), findings };
}

/** The numeric thresholds the rules hold for one input: where its answer can change the outcome. */
export function thresholdsFor(framework: Framework, input: InputKey): number[] {
  return framework.rules.flatMap((r) => (r.input === input && typeof r.threshold === 'number' ? [r.threshold] : []));
}
