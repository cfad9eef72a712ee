// Which folder may import which: the lint rules that keep the engine one-way and the browser free
// of Node. eslint.config.js applies them; tests/architecture.test.ts proves each one bites.
//
// The engine's floors, ground first. A folder may import its own floor and those below, never one
// above: the decision core never imports the wording, the records never import the respondents.
const FLOORS = [
  ['words.ts', 'zod.ts', 'calendar', 'inputs'],
  ['validation', 'dora'],
  ['framework'],
  ['business'],
  ['decision'],
  ['records'],
  ['respondents'],
  ['history'],
  ['text'],
];

const PURE_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
  'HTMLElement',
  'fetch',
  'process',
  'Buffer',
  'require',
  '__dirname',
];

/** The patterns every pure module gets: no Node, nothing but itself, zod and yaml. */
const PURE_PATTERNS = [
  { regex: '^node:', message: 'src/engine and src/render are pure: no Node modules (put fs code in src/node/).' },
  {
    regex: '^(?!(zod|yaml|#src/(engine|render)/.*|\\.{1,2}/.*)$)',
    message: 'src/engine and src/render may import only themselves, zod and yaml.',
  },
];

/** zod is imported through src/engine/zod.ts, which switches its eval off before any schema is built (the CSP forbids eval). */
const ZOD_THROUGH_ENGINE = {
  regex: '^zod$',
  message: "import z from src/engine/zod.ts, not 'zod': it turns zod's eval off first (the Content-Security-Policy forbids eval).",
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The folders above floor i, as one import pattern (relative or through #src/engine/). */
function above(i) {
  const names = FLOORS.slice(i + 1)
    .flat()
    .map((n) => (n.endsWith('.ts') ? escape(n) + '$' : `${escape(n)}/`));
  if (names.length === 0) return [];
  return [
    {
      regex: `(^#src/engine/|(^|/)\\.{1,2}/)(${names.join('|')})`,
      message: `the engine imports downwards only (${FLOORS.map((f) => f.join(', ')).join(' < ')}): move the shared piece down instead.`,
    },
  ];
}

/** @returns {import('eslint').Linter.Config} */
const pure = (files, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [...PURE_PATTERNS, ...patterns] }],
    'no-restricted-globals': [
      'error',
      ...PURE_GLOBALS.map((name) => ({ name, message: 'src/engine and src/render are pure: no DOM or Node globals.' })),
    ],
  },
});

/** @type {import("eslint").Linter.Config[]} */
export const boundaries = [
  // The pure core runs unchanged in the browser, the build and Node.
  pure(['src/engine/**/*.ts', 'src/render/**/*.ts'], [ZOD_THROUGH_ENGINE]),
  ...FLOORS.flatMap((floor, i) =>
    floor.map((name) =>
      pure(
        [name.endsWith('.ts') ? `src/engine/${name}` : `src/engine/${name}/**/*.ts`],
        [...above(i), ...(name === 'zod.ts' ? [] : [ZOD_THROUGH_ENGINE])],
      ),
    ),
  ),
  {
    // The questionnaire's modules run in the browser: no Node, and nothing that reads files.
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'browser modules may not import Node modules.' },
            {
              regex: '^#src/(node|data|integrations|cli)/',
              message: 'browser modules may not import src/node, src/data, src/integrations or src/cli (they read files).',
            },
          ],
        },
      ],
    },
  },
];
