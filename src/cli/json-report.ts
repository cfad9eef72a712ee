/**
 * The one JSON shape `assess --json` prints for an assessment, whether from flags, a one-person
 * record or a several-person record: the Result's keys at the top, `respondents` added when
 * several people answered. `jsonVersion` changes only when a documented key changes meaning.
 */
import type { AssessmentResult } from '../engine/respondents/assessment.ts';
import type { Result } from '../engine/decision/evaluate.ts';

export const JSON_VERSION = 1;

export interface JsonReport extends Result {
  jsonVersion: typeof JSON_VERSION;
  /** Several respondents: each one's own result, where they split, and the answers that were combined. */
  respondents?: Omit<AssessmentResult, 'result' | 'answers' | 'respondents'> & {
    each: AssessmentResult['respondents'];
    combinedAnswers: AssessmentResult['answers'];
  };
}

export function jsonReport(result: Result, assessment?: AssessmentResult): JsonReport {
  if (!assessment || assessment.respondents.length < 2) return { jsonVersion: JSON_VERSION, ...result };
  // The combined result is the top level already; the rest describes the respondents.
  const { answers, respondents, ties, trapVotes, tally, agree, splits, spread } = assessment;
  return {
    jsonVersion: JSON_VERSION,
    ...result,
    respondents: { each: respondents, ties, trapVotes, tally, agree, splits, spread, combinedAnswers: answers },
  };
}
