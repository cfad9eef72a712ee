/** The two links the page hands out: this assessment, and a blank one for another respondent. */
import type { RawState } from './form-state.ts';

/** Copies a link; where the clipboard is blocked, the message shows the link to copy by hand. */
export async function copyLink(link: string, done: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(link);
    return done;
  } catch {
    return `Copy this link: ${link}`;
  }
}

/** What copying this assessment's link says, including what the link cannot carry. */
export function linkCopiedText(imported: number): string {
  const note = imported ? ` It carries your answers, not the ${imported} imported respondent(s): share the downloaded YAML for them.` : '';
  return `Link copied.${note}`;
}

/** The page with only the record fields filled in: each respondent answers for themselves. */
export function blankLink(state: RawState): string {
  const params = new URLSearchParams();
  for (const key of ['org', 'unit', 'date'] as const) if (state[key]?.trim()) params.set(key, state[key].trim());
  return new URL(`${location.pathname}${params.size ? `?${params}` : ''}`, location.href).href;
}
