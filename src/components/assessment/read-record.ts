/**
 * One record file chosen on the page, read as `assess` reads one: its size, UTF-8, the YAML and the
 * record schema. Each File is read once, however often a comparison is worked out again.
 */
import type { Framework } from '#src/engine/framework/schema.ts';
import { recordSchema } from '#src/engine/records/record-schema.ts';
import { RECORD_MAX_BYTES, type AssessmentRecord } from '#src/engine/records/record.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { decodeText } from '#src/engine/validation/utf8.ts';

export type ReadRecord = { ok: true; record: AssessmentRecord } | { ok: false; message: string };

const read = new WeakMap<File, Promise<ReadRecord>>();

async function readOnce(file: File, framework: Framework, today: string): Promise<ReadRecord> {
  if (file.size > RECORD_MAX_BYTES)
    return { ok: false, message: `${file.name}: is ${file.size} bytes; a record is at most ${RECORD_MAX_BYTES}.` };
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!decoded.ok) return { ok: false, message: decoded.problems.map(formatProblem).join(' ') };
  const parsed = parseYaml(decoded.text, file.name, recordSchema(framework, { today }));
  if (!parsed.ok) return { ok: false, message: parsed.problems.map(formatProblem).join(' ') };
  return { ok: true, record: parsed.value };
}

export function readRecordFile(file: File, framework: Framework, today: string): Promise<ReadRecord> {
  let pending = read.get(file);
  if (!pending) read.set(file, (pending = readOnce(file, framework, today)));
  return pending;
}
