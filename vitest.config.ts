import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // GitHub's workflow parser (inlined below) ships source maps that point at sources it does not
      // ship, and Vite warns once per file. Those warnings say nothing about this project.
      name: 'quiet-missing-sources',
      configResolved(config) {
        const warnOnce = config.logger.warnOnce.bind(config.logger);
        config.logger.warnOnce = (msg, options) => {
          if (!msg.includes('points to missing source files')) warnOnce(msg, options);
        };
      },
    },
  ],
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
      thresholds: { lines: 90, functions: 90, branches: 82, statements: 90 },
    },
    // GitHub's workflow parser imports its JSON schema without `with { type: 'json' }`, which Node
    // refuses and a bundler accepts; inlining lets Vite load the package.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
