/**
 * The business case's pictures as static SVG: the running net over the months with the payback
 * month marked, and the tornado of assumptions. Each SVG is named and described for screen readers
 * and sits beside a data table with the same numbers (for print and for anyone who prefers
 * numbers). Colours come from CSS classes (both themes, forced colours); only finite numbers reach
 * the SVG; every text is escaped by h().
 */
import type { NetSeries, TornadoBar } from '#src/engine/text/describe-charts.ts';
import type { ResultReport } from '#src/engine/text/describe-result.ts';
import { groupDigits } from '#src/engine/text/numbers.ts';
import { h, join, type Html } from './html.ts';

const W = 560;
const H = 200;
const PAD = { left: 64, right: 16, top: 14, bottom: 30 };
const finite = (n: number) => (Number.isFinite(n) ? n : 0);
const fmt = (n: number) => groupDigits(Math.round(finite(n)));
/** Axis labels stay short: 6,477,000 -> 6.5m, 220,250 -> 220k. The data table has the full figures. */
function compact(n: number): string {
  const a = Math.abs(finite(n));
  const sign = n < 0 ? '-' : '';
  if (a >= 1e6) return `${sign}${groupDigits(Math.round(a / 1e5) / 10)}m`;
  if (a >= 1e4) return `${sign}${groupDigits(Math.round(a / 1e3))}k`;
  return fmt(n);
}

function figure(svg: Html, caption: string, table: Html): Html {
  return h('figure', { class: 'pf-figure' }, svg, table, h('figcaption', {}, caption));
}

