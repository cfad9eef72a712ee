/**
 * Types that are contracts, checked by the compiler (`npm run typecheck`), not at run time: the
 * answers and records are what their zod schemas read, so a field added to a schema is a field in
 * the type, and a cast can never hide a difference between the two.
 */
import { expectTypeOf } from 'vitest';
import type { z } from 'zod';
import type { answersBaseSchema } from '#src/engine/inputs/answers-schema.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import type { answersSchema, recordSchema } from '#src/engine/records/record-schema.ts';
import type { AssessmentRecord, MultiRecord, Respondent, SingleRecord } from '#src/engine/records/record.ts';

// Answers is the schema's output, exactly.
expectTypeOf<Answers>().toEqualTypeOf<z.infer<typeof answersBaseSchema>>();
expectTypeOf<z.infer<ReturnType<typeof answersSchema>>>().toEqualTypeOf<Answers>();

// Three answers are always there; everything else is optional.
expectTypeOf<Answers['teamSize']>().toEqualTypeOf<number>();
expectTypeOf<Answers['infraTimeShare']>().toEqualTypeOf<number>();
expectTypeOf<Answers['onboardingDays']>().toEqualTypeOf<number>();
expectTypeOf<Answers['engineerCost']>().toEqualTypeOf<number | undefined>();
expectTypeOf<Answers['workflowSettled']>().toEqualTypeOf<boolean | undefined>();
expectTypeOf<NonNullable<Answers['metrics']>['developerNps']>().toEqualTypeOf<number | undefined>();

// A record is one of two versions, told apart by schemaVersion; respondents carry Answers.
expectTypeOf<AssessmentRecord>().toEqualTypeOf<z.infer<ReturnType<typeof recordSchema>>>();
expectTypeOf<SingleRecord['schemaVersion']>().toEqualTypeOf<1>();
expectTypeOf<MultiRecord['schemaVersion']>().toEqualTypeOf<2>();
expectTypeOf<SingleRecord['answers']>().toEqualTypeOf<Answers>();
expectTypeOf<Respondent['answers']>().toEqualTypeOf<Answers>();
expectTypeOf<Respondent['notes']>().toEqualTypeOf<string | undefined>();
