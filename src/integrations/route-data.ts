/**
 * Starlight route middleware. Starlight renders every head entry's content as raw HTML, so a page
 * title is markup: a record whose organisation is `</title><script>...` would inject script into
 * every history page. Titles are text; this escapes the <title> entry for every page (guide titles
 * included, where it changes nothing).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from '#src/render/html.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const { head } = context.locals.starlightRoute;
  for (const entry of head) {
    if (entry.tag === 'title' && typeof entry.content === 'string') entry.content = escapeHtml(entry.content);
  }
});
