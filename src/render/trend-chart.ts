/**
 * A small line chart as static SVG, drawn at build time: one series over assessment dates, with
 * the framework's thresholds as dashed reference lines, named in a legend beside the chart (never
 * on the plot, where they would cross the data). The caller shows the same numbers in a table; the
 * SVG carries a text summary for screen readers. Only finite numbers reach the SVG.
 */
import { daysBetween } from '#src/engine/calendar/dates.ts';
import { groupDigits } from '#src/engine/text/describe-business.ts';
import { h, join, type Html } from './html.ts';

interface Point {
  date: string;
  value: number | null;
  /** Lowest and highest answer when several people answered: drawn as a bar behind the point. */
  range?: [number, number] | undefined;
}

export interface ChartSpec {
  title: string;
  unit: string;
  points: Point[];
  thresholds: { value: number; label: string }[];
  /** The top of a fixed scale (DORA's 10); otherwise the axis follows the values. */
  max?: number | undefined;
  /**
   * An event between two assessments (the platform team's formation): shaded from `from` to `to`,
   * or a dotted line at `to` when `from` is null; `text` joins the chart's text summary.
   */
  marker?: { from: string | null; to: string; text: string } | null | undefined;
}

const W = 560;
/** Dates on the axis: four fit side by side at the phone's larger labels (charts.css). */
const MAX_DATE_LABELS = 4;
const H = 180;
/** Left: at least room for four characters of a tick; right: half of the last date's label. */
const PAD = { left: 44, right: 44, top: 14, bottom: 34 };
/**
 * A tick's character at the largest font size the ticks get (charts.css draws them larger in user
 * units as the chart narrows, so they stay about 12 px on a phone), a little wider than most.
 */
const CHAR = 11.5;

const fmt = (n: number) => groupDigits(Number.isInteger(n) ? n : Math.round(n * 10) / 10);
/** A tick in few characters, as axes write money: 1.5m, 200k, 40 (the text summary keeps every digit). */
const tick = (n: number) => (Math.abs(n) >= 1e6 ? `${fmt(n / 1e6)}m` : Math.abs(n) >= 1e4 ? `${fmt(n / 1e3)}k` : fmt(n));

/** Behind the data: a span shaded between two dates (from the plot's start at the earliest), or a line at one. */
function markerSvg(marker: NonNullable<ChartSpec['marker']>, x: (date: string) => number, left: number): Html {
  const end = x(marker.to);
  if (marker.from === null) {
    return h('line', { class: 'pf-chart-marker', x1: end.toFixed(1), y1: PAD.top, x2: end.toFixed(1), y2: H - PAD.bottom });
  }
  const start = Math.max(left, x(marker.from));
  return h('rect', {
    class: 'pf-chart-span',
    x: start.toFixed(1),
    y: PAD.top,
    width: Math.max(0, end - start).toFixed(1),
    height: H - PAD.top - PAD.bottom,
  });
}

/**
 * The value axis: round steps (1, 2 or 5 times a power of ten) from the lowest value, or zero, to
 * the highest, or zero, so an all-negative series (a business case that never pays) gets labels
 * below zero, never a 0 and a 1 on top of each other. A flat series gets a step of its own.
 */
export function axisTicks(values: number[], max?: number): number[] {
  const lo = Math.min(0, ...values);
  let hi = Math.max(0, max ?? 0, ...values);
  if (hi === lo) hi = lo + 1;
  const raw = (hi - lo) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9)) ?? 10 * power;
  const ticks: number[] = [];
  for (let i = Math.floor(lo / step + 1e-9); i <= Math.ceil(hi / step - 1e-9); i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

export function trendChart(spec: ChartSpec): Html {
  const known = spec.points.filter((p): p is Point & { value: number } => p.value !== null && Number.isFinite(p.value));
  const values = [...known.map((p) => p.value), ...known.flatMap((p) => p.range ?? []), ...spec.thresholds.map((t) => t.value)];
  const ticks = axisTicks(values, spec.max);
  const bottom = ticks[0]!;
  const top = ticks.at(-1)!;
  const labels = ticks.map(tick);
  // The axis makes room for its longest tick (-1.5m), so no label runs off the chart.
  const left = Math.max(PAD.left, Math.ceil(10 + CHAR * Math.max(...labels.map((t) => t.length))));
  const first = spec.points[0]?.date ?? '2000-01-01';
  const span = Math.max(1, daysBetween(first, spec.points.at(-1)?.date ?? first));
  // Each date is read once: the line, the points, the ranges and the axis all place it.
  const days = new Map<string, number>();
  const dayOf = (date: string) => days.get(date) ?? days.set(date, daysBetween(first, date)).get(date)!;
  const x = (date: string) => left + ((W - left - PAD.right) * dayOf(date)) / span;
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - bottom) / (top - bottom));
  const range = (p: Point) => (p.range && p.range[0] !== p.range[1] ? ` (answers ${fmt(p.range[0])} to ${fmt(p.range[1])})` : '');
  const summary = `${spec.title}: ${known.map((p) => `${fmt(p.value)}${spec.unit} on ${p.date}${range(p)}`).join(', ') || 'no answers'}${
    spec.thresholds.length ? `; threshold ${spec.thresholds.map((t) => `${fmt(t.value)}${spec.unit}`).join(', ')}` : ''
  }.${spec.marker ? ` ${spec.marker.text}` : ''}`;
  const line =
    known.length > 1
      ? h('polyline', { class: 'pf-chart-line', points: known.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ') })
      : null;
  return h(
    'svg',
    { class: 'pf-chart pf-trend', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary },
    h('line', { class: 'pf-chart-axis', x1: left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom }),
    join(
      ticks.map((t, i) => h('text', { class: 'pf-chart-tick', x: left - 6, y: (y(t) + 4).toFixed(1), 'text-anchor': 'end' }, labels[i])),
    ),
    // Below zero, the zero line runs across the plot, so a reader sees which points are under it.
    bottom < 0 ? h('line', { class: 'pf-chart-axis', x1: left, y1: y(0).toFixed(1), x2: W - PAD.right, y2: y(0).toFixed(1) }) : null,
    spec.marker ? markerSvg(spec.marker, x, left) : null,
    join(
      spec.thresholds.map((t) =>
        join([h('line', { class: 'pf-chart-threshold', x1: left, y1: y(t.value), x2: W - PAD.right, y2: y(t.value) })]),
      ),
    ),
    line,
    join(
      known
        .filter((p) => p.range && p.range[0] !== p.range[1])
        .map((p) =>
          h('line', {
            class: 'pf-chart-range',
            x1: x(p.date).toFixed(1),
            y1: y(p.range![0]).toFixed(1),
            x2: x(p.date).toFixed(1),
            y2: y(p.range![1]).toFixed(1),
          }),
        ),
    ),
    join(known.map((p) => h('circle', { class: 'pf-chart-point', cx: x(p.date).toFixed(1), cy: y(p.value).toFixed(1), r: 4 }))),
    // At most MAX_DATE_LABELS dates on the axis, counted back from the latest, so they never overlap.
    join(
      spec.points
        .filter((_, i) => (spec.points.length - 1 - i) % Math.ceil(spec.points.length / MAX_DATE_LABELS) === 0)
        .map((p) => h('text', { class: 'pf-chart-tick', x: x(p.date), y: H - 8, 'text-anchor': 'middle' }, p.date.slice(0, 7))),
    ),
  );
}
