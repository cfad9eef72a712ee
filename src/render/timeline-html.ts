/**
 * A unit's history as HTML, every text escaped, laid out from describeTimeline()'s sentences: the
 * timeline on /history/<unit>/ and the progress block on each record page. `assess history` lays
 * out the same sentences as text (src/cli/history.ts).
 */
import type { EntryText, TimelineText } from '#src/engine/text/describe-timeline.ts';
import type { ForecastText } from '#src/engine/text/describe-forecast.ts';
import { h, type Html } from './html.ts';

function trackingList(e: EntryText): Html | null {
  return e.tracking.length > 0 ? h('ul', { class: 'pf-tracking' }, ...e.tracking.map((line) => h('li', {}, line))) : null;
}

function respondents(e: EntryText): Html | null {
  const r = e.respondents;
  if (!r) return null;
  return h('p', { class: 'pf-spread-note' }, r.who, r.agree ? r.agreement : h('strong', {}, r.agreement), r.rest);
}

/** `href(slug)` is an entry's address (its section); `links(slug)` adds what the page offers for it. */
export function timelineHtml(text: TimelineText, href: (slug: string) => string, links?: (slug: string) => Html | null): Html {
  return h(
    'ol',
    { class: 'pf-timeline' },
    ...text.entries.map((e) =>
      h(
        'li',
        { class: e.changed ? 'pf-entry pf-changed' : 'pf-entry', id: e.slug },
        h('h3', {}, h('a', { href: href(e.slug) }, e.date), `: ${e.headline}`),
        e.changed && h('p', { class: 'pf-change-note' }, e.changed),
        e.versionNote && h('p', { class: 'pf-note' }, e.versionNote),
        h('p', {}, [e.verdict, e.facts, e.tax, e.assessedBy].filter(Boolean).join(' ')),
        respondents(e),
        e.since && h('p', { class: 'pf-deltas' }, e.since),
        e.formed && h('p', { class: 'pf-formed-note' }, e.formed),
        e.shared && h('p', { class: 'pf-note' }, e.shared),
        trackingList(e),
        e.notes && h('p', { class: 'pf-notes' }, e.notes),
        links?.(e.slug),
      ),
    ),
  );
}

/** A record page's block: what changed since the previous assessment, and what the advice tracks. */
export function progressHtml(e: EntryText, previous: { date: string; href: string } | null): Html {
  return h(
    'section',
    { class: 'pf-progress', 'aria-labelledby': 'pf-progress-title' },
    previous
      ? h('h2', { id: 'pf-progress-title' }, 'What changed since ', h('a', { href: previous.href }, previous.date))
      : h('h2', { id: 'pf-progress-title' }, 'What the advice tracks'),
    e.changed && h('p', { class: 'pf-change-note' }, e.changed),
    e.since && h('p', { class: 'pf-deltas' }, e.since),
    e.formed && h('p', { class: 'pf-formed-note' }, e.formed),
    e.shared && h('p', { class: 'pf-note' }, e.shared),
    trackingList(e) ?? h('p', {}, 'This record answers none of what the advice tracks (trap signs, a platform team, metrics).'),
  );
}

/**
 * A platform team against its forecast (describeForecast()): the case as made, each later review
 * against it (the latest `limit`), and what the records cannot tell. `href(slug)` links a review.
 */
export function forecastHtml(
  text: ForecastText,
  href: (slug: string) => string | null,
  headingLevel: 'h2' | 'h3' | 'h4' = 'h2',
  limit = 10,
): Html {
  const reviews = text.reviews.slice(-limit);
  return h(
    'section',
    { class: 'pf-forecast', 'aria-labelledby': 'pf-forecast-title' },
    h(headingLevel, { id: 'pf-forecast-title' }, 'The platform team against its forecast'),
    h('p', {}, text.made),
    reviews.length < text.reviews.length && h('p', {}, `The latest ${reviews.length} of ${text.reviews.length} reviews since:`),
    h(
      'ul',
      { class: 'pf-forecast-reviews' },
      ...reviews.map((r) => {
        const link = href(r.slug);
        return h('li', { class: `pf-forecast-${r.status}` }, link ? h('a', { href: link }, r.on) : r.on, r.text.slice(r.on.length));
      }),
    ),
    h('p', { class: 'pf-note' }, text.limits),
  );
}
