import { h as el, type Child, type Html } from './html.ts';

/**
 * A table whose rows stack into labelled blocks on a narrow screen (see result.css), so a phone
 * never scrolls sideways. Each cell carries its column name for the stacked view. `pf-paper-short`
 * as the extra class leaves the last column (a long explanation) off paper.
 */
export function stackingTable(caption: string, head: string[], rows: Child[][], extraClass?: string): Html {
  return el(
    'table',
    { class: extraClass ? `pf-stack ${extraClass}` : 'pf-stack' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c, i) => el('td', { 'data-label': head[i] }, c))))),
  );
}
