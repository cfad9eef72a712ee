/** Marks invalid fields: the message under the field, aria-invalid on the control, or neither. */
import type { FieldError } from '#src/engine/inputs/parse-fields.ts';
import { UNITS, unitFactor, type RawState } from './form-state.ts';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A range said in the unit the person typed in: "from 0 to 52.1 weeks", not "from 0 to 365". */
function inTypedUnit(error: FieldError, state: RawState): string {
  const factor = unitFactor(state, error.flag);
  const unit = UNITS[error.flag];
  const range = /from (-?[\d.]+) to (-?[\d.]+)/.exec(error.message);
  if (factor === 1 || !unit || !range) return error.message;
  const name = Object.entries(unit.factors).find(([, f]) => f === factor)?.[0] ?? '';
  const round = (n: number) => String(Math.round((n / factor) * 10) / 10);
  return `must be a number of ${name} from ${round(Number(range[1]))} to ${round(Number(range[2]))}`;
}

interface FieldParts {
  flag: string;
  message: HTMLElement;
  control: HTMLElement | null;
}
const found = new WeakMap<HTMLElement, readonly FieldParts[]>();

/** Each field's message and control, looked up once: markFields runs on every keystroke. */
function partsOf(root: HTMLElement): readonly FieldParts[] {
  let parts = found.get(root);
  if (!parts) {
    parts = Array.from(root.querySelectorAll<HTMLElement>('.pf-error[data-error-for]'), (message) => {
      const flag = message.dataset.errorFor ?? '';
      const control = root.querySelector<HTMLElement>(`[name="${flag}"]:not([type="radio"]):not([type="checkbox"])`);
      return { flag, message, control };
    });
    found.set(root, parts);
  }
  return parts;
}

export function markFields(root: HTMLElement, errors: readonly FieldError[], state: RawState): void {
  for (const { flag, message, control } of partsOf(root)) {
    const error = errors.find((e) => e.flag === flag);
    const text = error ? `${capitalise(inTypedUnit(error, state))}.` : '';
    if (message.textContent !== text) message.textContent = text;
    if (message.hidden === Boolean(error)) message.hidden = !error;
    // Touch the attribute only when it changes: every write invalidates style.
    if (!control) continue;
    if (error && control.getAttribute('aria-invalid') !== 'true') control.setAttribute('aria-invalid', 'true');
    else if (!error && control.hasAttribute('aria-invalid')) control.removeAttribute('aria-invalid');
  }
}
