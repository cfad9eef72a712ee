/** The CLI's readable report: the engine's sentences (describe-result.ts) laid out as lines. */
import type { AssessmentResult } from '#src/engine/respondents/assessment.ts';
import { disagreementLines, describeResult } from '#src/engine/text/describe-result.ts';
import { formatValue } from '#src/engine/text/describe.ts';
import { groupDigits } from '#src/engine/text/numbers.ts';
import type { Result } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import type { DoraReport } from '#src/engine/dora/report.ts';
import { doraLines } from './dora.ts';

const fmt = (n: number) => groupDigits(Math.round(n));

/** The running net at every sixth month and the last, so a terminal shows the curve's shape. */
function runningNet(r: ReturnType<typeof describeResult>): string {
  const points = r.charts.net.points.filter(
    (p, i, all) => p.month % 6 === 0 || i === all.length - 1 || p.month === r.charts.net.paybackMonth,
  );
  return points.map((p) => `${p.month}: ${fmt(p.net)}`).join(', ');
}

export function renderReport(
  result: Result,
  framework: Framework,
  title?: string,
  assessment?: AssessmentResult,
  dora?: DoraReport | null,
): string {
  const r = describeResult(result, framework, assessment);
  const out: string[] = [];
  if (title) out.push(title, '');
  out.push(`${r.headline} (${r.label})`, `  ${r.summary}`);
  if (r.split) out.push(`  ${r.split}`);
  out.push(`  ${r.deciding} ${r.because}  [${r.becauseGuide}]`);
  if (r.caution) out.push(`  ${r.caution}`);
  if (r.versionNote) out.push(`  Note: ${r.versionNote}`);
  if (r.trap) {
    out.push('', `Platform-trap warning: ${r.trap.headline}  [${r.trap.guide}]`);
    for (const s of r.trap.signs) out.push(`  - ${s}`);
  }
  out.push('', 'Next steps:');
  r.steps.forEach((s, i) => out.push(`  ${i + 1}. ${s.text}  [${s.guide}]`));
  out.push('', r.tax, r.payback, '', 'Business case:', `  ${r.belief}`);
  for (const row of r.business) out.push(`  ${row.label}: ${row.figure}. ${row.detail}`);
  out.push(`  Running net (${r.charts.unit}), month: ${runningNet(r)}`);
  out.push(`  What moves the net most (${r.charts.unit}), each assumption at its low and high:`);
  for (const b of r.charts.tornado)
    out.push(`    ${b.label}: ${b.low} -> ${fmt(b.lowNet)} (${b.lowPayback}); ${b.high} -> ${fmt(b.highNet)} (${b.highPayback})`);
  out.push('  Assumptions:');
  for (const a of r.assumptions) out.push(`    ${a.label}: ${a.value}${a.range ? ` (plausible ${a.range})` : ''}. ${a.basis}`);
  out.push(`  ${r.sizing.intro}`, `  ${r.sizing.best}`);
  for (const ref of r.sizing.references) out.push(`    - ${ref.text}`);
  out.push('', 'Rules, in order (the first that fires decides):');
  for (const f of r.rules)
    out.push(`  ${f.order}. ${f.title}: ${f.condition}? ${f.answer}: ${f.outcome}.  [${f.guide}]`, `     ${f.basis}`);
  out.push('', r.score.headline);
  for (const f of r.score.factors) out.push(`  ${f.label}: ${f.answer} -> ${f.points} of ${f.weight} points (full at ${f.fullAt})`);
  out.push('', 'What would change the answer:');
  for (const line of r.levers) out.push(`  - ${line}`);
  if (r.metrics.length > 0) {
    out.push('', 'Metrics against targets:');
    for (const m of r.metrics) out.push(`  ${m.label}: ${m.answer}, target ${m.target}: ${m.met ? 'met' : 'not met'}`);
  }
  if (dora) out.push('', ...doraLines(dora));
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
