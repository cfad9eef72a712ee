/**
 * Control characters other than tab and newline (terminal escape codes among them): refused in a
 * record's text by the schema, and shown as visible \u001b-style escapes by the CLI.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * What a name (an organisation, a unit, a person, a file) must not hold besides control characters:
 * a line break or tab (a forged "OVERDUE" line in `assess due`, an @mention in an issue body) and
 * the text-direction controls (U+202E reorders what a terminal or page shows).
 */
const NOT_IN_NAMES = /[\t\n\r\u0085\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Why a name cannot be kept, naming the character and where it is, or null. */
export function nameCharacterProblem(name: string): string | null {
  const bad = NOT_IN_NAMES.exec(name) ?? CONTROL_CHARACTERS.exec(name);
  if (!bad) return null;
  const c = bad[0];
  const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const what = /[\n\r\u0085\u2028\u2029]/.test(c)
    ? 'a line break'
    : c === '\t'
      ? 'a tab'
      : NOT_IN_NAMES.test(c)
        ? `the text-direction control ${code}`
        : `the control character ${code}`;
  return `must be one line of plain text: it contains ${what} at character ${bad.index + 1}; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)`;
}

/** Text-direction overrides and isolates are escaped in a terminal too: they reorder what follows. */
const TERMINAL_ESCAPED = new RegExp(`${CONTROL_CHARACTERS.source}|[\u202a-\u202e\u2066-\u2069]`, 'g');

export function escapeControlCharacters(text: string): string {
  return text.replace(TERMINAL_ESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
