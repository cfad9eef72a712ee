/**
 * The framework as the build sees it: read by the one node loader (src/node/framework.ts) and
 * validated once. A broken content/framework.yaml throws here with file:line messages, so the build
 * fails instead of rendering half a framework. The path is taken from the project root (where Astro
 * runs), because this module is bundled into dist/ before it runs.
 */
import { resolve } from 'node:path';
import { problemsError } from '#src/engine/problems.ts';
import { loadFramework } from '#src/node/framework.ts';

const parsed = loadFramework(resolve('content', 'framework.yaml'));
if (!parsed.ok) throw problemsError('Invalid framework', parsed.problems);

export const framework = parsed.value;
