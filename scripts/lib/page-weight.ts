/**
 * What a built page references: its HTML, the CSS and JS its markup loads (following static
 * imports), raw and gzipped, and the request count. Reads dist/ only. For the guide pages against
 * stock Starlight; what a visit really downloads (dynamic imports included) is visit-weight.ts's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  path: string;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  html: Asset;
  css: Asset[];
  js: Asset[];
  requests: number;
}

function asset(dist: string, path: string): Asset {
  const bytes = readFileSync(join(dist, path));
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function htmlFile(page: string): string {
  return page.endsWith('/') ? `${page}index.html` : page;
}

/** Module scripts and everything they import, statically or dynamically at load. */
function jsClosure(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path) || !existsSync(join(dist, path))) continue;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1]!;
      queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec));
    }
  }
  return [...seen].sort();
}

export function pageWeight(dist: string, page: string): PageWeight {
  const file = htmlFile(page);
  const html = readFileSync(join(dist, file), 'utf8');
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!).filter((p) => p.startsWith('/'));
  const css = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).concat(attr(/<link[^>]+href="([^"]+\.css)"[^>]+rel="stylesheet"/g));
  const scripts = attr(/<script[^>]+src="([^"]+)"/g);
  const js = jsClosure(dist, [...new Set(scripts)]);
  return {
    page,
    html: asset(dist, file),
    css: [...new Set(css)].map((p) => asset(dist, p)),
    js: js.map((p) => asset(dist, p)),
    requests: 1 + new Set(css).size + js.length,
  };
}

export const sum = (assets: Asset[], key: 'raw' | 'gzip') => assets.reduce((n, a) => n + a[key], 0);
