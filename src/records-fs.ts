/**
 * The node-only edge of the engine: reads the framework and records from disk, and writes records
 * safely. Everything here is fs + the pure parsers in src/engine/; nothing here reaches a browser.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frameworkSchema, type Framework } from './engine/framework-schema.ts';
import { parseYaml, type Parsed } from './engine/parse-yaml.ts';
import type { Problem } from './engine/problems.ts';
import { recordSchema, type AssessmentRecord } from './engine/record-schema.ts';
import { recordToYaml } from './engine/record-yaml.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FRAMEWORK_FILE = join(ROOT, 'content', 'framework.yaml');
export const ASSESSMENTS_DIR = join(ROOT, 'assessments');

/** Paths in messages are relative to where the person is standing, like a compiler's. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Records and the framework are small; a bigger file is a mistake, not a record. */
const MAX_BYTES = 256 * 1024;

function readText(file: string): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  const shown = displayPath(file);
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES)
      return { ok: false, problems: [{ file: shown, path: '', message: `is ${size} bytes; a record is at most ${MAX_BYTES}` }] };
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`;
    return { ok: false, problems: [{ file: shown, path: '', message }] };
  }
}

export function loadFramework(file = FRAMEWORK_FILE): Parsed<Framework> {
  const read = readText(file);
  return read.ok ? parseYaml(read.text, displayPath(file), frameworkSchema) : read;
}

export function loadRecord(file: string, framework: Framework): Parsed<AssessmentRecord> {
  const read = readText(file);
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
