/**
 * Several respondents as HTML: who would get what, where they split, and the spread of each
 * numeric answer as a small dot plot with the framework's thresholds and each dot labelled with
 * its respondent, plus the same numbers in a table. Shared by the assessment page (browser) and
 * the history record pages (build). The sentences come from the engine.
 */
import type { AssessmentResult, Spread } from '#src/engine/respondents/assessment.ts';
import { disagreementLines } from '#src/engine/text/describe-result.ts';
import { formatValue } from '#src/engine/text/describe.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { thresholdsFor } from '#src/engine/decision/rules.ts';
import { h, join, type Html } from './html.ts';
import { stackingTable } from './stacking-table.ts';

const W = 320;
const PAD = 12;
const ROW = 16;

/** Finite coordinates only: a value the schema let through can still be huge; SVG never sees Infinity. */
const coordinate = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '0');

/** More respondents than this and a plot shows their dots on one line, unlabelled (the table names them). */
const LABELLED_MAX = 20;

/** Many respondents: one row of dots (its height never grows), the range and median beside it. */
function stripPlot(s: Spread, known: readonly { name: string; value: number }[], thresholds: readonly number[]): Html {
  const top = Math.max(1, ...known.map((v) => v.value), ...thresholds) * 1.1;
  const x = (v: number) => PAD + ((W - 2 * PAD) * v) / top;
  const sorted = known.map((v) => v.value).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const range = `${known.length} answers from ${formatValue(s.input, sorted[0])} to ${formatValue(s.input, sorted.at(-1))}, median ${formatValue(s.input, median)}`;
  const summary = `${s.label}: ${range}${thresholds.length ? `; threshold ${thresholds.map((t) => formatValue(s.input, t)).join(', ')}` : ''}.`;
  const axis = 20;
  return h(
    'div',
    {},
    h(
      'svg',
      { class: 'pf-spread', viewBox: `0 0 ${W} 40`, role: 'img', 'aria-label': summary },
      h('line', { class: 'pf-chart-axis', x1: PAD, y1: axis, x2: W - PAD, y2: axis }),
      join(thresholds.map((t) => h('line', { class: 'pf-chart-threshold', x1: coordinate(x(t)), y1: 4, x2: coordinate(x(t)), y2: 36 }))),
      // One dot per distinct value: a hundred equal answers draw one dot, not a hundred.
      join([...new Set(sorted)].map((v) => h('circle', { class: 'pf-chart-point', cx: coordinate(x(v)), cy: axis, r: 3 }))),
    ),
    // Under the chart as text, so it wraps on a phone instead of being cut off at the chart's edge.
    h('p', { class: 'pf-spread-summary' }, `${range}.`),
  );
}

function dotPlot(s: Spread, thresholds: readonly number[]): Html | null {
  const known = s.values.filter((v): v is { name: string; value: number } => v.value !== null && Number.isFinite(v.value));
  if (known.length === 0) return null;
  if (known.length > LABELLED_MAX) return stripPlot(s, known, thresholds);
  const top = Math.max(1, ...known.map((v) => v.value), ...thresholds) * 1.1;
  const x = (v: number) => PAD + ((W - 2 * PAD) * v) / top;
  const height = 24 + known.length * ROW;
  const axis = 14;
  const summary = `${s.label}: ${known.map((v) => `${v.name} ${formatValue(s.input, v.value)}`).join(', ')}${
    thresholds.length ? `; threshold ${thresholds.map((t) => formatValue(s.input, t)).join(', ')}` : ''
  }.`;
  return h(
    'svg',
    { class: 'pf-spread', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': summary },
    h('line', { class: 'pf-chart-axis', x1: PAD, y1: axis, x2: W - PAD, y2: axis }),
    join(
      thresholds.map((t) => h('line', { class: 'pf-chart-threshold', x1: coordinate(x(t)), y1: 4, x2: coordinate(x(t)), y2: height - 4 })),
    ),
    // One row per respondent: the dot on the axis scale, the name and value beside it.
    join(
      known.map((v, i) => {
        const y = axis + ROW * (i + 1);
        const cx = x(v.value);
        const anchor = cx > W / 2 ? 'end' : 'start';
        return join([
          h('circle', { class: 'pf-chart-point', cx: coordinate(cx), cy: y, r: 4 }),
          h(
            'text',
            { class: 'pf-chart-label', x: coordinate(anchor === 'end' ? cx - 8 : cx + 8), y: y + 4, 'text-anchor': anchor },
            `${v.name}: ${formatValue(s.input, v.value)}`,
          ),
        ]);
      }),
    ),
  );
}

export function respondentsHtml(a: AssessmentResult, framework: Framework): Html {
  const label = (r: keyof Framework['recommendations']) => framework.recommendations[r].label;
  const lines = disagreementLines(a);
  return h(
    'div',
    { class: 'pf-respondents' },
    h('h3', {}, `${a.respondents.length} respondents`),
    h(
      'p',
      {},
      a.agree
        ? 'Each respondent alone would get the same recommendation.'
        : h('strong', {}, 'Respondents alone would get different recommendations.'),
      ' The result combines them: the median of each number, the majority of each yes/no; a trap sign counts when anyone sees it.',
    ),
    h('ul', {}, join(a.respondents.map((r) => h('li', {}, `${r.name}: ${label(r.result.recommendation)} (${r.result.decidedBy.title})`)))),
    lines.length ? h('ul', { class: 'pf-splits' }, join(lines.map((l) => h('li', {}, l)))) : null,
    h('h4', {}, 'Spread of the answers'),
    h(
      'div',
      { class: 'pf-spread-grid' },
      join(
        a.spread.map((s) =>
          join([
            h('p', { class: 'pf-spread-label' }, s.label),
            dotPlot(s, thresholdsFor(framework, s.input)) ?? h('p', {}, 'Not answered.'),
          ]),
        ),
      ),
    ),
    stackingTable(
      'Each respondent’s answers',
      ['Respondent', ...a.spread.map((s) => s.label)],
      a.respondents.map((r, i) => [r.name, ...a.spread.map((s) => formatValue(s.input, s.values[i]?.value ?? null))]),
    ),
  );
}
