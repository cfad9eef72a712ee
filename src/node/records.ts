/**
 * Records on disk: find them, read each with the bounded reader and validate it, and write one
 * safely. Everything here is fs + the pure parsers in src/engine/; nothing here reaches a browser.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Framework } from '#src/engine/framework/schema.ts';
import { lineOfPath, parseYaml, type Parsed } from '#src/engine/validation/parse-yaml.ts';
import type { BenchmarkChoiceLists } from '#src/engine/inputs/dora-flags.ts';
import { unknownBenchmarkPicks } from '#src/engine/records/benchmark-picks.ts';
import { recordAnswerWarnings } from '#src/engine/records/record-warnings.ts';
import type { Problem } from '#src/engine/validation/problems.ts';
import { recordSchema, type AssessmentRecord } from '#src/engine/records/record-schema.ts';
import { recordSetProblems } from '#src/engine/records/record-set.ts';
import { ORGANISATION_FILE, organisationSchema, type OrganisationFile } from '#src/engine/records/organisation-schema.ts';
import { organisationSetProblems, type FiledOrganisation } from '#src/engine/records/organisation-set.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import { SCHEMA_FILE, SCHEMA_URL_PATH } from '#src/engine/records/record-json-schema.ts';
import { displayPath, ROOT, SITE_URL } from './framework.ts';
import { osErrorWords, shownPath } from './os-errors.ts';
import { readText } from './read-text.ts';
import { nameCharacterProblem } from '#src/engine/validation/control-characters.ts';

export interface LoadOptions {
  /** Today, YYYY-MM-DD: the latest assessment date a record may carry is a year after it. */
  today: string;
  /** Files found by scanning a folder must be plain files, not links. */
  noFollow?: boolean;
}

export function loadRecord(file: string, framework: Framework, { today, noFollow = false }: LoadOptions): Parsed<AssessmentRecord> {
  const read = readText(file, displayPath(file), { noFollow });
  return read.ok ? parseYaml(read.text, displayPath(file), recordSchema(framework, { today })) : read;
}

const RECORD_FILE = /\.ya?ml$/i;

/**
 * Every *.yaml / *.yml under dir, sorted, so listings and builds are stable. Links are not followed.
 * What is passed over that could hold records (a hidden or linked folder, a folder that cannot be
 * read, a hidden record file) goes into `skipped` as a warning naming its path: nothing vanishes silently.
 */
export function findRecordFiles(dir: string, skipped: Problem[] = []): string[] {
  if (!existsSync(dir)) return [];
  const skip = (path: string, message: string) => skipped.push({ file: displayPath(path), path: '', severity: 'warning', message });
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    skip(
      dir,
      `folder skipped: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); its records are not checked or built`,
    );
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink() && !RECORD_FILE.test(entry.name))
      skip(path, 'skipped: a symbolic link, which is not followed; put the records themselves under the records folder');
    else if (entry.name.startsWith('.') && entry.isDirectory())
      skip(path, 'folder skipped: hidden (its name starts with a dot); rename it to have its records checked and built');
    else if (entry.name.startsWith('.') && RECORD_FILE.test(entry.name))
      skip(path, 'file skipped: hidden (its name starts with a dot); rename it to have it checked and built');
    else if (entry.isDirectory()) out.push(...findRecordFiles(path, skipped));
    else if (RECORD_FILE.test(entry.name)) out.push(path);
  }
  return out.sort();
}

export interface LoadedRecord {
  file: string;
  record: AssessmentRecord;
}

interface LoadedOrganisation {
  file: string;
  organisation: OrganisationFile;
}

export interface LoadedRecords {
  records: LoadedRecord[];
  /** The organisations' own files (organisation.yaml), each valid and checked against the records. */
  organisations: LoadedOrganisation[];
  /** Errors: each fails `check` and the build. */
  problems: Problem[];
  warnings: Problem[];
}

/** A record's benchmark picks the benchmarks lack and answers that look like a slip, as warnings on their lines (the file is read again: this is rare). */
function pickWarnings(file: string, record: AssessmentRecord, choices: BenchmarkChoiceLists | undefined): Problem[] {
  const picks = [...(choices ? unknownBenchmarkPicks(record, choices) : []), ...recordAnswerWarnings(record)];
  if (picks.length === 0) return [];
  const read = readText(file, displayPath(file), { noFollow: true });
  return picks.map((p) => ({
    file: displayPath(file),
    line: read.ok ? lineOfPath(read.text, p.path) : undefined,
    path: p.path,
    message: p.message,
    severity: 'warning' as const,
  }));
}

