// The record's JSON Schema, published with the site so a record anywhere can point editors at it.
import type { APIRoute } from 'astro';
import { framework } from '#src/data/framework.ts';
import { recordJsonSchema } from '#src/engine/records/record-json-schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(recordJsonSchema(framework), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
