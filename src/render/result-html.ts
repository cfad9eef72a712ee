/**
 * A result as HTML, every text escaped, laid out from the engine's sentences (describe-result.ts).
 * The assessment page (browser) and each history record page (build) show the same sections: a
 * summary card first, then the details, each a keyed section so the page can replace only the
 * sections that changed on a keystroke.
 */
import type { CardReport, ResultReport } from '#src/engine/text/describe-result.ts';
import type { Result } from '#src/engine/decision/evaluate.ts';
import { h as el, join, type Child, type Html } from './html.ts';

const link = (href: string, text: string) => el('a', { href }, text);

export interface Section {
  key: string;
  html: Html;
}

/**
 * A table whose rows stack into labelled blocks on a narrow screen (see result.css), so a phone
 * never scrolls sideways. Each cell carries its column name for the stacked view.
 */
export function stackingTable(caption: string, head: string[], rows: Child[][]): Html {
  return el(
    'table',
    { class: 'pf-stack' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c, i) => el('td', { 'data-label': head[i] }, c))))),
  );
}

/**
 * A section whose words can change without its structure changing: `shape` names the structure,
 * and each element marked `data-slot` holds exactly its slot's text. While the shape stays the
 * same, the page writes only the slots whose text changed (see result-view.ts).
 */
export interface SlottedSection extends Section {
  shape: string;
  slots: Readonly<Record<string, string>>;
}

export function cardSection(r: CardReport): SlottedSection {
  const slots = {
    headline: r.headline,
    summary: r.summary,
    split: r.split ?? '',
    deciding: r.deciding,
    because: r.because,
    tax: r.tax,
    review: r.review,
    note: r.versionNote ?? '',
  };
  const html = el(
    'div',
    { class: `pf-card pf-${r.recommendation}` },
    el(
      'p',
      { class: 'pf-label' },
      el('span', { class: 'pf-label-kicker' }, 'Recommendation'),
      el('strong', { 'data-slot': 'headline' }, slots.headline),
    ),
    el('p', { 'data-slot': 'summary' }, slots.summary),
    r.split ? el('p', { class: 'pf-split' }, el('strong', { 'data-slot': 'split' }, slots.split)) : null,
    el(
      'p',
      {},
      el('span', { 'data-slot': 'deciding' }, slots.deciding),
      ' ',
      el('span', { 'data-slot': 'because' }, slots.because),
      ' ',
      link(r.becauseGuide, 'Why this rule'),
    ),
    el('p', { class: 'pf-tax', 'data-slot': 'tax' }, slots.tax),
    el('p', { class: 'pf-review', 'data-slot': 'review' }, slots.review),
    r.versionNote ? el('p', { class: 'pf-note', 'data-slot': 'note' }, slots.note) : null,
  );
  const shape = [r.recommendation, r.becauseGuide, r.split !== null, r.versionNote !== null].join(' ');
  return { key: 'card', html, shape, slots };
}

function section(title: string, ...body: Child[]): Html {
  return el('div', { class: 'pf-section' }, el('h3', {}, title), ...body);
}

/**
 * The keys resultSections() gives this result, in order (with the respondents' section the page
 * adds), worked out from the result alone: a keystroke needs them before anything is described.
 */
export function sectionKeys(r: Result, withRespondents: boolean): string[] {
  return [
    'card',
    ...(withRespondents ? ['respondents'] : []),
    ...(r.trapWarnings.triggered ? ['trap'] : []),
    'steps',
    'business',
    'rules',
    'levers',
    'score',
    ...(r.metrics.some((m) => m.value !== null) ? ['metrics'] : []),
  ];
}

export function resultSections(r: ResultReport): Section[] {
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
    {
      key: 'business',
      html: section(
        'Business case',
        stackingTable(
          'What the tax costs and what a platform team must win back',
          ['What', 'Figure', 'How'],
          r.business.map((row) => [row.label, el('strong', {}, row.figure), row.detail]),
        ),
      ),
    },
    {
      key: 'rules',
      html: section(
        'Every rule, in order',
        stackingTable(
          'The first rule that fires decides; unanswered signals are skipped.',
          ['Outcome', '#', 'Rule', 'Fires when', 'Answer'],
          r.rules.map((f) => [
            f.decisive ? el('strong', {}, f.outcome) : f.outcome,
            String(f.order),
            link(f.guide, f.title),
            f.condition,
            f.answer,
          ]),
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

export function resultHtml(r: ResultReport): Html {
  return join(resultSections(r).map((s) => s.html));
}

/** What the region says while no recommendation can be made. */
export function waitingHtml(missing: string[], invalid: string[]): Html {
  if (invalid.length > 0) return el('p', {}, `No recommendation while an answer is invalid. Check: ${invalid.join(', ')}.`);
  return el('p', {}, `Answer ${missing.join(', ')} to see a recommendation.`);
}
