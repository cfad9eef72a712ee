/**
 * Writes a record for `--save` and merge. Before a byte is written, the record meets every limit
 * `assess check` and the build apply: the schema (with the page-name length), the file size, and,
 * inside the records folder, one record per unit and day across file names.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
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
import { loadRecord, loadRecords, schemaRefFrom, writeRecord, WriteError } from '#src/node/records.ts';
import { io } from './io.ts';
import { UsageError } from './usage.ts';

export function checkSavePath(file: string): void {
  if (!/\.ya?ml$/i.test(file)) throw new UsageError(`--save: must name a .yaml file (got ${JSON.stringify(file)})`);
  const badName = nameCharacterProblem(basename(file));
  if (badName) throw new UsageError(`--save: the file name ${badName} (got ${JSON.stringify(file)})`);
}

/** Respondents' own files (one each, before merge) and their merged record may share a folder, a unit and a day. */
const twoPeople = (a: AssessmentRecord, b: AssessmentRecord) =>
  a.schemaVersion !== b.schemaVersion || (a.schemaVersion === 1 && b.schemaVersion === 1 && (a.assessedBy ?? '') !== (b.assessedBy ?? ''));

/**
 * A second record for a unit and day under another file name: anywhere in the records folder
 * check and the build read, or, for a file saved elsewhere, beside it in its folder (what
 * `assess check` of that folder reads), unless they are different respondents' own answers or those and their merge.
 */
function duplicateProblems(target: string, record: AssessmentRecord, framework: Framework, today: string): LocatedProblem[] {
  const env = io().env.PLATFORM_FIT_ASSESSMENTS;
  const root = env ? resolve(env) : ASSESSMENTS_DIR;
  const inside = !relative(root, target).startsWith('..');
  const beside = () => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dirname(target), { withFileTypes: true });
    } catch {
      return []; // Not a folder or not readable: the write itself says so.
    }
    return entries
      .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
      .slice(0, 1000)
      .flatMap((e) => {
        const file = join(dirname(target), e.name);
        const loaded = loadRecord(file, framework, { today, noFollow: true });
        return loaded.ok && !twoPeople(loaded.value, record) ? [{ file: displayPath(file), record: loaded.value }] : [];
      });
  };
  const all = inside ? loadRecords(root, framework, today).records : beside();
  const others = all.filter((r) => resolve(r.file) !== target);
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
