/**
 * The business case's few words the summary card needs on every keystroke: the payback, an
 * amount in the case's unit, and a cost that looks like a typo. The rest of the business case's
 * wording (describe-business.ts) is loaded with the detail sections.
 */
import type { BusinessCase } from '../business/business-case.ts';
import type { Timeline } from '../business/timeline.ts';
import { groupDigits, moneyText } from './numbers.ts';
import { countText } from '../words.ts';

const months = (n: number) => countText(n, 'month', groupDigits(n));

/** A figure in the case's unit: money (whole, or to the cent below 100) with its currency, or engineer-months (a tenth). */
export function amountText(
  c: Pick<BusinessCase, 'currency'> & { timeline: Pick<Timeline, 'unit'> },
  amount: number,
  signed = false,
): string {
  const sign = signed && amount > 0 ? '+' : '';
  if (c.timeline.unit === 'money') return `${sign}${moneyText(centsBelowHundred(amount), c.currency)}`;
  return `${sign}${groupDigits(Math.round(amount * 10) / 10)} engineer-months`;
}

/** Whole money, but a small figure to the cent, so 7.5 never reads as 8. */
export function centsBelowHundred(amount: number): number {
  return Math.abs(amount) < 100 ? Math.round(amount * 100) / 100 : Math.round(amount);
}

/** "Pays back in month 14 of 36": the payback, as the card, the table and the history say it. */
export function paybackText(t: Pick<Timeline, 'paybackStatus' | 'paybackMonth' | 'horizonMonths'>): string {
  switch (t.paybackStatus) {
    case 'pays-back':
      return `Pays back in month ${t.paybackMonth ?? 0} of ${t.horizonMonths}`;
    case 'never-behind':
      return 'Ahead from the first month';
    case 'not-within-horizon':
      return `Does not pay back within ${months(t.horizonMonths)}`;
    case 'nothing-at-stake':
      return 'Nothing to win back';
  }
}

/** The cost given looks like a typo (180.000 read as 180): said on the card, never silently used. */
export function costWarning(c: BusinessCase): string | null {
  if (!c.costLooksWrong || c.engineerCost === null) return null;
  return `A loaded cost of ${moneyText(c.engineerCost, c.currency)} a year looks too low for one engineer: check it.`;
}

/** The payback as a clause after a subject: "a team of 6 pays back in month 14 of 36", "... is ahead from the first month". */
export function paybackClause(t: Pick<Timeline, 'paybackStatus' | 'paybackMonth' | 'horizonMonths'>): string {
  if (t.paybackStatus === 'never-behind') return 'is ahead from the first month';
  if (t.paybackStatus === 'nothing-at-stake') return 'has nothing to win back';
  return paybackText(t).replace(/^./, (c) => c.toLowerCase());
}
