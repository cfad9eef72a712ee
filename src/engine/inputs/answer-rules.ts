/**
 * The rules of an answer beyond its own field's range (the tables in questions.ts and
 * business-fields.ts hold those, worded by rangeRule()), each with its one message. Read by the
 * text reader (parse-fields.ts: flags, links, the page's fields), the record schema (zod) and the
 * JSON Schema; a face adds only what was given, as "(got ...)". No zod here: the page's keystroke
 * reads these without downloading it.
 */
import type { BusinessKey } from './business-fields.ts';
import type { BooleanInputKey } from './questions.ts';

export const CURRENCY_RULE = 'must be an ISO 4217 currency code such as EUR, USD or JPY';

export const trapSignRule = (ids: readonly string[]) => `must be one of ${ids.join(', ')}`;

/** A required answer left out. */
export const missingRule = (rule: string) => `is missing; it ${rule}`;

/** An answer that applies only when a yes/no answer is not no, with its message. */
export interface OnlyWhen {
  key: BusinessKey;
  flag: string;
  unlessNo: BooleanInputKey;
  message: string;
}

const ONLY_WHEN: readonly OnlyWhen[] = [
  {
    key: 'platformTeamSize',
    flag: 'platform-team-size',
    unlessNo: 'hasPlatformTeam',
    message: 'only applies when a platform team exists (the answers say none does)',
  },
];

/** The ONLY_WHEN rules these answers break. */
export function onlyWhenProblems(answers: Partial<Record<BusinessKey | BooleanInputKey, unknown>>): readonly OnlyWhen[] {
  return ONLY_WHEN.filter((r) => answers[r.key] !== undefined && answers[r.unlessNo] === false);
}

/** ONLY_WHEN as JSON Schema: neither combination may appear. */
export function onlyWhenJsonSchema(): Record<string, unknown> {
  return {
    allOf: ONLY_WHEN.map((r) => ({ not: { required: [r.key, r.unlessNo], properties: { [r.unlessNo]: { const: false } } } })),
  };
}

/** Answers each in range that cannot all be true, or that look like a slip (issue 32). */
export interface AnswerNote {
  key: string;
  message: string;
}

interface Sizes {
  teamSize?: number | undefined;
  infraTimeShare?: number | undefined;
  platformTeamSize?: number | undefined;
  proposedTeamSize?: number | undefined;
}

/** Refused: a platform team larger than the engineering organisation it is part of. */
export function answerConflicts(a: Sizes): AnswerNote[] {
  const notes: AnswerNote[] = [];
  if (a.teamSize === undefined) return notes;
  for (const key of ['platformTeamSize', 'proposedTeamSize'] as const) {
    const size = a[key];
    if (size !== undefined && size > a.teamSize)
      notes.push({
        key,
        message: `is ${size} but the organisation has ${a.teamSize} engineers (team size), and the platform team is part of it: correct one of the two`,
      });
  }
  return notes;
}

/**
 * Warned, not refused: a share from 0.01 to under 1 reads as a fraction someone meant as a
 * percentage (0.3 for 30%); a real share that small is possible, so the answer stands.
 */
export function answerWarnings(a: Sizes): AnswerNote[] {
  const share = a.infraTimeShare;
  if (share === undefined || share < 0.01 || share >= 1) return [];
  const meant = Math.round(share * 1000) / 10;
  return [
    {
      key: 'infraTimeShare',
      message: `${share} is read as ${share}% of developer time, which looks like a fraction: if you meant ${meant}%, write ${meant} (the share decides the operational-tax rule)`,
    },
  ];
}
