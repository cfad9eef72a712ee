/**
 * The shape of content/framework.yaml. Validated once where it is loaded (build or CLI);
 * the page receives the already-validated object as JSON, so its main script ships no zod (only
 * the on-demand import and download checks load it).
 */
import { z } from '../zod.ts';
import { BOOLEAN_FIELDS, METRIC_FIELDS, NUMBER_FIELDS, type InputKey, type MetricKey, type NumberInputKey } from '../inputs/fields.ts';
import { guideLink, oneLine, strictObject, text } from '../validation/schema-helpers.ts';
import { businessCaseSchema, closeCallSchema } from './business-schema.ts';

export const RECOMMENDATIONS = ['devops-first', 'platform-team', 'refine'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

const OPERATORS = ['lt', 'lte', 'gt', 'gte', 'eq'] as const;

/** The longest framework version ("2026.11" is 7): records name it, so a longer one could never be saved. */
export const FRAMEWORK_VERSION_MAX = 40;
export type Operator = (typeof OPERATORS)[number];

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a lower-case id like small-team' });
const recommendation = z.enum(RECOMMENDATIONS, { error: `must be one of ${RECOMMENDATIONS.join(', ')}` });
const operator = z.enum(OPERATORS, { error: `must be one of ${OPERATORS.join(', ')}` });
const numberInput = z.enum(NUMBER_FIELDS.map((f) => f.key) as [NumberInputKey, ...NumberInputKey[]], {
  error: `must be one of ${NUMBER_FIELDS.map((f) => f.key).join(', ')}`,
});
const ruleInput = z.enum([...NUMBER_FIELDS, ...BOOLEAN_FIELDS].map((f) => f.key) as [InputKey, ...InputKey[]], {
  error: `must be one of ${[...NUMBER_FIELDS, ...BOOLEAN_FIELDS].map((f) => f.key).join(', ')}`,
});

/**
 * A step of advice; `rules` keeps it to the results those rules decide (a sentence about the
 * workflow is wrong advice to a small organisation that team size decided).
 */
const step = strictObject({ text: text(300), guide: guideLink(), rules: z.array(z.string()).min(1).optional() });

/** Where a rule's threshold comes from, and how far to trust it. */
const BASIS_STRENGTHS = ['rule-of-thumb', 'site-choice', 'research'] as const;
const ruleBasis = strictObject({
  strength: z.enum(BASIS_STRENGTHS, { error: `must be one of ${BASIS_STRENGTHS.join(', ')}` }),
  source: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a source id from content/sources.yaml' })
    .optional(),
  text: text(400),
});

const rule = strictObject({
  id,
  input: ruleInput,
  op: operator,
  threshold: z.union([z.number(), z.boolean()], { error: 'must be a number, or true/false for a yes/no input' }),
  recommendation,
  title: text(80),
  because: text(300),
  guide: guideLink(),
  basis: ruleBasis,
}).superRefine((r, ctx) => {
  const isBoolean = BOOLEAN_FIELDS.some((f) => f.key === r.input);
  if (isBoolean && (typeof r.threshold !== 'boolean' || r.op !== 'eq')) {
    ctx.addIssue({ code: 'custom', path: ['threshold'], message: `${r.input} is yes/no: use op eq with threshold true or false` });
  }
  if (!isBoolean && typeof r.threshold !== 'number') {
    ctx.addIssue({ code: 'custom', path: ['threshold'], message: `${r.input} is a number: the threshold must be a number` });
  }
});

const factor = strictObject({
  input: numberInput,
  weight: z.number().min(0).max(100),
  low: z.number(),
  high: z.number(),
}).refine((f) => f.high > f.low, { error: 'high must be greater than low', path: ['high'] });

const metric = strictObject({
  input: z.enum(METRIC_FIELDS.map((f) => f.key) as [MetricKey, ...MetricKey[]], {
    error: `must be one of ${METRIC_FIELDS.map((f) => f.key).join(', ')}`,
  }),
  op: operator,
  target: z.number(),
  guide: guideLink(),
});

/** The advice for one situation: a headline, a summary and the steps, in order. */
const advice = strictObject({
  headline: text(80),
  summary: text(300),
  steps: z.array(step).min(1, { error: 'needs at least one step' }),
});

const recommendationText = strictObject({
  label: text(40),
  noTeam: advice,
  withTeam: advice,
});

const SITUATIONS = ['noTeam', 'withTeam'] as const;
export type Situation = (typeof SITUATIONS)[number];

const lever = strictObject({
  input: ruleInput,
  nearWithin: z.number().positive().optional(),
});

function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, where: (string | number)[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...where, i, 'id'], message: `duplicate id ${item.id}` });
    seen.add(item.id);
  });
}

