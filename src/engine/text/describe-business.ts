/**
 * The business case in words: the rows (what, figure, how it was worked out) and the one sentence
 * of what a leader must believe. The assumptions and the sizing are in describe-sizing.ts. The CLI
 * prints them, the page, print and the guides render them: one wording. Recovered time is
 * capacity, never savings; money appears only when a cost was given; cash is kept apart.
 */
import type { BusinessCase } from '../business/business-case.ts';
import type { SensitivityResult } from '../business/sensitivity.ts';
import { amountText, paybackText } from './describe-money.ts';
import { groupDigits, moneyText } from './numbers.ts';
import { ASSUMPTION_WORDS } from './assumption-words.ts';

export { groupDigits, moneyText } from './numbers.ts';
export { amountText, paybackText } from './describe-money.ts';
export { assumptionLines, sizingLines, type AssumptionLine } from './describe-sizing.ts';
export { ASSUMPTION_WORDS } from './assumption-words.ts';

/** 19.83 -> "19.8%"; a share that rounds to 0 but is not says so. */
export const percentText = (p: number) => {
  const r = Math.round(p * 10) / 10;
  if (r === 0 && p !== 0) return p < 0 ? 'just under 0%' : 'just over 0%';
  return `${groupDigits(r)}%`;
};
const engineers = (n: number) => `${groupDigits(n)} ${n === 1 ? 'engineer' : 'engineers'}`;
const monthsWord = (n: number) => `${groupDigits(n)} ${n === 1 ? 'month' : 'months'}`;
const value = (c: BusinessCase, key: BusinessCase['assumptions'][number]['key']) => c.assumptions.find((a) => a.key === key)?.value ?? 0;

/** "by month 9", or "from the first month" when the team is at full strength and adoption at once. */
function fullByText(c: BusinessCase): string {
  const adding = c.teamSize > (c.running ? (c.runningTeamSize ?? c.teamSize) : 0);
  const staffing = adding ? value(c, 'staffingMonths') : 0;
  const adoption = c.running ? (adding ? value(c, 'rampMonths') : 0) : value(c, 'rampDelayMonths') + value(c, 'rampMonths');
  const month = Math.ceil(c.running ? Math.max(adoption, staffing) : staffing / 2 + adoption);
  return month <= 1 ? 'from the first month' : `by month ${month}`;
}

/** The one sentence of what a leader must believe for the case to hold. */
export function beliefSentence(c: BusinessCase, sensitivity: SensitivityResult): string {
  if (c.taxFte === 0) return 'With no time spent on infrastructure there is nothing for a platform team to win back.';
  const most = sensitivity.mostInfluential.map((k) => ASSUMPTION_WORDS[k]);
  const movers =
    most.length === 2 ? `; ${most[0]} and ${most[1]} move the answer most` : most.length === 1 ? `; ${most[0]} moves the answer most` : '';
  const be = c.timeline.breakEvenRecoveryPercent;
  const team = `a team of ${groupDigits(c.teamSize)}`;
  if (be === null)
    return `Even winning back all of the tax it reaches, ${team} does not pay back within ${monthsWord(c.horizonMonths)}${movers}.`;
  return `${team[0]!.toUpperCase()}${team.slice(1)} pays back within ${monthsWord(c.horizonMonths)} if it wins back at least ${percentText(be)} of the tax where it reaches, ${fullByText(c)} (you assume ${percentText(value(c, 'expectedRecoveryPercent'))})${movers}.`;
}

export interface BusinessRow {
  /** A stable key for tests and styling. */
  key: 'tax' | 'team' | 'capacity' | 'cash' | 'capacity-cost' | 'payback' | 'net' | 'present-value' | 'break-even';
  label: string;
  figure: string;
  detail: string;
}

function teamDetail(c: BusinessCase): string {
  const share = `${groupDigits(c.teamSharePercent)}% of your engineers, reaching ${groupDigits(c.reachPercent)}% of them`;
  const running = c.running ? ' A team runs today: its move and dip are spent, and the case prices it from here.' : '';
  if (c.teamSizeBasis === 'proposed') return `The team you propose: ${share}.${running}`;
  if (c.teamSizeBasis === 'current')
    return `The team you have today: ${share}.${running} Enter a proposed size to price growing or shrinking it.`;
  if (c.sizing.bestNet < 0)
    return `No size pays back; this one loses least (${share}); enter the team you would propose to price it instead.`;
  return `The size that nets most over the horizon (${share}); enter the team you would propose to price it instead.`;
}

