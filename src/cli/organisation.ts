/** `assess history --org NAME`: the organisation's sentences (describeOrganisation()), then a line per unit. */
import type { Framework } from '#src/engine/framework/schema.ts';
import type { Organisation } from '#src/engine/history/organisation.ts';
import { describeOrganisation } from '#src/engine/text/describe-organisation.ts';
import { groupDigits, moneyText } from '#src/engine/text/numbers.ts';

export function organisationText(o: Organisation, framework: Framework): string {
  const text = describeOrganisation(o, framework);
  const lines = [`${text.name}: ${text.units}`, ...(text.example ? [`  ${text.example}`] : []), `  ${text.tax}`, '', '  Platform teams:'];
  lines.push(...text.teams.map((t) => `    ${t.text}`));
  if (text.forecastTotal) {
    lines.push('', `  ${text.forecastTotal}`, ...text.forecasts.map((f) => `    ${f.text}`), `    ${text.forecastLimits}`);
  }
  lines.push('', `  ${text.overdue}`, '', '  Units:');
  for (const r of o.rows) {
    const label = framework.recommendations[r.recommendation].label;
    const money = r.taxMoney === null ? '' : ` (${moneyText(r.taxMoney, r.currency)} a year)`;
    const due = r.daysOverdue > 0 ? `overdue since ${r.nextReviewOn}` : `next review ${r.nextReviewOn}`;
    lines.push(
      `    ${r.unit ?? '(whole organisation)'}: ${label} since ${r.since}; tax ${groupDigits(r.taxFte)} engineers${money}; ${due}.`,
    );
  }
  return lines.join('\n');
}
