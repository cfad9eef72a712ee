/**
 * An organisation's own file (`organisation.yaml` anywhere under the records folder): what no
 * single record can say. Its platform teams that serve several units (each priced once, its cost
 * split across the units it serves), and whether it is the shipped example, which stays out of a
 * user's totals and reviews due. `assess check` and the build validate it with the records, and
 * organisation-set.ts checks it against them (file:line for each unit named that has no records).
 */
import { z } from '../zod.ts';
import { NAME_MAX } from './limits.ts';
import { strictObject, text, yesNo } from '../validation/schema-helpers.ts';

const ORGANISATION_SCHEMA_VERSION = 1;

/** The file names an organisation's file may have (either spelling); every other YAML file is a record. */
export const ORGANISATION_FILE = /(^|[/\\])organi[sz]ation\.ya?ml$/i;

/** Teams one organisation file may list, and units one team may serve: a file stays small. */
const TEAMS_MAX = 100;
const SERVES_MAX = 500;

const teamSchema = strictObject({
  name: text(NAME_MAX),
  size: z
    .number({ error: 'must be the number of people in the team, from 1 to 10000' })
    .min(1, { error: 'must be the number of people in the team, from 1 to 10000' })
    .max(10_000, { error: 'must be the number of people in the team, from 1 to 10000' }),
  serves: z
    .array(text(NAME_MAX), { error: 'must be a list of the units the team serves, by their names in the records' })
    .min(1, { error: 'must name at least one unit the team serves' })
    .max(SERVES_MAX, { error: `must name at most ${SERVES_MAX} units` }),
});

export const organisationSchema = strictObject({
  schemaVersion: z.literal(ORGANISATION_SCHEMA_VERSION, { error: `must be ${ORGANISATION_SCHEMA_VERSION}` }),
  organization: text(NAME_MAX),
  example: yesNo().optional(),
  platformTeams: z
    .array(teamSchema, { error: 'must be a list of platform teams, each with a name, size and the units it serves' })
    .max(TEAMS_MAX, { error: `must list at most ${TEAMS_MAX} teams` })
    .refine((list) => new Set(list.map((t) => t.name.toLowerCase())).size === list.length, {
      error: 'names a team twice; give each team a distinct name',
    })
    .optional(),
});

export type OrganisationFile = z.infer<typeof organisationSchema>;