const totalsOf = (c: BusinessCase) => (c.timeline.unit === 'money' ? c.timeline.money! : c.timeline.engineerMonths);

function cashRows(c: BusinessCase): BusinessRow[] {
  const t = totalsOf(c);
  const p = t.parts;
  const left = c.timeline.toolingLeftOut
    ? ' Tooling and help bought are money: give the annual loaded cost of one engineer to count them.'
    : '';
  const moved = c.movedFromProductTeams > 0 ? `; ${groupDigits(c.movedFromProductTeams)} of the new people moved from product teams` : '';
  return [
    {
      key: 'cash',
      label: `Cash out over ${monthsWord(c.horizonMonths)}`,
      figure: amountText(c, t.cash),
      detail: `New cash: people hired as they arrive over the staffing months${moved}, tooling (${p.tooling === null ? 'left out' : amountText(c, p.tooling)}) and help bought for the move (${p.moveBought === null ? 'left out' : amountText(c, p.moveBought)}).${left}`,
    },
    {
      key: 'capacity-cost',
      label: `Capacity spent over ${monthsWord(c.horizonMonths)}`,
      figure: amountText(c, t.capacityCost),
      detail: c.running
        ? 'Your running team’s own time (already on the payroll), and anyone moved from product teams; no move and no dip: they are spent.'
        : `People moved from product teams, the move (${amountText(c, p.move)}) and the adoption dip (${amountText(c, p.dip)}): time, not cash.`,
    },
  ];
}

export function businessRows(c: BusinessCase, inputs: { teamSize: number; infraTimeShare: number }): BusinessRow[] {
  const perYear = (amount: number | null) => (amount === null ? '' : `; ${moneyText(amount, c.currency)} a year`);
  const costNote =
    c.engineerCost === null
      ? 'Give the annual loaded cost of one engineer to see it in money.'
      : `At ${moneyText(c.engineerCost, c.currency)} a year per engineer.`;
  const t = c.timeline;
  const main = totalsOf(c);
  const assumed = c.assumptions.find((a) => a.key === 'expectedRecoveryPercent');
  const without = c.running
    ? ` Without the team the tax would be about ${percentText(t.taxWithoutTeamPercent)} (today's share ÷ (1 − win-back × its reach)).`
    : '';
  return [
    {
      key: 'tax',
      label: 'Operational tax',
      figure: `${engineers(c.taxFte)}${perYear(c.taxMoney)}`,
      detail: `${groupDigits(inputs.teamSize)} engineers × ${groupDigits(inputs.infraTimeShare)}% of their time. ${costNote}`,
    },
    { key: 'team', label: 'Platform team priced', figure: `${engineers(c.teamSize)}${perYear(c.teamMoney)}`, detail: teamDetail(c) },
    {
      key: 'capacity',
      label: 'Capacity won back at full adoption',
      figure: `${engineers(c.winBackFte)}${c.winBackMoney === null ? '' : `, capacity worth ${moneyText(c.winBackMoney, c.currency)} a year`}`,
      detail: `${percentText(assumed?.value ?? 0)} of the tax (${assumed?.basis === 'answer' ? 'your assumption' : "the framework's assumption"}) where the team reaches (${groupDigits(c.reachPercent)}%).${without} Time back for other work, not cash: nobody's pay stops.`,
    },
    ...cashRows(c),
    {
      key: 'payback',
      label: 'Payback',
      figure: paybackText(t),
      detail: 'The month from which capacity won back, minus every cost so far, stays above zero.',
    },
    {
      key: 'net',
      label: `Net over ${monthsWord(c.horizonMonths)}`,
      figure: `${amountText(c, main.net, true)}${t.roi === null ? '' : ` (return ${percentText(t.roi * 100)})`}`,
      detail: 'Capacity won back, valued at your loaded cost, minus cash out and capacity spent.',
    },
    {
      key: 'present-value',
      label: `Net present value at ${percentText(value(c, 'discountRatePercent'))} yearly`,
      figure: amountText(c, main.presentValue, true),
      detail: 'Each month’s net discounted to today. Ask finance for the rate the company uses for investments.',
    },
    {
      key: 'break-even',
      label: 'Break-even win-back',
      figure:
        t.breakEvenRecoveryPercent === null ? 'Not reachable within the horizon' : `${percentText(t.breakEvenRecoveryPercent)} of the tax`,
      detail: `The smallest share of the tax, where the team reaches, it must win back at full adoption to pay back within ${monthsWord(c.horizonMonths)}.`,
    },
  ];
}
