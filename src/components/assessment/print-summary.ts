/** The answers as a table that only print shows, with the labels a reader sees, never field ids. */
import { h, join, type Html } from '#src/render/html.ts';

function labelText(root: HTMLElement, control: Element): string {
  const own = control.id ? root.querySelector(`label[for="${control.id}"]`)?.textContent : null;
  return (own ?? control.closest('label')?.textContent ?? '').trim();
}

export function printSummary(root: HTMLElement, form: HTMLFormElement): Html {
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
    const shown = unit ? `${value} ${unit.value}` : value;
    rows.push(h('tr', {}, h('th', { scope: 'row' }, labelText(root, control)), h('td', {}, shown)));
  }
  return join([h('caption', {}, 'Answers'), h('tbody', {}, join(rows))]);
}

/** Writes the answers table just before the result, creating it the first time. */
export function fillPrintTable(root: HTMLElement, form: HTMLFormElement, result: HTMLElement): void {
  let table = root.querySelector('.pf-print-answers');
  if (!table) {
    table = document.createElement('table');
    table.className = 'pf-print-answers';
    result.before(table);
  }
  table.innerHTML = printSummary(root, form).value;
}
