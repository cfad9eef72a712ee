/**
 * Writes a record for `--save` and merge. Before a byte is written, the record meets every limit
 * `assess check` and the build apply: the schema (with the page-name length), the file size, and,
 * inside the records folder, one record per unit and day across file names.
 */
import { basename, dirname, relative, resolve } from 'node:path';
import type { Framework } from '#src/engine/framework/schema.ts';
import { FIELD_FLAGS } from '#src/engine/records/record-build.ts';
import { recordProblems } from '#src/engine/records/record-schema.ts';
import { recordSizeProblem } from '#src/engine/records/record-size.ts';
import { recordSetProblems } from '#src/engine/records/record-set.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import type { AssessmentRecord } from '#src/engine/records/record.ts';
import type { LocatedProblem } from '#src/engine/validation/problems.ts';
import { nameCharacterProblem } from '#src/engine/validation/control-characters.ts';
import { ASSESSMENTS_DIR, displayPath } from '#src/node/framework.ts';
import { loadRecords, schemaRefFrom, writeRecord, WriteError } from '#src/node/records.ts';
import { io } from './io.ts';
import { UsageError } from './usage.ts';

export function checkSavePath(file: string): void {
  if (!/\.ya?ml$/i.test(file)) throw new UsageError(`--save: must name a .yaml file (got ${JSON.stringify(file)})`);
  const badName = nameCharacterProblem(basename(file));
  if (badName) throw new UsageError(`--save: the file name ${badName} (got ${JSON.stringify(file)})`);
}

/**
 * A second record for a unit and day under another file name, when the target is inside the
 * records folder check and the build read. Files outside it (each respondent's answers, before
 * merge) may share a unit and day: check never reads them as one history.
 */
function duplicateProblems(target: string, record: AssessmentRecord, framework: Framework, today: string): LocatedProblem[] {
  const env = io().env.PLATFORM_FIT_ASSESSMENTS;
  const root = env ? resolve(env) : ASSESSMENTS_DIR;
  if (relative(root, target).startsWith('..')) return [];
  const others = loadRecords(root, framework, today).records.filter((r) => resolve(r.file) !== target);
  const shown = displayPath(target);
  return recordSetProblems([...others, { file: shown, record }])
    .filter((p) => p.file === shown && p.severity !== 'warning')
    .map((p) => ({ path: [p.path], message: p.message }));
}

export function saveRecord(file: string, record: AssessmentRecord, options: { force: boolean; framework: Framework; today: string }): void {
  checkSavePath(file);
  const target = resolve(file);
  let problems = recordProblems(record, options.framework, { today: options.today });
  if (problems.length === 0) {
    const size = recordSizeProblem(recordToYaml(record, schemaRefFrom(dirname(target))));
    problems = [...(size ? [size] : []), ...duplicateProblems(target, record, options.framework, options.today)];
  }
  if (problems.length > 0) {
    const lines = problems.map((p) => {
      const flag = FIELD_FLAGS[String(p.path[0])];
      const where = flag && p.path.length === 1 ? `--${flag}` : p.path.length > 0 ? p.path.join('.') : file;
      return `--save: not written: ${where}: ${p.message}`;
    });
    throw new UsageError(lines.join('\n'));
  }
  try {
    writeRecord(target, record, { force: options.force });
  } catch (error) {
    if (error instanceof WriteError) throw new UsageError(`--save: ${error.message}`);
    throw error;
  }
}
