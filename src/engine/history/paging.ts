/**
 * Bounded history pages: a unit's page shows its latest assessments, and older ones follow on
 * numbered pages of the same size, so no page grows with the number of records. A record's old
 * address (/history/<unit>/<date>/) leads to its section on whichever page holds it.
 */
import { formerTimelineSlug } from '../records/slug.ts';
import type { Entry, UnitHistory } from './history.ts';

/** Assessments per page: a unit's page and each page of older assessments. */
const ENTRIES_PER_PAGE = 10;

export interface UnitPage {
  /** 1 for the unit's own page (the latest assessments), 2 and up for older ones. */
  number: number;
  /** In date order. */
  entries: Entry[];
  /** How many pages the unit has. */
  of: number;
}

export function pageUrl(timeline: Pick<UnitHistory, 'slug'>, page: number): string {
  return page === 1 ? `/history/${timeline.slug}/` : `/history/${timeline.slug}/page/${page}/`;
}

export function unitPages(timeline: UnitHistory, size = ENTRIES_PER_PAGE): UnitPage[] {
  const total = timeline.entries.length;
  const of = Math.max(1, Math.ceil(total / size));
  return Array.from({ length: of }, (_, i) => ({
    number: i + 1,
    entries: timeline.entries.slice(Math.max(0, total - (i + 1) * size), total - i * size),
    of,
  }));
}

/** Where a record is shown: its page and the section's id. */
export function recordUrl(timeline: UnitHistory, entry: Entry, size = ENTRIES_PER_PAGE): string {
  const index = timeline.entries.indexOf(entry);
  const fromLatest = timeline.entries.length - 1 - index;
  return `${pageUrl(timeline, Math.floor(fromLatest / size) + 1)}#${entry.slug}`;
}

/**
 * Units whose address changed when slugs became stable ("Møller" was /history/m-ller/), each with
 * the old page name, so an old bookmark is sent on. An old name two units shared ("unnamed") or
 * one a unit has now leads nowhere: it could not say which unit was meant.
 */
export function movedTimelines<T extends Pick<UnitHistory, 'slug' | 'organization' | 'unit'>>(
  timelines: readonly T[],
): { from: string; timeline: T }[] {
  const current = new Set(timelines.map((t) => t.slug));
  const claims = new Map<string, T[]>();
  for (const t of timelines) {
    const from = formerTimelineSlug(t.organization, t.unit);
    if (from && !current.has(from)) claims.set(from, [...(claims.get(from) ?? []), t]);
  }
  return [...claims].filter(([, ts]) => ts.length === 1).map(([from, ts]) => ({ from, timeline: ts[0]! }));
}

/** A page that only sends a visitor on: where it is, where it leads, and whose it is. */
export interface OldAddress {
  /** The old address, a site path ending in a slash. */
  from: string;
  to: string;
  /** "Acme / Payments, 2026-07-11": the page's title. */
  name: string;
}

/**
 * Every record's old address (/history/<unit>/<date>/, under the unit's present address and under
 * a former one it still answers to), leading to the record's section on the page that holds it.
 */
export function oldRecordAddresses(timelines: readonly UnitHistory[]): OldAddress[] {
  const addresses = [
    ...timelines.map((timeline) => ({ slug: timeline.slug, timeline })),
    ...movedTimelines(timelines).map(({ from, timeline }) => ({ slug: from, timeline })),
  ];
  return addresses.flatMap(({ slug, timeline }) =>
    timeline.entries.map((entry) => ({
      from: `/history/${slug}/${entry.slug}/`,
      to: recordUrl(timeline, entry),
      name: `${timeline.organization}${timeline.unit ? ` / ${timeline.unit}` : ''}, ${entry.record.assessedOn}`,
    })),
  );
}
