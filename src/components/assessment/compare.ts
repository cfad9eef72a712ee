/**
 * "Compare with a previous assessment": the person picks last time's record and the page shows
 * what changed, in the same words as the history and `assess compare` (describeComparison). Loaded
 * when a file is chosen. A record of another organisation or unit, or one that is not earlier, is
 * refused with the reason; the file is never counted as a respondent.
 */
import './zod-without-eval.ts';
import type { Result } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { compareResults, evaluateRecord, type Evaluated } from '#src/engine/history/history.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { recordSchema } from '#src/engine/records/record-schema.ts';
import { RECORD_MAX_BYTES } from '#src/engine/records/record.ts';
import { nameKey } from '#src/engine/records/slug.ts';
import { describeComparison } from '#src/engine/text/describe-timeline.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { decodeText } from '#src/engine/validation/utf8.ts';
import { h, join } from '#src/render/html.ts';
import { stackingTable } from '#src/render/stacking-table.ts';
import { forecastHtml } from '#src/render/timeline-html.ts';
import { comparedForecast } from '#src/engine/history/forecast.ts';
import { readForm } from './form-state.ts';
import { showStatus } from './status.ts';

const say = (root: HTMLElement, target: HTMLElement, message: string) => {
  target.innerHTML = join([h('p', { class: 'pf-error' }, message)]).value;
  showStatus(root, message);
};

export async function compareWithFile(
  root: HTMLElement,
  input: HTMLInputElement,
  framework: Framework,
  now: { result: Result | null; answers: Answers | null },
): Promise<void> {
  const target = root.querySelector<HTMLElement>('[data-part="comparison"]');
  const file = input.files?.[0];
  if (!target || !file) return;
  if (!now.result || !now.answers) return say(root, target, 'Complete your answers first: there is nothing to compare yet.');
  if (file.size > RECORD_MAX_BYTES)
    return say(root, target, `${file.name}: is ${file.size} bytes; a record is at most ${RECORD_MAX_BYTES}.`);
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!decoded.ok) return say(root, target, decoded.problems.map(formatProblem).join(' '));
  const parsed = parseYaml(decoded.text, file.name, recordSchema(framework, { today: now.result.assessedOn }));
  if (!parsed.ok) return say(root, target, parsed.problems.map(formatProblem).join(' '));
  const record = parsed.value;
  const form = readForm(root.querySelector('form') as HTMLFormElement);
  const same = (a: string | undefined, b: string | undefined) => !a?.trim() || !b?.trim() || nameKey(a) === nameKey(b);
  if (!same(form.org, record.organization) || !same(form.unit, record.unit))
    return say(
      root,
      target,
      `${file.name}: is ${record.organization}${record.unit ? ` / ${record.unit}` : ''}'s record, not this unit's: compare a unit with its own history.`,
    );
  if (record.assessedOn >= now.result.assessedOn)
    return say(
      root,
      target,
      `${file.name}: is dated ${record.assessedOn}, not before this assessment (${now.result.assessedOn}): choose an earlier record.`,
    );
  const then = evaluateRecord(record, framework);
  const before: Evaluated = { answers: then.answers, result: then.result };
  // DORA's answers are read apart from the others (they need zod), as the download reads them.
  const dora = now.answers.dora ?? (await import('./dora-details.ts')).doraAnswersOf(root, form);
  const after: Evaluated = { answers: dora ? { ...now.answers, dora } : now.answers, result: now.result };
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
  showStatus(root, `Compared with ${record.assessedOn}.`);
}
