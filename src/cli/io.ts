/**
 * Where the CLI reads and writes: the process when run as `assess`, a test's buffers when main()
 * is called in-process. The current io travels with the call (AsyncLocalStorage), so every
 * command's say()/warn() reaches the right place without being handed it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { once } from 'node:events';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Lines typed on a terminal, for the questions; null when standard input is not a terminal. */
  stdin: NodeJS.ReadableStream | null;
  /** True when both ends are a terminal (questions are asked only then). */
  interactive: boolean;
  /** Resolves once standard output has taken what was written (long outputs wait on it between parts). */
  drained?: () => Promise<void>;
}

export const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  stdin: process.stdin,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
});

const current = new AsyncLocalStorage<Io>();

export function withIo<T>(io: Io, run: () => T): T {
  return current.run(io, run);
}

export function io(): Io {
  return current.getStore() ?? processIo();
}
