/**
 * The framework's guide links against the guides that exist: every `guide:` in framework.yaml must
 * name a guide, and its anchor a heading in it. The guides are read by a node adapter
 * (src/node/guides.ts) and handed in, so this stays pure; the problems carry the link's line.
 */
import type { z } from '../zod.ts';
import { frameworkSchema, type Framework } from './schema.ts';

/** Guide slug ("faq") to the heading anchors it has. */
export type GuideIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** Every `guide` value in the framework, with its path. */
function guideLinks(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; link: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => guideLinks(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'guide' && typeof v === 'string' ? [{ path: [...path, k], link: v }] : guideLinks(v, [...path, k]),
  );
}

function guideLinkProblem(link: string, guides: GuideIndex, where = 'content/guides'): string | null {
  const [, slug, anchor] = /^\/([a-z0-9-]+)\/(?:#(.+))?$/.exec(link) ?? [];
  if (!slug) return null; // The schema's guideLink() already says what a link must look like.
  const anchors = guides.get(slug);
  if (!anchors) return `links to ${link}, but there is no guide ${where}/${slug}.mdx`;
  if (anchor && !anchors.has(anchor)) return `links to ${link}, but ${where}/${slug}.mdx has no heading with the anchor "${anchor}"`;
  return null;
}

/** The framework schema, plus: every guide link resolves in `guides`. */
export function frameworkSchemaWithGuides(guides: GuideIndex, where?: string): z.ZodType<Framework> {
  return frameworkSchema.superRefine((fw, ctx) => {
    for (const { path, link } of guideLinks(fw)) {
      const message = guideLinkProblem(link, guides, where);
      if (message) ctx.addIssue({ code: 'custom', path, message });
    }
  });
}
