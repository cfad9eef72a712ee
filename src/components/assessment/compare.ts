/**
 * "Compare with a previous assessment": the person picks last time's record and the page shows
 * what changed, in the same words as the history and `assess compare` (describeComparison). Loaded
 * when a file is chosen. A record of another organisation or unit, or one that is not earlier, is
 * refused with the reason; the file is never counted as a respondent.
 */
import type { Result } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { compareResults, evaluateRecord, type Evaluated } from '#src/engine/history/history.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { comparisonProblem } from '#src/engine/history/comparable.ts';
import { describeComparison } from '#src/engine/text/describe-timeline.ts';
import { h, join } from '#src/render/html.ts';
import { stackingTable } from '#src/render/stacking-table.ts';
import { forecastHtml } from '#src/render/timeline-html.ts';
import { comparedForecast } from '#src/engine/history/forecast.ts';
import { readForm } from './form-state.ts';
import { readRecordFile } from './read-record.ts';
import { showStatus } from './status.ts';

let quietly = false;
const say = (root: HTMLElement, target: HTMLElement, message: string) => {
  target.innerHTML = join([h('p', { class: 'pf-error' }, message)]).value;
  if (!quietly) showStatus(root, message);
};

export async function compareWithFile(
  root: HTMLElement,
  input: HTMLInputElement,
  framework: Framework,
  now: { result: Result | null; answers: Answers | null },
  quiet = false,
): Promise<void> {
  quietly = quiet;
  const target = root.querySelector<HTMLElement>('[data-part="comparison"]');
  const file = input.files?.[0];
  if (!target || !file) return;
  if (!now.result || !now.answers) return say(root, target, 'Complete your answers first: there is nothing to compare yet.');
  const loaded = await readRecordFile(file, framework, now.result.assessedOn);
  if (!loaded.ok) return say(root, target, loaded.message);
  const record = loaded.record;
  const form = readForm(root.querySelector('form') as HTMLFormElement);
  const refused = comparisonProblem(record, { organization: form.org, unit: form.unit, assessedOn: now.result.assessedOn });
  if (refused?.kind === 'other-unit')
    return say(
      root,
      target,
      `${file.name}: is ${record.organization}${record.unit ? ` / ${record.unit}` : ''}'s record, not this unit's: compare a unit with its own history.`,
    );
  if (refused)
    return say(
      root,
      target,
      `${file.name}: is dated ${record.assessedOn}, not before this assessment (${now.result.assessedOn}): choose an earlier record.`,
    );
  const then = evaluateRecord(record, framework);
  const before: Evaluated = { answers: then.answers, result: then.result };
  // The answers the page shows: everyone's combined, DORA's included (the page adds the person's own before combining).
  const after: Evaluated = { answers: now.answers, result: now.result };
  // When the team formed between the two, the earlier record's forecast against today's answers.
  const forecast = comparedForecast(
    { ...before, record, slug: record.assessedOn },
    { ...after, record: { ...record, assessedOn: now.result.assessedOn, forecast: undefined }, slug: now.result.assessedOn },
    framework,
  );
  const text = describeComparison(before, after, compareResults(before, after), framework, forecast);
  target.innerHTML = h(
    'section',
    { class: 'pf-comparison', 'aria-label': `Since ${record.assessedOn}` },
    h('h3', {}, `What changed since ${record.assessedOn}`),
    h('p', {}, text.before, ' ', text.after, ' ', h('strong', {}, text.change)),
    stackingTable(
      `From ${record.assessedOn} to ${now.result.assessedOn}`,
      ['What', 'Then', 'Now', 'Change'],
      text.rows.map((r) => [r.label, r.from, r.to, r.change]),
    ),
    text.tracking.length ? h('ul', {}, ...text.tracking.map((l) => h('li', {}, l))) : null,
    text.forecast ? forecastHtml(text.forecast, () => null, 'h4') : null,
  ).value;
  if (!quiet) showStatus(root, `Compared with ${record.assessedOn}.`);
}
