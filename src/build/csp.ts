/**
 * A strict Content-Security-Policy for the built site. Starlight writes small inline scripts (theme,
 * sidebar state, search shortcut) that Astro's own CSP support does not hash, so after the build we
 * hash every inline script body on each page and put a per-page policy in a <meta> tag, and write a
 * `_headers` file (Netlify, Cloudflare Pages) with the site-wide headers a meta tag cannot carry.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Script types the browser executes; JSON data blocks are inert and need no hash. */
const EXECUTABLE = /^(|text\/javascript|module|application\/javascript)$/i;
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/.test(attrs)) continue;
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(m[2] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...hashes].sort();
}

export function policy(scriptHashes: readonly string[], { forHeader = false } = {}): string {
  return [
    "default-src 'self'",
    // Pagefind's search index is WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval().
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    // Starlight sets CSS custom properties in style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // frame-ancestors is ignored in a <meta> policy, so only the header carries it.
    ...(forHeader ? ["frame-ancestors 'none'", 'upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Adds the meta policy to each page; returns every hash used, for the site-wide header. */
export function applyCsp(files: readonly string[]): string[] {
  const all = new Set<string>();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const hashes = inlineScriptHashes(html);
    for (const h of hashes) all.add(h);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
    const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
    // First in <head>, so it governs every script after it.
    writeFileSync(file, withoutOld.replace(/<head>/i, `<head>${meta}`));
  }
  return [...all].sort();
}

export function writeHeaders(dist: string, hashes: readonly string[]): void {
  const lines = [
    '/*',
    `  Content-Security-Policy: ${policy(hashes, { forHeader: true })}`,
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains; preload',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ];
  writeFileSync(join(dist, '_headers'), lines.join('\n'));
}
