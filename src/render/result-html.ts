/**
 * A result as HTML, every text escaped, laid out from the engine's sentences (describe-result.ts).
 * The assessment page (browser) and each history record page (build) show the same sections: a
 * summary card first, then the details, each a keyed section so the page can replace only the
 * sections that changed on a keystroke.
 */
export { cardSection, sectionKeys, type Section, type SlottedSection } from './card-html.ts';
import type { ResultReport } from '#src/engine/text/describe-result.ts';
import { cardSection, type Section } from './card-html.ts';
import { stackingTable } from './stacking-table.ts';
import { h as el, type Child, type Html } from './html.ts';

const link = (href: string, text: string) => el('a', { href }, text);

function section(title: string, ...body: Child[]): Html {
  return el('div', { class: 'pf-section' }, el('h3', {}, title), ...body);
}

/** The business case's pictures, when the caller has them (the page loads them on demand). */
export type BusinessCharts = (r: ResultReport) => Html;

/** Every month's figures: only paper shows it (charts.css), a table a CFO can check in a spreadsheet. */
function monthsTable(t: ResultReport['charts']['months']): Html {
  return el(
    'table',
    { class: 'pf-months' },
    el('caption', {}, t.caption),
    el('thead', {}, el('tr', {}, ...t.head.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, ...t.rows.map((row) => el('tr', {}, ...row.map((c) => el('td', {}, c))))),
  );
}

function businessSection(r: ResultReport, charts?: BusinessCharts): Html {
  return section(
    'Business case',
    el('p', { class: 'pf-belief' }, el('strong', {}, r.belief)),
    stackingTable(
      'What the tax costs, what a platform team costs over time, and what it must win back',
      ['What', 'Figure', 'How'],
      r.business.map((row) => [row.label, el('strong', {}, row.figure), row.detail]),
    ),
    charts ? charts(r) : null,
    stackingTable(
      'The assumptions behind these figures (change any of them above)',
      ['Assumption', 'Value', 'Plausible range', 'Basis'],
      r.assumptions.map((a) => [a.label, el('strong', {}, a.value), a.range, a.basis]),
    ),
    el(
      'div',
      { class: 'pf-sizing' },
      el('h4', {}, 'Team size: the best size and published references'),
      el('p', {}, r.sizing.intro),
      el('p', {}, r.sizing.best),
      el('ul', {}, ...r.sizing.references.map((ref) => el('li', {}, ref.text))),
      link('/growing-the-platform-team/#sizing-references', 'Sizing references, with their sources'),
    ),
    monthsTable(r.charts.months),
  );
}

export function resultSections(r: ResultReport, charts?: BusinessCharts): Section[] {
  const sections: Section[] = [cardSection(r)];
  if (r.trap)
    sections.push({
      key: 'trap',
      html: el(
        'div',
        { class: 'pf-warning' },
        el('h3', {}, `Platform-trap warning: ${r.trap.headline}`),
        el('ul', {}, ...r.trap.signs.map((s) => el('li', {}, s))),
        link(r.trap.guide, 'How to get out of the trap'),
      ),
    });
  sections.push(
    { key: 'steps', html: section('Next steps', el('ol', {}, ...r.steps.map((s) => el('li', {}, link(s.guide, s.text))))) },
    { key: 'business', html: businessSection(r, charts) },
    {
      key: 'rules',
      html: section(
        'Every rule, in order',
        stackingTable(
          'The first rule that fires decides; unanswered signals are skipped.',
          ['Outcome', '#', 'Rule', 'Fires when', 'Answer', 'Where the line comes from'],
          r.rules.map((f) => [
            f.decisive ? el('strong', {}, f.outcome) : f.outcome,
            String(f.order),
            link(f.guide, f.title),
            f.condition,
            f.answer,
            f.basis,
          ]),
          'pf-paper-short',
        ),
      ),
    },
    { key: 'levers', html: section('What would change this', el('ul', {}, ...r.levers.map((l) => el('li', {}, l)))) },
    {
      key: 'score',
      html: section(
        r.score.headline,
        el('p', {}, 'Explains, does not decide: each factor adds points between its low and high mark.'),
        stackingTable(
          'Score by factor',
          ['Factor', 'Answer', 'Points', 'Full at'],
          // <meter> needs no inline style, which a strict Content-Security-Policy would block.
          r.score.factors.map((f) => [
            f.label,
            f.answer,
            el(
              'span',
              {},
              el('meter', { class: 'pf-bar', min: 0, max: f.weight, value: f.points, 'aria-hidden': 'true' }),
              ` ${f.points} of ${f.weight}`,
            ),
            f.fullAt,
          ]),
        ),
      ),
    },
  );
  if (r.metrics.length > 0)
    sections.push({
      key: 'metrics',
      html: section(
        'Metrics against targets',
        stackingTable(
          'Targets from the metrics guide',
          ['Status', 'Metric', 'Yours', 'Target'],
          r.metrics.map((m) => [m.met ? 'met' : el('strong', {}, 'not met'), link(m.guide, m.label), m.answer, m.target]),
        ),
      ),
    });
  return sections;
}
