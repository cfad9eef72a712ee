/**
 * npm run links: checks every internal link and anchor in dist/ (as the build does) and lists the
 * external links with the pages that use them. External links are listed, never fetched: CI has
 * no network, and a third-party site being down must not fail our build.
 */
import { readFileSync } from 'node:fs';
import { checkLinks, externalLinks, indexSite } from '#src/integrations/site-check.ts';

const index = indexSite('dist');
const broken = checkLinks('dist', index);
// The site's own address (canonical and Open Graph links) is not an external link.
const home = readFileSync('dist/index.html', 'utf8');
const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(home)?.[1] ?? 'http://localhost/').origin;
const external = new Map([...externalLinks(index)].filter(([href]) => new URL(href).origin !== origin));
console.log(`${index.pages.size} pages, ${index.links.length} links.`);
console.log(
  broken.length === 0
    ? 'Internal links and anchors: all resolve.'
    : `Broken internal links (${broken.length}):\n${broken.map((b) => `  ${b}`).join('\n')}`,
);
console.log(`\nExternal links (${external.size}), not fetched:`);
for (const [href, pages] of [...external].sort()) console.log(`  ${href}\n      on ${pages.join(', ')}`);
process.exitCode = broken.length === 0 ? 0 : 1;
