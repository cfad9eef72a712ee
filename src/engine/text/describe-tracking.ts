/**
 * What the advice asked people to fix, followed from one assessment to the next: the platform-trap
 * signs (by their text), the platform team's size, the metrics against their targets, and the
 * operational tax in engineers and money. One list of sentences for the history pages, the record
 * pages, `assess history` and `assess compare`; titles and texts, never ids.
 */
import { hasPlatformTeam } from '../business/business-case.ts';
import type { Framework } from '../framework/schema.ts';
import type { Evaluated } from '../history/history.ts';
import type { MetricResult } from '../decision/evaluate.ts';
import { OPERATOR_SYMBOL } from '../decision/rules.ts';
import { groupDigits, moneyText } from './describe-business.ts';
import { changeText, formatValue } from './describe.ts';
import { countText } from '../words.ts';

const quoted = (texts: readonly string[]) => texts.map((t) => `“${t}”`).join('; ');
/** Ends a sentence, unless a quoted sign already did: “… growing.” */
const end = (s: string) => (/[.!?]”?$/.test(s) ? s : `${s}.`);
const engineers = (n: number) => countText(n, 'engineer', groupDigits(n));
const signed = (n: number) => (n > 0 ? `+${groupDigits(n)}` : groupDigits(n));
/** Differences of figures worked out to a tenth, without floating-point dust. */
const minus = (a: number, b: number) => Math.round((a - b) * 100) / 100;

/** "Platform team (platform-trap signs: 3 of 5)": the recommendation, and the trap when it fired. */
export function verdictText(e: Evaluated, framework: Framework): string {
  const trap = e.result.trapWarnings;
  return `${e.result.label}${trap.triggered ? ` (platform-trap signs: ${trap.signs.length} of ${framework.trap.signs.length})` : ''}`;
}

function trapLines(now: Evaluated, before: Evaluated | null, framework: Framework): string[] {
  const answeredNow = now.answers.trapSigns !== undefined;
  const answeredBefore = before?.answers.trapSigns !== undefined;
  if (!answeredNow && !answeredBefore) return [];
  const trap = now.result.trapWarnings;
  const of = framework.trap.signs.length;
  if (!answeredNow) return ['Platform-trap signs: not answered.'];
  const texts = trap.signs.map((s) => s.text);
  const previous = before && answeredBefore ? before.result.trapWarnings.signs.map((s) => s.text) : null;
  const was = previous === null ? '' : ` (was ${previous.length})`;
  const threshold = !hasPlatformTeam(now.answers)
    ? ''
    : trap.triggered
      ? `, at or above the threshold of ${trap.threshold}`
      : `, below the threshold of ${trap.threshold}`;
  const lines = [end(`Platform-trap signs: ${texts.length} of ${of}${was}${threshold}${texts.length ? `: ${quoted(texts)}` : ''}`)];
  if (previous) {
    const gone = previous.filter((t) => !texts.includes(t));
    const added = texts.filter((t) => !previous.includes(t));
    if (gone.length) lines.push(end(`No longer seen: ${quoted(gone)}`));
    if (added.length) lines.push(end(`Newly seen: ${quoted(added)}`));
  }
  return lines;
}

function teamText(e: Evaluated): string {
  // A record that left the question out says nothing either way: "none" would be a guess.
  if (!hasPlatformTeam(e.answers)) return e.answers.hasPlatformTeam === false ? 'none' : 'not said';
  const size = e.answers.platformTeamSize;
  return size === undefined ? 'yes, size not given' : engineers(size);
}

function teamLines(now: Evaluated, before: Evaluated | null): string[] {
  if (!hasPlatformTeam(now.answers) && !(before && hasPlatformTeam(before.answers))) return [];
  const text = teamText(now);
  if (!before) return [`Platform team: ${text}.`];
  const was = teamText(before);
  return [`Platform team: ${text}${was === text ? ' (unchanged)' : ` (was ${was})`}.`];
}

const met = (m: MetricResult) => (m.met ? 'met' : 'not met');

function metricLines(now: Evaluated, before: Evaluated | null): string[] {
  return now.result.metrics.flatMap((m, i) => {
    const b = before?.result.metrics[i];
    const prior = b && b.input === m.input && b.value !== null ? b : null;
    if (m.value === null && prior === null) return [];
    const target = `target ${OPERATOR_SYMBOL[m.op]} ${formatValue(m.input, m.target)}`;
    const status = m.value === null ? 'not answered' : `${formatValue(m.input, m.value)}, ${met(m)}`;
    const change = prior && m.value !== null && m.value !== prior.value ? `; ${changeText(m.input, minus(m.value, prior.value!))}` : '';
    const was = prior ? `; was ${formatValue(prior.input, prior.value)}, ${met(prior)}${change}` : '';
    return [`${m.label}: ${status} (${target})${was}.`];
  });
}

/**
 * "Operational tax: 15.8 to 10.1 full-time engineers (-5.7); 2,376,000 EUR to 1,512,000 EUR a year
 * (-864,000 EUR)." A figure that did not move says so once: "5 full-time engineers, unchanged".
 */
function taxLines(now: Evaluated, before: Evaluated | null): string[] {
  if (!before) return [];
  const a = before.result.businessCase;
  const b = now.result.businessCase;
  const moved = (from: string, to: string, change: number, unit: string, changeText: string) =>
    change === 0 ? `${to}${unit}, unchanged` : `${from} to ${to}${unit} (${changeText})`;
  const d = minus(b.taxFte, a.taxFte);
  const fte = moved(groupDigits(a.taxFte), groupDigits(b.taxFte), d, ' full-time engineers', signed(d));
  let money = '';
  if (a.taxMoney !== null && b.taxMoney !== null && a.currency === b.currency) {
    const dm = minus(b.taxMoney, a.taxMoney);
    money = `; ${moved(moneyText(a.taxMoney, a.currency), moneyText(b.taxMoney, b.currency), dm, ' a year', `${dm > 0 ? '+' : ''}${moneyText(dm, b.currency)}`)}`;
  } else if (b.taxMoney !== null) money = `; ${moneyText(b.taxMoney, b.currency)} a year (no comparable cost before)`;
  return [`Operational tax: ${fte}${money}.`];
}

/**
 * The sentences that follow the advice at `now`, against `before` (null for a unit's first
 * assessment: then they say where it stands). Empty when nothing tracked was answered.
 */
export function trackingLines(now: Evaluated, before: Evaluated | null, framework: Framework): string[] {
  return [...trapLines(now, before, framework), ...teamLines(now, before), ...metricLines(now, before), ...taxLines(now, before)];
}
