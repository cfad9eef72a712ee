/**
 * The link that starts the next review from a record: every answer the record's respondents gave,
 * combined as the record's result combines them (DORA's included), with its organisation and unit,
 * and where they came from (`from`, `respondents`), but no date and no name: the new review is
 * dated the day it is made, and the answers are no one person's. The unit pages, the page's
 * "Start from the last record" and the review reminder all build it here.
 */
import { doraToFields } from '../inputs/dora-flags.ts';
import type { Answers } from '../inputs/fields.ts';
import { toFields } from '../inputs/answer-pairs.ts';

export interface StartedFrom {
  organization?: string | undefined;
  unit?: string | undefined;
  /** The date of the record the answers come from. */
  assessedOn: string;
  /** How many people's answers were combined into `answers`. */
  respondents: number;
}

export function startQuery(from: StartedFrom, answers: Answers): string {
  const params = new URLSearchParams([...toFields(answers), ...doraToFields(answers.dora)]);
  if (from.organization?.trim()) params.set('org', from.organization.trim());
  if (from.unit?.trim()) params.set('unit', from.unit.trim());
  params.set('from', from.assessedOn);
  if (from.respondents > 1) params.set('respondents', String(from.respondents));
  return params.toString();
}
