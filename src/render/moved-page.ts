/**
 * A page that only sends a visitor on: a record's old address, or a unit's page before unit
 * addresses became stable. Small, not indexed, and carrying the policy the post-build step would
 * add (it holds no inline script). One markup for the unit pages Astro renders and for the records'
 * old addresses the post-build step writes (integrations/old-addresses.ts). Every value is escaped:
 * names come from records.
 */
import { escapeHtml } from './html.ts';

export interface MovedPage {
  /** The page's title and heading: whose page this was. */
  name: string;
  to: string;
  /** The link's words. */
  text: string;
  /** The Content-Security-Policy, for its meta tag. */
  policy: string;
}

export function movedPage({ name, to, text, policy }: MovedPage): string {
  const [n, url] = [escapeHtml(name), escapeHtml(to)];
  return (
    `<!DOCTYPE html><html lang="en"><head>` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">` +
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${n}</title><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${url}">` +
    `</head><body><main><h1>${n}</h1><p><a href="${url}">${escapeHtml(text)}</a>.</p></main></body></html>\n`
  );
}
