/**
 * The shape of an assessment record (assessments/[unit/]YYYY-MM-DD.yaml). Built per framework
 * because trap-sign ids come from framework.yaml.
 */
import { z } from '../zod.ts';
import type { Framework } from '../framework/schema.ts';
import { answersBaseSchema } from '../inputs/answers-schema.ts';
import { answerConflicts, onlyWhenJsonSchema, onlyWhenProblems, trapSignRule } from '../inputs/answer-rules.ts';
import { BUSINESS_FIELDS } from '../inputs/business-fields.ts';
import { moneyRangeProblems } from '../inputs/currencies.ts';
import { FRAMEWORK_VERSION_MAX, MULTI_SCHEMA_VERSION, NAME_MAX, RESPONDENTS_MAX, SCHEMA_VERSION } from './limits.ts';
import { pageSlugJsonSchema, pageSlugProblem } from './slug.ts';
import { forecastSchema } from './forecast-schema.ts';
import { issuesToProblems, type LocatedProblem } from '../validation/problems.ts';
import { isoDate, oneLine, strictObject, text } from '../validation/schema-helpers.ts';

export { SCHEMA_VERSION } from './limits.ts';

export function answersSchema(framework: Framework) {
  const ids = framework.trap.signs.map((s) => s.id);
  return answersBaseSchema
    .extend({
      trapSigns: z
        .array(z.enum(ids as [string, ...string[]], { error: trapSignRule(ids) }), {
          error: `must be a list of warning-sign ids: ${ids.join(', ')}`,
        })
        .refine((list) => new Set(list).size === list.length, { error: 'lists a warning sign twice' })
        .meta({ uniqueItems: true })
        .optional(),
    })
    .superRefine((a, ctx) => {
      for (const rule of onlyWhenProblems(a)) ctx.addIssue({ code: 'custom', path: [rule.key], message: rule.message });
      for (const p of [...moneyRangeProblems(a, BUSINESS_FIELDS), ...answerConflicts(a)])
        ctx.addIssue({ code: 'custom', path: [p.key], message: p.message });
    })
    .meta(onlyWhenJsonSchema());
}

export interface RecordSchemaOptions {
  /** Today's date, YYYY-MM-DD: records dated more than a year after it are refused. */
  today?: string | undefined;
}

/** One respondent, as a multi-respondent record holds it (and as the page keeps imported ones). */
export function respondentSchema(framework: Framework) {
  return strictObject({ name: oneLine(NAME_MAX), notes: text(4000).optional(), answers: answersSchema(framework) });
}

/**
 * Built once per framework and day, then reused: a portfolio's 10,000 records share one schema, and
 * building a zod schema (and compiling its fast path) costs far more than using it.
 */
const built = new WeakMap<Framework, Map<string, z.ZodType<AssessmentRecord>>>();

export function recordSchema(framework: Framework, options: RecordSchemaOptions = {}): z.ZodType<AssessmentRecord> {
  const byDay = built.get(framework) ?? new Map<string, z.ZodType<AssessmentRecord>>();
  built.set(framework, byDay);
  const key = options.today ?? '';
  const cached = byDay.get(key);
  if (cached) return cached;
  const schema = buildRecordSchema(framework, options);
  byDay.set(key, schema);
  return schema;
}

function buildRecordSchema(framework: Framework, options: RecordSchemaOptions) {
  const answers = answersSchema(framework);
  const common = {
    organization: oneLine(NAME_MAX),
    unit: oneLine(NAME_MAX).optional(),
    assessedOn: isoDate(options.today),
    assessedBy: oneLine(NAME_MAX).optional(),
    notes: text(4000).optional(),
    frameworkVersion: oneLine(FRAMEWORK_VERSION_MAX).optional(),
    forecast: forecastSchema.optional(),
  };
  const single = strictObject({ schemaVersion: z.literal(SCHEMA_VERSION), ...common, answers });
  const multi = strictObject({
    schemaVersion: z.literal(MULTI_SCHEMA_VERSION),
    ...common,
    respondents: z
      .array(respondentSchema(framework), { error: 'must be a list of respondents, each with a name and answers' })
      .min(1, { error: 'needs at least one respondent' })
      .max(RESPONDENTS_MAX, {
        error: (issue) =>
          `lists ${(issue.input as unknown[]).length} respondents; a record holds at most ${RESPONDENTS_MAX}: keep the people closest to the work, or split the unit into smaller units with a record each`,
      })
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
    })
    .meta(pageSlugJsonSchema(NAME_MAX));
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

/** An assessment record, as the schema reads it: version 1 (one set of answers) or 2 (respondents). */
export type AssessmentRecord = z.infer<ReturnType<typeof buildRecordSchema>>;
