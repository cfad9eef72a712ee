/**
 * The summary card and the shape of the result region: what the assessment page draws on every
 * keystroke. The detail sections (result-html.ts) are loaded when first needed. Every text is
 * escaped by h().
 */
import type { CardReport } from '#src/engine/text/describe-card.ts';
import type { Result } from '#src/engine/decision/evaluate.ts';
import { h as el, type Html } from './html.ts';

const link = (href: string, text: string) => el('a', { href }, text);

export interface Section {
  key: string;
  html: Html;
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
    payback: r.payback,
    caution: r.caution ?? '',
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
    r.caution ? el('p', { class: 'pf-caution', 'data-slot': 'caution' }, slots.caution) : null,
    el('p', { class: 'pf-tax', 'data-slot': 'tax' }, slots.tax),
    el('p', { class: 'pf-tax', 'data-slot': 'payback' }, slots.payback),
    el('p', { class: 'pf-review', 'data-slot': 'review' }, slots.review),
    r.versionNote ? el('p', { class: 'pf-note', 'data-slot': 'note' }, slots.note) : null,
  );
  const shape = [r.recommendation, r.becauseGuide, r.split !== null, r.versionNote !== null, r.caution !== null].join(' ');
  return { key: 'card', html, shape, slots };
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

/** What the region says while no recommendation can be made. */
export function waitingHtml(missing: string[], invalid: string[]): Html {
  if (invalid.length > 0) return el('p', {}, `No recommendation while an answer is invalid. Check: ${invalid.join(', ')}.`);
  return el('p', {}, `Answer ${missing.join(', ')} to see a recommendation.`);
}
