/**
 * The questionnaire's state as plain strings, and its three homes: the form, the URL query (the
 * CLI's flag names, so a link and a command line say the same thing) and localStorage.
 */
import { BOOLEAN_FIELDS, METRIC_FIELDS, NUMBER_FIELDS, TRAP_SIGNS_FLAG } from '#src/engine/inputs.ts';
import type { RawFields } from '#src/engine/parse-fields.ts';

export type RawState = Record<string, string>;

export const RECORD_FLAGS = ['org', 'unit', 'by', 'date', 'notes'] as const;
const ANSWER_FLAGS = [...NUMBER_FIELDS, ...METRIC_FIELDS, ...BOOLEAN_FIELDS].map((f) => f.flag).concat(TRAP_SIGNS_FLAG);
/** Everything that may appear in a shared link. Notes stay out: they can be long and private. */
const QUERY_FLAGS = [...ANSWER_FLAGS, 'org', 'unit', 'by', 'date'];
const UNIT = 'onboarding-unit';
const STORAGE_KEY = 'platform-fit:assessment:v1';
/** Longer than any real answer; keeps a hostile link from filling the page. */
const MAX_VALUE = 200;

export function readForm(form: HTMLFormElement): RawState {
  const state: RawState = {};
  const data = new FormData(form);
  for (const name of new Set(data.keys())) {
    state[name] = data.getAll(name).map(String).join(',');
  }
  return state;
}

export function writeForm(form: HTMLFormElement, state: RawState): void {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    const value = state[element.name] ?? '';
    if (element instanceof HTMLInputElement && element.type === 'radio') element.checked = element.value === value;
    else if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = value.split(',').includes(element.value);
    else if (element instanceof HTMLSelectElement) element.value = value || (element.options[0]?.value ?? '');
    else element.value = value;
  }
}

/** Converts weeks to days; a value that is not a number passes through for the parser to reject. */
export function answerFields(state: RawState): RawFields {
  const fields: Record<string, string> = {};
  for (const flag of ANSWER_FLAGS) fields[flag] = state[flag] ?? '';
  const onboarding = fields['onboarding-days'] ?? '';
  if (state[UNIT] === 'weeks' && /^\s*\d+(\.\d+)?\s*$/.test(onboarding)) {
    fields['onboarding-days'] = String(Math.round(Number(onboarding) * 7 * 100) / 100);
  }
  return fields;
}

export function toQuery(state: RawState): string {
  const fields = answerFields(state);
  const params = new URLSearchParams();
  for (const flag of QUERY_FLAGS) {
    const value = (ANSWER_FLAGS.includes(flag) ? fields[flag] : state[flag])?.trim();
    if (value) params.set(flag, value);
  }
  return params.toString();
}

export function fromQuery(search: string): RawState | null {
  const params = new URLSearchParams(search);
  const state: RawState = {};
  for (const flag of QUERY_FLAGS) {
    const value = params.get(flag);
    if (value !== null) state[flag] = value.slice(0, MAX_VALUE);
  }
  return Object.keys(state).length > 0 ? state : null;
}

export function loadStored(): RawState | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!parsed || typeof parsed !== 'object') return null;
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    // Private mode or a corrupt entry: start empty rather than fail.
    return null;
  }
}

export function store(state: RawState | null): void {
  try {
    if (state) localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: the answers still live in the URL.
  }
}

export function isEmpty(state: RawState): boolean {
  return Object.entries(state).every(([k, v]) => k === UNIT || v.trim() === '');
}