export const frameworkSchema = strictObject({
  // Every record names it, so it obeys a record's rule for it: one line, at most FRAMEWORK_VERSION_MAX characters.
  version: z.string({ error: 'must be text in quotes, e.g. "2026.11"' }).min(1).pipe(oneLine(FRAMEWORK_VERSION_MAX)),
  reviewIntervalMonths: z.number().int().min(1).max(36),
  recommendations: strictObject({
    'devops-first': recommendationText,
    'platform-team': recommendationText,
    refine: recommendationText,
  }),
  rules: z.array(rule).min(1),
  fallback: strictObject({ id, recommendation, title: text(80), because: text(300), guide: guideLink() }),
  levers: z.array(lever).min(1),
  score: strictObject({ factors: z.array(factor).min(1) }),
  metrics: z.array(metric),
  businessCase: businessCaseSchema,
  closeCalls: z.array(closeCallSchema),
  trap: strictObject({
    threshold: z.number().int().min(1),
    guide: guideLink(),
    headline: text(120),
    steps: z.array(step).min(1),
    signs: z.array(strictObject({ id, text: text(300), guide: guideLink() })).min(1),
  }),
}).superRefine((fw, ctx) => {
  uniqueIds([...fw.rules, fw.fallback], ctx, ['rules']);
  uniqueIds(fw.trap.signs, ctx, ['trap', 'signs']);
  for (const [rec, texts] of Object.entries(fw.recommendations))
    for (const situation of SITUATIONS)
      texts[situation].steps.forEach((st, i) =>
        st.rules?.forEach((ruleId, j) => {
          const decides = fw.rules.filter((r) => r.recommendation === rec).map((r) => r.id);
          if (!decides.includes(ruleId))
            ctx.addIssue({
              code: 'custom',
              path: ['recommendations', rec, situation, 'steps', i, 'rules', j],
              message: `no rule that decides ${rec} has the id ${ruleId}; use one of ${decides.join(', ') || '(none: leave rules out)'}`,
            });
        }),
      );
  fw.levers.forEach((l, i) => {
    if (!fw.rules.some((r) => r.input === l.input))
      ctx.addIssue({ code: 'custom', path: ['levers', i, 'input'], message: `no rule reads ${l.input}, so it cannot change the answer` });
  });
  fw.closeCalls.forEach((c, i) => {
    if (!fw.rules.some((r) => r.input === c.input))
      ctx.addIssue({
        code: 'custom',
        path: ['closeCalls', i, 'input'],
        message: `no rule reads ${c.input}, so no answer to it can be a close call`,
      });
  });
  if (fw.trap.threshold > fw.trap.signs.length)
    ctx.addIssue({
      code: 'custom',
      path: ['trap', 'threshold'],
      message: `is ${fw.trap.threshold} but there are ${fw.trap.signs.length} warning signs, so the trap could never fire; use 1 to ${fw.trap.signs.length}`,
    });
  const total = fw.score.factors.reduce((sum, f) => sum + f.weight, 0);
  if (Math.abs(total - 100) > 1e-9) {
    ctx.addIssue({ code: 'custom', path: ['score', 'factors'], message: `weights must add up to 100 (they add up to ${total})` });
  }
});

export type Framework = z.infer<typeof frameworkSchema>;
export type Rule = Framework['rules'][number];
export type Fallback = Framework['fallback'];
type Advice = Framework['recommendations'][Recommendation]['noTeam'];
export type Step = Advice['steps'][number];
export type BusinessConfig = Framework['businessCase'];
export type CloseCall = Framework['closeCalls'][number];
export type RuleBasis = Rule['basis'];
