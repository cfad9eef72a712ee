/**
 * Records on disk: find them, read each with the bounded reader and validate it, and write one
 * safely. Everything here is fs + the pure parsers in src/engine/; nothing here reaches a browser.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Framework } from '#src/engine/framework-schema.ts';
import { parseYaml, type Parsed } from '#src/engine/parse-yaml.ts';
import type { Problem } from '#src/engine/problems.ts';
import { recordSchema, type AssessmentRecord } from '#src/engine/record-schema.ts';
import { recordToYaml } from '#src/engine/record-yaml.ts';
import { displayPath } from './framework.ts';
import { readText } from './read-text.ts';

export function loadRecord(file: string, framework: Framework): Parsed<AssessmentRecord> {
  const read = readText(file, displayPath(file));
  return read.ok ? parseYaml(read.text, displayPath(file), recordSchema(framework)) : read;
}

/** Every *.yaml / *.yml under dir, sorted, so listings and builds are stable. */
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

export function loadRecords(dir: string, framework: Framework): { records: LoadedRecord[]; problems: Problem[] } {
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  for (const file of findRecordFiles(dir)) {
    const parsed = loadRecord(file, framework);
    if (parsed.ok) records.push({ file: displayPath(file), record: parsed.value });
    else problems.push(...parsed.problems);
  }
  return { records, problems };
}

/**
 * Writes a record atomically: a temp file beside the target, then a link (refuses to replace)
 * or a rename (replaces, with force). A crash leaves the old file or none, never half a record.
 */
export function writeRecord(file: string, record: AssessmentRecord, { force = false } = {}): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, recordToYaml(record), { flag: 'wx' });
  try {
    if (force) renameSync(temp, file);
    else linkSync(temp, file);
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}
