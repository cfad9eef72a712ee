/**
 * Reads respondents' downloaded YAML files in the browser. Loaded on demand (a dynamic import) the
 * first time someone imports a file, because the YAML parser and the record schema are far larger
 * than the rest of the page's script.
 */
import { z } from 'zod';
import type { Framework } from '#src/engine/framework-schema.ts';
import { parseYaml } from '#src/engine/parse-yaml.ts';
import { formatProblem } from '#src/engine/problems.ts';
import { RECORD_MAX_BYTES, respondentsOf, type Respondent } from '#src/engine/record.ts';
import { recordSchema } from '#src/engine/record-schema.ts';

// zod compiles validators with new Function() when it can; our Content-Security-Policy forbids
// eval, so tell zod not to try (it would work, but every try is a reported CSP violation).
z.config({ jitless: true });

/** Records are small; anything bigger is not one of ours. */

export async function importRecords(
  files: readonly File[],
  framework: Framework,
): Promise<{ respondents: Respondent[]; errors: string[] }> {
  const respondents: Respondent[] = [];
  const errors: string[] = [];
  const schema = recordSchema(framework);
  for (const file of files) {
    if (file.size > RECORD_MAX_BYTES) {
      errors.push(`${file.name}: is ${file.size} bytes; a record is at most ${RECORD_MAX_BYTES}`);
      continue;
    }
    const parsed = parseYaml(await file.text(), file.name, schema);
    if (!parsed.ok) {
      errors.push(...parsed.problems.map(formatProblem));
      continue;
    }
    const record = parsed.value;
    // A single-answer record without an assessor is named after its file, so no one is anonymous.
    const named =
      record.schemaVersion === 1 && !record.assessedBy
        ? [{ name: file.name.replace(/\.ya?ml$/i, ''), answers: record.answers }]
        : respondentsOf(record);
    respondents.push(...named);
  }
  return { respondents, errors };
}
