/**
 * This tab's share of the stored answers. Two tabs of the page share one localStorage entry; each
 * writes only the fields typed in it since its last write, on top of what is stored now, so each
 * field keeps its latest edit and neither tab's typed work is lost (tab A's answers and notes
 * survive tab B's one keystroke in Unit). The assessment date is stored only when the person set
 * one, with the day they set it: a re-run on another day is that day's run.
 */
import { fromQuery, initialState, isEmpty, loadStored, store, type RawState } from './form-state.ts';

/** Beside `date` in storage: the day the person set it. */
const DATE_SET_ON = 'date-set-on';

/** What this tab writes: the stored state with this tab's edited fields on top; null when nothing is left. */
export function mergeEdits(stored: RawState | null, mine: RawState, edited: ReadonlySet<string>, today: string): RawState | null {
  const merged: RawState = { ...(stored ?? {}) };
  for (const name of edited) merged[name] = mine[name] ?? '';
  if (edited.has('date')) {
    // Today's date is the default, not a choice: only another date is kept, and only for today.
    if (merged.date && merged.date !== today) merged[DATE_SET_ON] = today;
    else {
      delete merged.date;
      delete merged[DATE_SET_ON];
    }
  }
  return isEmpty({ ...merged, [DATE_SET_ON]: '' }) ? null : merged;
}

/** The stored state as a reload should see it: a date set on another day is dropped. */
export function storedForToday(stored: RawState | null, today: string): RawState | null {
  if (!stored || stored[DATE_SET_ON] === today) return stored;
  const rest = { ...stored };
  delete rest.date;
  delete rest[DATE_SET_ON];
  return rest;
}

export class TabStore {
  readonly #edited = new Set<string>();

  /** A control the person changed (an input or change event's target). */
  edit(target: EventTarget | null): void {
    const name = (target as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && name) this.#edited.add(name);
  }

  /** Every field of `state` counts as typed here (undoing a start over). */
  editAll(state: RawState): void {
    for (const name of Object.keys(state)) this.#edited.add(name);
  }

  write(mine: RawState, today: string): void {
    store(mergeEdits(loadStored(), mine, this.#edited, today));
    this.#edited.clear();
  }

  /**
   * What the page opens with: this browser's stored answers (a date only on the day it was set),
   * and a link's on top. What a link brought counts as typed here, so a respondent who opens a
   * blank link and comes back later finds the organisation and unit. link-note.ts then says what
   * the link brought and withholds this browser's identity from someone else's link.
   */
  open(root: HTMLElement, search: string, today: string): RawState | null {
    const stored = storedForToday(loadStored(), today);
    const linked = fromQuery(search);
    const initial = initialState(stored, linked);
    if (!linked || !initial) return initial;
    this.editAll(Object.fromEntries(Object.entries(initial).filter(([k, v]) => k in linked || v !== stored?.[k])));
    void import('./link-note.ts').then((m) => m.showLinkNote(root, search, stored, linked));
    return initial;
  }

  /** Start over: nothing stored, nothing pending. */
  clear(): void {
    this.#edited.clear();
    store(null);
  }
}
