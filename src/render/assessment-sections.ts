/**
 * One result's sections in order, as the assessment page and each history record page show them:
 * the summary card, then (with several respondents) who answered what, then the details. Both
 * faces call this, so neither assembles the list its own way.
 */
import type { AssessmentResult } from '#src/engine/respondents/assessment.ts';
import type { Result } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { describeResult } from '#src/engine/text/describe-result.ts';
import type { DoraText } from '#src/engine/text/describe-dora.ts';
import { businessCharts } from './business-charts.ts';
import { doraHtml } from './dora-html.ts';
import { respondentsHtml } from './respondents-html.ts';
import { resultSections, type Section } from './result-html.ts';

/**
 * `assessment` only with several respondents: their section follows the card, as sectionKeys() says.
 * `dora`, DORA's scores and benchmarks in words, comes last when the answers hold any.
 */
export function assessmentSections(result: Result, framework: Framework, assessment?: AssessmentResult, dora?: DoraText | null): Section[] {
  const sections = resultSections(describeResult(result, framework, assessment), businessCharts);
  if (assessment) sections.splice(1, 0, { key: 'respondents', html: respondentsHtml(assessment, framework) });
  if (dora) sections.push({ key: 'dora', html: doraHtml(dora) });
  return sections;
}
