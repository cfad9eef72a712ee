/**
 * What the page hands out: the record (Download YAML), validated with the same schema as `assess
 * check` before it is offered, and named after what it holds; and the review reminder (.ics).
 */
import type { Framework } from '#src/engine/framework/schema.ts';
import type { Result } from '#src/engine/decision/evaluate.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { multiRecord, recordFileName, singleRecord, type RecordMeta } from '#src/engine/records/record-build.ts';
import type { BusinessCase } from '#src/engine/business/business-case.ts';
import { withForecast } from '#src/engine/records/forecast.ts';
import type { Respondent } from '#src/engine/records/record.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import { recordSizeProblem } from '#src/engine/records/record-size.ts';
import type { RawState } from './form-state.ts';
import { saveFile } from './save-file.ts';
import { markFields } from './field-errors.ts';

export type ExportOutcome = { ok: true; message: string } | { ok: false; message: string; errors: { flag: string; message: string }[] };

function metaOf(state: RawState, assessedOn: string): RecordMeta {
  return { organization: state.org, unit: state.unit, assessedOn, assessedBy: state.by, notes: state.notes };
}

export async function downloadRecord(
  framework: Framework,
  meta: RecordMeta,
  own: Answers | null,
  everyone: readonly Respondent[],
  today: string,
  schemaUrl: string | undefined,
  made: BusinessCase,
): Promise<ExportOutcome> {
  if (!meta.organization?.trim())
    return {
      ok: false,
      message: 'Add the organisation to download a record.',
      errors: [{ flag: 'org', message: 'is needed for the record: the organisation it belongs to' }],
    };
  const single = everyone.length <= 1 && own !== null;
  // The case as made today goes with the record, so a later framework never rewrites it.
  const record = withForecast(single ? singleRecord(meta, own, framework.version) : multiRecord(meta, everyone, framework.version), made);
  const { checkRecord } = await import('./check-record.ts');
  const errors = checkRecord(record, framework, today);
  if (errors.length > 0)
    return { ok: false, message: `Not downloaded: ${errors.map((e) => `${e.flag}: ${e.message}`).join('; ')}.`, errors };
  const yaml = recordToYaml(record, schemaUrl);
  const size = recordSizeProblem(yaml);
  if (size) return { ok: false, message: `Not downloaded: ${size.message}.`, errors: [{ flag: 'notes', message: size.message }] };
  const name = recordFileName(meta, single ? meta.assessedBy : undefined);
  saveFile(name, 'application/yaml', yaml);
  return { ok: true, message: `Downloaded ${name}: commit it under assessments/.` };
}

/**
 * The review reminder: named after the unit, on a working day, with an alarm a week ahead, and a
 * link that opens the answers the result quotes (everyone's combined, DORA's, organisation and unit).
 */
async function downloadReminder(result: Result, answers: Answers, meta: RecordMeta, respondents: number): Promise<string> {
  // The reminder's code (and the start link's) loads with its button: the download's preload list stays short.
  const { reminderEvent, reviewIcs } = await import('./review-ics.ts');
  const event = reminderEvent(result, answers, meta, respondents, location.href, new Date().toISOString());
  saveFile(`platform-fit-review-${event.reviewOn}.ics`, 'text/calendar', reviewIcs(event));
  return `Calendar event for ${event.reviewOn} downloaded, with a reminder a week before.`;
}

type DownloadContext = { framework: Framework; own: Answers | null; answers: Answers | null; everyone: Respondent[]; today: string };

/**
 * One download for the page's buttons: the record (validated first, problems marked on their
 * fields, focus on the first) or the review reminder. Returns what the status line says, a
 * failure included (a part that could not load, a file the browser refused): never nothing.
 */
export async function download(
  root: HTMLElement,
  state: RawState,
  action: string,
  result: Result,
  context: DownloadContext,
): Promise<string> {
  try {
    return await attempt(root, state, action, result, context);
  } catch (error) {
    // The browser keeps a module that failed to load as failed until the page is loaded again.
    return `Not downloaded: ${error instanceof Error ? error.message : String(error)}. Reload the page and try again.`;
  }
}

async function attempt(root: HTMLElement, state: RawState, action: string, result: Result, context: DownloadContext): Promise<string> {
  const meta = metaOf(state, result.assessedOn);
  if (action === 'download-ics') return downloadReminder(result, context.answers ?? context.own!, meta, context.everyone.length);
  // The person's own answers carry DORA's once its code is here; a download before that reads them now.
  const dora = context.own?.dora ? undefined : (await import('./dora-details.ts')).doraAnswersOf(root, state);
  const own = context.own && dora ? { ...context.own, dora } : context.own;
  const everyone = context.everyone.map((r) => (r.answers === context.own && own ? { ...r, answers: own } : r));
  const outcome = await downloadRecord(context.framework, meta, own, everyone, context.today, root.dataset.schemaUrl, result.businessCase);
  markFields(root, outcome.ok ? [] : outcome.errors, state);
  if (!outcome.ok) root.querySelector<HTMLElement>(`[name="${outcome.errors[0]?.flag}"]`)?.focus();
  return outcome.message;
}
