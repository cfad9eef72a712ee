/**
 * The source registry (content/sources.yaml): every publication a guide cites, with what kind of
 * evidence it is, so a reader can weigh a claim by where it comes from.
 */
import { z } from 'zod';
import { strictObject, text } from '#src/engine/validation/schema-helpers.ts';

const SOURCE_KINDS = ['research', 'survey', 'book', 'standard', 'vendor', 'practitioner-post', 'documentation'] as const;

const source = strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a lower-case id like dora-2024' }),
  title: text(200),
  /** The author or publisher as a reader would look it up. */
  by: text(120),
  year: z.number().int().min(1990).max(2100, { error: 'must be a year from 1990 to 2100' }),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
  kind: z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` }),
  /** What the guides take from it and how far to trust it, in a sentence. */
  note: text(300).optional(),
});

export const sourcesSchema = strictObject({
  sources: z.array(source).min(1),
}).superRefine((registry, ctx) => {
  const seen = new Set<string>();
  registry.sources.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate id ${s.id}` });
    seen.add(s.id);
  });
});

export type Source = z.infer<typeof sourcesSchema>['sources'][number];
