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

/**
 * Drawn narrow (360 units wide) and shown no wider than the CSS allows (charts.css), so that on a
 * 390 px phone a 13-unit label still renders at least 11 px tall, and on a laptop no larger than
 * body text. Labels never leave the picture: they sit above and below the bars, not beside them.
 */
const W = 360;
const H = 220;
const PAD = { left: 46, right: 10, top: 16, bottom: 28 };
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
/** About how wide a 13-unit label is (charts.css), to keep two on one line apart. */
const textWidth = (text: string) => text.length * 7.2;

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
  // Month labels at least 36 units apart.
  const step = [6, 12, 24, 36, 60].find((m) => ((W - PAD.left - PAD.right) * m) / last >= 36) ?? 60;
  const all = Array.from({ length: Math.floor(last / step) + 1 }, (_, i) => i * step);
  // The last label carries the unit ("36 months", drawn leftwards from its tick): a tick under it is
  // dropped rather than printed through it.
  const lastTick = all.at(-1) ?? 0;
  const clear = (m: number) => x(lastTick) - x(m) >= textWidth(`${lastTick} months`) + textWidth(String(m)) / 2 + 4;
  const ticks = all.filter((m) => m === lastTick || m === 0 || clear(m));
  // The top label only when it does not sit on the zero line's.
  const topLabel = y(0) - y(top) >= 14;
  const svg = h(
    'svg',
    { class: 'pf-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d` },
    h('title', { id: `${id}-t` }, `${s.title}, in ${s.unit}`),
    h('desc', { id: `${id}-d` }, s.summary),
    h('line', { class: 'pf-chart-axis', x1: PAD.left, y1: y(0), x2: W - PAD.right, y2: y(0) }),
    topLabel ? h('text', { class: 'pf-chart-tick', x: PAD.left - 6, y: y(top) + 4, 'text-anchor': 'end' }, compact(top)) : null,
    h('text', { class: 'pf-chart-tick', x: PAD.left - 6, y: y(0) + 4, 'text-anchor': 'end' }, '0'),
    bottom < 0 ? h('text', { class: 'pf-chart-tick', x: PAD.left - 6, y: y(bottom) + 4, 'text-anchor': 'end' }, compact(bottom)) : null,
    join(
      ticks.map((m) =>
        h(
          'text',
          { class: 'pf-chart-tick', x: x(m), y: H - 8, 'text-anchor': m > 0 && m === ticks.at(-1) ? 'end' : 'middle' },
          m > 0 && m === ticks.at(-1) ? `${m} months` : String(m),
        ),
      ),
    ),
    h('polyline', { class: 'pf-chart-line', points: s.points.map((p) => `${x(p.month).toFixed(1)},${y(p.net).toFixed(1)}`).join(' ') }),
    payback === null
      ? null
      : join([
          h('line', { class: 'pf-chart-threshold', x1: x(payback), y1: PAD.top, x2: x(payback), y2: H - PAD.bottom }),
          h('circle', { class: 'pf-chart-point', cx: x(payback).toFixed(1), cy: y(s.points[payback]?.net ?? 0).toFixed(1), r: 5 }),
          // Beside the line, on the side with room.
          x(payback) > W / 2
            ? h(
                'text',
                { class: 'pf-chart-label', x: x(payback) - 6, y: H - PAD.bottom - 6, 'text-anchor': 'end' },
                `payback, month ${payback}`,
              )
            : h('text', { class: 'pf-chart-label', x: x(payback) + 6, y: H - PAD.bottom - 6 }, `payback, month ${payback}`),
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
  const values = [baseNet, ...bars.flatMap((b) => [finite(b.lowNet), finite(b.highNet)])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const x = (v: number) => 4 + ((W - 8) * (finite(v) - lo)) / span;
  // Each row: the assumption's name, its bar, then the value at each end with the net it gives
  // (left end under the left, right end under the right; on a line each when they would meet).
  let top = PAD.top;
  const rows = bars.map((b) => {
    const [a, c] = [x(Math.min(b.lowNet, b.highNet)), x(Math.max(b.lowNet, b.highNet))];
    const left = b.lowNet <= b.highNet ? `${b.low}: ${compact(b.lowNet)}` : `${b.high}: ${compact(b.highNet)}`;
    const right = b.lowNet <= b.highNet ? `${b.high}: ${compact(b.highNet)}` : `${b.low}: ${compact(b.lowNet)}`;
    const apart = textWidth(left) + textWidth(right) + 12 <= W;
    const yy = top;
    top += apart ? 66 : 82;
    return join([
      h('text', { class: 'pf-chart-tick', x: 0, y: yy + 12 }, b.label),
      h('rect', { class: 'pf-chart-bar', x: a.toFixed(1), y: yy + 19, width: Math.max(1, c - a).toFixed(1), height: 14 }),
      h('text', { class: 'pf-chart-end', x: 0, y: yy + 49 }, left),
      h('text', { class: 'pf-chart-end', x: W, y: yy + (apart ? 49 : 65), 'text-anchor': 'end' }, right),
    ]);
  });
  const height = top + 20;
  const summary = bars.map((b) => `${b.label}: ${b.low} gives ${fmt(b.lowNet)}, ${b.high} gives ${fmt(b.highNet)}`).join('; ');
  const svg = h(
    'svg',
    { class: 'pf-chart', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d` },
    h('title', { id: `${id}-t` }, `What moves the net most, in ${unit}`),
    h('desc', { id: `${id}-d` }, `${summary}.`),
    join(rows),
    h('line', { class: 'pf-chart-threshold', x1: x(baseNet), y1: PAD.top + 12, x2: x(baseNet), y2: height - 18 }),
    h(
      'text',
      {
        class: 'pf-chart-label',
        x: Math.min(W, Math.max(0, x(baseNet))),
        y: height - 4,
        'text-anchor': x(baseNet) < 60 ? 'start' : x(baseNet) > W - 60 ? 'end' : 'middle',
      },
      `your case: ${compact(baseNet)}`,
    ),
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
    { class: 'pf-charts pf-business-charts' },
    netChart(net, `${prefix}-net`),
    tornado.length > 0 ? tornadoChart(tornado, unit, baseNet, `${prefix}-tornado`) : null,
  );
}
