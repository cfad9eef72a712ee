/**
 * What the page says, above its first question, about the link it opened with: a parameter given
 * twice, a record the answers were started from, this browser's identity left out (with "Use
 * mine"). Loaded only when the page opens with a link.
 */
import { h } from '#src/render/html.ts';
import { ANSWER_FLAGS } from '#src/engine/inputs/fields.ts';
import { answerFields, initialState, LINKED_ANSWERS, repeatedIn, type RawState } from './form-state.ts';
import { RESPONDENTS_KEY } from './respondents-store.ts';

/** Who the answers belong to: never taken from this browser into another person's link without asking. */
const IDENTITY = ['org', 'unit', 'by', 'notes'];

const sameText = (a: string | undefined, b: string | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/**
 * The identity this browser stored that a link left out: a link with answers is someone's
 * assessment, and a blank link for another unit is another review; the person may ask for theirs.
 */
function withheld(stored: RawState | null, linked: RawState): RawState {
  if (!stored) return {};
  // This browser's own address (a reload): every value it carries is what this browser stored.
  const fields = answerFields(stored);
  const own = Object.entries(linked).every(([k, v]) => sameText(ANSWER_FLAGS.includes(k) ? fields[k] : stored[k], v));
  const blank = !LINKED_ANSWERS.some((flag) => flag in linked);
  // A respondent back through their blank link: the same organisation and unit as stored.
  if (own || (blank && sameText(stored.org, linked.org) && sameText(stored.unit, linked.unit))) return {};
  return Object.fromEntries(IDENTITY.flatMap((k) => (!(k in linked) && stored[k]?.trim() ? [[k, stored[k]]] : [])));
}

/** What the form shows for a link: initialState() without the identity it withholds. */
export function shownState(stored: RawState | null, linked: RawState | null): RawState | null {
  const state = initialState(stored, linked);
  if (state && linked) for (const k of Object.keys(withheld(stored, linked))) state[k] = '';
  return state;
}

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
    const n = Math.min(Math.trunc(Number(params.get('respondents'))) || 1, 10_000);
    const whose = n > 1 ? `the combined answers (medians and majorities) of its ${n} respondents, not one person's` : 'its answers';
    said.push(
      `Started from the record of ${from}: ${whose}, dated today. Change them to your own answers, then send each respondent a blank link.`,
    );
    // A review started from a record begins with new respondents: those kept from before are named, never silently counted.
    const kept = storedRespondentNames();
    if (kept.length > 0)
      said.push(
        `${kept.length} respondent(s) imported before are still counted (${kept.join(', ')}): remove any who answered an earlier review.`,
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

/** The names of the respondents this browser kept (validated when the page restores them; here only named). */
function storedRespondentNames(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(RESPONDENTS_KEY) ?? '[]');
    return Array.isArray(list)
      ? list.flatMap((r: unknown) =>
          typeof (r as { name?: unknown })?.name === 'string' ? [String((r as { name: string }).name).slice(0, 120)] : [],
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * Clears the identity a link withholds from the form (without counting it as typed, so this
 * browser keeps it stored) and shows the note, with "Use mine" to fill it back in as typed.
 */
export function showLinkNote(root: HTMLElement, search: string, stored: RawState | null, linked: RawState | null): void {
  const form = root.querySelector('form');
  const control = (name: string) => form?.elements.namedItem(name) as HTMLInputElement | null;
  const left = linked ? withheld(stored, linked) : {};
  for (const k of Object.keys(left)) control(k)!.value = '';
  form?.dispatchEvent(new Event('input', { bubbles: true }));
  const note = linkNote(search, stored, linked);
  const part = root.querySelector<HTMLElement>('[data-part="link-note"]');
  if (!note || !part) return;
  const say = (text: string) => Object.assign(part, { textContent: text, hidden: false });
  say(note.text);
  if (!note.action) return;
  part.insertAdjacentHTML('beforeend', ` ${h('button', { type: 'button', class: 'pf-secondary' }, note.action.label).value}`);
  part.querySelector('button')?.addEventListener('click', () => {
    // Typed into each field, as the person would: the page stores them and works the result out again.
    for (const [k, v] of Object.entries(left)) {
      control(k)!.value = v;
      control(k)!.dispatchEvent(new Event('input', { bubbles: true }));
    }
    say('Your organisation, unit, name and notes are filled in.');
  });
}
