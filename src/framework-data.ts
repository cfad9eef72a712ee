/**
 * The framework as the build sees it: imported as text through Vite (so the dev server reloads
 * on edit and the bundle needs no file path), validated once. A broken content/framework.yaml
 * throws here with file:line messages, so the build fails instead of rendering half a framework.
 */
import text from '../content/framework.yaml?raw';
import { frameworkSchema } from './engine/framework-schema.ts';
import { parseYaml } from './engine/parse-yaml.ts';
import { problemsError } from './engine/problems.ts';

const parsed = parseYaml(text, 'content/framework.yaml', frameworkSchema);
if (!parsed.ok) throw problemsError('Invalid framework', parsed.problems);

export const framework = parsed.value;
