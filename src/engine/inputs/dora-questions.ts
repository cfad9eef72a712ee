/**
 * DORA's five software delivery questions, asked the way DORA's Quick Check asks them
 * (dora-team/dora.dev, svelte/quick-check/src/lib/data/metrics_question_responses.json and
 * metrics_details.json): three answered by picking one of six ordered ranges, numbered 1 (slowest)
 * to 6 (fastest) as the Quick Check numbers them, and two answered as a percentage from 0 to 100.
 * The labels and question texts here are our own words for the Quick Check's ranges.
 */
/**
 * A Quick Check data edition, named by its year ("2025"). Which editions exist is data: one
 * content/dora/benchmarks-<edition>.yaml each, the latest being the one new answers are scored
 * with. A question says from which edition it is asked (2025 added the deployment rework rate).
 */
export type DoraEdition = string;
export const EDITION_RULE = 'must be a year like "2025", in quotes';
export const isDoraEdition = (text: string): boolean => /^\d{4}$/.test(text);

export const CATEGORY_METRICS = ['leadTime', 'deployFrequency', 'recoveryTime'] as const;
export const PERCENTAGE_METRICS = ['changeFailRate', 'reworkRate'] as const;
export type CategoryMetric = (typeof CATEGORY_METRICS)[number];
type PercentageMetric = (typeof PERCENTAGE_METRICS)[number];
export type DoraMetric = CategoryMetric | PercentageMetric;
export const DORA_METRICS: readonly DoraMetric[] = [...CATEGORY_METRICS, ...PERCENTAGE_METRICS];

/** Which benchmark rows a person picks: an industry and an organisation size (content/dora/ lists them). */
export const BENCHMARK_KEYS = ['industry', 'organisationSize'] as const;
export type BenchmarkKey = (typeof BENCHMARK_KEYS)[number];

export const CATEGORIES = [1, 2, 3, 4, 5, 6] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryOption {
  value: Category;
  /** What a person can type on the command line instead of the number. */
  slug: string;
  label: string;
}

export interface DoraQuestion {
  metric: DoraMetric;
  /** The Quick Check's own key for this metric, in its data files and its URL. */
  quickCheckKey: 'leadtime' | 'deployfreq' | 'failurerecovery' | 'changefailure' | 'rework';
  title: string;
  question: string;
  /** The Quick Check's grouping: recovery time counts towards throughput. */
  group: 'throughput' | 'stability';
  /** The first edition that asks it. */
  since: DoraEdition;
  /** Six ordered ranges for the category questions; absent for the percentages. */
  options?: readonly CategoryOption[];
}

const option = (value: Category, slug: string, label: string): CategoryOption => ({ value, slug, label });

/** Lead time and recovery time share one scale of durations. */
const DURATION_OPTIONS: readonly CategoryOption[] = [
  option(1, 'over-six-months', 'Over six months'),
  option(2, 'one-to-six-months', 'Between one and six months'),
  option(3, 'week-to-month', 'Between a week and a month'),
  option(4, 'day-to-week', 'Between a day and a week'),
  option(5, 'under-a-day', 'Under a day'),
  option(6, 'under-an-hour', 'Under an hour'),
];

const FREQUENCY_OPTIONS: readonly CategoryOption[] = [
  option(1, 'under-twice-a-year', 'Less often than once every six months'),
  option(2, 'monthly-to-twice-a-year', 'Between once a month and once every six months'),
  option(3, 'weekly-to-monthly', 'Between once a week and once a month'),
  option(4, 'daily-to-weekly', 'Between once a day and once a week'),
  option(5, 'hourly-to-daily', 'Between once an hour and once a day'),
  option(6, 'on-demand', 'On demand, several times a day'),
];