/** The line of a problem across files (a unit's name, a date), read again: refusals are rare. */
function setLine(p: Problem, paths: ReadonlyMap<string, string>): number | undefined {
  const file = p.file === undefined ? undefined : paths.get(p.file);
  const read = file ? readText(file, p.file!, { noFollow: true }) : undefined;
  return (read?.ok ? lineOfPath(read.text, p.path) : undefined) ?? p.line;
}

/**
 * Every record under dir, validated one by one and then as a set (recordSetProblems). Given DORA's
 * benchmark choices (check and the build pass them), a pick the benchmarks lack is a warning.
 */
export function loadRecords(dir: string, framework: Framework, today: string, choices?: BenchmarkChoiceLists): LoadedRecords {
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  const skipped: Problem[] = [];
  const picks: Problem[] = [];
  const paths = new Map<string, string>();
  const files = findRecordFiles(dir, skipped);
  const filed: FiledOrganisation[] = [];
  for (const file of files.filter((f) => ORGANISATION_FILE.test(f))) {
    const read = readText(file, displayPath(file), { noFollow: true });
    const parsed = read.ok ? parseYaml(read.text, displayPath(file), organisationSchema) : read;
    if (!parsed.ok) problems.push(...parsed.problems);
    else if (read.ok) filed.push({ file: displayPath(file), organisation: parsed.value, lineOf: (path) => lineOfPath(read.text, path) });
  }
  for (const file of files.filter((f) => !ORGANISATION_FILE.test(f))) {
    // A file's name is printed by check, history and the pages: one with a line break or a
    // text-direction control could forge a line or reorder text, so it is refused, shown quoted.
    const badName = nameCharacterProblem(relative(dir, file));
    if (badName) {
      problems.push({ file: JSON.stringify(displayPath(file)), path: '', message: `the file name ${badName}` });
      continue;
    }
    paths.set(displayPath(file), file);
    const parsed = loadRecord(file, framework, { today, noFollow: true });
    if (parsed.ok) records.push({ file: displayPath(file), record: parsed.value });
    else problems.push(...parsed.problems);
    if (parsed.ok) picks.push(...pickWarnings(file, parsed.value, choices));
  }
  const set = recordSetProblems(records).map((p) => (p.severity === 'warning' ? p : { ...p, line: setLine(p, paths) }));
  const refused = new Set(set.filter((p) => p.severity !== 'warning').map((p) => p.file));
  const kept = records.filter((r) => !refused.has(r.file));
  const sharing = organisationSetProblems(filed, kept);
  const badOrgs = new Set(sharing.map((p) => p.file));
  return {
    records: kept,
    organisations: filed.filter((o) => !badOrgs.has(o.file)).map(({ file, organisation }) => ({ file, organisation })),
    problems: [...problems, ...set.filter((p) => p.severity !== 'warning'), ...sharing],
    warnings: [...skipped, ...set.filter((p) => p.severity === 'warning'), ...picks],
  };
}

export class WriteError extends Error {}

/**
 * The folders up to dir, one level at a time from the deepest that exists. (A recursive mkdirSync
 * under /proc never returns: it retries a parent the kernel will not make.)
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let here = dir; !existsSync(here); here = dirname(here)) {
    if (dirname(here) === here) break;
    missing.unshift(here);
  }
  for (const folder of missing) mkdirSync(folder);
}

/** The JSON Schema for a record's folder: relative inside this repository, else the site's copy. */
export function schemaRefFrom(dir: string): string {
  const inside = !relative(ROOT, dir).startsWith('..');
  return inside ? relative(dir, join(ROOT, SCHEMA_FILE)).split(sep).join('/') : `${SITE_URL}${SCHEMA_URL_PATH}`;
}

/**
 * Writes a record atomically: a temp file beside the target, then a link (refuses to replace)
 * or a rename (replaces, with force). A crash leaves the old file or none, never half a record.
 * Failures name the target, never the temp file, and say why in words.
 */
export function writeRecord(file: string, record: AssessmentRecord, { force = false } = {}): void {
  const temp = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  let step = 'folder';
  try {
    makeFolders(dirname(file));
    step = 'temp';
    writeFileSync(temp, recordToYaml(record, schemaRefFrom(dirname(file))), { flag: 'wx' });
    step = 'target';
    if (force) renameSync(temp, file);
    else linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const shown = shownPath(displayPath(file));
    if (code === 'EEXIST' && step === 'target') throw new WriteError(`${shown} exists; pass --force to replace it`);
    if (code === 'EEXIST' && step === 'folder') throw new WriteError(`cannot write ${shown}: a part of the path is a file, not a folder`);
    throw new WriteError(`cannot write ${shown}: ${osErrorWords(error)}`);
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}
