/**
 * A strict Content-Security-Policy for the built site. Starlight writes small inline scripts (theme,
 * sidebar state, search shortcut) that Astro's own CSP support does not hash, so after the build we
 * hash the inline scripts the site ships (an allowlist taken from the pages that render no record),
 * fail the build on any other, put a per-page policy in a <meta> tag, and write a `_headers` file
 * (Netlify, Cloudflare Pages) with the site-wide headers a meta tag cannot carry.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { join } from 'node:path';

/** Script types the browser executes; JSON data blocks are inert and need no hash. */
const EXECUTABLE = /^(|text\/javascript|module|application\/javascript)$/i;

export interface InlineScript {
  hash: string;
  /** The first characters of the script, for a message a person can act on. */
  preview: string;
}

type Node = DefaultTreeAdapterTypes.Node;

function scriptElements(node: Node, out: DefaultTreeAdapterTypes.Element[] = []): DefaultTreeAdapterTypes.Element[] {
  if ('tagName' in node && node.tagName === 'script') out.push(node);
  // <template> keeps its children in a separate fragment.
  const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) scriptElements(child, out);
  return out;
}

/**
 * Every executable inline script on a page, found by a real HTML parser (parse5) rather than a
 * pattern: text such as `<script>` inside an attribute or a <title> is text, not a script, and a
 * script written in an unusual way is still found.
 */
export function inlineScripts(html: string): InlineScript[] {
  const found = new Map<string, InlineScript>();
  for (const el of scriptElements(parse(html))) {
    const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
    if (attr('src') !== undefined || !EXECUTABLE.test((attr('type') ?? '').trim())) continue;
    const body = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
    const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    found.set(hash, { hash, preview: body.trim().slice(0, 60) });
  }
  return [...found.values()].sort((a, b) => a.hash.localeCompare(b.hash));
}

/**
 * The inline scripts the site itself ships are those on pages built only from the repository's
 * code and guides (post-build.ts learns them first). Pages under /history/ render records, which
 * are data and never carry script, so a script found only there was injected; it is never trusted
 * just because the output contains it.
 */
export function isRecordPage(url: string): boolean {
  return url.startsWith('/history/');
}

/** The build's refusal of an inline script a page carries that the site does not ship. */
export function refusal(url: string, script: InlineScript): string {
  return `${url}: an inline script the site does not ship (${JSON.stringify(script.preview)}); records are data and cannot carry script`;
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

/** Adds the meta policy to a page, listing only its own (allowed) inline scripts, `own`. */
export function withCsp(html: string, allowed: ReadonlySet<string>, own: readonly string[]): string {
  const hashes = own.filter((h) => allowed.has(h));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  // First in <head>, so it governs every script after it.
  return withoutOld.replace(/<head>/i, `<head>${meta}`);
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
