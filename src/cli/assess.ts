#!/usr/bin/env node
/**
 * `assess`: the platform-fit assessment in a terminal. This file only connects main() to the
 * process; src/cli/main.ts is the command.
 */
import { processIo } from './io.ts';
import { main } from './main.ts';

// A closed pipe (`assess history | head -1`) ends the output, not the command with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await main(process.argv.slice(2), processIo());
