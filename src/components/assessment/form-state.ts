/**
 * The questionnaire's state as plain strings, and its three homes: the form, the URL query (the
 * CLI's flag names, so a link and a command line say the same thing) and localStorage.
 */
import { ANSWER_FLAGS } from '#src/engine/inputs/fields.ts';
import { DORA_FLAGS } from '#src/engine/inputs/dora-flag-names.ts';
import type { RawFields } from '#src/engine/inputs/parse-fields.ts';

export type RawState = Record<string, string>;

/** Every answer a link carries: the questionnaire's and DORA's (read by dora-details.ts). */
export const LINKED_ANSWERS = [...ANSWER_FLAGS, ...Object.values(DORA_FLAGS)];
/** Everything that may appear in a shared link. Notes stay out: they can be long and private. */
const QUERY_FLAGS = [...LINKED_ANSWERS, 'org', 'unit', 'by', 'date'];
export const STORAGE_KEY = 'platform-fit:assessment:v2';
/** Longer than any real answer; keeps a hostile link from filling the page. */
const MAX_VALUE = 200;

/**
 * Answers that can be typed in a larger unit: the select beside the field names the unit, and the
 * value is converted to the unit the engine and the CLI use (days, minutes) before parsing.
 */
export const UNITS: Readonly<Record<string, { select: string; factors: Readonly<Record<string, number>> }>> = {
  'onboarding-days': { select: 'onboarding-unit', factors: { days: 1, weeks: 7 } },
  'commit-minutes': { select: 'commit-minutes-unit', factors: { minutes: 1, hours: 60, days: 1440 } },
  'new-service-minutes': { select: 'new-service-minutes-unit', factors: { minutes: 1, hours: 60, days: 1440 } },
};
const UNIT_SELECTS = new Set(Object.values(UNITS).map((u) => u.select));

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const listed = new WeakMap<HTMLFormElement, readonly Control[]>();

/**
 * The form's named controls, listed once: the questionnaire is rendered on the server and never
 * gains or loses a control, and walking `form.elements` on every keystroke costs more than the engine.
 */
function controlsOf(form: HTMLFormElement): readonly Control[] {
  let controls = listed.get(form);
  if (!controls) {
    controls = Array.from(form.elements).filter(
      (el): el is Control =>
        (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) &&
        el.name !== '' &&
        el.type !== 'file',
    );
    listed.set(form, controls);
  }
  return controls;
}

/** The form's values by name, as FormData would give them (checked boxes joined by commas). */
export function readForm(form: HTMLFormElement): RawState {
  const state: RawState = {};
  for (const el of controlsOf(form)) {
    if ((el.type === 'radio' || el.type === 'checkbox') && !(el as HTMLInputElement).checked) continue;
    state[el.name] = el.name in state ? `${state[el.name]},${el.value}` : el.value;
  }
  return state;
}

export function writeForm(form: HTMLFormElement, state: RawState): void {
  for (const element of controlsOf(form)) {
    const value = state[element.name] ?? '';
    if (element instanceof HTMLInputElement && element.type === 'radio') element.checked = element.value === value;
    else if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = value.split(',').includes(element.value);
    else if (element instanceof HTMLSelectElement) element.value = value || (element.options[0]?.value ?? '');
    else element.value = value;
  }
}

/** The factor of the unit a field is typed in (1 for the base unit). */
export function unitFactor(state: RawState, flag: string): number {
  const unit = UNITS[flag];
  return unit ? (unit.factors[state[unit.select] ?? ''] ?? 1) : 1;
}

/** Converts typed units to the base unit; a value that is not a number passes through for the parser to reject. */
export function answerFields(state: RawState): RawFields {
  const fields: Record<string, string> = {};
  for (const flag of ANSWER_FLAGS) fields[flag] = state[flag] ?? '';
  for (const flag of Object.keys(UNITS)) {
    const factor = unitFactor(state, flag);
    const typed = fields[flag] ?? '';
    if (factor !== 1 && /^\s*\d+(\.\d+)?\s*$/.test(typed)) fields[flag] = String(Math.round(Number(typed) * factor * 100) / 100);
  }
  return fields;
}

/** The address for this state; today's date is the default, so only another date is written. */
export function toQuery(state: RawState, today: string): string {
  const fields = answerFields(state);
  const params = new URLSearchParams();
  for (const flag of QUERY_FLAGS) {
    const value = (ANSWER_FLAGS.includes(flag) ? fields[flag] : state[flag])?.trim();
    if (value && !(flag === 'date' && value === today)) params.set(flag, value);
  }
  return params.toString();
}

/** A parameter given more than once says two things: it is left out (never first or last taken), and linkNote() says so. */
export function repeatedIn(params: URLSearchParams): string[] {
  return QUERY_FLAGS.filter((flag) => params.getAll(flag).length > 1);
}

export function fromQuery(search: string): RawState | null {
  const params = new URLSearchParams(search);
  const repeated = repeatedIn(params);
  const state: RawState = {};
  for (const flag of QUERY_FLAGS) {
    const value = params.get(flag);
    if (value !== null && !repeated.includes(flag)) state[flag] = value.slice(0, MAX_VALUE);
  }
  return Object.keys(state).length > 0 || repeated.length > 0 ? state : null;
}

/**
 * What a reload shows: what this browser remembered, with the link winning for what it holds (all
 * the answers, when it carries any). Notes and units never travel in a link, so they survive; a
 * value typed in weeks stays in weeks when the link holds the same number of days.
 */
export function initialState(stored: RawState | null, linked: RawState | null): RawState | null {
  if (!linked) return stored;
  const merged: RawState = { ...(stored ?? {}), ...linked };
  // A link with answers holds the whole answer set: an answer it leaves out is unanswered, never
  // filled in from this browser's own earlier answers (that would mix two assessments).
  // Nor is its date: a link without one (a reminder, a copied link) is a run on the day it is opened.
  if (LINKED_ANSWERS.some((flag) => flag in linked)) {
    for (const flag of LINKED_ANSWERS) merged[flag] = linked[flag] ?? '';
    if (!('date' in linked)) delete merged.date;
  }
  for (const flag of Object.keys(UNITS)) {
    if (!(flag in linked)) continue;
    const same = stored && answerFields(stored)[flag] === linked[flag];
    if (same) merged[flag] = stored[flag] ?? '';
    else Object.assign(merged, spokenUnit(flag, linked[flag] ?? ''));
  }
  return merged;
}

/**
 * A time a link gives in minutes, in the largest unit it fills whole, as the CLI and history say it
 * (4320 -> 3 days, 120 -> 2 hours); days of onboarding stay days. Anything else stays as given.
 */
function spokenUnit(flag: string, value: string): RawState {
  const unit = UNITS[flag]!;
  const [base] = Object.keys(unit.factors);
  const n = Number(value);
  const fits =
    base === 'minutes' && /^\s*\d+\s*$/.test(value) && n > 0
      ? Object.entries(unit.factors)
          .filter(([, f]) => n % f === 0)
          .sort((a, b) => b[1] - a[1])[0]
      : undefined;
  return fits ? { [flag]: String(n / fits[1]), [unit.select]: fits[0] } : { [unit.select]: base ?? '' };
}

export function loadStored(): RawState | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    // Only short strings under names the form has: anything else in the key is dropped, not trusted.
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[1].length <= 4000 && /^[a-z-]+$/.test(e[0]),
      ),
    );
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
  return Object.entries(state).every(([k, v]) => UNIT_SELECTS.has(k) || v.trim() === '');
}
