/**
 * Runs over the finished build: fails it when a page or the framework links nowhere, corrects
 * generated markup (html-fixes.ts), then adds the Content-Security-Policy (csp-fs.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '#src/engine/problems.ts';
import { loadFramework } from '#src/node/framework.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { applyCsp, writeHeaders } from './csp.ts';
import { fixMarkup } from './html-fixes.ts';
import { checkLinks, frameworkLinks, htmlFiles, indexSite } from './site-check.ts';

export default function postBuild(): AstroIntegration {
  return {
    name: 'platform-fit:post-build',
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
        const pages = htmlFiles(dist);
        for (const file of pages) writeFileSync(file, fixMarkup(readFileSync(file, 'utf8')));
        const hashes = applyCsp(pages);
        writeHeaders(dist, hashes);
        logger.info(`Content-Security-Policy on every page (${hashes.length} inline script hashes); _headers written`);
      },
    },
  };
}
