/**
 * The guides as `assess check` sees them: each content/guides/*.md(x) file's slug and the heading
 * anchors Starlight gives it (github-slugger, code fences skipped).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { GuideIndex } from '#src/engine/framework/guide-links.ts';
import { ROOT } from './framework.ts';

export const GUIDES_DIR = join(ROOT, 'content', 'guides');

export function guideIndex(dir = GUIDES_DIR): GuideIndex {
  const index = new Map<string, Set<string>>();
  if (!existsSync(dir)) return index;
  for (const name of readdirSync(dir)) {
    const slug = /^([a-z0-9-]+)\.mdx?$/.exec(name)?.[1];
    if (!slug) continue;
    const slugger = new GithubSlugger();
    const text = readFileSync(join(dir, name), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    index.set(slug, new Set([...text.matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) => slugger.slug(m[1]!.trim()))));
  }
  return index;
}
