/** `assess history [DIR] [--unit U] [--json]` and `assess compare A.yaml B.yaml [--json]`. */
import { relative, resolve } from 'node:path';
import { describeComparison, describeTimeline } from '#src/engine/text/describe-timeline.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { buildTimelines, compareResults, evaluateRecord, fullEntry, recordShares, type UnitHistory } from '#src/engine/history/history.ts';
import type { TeamShare } from '#src/engine/history/shared-team.ts';
import { nameKey, nameSlug } from '#src/engine/records/slug.ts';
import type { Result } from '#src/engine/decision/evaluate.ts';
import { formatProblem, type Problem } from '#src/engine/validation/problems.ts';
import type { AssessmentRecord } from '#src/engine/records/record.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { loadRecord, loadRecords } from '#src/node/records.ts';
import { io } from './io.ts';
import { comparisonProblem } from '#src/engine/history/comparable.ts';
import { describeDora } from '#src/engine/text/describe-dora.ts';
import { namesText } from '#src/engine/text/describe.ts';
import { recordsDir } from './check.ts';
import { doraOf } from './dora.ts';
import { UsageError } from './usage.ts';
import { say, warn } from './terminal.ts';
import { forecastCheck, comparedForecast } from '#src/engine/history/forecast.ts';
import { organisations } from '#src/engine/history/organisation.ts';
import { describeForecast, type ForecastText } from '#src/engine/text/describe-forecast.ts';
import type { Recommendation } from '#src/engine/framework/schema.ts';
import { organisationText } from './organisation.ts';

/** The unit's history as indented lines: every sentence from describeTimeline(), as the page shows them. */
function timelineText(t: UnitHistory, framework: Framework): string {
  const text = describeTimeline(t, framework);
  const example = t.example ? ' (the shipped example, kept out of totals and reviews due)' : '';
  const lines = [`${text.name}: ${text.count}. Next review: ${text.review.text}.${example}`];
  const check = forecastCheck(t.entries, framework);
  if (check) lines.push('', ...forecastLines(describeForecast(check)));
  t.entries.forEach((entry, i) => {
    const e = text.entries[i]!;
    const dora = doraOf(entry.answers);
    const respondents = e.respondents ? `${e.respondents.who}${e.respondents.agreement}${e.respondents.rest}` : null;
    lines.push(
      '',
      `  ${e.date}: ${e.headline}`,
      ...[
        e.changed,
        e.versionNote,
        e.verdict,
        e.facts,
        e.tax,
        e.assessedBy,
        respondents,
        e.since,
        e.formed,
        e.shared,
        ...e.tracking,
        dora ? describeDora(dora).summary : null,
        e.notes,
      ]
        .filter((l): l is string => l !== null)
        .map((l) => `    ${l.replaceAll('\n', '\n    ')}`),
      `    Record: ${entry.file}`,
    );
  });
  return lines.join('\n');
}

/** A forecast's sentences as indented lines: the case, each review, what the records cannot tell. */
function forecastLines(f: ForecastText, indent = '  '): string[] {
  return [
    `${indent}The platform team against its forecast:`,
    `${indent}  ${f.made}`,
    ...f.reviews.map((r) => `${indent}  ${r.text}`),
    `${indent}  ${f.limits}`,
  ];
}

/** "; the records have: a, b": what a name flag may say, or nothing without records. */
function allowed(names: readonly string[]): string {
  const distinct = [...new Set(names)].sort();
  return distinct.length ? `; the records have: ${namesText(distinct)}` : '';
}

export async function runHistory(
  dirArgs: readonly string[],
  filter: { unit?: string | undefined; org?: string | undefined },
  json: boolean,
  framework: Framework,
  today: string,
): Promise<number> {
  const { unit, org } = filter;
  const loaded = loadRecords(recordsDir(dirArgs, 'history'), framework, today);
  const { records, problems, warnings } = loaded;
  for (const p of [...problems, ...warnings]) warn(formatProblem(p));
  const files = loaded.organisations.map((o) => o.organisation);
  let timelines = buildTimelines(records, framework, today, files);
  if (org !== undefined) {
    const all = timelines;
    timelines = timelines.filter((t) => nameKey(t.organization) === nameKey(org));
    if (timelines.length === 0)
      throw new UsageError(`--org: no records for organisation ${JSON.stringify(org)}${allowed(all.map((t) => t.organization))}`);
    if (unit === undefined) {
      const [o] = organisations(timelines, files, framework, Object.keys(framework.recommendations) as Recommendation[]);
      say(json ? JSON.stringify(o, null, 2) : organisationText(o!, framework));
      return problems.length > 0 ? 1 : 0;
    }
  }
  if (unit !== undefined) {
    const units = timelines;
    timelines = timelines.filter((t) => t.unit !== null && (nameKey(t.unit) === nameKey(unit) || nameSlug(t.unit) === unit));
    if (timelines.length === 0)
      throw new UsageError(`--unit: no records for unit ${JSON.stringify(unit)}${allowed(units.map((t) => t.unit ?? '(no unit)'))}`);
  }
  if (json)
    await sayJsonList(timelines, (t) => ({
      ...t,
      forecast: forecastCheck(t.entries, framework),
      entries: t.entries.map((e) => fullEntry(e, framework)),
    }));
  else say(timelines.map((t) => timelineText(t, framework)).join('\n\n') || 'No records.');
  return problems.length > 0 ? 1 : 0;
}

