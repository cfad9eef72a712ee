// Every record's old address and where it leads (history/paging.ts), for the post-build step to
// write as small pages (integrations/old-addresses.ts): ten thousand records would otherwise be ten
// thousand pages through Astro's renderer. The post-build step removes this file; it is never published.
import type { APIRoute } from 'astro';
import { getTimelines } from '#src/data/history.ts';
import { oldRecordAddresses } from '#src/engine/history/paging.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(oldRecordAddresses(await getTimelines())));
