/**
 * What `check` and the build warn about in a record's answers without refusing it (answer-rules.ts):
 * each respondent's answers, with the path to the field in the file.
 */
import { answerWarnings } from '../inputs/answer-rules.ts';
import { MULTI_SCHEMA_VERSION } from './limits.ts';
import { respondentsOf, type AssessmentRecord } from './record.ts';

export function recordAnswerWarnings(record: AssessmentRecord): { path: string; message: string }[] {
  const at = (i: number) => (record.schemaVersion === MULTI_SCHEMA_VERSION ? `respondents.${i}.answers` : 'answers');
  return respondentsOf(record).flatMap(({ answers }, i) =>
    answerWarnings(answers).map((w) => ({ path: `${at(i)}.${w.key}`, message: w.message })),
  );
}