/**
 * The same text as JSON.stringify(items.map(full), null, 2), written one item at a time: every
 * record's full result, worked out again (the timelines keep only what the text prints), would
 * outgrow the longest string Node can make for a large portfolio, and a pipe that reads slowly
 * is waited for rather than buffered without end.
 */
async function sayJsonList<T>(items: readonly T[], full: (item: T) => unknown): Promise<void> {
  if (items.length === 0) return say('[]');
  for (const [i, item] of items.entries()) {
    const body = `  ${JSON.stringify(full(item), null, 2).replace(/\n/g, '\n  ')}`;
    say(`${i === 0 ? '[\n' : ''}${body}${i < items.length - 1 ? ',' : '\n]'}`);
    await io().drained?.();
  }
}

interface Loaded {
  record: AssessmentRecord;
  answers: Answers;
  result: Result;
}

/**
 * Records in the records folder are priced as its history prices them: a unit a shared platform
 * team serves (organisation.yaml) is charged its share, not the whole team, split over the records
 * the history keeps (check names any it refuses). Records outside the folder are priced on their own.
 */
function sharesInFolder(files: readonly string[], framework: Framework, today: string): Map<string, TeamShare> {
  const dir = recordsDir([], 'compare');
  if (files.some((f) => relative(dir, resolve(f)).startsWith('..'))) return new Map();
  const loaded = loadRecords(dir, framework, today);
  if (!loaded.organisations.some((o) => o.organisation.platformTeams?.length)) return new Map();
  const shares = recordShares(
    loaded.records,
    framework,
    today,
    loaded.organisations.map((o) => o.organisation),
  );
  return new Map([...shares].map(([file, share]) => [resolve(file), share]));
}

export function runCompare(files: readonly string[], json: boolean, framework: Framework, today: string): number {
  if (files.length !== 2) throw new UsageError('compare: needs two record files, the earlier first: assess compare A.yaml B.yaml');
  const pairs: Loaded[] = [];
  const problems: Problem[] = [];
  const shares = sharesInFolder(files, framework, today);
  for (const file of files) {
    const loaded = loadRecord(resolve(file), framework, { today });
    if (loaded.ok) pairs.push({ record: loaded.value, ...evaluateRecord(loaded.value, framework, shares.get(resolve(file)) ?? null) });
    else problems.push(...loaded.problems);
  }
  if (problems.length > 0) {
    for (const p of problems) warn(formatProblem(p));
    return 2;
  }
  const [a, b] = pairs as [Loaded, Loaded];
  const refused = comparisonProblem(a.record, b.record);
  if (refused?.kind === 'other-unit') throw new UsageError(`compare: ${files[0]} and ${files[1]}: ${refused.message}`);
  if (refused && a.record.assessedOn === b.record.assessedOn)
    throw new UsageError(`compare: ${files[0]} and ${files[1]} are both dated ${a.record.assessedOn}: compare records of two reviews`);
  if (refused)
    throw new UsageError(
      `compare: ${files[0]} (${a.record.assessedOn}) is later than ${files[1]} (${b.record.assessedOn}): give the earlier record first: assess compare ${files[1]} ${files[0]}`,
    );
  const deltas = compareResults(a, b);
  const forecast = comparedForecast(
    { ...a, slug: a.record.assessedOn },
    { ...b, slug: b.record.assessedOn, sharedTeam: shares.get(resolve(files[1]!)) ?? null },
    framework,
  );
  if (json) {
    say(
      JSON.stringify(
        { before: { record: a.record, result: a.result }, after: { record: b.record, result: b.result }, deltas, forecast },
        null,
        2,
      ),
    );
    return 0;
  }
  const text = describeComparison(a, b, deltas, framework, forecast);
  const width = Math.max(...text.rows.map((r) => r.label.length));
  const fromWidth = Math.max(...text.rows.map((r) => r.from.length));
  const toWidth = Math.max(...text.rows.map((r) => r.to.length));
  const lines = [
    text.before,
    `  Record: ${files[0]}`,
    text.after,
    `  Record: ${files[1]}`,
    text.change,
    '',
    ...text.rows.map((r) => `  ${r.label.padEnd(width)}  ${r.from.padEnd(fromWidth)} -> ${r.to.padEnd(toWidth)}  ${r.change}`.trimEnd()),
    ...(text.tracking.length ? ['', ...text.tracking.map((l) => `  ${l}`)] : []),
    ...(text.forecast ? ['', ...forecastLines(text.forecast, '')] : []),
  ];
  say(lines.join('\n'));
  return 0;
}
