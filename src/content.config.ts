// Guides live in content/guides (not Starlight's default src/content/docs) so that the
// writing and the framework data sit together under content/.
import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { guidesLoader } from '#src/integrations/guides-loader.ts';

export const collections = {
  docs: defineCollection({ loader: guidesLoader('./content/guides'), schema: docsSchema() }),
};
