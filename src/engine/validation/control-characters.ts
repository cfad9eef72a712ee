/**
 * Control characters other than tab and newline (terminal escape codes among them): refused in a
 * record's text by the schema, and shown as visible \u001b-style escapes by the CLI.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function escapeControlCharacters(text: string): string {
  return text.replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
