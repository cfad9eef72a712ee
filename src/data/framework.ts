/**
 * The framework as the build sees it: read by the one node loader (src/node/framework.ts) and
 * validated once. A broken content/framework.yaml throws here with file:line messages, so the build
 * fails instead of rendering half a framework. The path is taken from the project root (where Astro
 * runs), because this module is bundled into dist/ before it runs.
 */
import { join, resolve } from 'node:path';
import { problemsError } from '#src/engine/validation/problems.ts';
import { loadFramework } from '#src/node/framework.ts';

// PLATFORM_FIT_FRAMEWORK builds with another framework file (the tests' fixtures), as for the CLI.
const parsed = loadFramework(resolve(process.env.PLATFORM_FIT_FRAMEWORK ?? join('content', 'framework.yaml')));
if (!parsed.ok) throw problemsError('Invalid framework', parsed.problems);

export const framework = parsed.value;

/**
 * A rule or metric named in a guide, found in the framework or the build stops: a guide that names
 * one the framework no longer has must not render a blank where its threshold was.
 */
export function frameworkRule(id: string, component: string) {
  const rule = framework.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`${component}: no rule "${id}" in content/framework.yaml`);
  return rule;
}

export function frameworkMetric(input: string, component: string) {
  const metric = framework.metrics.find((m) => m.input === input);
  if (!metric) throw new Error(`${component}: no metric "${input}" in content/framework.yaml`);
  return metric;
}
