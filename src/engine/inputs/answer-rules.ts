/**
 * Answers that are each in range but cannot all be true, or that look like a slip. Shared by the
 * flags and the page (parse-fields.ts) and records (record-schema.ts), so every face refuses or
 * warns alike. `key` is the answer's field; callers name it as their face does (flag or path).
 */

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