export const DORA_QUESTIONS: readonly DoraQuestion[] = [
  {
    metric: 'leadTime',
    quickCheckKey: 'leadtime',
    title: 'Lead time for changes',
    question: 'For your main application or service, how long does a change take from commit to running successfully in production?',
    group: 'throughput',
    since: '2024',
    options: DURATION_OPTIONS,
  },
  {
    metric: 'deployFrequency',
    quickCheckKey: 'deployfreq',
    title: 'Deployment frequency',
    question: 'For your main application or service, how often does your organisation deploy to production or release to users?',
    group: 'throughput',
    since: '2024',
    options: FREQUENCY_OPTIONS,
  },
  {
    metric: 'recoveryTime',
    quickCheckKey: 'failurerecovery',
    title: 'Failed deployment recovery time',
    question:
      'When a change or release degrades service and needs fixing (a hotfix, rollback, fix forward or patch), how long does restoring service usually take?',
    group: 'throughput',
    since: '2024',
    options: DURATION_OPTIONS,
  },
  {
    metric: 'changeFailRate',
    quickCheckKey: 'changefailure',
    title: 'Change fail rate',
    question: 'Roughly what percentage of changes or releases degrade service and then need fixing?',
    group: 'stability',
    since: '2024',
  },
  {
    metric: 'reworkRate',
    quickCheckKey: 'rework',
    title: 'Deployment rework rate',
    question: 'Roughly what percentage of deployments in the last six months were unplanned, made to fix a bug users could see?',
    group: 'stability',
    since: '2025',
  },
];

/** The question for a metric; every metric has exactly one. */
export function questionFor(metric: DoraMetric): DoraQuestion {
  const found = DORA_QUESTIONS.find((q) => q.metric === metric);
  if (!found) throw new Error(`no DORA question for ${metric}`);
  return found;
}

/**
 * The metrics an edition asks, in the Quick Check's order; every question known when the edition
 * is not recorded (answers saved before records kept it).
 */
export function metricsIn(edition: DoraEdition | null): DoraMetric[] {
  return DORA_QUESTIONS.filter((q) => edition === null || q.since <= edition).map((q) => q.metric);
}

export function optionsFor(metric: CategoryMetric): readonly CategoryOption[] {
  return questionFor(metric).options ?? [];
}

export function listOptions(metric: CategoryMetric): string {
  return optionsFor(metric)
    .map((o) => `${o.value} ${o.slug}`)
    .join(', ');
}

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
/** A month is taken as 30 days, six months as 180 days. */
const MINUTES_PER_MONTH = 30 * MINUTES_PER_DAY;

/**
 * The lead-time range that a commit-to-production time falls in, so an organisation that already
 * gave its commit-to-production minutes is not asked again. Read literally: "under an hour" and
 * "under a day" exclude their bound (60 minutes is category 5, one day is 4), "over six months"
 * excludes its bound (180 days is 2), and a value on a shared bound of two ranges ("a day to a
 * week", "a week to a month") goes to the faster range (exactly a week is 4, exactly 30 days is 3).
 * Throws a RangeError for a negative or non-finite number of minutes.
 */
export function leadTimeFromMinutes(minutes: number): Category {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`commit-to-production minutes must be a number of 0 or more (got ${minutes})`);
  }
  if (minutes < MINUTES_PER_HOUR) return 6;
  if (minutes < MINUTES_PER_DAY) return 5;
  if (minutes <= MINUTES_PER_WEEK) return 4;
  if (minutes <= MINUTES_PER_MONTH) return 3;
  if (minutes <= 6 * MINUTES_PER_MONTH) return 2;
  return 1;
}

export const PERCENTAGE_RULE = 'must be a percentage from 0 to 100';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads a command-line answer to a category question: the number 1-6 or its slug, in any case. */
export function parseCategory(metric: CategoryMetric, input: string): Parsed<Category> {
  const text = input.trim().toLowerCase();
  const found = optionsFor(metric).find((o) => String(o.value) === text || o.slug === text);
  if (found) return { ok: true, value: found.value };
  return { ok: false, message: `must be 1 to 6 or its name: ${listOptions(metric)} (got ${JSON.stringify(input)})` };
}

/** Reads a command-line percentage: a plain number from 0 to 100, a trailing % allowed. */
export function parsePercentage(input: string): Parsed<number> {
  const text = input.trim().replace(/%$/, '');
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (value >= 0 && value <= 100) return { ok: true, value };
  return { ok: false, message: `${PERCENTAGE_RULE} (got ${JSON.stringify(input)})` };
}
