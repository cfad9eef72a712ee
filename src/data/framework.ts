/**
 * The framework as pages and guide components see it: the `framework` collection, loaded and
 * validated by src/integrations/data-loaders.ts (a broken content/framework.yaml fails the build
 * with file:line messages there). Components await it in their frontmatter.
 */
import { getEntry } from 'astro:content';
import type { Framework } from '#src/engine/framework/schema.ts';
import { assertLoaded } from '#src/integrations/loaded.ts';

export async function getFramework(): Promise<Framework> {
  assertLoaded('framework');
  const entry = await getEntry('framework', 'framework');
  if (!entry) throw new Error('the framework collection is empty: see src/integrations/data-loaders.ts');
  return entry.data;
}

/**
 * A rule or metric named in a guide, found in the framework or the build stops: a guide that names
 * one the framework no longer has must not render a blank where its threshold was.
 */
export async function frameworkRule(id: string, component: string) {
  const rule = (await getFramework()).rules.find((r) => r.id === id);
  if (!rule) throw new Error(`${component}: no rule "${id}" in content/framework.yaml`);
  return rule;
}

export async function frameworkMetric(input: string, component: string) {
  const metric = (await getFramework()).metrics.find((m) => m.input === input);
  if (!metric) throw new Error(`${component}: no metric "${input}" in content/framework.yaml`);
  return metric;
}
