// Type-aware lint for the TypeScript sources. .astro files are checked by `astro check` instead.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.bench/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Template literals with numbers are how this codebase formats figures for people.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The pure core: src/engine and src/render run unchanged in the browser, the build and Node, so
    // they may import only each other, zod and yaml. A node: import or a DOM or Node global here is
    // a boundary broken, and fails lint rather than a browser bundle or a CLI run later.
    files: ['src/engine/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'src/engine and src/render are pure: no Node modules (put fs code in src/node/).' },
            {
              regex: '^(?!(zod|yaml|#src/(engine|render)/.*|\\.{1,2}/.*)$)',
              message: 'src/engine and src/render may import only themselves, zod and yaml.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history', 'HTMLElement', 'fetch', 'process', 'Buffer', 'require', '__dirname'].map(
          (name) => ({ name, message: 'src/engine and src/render are pure: no DOM or Node globals.' }),
        ),
      ],
    },
  },
  {
    // Tests read JSON the CLI and reports print, and assert its shape: that is the check, so the
    // untyped access is deliberate there.
    files: ['tests/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
