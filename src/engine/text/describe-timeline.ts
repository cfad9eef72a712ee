/**
 * A unit's history in words, and two records compared: every sentence /history/<unit>/, the record
 * pages, `assess history` and `assess compare` show, built once here. The faces only lay them out
 * (HTML, indented lines), so for the same records they say the same things. Rules by their titles,
 * trap signs by their texts: no ids in prose.
 */
import type { Framework, Recommendation } from '../framework/schema.ts';
import type { Delta, Entry, Evaluated, UnitHistory } from '../history/history.ts';
import { METRIC_FIELDS } from '../inputs/fields.ts';
import { taxText, versionNote } from './describe-card.ts';
import { changeText, deltasText, doraScoreText, formatValue, isDoraKey, namesText, rangesText } from './describe.ts';
import { trackingLines, verdictText } from './describe-tracking.ts';
import { platformTeamFormed, type Formation } from '../history/formation.ts';
import { describeFormation } from './describe-formation.ts';
import { countText } from '../words.ts';
import { describeForecast, sharedTeamText, type ForecastText } from './describe-forecast.ts';
import type { ForecastCheck } from '../history/forecast.ts';
import { caseChangeRows } from './describe-case-change.ts';

export interface EntryText {
  /** The record page's URL segment. */
  slug: string;
  /** The assessment date and the advice as headed then: "2026-05-11", "Form a platform team". */
  date: string;
  headline: string;
  /** "Recommendation: Platform team (platform-trap signs: 3 of 5); platform pressure 52/100." */
  verdict: string;
  /** "Changed from Refine what you have to Platform team, decided by “High operational tax”." */
  changed: string | null;
  versionNote: string | null;
  /** "61 engineers, 28% on infrastructure, onboarding 15 days." */
  facts: string;
  tax: string;
  assessedBy: string | null;
  /** "Since the previous assessment: team size +27 engineers; ...." (metrics are in `tracking`). */
  since: string | null;
  /** On the first assessment with a platform team after one without: when it formed, as far as records tell. */
  formed: string | null;
  /** A platform team shared with other units: this unit's share, which its business case prices. */
  shared: string | null;
  /** What the advice asked to fix: trap signs, the platform team, metrics, the tax (describe-tracking.ts). */
  tracking: string[];
  /** With several respondents: who, whether they agree (emphasised on the page), where they split. */
  respondents: { who: string; agreement: string; agree: boolean; rest: string } | null;
  /** The record's own notes, as written: text from a file, escaped by every face that shows it. */
  notes: string | null;
}

export interface TimelineText {
  /** "Northwind Logistics / product-engineering". */
  name: string;
  /** "5 assessments". */
  count: string;
  /** "Due 2027-05-09", or "Overdue since 2027-05-09 (12 days)". */
  review: { text: string; overdue: boolean };
  entries: EntryText[];
}

const label = (framework: Framework, r: Recommendation) => framework.recommendations[r].label;

function timelineName(t: { organization: string; unit: string | null }): string {
  return `${t.organization}${t.unit ? ` / ${t.unit}` : ''}`;
}

export function reviewText(t: Pick<UnitHistory, 'nextReviewOn' | 'daysOverdue'>): { text: string; overdue: boolean } {
  return t.daysOverdue > 0
    ? { text: `Overdue since ${t.nextReviewOn} (${countText(t.daysOverdue, 'day')})`, overdue: true }
    : { text: `Due ${t.nextReviewOn}`, overdue: false };
}

function changedText(framework: Framework, from: Recommendation, to: Evaluated): string {
  return `Changed from ${label(framework, from)} to ${label(framework, to.result.recommendation)}, decided by “${to.result.decidedBy.title}”.`;
}

/** The deltas the tracking lines do not already say: metrics are followed there, against their targets. */
const notMetrics = (deltas: readonly Delta[]) => deltas.filter((d) => !METRIC_FIELDS.some((f) => f.key === d.key));
/** A timeline entry's changes in one sentence: DORA's averages, not each of its metrics (`assess compare` lists those). */
const sinceDeltas = (deltas: readonly Delta[]) =>
  notMetrics(deltas).filter((d) => !isDoraKey(d.key) || ['dora.overall', 'dora.throughput', 'dora.stability'].includes(d.key));

function respondentsText(e: Entry): EntryText['respondents'] {
  const a = e.assessment;
  if (a.respondents.length < 2) return null;
  const splits = a.splits.length > 0 ? `; split on ${a.splits.map((s) => s.label.toLowerCase()).join(', ')}` : '';
  return {
    who: `${a.respondents.length} respondents (${namesText(a.respondents.map((r) => r.name))}); `,
    agreement: a.agree ? 'alone, each would get the same recommendation' : 'alone, they would get different recommendations',
    agree: a.agree,
    rest: `${splits}. Answers ranged: ${rangesText(a.spread) || 'no numeric differences'}.`,
  };
}