function dataTable(caption: string, head: string[], rows: string[][]): Html {
  return h(
    'table',
    { class: 'pf-chart-data' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
  );
}

/** `id` names the chart's title and description; unique on the page (pass another for a second chart). */
function netChart(s: NetSeries, id = 'pf-net'): Html {
  const values = s.points.map((p) => finite(p.net));
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = top - bottom || 1;
  const last = s.points.at(-1)?.month || 1;
  const x = (m: number) => PAD.left + ((W - PAD.left - PAD.right) * m) / last;
  const y = (v: number) => PAD.top + ((H - PAD.top - PAD.bottom) * (top - finite(v))) / span;
  const payback = s.paybackMonth;
  const ticks = [0, ...[6, 12, 18, 24, 30, 36, 48, 60, 72, 84, 96, 108, 120].filter((m) => m <= last && last / m < 40)];
  const svg = h(
    'svg',
    { class: 'pf-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d` },
    h('title', { id: `${id}-t` }, `${s.title}, in ${s.unit}`),
    h('desc', { id: `${id}-d` }, s.summary),
    h('line', { class: 'pf-chart-axis', x1: PAD.left, y1: y(0), x2: W - PAD.right, y2: y(0) }),
    h('text', { class: 'pf-chart-tick', x: PAD.left - 6, y: y(top) + 4, 'text-anchor': 'end' }, compact(top)),
    h('text', { class: 'pf-chart-tick', x: PAD.left - 6, y: y(0) + 4, 'text-anchor': 'end' }, '0'),
    bottom < 0 ? h('text', { class: 'pf-chart-tick', x: PAD.left - 6, y: y(bottom) + 4, 'text-anchor': 'end' }, compact(bottom)) : null,
    join(
      ticks.map((m) => h('text', { class: 'pf-chart-tick', x: x(m), y: H - 10, 'text-anchor': 'middle' }, m === 0 ? 'month 0' : String(m))),
    ),
    h('polyline', { class: 'pf-chart-line', points: s.points.map((p) => `${x(p.month).toFixed(1)},${y(p.net).toFixed(1)}`).join(' ') }),
    payback === null
      ? null
      : join([
          h('line', { class: 'pf-chart-threshold', x1: x(payback), y1: PAD.top, x2: x(payback), y2: H - PAD.bottom }),
          h('circle', { class: 'pf-chart-point', cx: x(payback).toFixed(1), cy: y(s.points[payback]?.net ?? 0).toFixed(1), r: 5 }),
          h('text', { class: 'pf-chart-label', x: x(payback) + 6, y: PAD.top + 10 }, `payback, month ${payback}`),
        ]),
  );
  const every = Math.max(1, Math.ceil(s.points.length / 13));
  const rows = s.points
    .filter((p, i) => i % every === 0 || p.month === payback || i === s.points.length - 1)
    .map((p) => [String(p.month), fmt(p.net)]);
  return figure(
    svg,
    `${s.title} (${s.unit}). ${s.summary}`,
    dataTable(`${s.title}, in ${s.unit}`, ['Month', `Running net (${s.unit})`], rows),
  );
}

function tornadoChart(bars: readonly TornadoBar[], unit: string, baseNet: number, id = 'pf-tornado'): Html {
  const rowH = 30;
  const height = PAD.top + bars.length * rowH + 24;
  const values = [baseNet, ...bars.flatMap((b) => [finite(b.lowNet), finite(b.highNet)])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const left = 170;
  const right = 90;
  const x = (v: number) => left + 70 + ((W - left - 70 - right) * (finite(v) - lo)) / span;
  const summary = bars.map((b) => `${b.label}: ${b.low} gives ${fmt(b.lowNet)}, ${b.high} gives ${fmt(b.highNet)}`).join('; ');
  const svg = h(
    'svg',
    { class: 'pf-chart', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d` },
    h('title', { id: `${id}-t` }, `What moves the net most, in ${unit}`),
    h('desc', { id: `${id}-d` }, `${summary}.`),
    join(
      bars.map((b, i) => {
        const yy = PAD.top + i * rowH;
        const [a, c] = [x(Math.min(b.lowNet, b.highNet)), x(Math.max(b.lowNet, b.highNet))];
        return join([
          h('text', { class: 'pf-chart-tick', x: left - 8, y: yy + 17, 'text-anchor': 'end' }, b.label),
          h('rect', { class: 'pf-chart-bar', x: a.toFixed(1), y: yy + 4, width: Math.max(1, c - a).toFixed(1), height: rowH - 10 }),
          // Each end says which value of the assumption put it there.
          h(
            'text',
            { class: 'pf-chart-end', x: (a - 4).toFixed(1), y: yy + 17, 'text-anchor': 'end' },
            b.lowNet <= b.highNet ? b.low : b.high,
          ),
          h('text', { class: 'pf-chart-end', x: (c + 4).toFixed(1), y: yy + 17 }, b.lowNet <= b.highNet ? b.high : b.low),
        ]);
      }),
    ),
    h('line', { class: 'pf-chart-threshold', x1: x(baseNet), y1: PAD.top - 4, x2: x(baseNet), y2: height - 20 }),
    h('text', { class: 'pf-chart-tick', x: x(baseNet), y: height - 6, 'text-anchor': 'middle' }, `your case: ${compact(baseNet)}`),
  );
  return figure(
    svg,
    `Each assumption at its low and its high, the others as they are; the line is your case. Net over the horizon, in ${unit}.`,
    dataTable(
      `Sensitivity: net and payback at each assumption's low and high (${unit})`,
      ['Assumption', 'Low', 'Net, payback', 'High', 'Net, payback'],
      bars.map((b) => [b.label, b.low, `${fmt(b.lowNet)}, ${b.lowPayback}`, b.high, `${fmt(b.highNet)}, ${b.highPayback}`]),
    ),
  );
}

/** Both pictures for a result's business section: what resultSections() takes as its charts. */
export function businessCharts(r: ResultReport, prefix = 'pf'): Html {
  const { net, tornado, unit, baseNet } = r.charts;
  return h(
    'div',
    { class: 'pf-charts' },
    netChart(net, `${prefix}-net`),
    tornado.length > 0 ? tornadoChart(tornado, unit, baseNet, `${prefix}-tornado`) : null,
  );
}
