/** Writes a record for `--save`, turning the two mistakes a person makes into one-line messages. */
import { resolve } from 'node:path';
import type { AssessmentRecord } from '#src/engine/record.ts';
import { writeRecord } from '#src/node/records.ts';
import { UsageError } from './usage.ts';

export function checkSavePath(file: string): void {
  if (!/\.ya?ml$/i.test(file)) throw new UsageError(`--save: must name a .yaml file (got ${JSON.stringify(file)})`);
}

export function saveRecord(file: string, record: AssessmentRecord, force: boolean): void {
  checkSavePath(file);
  try {
    writeRecord(resolve(file), record, { force });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`--save: ${file} exists; pass --force to replace it`);
    throw error;
  }
}
