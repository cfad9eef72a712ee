// Guides live in content/guides (not Starlight's default src/content/docs) so that the
// writing and the framework data sit together under content/. The framework, the source registry,
// DORA's benchmarks and the assessment records come in through loaders of their own (src/integrations/data-loaders.ts),
// which validate them as `assess check` does; the schemas below only give the entries their types.
import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import type { Framework } from '#src/engine/framework/schema.ts';
import type { AssessmentRecord } from '#src/engine/records/record.ts';
import type { OrganisationFile } from '#src/engine/records/organisation-schema.ts';
import type { Source } from '#src/data/sources-schema.ts';
import { guidesLoader } from '#src/integrations/guides-loader.ts';
import type { DoraBenchmarks } from '#src/engine/dora/benchmarks.ts';
import { doraLoader, frameworkLoader, recordsLoader, sourcesLoader } from '#src/integrations/data-loaders.ts';

// Already validated by the loaders with the engine's own schemas: these name the types only.
const validated = <T>() => z.custom<T>(() => true);

export const collections = {
  docs: defineCollection({ loader: guidesLoader('./content/guides'), schema: docsSchema() }),
  framework: defineCollection({ loader: frameworkLoader(), schema: validated<Framework>() }),
  sources: defineCollection({ loader: sourcesLoader(), schema: validated<Source>() }),
  dora: defineCollection({ loader: doraLoader(), schema: validated<DoraBenchmarks>() }),
  // A record file, or an organisation's own file (organisation.yaml).
  records: defineCollection({
    loader: recordsLoader(),
    schema: validated<{ file: string; record: AssessmentRecord } | { file: string; organisation: OrganisationFile }>(),
  }),
};
