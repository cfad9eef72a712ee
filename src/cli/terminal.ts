/**
 * The CLI's only way to print. Text from records (an organisation, a unit, a name, notes) may hold
 * terminal escape codes; they are shown as visible \u001b-style escapes, never sent to the terminal.
 */
// Control characters other than tab and newline, C1 controls included.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function say(text: string): void {
  process.stdout.write(`${terminalSafe(text)}\n`);
}

export function warn(text: string): void {
  process.stderr.write(`${terminalSafe(text)}\n`);
}
