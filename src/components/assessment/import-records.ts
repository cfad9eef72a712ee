/**
 * Reads respondents' downloaded YAML files in the browser. Loaded on demand (a dynamic import) the
 * first time someone imports a file, because the YAML parser and the record schema are far larger
 * than the rest of the page's script. The same respondent imported twice is refused.
 */
import { h, join } from '#src/render/html.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { peopleInFile, RECORD_MAX_BYTES, sameRespondent, type Respondent } from '#src/engine/records/record.ts';
import { decodeText } from '#src/engine/validation/utf8.ts';
import { recordSchema } from '#src/engine/records/record-schema.ts';
import { notOnePerson, type ThisReview } from '#src/engine/respondents/respondent-file.ts';

/** The organisation, unit and date (today unless set) the page's form names: imported respondents must be of this review. */
export function thisAssessment(root: HTMLElement, today: string): ThisReview {
  const value = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value.trim() || undefined;
  return { organization: value('org'), unit: value('unit'), date: value('date') ?? today };
}

/** What to do with a file that is not one respondent of this review, in the page's terms. */
const TODO = {
  combined:
    'Import each person\'s own file instead. To see what changed since it, choose it under "Compare with a previous assessment"; to begin this review from it, choose it under "Start from the last record"',
  'other-review':
    'To see what changed since it, choose it under "Compare with a previous assessment"; to begin this review from it, choose it under "Start from the last record"',
  'other-unit': 'Import only this unit\'s respondents, or change the organisation and unit under "For the record"',
} as const;

export async function importRecords(
  files: readonly File[],
  framework: Framework,
  already: readonly Respondent[],
  today: string,
  now?: ThisReview,
): Promise<{ respondents: Respondent[]; errors: string[] }> {
  const respondents: Respondent[] = [];
  const errors: string[] = [];
  const schema = recordSchema(framework, { today });
  for (const file of files) {
    if (file.size > RECORD_MAX_BYTES) {
      errors.push(`${file.name}: is ${file.size} bytes; a record is at most ${RECORD_MAX_BYTES}`);
      continue;
    }
    // As strict as the CLI: a Latin-1 file is refused, never read with replacement characters.
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!decoded.ok) {
      errors.push(...decoded.problems.map(formatProblem));
      continue;
    }
    const parsed = parseYaml(decoded.text, file.name, schema);
    if (!parsed.ok) {
      errors.push(...parsed.problems.map(formatProblem));
      continue;
    }
    const record = parsed.value;
    const not = now ? notOnePerson(record, now) : null;
    if (not) {
      errors.push(`${file.name}: ${not.what}. ${TODO[not.kind]}.`);
      continue;
    }
    // The same reading as `assess merge`: a one-person file keeps its notes; without an assessor it is named after the file.
    for (const person of peopleInFile(record, file.name)) {
      if ([...already, ...respondents].some((r) => sameRespondent(r, person)))
        errors.push(`${file.name}: ${person.name} is already counted with the same answers (yours or an import); each person counts once`);
      else respondents.push(person);
    }
  }
  return { respondents, errors };
}

/** Those of `people` not already in `list` (another tab's respondents joining this tab's). */
export function notAmong(people: readonly Respondent[], list: readonly Respondent[]): Respondent[] {
  return people.filter((r) => !list.some((mine) => sameRespondent(mine, r)));
}

/**
 * The page's import, start to finish: reads the files against the assessment the form names, lists
 * their problems (every text escaped) below the picker, and says what happened.
 */
export async function importOnPage(
  root: HTMLElement,
  files: readonly File[],
  framework: Framework,
  known: readonly Respondent[],
  today: string,
): Promise<{ respondents: Respondent[]; message: string }> {
  const { respondents, errors } = await importRecords(files, framework, known, today, thisAssessment(root, today));
  const list = root.querySelector<HTMLElement>('[data-part="import-errors"]');
  if (list) {
    list.innerHTML = join(errors.map((e) => h('li', {}, e))).value;
    list.hidden = errors.length === 0;
  }
  const problems = errors.length ? `; ${errors.length} problem(s) listed below the import` : '';
  return { respondents, message: `Imported ${respondents.length} respondent(s)${problems}.` };
}
