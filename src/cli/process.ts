/**
 * Connects main() (src/cli/main.ts, the command) to the process: its arguments, its streams, its
 * exit code. Loaded by assess.ts once Node's compile cache is on.
 */
import { osErrorWords } from '#src/node/os-errors.ts';
import { processIo } from './io.ts';
import { main } from './main.ts';

// A closed pipe (`assess history | head -1`) ends the output, not the command with a stack trace.
// Any other failed write (`assess check > /dev/full`) says so in words and exits 2: the output is
// lost, which is neither "no problems" (0) nor "problems found" (1).
for (const [stream, name] of [
  [process.stdout, 'standard output'],
  [process.stderr, 'standard error'],
] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream !== process.stderr) {
      process.stderr.on('error', () => process.exit(2));
      process.stderr.write(`assess: cannot write to ${name}: ${osErrorWords(error)}; the output is incomplete\n`, () => process.exit(2));
    } else process.exit(2);
  });
}

process.exitCode = await main(process.argv.slice(2), processIo());
