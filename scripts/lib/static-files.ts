/** A built site read from disk as a static host serves it: `/x/` is `x/index.html`. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The file and content type for a URL on the built site in `dist`, or null when there is none. */
export function staticFile(dist: string, url: string): { body: Buffer; contentType: string } | null {
  let file = join(dist, decodeURIComponent(new URL(url, 'http://site').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return null;
  return { body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' };
}
