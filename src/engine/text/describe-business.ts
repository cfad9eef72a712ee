/**
 * The business case in words: the rows (what, figure, how it was worked out), the one sentence of
 * what a leader must believe, the assumptions beside the figures they drive, and the sizing
 * references. The CLI prints them, the page, print and the guides render them: one wording.
 * Recovered time is capacity, never savings; money appears only when a cost was given.
 */
import type { BusinessCase } from '../business/business-case.ts';
import type { AssumptionKey as TimelineKey, SensitivityResult } from '../business/sensitivity.ts';
import { amountText, paybackText } from './describe-money.ts';
import { groupDigits, moneyText } from './numbers.ts';
import { countText, unitFor } from '../words.ts';

export { groupDigits, moneyText } from './numbers.ts';
export { amountText, paybackText } from './describe-money.ts';

const percent = (share: number) => `${groupDigits(Math.round(share * 1000) / 10)}%`;
const engineers = (n: number) => countText(n, 'engineer', groupDigits(n));
const months = (n: number) => countText(n, 'month', groupDigits(n));

/** What each assumption the sensitivity moves is called in a sentence. */
export const ASSUMPTION_WORDS: Record<TimelineKey, string> = {
  expectedWinBack: 'the win-back',
  rampDelayMonths: 'the months before any value',
  rampMonths: 'the ramp',
  jCurveDrop: 'the adoption dip',
  jCurveMonths: 'how long the dip lasts',
  moveEngineerMonths: 'the cost of the move',
  toolingPerMonth: 'tooling',
  toolingPerDeveloperPerMonth: 'tooling per developer',
  taxShare: 'the operational tax',
  engineers: 'the head-count',
  engineerCost: 'the engineer cost',
  platformTeamSize: 'the team size',
};

const winBackOf = (c: BusinessCase) => (c.assumptions.find((a) => a.key === 'expectedRecoveryPercent')?.value ?? 0) / 100;
const fullBy = (c: BusinessCase) =>
  Math.ceil(
    (c.assumptions.find((a) => a.key === 'rampDelayMonths')?.value ?? 0) + (c.assumptions.find((a) => a.key === 'rampMonths')?.value ?? 0),
  );

/** The one sentence of what a leader must believe for the case to hold. */
export function beliefSentence(c: BusinessCase, sensitivity: SensitivityResult): string {
  if (c.taxFte === 0) return 'With no time spent on infrastructure there is nothing for a platform team to win back.';
  const most = sensitivity.mostInfluential.map((k) => ASSUMPTION_WORDS[k]);
  const movers =
    most.length === 2 ? `; ${most[0]} and ${most[1]} move the answer most` : most.length === 1 ? `; ${most[0]} moves the answer most` : '';
  const be = c.timeline.breakEvenWinBack;
  if (be === null)
    return `Even winning back all of the tax, this does not pay back within ${months(c.horizonMonths)}: it needs a smaller team, a cheaper start or a longer horizon${movers}.`;
  return `This pays back within ${months(c.horizonMonths)} if the team wins back at least ${percent(be)} of the tax by month ${fullBy(c)} (you assume ${percent(winBackOf(c))})${movers}.`;
}

export interface BusinessRow {
  /** A stable key for tests and styling. */
  key: 'tax' | 'team' | 'capacity' | 'costs' | 'payback' | 'net' | 'break-even';
  label: string;
  figure: string;
  detail: string;
}

function teamDetail(c: BusinessCase): string {
  const share = `${groupDigits(c.teamSharePercent)}% of your engineers`;
  if (c.teamSizeBasis === 'proposed') return `The team you propose: ${share}.`;
  if (c.teamSizeBasis === 'current') return `The team you have today: ${share}. Enter a proposed size to price another.`;
  return `The framework's starting size (${share}); enter the team you would propose to price it instead.`;
}

function costsRow(c: BusinessCase): BusinessRow {
  const parts = c.timeline.unit === 'money' ? c.timeline.money!.parts : c.timeline.engineerMonths.parts;
  const tooling = parts.tooling === null ? 'tooling left out' : `${amountText(c, parts.tooling)} tooling`;
  return {
    key: 'costs',
    label: `Other costs over ${months(c.horizonMonths)}`,
    figure: `${amountText(c, parts.move)} move, ${amountText(c, parts.jCurve)} adoption dip, ${tooling}`,
    detail: c.timeline.toolingLeftOut
      ? 'Tooling is money: give the annual loaded cost of one engineer to count it beside the time.'
      : 'The move and the dip from the assumptions below; tooling as you gave it (none when not given).',
  };
}

