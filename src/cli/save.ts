/**
 * Writes a record for `--save` and merge. The record is validated with the schema `assess check`
 * uses before a byte is written: a tool never writes a record check would refuse.
 */
import { resolve } from 'node:path';
import type { Framework } from '#src/engine/framework/schema.ts';
import { FIELD_FLAGS } from '#src/engine/records/record-build.ts';
import { recordProblems } from '#src/engine/records/record-schema.ts';
import type { AssessmentRecord } from '#src/engine/records/record.ts';
import { writeRecord, WriteError } from '#src/node/records.ts';
import { UsageError } from './usage.ts';

export function checkSavePath(file: string): void {
  if (!/\.ya?ml$/i.test(file)) throw new UsageError(`--save: must name a .yaml file (got ${JSON.stringify(file)})`);
}

export function saveRecord(file: string, record: AssessmentRecord, options: { force: boolean; framework: Framework; today: string }): void {
  checkSavePath(file);
  const problems = recordProblems(record, options.framework, { today: options.today });
  if (problems.length > 0) {
    const lines = problems.map((p) => {
      const flag = FIELD_FLAGS[String(p.path[0])];
      const where = flag && p.path.length === 1 ? `--${flag}` : p.path.join('.');
      return `--save: not written: ${where}: ${p.message}`;
    });
    throw new UsageError(lines.join('\n'));
  }
  try {
    writeRecord(resolve(file), record, { force: options.force });
  } catch (error) {
    if (error instanceof WriteError) throw new UsageError(`--save: ${error.message}`);
    throw error;
  }
}
