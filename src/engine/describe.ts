/** Wording shared by the CLI report and the page, so both explain a result in the same words. */
import { BOOLEAN_FIELDS, METRIC_FIELDS, NUMBER_FIELDS, type InputKey, type MetricKey } from './inputs.ts';
import type { Finding } from './rules.ts';
import { OPERATOR_SYMBOL } from './rules.ts';
import type { Spread } from './assessment.ts';
import type { Operator } from './framework-schema.ts';
import type { Delta } from './history.ts';

function unitOf(key: InputKey | MetricKey): string {
  return [...NUMBER_FIELDS, ...METRIC_FIELDS].find((f) => f.key === key)?.unit ?? '';
}

/** 35 -> "35%", 150 -> "150 engineers", true -> "yes", null -> "not answered". */
export function formatValue(key: InputKey | MetricKey, value: number | boolean | null | undefined): string {
  if (value === null || value === undefined) return 'not answered';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const unit = unitOf(key);
  const number = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  if (unit === '%') return `${number}%`;
  if (unit === 'NPS') return number;
  // "1 engineers" reads wrong; drop the plural s for one.
  return `${number} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** "Team size ≤ 20 engineers", "The development workflow is settled = no". */
export function conditionText(key: InputKey | MetricKey, op: Operator, threshold: number | boolean): string {
  const label = [...NUMBER_FIELDS, ...METRIC_FIELDS, ...BOOLEAN_FIELDS].find((f) => f.key === key)?.label ?? key;
  return `${label} ${OPERATOR_SYMBOL[op]} ${formatValue(key, threshold)}`;
}

export const OUTCOME_TEXT: Record<Finding['outcome'], string> = {
  fired: 'fired',
  'not-fired': 'did not fire',
  unanswered: 'not answered',
};

/** One line a person can check by hand: the rule, the value given, and the verdict. */
export function findingText(f: Finding): string {
  const verdict = f.decisive
    ? 'fired and decided'
    : f.outcome === 'fired'
      ? 'would also fire (an earlier rule decided)'
      : OUTCOME_TEXT[f.outcome];
  return `${f.title}: ${conditionText(f.input, f.op, f.threshold)}? Given ${formatValue(f.input, f.value)}: ${verdict}.`;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "team size +16; platform pressure -5": what moved since the previous assessment ('' if nothing). */
export function deltasText(deltas: readonly Delta[]): string {
  return deltas
    .filter((d) => d.change !== null && d.change !== 0)
    .map((d) => `${d.label.toLowerCase()} ${signed(d.change as number)}`)
    .join('; ');
}

/** "share of developer time on infrastructure 12% to 24%": where respondents differed ('' if nowhere). */
export function rangesText(spread: readonly Spread[]): string {
  return spread
    .filter((s) => s.min !== null && s.min !== s.max)
    .map((s) => `${s.label.toLowerCase()} ${formatValue(s.input, s.min)} to ${formatValue(s.input, s.max)}`)
    .join('; ');
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 6 -> "six months", 1 -> "one month", 18 -> "18 months": the review interval in words. */
export function monthsText(months: number): string {
  const n = SMALL[months] ?? String(months);
  return `${n} ${months === 1 ? 'month' : 'months'}`;
}
