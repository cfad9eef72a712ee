/**
 * The answers as a table that only print shows, with the labels a reader sees, never field ids.
 * A number is printed as it was read ("180k" as 180,000), so paper never shows one figure twice
 * in two spellings.
 */
import { BUSINESS_FIELDS, METRIC_FIELDS, NUMBER_FIELDS, type Answers } from '#src/engine/inputs/fields.ts';
import { groupDigits } from '#src/engine/text/numbers.ts';
import { h, join, type Html } from '#src/render/html.ts';

const FIELDS = [...NUMBER_FIELDS, ...BUSINESS_FIELDS, ...METRIC_FIELDS];

/** The number the engine read from a field, when it read one. */
function readNumber(answers: Answers | null, flag: string): number | null {
  const field = FIELDS.find((f) => f.flag === flag);
  if (!answers || !field) return null;
  const value: unknown =
    (answers as Record<string, unknown>)[field.key] ?? (answers.metrics as Record<string, unknown> | undefined)?.[field.key];
  return typeof value === 'number' ? value : null;
}

function labelText(root: HTMLElement, control: Element): string {
  const own = control.id ? root.querySelector(`label[for="${control.id}"]`)?.textContent : null;
  return (own ?? control.closest('label')?.textContent ?? '').trim();
}

export function printSummary(root: HTMLElement, form: HTMLFormElement, answers: Answers | null = null): Html {
  const rows: Html[] = [];
  const seen = new Set<string>();
  for (const control of Array.from(form.elements)) {
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement)) continue;
    if (!control.name || seen.has(control.name) || control.type === 'file' || control.closest('[data-unit-for]') || control.dataset.unitFor)
      continue;
    if (control.type === 'radio' || control.type === 'checkbox') {
      seen.add(control.name);
      const group = control.closest('fieldset');
      const checked = Array.from(form.querySelectorAll<HTMLInputElement>(`[name="${control.name}"]:checked`)).filter((c) => c.value !== '');
      if (checked.length === 0) continue;
      const question = group?.querySelector('legend')?.textContent?.trim() ?? control.name;
      rows.push(h('tr', {}, h('th', { scope: 'row' }, question), h('td', {}, checked.map((c) => labelText(root, c)).join('; '))));
      continue;
    }
    const value = control.value.trim();
    if (!value) continue;
    const unit = form.querySelector<HTMLSelectElement>(`[data-unit-for="${control.name}"]`);
    const read = unit ? null : readNumber(answers, control.name);
    const shown = unit ? `${value} ${unit.value}` : read === null ? value : groupDigits(read);
    rows.push(h('tr', {}, h('th', { scope: 'row' }, labelText(root, control)), h('td', {}, shown)));
  }
  return join([h('caption', {}, 'Answers'), h('tbody', {}, join(rows))]);
}

/** Writes the answers table just before the result, creating it the first time. */
export function fillPrintTable(root: HTMLElement, form: HTMLFormElement, result: HTMLElement, answers: Answers | null): void {
  let table = root.querySelector('.pf-print-answers');
  if (!table) {
    table = document.createElement('table');
    table.className = 'pf-print-answers';
    result.before(table);
  }
  table.innerHTML = printSummary(root, form, answers).value;
}
