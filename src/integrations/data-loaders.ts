/**
 * Content-layer loaders for the site's data: the framework, the source registry and the assessment
 * records. Each reads its files with the same node loaders `assess check` uses (src/node/), so a
 * problem fails the build with the same `file:line: field: message` lines, set-level checks
 * included; nothing check refuses is published and no record silently disappears.
 *
 * In `astro dev`, each loader watches its files: an edited record, framework or registry is read
 * again and the page shows it on reload. A problem found then is logged, and the last good data
 * stays, so a half-typed record does not stop the dev server.
 */
import { join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { localIsoDate } from '#src/engine/calendar/dates.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { formatProblem, problemsError } from '#src/engine/validation/problems.ts';
import type { Source } from '#src/data/sources-schema.ts';
import { sourcesSchema } from '#src/data/sources-schema.ts';
import { loadFramework, loadYamlFile } from '#src/node/framework.ts';
import { loadRecords, type LoadedRecord } from '#src/node/records.ts';

/** Paths from the project root, where Astro runs; the environment picks other data (tests, bench). */
export const dataPaths = () => ({
  framework: resolve(process.env.PLATFORM_FIT_FRAMEWORK ?? join('content', 'framework.yaml')),
  sources: resolve('content', 'sources.yaml'),
  records: resolve(process.env.PLATFORM_FIT_ASSESSMENTS ?? 'assessments'),
});

/** "Overdue" and a record's latest allowed date are judged on the build day; PLATFORM_FIT_TODAY pins it. */
export const buildDay = () => process.env.PLATFORM_FIT_TODAY ?? localIsoDate(new Date());

function validFramework(): Framework {
  const parsed = loadFramework(dataPaths().framework);
  if (!parsed.ok) throw problemsError('Invalid framework', parsed.problems);
  return parsed.value;
}

/**
 * Runs `sync` now (a throw fails the build), then again whenever a watched path changes in dev,
 * logging rather than throwing there.
 */
function loadAndWatch(context: LoaderContext, watched: readonly string[], sync: () => void): Promise<void> {
  sync();
  const { watcher, logger } = context;
  if (!watcher) return Promise.resolve();
  watcher.add([...watched]);
  const inside = (path: string) => watched.some((w) => path === w || path.startsWith(`${w}/`));
  watcher.on('all', (_event, path) => {
    if (!inside(resolve(path))) return;
    try {
      sync();
      logger.info(`reloaded after a change to ${path}`);
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
    }
  });
  return Promise.resolve();
}

export function frameworkLoader(): Loader {
  return {
    name: 'platform-fit-framework',
    load: (context) =>
      loadAndWatch(context, [dataPaths().framework], () => {
        const framework = validFramework();
        context.store.clear();
        context.store.set({ id: 'framework', data: framework });
      }),
  };
}

export function sourcesLoader(): Loader {
  return {
    name: 'platform-fit-sources',
    load: (context) =>
      loadAndWatch(context, [dataPaths().sources], () => {
        const parsed = loadYamlFile(dataPaths().sources, sourcesSchema, 'the source registry');
        if (!parsed.ok) throw problemsError('Invalid source registry', parsed.problems);
        context.store.clear();
        for (const source of parsed.value.sources satisfies Source[]) context.store.set({ id: source.id, data: { ...source } });
      }),
  };
}

/** One entry per record file, keyed by its path: the record as validated, ready for the timelines. */
export function recordsLoader(): Loader {
  const { framework, records } = dataPaths();
  return {
    name: 'platform-fit-records',
    load: (context) =>
      // The framework is watched too: a changed rule can make a record valid or invalid.
      loadAndWatch(context, [records, framework], () => {
        const loaded = loadRecords(records, validFramework(), buildDay());
        if (loaded.problems.length > 0) throw problemsError(`Invalid assessment records in ${records}`, loaded.problems);
        for (const w of loaded.warnings) context.logger.warn(formatProblem(w));
        context.store.clear();
        for (const item of loaded.records satisfies LoadedRecord[])
          context.store.set({ id: item.file, data: { file: item.file, record: item.record } });
      }),
  };
}
