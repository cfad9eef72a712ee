/**
 * How the business case moved between two assessments, as comparison rows: the team priced, the
 * payback, the net over the horizon and the capacity won back. `assess compare` and the page's
 * comparison show them beside the answers that moved.
 */
import type { EntryBusinessCase } from '../history/entry-result.ts';
import { amountText, paybackText } from './describe-money.ts';
import { groupDigits } from './numbers.ts';

export interface CaseChangeRow {
  label: string;
  from: string;
  to: string;
  change: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
/** A unit's share of a shared team is priced in hundredths of a person. */
const round2 = (n: number) => Math.round(n * 100) / 100;
const signed = (n: number, unit: string) => (n === 0 ? '' : `${n > 0 ? '+' : ''}${groupDigits(n)} ${unit}`);
const netOf = (c: EntryBusinessCase) => (c.timeline.unit === 'money' ? c.timeline.money!.net : c.timeline.engineerMonths.net);
const basis = { proposed: 'proposed', current: 'running', best: 'best size' } as const;
/** With none proposed the case prices the size that nets most; when that nets a loss, no size pays, and it is the one that loses least. */
const teamText = (c: EntryBusinessCase) =>
  `${groupDigits(c.teamSize)} (${c.teamSizeBasis === 'best' && netOf(c) < 0 ? 'loses least' : basis[c.teamSizeBasis]})`;

export function caseChangeRows(before: EntryBusinessCase, after: EntryBusinessCase): CaseChangeRow[] {
  // A net compares only in one unit and currency, over one horizon.
  const sameUnit =
    before.timeline.unit === after.timeline.unit && before.currency === after.currency && before.horizonMonths === after.horizonMonths;
  const diff = netOf(after) - netOf(before);
  const netChange = sameUnit && Math.abs(diff) >= 0.05 ? amountText(after, diff, true) : '';
  return [
    {
      label: 'Business case: team priced',
      from: teamText(before),
      to: teamText(after),
      change: signed(round2(after.teamSize - before.teamSize), Math.abs(after.teamSize - before.teamSize) === 1 ? 'person' : 'people'),
    },
    { label: 'Business case: payback', from: paybackText(before.timeline), to: paybackText(after.timeline), change: '' },
    {
      label: 'Business case: net over the horizon',
      from: `${amountText(before, netOf(before), true)} over ${before.horizonMonths} months`,
      to: `${amountText(after, netOf(after), true)} over ${after.horizonMonths} months`,
      change: netChange,
    },
    {
      label: 'Business case: capacity won back at full adoption',
      from: `${groupDigits(before.winBackFte)} engineers`,
      to: `${groupDigits(after.winBackFte)} engineers`,
      change: signed(round1(after.winBackFte - before.winBackFte), 'engineers'),
    },
  ];
}
