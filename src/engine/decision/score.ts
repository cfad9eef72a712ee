/**
 * Platform pressure, 0-100. Each factor ramps linearly between the framework's `low` and `high`,
 * so the score can only rise when team size, infrastructure share or onboarding time rise.
 */
import type { Framework } from '../framework/schema.ts';
import { labelOf, type Answers, type NumberInputKey } from '../inputs/fields.ts';

interface ScoreFactorResult {
  input: NumberInputKey;
  label: string;
  value: number | null;
  weight: number;
  low: number;
  high: number;
  /** Points this factor adds, 0..weight, to one decimal. */
  contribution: number;
}

export interface Score {
  value: number;
  factors: ScoreFactorResult[];
}

function ramp(value: number, low: number, high: number): number {
  return Math.min(1, Math.max(0, (value - low) / (high - low)));
}

export function score(answers: Answers, framework: Framework): Score {
  let total = 0;
  const factors = framework.score.factors.map((f): ScoreFactorResult => {
    const value = answers[f.input] ?? null;
    const points = value === null ? 0 : f.weight * ramp(value, f.low, f.high);
    total += points;
    return {
      input: f.input,
      label: labelOf(f.input),
      value,
      weight: f.weight,
      low: f.low,
      high: f.high,
      contribution: Math.round(points * 10) / 10,
    };
  });
  return { value: Math.round(total), factors };
}
