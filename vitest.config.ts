import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn node; give slow shared machines room without timing anything.
    testTimeout: 30_000,
  },
});
