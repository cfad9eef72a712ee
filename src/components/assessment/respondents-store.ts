/** Imported respondents, kept in localStorage like the form, so a reload loses nobody. */
import type { Respondent } from '#src/engine/record.ts';

const KEY = 'platform-fit:respondents:v1';

function isRespondent(value: unknown): value is Respondent {
  if (typeof value !== 'object' || value === null) return false;
  const { name, answers } = value as { name?: unknown; answers?: unknown };
  return (
    typeof name === 'string' &&
    typeof answers === 'object' &&
    answers !== null &&
    typeof (answers as { teamSize?: unknown }).teamSize === 'number'
  );
}

export function loadRespondents(): Respondent[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    // Only what this page itself stored: anything else in the key is dropped, not trusted.
    return Array.isArray(value) ? value.filter(isRespondent) : [];
  } catch {
    return [];
  }
}

export function storeRespondents(list: readonly Respondent[]): void {
  try {
    if (list.length) localStorage.setItem(KEY, JSON.stringify(list));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked or full: the respondents stay for this visit.
  }
}
