// The record's JSON Schema, published with the site so a record anywhere can point editors at it.
import type { APIRoute } from 'astro';
import { getFramework } from '#src/data/framework.ts';
import { recordJsonSchema } from '#src/engine/records/record-json-schema.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(recordJsonSchema(await getFramework()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
