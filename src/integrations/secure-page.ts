/**
 * One built page, read once by the post-build step (post-build.ts): what the link check needs of
 * it, its markup corrected (html-fixes.ts), its inline scripts held to the allowlist and, when
 * every one is allowed, its Content-Security-Policy added (csp.ts). Written only when it changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { inlineScripts, refusal, withCsp } from './csp.ts';
import { fixMarkup } from './html-fixes.ts';
import { pageAnchors, type PageAnchors } from './site-check.ts';

export interface SecuredPage extends PageAnchors {
  url: string;
  /** One line per inline script not on the allowlist; the page is left unwritten when there is any. */
  refused: string[];
}

/**
 * `learn`: the page is built from the repository's code and guides, so its inline scripts join
 * the allowlist; a record page's never do.
 */
export function securePage(file: string, url: string, allowed: Set<string>, learn: boolean): SecuredPage {
  const original = readFileSync(file, 'utf8');
  const html = fixMarkup(original);
  const scripts = inlineScripts(html);
  if (learn) for (const s of scripts) allowed.add(s.hash);
  const refused = scripts.filter((s) => !allowed.has(s.hash)).map((s) => refusal(url, s));
  if (refused.length === 0) {
    const out = withCsp(
      html,
      allowed,
      scripts.map((s) => s.hash),
    );
    if (out !== original) writeFileSync(file, out);
  }
  return { url, ...pageAnchors(original), refused };
}
