#!/usr/bin/env node
/**
 * `assess`: the platform-fit assessment in a terminal. Node keeps the compiled, type-stripped code
 * of every module it loads after this call in its compile cache (a folder in the system's temporary
 * directory, checked against each file's contents), so every run after the first starts about a
 * quarter of a second sooner. The command itself is src/cli/main.ts, connected in process.ts.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./process.ts');
