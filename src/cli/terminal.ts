/**
 * The CLI's only way to print. Text from records (an organisation, a unit, a name, notes) may hold
 * terminal escape codes; they are shown as visible \u001b-style escapes, never sent to the terminal.
 */
import { escapeControlCharacters } from '#src/engine/validation/control-characters.ts';

export function say(text: string): void {
  process.stdout.write(`${escapeControlCharacters(text)}\n`);
}

export function warn(text: string): void {
  process.stderr.write(`${escapeControlCharacters(text)}\n`);
}
