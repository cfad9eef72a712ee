/**
 * Runs over the finished build: fails it when a page or the framework links nowhere, corrects
 * generated markup (html-fixes.ts), then adds the Content-Security-Policy (csp.ts), failing the
 * build on any inline script the site does not ship. A build starts by removing the last one's
 * output and a refused build removes its own, so nothing half-checked or stale is left to publish.
 *
 * Page by page, so memory stays flat however many pages a portfolio has: first the pages built
 * from the repository's code and guides (their inline scripts are the allowlist), then the record
 * pages, each read and parsed once (secure-page.ts) and written only when it changed; the link
 * check then runs on the ids and links gathered on the way. Records' old addresses are written
 * last, from the list Astro worked out (old-addresses.ts).
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { displayPath, loadFrameworkWithGuides } from '#src/node/framework.ts';
import { GUIDES_DIR, guideIndex } from '#src/node/guides.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { isRecordPage, writeHeaders } from './csp.ts';
import { oldAddressAnchors, takeOldAddresses, writeOldAddresses } from './old-addresses.ts';
import { securePage, type SecuredPage } from './secure-page.ts';
import { secureRecordPages } from './secure-pages.ts';
import { checkLinks, frameworkLinks, htmlFiles, siteIndex, urlOf } from './site-check.ts';

type Logger = { info(message: string): void };

/** The framework the build rendered, its guide links followed into the guides: one that leads nowhere is named with its line. */
function renderedFramework(): Framework {
  // PLATFORM_FIT_FRAMEWORK builds with another framework, as src/data/framework.ts does.
  const guides = resolve(process.env.PLATFORM_FIT_GUIDES ?? GUIDES_DIR);
  const file = resolve(process.env.PLATFORM_FIT_FRAMEWORK ?? join('content', 'framework.yaml'));
  const framework = loadFrameworkWithGuides(file, guideIndex(guides), displayPath(guides));
  if (!framework.ok) throw new Error(framework.problems.map(formatProblem).join('\n'));
  return framework.value;
}

async function checkAndSecure(dist: string, logger: Logger): Promise<void> {
  const framework = renderedFramework();
  // Records' old addresses are written last, by this step, once everything else is checked.
  const old = takeOldAddresses(dist);
  const files = htmlFiles(dist).map((file) => ({ file, url: urlOf(dist, file) }));
  // Each page is read once: the pages built from the repository's code and guides first (their
  // inline scripts are the allowlist), then the record pages.
  const allowed = new Set<string>();
  const ours = files.filter((f) => !isRecordPage(f.url));
  const records = files.filter((f) => isRecordPage(f.url));
  const secured = new Map<string, SecuredPage>();
  for (const { file, url } of ours) secured.set(file, securePage(file, url, allowed, true));
  // The record pages, most of a portfolio's bytes, in parallel once the allowlist is complete.
  for (const [file, page] of await secureRecordPages(records, allowed)) secured.set(file, page);
  // Links first: a refused build names its broken links before any script.
  const index = siteIndex([...files.map((f) => secured.get(f.file)!), ...oldAddressAnchors(old)]);
  const problems = checkLinks(dist, index, frameworkLinks(framework));
  if (problems.length > 0) {
    throw new Error(`Broken internal links (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  logger.info(`${index.pages.size} pages, ${index.links.length} links: every internal link and anchor resolves`);
  const unknown = [...ours, ...records].flatMap((f) => secured.get(f.file)!.refused);
  if (unknown.length > 0) throw new Error(`Refusing to publish script the site does not ship:\n${unknown.map((u) => `  ${u}`).join('\n')}`);
  writeOldAddresses(dist, old);
  writeHeaders(dist, [...allowed].sort());
  logger.info(`Content-Security-Policy on every page (${allowed.size} inline scripts the site ships); _headers written`);
}

export default function postBuild(): AstroIntegration {
  return {
    name: 'platform-fit:post-build',
    hooks: {
      // Before anything else a build does (records are loaded, and may be refused, before
      // astro:build:start): the last build's pages and _headers go, so a refused build leaves
      // nothing that could be published as if it were this one.
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // A refused build leaves nothing to publish: no half-checked dist/ without its policy.
        try {
          await checkAndSecure(dist, logger);
        } catch (error) {
          rmSync(dist, { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
