/**
 * The business case's assumptions as the case uses them: the person's answer where they gave
 * one ("your assumption"), the framework's default and basis otherwise, each with the plausible
 * low and high the sensitivity swings it through.
 */
import type { BusinessConfig } from '../framework/schema.ts';
import { ASSUMPTION_KEYS, businessField, type Answers, type AssumptionKey } from '../inputs/fields.ts';

export interface Assumption {
  key: AssumptionKey;
  label: string;
  unit: string;
  value: number;
  low: number;
  high: number;
  /** 'answer' when the person gave it: then the framework's basis is not shown as theirs. */
  basis: 'framework' | 'answer';
  /** The framework's reasoning for its default (shown only when the default is used). */
  rationale: string;
  /** Source ids from content/sources.yaml behind the default (none for a placeholder of this site's). */
  sources: string[];
  frameworkDefault: number;
}

export function resolveAssumptions(answers: Answers, config: BusinessConfig): Assumption[] {
  return ASSUMPTION_KEYS.map((key) => {
    const own = answers[key];
    const given = config.assumptions[key];
    const field = businessField(key);
    const value = own ?? given.default;
    return {
      key,
      label: field.label,
      unit: field.unit,
      value,
      // A person's own value widens the range rather than falling outside it.
      low: Math.min(given.low, value),
      high: Math.max(given.high, value),
      basis: own === undefined ? 'framework' : 'answer',
      rationale: given.basis,
      sources: given.sources ?? (given.source ? [given.source] : []),
      frameworkDefault: given.default,
    };
  });
}

export function assumptionValue(list: readonly Assumption[], key: AssumptionKey): number {
  const found = list.find((a) => a.key === key);
  if (!found) throw new Error(`no assumption ${key}`);
  return found.value;
}
