/**
 * How much each assumption moves a business case: its plausible range (the framework's low and
 * high, or half and one and a half times a tooling cost the person gave; money is never invented)
 * run through the sensitivity. Kept apart from business-case.ts so the page's keystroke path,
 * which shows only the payback, does not carry it.
 */
import type { Assumption, BusinessCase } from './business-case.ts';
import { sensitivity, type AssumptionRange, type SensitivityResult } from './sensitivity.ts';
import type { TimelineInput } from './timeline.ts';

/** Each assumption's plausible range, in the timeline's units; money only when the person gave it (never invented). */
function ranges(input: TimelineInput, list: readonly Assumption[]): AssumptionRange[] {
  const share = (key: Assumption['key']) => list.find((a) => a.key === key)!;
  const scaled = (key: Assumption['key'], to: AssumptionRange['key'], by = 1): AssumptionRange => ({
    key: to,
    base: share(key).value / by,
    low: share(key).low / by,
    high: share(key).high / by,
  });
  const out: AssumptionRange[] = [
    scaled('expectedRecoveryPercent', 'expectedWinBack', 100),
    scaled('rampDelayMonths', 'rampDelayMonths'),
    scaled('rampMonths', 'rampMonths'),
    scaled('dipPercent', 'jCurveDrop', 100),
    scaled('dipMonths', 'jCurveMonths'),
    scaled('moveEngineerMonths', 'moveEngineerMonths'),
  ];
  for (const key of ['toolingPerMonth', 'toolingPerDeveloperPerMonth'] as const) {
    const given = input[key];
    if (given > 0 && input.engineerCost !== null) out.push({ key, base: given, low: given / 2, high: given * 1.5 });
  }
  return out;
}

export function sensitivityOf(c: BusinessCase): SensitivityResult {
  return sensitivity(c.model, ranges(c.model, c.assumptions));
}
