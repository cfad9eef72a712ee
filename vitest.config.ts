import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Test files share their workers (nothing here leans on fresh module state), which saves a
    // worker start per file; the few slow tests (the build, the fork) run beside the rest.
    isolate: false,
    testTimeout: 30_000,
    // `npm run coverage` (and CI): the engine and the CLI must stay covered. The thresholds sit a
    // little under today's figures, so a change that drops tests fails, and rounding never does.
    coverage: {
      provider: 'v8',
      include: ['src/engine/**/*.ts', 'src/cli/**/*.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 85, functions: 85, branches: 78, statements: 85 },
    },
  },
});
