import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Test files share their workers (nothing here leans on fresh module state), which saves a
    // worker start per file; the few slow tests (the build, the fork) run beside the rest.
    isolate: false,
    testTimeout: 30_000,
  },
});
