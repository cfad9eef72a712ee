/**
 * The source registry as the build sees it, validated once: a bad content/sources.yaml fails the
 * build with file:line messages. `sourceById` throws on an unknown id, so a guide that cites a
 * source the registry does not hold fails the build too.
 */
import { resolve } from 'node:path';
import { problemsError } from '#src/engine/validation/problems.ts';
import { sourcesSchema, type Source } from '#src/data/sources-schema.ts';
import { loadYamlFile } from '#src/node/framework.ts';

const file = 'content/sources.yaml';
// From the project root, where Astro runs: this module is bundled into dist/ before it runs.
const parsed = loadYamlFile(resolve(file), sourcesSchema, 'the source registry');
if (!parsed.ok) throw problemsError('Invalid source registry', parsed.problems);

export const sources: readonly Source[] = parsed.value.sources;

export function sourceById(id: string): Source {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown source "${id}": add it to ${file} or fix the citation`);
  return found;
}
