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
    // CLI tests spawn node; give slow shared machines room without timing anything.
    testTimeout: 30_000,
    // GitHub's workflow parser imports its JSON schema without `with { type: 'json' }`, which Node
    // refuses and a bundler accepts; inlining lets Vite load the package.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