export function businessRows(c: BusinessCase, inputs: { teamSize: number; infraTimeShare: number }): BusinessRow[] {
  const perYear = (amount: number | null) => (amount === null ? '' : `; ${moneyText(amount, c.currency)} a year`);
  const costNote =
    c.engineerCost === null
      ? 'Give the annual loaded cost of one engineer to see it in money.'
      : `At ${moneyText(c.engineerCost, c.currency)} a year per engineer.`;
  const t = c.timeline;
  const assumed = c.assumptions.find((a) => a.key === 'expectedRecoveryPercent');
  const rows: BusinessRow[] = [
    {
      key: 'tax',
      label: 'Operational tax',
      figure: `${engineers(c.taxFte)}${perYear(c.taxMoney)}`,
      detail: `${groupDigits(inputs.teamSize)} engineers × ${groupDigits(inputs.infraTimeShare)}% of their time. ${costNote}`,
    },
    { key: 'team', label: 'Platform team', figure: `${engineers(c.teamSize)}${perYear(c.teamMoney)}`, detail: teamDetail(c) },
    {
      key: 'capacity',
      label: 'Capacity won back at full adoption',
      figure: `${engineers(c.winBackFte)}${c.winBackMoney === null ? '' : `, capacity worth ${moneyText(c.winBackMoney, c.currency)} a year`}`,
      detail: `${percent(winBackOf(c))} of the tax (${assumed?.basis === 'answer' ? 'your assumption' : "the framework's assumption"}). Time back for other work, not cash: nobody's pay stops.`,
    },
    costsRow(c),
    {
      key: 'payback',
      label: 'Payback',
      figure: paybackText(t),
      detail: 'The month from which capacity won back, minus every cost so far, stays above zero.',
    },
    {
      key: 'net',
      label: `Net over ${months(c.horizonMonths)}`,
      figure: `${amountText(c, t.unit === 'money' ? t.money!.net : t.engineerMonths.net, true)}${t.roi === null ? '' : ` (return ${percent(t.roi)})`}`,
      detail:
        t.unit === 'money'
          ? 'Capacity won back, valued at your loaded cost, minus the team, the move, the dip and tooling.'
          : 'Capacity won back minus the team, the move and the dip, in engineer-months of time.',
    },
    {
      key: 'break-even',
      label: 'Break-even win-back',
      figure: t.breakEvenWinBack === null ? 'Not reachable within the horizon' : `${percent(t.breakEvenWinBack)} of the tax`,
      detail: `The smallest share of the tax the team must win back, at full adoption, to pay back within ${months(c.horizonMonths)}.`,
    },
  ];
  return rows;
}

export interface AssumptionLine {
  label: string;
  value: string;
  /** "Your assumption", or the framework's basis for its default. */
  basis: string;
  source: string | null;
  range: string;
}

export function assumptionLines(c: BusinessCase): AssumptionLine[] {
  const unitOf = (n: number, unit: string) => (unit === '%' ? '%' : ` ${unitFor(n, unit)}`);
  const withUnit = (n: number, unit: string) => `${groupDigits(n)}${unitOf(n, unit)}`;
  return [
    ...c.assumptions.map((a) => ({
      label: a.label,
      value: withUnit(a.value, a.unit),
      basis: a.basis === 'answer' ? `Your assumption (the framework's default is ${withUnit(a.frameworkDefault, a.unit)}).` : a.rationale,
      source: a.basis === 'answer' ? null : a.source,
      range: `${groupDigits(a.low)} to ${withUnit(a.high, a.unit)}`,
    })),
    {
      label: 'Horizon',
      value: months(c.horizonMonths),
      basis: 'How far ahead the case looks; payback and the net are worked out within it.',
      source: null,
      range: '',
    },
  ];
}

/** The proposed team beside the published references: references with their caveats, never a verdict. */
export function sizingLines(c: BusinessCase): { intro: string; references: { text: string; source: string }[] } {
  const where = { below: 'yours is below it', within: 'yours is within it', above: 'yours is above it' };
  return {
    intro: `A team of ${engineers(c.teamSize)} is ${groupDigits(c.teamSharePercent)}% of your engineers. Published references disagree widely and none is research; at this size the model says: ${paybackText(c.timeline).toLowerCase()}.`,
    references: c.sizingReferences.map((r) => ({
      text: `${r.label}: ${r.lowPercent === r.highPercent ? `${groupDigits(r.lowPercent)}%` : `${groupDigits(r.lowPercent)}% to ${groupDigits(r.highPercent)}%`}; ${where[r.position]}. ${r.caveat}`,
      source: r.source,
    })),
  };
}
