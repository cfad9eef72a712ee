/**
 * For each numeric input, the nearest value that would change the recommendation, all else equal.
 * Rules compare against thresholds, so the recommendation can only change at a threshold: trying
 * the values just either side of every threshold on that input finds the nearest change exactly.
 */
import type { Framework, Recommendation } from './framework-schema.ts';
import { NUMBER_FIELDS, type Answers, type NumberField, type NumberInputKey } from './inputs.ts';
import { decide } from './rules.ts';

export interface Change {
  input: NumberInputKey;
  flag: string;
  label: string;
  unit: string;
  current: number | null;
  /** The nearest value that changes the recommendation, or null when no value in range does. */
  to: number | null;
  recommendation: Recommendation | null;
  decidedBy: string | null;
}

function candidates(field: NumberField, thresholds: readonly number[]): number[] {
  const values = new Set<number>();
  for (const t of thresholds) {
    const around = field.integer ? [Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1] : [t - 1, t, t + 1];
    for (const v of around) if (v >= field.min && v <= field.max) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

export function whatWouldChange(answers: Answers, framework: Framework): Change[] {
  const now = decide(answers, framework).recommendation;
  return NUMBER_FIELDS.map((field): Change => {
    const current = answers[field.key] ?? null;
    const thresholds = framework.rules.flatMap((r) => (r.input === field.key && typeof r.threshold === 'number' ? [r.threshold] : []));
    let best: { to: number; recommendation: Recommendation; decidedBy: string } | null = null;
    for (const value of candidates(field, thresholds)) {
      if (value === current) continue;
      const decision = decide({ ...answers, [field.key]: value }, framework);
      if (decision.recommendation === now) continue;
      const closer = best === null || (current !== null && Math.abs(value - current) < Math.abs(best.to - current));
      if (closer) best = { to: value, recommendation: decision.recommendation, decidedBy: decision.decidedBy.ruleId };
    }
    return {
      input: field.key,
      flag: field.flag,
      label: field.label,
      unit: field.unit,
      current,
      to: best?.to ?? null,
      recommendation: best?.recommendation ?? null,
      decidedBy: best?.decidedBy ?? null,
    };
  });
}
