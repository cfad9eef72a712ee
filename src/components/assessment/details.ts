/**
 * The result's detail sections (steps, business case with its pictures, rules, levers, score,
 * metrics, respondents), built from the engine's full description. Loaded on first need, so a
 * keystroke's JavaScript carries only the summary card: see lazy-details.ts.
 */
import type { Result } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import type { AssessmentResult } from '#src/engine/respondents/assessment.ts';
import { describeResult } from '#src/engine/text/describe-result.ts';
import { businessCharts } from '#src/render/business-charts.ts';
import { respondentsHtml } from '#src/render/respondents-html.ts';
import { resultSections, type Section } from '#src/render/result-html.ts';

export function detailSections(r: Result, framework: Framework, assessment: AssessmentResult | null): Section[] {
  const sections = resultSections(describeResult(r, framework, assessment ?? undefined), businessCharts);
  if (assessment) sections.splice(1, 0, { key: 'respondents', html: respondentsHtml(assessment, framework) });
  return sections.filter((s) => s.key !== 'card');
}
