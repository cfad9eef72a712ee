/**
 * Content-layer loaders for the site's data: the framework, the source registry, DORA's benchmarks
 * and the assessment records (the collections in src/content.config.ts). Each validates with the same node loaders
 * `assess check` uses, in data-sync.ts, so a problem fails the build with the same
 * `file:line: field: message` lines, set-level checks included: nothing check refuses is published
 * and no record silently disappears. In `astro dev` each watches its files and reloads on a change.
 *
 * This module stays light on purpose: Astro gives the content config a few seconds to load before
 * it skips the sync, so the validating code is imported only when a loader runs.
 */
import type { Loader } from 'astro/loaders';

export function frameworkLoader(): Loader {
  return { name: 'platform-fit-framework', load: async (context) => (await import('./data-sync.ts')).syncFramework(context) };
}

export function sourcesLoader(): Loader {
  return { name: 'platform-fit-sources', load: async (context) => (await import('./data-sync.ts')).syncSources(context) };
}

/** One entry per edition of DORA's benchmarks (content/dora/benchmarks-<edition>.yaml), oldest first. */
export function doraLoader(): Loader {
  return { name: 'platform-fit-dora', load: async (context) => (await import('./data-sync.ts')).syncDora(context) };
}

/** One entry per record file, keyed by its path: the record as validated, ready for the timelines. */
export function recordsLoader(): Loader {
  return { name: 'platform-fit-records', load: async (context) => (await import('./data-sync.ts')).syncRecords(context) };
}
