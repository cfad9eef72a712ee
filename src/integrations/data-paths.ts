/** Where the site's data is read from, and the day it is judged on: shared by the loaders and the pages. */
import { join, resolve } from 'node:path';
import { pinnedToday } from '#src/engine/calendar/date-range.ts';

/** Paths from the project root, where Astro runs; the environment picks other data (tests, bench). */
export const dataPaths = () => ({
  framework: resolve(process.env.PLATFORM_FIT_FRAMEWORK ?? join('content', 'framework.yaml')),
  sources: resolve('content', 'sources.yaml'),
  records: resolve(process.env.PLATFORM_FIT_ASSESSMENTS ?? 'assessments'),
  dora: resolve(process.env.PLATFORM_FIT_DORA ?? join('content', 'dora')),
});

/**
 * "Overdue" and a record's latest allowed date are judged on the build day; PLATFORM_FIT_TODAY pins
 * it, and a value that is not a date stops the build rather than lifting the date bound.
 */
export function buildDay(): string {
  const pinned = pinnedToday(process.env.PLATFORM_FIT_TODAY, new Date());
  if (!pinned.ok) throw new Error(pinned.message);
  return pinned.date;
}
