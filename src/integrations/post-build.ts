/**
 * Runs over the finished build: fails it when a page or the framework links nowhere, corrects
 * generated markup (html-fixes.ts), then adds the Content-Security-Policy (csp.ts), failing the
 * build on any inline script the site does not ship.
 *
 * Page by page, so memory stays flat however many pages a portfolio has: first the pages built
 * from the repository's code and guides (their inline scripts are the allowlist), then the record
 * pages, each parsed once and written only when it changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { loadFramework } from '#src/node/framework.ts';
import { inlineScripts, isRecordPage, withCsp, writeHeaders } from './csp.ts';
import { fixMarkup } from './html-fixes.ts';
import { checkLinks, frameworkLinks, htmlFiles, indexSite, urlOf } from './site-check.ts';

export default function postBuild(): AstroIntegration {
  return {
    name: 'platform-fit:post-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const framework = loadFramework(resolve('content', 'framework.yaml'));
        if (!framework.ok) throw new Error(framework.problems.map(formatProblem).join('\n'));
        const dist = fileURLToPath(dir);
        const index = indexSite(dist);
        const problems = checkLinks(dist, index, frameworkLinks(framework.value));
        if (problems.length > 0) {
          throw new Error(`Broken internal links (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
        }
        logger.info(`${index.pages.size} pages, ${index.links.length} links: every internal link and anchor resolves`);
        const files = htmlFiles(dist).map((file) => ({ file, url: urlOf(dist, file) }));
        const allowed = new Set<string>();
        const unknown: string[] = [];
        const ours = files.filter((f) => !isRecordPage(f.url));
        const records = files.filter((f) => isRecordPage(f.url));
        for (const group of [ours, records]) {
          for (const { file, url } of group) {
            const original = readFileSync(file, 'utf8');
            const html = fixMarkup(original);
            const scripts = inlineScripts(html);
            if (group === ours) for (const s of scripts) allowed.add(s.hash);
            const refused = scripts.filter((s) => !allowed.has(s.hash));
            unknown.push(
              ...refused.map(
                (s) =>
                  `${url}: an inline script the site does not ship (${JSON.stringify(s.preview)}); records are data and cannot carry script`,
              ),
            );
            if (refused.length > 0) continue;
            const out = withCsp(
              html,
              allowed,
              scripts.map((s) => s.hash),
            );
            if (out !== original) writeFileSync(file, out);
          }
        }
        if (unknown.length > 0)
          throw new Error(`Refusing to publish script the site does not ship:\n${unknown.map((u) => `  ${u}`).join('\n')}`);
        writeHeaders(dist, [...allowed].sort());
        logger.info(`Content-Security-Policy on every page (${allowed.size} inline scripts the site ships); _headers written`);
      },
    },
  };
}