/**
 * `formation` is the unit's (platformTeamFormed() over all its entries, not a page's share); an
 * entry says it when it is the first with the team.
 */
export function describeEntry(e: Entry, previous: Entry | null, framework: Framework, formation: Formation | null = null): EntryText {
  const a = e.answers;
  const since = deltasText(sinceDeltas(e.deltas));
  return {
    slug: e.slug,
    date: e.record.assessedOn,
    headline: e.result.headline,
    verdict: `Recommendation: ${verdictText(e, framework)}; platform pressure ${e.result.score.value}/100.`,
    changed: previous && e.changed ? changedText(framework, e.changed.from, e) : null,
    versionNote: versionNote(e.result.framework),
    facts: `${formatValue('teamSize', a.teamSize)}, ${formatValue('infraTimeShare', a.infraTimeShare)} on infrastructure, onboarding ${formatValue('onboardingDays', a.onboardingDays)}.`,
    tax: taxText(e.result),
    assessedBy: e.record.assessedBy ? `Assessed by ${e.record.assessedBy}.` : null,
    since: previous ? `Since the previous assessment: ${since || 'no numeric change'}.` : null,
    formed: formation && formation.with.slug === e.slug ? describeFormation(formation).entry : null,
    shared: e.sharedTeam ? sharedTeamText(e.sharedTeam) : null,
    tracking: trackingLines(e, previous, framework),
    respondents: respondentsText(e),
    notes: e.record.notes ?? null,
  };
}

/** `formation` defaults to the one `t`'s entries show; a page of a longer timeline passes the whole unit's. */
export function describeTimeline(t: UnitHistory, framework: Framework, formation = platformTeamFormed(t.entries)): TimelineText {
  const n = t.entries.length;
  return {
    name: timelineName(t),
    count: countText(n, 'assessment'),
    review: reviewText(t),
    entries: t.entries.map((e, i) => describeEntry(e, t.entries[i - 1] ?? null, framework, formation)),
  };
}

interface ComparisonRow {
  label: string;
  from: string;
  to: string;
  /** "+11 engineers", "-22 points", "no change", "newly answered"; '' when neither side was answered. */
  change: string;
}

export interface ComparisonText {
  /** "2026-05-11: Platform team, decided by “High operational tax”." */
  before: string;
  after: string;
  /** "Changed from ... to ..., decided by “...”." or "Recommendation unchanged: Platform team." */
  change: string;
  rows: ComparisonRow[];
  tracking: string[];
  /** When the earlier record had no platform team and the later has one: its forecast against the later. */
  forecast: ForecastText | null;
}

function rowValue(d: Delta, v: number | null): string {
  if (d.key === 'score') return v === null ? 'not answered' : `${v}/100`;
  return isDoraKey(d.key) ? doraScoreText(v) : formatValue(d.key, v);
}

/** A row's change in words; blank only where neither side was answered (a stacked row on a phone leaves a blank cell out). */
function changeWords(d: Delta): string {
  if (d.change !== null) return d.change === 0 ? 'no change' : changeText(d.key, d.change);
  if (d.from === null && d.to !== null) return 'newly answered';
  if (d.from !== null && d.to === null) return 'no longer answered';
  return '';
}

/**
 * `before` and `after` are two evaluated records, the earlier first; `deltas` from compareResults();
 * `forecast` from comparedForecast() when the team formed between them.
 */
export function describeComparison(
  before: Evaluated,
  after: Evaluated,
  deltas: readonly Delta[],
  framework: Framework,
  forecast: ForecastCheck | null = null,
): ComparisonText {
  const side = (e: Evaluated) => `${e.result.assessedOn}: ${verdictText(e, framework)}, decided by “${e.result.decidedBy.title}”.`;
  return {
    before: side(before),
    after: side(after),
    change:
      before.result.recommendation === after.result.recommendation
        ? `Recommendation unchanged: ${after.result.label}.`
        : changedText(framework, before.result.recommendation, after),
    rows: [
      ...notMetrics(deltas).map((d) => ({
        label: d.label,
        from: rowValue(d, d.from),
        to: rowValue(d, d.to),
        change: changeWords(d),
      })),
      // The business case's change: what the comparison says it compares.
      ...caseChangeRows(before.result.businessCase, after.result.businessCase),
    ],
    tracking: trackingLines(after, before, framework),
    forecast: forecast && describeForecast(forecast),
  };
}
