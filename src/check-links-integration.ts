/** An Astro integration that fails `astro build` when a built page or the framework links nowhere. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from './engine/problems.ts';
import { loadFramework } from './records-fs.ts';
import { checkLinks, frameworkLinks, indexSite } from './site-check-fs.ts';

export default function checkLinksIntegration(): AstroIntegration {
  return {
    name: 'platform-fit:check-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const framework = loadFramework();
        if (!framework.ok) throw new Error(framework.problems.map(formatProblem).join('\n'));
        const dist = fileURLToPath(dir);
        const index = indexSite(dist);
        const problems = checkLinks(dist, index, frameworkLinks(framework.value));
        if (problems.length > 0) {
          throw new Error(`Broken internal links (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
        }
        logger.info(`${index.pages.size} pages, ${index.links.length} links: every internal link and anchor resolves`);
      },
    },
  };
}
