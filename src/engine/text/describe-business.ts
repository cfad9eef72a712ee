/**
 * The business case in words: one list of rows (what, figure, how it was worked out) that the CLI
 * prints, the page and the guides render, so every face says the same sentences.
 */
import type { BusinessCase } from '../business/business-case.ts';

/** 10500000 -> "10,500,000"; 52.5 -> "52.5". Fixed separators, so the CLI and the page agree. */
export function groupDigits(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function moneyText(amount: number, currency: string | null): string {
  return currency ? `${groupDigits(amount)} ${currency}` : groupDigits(amount);
}

const percent = (share: number) => `${groupDigits(Math.round(share * 1000) / 10)}%`;
const engineers = (n: number) => `${groupDigits(n)} ${n === 1 ? 'engineer' : 'engineers'}`;

export interface BusinessRow {
  /** A stable key for tests and styling. */
  key: 'tax' | 'team' | 'break-even' | 'recovery' | 'max-team' | 'verdict';
  label: string;
  figure: string;
  detail: string;
}

export function businessRows(c: BusinessCase, inputs: { teamSize: number; infraTimeShare: number }): BusinessRow[] {
  const perYear = (amount: number | null) => (amount === null ? '' : `; ${moneyText(amount, c.currency)} a year`);
  const costNote =
    c.engineerCost === null
      ? 'Give the annual loaded cost of one engineer to see it in money.'
      : `At ${moneyText(c.engineerCost, c.currency)} a year per engineer.`;
  const rows: BusinessRow[] = [
    {
      key: 'tax',
      label: 'Operational tax',
      figure: `${engineers(c.taxFte)}${perYear(c.taxMoney)}`,
      detail: `${groupDigits(inputs.teamSize)} engineers × ${groupDigits(inputs.infraTimeShare)}% of their time. ${costNote}`,
    },
    {
      key: 'team',
      label: 'Platform team',
      figure: `${engineers(c.teamSize)}${perYear(c.teamMoney)}`,
      detail:
        c.teamSizeBasis === 'current' ? 'The team you have today.' : 'The suggested starting size; give your own team size to use it.',
    },
  ];
  if (c.breakEvenShare === null) {
    rows.push({
      key: 'verdict',
      label: 'Pays for itself',
      figure: 'No tax to win back',
      detail: 'With no time spent on infrastructure, a platform team cannot pay for itself in time won back.',
    });
    return rows;
  }
  rows.push(
    {
      key: 'break-even',
      label: 'Break-even',
      figure: `${percent(c.breakEvenShare)} of the tax`,
      detail: `The team pays for itself once it wins back the time of ${engineers(c.teamSize)}: ${groupDigits(c.teamSize)} ÷ ${groupDigits(c.taxFte)} of the tax.`,
    },
    {
      key: 'recovery',
      label: 'Expected win-back',
      figure: `${engineers(c.winBackFte)}${perYear(c.winBackMoney)}`,
      detail: `${percent(c.recoveryShare)} of the tax (${c.recoveryBasis === 'answer' ? 'your assumption' : "the framework's assumption; change it if you know better"}). ${c.recoveryRationale}`,
    },
    {
      key: 'max-team',
      label: 'Largest team that pays',
      figure: engineers(c.maxTeamSize),
      detail: `At ${percent(c.recoveryShare)} win-back, a team up to this size costs no more than the time it wins back.`,
    },
    {
      key: 'verdict',
      label: 'Pays for itself',
      figure: c.paysForItself ? 'Yes, at the assumed win-back' : 'Not at the assumed win-back',
      detail: c.paysForItself
        ? `It needs ${percent(c.breakEvenShare)} of the tax back and is assumed to win ${percent(c.recoveryShare)}.`
        : `It needs ${percent(c.breakEvenShare)} of the tax back but is assumed to win ${percent(c.recoveryShare)}: shrink the team or reduce the tax first.`,
    },
  );
  return rows;
}
