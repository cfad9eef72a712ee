/**
 * Reads respondents' downloaded YAML files in the browser. Loaded on demand (a dynamic import) the
 * first time someone imports a file, because the YAML parser and the record schema are far larger
 * than the rest of the page's script. The same respondent imported twice is refused.
 */
import { h, join } from '#src/render/html.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { nameFromFile, RECORD_MAX_BYTES, respondentsOf, sameRespondent, type Respondent } from '#src/engine/records/record.ts';
import { decodeText } from '#src/engine/validation/utf8.ts';
import { nameKey } from '#src/engine/records/slug.ts';
import { recordSchema } from '#src/engine/records/record-schema.ts';

/** This assessment as the form names it: respondents' files must be of the same one. */
export interface ThisAssessment {
  organization?: string | undefined;
  unit?: string | undefined;
  /** Only when the person set one: a page left to today takes its respondents' date. */
  date?: string | undefined;
}

/** The organisation, unit and date the page's form names (those it names): imported respondents must share them. */
export function thisAssessment(root: HTMLElement, today: string): ThisAssessment {
  const value = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value.trim() || undefined;
  // Today is where the page starts, not a date the person chose: respondents' files keep theirs.
  const date = value('date');
  return { organization: value('org'), unit: value('unit'), date: date === today ? undefined : date };
}

/** A record of another organisation, unit or date is last time's (or another unit's), never a respondent of this one. */
function otherAssessment(record: { organization: string; unit?: string | undefined; assessedOn: string }, now: ThisAssessment): boolean {
  const differs = (a: string | undefined, b: string | undefined) => Boolean(a?.trim() && b?.trim() && nameKey(a) !== nameKey(b));
  return differs(now.organization, record.organization) || differs(now.unit, record.unit) || differs(now.date, record.assessedOn);
}

export async function importRecords(
  files: readonly File[],
  framework: Framework,
  already: readonly Respondent[],
  today: string,
  now?: ThisAssessment,
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
    if (now && otherAssessment(record, now)) {
      const name = (org: string | undefined, unit: string | undefined) => `${org ?? 'this organisation'}${unit ? ` / ${unit}` : ''}`;
      errors.push(
        `${file.name}: is the assessment of ${name(record.organization, record.unit)} on ${record.assessedOn}, and this one is of ${name(now.organization ?? record.organization, now.unit)}${now.date ? ` on ${now.date}` : ''}. A respondent's file must be of this assessment; to compare with an earlier record, choose it under "Compare with a previous assessment"`,
      );
      continue;
    }
    // A single-answer record without an assessor is named after its file, so no one is anonymous.
    const named =
      record.schemaVersion === 1 && !record.assessedBy
        ? [{ name: nameFromFile(file.name), answers: record.answers }]
        : respondentsOf(record);
    for (const person of named) {
      if ([...already, ...respondents].some((r) => sameRespondent(r, person)))
        errors.push(`${file.name}: ${person.name} is already counted with the same answers (yours or an import); each person counts once`);
      else respondents.push(person);
    }
  }
  return { respondents, errors };
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
