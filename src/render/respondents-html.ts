/**
 * Several respondents as HTML: who would get what, where they split, and the spread of each
 * numeric answer as a small dot plot with the framework's thresholds, plus the same numbers in a
 * table. Shared by the assessment page (browser) and the history record pages (build).
 */
import type { AssessmentResult, Spread } from '#src/engine/assessment.ts';
import { formatValue } from '#src/engine/describe.ts';
import { labelOf, type InputKey } from '#src/engine/inputs.ts';
import type { Framework } from '#src/engine/framework-schema.ts';
import { h, join, type Html } from './html.ts';

const W = 320;
const H = 44;
const PAD = 12;

function dotPlot(s: Spread, thresholds: readonly number[]): Html | null {
  const known = s.values.filter((v): v is { name: string; value: number } => v.value !== null);
  if (known.length === 0) return null;
  const top = Math.max(1, ...known.map((v) => v.value), ...thresholds) * 1.1;
  const x = (v: number) => PAD + ((W - 2 * PAD) * v) / top;
  const summary = `${s.label}: ${known.map((v) => `${v.name} ${formatValue(s.input, v.value)}`).join(', ')}${
    thresholds.length ? `; threshold ${thresholds.map((t) => formatValue(s.input, t)).join(', ')}` : ''
  }.`;
  return h(
    'svg',
    {
      class: 'pf-spread',
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-label': summary,
    },
    h('line', {
      class: 'pf-chart-axis',
      x1: PAD,
      y1: H / 2,
      x2: W - PAD,
      y2: H / 2,
    }),
    s.min !== null && s.max !== null
      ? h('line', {
          class: 'pf-spread-range',
          x1: x(s.min),
          y1: H / 2,
          x2: x(s.max),
          y2: H / 2,
        })
      : null,
    join(
      thresholds.map((t) =>
        h('line', {
          class: 'pf-chart-threshold',
          x1: x(t),
          y1: 6,
          x2: x(t),
          y2: H - 6,
        }),
      ),
    ),
    join(
      known.map((v) =>
        h('circle', {
          class: 'pf-chart-point',
          cx: x(v.value).toFixed(1),
          cy: H / 2,
          r: 5,
        }),
      ),
    ),
  );
}

export function respondentsHtml(a: AssessmentResult, framework: Framework): Html {
  const label = (r: keyof Framework['recommendations']) => framework.recommendations[r].label;
  const thresholds = (input: string) =>
    framework.rules.flatMap((r) => (r.input === input && typeof r.threshold === 'number' ? [r.threshold] : []));
  const side = (list: { name: string; value: number | boolean }[], input: InputKey) =>
    list.map((v) => `${v.name} (${formatValue(input, v.value)})`).join(', ');
  return h(
    'div',
    { class: 'pf-respondents' },
    h('h3', {}, `${a.respondents.length} respondents`),
    h(
      'p',
      {},
      a.agree
        ? 'Each respondent alone would get the same recommendation.'
        : h('strong', {}, 'Respondents would get different recommendations.'),
      ' The result above combines them: the median of each number, the majority of each yes/no.',
    ),
    h('ul', {}, join(a.respondents.map((r) => h('li', {}, `${r.name}: ${label(r.result.recommendation)}`)))),
    a.splits.length
      ? h(
          'ul',
          { class: 'pf-splits' },
          join(
            a.splits.map((s) =>
              h(
                'li',
                {},
                `Split on ${s.label.toLowerCase()}: “${s.ruleTitle}” fires for ${side(s.fired, s.input)}; not for ${[
                  side(s.notFired, s.input),
                  s.unanswered.length ? `${s.unanswered.join(', ')} (not answered)` : '',
                ]
                  .filter(Boolean)
                  .join(', ')}.`,
              ),
            ),
          ),
        )
      : null,
    a.ties.length
      ? h(
          'p',
          {},
          `Ties, treated as not answered: ${a.ties.map((t) => `${t.input === 'trapSigns' ? `warning sign ${t.detail}` : labelOf(t.input).toLowerCase()} (${t.yes} yes, ${t.no} no)`).join('; ')}.`,
        )
      : null,
    h('h4', {}, 'Spread of the answers'),
    h(
      'div',
      { class: 'pf-spread-grid' },
      join(
        a.spread.map((s) =>
          join([h('p', { class: 'pf-spread-label' }, s.label), dotPlot(s, thresholds(s.input)) ?? h('p', {}, 'Not answered.')]),
        ),
      ),
    ),
    // Wide on a phone: the table scrolls sideways in a focusable region, so keyboards reach it too.
    h(
      'section',
      {
        class: 'pf-table-scroll',
        tabindex: 0,
        'aria-label': 'Each respondent’s answers (scrolls sideways)',
      },
      h(
        'table',
        {},
        h('caption', {}, 'Each respondent’s answers'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Respondent'), join(a.spread.map((s) => h('th', { scope: 'col' }, s.label))))),
        h(
          'tbody',
          {},
          join(
            a.respondents.map((r, i) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, r.name),
                join(a.spread.map((s) => h('td', {}, formatValue(s.input, s.values[i]?.value ?? null)))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
