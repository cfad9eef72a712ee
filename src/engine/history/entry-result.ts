/**
 * What a history keeps of each evaluated record: the figures its pages and `assess history` print
 * (the recommendation and its rule, the tax, the score, the trap signs, the metrics, the payback),
 * not the whole Result. A portfolio holds thousands of records; a full result (every rule, the
 * business case's assumptions, the levers) is worked out again for the one record shown in full.
 */
import type { BusinessCase } from '../business/business-case.ts';
import type { Totals } from '../business/timeline.ts';
import type { Result } from '../decision/evaluate.ts';
import type { AssessmentResult, RespondentResult } from '../respondents/assessment.ts';

/** The business case's figures a timeline prints: the tax, the payback and net the trends chart, and what a comparison shows. */
export interface EntryBusinessCase extends Pick<
  BusinessCase,
  'taxFte' | 'taxMoney' | 'engineerCost' | 'currency' | 'teamSize' | 'teamSizeBasis' | 'winBackFte' | 'horizonMonths'
> {
  timeline: Pick<BusinessCase['timeline'], 'horizonMonths' | 'paybackMonth' | 'paybackStatus' | 'unit'> & {
    money: Pick<Totals, 'net'> | null;
    engineerMonths: Pick<Totals, 'net'>;
  };
}

/** A Result cut down to what a timeline prints; a full Result is one too. */
export interface EntryResult extends Pick<
  Result,
  'recommendation' | 'label' | 'headline' | 'operationalTax' | 'metrics' | 'trapWarnings' | 'assessedOn' | 'framework'
> {
  decidedBy: Pick<Result['decidedBy'], 'ruleId' | 'title'>;
  score: Pick<Result['score'], 'value'>;
  businessCase: EntryBusinessCase;
}

/**
 * The respondents as a timeline names them: who, whether they agree, where they split, the spread;
 * each one's answers (the record's own objects, not copies) give the trends their ranges.
 */
export interface EntryAssessment extends Pick<AssessmentResult, 'agree' | 'splits' | 'spread'> {
  respondents: Pick<RespondentResult, 'name' | 'answers'>[];
}

export function entryResult(r: Result): EntryResult {
  const c = r.businessCase;
  const t = c.timeline;
  return {
    recommendation: r.recommendation,
    label: r.label,
    headline: r.headline,
    decidedBy: { ruleId: r.decidedBy.ruleId, title: r.decidedBy.title },
    score: { value: r.score.value },
    operationalTax: r.operationalTax,
    businessCase: {
      taxFte: c.taxFte,
      taxMoney: c.taxMoney,
      engineerCost: c.engineerCost,
      currency: c.currency,
      teamSize: c.teamSize,
      teamSizeBasis: c.teamSizeBasis,
      winBackFte: c.winBackFte,
      horizonMonths: c.horizonMonths,
      timeline: {
        horizonMonths: t.horizonMonths,
        paybackMonth: t.paybackMonth,
        paybackStatus: t.paybackStatus,
        unit: t.unit,
        money: t.money && { net: t.money.net },
        engineerMonths: { net: t.engineerMonths.net },
      },
    },
    metrics: r.metrics,
    trapWarnings: r.trapWarnings,
    assessedOn: r.assessedOn,
    framework: r.framework,
  };
}

export function entryAssessment(a: AssessmentResult): EntryAssessment {
  return {
    agree: a.agree,
    splits: a.splits,
    spread: a.spread,
    respondents: a.respondents.map((r) => ({ name: r.name, answers: r.answers })),
  };
}
