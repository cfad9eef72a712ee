/**
 * What would change the answer: for each lever the framework lists (inputs a leader can change),
 * the nearest value that changes the recommendation, all else equal. Rules compare against
 * thresholds, so the answer can only change at one: trying the values either side of every
 * threshold on that input finds the nearest change exactly. Where no value of a lever changes the
 * answer, the lever says which rule would still decide: the decision with that input unanswered.
 */
import type { Framework, Recommendation } from '../framework/schema.ts';
import { BOOLEAN_FIELDS, isNumberInput, labelOf, numberField, type Answers, type InputKey, type NumberField } from '../inputs/fields.ts';
import { decide, thresholdsFor, type Finding } from './rules.ts';

export interface Lever {
  input: InputKey;
  label: string;
  current: number | boolean | null;
  /** The nearest value that changes the recommendation, or null when none does. */
  to: number | boolean | null;
  recommendation: Recommendation | null;
  /** The rule that decides after the change. */
  decidedBy: { ruleId: string; title: string } | null;
  /** When no value changes it: the rule that decides whatever this input is. */
  stillDecidedBy: Finding | null;
}

function candidates(field: NumberField, thresholds: readonly number[]): number[] {
  const values = new Set<number>();
  for (const t of thresholds) {
    const around = field.integer ? [Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1] : [t - 1, t, t + 1];
    for (const v of around) if (v >= field.min && v <= field.max) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

function valuesToTry(input: InputKey, thresholds: readonly number[], current: number | boolean | null): (number | boolean)[] {
  if (isNumberInput(input)) return candidates(numberField(input), thresholds);
  return BOOLEAN_FIELDS.some((f) => f.key === input) ? [true, false].filter((v) => v !== current) : [];
}

function distance(a: number | boolean, b: number | boolean | null): number {
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) : 0;
}

type Change = Pick<Lever, 'to' | 'recommendation' | 'decidedBy'>;

/** The nearest value of one input that changes the recommendation, all else equal; null when none does. */
export function nearestChange(answers: Answers, framework: Framework, input: InputKey, now = decide(answers, framework)): Change | null {
  const current = answers[input] ?? null;
  let best: Change | null = null;
  for (const value of valuesToTry(input, thresholdsFor(framework, input), current)) {
    if (value === current) continue;
    const decision = decide({ ...answers, [input]: value }, framework);
    if (decision.recommendation === now.recommendation) continue;
    if (best === null || distance(value, current) < distance(best.to as number | boolean, current))
      best = {
        to: value,
        recommendation: decision.recommendation,
        decidedBy: { ruleId: decision.decidedBy.ruleId, title: decision.decidedBy.title },
      };
  }
  return best;
}

export function levers(answers: Answers, framework: Framework): Lever[] {
  const now = decide(answers, framework);
  return framework.levers.flatMap((l): Lever[] => {
    const current = answers[l.input] ?? null;
    const thresholds = thresholdsFor(framework, l.input);
    if (
      l.nearWithin !== undefined &&
      (typeof current !== 'number' || !thresholds.some((t) => Math.abs(current - t) <= (l.nearWithin ?? 0)))
    )
      return [];
    const best = nearestChange(answers, framework, l.input, now);
    const without = best ? null : decide({ ...answers, [l.input]: undefined }, framework);
    return [
      {
        input: l.input,
        label: labelOf(l.input),
        current,
        to: best?.to ?? null,
        recommendation: best?.recommendation ?? null,
        decidedBy: best?.decidedBy ?? null,
        stillDecidedBy: without?.findings.find((f) => f.decisive) ?? null,
      },
    ];
  });
}
