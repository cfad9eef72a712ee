/**
 * The business case's two pictures as data and words: the running net month by month (with the
 * payback month), and the sensitivity as tornado bars (each assumption at its low and high). The
 * SVG (render/business-charts.ts), the data tables beside it and the CLI all read these.
 */
import { monthsOf, type BusinessCase } from '../business/business-case.ts';
import type { AssumptionKey as TimelineKey, SensitivityResult } from '../business/sensitivity.ts';
import { amountText, ASSUMPTION_WORDS, paybackText } from './describe-business.ts';
import { centsBelowHundred } from './describe-money.ts';
import { groupDigits, moneyText } from './numbers.ts';
import { countText } from '../words.ts';
import { businessField } from '../inputs/business-fields.ts';
import { COST_LINE_KEYS, type CostLineKey } from '../inputs/cost-lines.ts';

const isCostLine = (key: string): key is CostLineKey => (COST_LINE_KEYS as readonly string[]).includes(key);

export interface NetSeries {
  title: string;
  /** What the numbers are in: the currency, or engineer-months. */
  unit: string;
  /** Month 0 (nothing yet) to the horizon: the running total of capacity won back minus costs. */
  points: { month: number; net: number }[];
  paybackMonth: number | null;
  summary: string;
}

export function netSeries(c: BusinessCase): NetSeries {
  const money = c.timeline.unit === 'money';
  const points = [
    { month: 0, net: 0 },
    ...monthsOf(c).map((m) => ({ month: m.month, net: money ? m.money!.cumulativeNet : m.engineerMonths.cumulativeNet })),
  ];
  const last = points.at(-1)!;
  const low = points.reduce((a, b) => (b.net < a.net ? b : a));
  return {
    title: `Running net over ${c.horizonMonths} months`,
    unit: money ? (c.currency ?? 'money') : 'engineer-months',
    points,
    paybackMonth: c.timeline.paybackMonth,
    summary: `${paybackText(c.timeline)}. The running net is lowest in month ${low.month} (${amountText(c, low.net, true)}) and ends at ${amountText(c, last.net, true)}.`,
  };
}

export interface TornadoBar {
  label: string;
  /** The assumption's low and high, in words with their units. */
  low: string;
  high: string;
  /** The net over the horizon at each end, in the case's unit. */
  lowNet: number;
  highNet: number;
  lowPayback: string;
  highPayback: string;
}

function valueText(key: TimelineKey, n: number, c: BusinessCase): string {
  const round = (x: number) => groupDigits(Math.round(x * 10) / 10);
  if (key === 'expectedRecoveryPercent' || key === 'dipPercent' || key === 'infraTimeShare') return `${round(n)}%`;
  if (key === 'moveEngineerMonths') return `${round(n)} engineer-months`;
  if (key === 'developersPerPlatformEngineer') return `${round(n)} developers`;
  // A cost line with its unit from the table: "5,000 EUR a month", "20,000 EUR once".
  if (isCostLine(key)) return `${moneyText(centsBelowHundred(n), c.currency)} ${businessField(key).unit}`;
  return countText(n, 'month', round(n));
}

/** The payback in a table cell or after a comma: lower case, short. */
const short = (text: string) =>
  text
    .replace(/^Pays back in month (\d+) of \d+$/, 'month $1')
    .replace(/^Does not pay back within .*$/, 'not within the horizon')
    .replace(/^./, (ch) => ch.toLowerCase());

/** Largest swing first: the order a tornado draws its bars in. */
export function tornadoBars(c: BusinessCase, sensitivity: SensitivityResult): TornadoBar[] {
  const at = (o: { paybackMonth: number | null; paybackStatus: BusinessCase['timeline']['paybackStatus'] }) =>
    short(paybackText({ ...c.timeline, paybackMonth: o.paybackMonth, paybackStatus: o.paybackStatus }));
  return sensitivity.assumptions.map((a) => ({
    label: ASSUMPTION_WORDS[a.key].replace(/^the /, ''),
    low: valueText(a.key, a.low.value, c),
    high: valueText(a.key, a.high.value, c),
    lowNet: a.low.net,
    highNet: a.high.net,
    lowPayback: at(a.low),
    highPayback: at(a.high),
  }));
}

export interface MonthTable {
  caption: string;
  head: string[];
  rows: string[][];
}

/** Every month's figures, plain numbers in the case's unit: a table a CFO can check in a spreadsheet. */
export function monthTable(c: BusinessCase): MonthTable {
  const money = c.timeline.unit === 'money';
  const unit = money ? (c.currency ?? 'money') : 'engineer-months';
  const n = (x: number) => (money ? String(centsBelowHundred(x)) : String(Math.round(x * 100) / 100));
  const discount = c.assumptions.find((a) => a.key === 'discountRatePercent')?.value ?? 0;
  return {
    caption: `Month by month, in ${unit}: the people on the team, the share of engineers reached, cash out, capacity spent and won back, and the running net (also discounted at ${discount}% yearly)`,
    head: ['Month', 'People', 'Reach %', 'Cash out', 'Capacity spent', 'Capacity won back', 'Net', 'Running net', 'Running present value'],
    rows: monthsOf(c).map((m) => {
      const f = money ? m.money! : m.engineerMonths;
      return [
        String(m.month),
        String(Math.round(m.people * 100) / 100),
        String(Math.round(m.reach * 1000) / 10),
        n(f.cash),
        n(f.capacityCost),
        n(f.capacityValue),
        n(f.net),
        n(f.cumulativeNet),
        n(f.cumulativePresentValue),
      ];
    }),
  };
}
