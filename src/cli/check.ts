/** `assess check [DIR]`: the framework and every record valid, no two records for one unit and day. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Framework } from '#src/engine/framework/schema.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import type { Parsed } from '#src/engine/validation/parse-yaml.ts';
import { ASSESSMENTS_DIR, displayPath, loadFrameworkWithGuides } from '#src/node/framework.ts';
import { GUIDES_DIR, guideIndex } from '#src/node/guides.ts';
import { loadRecords } from '#src/node/records.ts';
import { loadDoraEditions } from '#src/node/dora.ts';
import { benchmarkChoiceLists } from '#src/engine/dora/benchmarks.ts';
import { doraDir } from './dora.ts';
import { io } from './io.ts';
import { say, warn } from './terminal.ts';
import { UsageError } from './usage.ts';

/** The folder a command reads, or a usage error naming it: a typo must not look like "no records". */
export function recordsDir(dirArgs: readonly string[], command: string): string {
  if (dirArgs.length > 1) throw new UsageError(`${command}: takes one folder (got ${dirArgs.length})`);
  const dirArg = dirArgs[0];
  const fallback = io().env.PLATFORM_FIT_ASSESSMENTS;
  const dir = dirArg ? resolve(dirArg) : fallback ? resolve(fallback) : ASSESSMENTS_DIR;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${command}: ${dirArg ?? displayPath(dir)} is not a folder`);
  return dir;
}

/** The framework, its guide links checked against the guides ($PLATFORM_FIT_GUIDES or content/guides). */
export function frameworkWithGuides(file: string): Parsed<Framework> {
  const dir = io().env.PLATFORM_FIT_GUIDES ? resolve(io().env.PLATFORM_FIT_GUIDES as string) : GUIDES_DIR;
  return loadFrameworkWithGuides(file, guideIndex(dir), displayPath(dir));
}

export function runCheck(dirArgs: readonly string[], framework: Framework, today: string): number {
  const dir = recordsDir(dirArgs, 'check');
  // DORA's benchmarks are checked as the build checks them; their choices check the records' picks.
  const dora = loadDoraEditions(doraDir());
  const latest = dora.ok ? dora.value.at(-1) : undefined;
  const loaded = loadRecords(dir, framework, today, latest && benchmarkChoiceLists(latest));
  const { records, warnings } = loaded;
  const problems = [...(dora.ok ? [] : dora.problems), ...loaded.problems];
  for (const p of [...problems, ...warnings]) warn(formatProblem(p));
  const files = new Set(problems.map((p) => p.file)).size;
  const orgs = loaded.organisations.length;
  const notes = `${orgs > 0 ? `; ${orgs} organisation file${orgs === 1 ? '' : 's'} valid` : ''}${warnings.length > 0 ? `; ${warnings.length} warning(s)` : ''}`;
  say(
    problems.length === 0
      ? `framework ${framework.version} valid; ${records.length} records in ${displayPath(dir) || '.'} valid${notes}`
      : `${problems.length} problem(s) in ${files} file(s); ${records.length} record(s) valid${notes}`,
  );
  return problems.length === 0 ? 0 : 1;
}
