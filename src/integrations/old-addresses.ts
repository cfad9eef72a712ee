/**
 * Records' old addresses (/history/<unit>/<date>/, from before records became sections of their
 * unit's pages) as small pages that lead on. Astro works out where each leads, once, into
 * history/old-addresses.json (pages/history/old-addresses.json.ts); the post-build step takes that
 * file out of the output and writes the pages itself: ten thousand records would otherwise be ten
 * thousand passes through Astro's renderer, the largest part of a portfolio's build. The pages
 * carry their policy already and no script, so they are not read back; their links join the check.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OldAddress } from '#src/engine/history/paging.ts';
import { movedPage } from '#src/render/moved-page.ts';
import { policy } from './csp.ts';
import type { PageAnchors } from './site-check.ts';

const FILE = join('history', 'old-addresses.json');
/** What an old record address looks like: a unit's page name and the record's date (a second on one day gets -2). */
const SHAPE = /^\/history\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}(?:-\d+)?\/$/;

/** The old addresses Astro wrote into `dist`, with the file removed; none when the site has no history. */
export function takeOldAddresses(dist: string): OldAddress[] {
  const file = join(dist, FILE);
  if (!existsSync(file)) return [];
  const addresses = JSON.parse(readFileSync(file, 'utf8')) as OldAddress[];
  rmSync(file);
  const odd = addresses.find((a) => !SHAPE.test(a.from) || !a.to.startsWith('/history/'));
  if (odd) throw new Error(`An old record address the build would not write: ${JSON.stringify(odd.from)} -> ${JSON.stringify(odd.to)}`);
  return addresses;
}

/** What the link check needs of the pages: each has no ids and one link, to where it leads. */
export function oldAddressAnchors(addresses: readonly OldAddress[]): (PageAnchors & { url: string })[] {
  return addresses.map((a) => ({ url: a.from, ids: [], hrefs: [a.to] }));
}

/** Writes the pages; an address a page already has is a build error, never overwritten. */
export function writeOldAddresses(dist: string, addresses: readonly OldAddress[]): void {
  const csp = policy([]);
  for (const { from, to, name } of addresses) {
    const dir = join(dist, from);
    if (existsSync(join(dir, 'index.html'))) throw new Error(`${from}: a page is there already; a record's old address would replace it`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), movedPage({ name, to, text: "This assessment is on its unit's page", policy: csp }));
  }
}
