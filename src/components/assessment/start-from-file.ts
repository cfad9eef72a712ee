/**
 * "Start from the last record": the chosen record's answers (everyone's combined, as its result
 * combines them, DORA's included), organisation and unit open in the page through the same link
 * the unit pages and the reminder give, dated today and with no one's name. Loaded when a file is chosen.
 */
import type { Framework } from '#src/engine/framework/schema.ts';
import { evaluateRecord } from '#src/engine/history/history.ts';
import { respondentsOf } from '#src/engine/records/record.ts';
import { startQuery } from '#src/engine/respondents/start-from.ts';
import { readRecordFile } from './read-record.ts';
import { showStatus } from './status.ts';

export async function startFromFile(root: HTMLElement, file: File, framework: Framework, today: string): Promise<void> {
  const loaded = await readRecordFile(file, framework, today);
  if (!loaded.ok) return showStatus(root, `Not started from ${file.name}: ${loaded.message}`);
  const record = loaded.record;
  const query = startQuery({ ...record, respondents: respondentsOf(record).length }, evaluateRecord(record, framework).answers);
  location.assign(`${location.pathname}?${query}`);
}
