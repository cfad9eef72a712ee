/**
 * The source registry as guide components see it: the `sources` collection, validated by its
 * loader (src/integrations/data-loaders.ts). `sourceById` throws on an unknown id, so a guide that
 * cites a source the registry does not hold fails the build.
 */
import { getEntry } from 'astro:content';
import type { Source } from '#src/data/sources-schema.ts';
import { assertLoaded } from '#src/integrations/loaded.ts';

export async function sourceById(id: string): Promise<Source> {
  assertLoaded('sources');
  const found = await getEntry('sources', id);
  if (!found) throw new Error(`Unknown source "${id}": add it to content/sources.yaml or fix the citation`);
  return found.data;
}
