/**
 * How much each assumption moves a business case: its plausible range (the framework's low and
 * high; the infrastructure share itself by a typical estimate's error; half and one and a half
 * times a cost line the person gave, as money is never invented) run through the sensitivity. Kept
 * apart from business-case.ts so the page's keystroke path, which shows only the payback, does not
 * carry it.
 */
import { COST_LINE_KEYS } from '../inputs/cost-lines.ts';
import type { Assumption, BusinessCase } from './business-case.ts';
import { sensitivity, type AssumptionRange, type SensitivityResult } from './sensitivity.ts';

/** Neither frames the net: the horizon is the question's length, the discount rate moves only the present value. */
const NOT_SWUNG: ReadonlySet<Assumption['key']> = new Set(['horizonMonths', 'discountRatePercent']);

/** Each assumption's plausible range, in the timeline's units; money only when the person gave it (never invented). */
function ranges(c: BusinessCase): AssumptionRange[] {
  const input = c.input;
  const out: AssumptionRange[] = c.assumptions
    .filter((a) => !NOT_SWUNG.has(a.key))
    .map((a) => ({ key: a.key as AssumptionRange['key'], base: a.value, low: a.low, high: a.high }));
  const share = input.infraTimeShare;
  if (c.infraShareError > 0)
    out.unshift({
      key: 'infraTimeShare',
      base: share,
      low: Math.max(0, share - c.infraShareError),
      high: Math.min(100, share + c.infraShareError),
    });
  for (const key of COST_LINE_KEYS) {
    const given = input[key];
    if (given > 0 && input.engineerCost !== null) out.push({ key, base: given, low: given / 2, high: given * 1.5 });
  }
  return out;
}

/**
 * An assumption that moves neither the net nor the payback anywhere in its range has no bar: for a
 * running team the staffing, the ramp, the dip and the move are spent, and a tornado of identical
 * figures reads as if they had been tested and mattered not at all.
 */
export function sensitivityOf(c: BusinessCase): SensitivityResult {
  const result = sensitivity(c.input, ranges(c));
  const moves = (a: SensitivityResult['assumptions'][number]) =>
    a.swing > 0 ||
    a.low.net !== result.base.net ||
    a.low.paybackMonth !== a.high.paybackMonth ||
    a.low.paybackMonth !== result.base.paybackMonth;
  return { ...result, assumptions: result.assumptions.filter(moves) };
}
