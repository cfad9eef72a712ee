/** Values, conditions and changes in words: the small pieces every sentence the faces show is built from. */
import {
  BOOLEAN_FIELDS,
  BUSINESS_FIELDS,
  METRIC_FIELDS,
  NUMBER_FIELDS,
  type BusinessKey,
  type InputKey,
  type MetricKey,
} from '../inputs/fields.ts';
import { OPERATOR_SYMBOL } from '../decision/rules.ts';
import type { Spread } from '../respondents/assessment.ts';
import type { Operator } from '../framework/schema.ts';
import type { Delta, DoraDeltaKey } from '../history/history.ts';
import { minutesText, unitFor } from '../words.ts';

function unitOf(key: InputKey | MetricKey | BusinessKey): string {
  return [...NUMBER_FIELDS, ...METRIC_FIELDS, ...BUSINESS_FIELDS].find((f) => f.key === key)?.unit ?? '';
}

/** 35 -> "35%", 150 -> "150 engineers", true -> "yes", null -> "not answered". */
export function formatValue(key: InputKey | MetricKey, value: number | boolean | null | undefined): string {
  if (value === null || value === undefined) return 'not answered';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const unit = unitOf(key);
  if (unit === 'minutes') return minutesText(value);
  const number = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  if (unit === '%') return `${number}%`;
  if (unit === 'NPS') return number;
  // "1 engineers" reads wrong; drop the plural s for one.
  return `${number} ${unitFor(value, unit)}`;
}

/** "Team size ≤ 20 engineers", "The development workflow is settled = no". */
export function conditionText(key: InputKey | MetricKey, op: Operator, threshold: number | boolean): string {
  const label = [...NUMBER_FIELDS, ...METRIC_FIELDS, ...BOOLEAN_FIELDS].find((f) => f.key === key)?.label ?? key;
  return `${label} ${OPERATOR_SYMBOL[op]} ${formatValue(key, threshold)}`;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export const isDoraKey = (key: Delta['key']): key is DoraDeltaKey => key.startsWith('dora.');

/** A DORA score on its 0-10 scale, one decimal as DORA's Quick Check shows it: "7.3/10". */
export const doraScoreText = (score: number | null): string => (score === null ? 'not answered' : `${score.toFixed(1)}/10`);

/**
 * A change with its unit, so a reader never guesses: "+12 percentage points", "-397.5 minutes",
 * "+16 engineers", "+32 points" for the score.
 */
export function changeText(key: Delta['key'], change: number): string {
  if (key === 'score') return `${signed(change)} points`;
  if (isDoraKey(key)) return `${change > 0 ? '+' : ''}${change.toFixed(1)} points`;
  const unit = unitOf(key);
  if (unit === '%') return `${signed(change)} percentage points`;
  if (unit === 'NPS') return `${signed(change)} NPS points`;
  if (unit === 'minutes') return `${change > 0 ? '+' : change < 0 ? '-' : ''}${minutesText(Math.abs(change))}`;
  return `${signed(change)} ${unitFor(change, unit)}`;
}

/** A label inside a sentence: "Team size" becomes "team size", while "DORA" keeps its capitals. */
const inSentence = (label: string) => label.replace(/\b[A-Z](?=[a-z])/g, (c) => c.toLowerCase());

/** "team size +16 engineers; platform pressure -5 points": what moved since the previous assessment ('' if nothing). */
export function deltasText(deltas: readonly Delta[]): string {
  return deltas
    .filter((d) => d.change !== null && d.change !== 0)
    .map((d) => `${inSentence(d.label)} ${changeText(d.key, d.change as number)}`)
    .join('; ');
}

/** "share of developer time on infrastructure 12% to 24%": where respondents differed ('' if nowhere). */
/** How many names a sentence lists before "and 12 more": a record may hold a hundred respondents. */
const NAMES_LISTED = 8;

/** "Ana, Bo, Cy", or the first NAMES_LISTED and how many more. */
export function namesText(names: readonly string[]): string {
  if (names.length <= NAMES_LISTED + 1) return names.join(', ');
  return `${names.slice(0, NAMES_LISTED).join(', ')} and ${names.length - NAMES_LISTED} more`;
}

export function rangesText(spread: readonly Spread[]): string {
  return spread
    .filter((s) => s.min !== null && s.min !== s.max)
    .map((s) => `${s.label.toLowerCase()} ${formatValue(s.input, s.min)} to ${formatValue(s.input, s.max)}`)
    .join('; ');
}
