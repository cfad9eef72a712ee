/**
 * How sure the answer is: for every answered number a rule reads, how far it sits from the nearest
 * value that would change the recommendation. When the deciding answer sits within the framework's
 * close-call margin for that input, an estimation error could flip the answer, so the result says
 * so and measuring it becomes the first step.
 */
import type { CloseCall, Framework } from '../framework/schema.ts';
import { isNumberInput, labelOf, type Answers, type NumberInputKey } from '../inputs/fields.ts';
import { nearestChange } from './levers.ts';
import type { Decision } from './rules.ts';

export interface Margin {
  input: NumberInputKey;
  label: string;
  value: number;
  /** The nearest value that changes the recommendation, or null when no value of this input does. */
  changesAt: number | null;
  /** |changesAt - value|; null when no value changes it. */
  margin: number | null;
  /** The framework's close-call margin for this input, when it has one. */
  within: number | null;
  /** True when margin <= within. */
  close: boolean;
}

export interface CloseCallResult extends Margin {
  step: CloseCall['step'];
}

export function margins(answers: Answers, framework: Framework, decision: Decision, only?: readonly NumberInputKey[]): Margin[] {
  const inputs = (only ?? [...new Set(framework.rules.map((r) => r.input))].filter(isNumberInput)).filter((i) => isNumberInput(i));
  return inputs.flatMap((input): Margin[] => {
    const value = answers[input];
    if (value === undefined) return [];
    const change = nearestChange(answers, framework, input, decision);
    const changesAt = typeof change?.to === 'number' ? change.to : null;
    const margin = changesAt === null ? null : Math.abs(changesAt - value);
    const within = framework.closeCalls.find((c) => c.input === input)?.within ?? null;
    return [
      { input, label: labelOf(input), value, changesAt, margin, within, close: margin !== null && within !== null && margin <= within },
    ];
  });
}

/**
 * The inputs that could be close calls at all: answered, with a close-call margin, and within it of
 * one of their rule's thresholds. Only these need the (dearer) search for the nearest change, so a
 * history of thousands of records far from every line costs nothing extra.
 */
export function closeCallCandidates(answers: Answers, framework: Framework): NumberInputKey[] {
  return framework.closeCalls.flatMap((c) => {
    const value = answers[c.input];
    if (value === undefined) return [];
    const near = framework.rules.some(
      (r) => r.input === c.input && typeof r.threshold === 'number' && Math.abs(value - r.threshold) <= c.within + 1,
    );
    return near ? [c.input] : [];
  });
}

/**
 * The deciding answer's close call, when it is one. When no rule fired, every answer decided
 * together, so the closest of the close ones (relative to its margin) is the one to measure.
 */
export function closeCall(list: readonly Margin[], framework: Framework, decision: Decision): CloseCallResult | null {
  const deciding = decision.findings.find((f) => f.decisive);
  const close = list.filter((m) => m.close);
  const ratio = (m: Margin) => (m.margin ?? 0) / (m.within ?? 1);
  const margin = deciding ? close.find((m) => m.input === deciding.input) : close.sort((a, b) => ratio(a) - ratio(b))[0];
  const config = margin ? framework.closeCalls.find((c) => c.input === margin.input) : undefined;
  return margin && config ? { ...margin, step: config.step } : null;
}
