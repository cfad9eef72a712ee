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

/** "Overdue" is judged on the day the site is built; PLATFORM_FIT_TODAY pins it for tests. */
export const builtOn = buildDay();

let cached: Promise<UnitHistory[]> | undefined;

async function load(): Promise<UnitHistory[]> {
  assertLoaded('records');
  const entries = await getCollection('records');
  return buildTimelines(
    entries.map((e) => e.data),
    await getFramework(),
    builtOn,
  );
}

export function getTimelines(): Promise<UnitHistory[]> {
  if (!cached || import.meta.env.DEV) cached = load();
  return cached;
}
