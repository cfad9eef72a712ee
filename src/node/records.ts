/**
 * Records on disk: find them, read each with the bounded reader and validate it, and write one
 * safely. Everything here is fs + the pure parsers in src/engine/; nothing here reaches a browser.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Framework } from '#src/engine/framework/schema.ts';
import { parseYaml, type Parsed } from '#src/engine/validation/parse-yaml.ts';
import type { Problem } from '#src/engine/validation/problems.ts';
import { recordSchema, type AssessmentRecord } from '#src/engine/records/record-schema.ts';
import { recordSetProblems } from '#src/engine/records/record-set.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import { SCHEMA_FILE, SCHEMA_URL_PATH } from '#src/engine/records/record-json-schema.ts';
import { displayPath, ROOT, SITE_URL } from './framework.ts';
import { readText } from './read-text.ts';

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

/** Every *.yaml / *.yml under dir, sorted, so listings and builds are stable. Links are not followed. */
export function findRecordFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findRecordFiles(path));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

export interface LoadedRecord {
  file: string;
  record: AssessmentRecord;
}

export interface LoadedRecords {
  records: LoadedRecord[];
  /** Errors: each fails `check` and the build. */
  problems: Problem[];
  warnings: Problem[];
}

/** Every record under dir, validated one by one and then as a set (recordSetProblems). */
export function loadRecords(dir: string, framework: Framework, today: string): LoadedRecords {
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  for (const file of findRecordFiles(dir)) {
    const parsed = loadRecord(file, framework, { today, noFollow: true });
    if (parsed.ok) records.push({ file: displayPath(file), record: parsed.value });
    else problems.push(...parsed.problems);
  }
  const set = recordSetProblems(records);
  const refused = new Set(set.filter((p) => p.severity !== 'warning').map((p) => p.file));
  return {
    records: records.filter((r) => !refused.has(r.file)),
    problems: [...problems, ...set.filter((p) => p.severity !== 'warning')],
    warnings: set.filter((p) => p.severity === 'warning'),
  };
}

export class WriteError extends Error {}

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
    mkdirSync(dirname(file), { recursive: true });
    step = 'temp';
    writeFileSync(temp, recordToYaml(record, schemaRefFrom(dirname(file))), { flag: 'wx' });
    step = 'target';
    if (force) renameSync(temp, file);
    else linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    if (code === 'EEXIST' && step === 'target') throw new WriteError(`${displayPath(file)} exists; pass --force to replace it`);
    if (code === 'EEXIST' && step === 'folder')
      throw new WriteError(`cannot write ${displayPath(file)}: a part of the path is a file, not a folder`);
    const why: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      ENOSPC: 'the disk is full',
      EROFS: 'the file system is read-only',
      ENOTDIR: 'a part of the path is a file, not a folder',
      EISDIR: 'it is a folder',
    };
    throw new WriteError(`cannot write ${displayPath(file)}: ${why[code] ?? code}`);
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}
