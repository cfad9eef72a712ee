/**
 * What the summary card says: the few sentences the page works out on every keystroke (the rest of
 * the result's wording, describe-result.ts, is loaded with the detail sections). No rule ids in
 * prose: people read titles.
 */
import type { Result } from '../decision/evaluate.ts';
import type { Framework, Recommendation } from '../framework/schema.ts';
import type { AssessmentResult } from '../respondents/assessment.ts';
import { answerWarnings } from '../inputs/answer-rules.ts';
import { costWarning, paybackText } from './describe-money.ts';
import { verdictText } from './describe-verdict.ts';
import { conditionText, formatValue } from './describe.ts';
import { groupDigits, moneyText } from './numbers.ts';

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
  /** The business case in one line: payback and break-even. */
  payback: string;
  /** What makes this answer less sure: a close call, a cost that looks wrong, advice changed by the economics. */
  caution: string | null;
  review: string;
  versionNote: string | null;
}

function answered(several: boolean): string {
  return several ? 'the median answer is' : 'you answered';
}

function splitText(a: AssessmentResult, framework: Framework, result: Result): string {
  const parts = a.tally.map((t) => `${t.count} ${framework.recommendations[t.recommendation].label}`);
  return `${a.respondents.length} respondents: ${parts.join(', ')}; combined: ${result.label}.`;
}

/** The sentences that make the answer less sure, or null when nothing does. */
function cautionText(result: Result): string | null {
  const parts: string[] = [];
  const close = result.closeCall;
  if (close) {
    const gap = formatValue(close.input, close.margin ?? 0).replace(/%$/, ' percentage points');
    parts.push(
      `Close call: the answer changes at ${formatValue(close.input, close.changesAt)}, only ${gap} from your ${formatValue(close.input, close.value)}; measure it before acting.`,
    );
  }
  const economics = verdictText(result.economics, result.businessCase);
  if (economics) parts.push(economics);
  const cost = costWarning(result.businessCase);
  if (cost) parts.push(cost);
  // A share under 1% reads like a fraction typed for a percentage: said on every face's card.
  for (const w of answerWarnings({ infraTimeShare: result.operationalTax.infraTimeShare }))
    parts.push(`Share of developer time on infrastructure: ${w.message}.`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** "Operational tax: 15.8 full-time engineers (64 × 24.7%), 2,844,000 EUR a year." */
export function taxText(
  result: Pick<Result, 'operationalTax'> & { businessCase: Pick<Result['businessCase'], 'taxFte' | 'taxMoney' | 'currency'> },
): string {
  const tax = result.operationalTax;
  const business = result.businessCase;
  return `Operational tax: ${business.taxFte} full-time engineers (${groupDigits(tax.teamSize)} × ${groupDigits(tax.infraTimeShare)}%)${business.taxMoney === null ? '' : `, ${moneyText(business.taxMoney, business.currency)} a year`}.`;
}

/** Said when a record was made under another framework version than the one it is evaluated with. */
export function versionNote(framework: Result['framework']): string | null {
  return framework.sameVersion
    ? null
    : `Made under framework ${framework.recordVersion}; evaluated with ${framework.version}, whose rules may differ.`;
}

export function describeCard(result: Result, framework: Framework, assessment?: AssessmentResult): CardReport {
  const several = (assessment?.respondents.length ?? 1) > 1;
  const decisive = result.reasons.find((f) => f.decisive);
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
    tax: taxText(result),
    payback: `Business case: ${paybackText(business.timeline)} for a team of ${business.teamSize}${business.timeline.breakEvenRecoveryPercent === null ? '' : `; it must win back ${Math.round(business.timeline.breakEvenRecoveryPercent * 10) / 10}% of the tax where it reaches`}.`,
    caution: cautionText(result),
    review: `Assessed ${result.assessedOn}. Next review due ${result.nextReviewOn}.`,
    versionNote: versionNote(result.framework),
  };
}
