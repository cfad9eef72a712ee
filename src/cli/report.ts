/** The CLI's readable report of one Result. */
import { conditionText, formatValue, findingText } from '#src/engine/describe.ts';
import type { AssessmentResult, Split } from '#src/engine/assessment.ts';
import type { Result } from '#src/engine/evaluate.ts';
import { OPERATOR_SYMBOL } from '#src/engine/rules.ts';
import { labelOf } from '#src/engine/inputs.ts';

const SITE = 'the platform-fit guides';

export function renderReport(result: Result, title?: string): string {
  const out: string[] = [];
  if (title) out.push(title, '');
  out.push(`Recommendation: ${result.label} (${result.recommendation})`);
  out.push(`  ${result.summary}`);
  out.push(`  Decided by "${result.decidedBy.ruleId}": ${result.decidedBy.because}`);
  if (!result.framework.sameVersion) {
    out.push(
      `  Note: this record was made under framework ${result.framework.recordVersion}; evaluated with ${result.framework.version}, whose rules may differ.`,
    );
  }
  out.push('', 'Rules, in order (first that fires decides):');
  for (const f of result.reasons) out.push(`  ${f.order}. ${findingText(f)}  [${f.guide}]`);
  out.push('', 'Next steps:');
  result.steps.forEach((s, i) => out.push(`  ${i + 1}. ${s.text}  [${s.guide}]`));
  out.push('', `Platform pressure: ${result.score.value}/100`);
  for (const f of result.score.factors) {
    out.push(`  ${f.label}: ${formatValue(f.input, f.value)} -> ${f.contribution} of ${f.weight} points (full at ${f.high})`);
  }
  const tax = result.operationalTax;
  out.push('', `Operational tax: ${tax.fullTimeEngineers} full-time engineers (${tax.teamSize} x ${tax.infraTimeShare}%)`);
  out.push('', 'What would change the recommendation (one input at a time):');
  for (const c of result.whatWouldChange) {
    const now = c.current === null ? 'not answered' : formatValue(c.input, c.current);
    out.push(
      c.to === null
        ? `  ${c.label} (now ${now}): no value in range changes it`
        : `  ${c.label} (now ${now}): at ${formatValue(c.input, c.to)} it becomes ${c.recommendation} (rule "${c.decidedBy}")`,
    );
  }
  const given = result.metrics.filter((m) => m.value !== null);
  if (given.length > 0) {
    out.push('', 'Metrics against targets:');
    for (const m of given) {
      out.push(
        `  ${m.label}: ${formatValue(m.input, m.value)}, target ${OPERATOR_SYMBOL[m.op]} ${formatValue(m.input, m.target)}: ${m.met ? 'met' : 'not met'}`,
      );
    }
  }
  if (result.trapWarnings.triggered) {
    out.push(
      '',
      `Platform-trap warning: ${result.trapWarnings.signs.length} warning signs ticked (threshold ${result.trapWarnings.threshold})  [${result.trapWarnings.guide}]`,
    );
    for (const s of result.trapWarnings.signs) out.push(`  - ${s.text}`);
  }
  out.push('', `Assessed on ${result.assessedOn}; next review due ${result.nextReviewOn}.`);
  out.push(`Guide links are paths on ${SITE} (npm start serves them).`);
  return out.join('\n');
}

/** Who answered what, how far apart they were, and the rules on which they split. */
export function renderRespondents(a: AssessmentResult): string {
  const out = [`Respondents (${a.respondents.length}); the combined answers above use the median of numbers and the majority of yes/no:`];
  for (const r of a.respondents) out.push(`  ${r.name}: ${r.result.label} (decided by "${r.result.decidedBy.ruleId}")`);
  out.push(a.agree ? 'They agree on the recommendation.' : 'They would get different recommendations.');
  for (const s of a.splits) {
    const side = (list: Split['fired']) => list.map((v) => `${v.name} (${formatValue(s.input, v.value)})`).join(', ');
    const others = [side(s.notFired), s.unanswered.length ? `${s.unanswered.join(', ')} (not answered)` : ''].filter(Boolean).join(', ');
    out.push(`  Split on ${s.label.toLowerCase()}: rule "${s.ruleId}" fires for ${side(s.fired)}; not for ${others}.`);
  }
  for (const t of a.ties)
    out.push(
      `  Tie on ${t.input === 'trapSigns' ? `warning sign ${t.detail}` : labelOf(t.input).toLowerCase()}: ${t.yes} yes, ${t.no} no; treated as not answered.`,
    );
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

export { conditionText };
