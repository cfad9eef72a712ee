/**
 * What the data loaders (data-loaders.ts) do when they run: read and validate with the node loaders
 * `assess check` uses, fill the store, and in `astro dev` watch the files and do it again on a
 * change. A problem found then is logged, and the last good data stays, so a half-typed record does
 * not stop the dev server.
 */
import { resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { Framework } from '#src/engine/framework/schema.ts';
import { formatProblem, problemsError } from '#src/engine/validation/problems.ts';
import { sourcesSchema, type Source } from '#src/data/sources-schema.ts';
import { loadFramework, loadYamlFile } from '#src/node/framework.ts';
import { loadRecords, type LoadedRecord } from '#src/node/records.ts';
import { loadDoraEditions } from '#src/node/dora.ts';
import { benchmarkChoiceLists } from '#src/engine/dora/benchmarks.ts';
import { buildDay, dataPaths } from './data-paths.ts';
import { markLoaded } from './loaded.ts';

function validFramework(): Framework {
  const parsed = loadFramework(dataPaths().framework);
  if (!parsed.ok) throw problemsError('Invalid framework', parsed.problems);
  return parsed.value;
}

/** Runs `sync` now (a throw fails the build), then again whenever a watched path changes in dev. */
function loadAndWatch(context: LoaderContext, watched: readonly string[], sync: () => void): void {
  sync();
  markLoaded(context.collection);
  const { watcher, logger } = context;
  if (!watcher) return;
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
}

export function syncFramework(context: LoaderContext): void {
  loadAndWatch(context, [dataPaths().framework], () => {
    const framework = validFramework();
    context.store.clear();
    context.store.set({ id: 'framework', data: framework });
  });
}

export function syncSources(context: LoaderContext): void {
  const file = dataPaths().sources;
  loadAndWatch(context, [file], () => {
    const parsed = loadYamlFile(file, sourcesSchema, 'the source registry');
    if (!parsed.ok) throw problemsError('Invalid source registry', parsed.problems);
    context.store.clear();
    for (const source of parsed.value.sources satisfies Source[]) context.store.set({ id: source.id, data: { ...source } });
  });
}

export function syncDora(context: LoaderContext): void {
  const dir = dataPaths().dora;
  loadAndWatch(context, [dir], () => {
    const loaded = loadDoraEditions(dir);
    if (!loaded.ok) throw problemsError('Invalid DORA benchmarks', loaded.problems);
    context.store.clear();
    for (const edition of loaded.value) context.store.set({ id: edition.edition, data: edition });
  });
}

export function syncRecords(context: LoaderContext): void {
  const { framework, records } = dataPaths();
  // The framework is watched too: a changed rule can make a record valid or invalid.
  loadAndWatch(context, [records, framework], () => {
    // DORA's benchmarks (validated by their own loader) name the picks a record may make.
    const dora = loadDoraEditions(dataPaths().dora);
    const latest = dora.ok ? dora.value.at(-1) : undefined;
    const loaded = loadRecords(records, validFramework(), buildDay(), latest && benchmarkChoiceLists(latest));
    if (loaded.problems.length > 0) throw problemsError(`Invalid assessment records in ${records}`, loaded.problems);
    for (const w of loaded.warnings) context.logger.warn(formatProblem(w));
    context.store.clear();
    for (const item of loaded.records satisfies LoadedRecord[])
      context.store.set({ id: item.file, data: { file: item.file, record: item.record } });
    // The organisations' own files (shared platform teams, the example mark), validated with the records.
    for (const item of loaded.organisations)
      context.store.set({ id: item.file, data: { file: item.file, organisation: item.organisation } });
  });
}
