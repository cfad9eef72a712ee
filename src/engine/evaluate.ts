/**
 * evaluate(answers, framework): the one function every face of platform-fit shows.
 * Pure: no I/O, no clock (the caller passes the assessment date), no DOM.
 */
import { addMonths } from './dates.ts';
import { businessCase, type BusinessCase } from './business-case.ts';
import type { Framework, Operator, Recommendation } from './framework-schema.ts';
import { METRIC_FIELDS, type Answers, type MetricKey } from './inputs.ts';
import { compare, decide, type Decision, type Finding } from './rules.ts';
import { score, type Score } from './score.ts';
import { whatWouldChange, type Change } from './what-would-change.ts';

export interface MetricResult {
  input: MetricKey;
  label: string;
  unit: string;
  value: number | null;
  op: Operator;
  target: number;
  /** null when the metric was not given. */
  met: boolean | null;
  guide: string;
}

export interface TrapWarnings {
  /** True when a platform team exists and at least `threshold` signs are ticked. */
  triggered: boolean;
  threshold: number;
  guide: string;
  signs: { id: string; text: string; guide: string }[];
}

export interface Result {
  recommendation: Recommendation;
  label: string;
  summary: string;
  decidedBy: Decision['decidedBy'];
  reasons: Finding[];
  steps: { text: string; guide: string }[];
  score: Score;
  operationalTax: { fullTimeEngineers: number; teamSize: number; infraTimeShare: number };
  businessCase: BusinessCase;
  whatWouldChange: Change[];
  metrics: MetricResult[];
  trapWarnings: TrapWarnings;
  assessedOn: string;
  nextReviewOn: string;
  framework: { version: string; recordVersion: string | null; sameVersion: boolean };
}

export interface EvaluateOptions {
  /** The assessment date, YYYY-MM-DD. */
  assessedOn: string;
  /** The framework version a record was made under, when evaluating a record. */
  recordFrameworkVersion?: string | undefined;
}

function metrics(answers: Answers, framework: Framework): MetricResult[] {
  return framework.metrics.map((m) => {
    const field = METRIC_FIELDS.find((f) => f.key === m.input);
    const value = answers.metrics?.[m.input] ?? null;
    return {
      input: m.input,
      label: field?.label ?? m.input,
      unit: field?.unit ?? '',
      value,
      op: m.op,
      target: m.target,
      met: value === null ? null : compare(m.op, value, m.target),
      guide: m.guide,
    };
  });
}

function trapWarnings(answers: Answers, framework: Framework): TrapWarnings {
  const ticked = new Set(answers.trapSigns ?? []);
  const signs = framework.trap.signs.filter((s) => ticked.has(s.id));
  return {
    triggered: answers.hasPlatformTeam === true && signs.length >= framework.trap.threshold,
    threshold: framework.trap.threshold,
    guide: framework.trap.guide,
    signs,
  };
}

export function evaluate(answers: Answers, framework: Framework, options: EvaluateOptions): Result {
  const decision = decide(answers, framework);
  const text = framework.recommendations[decision.recommendation];
  const recordVersion = options.recordFrameworkVersion ?? null;
  return {
    recommendation: decision.recommendation,
    label: text.label,
    summary: text.summary,
    decidedBy: decision.decidedBy,
    reasons: decision.findings,
    steps: text.steps,
    score: score(answers, framework),
    operationalTax: {
      // Rounded to a tenth of an engineer: finer would suggest precision the inputs do not have.
      fullTimeEngineers: Math.round((answers.teamSize * answers.infraTimeShare) / 10) / 10,
      teamSize: answers.teamSize,
      infraTimeShare: answers.infraTimeShare,
    },
    businessCase: businessCase(answers, framework),
    whatWouldChange: whatWouldChange(answers, framework),
    metrics: metrics(answers, framework),
    trapWarnings: trapWarnings(answers, framework),
    assessedOn: options.assessedOn,
    nextReviewOn: addMonths(options.assessedOn, framework.reviewIntervalMonths),
    framework: {
      version: framework.version,
      recordVersion,
      sameVersion: recordVersion === null || recordVersion === framework.version,
    },
  };
}
