/**
 * The CLI's only way to print. Text from records (an organisation, a unit, a name, notes) may hold
 * terminal escape codes; they are shown as visible \u001b-style escapes, never sent to the terminal.
 */
import { escapeControlCharacters } from '#src/engine/validation/control-characters.ts';
import { io } from './io.ts';

export function say(text: string): void {
  io().stdout(`${escapeControlCharacters(text)}\n`);
}

/** A prompt: no newline after it. */
export function prompt(text: string): void {
  io().stdout(escapeControlCharacters(text));
}

export function warn(text: string): void {
  io().stderr(`${escapeControlCharacters(text)}\n`);
}
