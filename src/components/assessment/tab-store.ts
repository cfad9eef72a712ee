/**
 * This tab's share of the stored answers. Two tabs of the page share one localStorage entry; each
 * writes only the fields typed in it since its last write, on top of what is stored now, so each
 * field keeps its latest edit and neither tab's typed work is lost (tab A's answers and notes
 * survive tab B's one keystroke in Unit).
 */
import { isEmpty, loadStored, store, type RawState } from './form-state.ts';

/** What this tab writes: the stored state with this tab's edited fields on top; null when nothing is left. */
export function mergeEdits(stored: RawState | null, mine: RawState, edited: ReadonlySet<string>): RawState | null {
  const merged: RawState = { ...(stored ?? {}) };
  for (const name of edited) merged[name] = mine[name] ?? '';
  return isEmpty({ ...merged, date: '' }) ? null : merged;
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

  write(mine: RawState): void {
    store(mergeEdits(loadStored(), mine, this.#edited));
    this.#edited.clear();
  }

  /** Start over: nothing stored, nothing pending. */
  clear(): void {
    this.#edited.clear();
    store(null);
  }
}
