/**
 * Which of the site's data collections were loaded by this process. Astro skips the content sync
 * (and serves the store left on disk by the last run) when its content config takes more than a few
 * seconds to load, as on a busy machine: then the pages would publish another run's records,
 * silently. Loaders mark their collection here; the accessors in src/data refuse to render without
 * the mark. The mark lives on globalThis because the loaders and the pages are bundled apart but
 * run in one process (build and dev alike).
 */
const KEY = Symbol.for('platform-fit.loaded-collections');
type Holder = { [KEY]?: Set<string> };

export function markLoaded(collection: string): void {
  const holder = globalThis as Holder;
  (holder[KEY] ??= new Set()).add(collection);
}

export function assertLoaded(collection: string): void {
  if ((globalThis as Holder)[KEY]?.has(collection)) return;
  throw new Error(
    `The "${collection}" collection was not loaded by this build (Astro skipped the content sync; see the log above), ` +
      'so the data on disk may be another run’s: refusing to render it. Run the build again.',
  );
}
