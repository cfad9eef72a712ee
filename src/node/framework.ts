/**
 * The one framework loader: content/framework.yaml (or another file, for the CLI's --framework and
 * the tests), read with the bounded reader and validated by the engine's schema.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frameworkSchema, type Framework } from '#src/engine/framework/schema.ts';
import { frameworkSchemaWithGuides, type GuideIndex } from '#src/engine/framework/guide-links.ts';
import type { z } from 'zod';
import { parseYaml, type Parsed } from '#src/engine/validation/parse-yaml.ts';
import { readText } from './read-text.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FRAMEWORK_FILE = join(ROOT, 'content', 'framework.yaml');
export const ASSESSMENTS_DIR = join(ROOT, 'assessments');
/** Where the site is published: the sitemap, canonical links and the schema URL records point at. */
export const SITE_URL = (process.env.PUBLIC_SITE_URL ?? 'https://platform-fit.example.org').replace(/\/$/, '');

/** Paths in messages are relative to where the person is standing, like a compiler's. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** A small YAML data file, read with the bounded reader and validated; problems carry file:line. */
export function loadYamlFile<T>(file: string, schema: z.ZodType<T>, what: string): Parsed<T> {
  const read = readText(file, displayPath(file), { what });
  return read.ok ? parseYaml(read.text, displayPath(file), schema) : read;
}

export function loadFramework(file = FRAMEWORK_FILE): Parsed<Framework> {
  return loadYamlFile(file, frameworkSchema, 'the framework');
}

/** The framework, with each guide link checked against the guides in `guides` (for `assess check`). */
export function loadFrameworkWithGuides(file: string, guides: GuideIndex, guidesShown: string): Parsed<Framework> {
  return loadYamlFile(file, frameworkSchemaWithGuides(guides, guidesShown), 'the framework');
}
