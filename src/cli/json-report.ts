/**
 * The one JSON shape `assess --json` prints for an assessment, whether from flags, a one-person
 * record or a several-person record: the Result's keys at the top, `respondents` added when
 * several people answered. `jsonVersion` changes only when a documented key changes meaning.
 */
import type { AssessmentResult } from '../engine/respondents/assessment.ts';
import type { Result } from '../engine/decision/evaluate.ts';
import type { DoraReport } from '../engine/dora/report.ts';
import { sensitivityOf } from '../engine/business/sensitivity-of.ts';
import { monthsOf } from '../engine/business/business-case.ts';
import type { SensitivityResult } from '../engine/business/sensitivity.ts';
import { roundForJson } from './json-round.ts';

/**
 * 2: the business case became a model over time (timeline, sensitivity, assumptions); margins and closeCall added.
 * 3: the team wins back what it reaches (sizing, reach, teamSizeBasis 'best'); cash apart from capacity and a present
 * value; a running team priced from here; the verdict in `economics`; assumptions named as the answers name them;
 * money to the cent; the model's input left out.
 */
const JSON_VERSION = 3;

export interface JsonReport extends Omit<Result, 'businessCase'> {
  jsonVersion: typeof JSON_VERSION;
  /** The business case, with how much each assumption moves it (the model's input is the engine's, not the JSON's). */
  businessCase: Omit<Result['businessCase'], 'input'> & { sensitivity: SensitivityResult };
  /** DORA's scores, edition, source and benchmark comparisons; null when no DORA answer was given. */
  dora: DoraReport | null;
  /** Several respondents: each one's own result, where they split, and the answers that were combined. */
  respondents?: Omit<AssessmentResult, 'result' | 'answers' | 'respondents'> & {
    each: AssessmentResult['respondents'];
    combinedAnswers: AssessmentResult['answers'];
  };
}

export function jsonReport(result: Result, assessment?: AssessmentResult, dora: DoraReport | null = null): JsonReport {
  // The model's input is the engine's (the sensitivity and the verdict move it), not the JSON's.
  const business: Omit<Result['businessCase'], 'input'> & { input?: unknown } = { ...result.businessCase };
  delete business.input;
  const top = {
    jsonVersion: JSON_VERSION,
    ...result,
    businessCase: roundForJson({
      ...business,
      timeline: { ...business.timeline, months: monthsOf(result.businessCase) },
      sensitivity: sensitivityOf(result.businessCase),
    }),
    dora,
  } as const;
  if (!assessment || assessment.respondents.length < 2) return top;
  // The combined result is the top level already; the rest describes the respondents.
  const { answers, respondents, ties, trapVotes, tally, agree, splits, spread } = assessment;
  return {
    ...top,
    respondents: { each: respondents, ties, trapVotes, tally, agree, splits, spread, combinedAnswers: answers },
  };
}
