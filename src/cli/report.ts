/** The CLI's readable report: the engine's sentences (describe-result.ts) laid out as lines. */
import type { AssessmentResult } from '#src/engine/respondents/assessment.ts';
import { disagreementLines, describeResult } from '#src/engine/text/describe-result.ts';
import { formatValue } from '#src/engine/text/describe.ts';
import type { Result } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';

export function renderReport(result: Result, framework: Framework, title?: string, assessment?: AssessmentResult): string {
  const r = describeResult(result, framework, assessment);
  const out: string[] = [];
  if (title) out.push(title, '');
  out.push(`${r.headline} (${r.label})`, `  ${r.summary}`);
  if (r.split) out.push(`  ${r.split}`);
  out.push(`  ${r.deciding} ${r.because}  [${r.becauseGuide}]`);
  if (r.versionNote) out.push(`  Note: ${r.versionNote}`);
  if (r.trap) {
    out.push('', `Platform-trap warning: ${r.trap.headline}  [${r.trap.guide}]`);
    for (const s of r.trap.signs) out.push(`  - ${s}`);
  }
  out.push('', 'Next steps:');
  r.steps.forEach((s, i) => out.push(`  ${i + 1}. ${s.text}  [${s.guide}]`));
  out.push('', r.tax, 'Business case:');
  for (const row of r.business) out.push(`  ${row.label}: ${row.figure}. ${row.detail}`);
  out.push('', 'Rules, in order (the first that fires decides):');
  for (const f of r.rules) out.push(`  ${f.order}. ${f.title}: ${f.condition}? ${f.answer}: ${f.outcome}.  [${f.guide}]`);
  out.push('', r.score.headline);
  for (const f of r.score.factors) out.push(`  ${f.label}: ${f.answer} -> ${f.points} of ${f.weight} points (full at ${f.fullAt})`);
  out.push('', 'What would change the answer:');
  for (const line of r.levers) out.push(`  - ${line}`);
  if (r.metrics.length > 0) {
    out.push('', 'Metrics against targets:');
    for (const m of r.metrics) out.push(`  ${m.label}: ${m.answer}, target ${m.target}: ${m.met ? 'met' : 'not met'}`);
  }
  out.push('', r.review, 'Guide links are paths on the platform-fit site (npm start serves it).');
  return out.join('\n');
}

/** Who answered what and where they differ: the respondents' side of a combined result. */
export function renderRespondents(a: AssessmentResult, framework: Framework): string {
  const out = [`Respondents (${a.respondents.length}); the combined answers use the median of numbers and the majority of yes/no:`];
  for (const r of a.respondents)
    out.push(`  ${r.name}: ${framework.recommendations[r.result.recommendation].label} (${r.result.decidedBy.title})`);
  out.push(a.agree ? 'Each respondent alone would get the same recommendation.' : 'Respondents alone would get different recommendations.');
  for (const line of disagreementLines(a)) out.push(`  ${line}`);
  out.push('Spread:');
  for (const s of a.spread) {
    if (s.min === null) continue;
    out.push(
      s.min === s.max
        ? `  ${s.label}: all answered ${formatValue(s.input, s.min)}`
        : `  ${s.label}: ${formatValue(s.input, s.min)} to ${formatValue(s.input, s.max)} (median ${formatValue(s.input, s.median)})`,
    );
  }
  return out.join('\n');
}
