/**
 * The DORA section (the assessment page's detail section, each record page): the sentences of
 * describeDora() as a table, with a small chart per row: the benchmark's band (mean plus or minus
 * the spread) and mean for each picked row, the score as a bar across them. The chart repeats
 * the table's words in its label, so nothing is said only in pictures.
 */
import type { DoraRowText, DoraText } from '#src/engine/text/describe-dora.ts';
import { h as el, join, type Html } from './html.ts';
import { stackingTable } from './stacking-table.ts';

const WIDTH = 160;
const PAD = 4;
const ROW = 10;
const x = (score: number) => PAD + (Math.min(10, Math.max(0, score)) / 10) * (WIDTH - 2 * PAD);
const px = (n: number) => n.toFixed(1);

/** One row's chart, or nothing when there is neither a score nor a benchmark to draw. */
export function doraChart(row: DoraRowText): Html | null {
  if (row.score === undefined && row.benchmarks.length === 0) return null;
  const height = PAD * 2 + Math.max(1, row.benchmarks.length) * ROW;
  const label = [`${row.title}: ${row.scoreText} of 10`, ...row.benchmarks.map((b) => `${b.name}: ${b.text}`)].join('; ');
  const bands = row.benchmarks.map((b, i) => {
    const y = PAD + i * ROW;
    return join([
      el('rect', {
        x: px(x(b.mean - b.spread)),
        y: px(y + 2),
        width: px(x(b.mean + b.spread) - x(b.mean - b.spread)),
        height: ROW - 4,
        fill: 'currentColor',
        'fill-opacity': '0.2',
      }),
      el('rect', { x: px(x(b.mean) - 1), y: px(y + 1), width: 2, height: ROW - 2, fill: 'currentColor', 'fill-opacity': '0.6' }),
    ]);
  });
  const score =
    row.score === undefined
      ? null
      : el('rect', { x: px(x(row.score) - 2), y: 0, width: 4, height, fill: 'currentColor', class: 'pf-dora-score' });
  return el(
    'svg',
    { class: 'pf-dora-chart', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img', 'aria-label': label },
    el('title', {}, label),
    el('line', { x1: PAD, x2: WIDTH - PAD, y1: height - 1, y2: height - 1, stroke: 'currentColor', 'stroke-opacity': '0.4' }),
    ...bands,
    score,
  );
}

export function doraHtml(t: DoraText): Html {
  const names = t.rows[0]?.benchmarks.map((b) => b.name) ?? [];
  return el(
    'div',
    { class: 'pf-section pf-dora' },
    el('h3', {}, t.heading),
    el('p', {}, t.scale),
    t.leadTimeNote ? el('p', {}, t.leadTimeNote) : null,
    stackingTable(
      names.length > 0
        ? 'Each score beside the benchmark: the band is the mean plus or minus one spread; near means inside it.'
        : 'Pick an industry or an organisation size to see each score beside DORA’s benchmark.',
      ['Measure', 'Your answer', 'Score', ...names, 'Chart'],
      t.rows.map((r) => [
        r.measure === 'overall' ? el('strong', {}, r.title) : r.title,
        r.answer ?? '',
        el('strong', {}, r.scoreText),
        ...r.benchmarks.map((b) => b.text),
        doraChart(r),
      ]),
    ),
    t.missing ? el('p', {}, t.missing) : null,
    t.source ? el('p', { class: 'pf-dora-source' }, t.source, ' ', el('a', { href: '/dora-and-maturity/' }, 'How DORA scores')) : null,
    t.notes.length > 0 ? el('ul', { class: 'pf-dora-notes' }, ...t.notes.map((n) => el('li', {}, n))) : null,
  );
}
