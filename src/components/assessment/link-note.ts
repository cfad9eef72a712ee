/**
 * What the page says, above its first question, about the link it opened with: a parameter given
 * twice, a record the answers were started from, this browser's identity left out (with "Use
 * mine"). Loaded only when the page opens with a link.
 */
import { IDENTITY, loadStored, readForm, repeatedIn, withheld, writeForm, type RawState } from './form-state.ts';
import { showStatus } from './status.ts';

/** What the page says about the link it opened with: repeated parameters, a record started from, identity left out. */
export function linkNote(
  search: string,
  stored: RawState | null,
  linked: RawState | null,
): { text: string; action?: { name: string; label: string } } | null {
  if (!linked) return null;
  const params = new URLSearchParams(search);
  const said: string[] = [];
  for (const flag of repeatedIn(params)) {
    const values = params.getAll(flag).map((v) => JSON.stringify(v.slice(0, 40)));
    const times = values.length === 2 ? 'twice' : `${values.length} times`;
    said.push(`The link gives ${flag} ${times} (${values.join(', ')}): left blank; type the right value.`);
  }
  const from = params.get('from');
  if (from && /^\d{4}-\d{2}-\d{2}$/.test(from)) {
    const n = Number(params.get('respondents') ?? '1');
    const whose = n > 1 ? `the combined answers (medians and majorities) of its ${n} respondents, not one person's` : 'its answers';
    said.push(
      `Started from the record of ${from}: ${whose}, dated today. Change them to your own answers, then send each respondent a blank link.`,
    );
  }
  const left = Object.keys(withheld(stored, linked));
  if (left.length > 0) {
    const names = left.map((k) => IDENTITY_NAMES[k]);
    said.push(
      `This link's answers are shown without this browser's ${[names.slice(0, -1).join(', '), names.at(-1)].filter(Boolean).join(' and ')}.`,
    );
    return { text: said.join(' '), action: { name: 'use-stored', label: 'Use mine' } };
  }
  return said.length ? { text: said.join(' ') } : null;
}

const IDENTITY_NAMES: Record<string, string> = { org: 'organisation', unit: 'unit', by: 'name', notes: 'notes' };

/** Shows the note (nothing when the link brought nothing to say). */
export function showLinkNote(root: HTMLElement, search: string, stored: RawState | null, linked: RawState | null): void {
  const note = linkNote(search, stored, linked);
  if (note) showStatus(root, note.text, note.action, 'link-note');
}

/** "Use mine": this browser's stored organisation, unit, name and notes fill the form; `typed` marks them typed here. */
export function useStored(root: HTMLElement, form: HTMLFormElement, typed: (state: RawState) => void): void {
  const stored = loadStored() ?? {};
  const mine = Object.fromEntries(IDENTITY.flatMap((k) => (stored[k] ? [[k, stored[k]]] : [])));
  typed(mine);
  writeForm(form, { ...readForm(form), ...mine });
  showStatus(root, 'Your organisation, unit, name and notes are filled in.', undefined, 'link-note');
}
