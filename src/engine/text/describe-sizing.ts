/**
 * The business case's assumptions beside the figures they drive, and the team sizes: the one
 * priced, the one that nets most, the sizes that pay back, and the published references with their
 * caveats (references, never a verdict). One wording for the page, print, the CLI and the guides.
 */
import type { BusinessCase } from '../business/business-case.ts';
import { amountText, paybackText } from './describe-money.ts';
import { groupDigits } from './numbers.ts';

export interface AssumptionLine {
  label: string;
  value: string;
  /** "Your assumption", or the framework's basis for its default. */
  basis: string;
  /** Source ids behind the framework's default (none for the person's own or a placeholder). */
  sources: string[];
  range: string;
}

/** A value with its unit: "3 months", "1 month", "50%", "10 developers". */
export function withUnit(n: number, unit: string): string {
  if (unit === '%') return `${groupDigits(n)}%`;
  return `${groupDigits(n)} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
}

export function assumptionLines(c: BusinessCase): AssumptionLine[] {
  return c.assumptions.map((a) => ({
    label: a.label,
    value: withUnit(a.value, a.unit),
    basis: a.basis === 'answer' ? `Your assumption (the framework's default is ${withUnit(a.frameworkDefault, a.unit)}).` : a.rationale,
    sources: a.basis === 'answer' ? [] : a.sources,
    range: `${groupDigits(a.low)} to ${withUnit(a.high, a.unit)}`,
  }));
}

const people = (n: number) => `${groupDigits(n)} ${n === 1 ? 'person' : 'people'}`;
const share = (c: BusinessCase, n: number) => `${groupDigits(Math.round((n / c.input.teamSize) * 1000) / 10)}%`;

export interface SizingText {
  /** The team priced, its share and what the model says of it. */
  intro: string;
  /** The size that nets most, and the sizes that pay back. */
  best: string;
  references: { text: string; source: string }[];
}

/** The team priced beside the size that nets most and the published references. */
export function sizingLines(c: BusinessCase): SizingText {
  const s = c.sizing;
  const where = { below: 'the team priced is below it', within: 'the team priced is within it', above: 'the team priced is above it' };
  const range = s.paysBack
    ? s.paysBack.from === s.paysBack.to
      ? `only a team of ${groupDigits(s.paysBack.from)} pays back within ${c.horizonMonths} months`
      : `teams of ${groupDigits(s.paysBack.from)} to ${groupDigits(s.paysBack.to)} pay back within ${c.horizonMonths} months`
    : `no size pays back within ${c.horizonMonths} months`;
  return {
    intro: `A team of ${people(c.teamSize)} is ${groupDigits(c.teamSharePercent)}% of your engineers and reaches ${groupDigits(c.reachPercent)}% of them; at this size the model says: ${paybackText(c.timeline).toLowerCase()}.`,
    best: `The size that nets most over ${c.horizonMonths} months is ${people(s.best)} (${share(c, s.best)} of your engineers; net ${amountText(c, s.bestNet, true)}); ${people(s.fullReach)} reach everyone, and a larger team adds cost and no value; ${range}.`,
    references: c.sizingReferences.map((r) => {
      const span =
        r.lowPercent === r.highPercent
          ? `${groupDigits(r.lowPercent)}%`
          : `${groupDigits(r.lowPercent)}% to ${groupDigits(r.highPercent)}%`;
      const position = r.position === null ? 'of teams, not people: not compared' : where[r.position];
      return { text: `${r.label}: ${span}; ${position}. ${r.caveat}`, source: r.source };
    }),
  };
}
