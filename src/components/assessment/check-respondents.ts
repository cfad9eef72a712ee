/** Loaded on demand: validates stored respondents with the record schema (zod ships only here). */
import type { Framework } from '#src/engine/framework/schema.ts';
import type { Respondent } from '#src/engine/records/record.ts';
import { respondentSchema } from '#src/engine/records/record-schema.ts';

export function checkRespondents(values: readonly unknown[], framework: Framework): { respondents: Respondent[]; dropped: number } {
  const schema = respondentSchema(framework);
  const respondents: Respondent[] = [];
  for (const value of values) {
    const parsed = schema.safeParse(value);
    if (parsed.success) respondents.push(parsed.data);
  }
  return { respondents, dropped: values.length - respondents.length };
}
