/**
 * The shape of an assessment record (assessments/[unit/]YYYY-MM-DD.yaml). Built per framework
 * because trap-sign ids come from framework.yaml.
 */
import { z } from 'zod';
import type { Framework } from '../framework/schema.ts';
import { BOOLEAN_FIELDS, BUSINESS_FIELDS, CURRENCY, METRIC_FIELDS, NUMBER_FIELDS, type Answers } from '../inputs/fields.ts';
import { MULTI_SCHEMA_VERSION, NAME_MAX, SCHEMA_VERSION, type AssessmentRecord } from './record.ts';
import { doraInputsSchema } from '../dora/answers.ts';
import { pageSlugProblem } from './slug.ts';
import { issuesToProblems, type LocatedProblem } from '../validation/problems.ts';
import { isoDate, numberInRange, strictObject, text, yesNo } from '../validation/schema-helpers.ts';

export { MULTI_SCHEMA_VERSION, SCHEMA_VERSION, type AssessmentRecord } from './record.ts';

export function answersSchema(framework: Framework) {
  const ids = framework.trap.signs.map((s) => s.id);
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, f.required ? numberInRange(f) : numberInRange(f).optional()]));
  const booleans = Object.fromEntries(BOOLEAN_FIELDS.map((f) => [f.key, yesNo().optional()]));
  const metrics = Object.fromEntries(METRIC_FIELDS.map((f) => [f.key, numberInRange(f).optional()]));
  const business = Object.fromEntries(BUSINESS_FIELDS.map((f) => [f.key, numberInRange(f).optional()]));
  return strictObject({
    ...numbers,
    ...booleans,
    ...business,
    currency: z.string().regex(CURRENCY, { error: 'must be a three-letter currency code such as EUR or USD' }).optional(),
    trapSigns: z
      .array(z.enum(ids as [string, ...string[]], { error: `must be one of ${ids.join(', ')}` }), {
        error: `must be a list of warning-sign ids: ${ids.join(', ')}`,
      })
      .refine((list) => new Set(list).size === list.length, { error: 'lists a warning sign twice' })
      .optional(),
    metrics: strictObject(metrics).optional(),
    dora: doraInputsSchema.optional(),
  }).refine((a: Record<string, unknown>) => !(a.platformTeamSize !== undefined && a.hasPlatformTeam === false), {
    path: ['platformTeamSize'],
    error: 'only applies when a platform team exists (hasPlatformTeam is false)',
  }) as unknown as z.ZodType<Answers>;
}

export interface RecordSchemaOptions {
  /** Today's date, YYYY-MM-DD: records dated more than a year after it are refused. */
  today?: string | undefined;
}

export { NAME_MAX } from './record.ts';

/** One respondent, as a multi-respondent record holds it (and as the page keeps imported ones). */
export function respondentSchema(framework: Framework) {
  return strictObject({ name: text(NAME_MAX), notes: text(4000).optional(), answers: answersSchema(framework) });
}

export function recordSchema(framework: Framework, options: RecordSchemaOptions = {}) {
  const answers = answersSchema(framework);
  const common = {
    organization: text(NAME_MAX),
    unit: text(NAME_MAX).optional(),
    assessedOn: isoDate(options.today),
    assessedBy: text(NAME_MAX).optional(),
    notes: text(4000).optional(),
    frameworkVersion: z.string({ error: 'must be text in quotes, e.g. "2026.11"' }).min(1).optional(),
  };
  const single = strictObject({ schemaVersion: z.literal(SCHEMA_VERSION), ...common, answers });
  const multi = strictObject({
    schemaVersion: z.literal(MULTI_SCHEMA_VERSION),
    ...common,
    respondents: z
      .array(respondentSchema(framework), { error: 'must be a list of respondents, each with a name and answers' })
      .min(1, { error: 'needs at least one respondent' })
      .refine((list) => new Set(list.map((r) => r.name)).size === list.length, {
        error: 'names a respondent twice; give each a distinct name',
      }),
  });
  return z
    .discriminatedUnion('schemaVersion', [single, multi], {
      error: `must be ${SCHEMA_VERSION} (one set of answers) or ${MULTI_SCHEMA_VERSION} (several respondents)`,
    })
    .superRefine((record, ctx) => {
      // What the build cannot write, check refuses: a unit's page name must fit a file name.
      const problem = pageSlugProblem(record.organization, record.unit);
      if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }) as unknown as z.ZodType<AssessmentRecord>;
}

/**
 * The one validation every writer applies before it writes (the CLI's --save, merge, the page's
 * Download YAML): the same schema `assess check` and the build use, so no tool writes a record
 * that check would refuse.
 */
export function recordProblems(record: AssessmentRecord, framework: Framework, options: RecordSchemaOptions = {}): LocatedProblem[] {
  const result = recordSchema(framework, options).safeParse(record);
  return result.success ? [] : issuesToProblems(result.error.issues, record);
}
