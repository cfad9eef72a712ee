/**
 * evaluate(answers, framework): the one function every face of platform-fit shows.
 * Pure: no I/O, no clock (the caller passes the assessment date), no DOM.
 */
import { addMonths } from '../calendar/dates.ts';
import { businessCase, hasPlatformTeam, type BusinessCase } from '../business/business-case.ts';
import type { Framework, Operator, Recommendation, Situation, Step } from '../framework/schema.ts';
import { METRIC_FIELDS, type Answers, type MetricKey } from '../inputs/fields.ts';
import { compare, decide, type Decision, type Finding } from './rules.ts';
import { score, type Score } from './score.ts';
import { levers, type Lever } from './levers.ts';
import { closeCall, closeCallCandidates, margins, type CloseCallResult, type Margin } from './margins.ts';
import { verdict, type Verdict } from './verdict.ts';
import { monthsText, numberWord } from '../words.ts';
import { currencyFactors } from '../inputs/currencies.ts';

/**
 * The framework with its "looks too low" floor for a loaded cost in this currency (the framework
 * states it in dollar-like units; currencies.ts says how far other currencies take it).
 */
function inCurrency(framework: Framework, currency: string | undefined): Framework {
  const { floor } = currencyFactors(currency);
  if (floor === 1) return framework;
  const plausibleEngineerCost = framework.businessCase.plausibleEngineerCost * floor;
  return { ...framework, businessCase: { ...framework.businessCase, plausibleEngineerCost } };
}

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

interface TrapWarnings {
  /** True when a platform team exists and at least `threshold` signs are ticked. */
  triggered: boolean;
  threshold: number;
  guide: string;
  signs: { id: string; text: string; guide: string }[];
}

export interface Result {
  recommendation: Recommendation;
  label: string;
  /** Where the organisation stands: the advice differs when a platform team exists. */
  situation: Situation;
  /** The recommendation as advice for this situation; the trap's headline when the trap signs pass their threshold. */
  headline: string;
  summary: string;
  decidedBy: Decision['decidedBy'];
  reasons: Finding[];
  steps: { text: string; guide: string }[];
  score: Score;
  operationalTax: { fullTimeEngineers: number; teamSize: number; infraTimeShare: number };
  businessCase: BusinessCase;
  /** The one verdict on the economics (decision/verdict.ts): whether the advice stands, and what decided. */
  economics: Verdict;
  /** How far each answered number sits from the nearest line that changes the answer. */
  margins: Margin[];
  /** The deciding answer sits within the framework's close-call margin: measure it first. */
  closeCall: CloseCallResult | null;
  whatWouldChange: Lever[];
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
    triggered: hasPlatformTeam(answers) && signs.length >= framework.trap.threshold,
    threshold: framework.trap.threshold,
    guide: framework.trap.guide,
    signs,
  };
}

/** Whether a step shows when `ruleId` decided: a step that names its rules keeps to them. */
function keepsTo(step: { guide: string; rules?: readonly string[] | undefined }, ruleId: string): boolean {
  return !step.rules || step.rules.includes(ruleId);
}

const people = (n: number) => `${numberWord(n)} ${n === 1 ? 'person' : 'people'}`;

/**
 * Fills the placeholders from the framework and the case, so a step never retypes a number: the
 * review interval, the team the case prices ({teamSize}) and the size that nets most
 * ({bestTeamSize}). Without a case (a guide's table of advice) they say where the size comes from.
 */
function fillText(text: string, framework: Framework, team?: { teamSize: number; bestTeamSize: number }): string {
  return text
    .replaceAll('{interval}', monthsText(framework.reviewIntervalMonths))
    .replaceAll('{teamSize}', team ? people(team.teamSize) : 'N people (the size the business case prices)')
    .replaceAll('{bestTeamSize}', team ? `a team of ${numberWord(team.bestTeamSize)}` : 'the size the business case shows');
}

export function fillSteps(steps: readonly Step[], framework: Framework, team?: { teamSize: number; bestTeamSize: number }): Step[] {
  return steps.map((s) => ({ ...s, text: fillText(s.text, framework, team) }));
}

export function evaluate(answers: Answers, framework: Framework, options: EvaluateOptions): Result {
  const decision = decide(answers, framework);
  const situation: Situation = hasPlatformTeam(answers) ? 'withTeam' : 'noTeam';
  const trap = trapWarnings(answers, framework);
  const recordVersion = options.recordFrameworkVersion ?? null;
  const business = businessCase(answers, inCurrency(framework, answers.currency));
  // Advice that knows its economics: one verdict (verdict.ts) says whether a platform team's case
  // pays back; when it does not, the framework's advice for that case replaces the usual one.
  const economics = verdict(answers, business, decision.recommendation);
  const adviceChanged = economics.adviceChanged;
  const advice = adviceChanged
    ? framework.businessCase.whenItDoesNotPay[situation]
    : framework.recommendations[decision.recommendation][situation];
  const close = closeCall(margins(answers, framework, decision, closeCallCandidates(answers, framework)), framework, decision);
  let marginList: Margin[] | undefined;
  const first = [...(close ? [close.step] : []), ...(trap.triggered ? framework.trap.steps : [])];
  let whatWouldChange: Lever[] | undefined;
  return {
    recommendation: decision.recommendation,
    label: framework.recommendations[decision.recommendation].label,
    situation,
    headline: trap.triggered ? framework.trap.headline : advice.headline,
    summary: fillText(advice.summary, framework, economics),
    decidedBy: decision.decidedBy,
    reasons: decision.findings,
    // Measuring a close call comes first, then getting out of the trap; the usual advice follows.
    // A step that points where the close call's step already points is the same advice twice.
    // A step kept to some rules shows only when one of them decided.
    steps: fillSteps(
      [...first, ...advice.steps.filter((s) => (!close || s.guide !== close.step.guide) && keepsTo(s, decision.decidedBy.ruleId))],
      framework,
      economics,
    ),
    score: score(answers, framework),
    // The business case works the tax out once (to a tenth of an engineer); this repeats its figure.
    operationalTax: { fullTimeEngineers: business.taxFte, teamSize: answers.teamSize, infraTimeShare: answers.infraTimeShare },
    businessCase: business,
    economics,
    // Every answer's margin is worked out on first read (JSON, the details); the close call above
    // looked only at the answers near a line.
    get margins(): Margin[] {
      return (marginList ??= margins(answers, framework, decision));
    },
    closeCall: close,
    // Worked out on first read (JSON and spreads read it too): it re-runs the rules once per
    // lever, and a keystroke on the assessment page shows only the summary card, which never reads it.
    get whatWouldChange(): Lever[] {
      return (whatWouldChange ??= levers(answers, framework));
    },
    metrics: metrics(answers, framework),
    trapWarnings: trap,
    assessedOn: options.assessedOn,
    nextReviewOn: addMonths(options.assessedOn, framework.reviewIntervalMonths),
    framework: {
      version: framework.version,
      recordVersion,
      sameVersion: recordVersion === null || recordVersion === framework.version,
    },
  };
}
