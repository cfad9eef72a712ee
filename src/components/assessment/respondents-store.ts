/**
 * Imported respondents, kept in localStorage like the form, so a reload loses nobody. What comes
 * back out of storage is hostile until proven otherwise (another script, an old version, a hand
 * edit): it is parsed with the record schema's respondent schema, and whatever fails is dropped
 * with a note the page shows. The schema (zod) loads only when there is something stored.
 */
import type { Framework } from '#src/engine/framework/schema.ts';
import type { Respondent } from '#src/engine/records/record.ts';

export const RESPONDENTS_KEY = 'platform-fit:respondents:v1';

function storedValues(): unknown[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(RESPONDENTS_KEY) ?? '[]');
    return Array.isArray(value) ? value : [value];
  } catch {
    return ['(unreadable)'];
  }
}

export async function loadRespondents(framework: Framework): Promise<{ respondents: Respondent[]; dropped: number }> {
  const values = storedValues();
  if (values.length === 0) return { respondents: [], dropped: 0 };
  const { checkRespondents } = await import('./check-respondents.ts');
  return checkRespondents(values, framework);
}

export function storeRespondents(list: readonly Respondent[]): void {
  try {
    if (list.length) localStorage.setItem(RESPONDENTS_KEY, JSON.stringify(list));
    else localStorage.removeItem(RESPONDENTS_KEY);
  } catch {
    // Storage blocked or full: the respondents stay for this visit.
  }
}
