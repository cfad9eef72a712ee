/**
 * Answers back into the flag/query pairs they were read from (the inverse of parse-fields.ts), in
 * a stable order. Apart from the parser, so the page's keystroke code never carries it: only the
 * links that start a review from a record (respondents/start-from.ts) write answers out.
 */
import { BOOLEAN_FIELDS, BUSINESS_FIELDS, CURRENCY_FLAG, METRIC_FIELDS, NUMBER_FIELDS, TRAP_SIGNS_FLAG, type Answers } from './fields.ts';

/** The inverse of parseFields: answers as flag/query pairs, in a stable order. */
export function toFields(answers: Answers): [string, string][] {
  const pairs: [string, string][] = [];
  for (const f of NUMBER_FIELDS) {
    const v = answers[f.key];
    if (v !== undefined) pairs.push([f.flag, String(v)]);
  }
  for (const f of BOOLEAN_FIELDS) {
    const v = answers[f.key];
    if (v !== undefined) pairs.push([f.flag, v ? 'yes' : 'no']);
  }
  if (answers.trapSigns?.length) pairs.push([TRAP_SIGNS_FLAG, answers.trapSigns.join(',')]);
  for (const f of BUSINESS_FIELDS) {
    const v = answers[f.key];
    if (v !== undefined) pairs.push([f.flag, String(v)]);
  }
  if (answers.currency !== undefined) pairs.push([CURRENCY_FLAG, answers.currency]);
  for (const f of METRIC_FIELDS) {
    const v = answers.metrics?.[f.key];
    if (v !== undefined) pairs.push([f.flag, String(v)]);
  }
  return pairs;
}
