/**
 * The one rule for a name or a note in a record (organisation, unit, assessed by, a respondent's
 * name, notes): `assess check`, the build, every writer and the JSON Schema all read it from here.
 * A new rule for such text (a character to refuse, a length) goes in textProblem() and, in the same
 * words, in textPattern(); tests/json-schema-agrees.test.ts holds the two to each other.
 */
import { CONTROL_CHARACTERS, nameCharacterProblem } from './control-characters.ts';

export const textRule = (max: number) => `must be text of 1 to ${max} characters`;
const CONTROL_RULE = 'must not contain control characters such as terminal escape codes';

/** Characters count as a person counts them (code points), after the spaces around are trimmed. */
const length = (text: string) => text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/** Why `text` breaks the rule (its first problem), or null when it keeps it. */
export function textProblem(text: string, max: number): string | null {
  const trimmed = text.trim();
  const n = length(trimmed);
  if (n < 1 || n > max) return textRule(max);
  if (CONTROL_CHARACTERS.test(trimmed)) return CONTROL_RULE;
  return null;
}

/** CONTROL_CHARACTERS' range, written out for a JSON Schema pattern. */
const CONTROL = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f';

/**
 * textProblem() as a JSON Schema pattern (ECMAScript, read with the u flag, so `.` is a code point):
 * any spaces around (\s is exactly what trim() removes), then 1 to `max` characters that start and
 * end with a non-space and hold no control character.
 */
export function textPattern(max: number): string {
  if (max < 2) throw new Error('textPattern needs room for two characters');
  return `^\\s*[^\\s${CONTROL}](?:[^${CONTROL}]{0,${max - 2}}[^\\s${CONTROL}])?\\s*$`;
}

/** What a name may not hold besides control characters (control-characters.ts NOT_IN_NAMES), for a pattern. */
const NOT_IN_NAMES_RANGE = '\\t\\n\\r\\u0085\\u2028\\u2029\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';

/**
 * The rule for a name (organisation, unit, assessed by, a respondent's name, a framework version):
 * textProblem()'s length, then one line of plain text (no line break, tab, text-direction control
 * or control character), said with the character and where it is.
 */
export function nameProblem(text: string, max: number): string | null {
  const problem = textProblem(text, max);
  if (problem === textRule(max)) return problem;
  return nameCharacterProblem(text.trim());
}

/** nameProblem() as a JSON Schema pattern, as textPattern() is textProblem()'s. */
export function namePattern(max: number): string {
  if (max < 2) throw new Error('namePattern needs room for two characters');
  const bad = `${CONTROL}${NOT_IN_NAMES_RANGE}`;
  return `^\\s*[^\\s${bad}](?:[^${bad}]{0,${max - 2}}[^\\s${bad}])?\\s*$`;
}
