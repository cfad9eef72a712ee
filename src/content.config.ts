// Guides live in content/guides (not Starlight's default src/content/docs) so that the
// writing and the framework data sit together under content/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/guides', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
};
