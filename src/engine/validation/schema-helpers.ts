/** Small zod builders that give every field a message a person can act on. */
import { z } from '../zod.ts';
import { namePattern, nameProblem, textPattern, textProblem, textRule } from './text-rule.ts';
import { CALENDAR_DATE_PATTERN, dateRule, inDateRange } from '../calendar/date-range.ts';

export { strictObject, yesNo } from '../inputs/zod-helpers.ts';

/** A trimmed string checked by one of text-rule.ts's rules, with that rule's JSON Schema pattern. */
function ruledText(max: number, problemOf: (value: string, max: number) => string | null, pattern: string) {
  return z
    .string({ error: textRule(max) })
    .trim()
    .superRefine((value, ctx) => {
      const problem = problemOf(value, max);
      // A length is said with what was given; a control character is not echoed back.
      if (problem === textRule(max)) ctx.addIssue({ code: 'too_big', origin: 'string', maximum: max, input: value, message: problem });
      else if (problem) ctx.addIssue({ code: 'custom', input: value, message: problem });
    })
    .meta({ pattern });
}

/** A name or a note: the rule and its JSON Schema pattern both come from text-rule.ts. */
export function text(max: number) {
  return ruledText(max, textProblem, textPattern(max));
}

/** A name: text() on one line, without tabs or text-direction controls (text-rule.ts nameProblem). */
export function oneLine(max: number) {
  return ruledText(max, nameProblem, namePattern(max));
}

/** An assessment date, inside the range date-range.ts sets when `today` is known (JSON Schema: the calendar dates since 1990). */
export function isoDate(today?: string) {
  const rule = dateRule(today);
  return z
    .string({ error: rule })
    .refine((d) => inDateRange(d, today), { error: rule, abort: true })
    .meta({ pattern: CALENDAR_DATE_PATTERN });
}

/** A site path to a guide section, like `/golden-path/#start-with-one-path`. */
export function guideLink() {
  return z.string().regex(/^\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, {
    error: 'must be a guide path like /golden-path/#start-with-one-path',
  });
}
