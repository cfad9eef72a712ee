/**
 * The business case's part of content/framework.yaml: every assumption (the horizon and the
 * developers one platform engineer serves among them) with its default, plausible low and high and
 * where it comes from, the advice when a
 * platform team does not pay back, the published sizing references, and the close calls (how near
 * a line an answer may sit before the first step becomes measuring it).
 */
import { z } from '../zod.ts';
import { ASSUMPTION_KEYS, BUSINESS_FIELDS, NUMBER_FIELDS, type AssumptionKey, type NumberInputKey } from '../inputs/fields.ts';
import { guideLink, strictObject, text } from '../validation/schema-helpers.ts';

const step = strictObject({ text: text(300), guide: guideLink() });
const sourceId = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a source id from content/sources.yaml, like dora-2024' });

/** One assumption: its default and the plausible range the sensitivity chart swings it through. */
function assumption(key: AssumptionKey) {
  const field = BUSINESS_FIELDS.find((f) => f.key === key)!;
  const kind = field.integer ? 'whole number' : 'number';
  const error = `must be a ${kind} from ${field.min} to ${field.max}`;
  const base = field.integer ? z.number({ error }).int({ error }) : z.number({ error });
  const inRange = base.min(field.min, { error }).max(field.max, { error });
  return strictObject({
    default: inRange,
    low: inRange,
    high: inRange,
    /** Where the default comes from, and how strong that is, in a sentence or two. */
    basis: text(500),
    source: sourceId.optional(),
    /** Several sources, when the basis weighs more than one. */
    sources: z.array(sourceId).min(1).optional(),
  }).superRefine((a, ctx) => {
    if (!(a.low <= a.default && a.default <= a.high))
      ctx.addIssue({ code: 'custom', path: ['default'], message: `must lie from low to high (${a.low} to ${a.high}; got ${a.default})` });
    if (a.source !== undefined && a.sources !== undefined)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'give source or sources, not both' });
  });
}

const advice = strictObject({
  headline: text(80),
  summary: text(300),
  steps: z.array(step).min(1, { error: 'needs at least one step' }),
});

const numberInput = z.enum(NUMBER_FIELDS.map((f) => f.key) as [NumberInputKey, ...NumberInputKey[]], {
  error: `must be one of ${NUMBER_FIELDS.map((f) => f.key).join(', ')}`,
});

export const businessCaseSchema = strictObject({
  /** Below this loaded cost a year, the card says the figure looks like a typo (180.000 read as 180). */
  plausibleEngineerCost: z.number().min(0),
  guide: guideLink(),
  assumptions: strictObject(
    Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, assumption(k)])) as Record<AssumptionKey, ReturnType<typeof assumption>>,
  ),
  /** Replaces the platform-team advice when its case does not pay back within the horizon at the framework's assumptions. */
  whenItDoesNotPay: strictObject({ noTeam: advice, withTeam: advice }),
  /** Published head-count references for a platform team, as a share of engineers: references, never a verdict. */
  sizingReferences: z
    .array(
      strictObject({
        label: text(120),
        lowPercent: z.number().min(0).max(100),
        highPercent: z.number().min(0).max(100),
        source: sourceId,
        /** What the share counts: people (the default), or teams, which is never compared with a head-count. */
        counts: z.enum(['people', 'teams'], { error: 'must be people or teams' }).default('people'),
        caveat: text(300),
      }).refine((r) => r.lowPercent <= r.highPercent, { error: 'lowPercent must not exceed highPercent', path: ['highPercent'] }),
    )
    .min(1),
});

/** How near a line an answer may sit before an estimation error could flip the answer. */
export const closeCallSchema = strictObject({
  input: numberInput,
  within: z.number().positive(),
  step,
});
