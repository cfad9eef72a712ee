/** `assess check [DIR]`: every record valid, no two records for the same unit and day. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Framework } from '#src/engine/framework-schema.ts';
import { formatProblem, type Problem } from '#src/engine/problems.ts';
import { ASSESSMENTS_DIR, displayPath } from '#src/node/framework.ts';
import { loadRecords } from '#src/node/records.ts';
import { UsageError } from './usage.ts';

export function runCheck(dirArg: string | undefined, framework: Framework): number {
  const dir = dirArg ? resolve(dirArg) : ASSESSMENTS_DIR;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`check: ${dirArg ?? dir} is not a directory`);
  const { records, problems } = loadRecords(dir, framework);
  const seen = new Map<string, string>();
  const clashes: Problem[] = [];
  for (const { file, record } of records) {
    const key = `${record.organization}\u0000${record.unit ?? ''}\u0000${record.assessedOn}`;
    const first = seen.get(key);
    if (first) clashes.push({ file, line: 1, path: 'assessedOn', message: `same organisation, unit and date as ${first}` });
    else seen.set(key, file);
  }
  const all = [...problems, ...clashes];
  for (const p of all) process.stderr.write(`${formatProblem(p)}\n`);
  const files = new Set(all.map((p) => p.file)).size;
  const total = records.length + new Set(problems.map((p) => p.file)).size;
  process.stdout.write(
    all.length === 0
      ? `framework ${framework.version} valid; ${records.length} records in ${displayPath(dir) || '.'} valid\n`
      : `${all.length} problem(s) in ${files} of ${total} file(s)\n`,
  );
  return all.length === 0 ? 0 : 1;
}
