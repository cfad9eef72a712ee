/**
 * The records as pages see them: the `records` collection (every file under assessments/ or
 * $PLATFORM_FIT_ASSESSMENTS, validated one by one and as a set by its loader, as `assess check`
 * does), grouped into timelines once per build. In dev they are worked out on every request, so an
 * edited record shows on reload.
 */
import { getCollection } from 'astro:content';
import { buildTimelines, type UnitHistory } from '#src/engine/history/history.ts';
import { buildDay } from '#src/integrations/data-paths.ts';
import { assertLoaded } from '#src/integrations/loaded.ts';
import { getFramework } from './framework.ts';
import type { OrganisationFile } from '#src/engine/records/organisation-schema.ts';
import { organisations, type Organisation } from '#src/engine/history/organisation.ts';
import type { Recommendation } from '#src/engine/framework/schema.ts';
import { nameKey } from '#src/engine/records/slug.ts';

/** "Overdue" is judged on the day the site is built; PLATFORM_FIT_TODAY pins it for tests. */
export const builtOn = buildDay();

interface Loaded {
  timelines: UnitHistory[];
  files: OrganisationFile[];
}

let cached: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  assertLoaded('records');
  const entries = (await getCollection('records')).map((e) => e.data);
  const records = entries.flatMap((d) => ('record' in d ? [d] : []));
  const files = entries.flatMap((d) => ('organisation' in d ? [d.organisation] : []));
  return { timelines: buildTimelines(records, await getFramework(), builtOn, files), files };
}

function loaded(): Promise<Loaded> {
  if (!cached || import.meta.env.DEV) cached = load();
  return cached;
}

export async function getTimelines(): Promise<UnitHistory[]> {
  return (await loaded()).timelines;
}

let organisationsCache: Promise<Organisation[]> | undefined;

/** Every organisation as a whole (history/organisation.ts), once per build. */
export function getOrganisations(): Promise<Organisation[]> {
  if (!organisationsCache || import.meta.env.DEV)
    organisationsCache = (async () => {
      const { timelines, files } = await loaded();
      const framework = await getFramework();
      return organisations(timelines, files, framework, Object.keys(framework.recommendations) as Recommendation[]);
    })();
  return organisationsCache;
}

/** The organisation a unit belongs to, for its page's link. */
export async function organisationOf(t: Pick<UnitHistory, 'organization'>): Promise<Organisation | undefined> {
  return (await getOrganisations()).find((o) => nameKey(o.name) === nameKey(t.organization));
}
