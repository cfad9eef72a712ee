/**
 * Several respondents, one assessment: numbers by median, yes/no by majority with ties reported
 * rather than guessed, and a platform-trap sign counts when any respondent sees it (a trap one
 * person sees is worth a look), with how many saw it. Order never matters.
 */
import { BENCHMARK_KEYS } from '../inputs/dora-flags.ts';
import { CATEGORY_METRICS, PERCENTAGE_METRICS, type Category, type DoraMetric } from '../inputs/dora-questions.ts';
import {
  BOOLEAN_FIELDS,
  BUSINESS_FIELDS,
  isComplete,
  METRIC_FIELDS,
  NUMBER_FIELDS,
  type Answers,
  type AnswersDraft,
  type BooleanInputKey,
  type MetricKey,
} from '../inputs/fields.ts';

export interface Tie {
  input: BooleanInputKey;
  yes: number;
  no: number;
}

/** A trap sign and how many of the respondents who answered the trap question ticked it. */
export interface TrapVote {
  id: string;
  count: number;
  of: number;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function majority(yes: number, no: number): boolean | undefined | 'tie' {
  if (yes + no === 0) return undefined;
  if (yes === no) return 'tie';
  return yes > no;
}

/** DORA's answers: the median of each (an ordered answer rounded to a whole one), a benchmark row and the edition when all who gave one agree. */
function combineDora(all: readonly Answers[]): Answers['dora'] {
  const out: NonNullable<Answers['dora']> = {};
  const answered = (metric: DoraMetric) => all.flatMap((a) => (a.dora?.[metric] === undefined ? [] : [a.dora[metric]]));
  for (const metric of CATEGORY_METRICS) {
    const m = median(answered(metric));
    // The median of answers from 1 to 6, rounded, is again one of them.
    if (m !== undefined) out[metric] = Math.round(m) as Category;
  }
  for (const metric of PERCENTAGE_METRICS) out[metric] = median(answered(metric));
  for (const key of BENCHMARK_KEYS) {
    const picked = new Set(all.flatMap((a) => (a.dora?.[key] === undefined ? [] : [a.dora[key]])));
    if (picked.size === 1) out[key] = [...picked][0];
  }
  if (!Object.values(out).some((v) => v !== undefined)) return undefined;
  // The edition the answers were given in, when every respondent who answered gave the same one.
  const editions = new Set(all.flatMap((a) => (a.dora ? [a.dora.edition] : [])));
  const [edition] = editions;
  if (editions.size === 1 && edition !== undefined) out.edition = edition;
  return out;
}

/** Engineer costs given in more than one currency: each currency with the positions (in the input order) of those who used it. */
type CurrencySplit = { currency: string; who: number[] }[];

export interface Combined {
  answers: Answers;
  ties: Tie[];
  trapVotes: TrapVote[];
  /** Set when costs came in several currencies: then no money figure is combined. */
  currencies?: CurrencySplit;
}

export function combineAnswers(all: readonly Answers[]): Combined {
  if (all.length === 0) throw new RangeError('combineAnswers needs at least one respondent');
  const out: AnswersDraft = {};
  const ties: Tie[] = [];
  for (const f of [...NUMBER_FIELDS, ...BUSINESS_FIELDS]) {
    const m = median(all.flatMap((a) => (a[f.key] === undefined ? [] : [a[f.key] as number])));
    // Whole-number inputs stay whole: a median of 40 and 41 engineers is reported as 41.
    if (m !== undefined) out[f.key] = f.integer ? Math.round(m) : m;
  }
  for (const f of BOOLEAN_FIELDS) {
    const yes = all.filter((a) => a[f.key] === true).length;
    const no = all.filter((a) => a[f.key] === false).length;
    const verdict = majority(yes, no);
    if (verdict === 'tie') ties.push({ input: f.key, yes, no });
    else if (verdict !== undefined) out[f.key] = verdict;
  }
  const answeredSigns = all.filter((a) => a.trapSigns !== undefined);
  const trapVotes: TrapVote[] = [];
  if (answeredSigns.length > 0) {
    const ids = [...new Set(answeredSigns.flatMap((a) => a.trapSigns ?? []))].sort();
    for (const id of ids)
      trapVotes.push({ id, count: answeredSigns.filter((a) => a.trapSigns?.includes(id)).length, of: answeredSigns.length });
    out.trapSigns = ids;
  }
  // Costs in different currencies have no median: the money figures are left out rather than mixed.
  const currencies = new Set(all.flatMap((a) => (a.currency === undefined ? [] : [a.currency])));
  let split: CurrencySplit | undefined;
  if (currencies.size === 1) out.currency = [...currencies][0];
  else if (currencies.size > 1) {
    delete out.engineerCost;
    split = [...currencies].sort().map((currency) => ({
      currency,
      who: all.flatMap((a, i) => (a.currency === currency ? [i] : [])),
    }));
  }
  const metrics: Partial<Record<MetricKey, number>> = {};
  for (const f of METRIC_FIELDS) {
    const m = median(all.flatMap((a) => (a.metrics?.[f.key] === undefined ? [] : [a.metrics[f.key] as number])));
    if (m !== undefined) metrics[f.key] = f.integer ? Math.round(m) : m;
  }
  if (Object.keys(metrics).length > 0) out.metrics = metrics;
  const dora = combineDora(all);
  if (dora) out.dora = dora;
  // Every respondent answered the required numbers, so their medians are there too.
  if (!isComplete(out)) throw new RangeError('combineAnswers: a respondent without the required answers');
  return { answers: out, ties, trapVotes, ...(split ? { currencies: split } : {}) };
}
