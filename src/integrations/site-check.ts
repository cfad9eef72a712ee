/**
 * Checks a built site: every internal link and #anchor resolves, and so does every guide link in
 * the framework. Run at the end of `astro build` (a broken link fails the build) and by the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Framework } from '#src/engine/framework/schema.ts';

/** Every guide link the framework holds: rules, steps, metrics, trap signs. */
export function frameworkLinks(framework: Framework): string[] {
  const links = [
    ...framework.rules.map((r) => r.guide),
    framework.fallback.guide,
    ...Object.values(framework.recommendations).flatMap((r) => [...r.noTeam.steps, ...r.withTeam.steps].map((s) => s.guide)),
    ...framework.trap.steps.map((s) => s.guide),
    framework.businessCase.guide,
    ...framework.metrics.map((m) => m.guide),
    framework.trap.guide,
    ...framework.trap.signs.map((s) => s.guide),
  ];
  return [...new Set(links)];
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(path) : e.name.endsWith('.html') ? [path] : [];
  });
}

/** dist/faq/index.html -> /faq/ ; dist/404.html -> /404.html */
export function urlOf(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const ATTR = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'g');

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

export interface SiteIndex {
  pages: Map<string, Set<string>>;
  links: { from: string; href: string }[];
}

/**
 * The values of one attribute on a page, as strings of their own. A substring is a view into the
 * string it was cut from, so ids and links kept as matched would keep every page's text alive
 * (some 170 MB over a 10,000-record portfolio); one JSON round trip per page copies them out.
 */
function attributeValues(html: string, name: string): string[] {
  return JSON.parse(JSON.stringify([...html.matchAll(ATTR(name))].map((m) => decode(m[1] ?? '')))) as string[];
}

/** What the link check needs of one page: the ids its anchors can reach, and the links it holds. */
export interface PageAnchors {
  ids: string[];
  hrefs: string[];
}

export function pageAnchors(html: string): PageAnchors {
  return { ids: attributeValues(html, 'id'), hrefs: attributeValues(html, 'href') };
}

/** The index of pages read already, in the order given. */
export function siteIndex(pages: readonly (PageAnchors & { url: string })[]): SiteIndex {
  const index: SiteIndex = { pages: new Map(), links: [] };
  for (const { url, ids, hrefs } of pages) {
    index.pages.set(url, new Set(ids));
    for (const href of hrefs) index.links.push({ from: url, href });
  }
  return index;
}

export function indexSite(dist: string): SiteIndex {
  return siteIndex(htmlFiles(dist).map((file) => ({ url: urlOf(dist, file), ...pageAnchors(readFileSync(file, 'utf8')) })));
}

function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/** Problems, one line each; an empty list means every internal link resolves. */
export function checkLinks(dist: string, index: SiteIndex, extra: readonly string[] = []): string[] {
  const problems: string[] = [];
  const all = [...index.links, ...extra.map((href) => ({ from: 'content/framework.yaml', href }))];
  for (const { from, href } of all) {
    if (isExternal(href) || href === '') continue;
    const url = new URL(href, `http://site${from}`);
    const path = decodeURIComponent(url.pathname);
    const ids = index.pages.get(path);
    if (!ids) {
      const asset = join(dist, path);
      if (!(existsSync(asset) && statSync(asset).isFile())) problems.push(`${from}: link ${href}: no such page`);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && !ids.has(anchor)) problems.push(`${from}: link ${href}: no element with id "${anchor}"`);
  }
  return [...new Set(problems)];
}

export function externalLinks(index: SiteIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { from, href } of index.links) {
    if (!/^https?:/i.test(href)) continue;
    out.set(href, [...new Set([...(out.get(href) ?? []), from])]);
  }
  return out;
}
