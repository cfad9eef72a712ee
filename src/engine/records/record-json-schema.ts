/**
 * The record format as JSON Schema, generated from the same zod schema `assess check` uses, so
 * editors (YAML language server) say what check will say while people type. The rules zod cannot
 * turn into JSON Schema by itself (a refinement is code) carry their JSON form beside them, from
 * the module that states the rule: names and notes (validation/text-rule.ts), dates
 * (calendar/date-range.ts), answers that apply only with another (inputs/answer-rules.ts) and the
 * page name's length (records/slug.ts). Only the date's upper bound, a year after today, needs a
 * clock and stays with check. tests/json-schema-agrees.test.ts runs every case through both.
 */
import { z } from '../zod.ts';
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
