/**
 * The record format as JSON Schema, generated from the same zod schema `assess check` uses, so
 * editors (YAML language server) validate a record while people type. Dates are checked for
 * shape here; the range (1990 to a year after today) needs a clock and stays with `check`.
 */
import { z } from 'zod';
import type { Framework } from '../framework/schema.ts';
import { recordSchema } from './record-schema.ts';
import { organisationSchema } from './organisation-schema.ts';

export const SCHEMA_FILE = 'schemas/assessment-record.schema.json';
export const SCHEMA_URL_PATH = '/schemas/assessment-record.schema.json';

export function recordJsonSchema(framework: Framework): Record<string, unknown> {
  const generated = z.toJSONSchema(recordSchema(framework), { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return {
    ...generated,
    title: 'platform-fit assessment record',
    description: `An assessment record (assessments/[unit/]YYYY-MM-DD.yaml). Generated from src/engine/records/record-schema.ts by npm run json-schema.`,
  };
}

export const ORGANISATION_SCHEMA_FILE = 'schemas/organisation.schema.json';

/** An organisation's own file (organisation.yaml) as JSON Schema, for editors; check validates the rest. */
export function organisationJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(organisationSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return {
    ...generated,
    title: 'platform-fit organisation file',
    description:
      "An organisation's own file (organisation.yaml under assessments/): the platform teams its units share, and whether it is the shipped example. Generated from src/engine/records/organisation-schema.ts by npm run json-schema.",
  };
}
