/** The actions' status line: a message, and at most one button that acts on it (Undo). */
import { h } from '#src/render/html.ts';

export function showStatus(root: HTMLElement, text: string, action?: { name: string; label: string }): void {
  const status = root.querySelector('[data-part="action-status"]');
  if (!status) return;
  const button = action ? ` ${h('button', { type: 'button', 'data-action': action.name, class: 'pf-secondary' }, action.label).value}` : '';
  status.innerHTML = `${h('span', {}, text).value}${button}`;
}

export const OTHER_TAB =
  'These answers were changed in another tab. Each tab saves only what is typed in it, so both tabs’ work is kept; reload to see the other tab’s.';
