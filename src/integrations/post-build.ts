/**
 * Runs over the finished build: fails it when a page or the framework links nowhere, corrects
 * generated markup (html-fixes.ts), then adds the Content-Security-Policy (csp.ts), failing the
 * build on any inline script the site does not ship. A refused build removes its output, so
 * nothing half-checked is left to publish.
 *
 * Page by page, so memory stays flat however many pages a portfolio has: first the pages built
 * from the repository's code and guides (their inline scripts are the allowlist), then the record
 * pages, each parsed once and written only when it changed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { displayPath, loadFrameworkWithGuides } from '#src/node/framework.ts';
import { GUIDES_DIR, guideIndex } from '#src/node/guides.ts';
import { inlineScripts, isRecordPage, withCsp, writeHeaders } from './csp.ts';
import { fixMarkup } from './html-fixes.ts';
import { checkLinks, frameworkLinks, htmlFiles, indexSite, urlOf } from './site-check.ts';

type Logger = { info(message: string): void };

/** Every internal link and anchor, the framework's guide links included; the index is let go on return. */
function checkSiteLinks(dist: string, logger: Logger): void {
  // The framework the build rendered (PLATFORM_FIT_FRAMEWORK builds with another, as src/data/framework.ts does),
  // its guide links followed into the guides first, so one that leads nowhere is named with its line.
  const guides = resolve(process.env.PLATFORM_FIT_GUIDES ?? GUIDES_DIR);
  const file = resolve(process.env.PLATFORM_FIT_FRAMEWORK ?? join('content', 'framework.yaml'));
  const framework = loadFrameworkWithGuides(file, guideIndex(guides), displayPath(guides));
  if (!framework.ok) throw new Error(framework.problems.map(formatProblem).join('\n'));
  const index = indexSite(dist);
  const problems = checkLinks(dist, index, frameworkLinks(framework.value));
  if (problems.length > 0) {
    throw new Error(`Broken internal links (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  logger.info(`${index.pages.size} pages, ${index.links.length} links: every internal link and anchor resolves`);
}

function checkAndSecure(dist: string, logger: Logger): void {
  checkSiteLinks(dist, logger);
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
          (s) => `${url}: an inline script the site does not ship (${JSON.stringify(s.preview)}); records are data and cannot carry script`,
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
  if (unknown.length > 0) throw new Error(`Refusing to publish script the site does not ship:\n${unknown.map((u) => `  ${u}`).join('\n')}`);
  writeHeaders(dist, [...allowed].sort());
  logger.info(`Content-Security-Policy on every page (${allowed.size} inline scripts the site ships); _headers written`);
}

export default function postBuild(): AstroIntegration {
  return {
    name: 'platform-fit:post-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // A refused build leaves nothing to publish: no half-checked dist/ without its policy.
        try {
          checkAndSecure(dist, logger);
        } catch (error) {
          rmSync(dist, { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
