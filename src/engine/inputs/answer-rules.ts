/**
 * The rules of an answer beyond its own field's range (the tables in questions.ts and
 * business-fields.ts hold those, worded by rangeRule()), each with its one message. Read by the
 * text reader (parse-fields.ts: flags, links, the page's fields), the record schema (zod) and the
 * JSON Schema; a face adds only what was given, as "(got ...)". No zod here: the page's keystroke
 * reads these without downloading it.
 */
import type { BooleanField } from './field-types.ts';
import type { BusinessKey } from './business-fields.ts';

export const CURRENCY_RULE = 'must be a three-letter currency code such as EUR or USD';

export const trapSignRule = (ids: readonly string[]) => `must be one of ${ids.join(', ')}`;

/** A required answer left out. */
export const missingRule = (rule: string) => `is missing; it ${rule}`;

/** An answer that applies only when a yes/no answer is not no, with its message. */
export interface OnlyWhen {
  key: BusinessKey;
  flag: string;
  unlessNo: BooleanField['key'];
  message: string;
}

export const ONLY_WHEN: readonly OnlyWhen[] = [
  {
    key: 'platformTeamSize',
    flag: 'platform-team-size',
    unlessNo: 'hasPlatformTeam',
    message: 'only applies when a platform team exists (the answers say none does)',
  },
];

/** The ONLY_WHEN rules these answers break. */
export function onlyWhenProblems(answers: Partial<Record<BusinessKey | BooleanField['key'], unknown>>): readonly OnlyWhen[] {
  return ONLY_WHEN.filter((r) => answers[r.key] !== undefined && answers[r.unlessNo] === false);
}

/** ONLY_WHEN as JSON Schema: neither combination may appear. */
export function onlyWhenJsonSchema(): Record<string, unknown> {
  return {
    allOf: ONLY_WHEN.map((r) => ({ not: { required: [r.key, r.unlessNo], properties: { [r.unlessNo]: { const: false } } } })),
  };
}
