/**
 * A Result as HTML, every text escaped. The assessment page (in the browser) and the history
 * record pages (at build time) both show this, so a result reads the same everywhere.
 */
import { conditionText, formatValue, OUTCOME_TEXT } from '#src/engine/describe.ts';
import type { Result } from '#src/engine/evaluate.ts';
import { OPERATOR_SYMBOL } from '#src/engine/rules.ts';
import { h as el, join, type Child, type Html } from './html.ts';

const link = (href: string, text: string) => el('a', { href }, text);

/** A table in a focusable region that scrolls sideways when the screen is narrower than it. */
export function scrollingTable(caption: string, head: Child[], rows: Child[][]): Html {
  return el(
    'section',
    { class: 'pf-table-scroll', tabindex: 0, 'aria-label': `${caption} (scrolls sideways)` },
    el(
      'table',
      {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...head.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c))))),
    ),
  );
}

const table = scrollingTable;

function headline(r: Result): Html {
  const decisive = r.reasons.find((f) => f.decisive);
  return el(
    'div',
    { class: `pf-headline pf-${r.recommendation}` },
    el('p', { class: 'pf-label' }, 'Recommendation: ', el('strong', {}, r.label)),
    el('p', {}, r.summary),
    el(
      'p',
      {},
      decisive
        ? `Decided by rule ${decisive.order}, “${decisive.title}”: ${conditionText(decisive.input, decisive.op, decisive.threshold)}, and you answered ${formatValue(decisive.input, decisive.value)}. `
        : 'No rule fired. ',
      r.decidedBy.because,
      ' ',
      link(r.decidedBy.guide, 'Why this rule'),
    ),
    r.framework.sameVersion
      ? null
      : el('p', { class: 'pf-note' }, `Made under framework ${r.framework.recordVersion}; evaluated with ${r.framework.version}.`),
  );
}

function steps(r: Result): Html {
  return el('div', {}, el('h3', {}, 'Next steps'), el('ol', {}, ...r.steps.map((s) => el('li', {}, link(s.guide, s.text)))));
}

function rules(r: Result): Html {
  return el(
    'div',
    {},
    el('h3', {}, 'Every rule, in order'),
    table(
      'The first rule that fires decides; unanswered signals are skipped.',
      ['#', 'Rule', 'Fires when', 'Your answer', 'Outcome'],
      r.reasons.map((f) => [
        String(f.order),
        link(f.guide, f.title),
        conditionText(f.input, f.op, f.threshold),
        formatValue(f.input, f.value),
        f.decisive ? el('strong', {}, 'fired, decided') : f.outcome === 'fired' ? 'would also fire' : OUTCOME_TEXT[f.outcome],
      ]),
    ),
  );
}

function score(r: Result): Html {
  // <meter> needs no inline style, which a strict Content-Security-Policy would block.
  const bar = (points: number, weight: number) =>
    el('meter', { class: 'pf-bar', min: 0, max: weight, value: points, 'aria-hidden': 'true' });
  return el(
    'div',
    {},
    el('h3', {}, `Platform pressure: ${r.score.value} of 100`),
    el('p', {}, 'Explains, does not decide: each factor adds points between its low and high mark.'),
    table(
      'Score by factor',
      ['Factor', 'Your answer', 'Points', 'Full at'],
      r.score.factors.map((f) => [
        f.label,
        formatValue(f.input, f.value),
        el('span', {}, bar(f.contribution, f.weight), ` ${f.contribution} of ${f.weight}`),
        formatValue(f.input, f.high),
      ]),
    ),
  );
}

function changes(r: Result): Html {
  return el(
    'div',
    {},
    el('h3', {}, 'What would change this'),
    el(
      'ul',
      {},
      ...r.whatWouldChange.map((c) =>
        el(
          'li',
          {},
          `${c.label} (now ${formatValue(c.input, c.current)}): `,
          c.to === null
            ? 'no value in range changes the recommendation.'
            : `at ${formatValue(c.input, c.to)} it becomes ${c.recommendation}.`,
        ),
      ),
    ),
  );
}

function metrics(r: Result): Html | null {
  const given = r.metrics.filter((m) => m.value !== null);
  if (given.length === 0) return null;
  return el(
    'div',
    {},
    el('h3', {}, 'Metrics against targets'),
    table(
      'Targets from the metrics guide',
      ['Metric', 'Yours', 'Target', 'Status'],
      given.map((m) => [
        link(m.guide, m.label),
        formatValue(m.input, m.value),
        `${OPERATOR_SYMBOL[m.op]} ${formatValue(m.input, m.target)}`,
        m.met ? 'met' : el('strong', {}, 'not met'),
      ]),
    ),
  );
}

function trap(r: Result): Html | null {
  const t = r.trapWarnings;
  if (!t.triggered) return null;
  return el(
    'div',
    { class: 'pf-warning' },
    el('h3', {}, `Platform-trap warning: ${t.signs.length} signs`),
    el('ul', {}, ...t.signs.map((s) => el('li', {}, s.text))),
    link(t.guide, 'How to get out of the trap'),
  );
}

export function resultHtml(r: Result): Html {
  const tax = r.operationalTax;
  return join([
    headline(r),
    steps(r),
    el(
      'p',
      { class: 'pf-tax' },
      'Operational tax: ',
      el('strong', {}, `${tax.fullTimeEngineers} full-time engineers`),
      ` (${tax.teamSize} × ${tax.infraTimeShare}%).`,
    ),
    rules(r),
    score(r),
    changes(r),
    metrics(r),
    trap(r),
    el('p', { class: 'pf-review' }, `Assessed ${r.assessedOn}. Next review due `, el('strong', {}, r.nextReviewOn), '.'),
  ]);
}

/** What the region says while no recommendation can be made. */
export function waitingHtml(missing: string[], invalid: string[]): Html {
  if (invalid.length > 0) return el('p', {}, `No recommendation while an answer is invalid. Check: ${invalid.join(', ')}.`);
  return el('p', {}, `Answer ${missing.join(', ')} to see a recommendation.`);
}
