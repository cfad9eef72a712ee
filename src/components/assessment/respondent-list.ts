/** The imported respondents as a table: each one's name, what they alone would get, and a Remove button. */
import { evaluate } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import type { Respondent } from '#src/engine/records/record.ts';
import { h, type Html } from '#src/render/html.ts';
import { stackingTable } from '#src/render/stacking-table.ts';

export function respondentList(list: readonly Respondent[], framework: Framework, today: string): Html {
  const alone = (r: Respondent) => framework.recommendations[evaluate(r.answers, framework, { assessedOn: today }).recommendation].label;
  return stackingTable(
    `Imported respondents (${list.length})`,
    ['Respondent', 'Alone they would get', 'Remove'],
    list.map((r, i) => [
      r.name,
      alone(r),
      h('button', { type: 'button', 'data-action': 'remove-respondent', 'data-index': i, 'aria-label': `Remove ${r.name}` }, 'Remove'),
    ]),
  );
}
