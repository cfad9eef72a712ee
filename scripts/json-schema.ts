/**
 * Writes schemas/assessment-record.schema.json from the record's zod schema, and
 * schemas/organisation.schema.json from the organisation file's. A test fails when the
 * committed file and the schema drift apart; run this after changing the record format.
 */
import { writeFileSync } from 'node:fs';
import {
  organisationJsonSchema,
  ORGANISATION_SCHEMA_FILE,
  recordJsonSchema,
  SCHEMA_FILE,
} from '../src/engine/records/record-json-schema.ts';
import { loadFramework } from '../src/node/framework.ts';

const framework = loadFramework();
if (!framework.ok) throw new Error('content/framework.yaml is invalid: run npm run assess -- check');
writeFileSync(SCHEMA_FILE, `${JSON.stringify(recordJsonSchema(framework.value), null, 2)}\n`);
console.log(`wrote ${SCHEMA_FILE}`);
writeFileSync(ORGANISATION_SCHEMA_FILE, `${JSON.stringify(organisationJsonSchema(), null, 2)}\n`);
console.log(`wrote ${ORGANISATION_SCHEMA_FILE}`);
