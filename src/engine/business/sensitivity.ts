/**
 * Which assumptions the business case hangs on: each one is moved to its low and its high value
 * (the others held at their base) and the payback month and the net over the horizon are read
 * again. Sorted by swing (how far the net moves between low and high), largest first: the order
 * a tornado chart draws its bars in. Data only; the words are the caller's.
 */
import { businessTotals, type PaybackStatus, type TimelineInput } from './timeline.ts';

/** Any number the timeline takes but the horizon, which frames the question rather than answers it. */
export type AssumptionKey = Exclude<keyof TimelineInput, 'horizonMonths' | 'engineerCost'>;

/** One assumption's base value and the low and high values it could plausibly take, in its own unit. */
export interface AssumptionRange {
  key: AssumptionKey;
  base: number;
  low: number;
  high: number;
}

interface Outcome {
  /** The assumption's value in this run. */
  value: number;
  paybackMonth: number | null;
  paybackStatus: PaybackStatus;
  /** Capacity value - cost over the horizon, in the case's unit. */
  net: number;
}

interface AssumptionSensitivity {
  key: AssumptionKey;
  base: number;
  low: Outcome;
  high: Outcome;
  /** |net at high - net at low|, in the case's unit: the length of the tornado's bar. */
  swing: number;
  /** True when paying back within the horizon depends on where in its range this assumption lies. */
  changesVerdict: boolean;
}

export interface SensitivityResult {
  /** The unit of every net: money when the base case has an engineer cost. */
  unit: 'money' | 'engineer-months';
  horizonMonths: number;
  /** The case with every assumption at its base. */
  base: { paybackMonth: number | null; paybackStatus: PaybackStatus; net: number; roi: number | null };
  /** The base case's break-even win-back, percent (see Timeline.breakEvenRecoveryPercent). */
  breakEvenRecoveryPercent: number | null;
  /** Largest swing first; ties broken by the payback month's swing, then the order given. */
  assumptions: AssumptionSensitivity[];
  /** The (at most) two assumptions that move the answer most: the first two with a swing above 0. */
  mostInfluential: AssumptionKey[];
}

function checkRanges(ranges: readonly AssumptionRange[]): void {
  const seen = new Set<AssumptionKey>();
  for (const { key, base, low, high } of ranges) {
    if (seen.has(key)) throw new RangeError(`${key} is given twice`);
    seen.add(key);
    if (![base, low, high].every(Number.isFinite)) throw new RangeError(`${key}: low, base and high must be finite numbers`);
    if (!(low <= base && base <= high)) throw new RangeError(`${key}: needs low <= base <= high (got ${low}, ${base}, ${high})`);
  }
}

/** Run the timeline with every range at its base; `input` gives everything no range names. */
export function sensitivity(input: TimelineInput, ranges: readonly AssumptionRange[]): SensitivityResult {
  checkRanges(ranges);
  const baseInput: TimelineInput = { ...input };
  for (const { key, base } of ranges) baseInput[key] = base;
  const baseCase = businessTotals(baseInput);
  const horizon = baseCase.horizonMonths;
  const netOf = (t: ReturnType<typeof businessTotals>) => (t.money ?? t.engineerMonths).net;

  const run = (key: AssumptionKey, value: number): Outcome => {
    const t = businessTotals({ ...baseInput, [key]: value });
    return { value, paybackMonth: t.paybackMonth, paybackStatus: t.paybackStatus, net: netOf(t) };
  };
  // For ordering only: a case that never pays back counts as paying back the month after the horizon.
  const month = (o: Outcome) => o.paybackMonth ?? horizon + 1;
  const paysBack = (o: { paybackMonth: number | null }) => o.paybackMonth !== null;

  const assumptions = ranges
    .map(({ key, base, low, high }): AssumptionSensitivity => {
      const lowCase = run(key, low);
      const highCase = run(key, high);
      return {
        key,
        base,
        low: lowCase,
        high: highCase,
        swing: Math.abs(highCase.net - lowCase.net),
        changesVerdict: new Set([paysBack(lowCase), paysBack(baseCase), paysBack(highCase)]).size > 1,
      };
    })
    .map((a, order) => ({ a, order, months: Math.abs(month(a.high) - month(a.low)) }))
    .sort((x, y) => y.a.swing - x.a.swing || y.months - x.months || x.order - y.order)
    .map(({ a }) => a);

  return {
    unit: baseCase.unit,
    horizonMonths: horizon,
    base: { paybackMonth: baseCase.paybackMonth, paybackStatus: baseCase.paybackStatus, net: netOf(baseCase), roi: baseCase.roi },
    breakEvenRecoveryPercent: baseCase.breakEvenRecoveryPercent,
    assumptions,
    mostInfluential: assumptions
      .filter((a) => a.swing > 0 || a.low.paybackMonth !== a.high.paybackMonth)
      .slice(0, 2)
      .map((a) => a.key),
  };
}
